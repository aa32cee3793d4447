package com.scenehub.organisation.ui;

import com.scenehub.organisation.OrganisationService;
import com.scenehub.organisation.OrganisationStatus;
import com.scenehub.organisation.OrganisationSummary;
import com.scenehub.referencedata.ReferenceDataService;
import com.scenehub.referencedata.ReferenceKind;
import com.scenehub.shared.domain.BusinessRuleException;
import com.scenehub.shared.security.Roles;
import com.scenehub.shared.ui.Toasts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.stream.Collectors;

/** Managers verify registered organisations, or reject them with a reason. */
@Route("organisations")
@RolesAllowed(Roles.MANAGER)
@Menu(title = "nav.organisations", order = 80, icon = "vaadin:building")
public class OrganisationReviewView extends Div implements HasDynamicTitle {

    final Grid<OrganisationSummary> grid = new Grid<>();
    final Tabs tabs;
    private final Tab pendingTab;
    private final transient OrganisationService organisations;

    OrganisationReviewView(OrganisationService organisations, ReferenceDataService referenceData) {
        this.organisations = organisations;
        addClassName("sh-page");
        pendingTab = new Tab(getTranslation("organisations.pending"));
        Tab allTab = new Tab(getTranslation("organisations.all"));
        tabs = new Tabs(pendingTab, allTab);
        tabs.addSelectedChangeListener(e -> refresh());

        grid.addColumn(OrganisationSummary::name).setHeader(getTranslation("organisation.name")).setFlexGrow(2)
                .setAutoWidth(true);
        grid.addColumn(OrganisationSummary::creditCode).setHeader(getTranslation("organisation.credit-code"))
                .setAutoWidth(true);
        grid.addColumn(o -> referenceData.label(ReferenceKind.ZONE_AREA, o.zoneArea(), getLocale()))
                .setHeader(getTranslation("organisation.zone-area"));
        grid.addColumn(o -> o.appliedRoles().stream().map(r -> getTranslation("role." + r))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("organisation.roles"));
        grid.addColumn(o -> o.contactName() + " " + o.contactPhone()).setHeader(getTranslation("organisation.contact"));
        grid.addComponentColumn(this::statusBadge).setHeader(getTranslation("organisation.status"));
        grid.addComponentColumn(this::actions).setHeader(getTranslation("common.actions")).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("common.empty"));
        add(tabs, grid);
        refresh();
    }

    private Span statusBadge(OrganisationSummary o) {
        Span badge = new Span(getTranslation("organisation.status." + o.status().name()));
        badge.getElement().getThemeList().add(switch (o.status()) {
            case VERIFIED -> "badge success";
            case REJECTED -> "badge error";
            case PENDING -> "badge contrast";
        });
        if (o.reviewNote() != null) {
            badge.setTitle(o.reviewNote());
        }
        return badge;
    }

    private HorizontalLayout actions(OrganisationSummary o) {
        HorizontalLayout actions = new HorizontalLayout();
        if (o.status() == OrganisationStatus.PENDING) {
            Button verify = new Button(getTranslation("organisations.verify"), e -> act(() -> organisations.verify(o.id()),
                    "organisations.verified"));
            verify.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_SMALL);
            verify.setId("verify-" + o.id());
            Button reject = new Button(getTranslation("organisations.reject"), e -> openReject(o));
            reject.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            reject.setId("reject-" + o.id());
            actions.add(verify, reject);
        }
        return actions;
    }

    private void openReject(OrganisationSummary o) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("organisations.reject-title", o.name()));
        TextArea reason = new TextArea(getTranslation("common.reason"));
        reason.setMaxLength(1000);
        reason.setRequired(true);
        reason.setWidthFull();
        Button confirm = new Button(getTranslation("organisations.reject"), e -> {
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("error.reason-required"));
                return;
            }
            if (act(() -> organisations.reject(o.id(), reason.getValue()), "organisations.rejected")) {
                dialog.close();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("common.cancel"), e -> dialog.close());
        dialog.add(reason);
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }

    private boolean act(Runnable action, String successKey) {
        try {
            action.run();
            Toasts.success(successKey);
            refresh();
            return true;
        } catch (BusinessRuleException refusal) {
            Toasts.error(refusal);
            return false;
        }
    }

    void refresh() {
        List<OrganisationSummary> items = tabs.getSelectedTab() == pendingTab ? organisations.pending() : organisations.all();
        grid.setItems(items);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.organisations");
    }
}
