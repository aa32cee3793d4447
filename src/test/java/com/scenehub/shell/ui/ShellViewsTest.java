package com.scenehub.shell.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.scenehub.notification.ui.NotificationsView;
import com.scenehub.organisation.ui.OrganisationReviewView;
import com.scenehub.security.AccountService;
import com.scenehub.security.ui.UserAdminView;
import com.scenehub.shared.i18n.Translations;
import com.scenehub.shared.security.Roles;
import com.scenehub.support.SceneHubTest;
import com.scenehub.support.SignedIn;
import com.scenehub.support.TestData;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@SceneHubTest
class ShellViewsTest extends SpringBrowserlessTest {

    @Autowired SignedIn signedIn;
    @Autowired TestData data;
    @Autowired AccountService accounts;
    @Autowired LanguageSupport languageSupport;

    @AfterEach
    void signOut() {
        signedIn.logout();
    }

    private List<String> menu() {
        return $(SideNavItem.class).all().stream().map(SideNavItem::getPath).toList();
    }

    @Test
    void visitorsSeeTheLandingPageAndCannotOpenAHomePage() {
        navigate(LandingView.class);
        assertThat($(H2.class).first().getText()).contains("场景汇");
        assertThat(menu()).doesNotContain("home", "organisations", "admin/users");

        UI.getCurrent().navigate(HomeView.class);
        assertThat(getCurrentView()).isNotInstanceOf(HomeView.class);
    }

    @Test
    void anEnterpriseSeesItsHomeButNoStaffViews() {
        signedIn.login(data.verifiedOrganisation(Roles.ENTERPRISE).user().username());
        navigate(HomeView.class);

        assertThat(menu()).contains("home", "notifications").doesNotContain("organisations", "admin/users",
                "admin/security-events", "reference-data", "");
        UI.getCurrent().navigate(OrganisationReviewView.class);
        assertThat(getCurrentView()).isNotInstanceOf(OrganisationReviewView.class);
    }

    @Test
    void aManagerSeesOrganisationReviewAndReferenceDataButNotUserAdministration() {
        signedIn.login(data.staff(Roles.MANAGER).username());
        navigate(HomeView.class);

        assertThat(menu()).contains("home", "organisations", "reference-data").doesNotContain("admin/users");
        navigate(OrganisationReviewView.class);
        assertThat(getCurrentView()).isInstanceOf(OrganisationReviewView.class);
        UI.getCurrent().navigate(UserAdminView.class);
        assertThat(getCurrentView()).isNotInstanceOf(UserAdminView.class);
    }

    @Test
    void anAdminSeesUserAdministrationAndTheSecurityLog() {
        signedIn.login(data.staff(Roles.ADMIN).username());
        navigate(HomeView.class);

        assertThat(menu()).contains("admin/users", "admin/security-events", "reference-data").doesNotContain("organisations");
        UserAdminView users = navigate(UserAdminView.class);
        assertThat(users).isNotNull();
        assertThat($(com.vaadin.flow.component.grid.Grid.class).first().getGenericDataView().getItems().count()).isPositive();
    }

    @Test
    void theLanguageSwitchChangesTheTextAndIsRememberedForTheUser() {
        var user = data.verifiedOrganisation(Roles.PROVIDER).user();
        signedIn.login(user.username());
        navigate(HomeView.class);
        assertThat($(H2.class).first().getText()).startsWith("欢迎");

        languageSupport.switchTo(UI.getCurrent(), Translations.ENGLISH);
        navigate(NotificationsView.class);
        navigate(HomeView.class);

        assertThat(UI.getCurrent().getLocale()).isEqualTo(Translations.ENGLISH);
        assertThat($(H2.class).first().getText()).startsWith("Welcome");
        assertThat(accounts.findAccount(user.id()).orElseThrow().locale()).isEqualTo(Translations.ENGLISH);
    }

    @Test
    void aPendingOrganisationIsToldItWaitsForVerification() {
        signedIn.login(data.pendingOrganisation(Roles.ENTERPRISE).user().username());
        HomeView home = navigate(HomeView.class);

        assertThat(home.getElement().getTextRecursively()).contains("等待园区审核");
    }
}
