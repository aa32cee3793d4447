package com.scenehub.organisation.ui;

import com.scenehub.organisation.OrganisationRegistration;
import com.scenehub.organisation.OrganisationService;
import com.scenehub.organisation.RegistrationRules;
import com.scenehub.referencedata.ReferenceDataService;
import com.scenehub.referencedata.ReferenceEntry;
import com.scenehub.referencedata.ReferenceKind;
import com.scenehub.shared.domain.BusinessRuleException;
import com.scenehub.shared.security.Roles;
import com.scenehub.shared.ui.Toasts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Self-registration of an organisation and its first user. Every field is checked as it is left and
 * again on submit; a refusal says what is wrong in the user's language and keeps what was typed.
 */
@Route("register")
@AnonymousAllowed
public class RegistrationView extends Div implements HasDynamicTitle {

    final TextField name = new TextField();
    final TextField creditCode = new TextField();
    final TextField legalRepresentative = new TextField();
    final ComboBox<String> zoneArea = new ComboBox<>();
    final ComboBox<String> industryField = new ComboBox<>();
    final TextField contactName = new TextField();
    final TextField contactPhone = new TextField();
    final EmailField contactEmail = new EmailField();
    final CheckboxGroup<String> roles = new CheckboxGroup<>();
    final TextField username = new TextField();
    final PasswordField password = new PasswordField();
    final PasswordField confirmPassword = new PasswordField();
    final Button submit = new Button();
    final Div done = new Div();

    private final Binder<OrganisationRegistration> binder = new Binder<>();
    private final transient OrganisationService organisations;
    private final OrganisationRegistration registration = new OrganisationRegistration();

    RegistrationView(OrganisationService organisations, ReferenceDataService referenceData) {
        this.organisations = organisations;
        addClassName("sh-page");
        addClassName("sh-register");
        add(new Paragraph(getTranslation("register.intro")));

        name.setLabel(getTranslation("organisation.name"));
        name.setMaxLength(RegistrationRules.MAX_NAME);
        creditCode.setLabel(getTranslation("organisation.credit-code"));
        creditCode.setHelperText(getTranslation("organisation.credit-code.help"));
        creditCode.setMaxLength(18);
        legalRepresentative.setLabel(getTranslation("organisation.legal-representative"));
        legalRepresentative.setMaxLength(RegistrationRules.MAX_PERSON);

        zoneArea.setLabel(getTranslation("organisation.zone-area"));
        List<ReferenceEntry> areas = referenceData.active(ReferenceKind.ZONE_AREA);
        zoneArea.setItems(areas.stream().map(ReferenceEntry::code).toList());
        zoneArea.setItemLabelGenerator(code -> referenceData.label(ReferenceKind.ZONE_AREA, code, getLocale()));

        industryField.setLabel(getTranslation("organisation.industry-field"));
        industryField.setItems(referenceData.active(ReferenceKind.INDUSTRY_FIELD).stream().map(ReferenceEntry::code).toList());
        industryField.setItemLabelGenerator(code -> referenceData.label(ReferenceKind.INDUSTRY_CHAIN,
                referenceData.chainOfField(code), getLocale()) + " / "
                + referenceData.label(ReferenceKind.INDUSTRY_FIELD, code, getLocale()));

        contactName.setLabel(getTranslation("organisation.contact-name"));
        contactName.setMaxLength(RegistrationRules.MAX_PERSON);
        contactPhone.setLabel(getTranslation("organisation.contact-phone"));
        contactPhone.setMaxLength(20);
        contactEmail.setLabel(getTranslation("organisation.contact-email"));
        contactEmail.setMaxLength(200);
        roles.setLabel(getTranslation("organisation.roles"));
        roles.setItems(Roles.ORGANISATION_ROLES);
        roles.setItemLabelGenerator(role -> getTranslation("role." + role));
        username.setLabel(getTranslation("account.username"));
        username.setHelperText(getTranslation("account.username.help"));
        password.setLabel(getTranslation("account.password"));
        password.setHelperText(getTranslation("account.password.help"));
        confirmPassword.setLabel(getTranslation("account.password-confirm"));

        bind(name, RegistrationRules::nameProblem, OrganisationRegistration::getName, OrganisationRegistration::setName);
        bind(creditCode, RegistrationRules::creditCodeProblem, OrganisationRegistration::getCreditCode,
                OrganisationRegistration::setCreditCode);
        bind(legalRepresentative, RegistrationRules::personProblem, OrganisationRegistration::getLegalRepresentative,
                OrganisationRegistration::setLegalRepresentative);
        binder.forField(zoneArea).withValidator(rule(RegistrationRules::choiceProblem))
                .bind(OrganisationRegistration::getZoneArea, OrganisationRegistration::setZoneArea);
        binder.forField(industryField).withValidator(rule(RegistrationRules::choiceProblem))
                .bind(OrganisationRegistration::getIndustryField, OrganisationRegistration::setIndustryField);
        bind(contactName, RegistrationRules::personProblem, OrganisationRegistration::getContactName,
                OrganisationRegistration::setContactName);
        bind(contactPhone, RegistrationRules::phoneProblem, OrganisationRegistration::getContactPhone,
                OrganisationRegistration::setContactPhone);
        binder.forField(contactEmail).withValidator(rule(RegistrationRules::emailProblem))
                .bind(OrganisationRegistration::getContactEmail, OrganisationRegistration::setContactEmail);
        binder.forField(roles).withValidator(rule(RegistrationRules::rolesProblem))
                .bind(OrganisationRegistration::getRoles, OrganisationRegistration::setRoles);
        bind(username, RegistrationRules::usernameProblem, OrganisationRegistration::getUsername,
                OrganisationRegistration::setUsername);
        bind(password, RegistrationRules::passwordProblem, OrganisationRegistration::getPassword,
                OrganisationRegistration::setPassword);
        binder.forField(confirmPassword)
                .withValidator(rule(value -> Objects.equals(value, password.getValue()) ? null : "error.password.mismatch"))
                .bind(r -> r.getPassword(), (r, v) -> { });
        binder.setBean(registration);

        name.setId("reg-name");
        creditCode.setId("reg-credit-code");
        legalRepresentative.setId("reg-legal-representative");
        zoneArea.setId("reg-zone-area");
        industryField.setId("reg-industry-field");
        contactName.setId("reg-contact-name");
        contactPhone.setId("reg-contact-phone");
        contactEmail.setId("reg-contact-email");
        roles.setId("reg-roles");
        username.setId("reg-username");
        password.setId("reg-password");
        confirmPassword.setId("reg-password-confirm");
        submit.setId("reg-submit");
        done.setId("reg-done");
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        form.add(name, creditCode, legalRepresentative, zoneArea, industryField, contactName, contactPhone,
                contactEmail, roles, username, password, confirmPassword);
        form.setColspan(name, 2);
        form.setColspan(industryField, 2);
        form.setColspan(roles, 2);

        submit.setText(getTranslation("register.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setDisableOnClick(true);
        submit.addClickListener(e -> submit());
        done.addClassName("sh-notice");
        done.setVisible(false);
        add(form, submit, done);
    }

    private void bind(TextField field, SerializableFunction<String, String> rule,
            com.vaadin.flow.function.ValueProvider<OrganisationRegistration, String> getter,
            com.vaadin.flow.data.binder.Setter<OrganisationRegistration, String> setter) {
        binder.forField(field).withValidator(rule(rule)).bind(getter, setter);
    }

    private void bind(PasswordField field, SerializableFunction<String, String> rule,
            com.vaadin.flow.function.ValueProvider<OrganisationRegistration, String> getter,
            com.vaadin.flow.data.binder.Setter<OrganisationRegistration, String> setter) {
        binder.forField(field).withValidator(rule(rule)).bind(getter, setter);
    }

    private <T> Validator<T> rule(SerializableFunction<T, String> problemOf) {
        return (value, context) -> {
            String problem = problemOf.apply(value);
            return problem == null ? ValidationResult.ok() : ValidationResult.error(getTranslation(problem));
        };
    }

    private void submit() {
        try {
            if (!binder.validate().isOk()) {
                Toasts.errorKey("error.form.invalid");
                return;
            }
            organisations.register(registration, UI.getCurrent().getLocale());
            done.removeAll();
            done.add(new Paragraph(getTranslation("register.done", registration.getName())));
            done.setVisible(true);
            Toasts.success("register.done", registration.getName());
            submit.setVisible(false);
        } catch (BusinessRuleException refusal) {
            Map<String, String> fieldProblems = Map.of("error.account.username-taken", "username");
            if (fieldProblems.containsKey(refusal.messageKey())) {
                username.setInvalid(true);
                username.setErrorMessage(Toasts.message(refusal));
            }
            Toasts.error(refusal);
        } finally {
            submit.setEnabled(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("register.title");
    }
}
