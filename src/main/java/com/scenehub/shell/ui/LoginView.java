package com.scenehub.shell.ui;

import com.scenehub.organisation.ui.RegistrationView;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.WrappedSession;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

/** Sign-in. A locked or disabled account is told so; any other failure gets one neutral message. */
@Route(value = "login", autoLayout = true)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();

    public LoginView() {
        addClassName("sh-login");
        setAlignItems(Alignment.CENTER);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n(null));
        Paragraph register = new Paragraph(getTranslation("login.no-account") + " ");
        register.add(new RouterLink(getTranslation("login.register"), RegistrationView.class));
        Div demo = new Div(new Paragraph(getTranslation("login.demo-hint")));
        demo.addClassName("sh-login-hint");
        add(form, register, demo);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            form.setI18n(i18n(lastFailure()));
            form.setError(true);
        }
    }

    private static Exception lastFailure() {
        VaadinSession session = VaadinSession.getCurrent();
        WrappedSession http = session == null ? null : session.getSession();
        Object failure = http == null ? null : http.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        return failure instanceof Exception e ? e : null;
    }

    private LoginI18n i18n(Exception failure) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form f = i18n.getForm();
        f.setTitle(getTranslation("login.title"));
        f.setUsername(getTranslation("login.username"));
        f.setPassword(getTranslation("login.password"));
        f.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        String reason = failure instanceof LockedException ? "locked"
                : failure instanceof DisabledException ? "disabled" : "bad-credentials";
        error.setTitle(getTranslation("login.error." + reason + ".title"));
        error.setMessage(getTranslation("login.error." + reason + ".message"));
        i18n.setErrorMessage(error);
        return i18n;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title");
    }
}
