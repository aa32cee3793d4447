package com.scenehub.portal.ui;

import com.scenehub.organisation.ui.RegistrationView;
import com.scenehub.shared.security.AuthenticatedUser;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;

/** Invites visitors (not signed in) to register so that they can apply or post. */
final class RegisterInvite {

    private RegisterInvite() {
    }

    static Div create(AuthenticatedUser user) {
        Div invite = new Div();
        invite.addClassName("sh-invite");
        if (user.get().isPresent()) {
            invite.setVisible(false);
            return invite;
        }
        RouterLink register = new RouterLink(invite.getTranslation("portal.register"), RegistrationView.class);
        register.addClassName("sh-cta-inline");
        invite.add(new Span(invite.getTranslation("portal.invite")), register);
        return invite;
    }
}
