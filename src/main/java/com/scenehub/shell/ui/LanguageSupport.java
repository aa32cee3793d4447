package com.scenehub.shell.ui;

import com.scenehub.security.AccountService;
import com.scenehub.shared.i18n.Translations;
import com.scenehub.shared.security.AuthenticatedUser;
import com.scenehub.shared.security.CurrentUser;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Decides each page's language (the choice made in this session, else the signed-in user's
 * remembered language, else the visitor's cookie, else Chinese) and switches it on request.
 */
@Component
class LanguageSupport implements VaadinServiceInitListener {

    static final String COOKIE = "scenehub-lang";
    private static final String SESSION_KEY = LanguageSupport.class.getName() + ".locale";

    private final AuthenticatedUser authenticatedUser;
    private final AccountService accounts;

    LanguageSupport(AuthenticatedUser authenticatedUser, AccountService accounts) {
        this.authenticatedUser = authenticatedUser;
        this.accounts = accounts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().setLocale(initialLocale()));
    }

    Locale initialLocale() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.getAttribute(SESSION_KEY) instanceof Locale chosen) {
            return chosen;
        }
        Optional<CurrentUser> user = authenticatedUser.get();
        if (user.isPresent()) {
            return Translations.supported(user.get().locale());
        }
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null && request.getCookies() != null) {
            return Arrays.stream(request.getCookies()).filter(c -> COOKIE.equals(c.getName())).findFirst()
                    .map(c -> Translations.parse(c.getValue())).orElse(Translations.CHINESE);
        }
        return Translations.CHINESE;
    }

    /** Switches the language everywhere it is kept, then reloads so every label is redrawn. */
    void switchTo(UI ui, Locale requested) {
        Locale locale = Translations.supported(requested);
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(SESSION_KEY, locale);
            session.setLocale(locale);
        }
        ui.setLocale(locale);
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response != null) {
            Cookie cookie = new Cookie(COOKIE, locale.toLanguageTag());
            cookie.setPath("/");
            cookie.setMaxAge(60 * 60 * 24 * 365);
            cookie.setHttpOnly(true);
            response.addCookie(cookie);
        }
        if (authenticatedUser.get().isPresent()) {
            accounts.rememberLanguage(locale);
        }
        ui.getPage().reload();
    }
}
