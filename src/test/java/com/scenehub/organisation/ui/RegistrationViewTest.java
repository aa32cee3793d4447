package com.scenehub.organisation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.scenehub.organisation.OrganisationRegistration;
import com.scenehub.security.AccountService;
import com.scenehub.shared.i18n.Translations;
import com.scenehub.shared.security.Roles;
import com.scenehub.support.SceneHubTest;
import com.scenehub.support.TestData;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@SceneHubTest
class RegistrationViewTest extends SpringBrowserlessTest {

    @Autowired AccountService accounts;

    private RegistrationView fill(OrganisationRegistration r) {
        RegistrationView view = navigate(RegistrationView.class);
        test(view.name).setValue(r.getName());
        test(view.creditCode).setValue(r.getCreditCode());
        test(view.legalRepresentative).setValue(r.getLegalRepresentative());
        view.zoneArea.setValue(r.getZoneArea());
        view.industryField.setValue(r.getIndustryField());
        test(view.contactName).setValue(r.getContactName());
        test(view.contactPhone).setValue(r.getContactPhone());
        test(view.contactEmail).setValue(r.getContactEmail());
        view.roles.setValue(Set.copyOf(r.getRoles()));
        test(view.username).setValue(r.getUsername());
        test(view.password).setValue(r.getPassword());
        test(view.confirmPassword).setValue(r.getPassword());
        return view;
    }

    @Test
    void aValidRegistrationIsSavedAndConfirmed() {
        OrganisationRegistration r = TestData.registration(Roles.ENTERPRISE);
        RegistrationView view = fill(r);

        test(view.submit).click();

        assertThat(view.done.isVisible()).isTrue();
        assertThat(accounts.usernameTaken(r.getUsername())).isTrue();
    }

    @Test
    void aWrongCreditCodeIsRefusedInChineseAndTheFormKeepsWhatWasTyped() {
        UI.getCurrent().setLocale(Translations.CHINESE);
        OrganisationRegistration r = TestData.registration(Roles.ENTERPRISE);
        r.setCreditCode("91350100M000100Y44");
        RegistrationView view = fill(r);

        test(view.submit).click();

        assertThat(view.creditCode.isInvalid()).isTrue();
        assertThat(view.creditCode.getErrorMessage()).contains("校验码");
        assertThat(view.done.isVisible()).isFalse();
        assertThat(view.name.getValue()).isEqualTo(r.getName());
        assertThat(view.creditCode.getValue()).isEqualTo("91350100M000100Y44");
        assertThat(view.username.getValue()).isEqualTo(r.getUsername());
        assertThat(accounts.usernameTaken(r.getUsername())).isFalse();
    }

    @Test
    void theSameMistakeIsExplainedInEnglish() {
        UI.getCurrent().setLocale(Translations.ENGLISH);
        OrganisationRegistration r = TestData.registration(Roles.PROVIDER);
        r.setCreditCode("91350100M000100Y44");
        RegistrationView view = fill(r);

        test(view.submit).click();

        assertThat(view.creditCode.getErrorMessage()).contains("check character");
        assertThat(view.contactEmail.getValue()).isEqualTo(r.getContactEmail());
    }
}
