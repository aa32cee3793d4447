package com.scenehub.shell.ui;

import com.scenehub.notification.NotificationService;
import com.scenehub.notification.ui.NotificationsView;
import com.scenehub.organisation.ui.RegistrationView;
import com.scenehub.shared.i18n.Translations;
import com.scenehub.shared.security.AuthenticatedUser;
import com.scenehub.shared.security.CurrentUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Locale;

/**
 * The shell around every view: brand and navigation in the drawer (only the views this user may
 * open, from their {@code @Menu} annotations), the view title, the notification bell, the language
 * switch and the user menu.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final H1 viewTitle = new H1();
    private final Span unreadBadge = new Span();
    private final transient NotificationService notifications;
    private final transient AuthenticatedUser authenticatedUser;

    private final transient AuthenticationContext authenticationContext;
    private final transient LanguageSupport languageSupport;
    private String builtFor = "";

    MainLayout(AuthenticatedUser authenticatedUser, AuthenticationContext authenticationContext,
            NotificationService notifications, LanguageSupport languageSupport) {
        this.authenticatedUser = authenticatedUser;
        this.authenticationContext = authenticationContext;
        this.notifications = notifications;
        this.languageSupport = languageSupport;
        setPrimarySection(Section.DRAWER);
        addClassName("sh-layout");
        viewTitle.addClassName("sh-view-title");
        build();
    }

    /** Builds header and drawer for whoever is signed in (rebuilt when that changes). */
    private void build() {
        CurrentUser user = authenticatedUser.get().orElse(null);
        builtFor = user == null ? "" : user.username();
        getElement().getChildren().filter(child -> !child.equals(getContent() == null ? null : getContent().getElement()))
                .toList().forEach(child -> child.removeFromParent());

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("shell.menu-toggle"));
        HorizontalLayout actions = new HorizontalLayout();
        actions.addClassName("sh-header-actions");
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        if (user != null) {
            actions.add(bell());
        }
        actions.add(languageMenu(languageSupport));
        if (user != null) {
            actions.add(userMenu(user, authenticationContext));
        } else {
            RouterLink login = new RouterLink(getTranslation("shell.login"), LoginView.class);
            login.addClassName("sh-header-link");
            RouterLink register = new RouterLink(getTranslation("shell.register"), RegistrationView.class);
            register.addClassNames("sh-header-link", "sh-header-link-primary");
            actions.add(login, register);
        }
        addToNavbar(toggle, viewTitle, actions);
        addToDrawer(brand(), navigation(user != null));
    }

    private Component brand() {
        Div brand = new Div();
        brand.addClassName("sh-brand");
        Span mark = new Span(getTranslation("app.brand-mark"));
        mark.addClassName("sh-brand-mark");
        Div names = new Div(new Span(getTranslation("app.name")), new Span(getTranslation("app.zone")));
        names.addClassName("sh-brand-names");
        brand.add(mark, names);
        return brand;
    }

    private SideNav navigation(boolean signedIn) {
        SideNav nav = new SideNav();
        nav.addClassName("sh-nav");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            if (signedIn && entry.menuClass() == LandingView.class) {
                continue; // signed-in users land on their home page instead
            }
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null && entry.icon().startsWith("vaadin:")) {
                item.setPrefixComponent(new Icon("vaadin", entry.icon().substring("vaadin:".length())));
            }
            nav.addItem(item);
        }
        return nav;
    }

    private Component bell() {
        Button bell = new Button(VaadinIcon.BELL.create(), e -> UI.getCurrent().navigate(NotificationsView.class));
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        bell.setAriaLabel(getTranslation("shell.notifications"));
        bell.addClassName("sh-bell");
        unreadBadge.getElement().getThemeList().add("badge error primary pill small");
        unreadBadge.addClassName("sh-unread");
        Div wrapper = new Div(bell, unreadBadge);
        wrapper.addClassName("sh-bell-wrapper");
        return wrapper;
    }

    private Component languageMenu(LanguageSupport languageSupport) {
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
        menu.addClassName("sh-language");
        MenuItem root = menu.addItem(VaadinIcon.GLOBE.create());
        root.add(new Span(getTranslation("shell.language")));
        root.setAriaLabel(getTranslation("shell.language"));
        SubMenu sub = root.getSubMenu();
        for (Locale locale : Translations.SUPPORTED) {
            MenuItem item = sub.addItem(getTranslation("language." + locale.getLanguage()),
                    e -> languageSupport.switchTo(UI.getCurrent(), locale));
            item.setCheckable(true);
            item.setChecked(Translations.supported(getLocale()).equals(locale));
        }
        return menu;
    }

    private Component userMenu(CurrentUser user, AuthenticationContext authenticationContext) {
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        menu.addClassName("sh-user-menu");
        Avatar avatar = new Avatar(user.displayName());
        avatar.setAbbreviation(initial(user.displayName()));
        avatar.addThemeVariants(com.vaadin.flow.component.avatar.AvatarVariant.LUMO_XSMALL);
        MenuItem root = menu.addItem(avatar);
        root.add(new Span(user.displayName()));
        SubMenu sub = root.getSubMenu();
        sub.addItem(getTranslation("shell.signed-in-as", user.username())).setEnabled(false);
        sub.addItem(getTranslation("shell.home"), e -> UI.getCurrent().navigate(HomeView.class));
        sub.addItem(getTranslation("shell.logout"), e -> authenticationContext.logout());
        return menu;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String signedIn = authenticatedUser.get().map(CurrentUser::username).orElse("");
        if (!signedIn.equals(builtFor)) {
            build();
        }
        viewTitle.setText(currentTitle());
        if (authenticatedUser.get().isPresent()) {
            long unread = notifications.unreadCount();
            unreadBadge.setText(unread > 99 ? "99+" : String.valueOf(unread));
            unreadBadge.setVisible(unread > 0);
        }
    }

    private String currentTitle() {
        HasElement content = getContent();
        if (content instanceof HasDynamicTitle titled) {
            return titled.getPageTitle();
        }
        return getTranslation("app.name");
    }

    /** One character fits the extra-small avatar; Vaadin's default takes one per word ("评张1"). */
    static String initial(String displayName) {
        String name = displayName == null ? "" : displayName.strip();
        return name.isEmpty() ? "?" : name.substring(0, name.offsetByCodePoints(0, 1)).toUpperCase(java.util.Locale.ROOT);
    }
}
