package com.scenehub.opportunity.ui;

import com.scenehub.opportunity.OpportunityCorrection;
import com.scenehub.opportunity.OpportunityDetails;
import com.scenehub.opportunity.OpportunityService;
import com.scenehub.opportunity.OpportunityStatus;
import com.scenehub.organisation.OrganisationService;
import com.scenehub.organisation.OrganisationSummary;
import com.scenehub.records.ui.Inputs;
import com.scenehub.records.ui.ReasonDialog;
import com.scenehub.records.ui.RelatedLinks;
import com.scenehub.records.ui.RelatedViews;
import com.scenehub.records.ui.StatusBadge;
import com.scenehub.records.ui.Timeline;
import com.scenehub.referencedata.ReferenceDataService;
import com.scenehub.shared.config.ClockConfig;
import com.scenehub.shared.domain.BusinessRuleException;
import com.scenehub.shared.security.AuthenticatedUser;
import com.scenehub.shared.security.Roles;
import com.scenehub.shared.ui.Toasts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** One opportunity for its designers: terms, history, and the next step (ready, correct, withdraw). */
@Route("opportunity")
@RolesAllowed({Roles.MANAGER, Roles.EXPERT, Roles.ADMIN})
public class OpportunityManageView extends Div implements HasDynamicTitle, HasUrlParameter<Long> {

    private final transient OpportunityService opportunities;
    private final transient ReferenceDataService referenceData;
    private final transient OrganisationService organisations;
    private final boolean manager;
    private final transient AuthenticatedUser authenticatedUser;
    private final transient List<RelatedViews> relatedViews;
    RelatedLinks related;
    final HorizontalLayout actions = new HorizontalLayout();
    OpportunityDetails opportunity;
    Button edit;
    Button ready;
    Button back;
    Button correct;
    Button withdraw;
    ReasonDialog dialog;
    Dialog correctionDialog;

    OpportunityManageView(OpportunityService opportunities, ReferenceDataService referenceData,
            OrganisationService organisations, AuthenticatedUser authenticatedUser, List<RelatedViews> relatedViews) {
        this.opportunities = opportunities;
        this.authenticatedUser = authenticatedUser;
        this.relatedViews = relatedViews;
        this.referenceData = referenceData;
        this.organisations = organisations;
        this.manager = authenticatedUser.require().hasRole(Roles.MANAGER);
        addClassNames("sh-page", "sh-detail");
        actions.addClassName("sh-actions");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        opportunity = opportunities.findOpportunity(id).orElse(null);
        if (opportunity == null) {
            Toasts.errorKey("error.opportunity.not-found");
            event.forwardTo(OpportunitiesView.class);
            return;
        }
        render();
    }

    void render() {
        removeAll();
        actions.removeAll();
        OpportunityDetails o = opportunity;
        Div header = new Div(new H2(o.title()), new StatusBadge(getTranslation("opportunity.status." + o.status().name()),
                StatusBadge.tone(o.status().name())));
        header.addClassName("sh-detail-header");
        add(header, actions);
        related = new RelatedLinks(relatedViews, RelatedViews.RecordType.OPPORTUNITY, o.id(), authenticatedUser.require());
        add(related);
        if (manager) {
            if (o.status() == OpportunityStatus.DESIGNING) {
                edit = new Button(getTranslation("common.edit"), e -> UI.getCurrent().navigate(OpportunityDesignView.class, o.id()));
                ready = new Button(getTranslation("opportunity.mark-ready"), e -> act(() -> opportunities.markReady(o.id()), "opportunity.ready-done"));
                ready.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                actions.add(ready, edit);
            }
            if (o.status() == OpportunityStatus.READY && o.listId() == null) {
                back = new Button(getTranslation("opportunity.back-to-design"), e -> act(() -> opportunities.backToDesign(o.id()), "common.saved"));
                actions.add(back);
            }
            if (o.status() == OpportunityStatus.OPEN) {
                correct = new Button(getTranslation("corrigendum.issue"), e -> openCorrection(o));
                actions.add(correct);
            }
            if (o.status().active()) {
                withdraw = new Button(getTranslation("opportunity.withdraw"), e -> {
                    dialog = new ReasonDialog(getTranslation("opportunity.withdraw"), getTranslation("opportunity.withdraw"), true,
                            reason -> run(() -> opportunities.withdraw(o.id(), reason), "opportunity.withdrawn-done"));
                    dialog.open();
                });
                withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
                actions.add(withdraw);
            }
        }
        String demand = o.demandOrganisationIds().stream().map(organisations::findSummary)
                .flatMap(java.util.Optional::stream).map(OrganisationSummary::name).collect(Collectors.joining(getTranslation("common.list-separator")));
        add(new OpportunityPanel(o, o.published() ? opportunities.corrigenda(o.id()) : List.of(), referenceData, demand));
        add(new H3(getTranslation("common.history")));
        add(new Timeline(opportunities.history(o.id()), s -> getTranslation("opportunity.status." + s)));
    }

    private void openCorrection(OpportunityDetails o) {
        correctionDialog = new Dialog();
        correctionDialog.setHeaderTitle(getTranslation("corrigendum.issue"));
        DatePicker closes = Inputs.date("opportunity.window-closes");
        closes.setValue(LocalDate.ofInstant(o.windowCloses(), ClockConfig.ZONE));
        closes.setHelperText(getTranslation("opportunity.window-closes.help"));
        TextArea eligibility = new TextArea(getTranslation("opportunity.eligibility"));
        eligibility.setValue(o.eligibility());
        eligibility.setMaxLength(4000);
        eligibility.setWidthFull();
        BigDecimalField budget = Inputs.money("opportunity.budget");
        budget.setValue(o.budget());
        CriteriaEditor criteria = new CriteriaEditor();
        criteria.setValue(o.criteria());
        TextArea reason = new TextArea(getTranslation("corrigendum.reason"));
        reason.setRequired(true);
        reason.setMaxLength(2000);
        reason.setWidthFull();
        reason.setHelperText(getTranslation("common.reason-public"));
        Button confirm = new Button(getTranslation("corrigendum.publish"), e -> {
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("error.reason-required"));
                return;
            }
            var moneyCheck = Inputs.yuan().apply(budget.getValue(), new ValueContext(budget));
            if (closes.isInvalid() || budget.isInvalid() || moneyCheck.isError()) {
                if (moneyCheck.isError()) {
                    budget.setInvalid(true);
                    budget.setErrorMessage(moneyCheck.getErrorMessage());
                }
                Toasts.errorKey("error.form.invalid");
                return;
            }
            LocalDate newDate = closes.getValue();
            Instant newCloses = newDate == null ? null : OpportunityDesignView.closes(newDate);
            try {
                opportunities.correct(o.id(), new OpportunityCorrection(reason.getValue(), newCloses, eligibility.getValue(),
                        criteria.getValue(), budget.getValue()));
                Toasts.success("corrigendum.published");
                correctionDialog.close();
                opportunity = opportunities.findOpportunity(o.id()).orElseThrow();
                render();
            } catch (BusinessRuleException refusal) {
                Toasts.error(refusal);
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        correctionDialog.add(new Div(closes, budget, eligibility, criteria, reason));
        correctionDialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> correctionDialog.close()), confirm);
        correctionDialog.setWidth("60rem");
        correctionDialog.open();
    }

    private void act(Supplier<OpportunityDetails> action, String key) {
        try {
            run(action, key);
        } catch (BusinessRuleException refusal) {
            Toasts.error(refusal);
        }
    }

    private void run(Supplier<OpportunityDetails> action, String key) {
        opportunity = action.get();
        Toasts.success(key);
        render();
    }

    @Override
    public String getPageTitle() {
        return opportunity == null ? getTranslation("nav.opportunities") : opportunity.title();
    }
}
