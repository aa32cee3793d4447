package com.scenehub.shell.ui;

import com.scenehub.organisation.ui.RegistrationView;
import com.scenehub.shared.security.AuthenticatedUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The public front page: what SceneHub is, and the way in (register, sign in). */
@Route("")
@AnonymousAllowed
@Menu(title = "nav.landing", order = 0, icon = "vaadin:globe")
public class LandingView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final transient AuthenticatedUser authenticatedUser;

    LandingView(AuthenticatedUser authenticatedUser) {
        this.authenticatedUser = authenticatedUser;
        addClassName("sh-landing");
        Div hero = new Div();
        hero.addClassName("sh-hero");
        H2 title = new H2(getTranslation("landing.title"));
        Paragraph tagline = new Paragraph(getTranslation("landing.tagline"));
        RouterLink register = new RouterLink(getTranslation("landing.register"), RegistrationView.class);
        register.addClassName("sh-cta");
        RouterLink login = new RouterLink(getTranslation("landing.login"), LoginView.class);
        login.addClassName("sh-cta-secondary");
        Div ctas = new Div(register, login);
        ctas.addClassName("sh-ctas");
        hero.add(title, tagline, ctas);

        Div instruments = new Div(
                card(VaadinIcon.LIGHTBULB, "landing.scenes.title", "landing.scenes.text"),
                card(VaadinIcon.TICKET, "landing.vouchers.title", "landing.vouchers.text"));
        instruments.addClassName("sh-cards");

        Div steps = new Div();
        steps.addClassName("sh-steps");
        steps.add(new H3(getTranslation("landing.steps.title")));
        Div list = new Div();
        list.addClassName("sh-step-list");
        for (int i = 1; i <= 6; i++) {
            Span step = new Span(getTranslation("landing.step." + i));
            step.addClassName("sh-step");
            list.add(step);
        }
        steps.add(list);

        Div roles = new Div(
                card(VaadinIcon.FACTORY, "landing.role.enterprise.title", "landing.role.enterprise.text"),
                card(VaadinIcon.COGS, "landing.role.provider.title", "landing.role.provider.text"),
                card(VaadinIcon.OFFICE, "landing.role.agency.title", "landing.role.agency.text"));
        roles.addClassNames("sh-cards", "sh-cards-3");
        add(hero, instruments, steps, roles);
    }

    private Component card(VaadinIcon icon, String titleKey, String textKey) {
        Div card = new Div();
        card.addClassName("sh-card");
        card.add(icon.create(), new H3(getTranslation(titleKey)), new Paragraph(getTranslation(textKey)));
        return card;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authenticatedUser.get().isPresent()) {
            event.forwardTo(HomeView.class);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.name");
    }
}
