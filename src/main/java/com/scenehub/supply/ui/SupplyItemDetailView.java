package com.scenehub.supply.ui;

import com.scenehub.organisation.OrganisationService;
import com.scenehub.organisation.OrganisationSummary;
import com.scenehub.records.ui.AttachmentsPanel;
import com.scenehub.records.ui.Fields;
import com.scenehub.records.ui.Formats;
import com.scenehub.records.ui.ReasonDialog;
import com.scenehub.records.ui.StatusBadge;
import com.scenehub.records.ui.Timeline;
import com.scenehub.referencedata.ReferenceDataService;
import com.scenehub.referencedata.ReferenceKind;
import com.scenehub.shared.domain.BusinessRuleException;
import com.scenehub.shared.security.AuthenticatedUser;
import com.scenehub.shared.security.CurrentUser;
import com.scenehub.shared.security.Roles;
import com.scenehub.shared.ui.Toasts;
import com.scenehub.supply.SupplyItemStatus;
import com.scenehub.supply.SupplyItemSummary;
import com.scenehub.supply.SupplyService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** One supply item with its review actions, attachments and history. */
@Route("supply-item")
@RolesAllowed({Roles.PROVIDER, Roles.MANAGER, Roles.ADMIN})
public class SupplyItemDetailView extends Div implements HasDynamicTitle, HasUrlParameter<Long> {

    private final transient SupplyService supply;
    private final transient ReferenceDataService referenceData;
    private final transient OrganisationService organisations;
    private final transient AuthenticatedUser authenticatedUser;
    final HorizontalLayout actions = new HorizontalLayout();
    SupplyItemSummary item;
    Button list;
    Button returnButton;
    Button reject;
    Button delist;
    ReasonDialog dialog;

    SupplyItemDetailView(SupplyService supply, ReferenceDataService referenceData, OrganisationService organisations,
            AuthenticatedUser authenticatedUser) {
        this.supply = supply;
        this.referenceData = referenceData;
        this.organisations = organisations;
        this.authenticatedUser = authenticatedUser;
        addClassNames("sh-page", "sh-detail");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        item = supply.findItem(id).orElse(null);
        if (item == null) {
            Toasts.errorKey("error.supply.not-found");
            event.forwardTo(SupplyView.class);
            return;
        }
        render();
    }

    void render() {
        removeAll();
        actions.removeAll();
        CurrentUser user = authenticatedUser.require();
        SupplyItemSummary i = item;
        Div header = new Div(new H2(i.name()), new StatusBadge(getTranslation("supply.status." + i.status().name()),
                StatusBadge.tone(i.status().name())));
        header.addClassName("sh-detail-header");
        add(header, actions);
        Div fields = Fields.grid();
        Fields.add(fields, getTranslation("supply.provider"),
                organisations.findSummary(i.providerOrganisationId()).map(OrganisationSummary::name).orElse(""));
        Fields.add(fields, getTranslation("supply.kind"), getTranslation("supply.kind." + i.kind().name()));
        Fields.add(fields, getTranslation("supply.description"), i.description());
        Fields.add(fields, getTranslation("supply.scene-fields"), i.sceneFields().stream()
                .map(c -> referenceData.label(ReferenceKind.SCENE_FIELD, c, getLocale())).collect(Collectors.joining(getTranslation("common.list-separator"))));
        Fields.add(fields, getTranslation("supply.industry-fields"), i.industryFields().stream()
                .map(c -> referenceData.label(ReferenceKind.INDUSTRY_FIELD, c, getLocale())).collect(Collectors.joining(getTranslation("common.list-separator"))));
        Fields.add(fields, getTranslation("supply.trl"), "TRL " + i.trl());
        Fields.add(fields, getTranslation("supply.price"), Formats.range(i.priceMin(), i.priceMax()));
        Fields.add(fields, getTranslation("supply.reference-cases"), i.referenceCases());
        Fields.add(fields, getTranslation("supply.certifications"), i.certifications());
        Fields.add(fields, getTranslation("supply.review-note"), i.reviewNote());
        add(fields);

        boolean own = user.hasRole(Roles.PROVIDER) && i.providerOrganisationId().equals(user.organisationId());
        if (own && i.status().editable()) {
            Button edit = new Button(getTranslation("common.edit"), e -> UI.getCurrent().navigate(SupplyItemFormView.class, i.id()));
            Button submit = new Button(getTranslation("supply.submit"), e -> act(() -> supply.submit(i.id()), "supply.submitted"));
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(submit, edit);
        }
        if (user.hasRole(Roles.MANAGER) && i.status() == SupplyItemStatus.SUBMITTED) {
            list = new Button(getTranslation("supply.list"), e -> act(() -> supply.list(i.id()), "supply.listed-done"));
            list.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
            returnButton = new Button(getTranslation("supply.return"), e -> reason("supply.return",
                    r -> run(() -> supply.returnForRevision(i.id(), r), "supply.returned-done")));
            reject = new Button(getTranslation("supply.reject"), e -> reason("supply.reject",
                    r -> run(() -> supply.reject(i.id(), r), "supply.rejected-done")));
            reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(list, returnButton, reject);
        }
        if ((user.hasRole(Roles.MANAGER) || own) && i.status() == SupplyItemStatus.LISTED) {
            delist = new Button(getTranslation("supply.delist"), e -> reason("supply.delist",
                    r -> run(() -> supply.delist(i.id(), r), "supply.delisted-done")));
            delist.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(delist);
        }
        add(new H3(getTranslation("attachment.title")));
        add(new AttachmentsPanel(() -> supply.attachments(i.id()), a -> supply.attachmentContent(i.id(), a),
                own && i.status().editable() ? (name, bytes) -> supply.attach(i.id(), name, bytes) : null));
        add(new H3(getTranslation("common.history")));
        add(new Timeline(supply.history(i.id()), s -> getTranslation("supply.status." + s)));
    }

    private void reason(String key, java.util.function.Consumer<String> action) {
        dialog = new ReasonDialog(getTranslation(key), getTranslation(key), true, action);
        dialog.open();
    }

    private void act(Supplier<SupplyItemSummary> action, String key) {
        try {
            run(action, key);
        } catch (BusinessRuleException refusal) {
            Toasts.error(refusal);
        }
    }

    private void run(Supplier<SupplyItemSummary> action, String key) {
        item = action.get();
        Toasts.success(key);
        render();
    }

    @Override
    public String getPageTitle() {
        return item == null ? getTranslation("nav.supply") : item.name();
    }
}
