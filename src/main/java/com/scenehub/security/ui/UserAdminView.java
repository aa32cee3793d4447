package com.scenehub.security.ui;

import com.scenehub.security.AccountService;
import com.scenehub.security.AccountSummary;
import com.scenehub.security.NewAccount;
import com.scenehub.shared.domain.BusinessRuleException;
import com.scenehub.shared.i18n.Translations;
import com.scenehub.shared.security.Roles;
import com.scenehub.shared.ui.Toasts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashSet;
import java.util.stream.Collectors;

/** ADMIN: create accounts, assign roles, disable or enable, unlock, reset passwords. */
@Route("admin/users")
@RolesAllowed(Roles.ADMIN)
@Menu(title = "nav.users", order = 96, icon = "vaadin:users")
public class UserAdminView extends Div implements HasDynamicTitle {

    final Grid<AccountSummary> grid = new Grid<>();
    private final transient AccountService accounts;

    UserAdminView(AccountService accounts) {
        this.accounts = accounts;
        addClassName("sh-page");
        Button create = new Button(getTranslation("users.create"), e -> openCreate());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.addColumn(AccountSummary::username).setHeader(getTranslation("account.username")).setAutoWidth(true);
        grid.addColumn(AccountSummary::displayName).setHeader(getTranslation("account.display-name"));
        grid.addColumn(a -> a.roles().stream().map(r -> getTranslation("role." + r)).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("account.roles"));
        grid.addComponentColumn(this::state).setHeader(getTranslation("account.state"));
        grid.addComponentColumn(this::actions).setHeader(getTranslation("common.actions")).setAutoWidth(true);
        add(create, grid);
        refresh();
    }

    private Span state(AccountSummary a) {
        String key = !a.enabled() ? "account.state.disabled" : a.locked() ? "account.state.locked" : "account.state.active";
        Span badge = new Span(getTranslation(key));
        badge.getElement().getThemeList().add(a.enabled() && !a.locked() ? "badge success" : "badge error");
        return badge;
    }

    private HorizontalLayout actions(AccountSummary a) {
        HorizontalLayout row = new HorizontalLayout();
        row.add(small("users.roles", () -> openRoles(a)));
        row.add(a.enabled() ? small("users.disable", () -> act(() -> accounts.disable(a.id())))
                : small("users.enable", () -> act(() -> accounts.enable(a.id()))));
        if (a.locked()) {
            row.add(small("users.unlock", () -> act(() -> accounts.unlock(a.id()))));
        }
        row.add(small("users.reset-password", () -> openReset(a)));
        return row;
    }

    private Button small(String key, Runnable action) {
        Button button = new Button(getTranslation(key), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private void act(Runnable action) {
        try {
            action.run();
            Toasts.success("common.saved");
            refresh();
        } catch (BusinessRuleException refusal) {
            Toasts.error(refusal);
        }
    }

    private CheckboxGroup<String> roleChoice() {
        CheckboxGroup<String> roles = new CheckboxGroup<>(getTranslation("account.roles"));
        roles.setItems(Roles.ALL);
        roles.setItemLabelGenerator(r -> getTranslation("role." + r));
        return roles;
    }

    private void openRoles(AccountSummary a) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("users.roles-title", a.username()));
        CheckboxGroup<String> roles = roleChoice();
        roles.setValue(new HashSet<>(a.roles()));
        Button save = new Button(getTranslation("common.save"), e -> {
            try {
                accounts.assignRoles(a.id(), roles.getValue());
                Toasts.success("common.saved");
                dialog.close();
                refresh();
            } catch (BusinessRuleException refusal) {
                Toasts.error(refusal);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(roles);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void openReset(AccountSummary a) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("users.reset-password-title", a.username()));
        PasswordField password = new PasswordField(getTranslation("account.password"));
        password.setHelperText(getTranslation("account.password.help"));
        Button save = new Button(getTranslation("common.save"), e -> {
            try {
                accounts.resetPassword(a.id(), password.getValue());
                Toasts.success("users.password-reset");
                dialog.close();
            } catch (BusinessRuleException refusal) {
                password.setInvalid(true);
                password.setErrorMessage(Toasts.message(refusal));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(password);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void openCreate() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("users.create"));
        TextField username = new TextField(getTranslation("account.username"));
        TextField displayName = new TextField(getTranslation("account.display-name"));
        displayName.setMaxLength(100);
        EmailField email = new EmailField(getTranslation("organisation.contact-email"));
        IntegerField organisationId = new IntegerField(getTranslation("users.organisation-id"));
        PasswordField password = new PasswordField(getTranslation("account.password"));
        password.setHelperText(getTranslation("account.password.help"));
        CheckboxGroup<String> roles = roleChoice();
        FormLayout form = new FormLayout(username, displayName, email, organisationId, password, roles);
        Button save = new Button(getTranslation("common.save"), e -> {
            try {
                if (displayName.getValue().isBlank()) {
                    displayName.setInvalid(true);
                    displayName.setErrorMessage(getTranslation("error.required"));
                    return;
                }
                accounts.createAccount(new NewAccount(username.getValue(), password.getValue(), displayName.getValue(),
                        email.getValue(), organisationId.getValue() == null ? null : organisationId.getValue().longValue(),
                        roles.getValue(), Translations.CHINESE, false));
                Toasts.success("common.saved");
                dialog.close();
                refresh();
            } catch (BusinessRuleException refusal) {
                Toasts.error(refusal);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(form);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    void refresh() {
        grid.setItems(accounts.allAccounts());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.users");
    }
}
