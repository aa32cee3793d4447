package com.scenehub.portal.ui;

import com.scenehub.opportunity.OpportunityDetails;
import com.scenehub.opportunity.OpportunityListSummary;
import com.scenehub.opportunity.OpportunityService;
import com.scenehub.organisation.OrganisationService;
import com.scenehub.organisation.OrganisationSummary;
import com.scenehub.portal.ListExports;
import com.scenehub.records.ui.Formats;
import com.scenehub.records.ui.StatusBadge;
import com.scenehub.referencedata.ReferenceDataService;
import com.scenehub.referencedata.ReferenceKind;
import com.scenehub.shared.security.AuthenticatedUser;
import com.scenehub.supply.SupplyItemStatus;
import com.scenehub.supply.SupplyItemSummary;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.stream.Collectors;

/** One published list: its demand list and supply list, with the official downloads. */
@Route("portal/list")
@AnonymousAllowed
public class PortalListView extends Div implements HasDynamicTitle, HasUrlParameter<Long> {

    private final transient OpportunityService opportunities;
    private final transient OrganisationService organisations;
    private final transient ReferenceDataService referenceData;
    private final transient ListExports exports;
    private final transient AuthenticatedUser user;
    OpportunityListSummary list;
    final Grid<OpportunityDetails> demand = new Grid<>();
    final Grid<SupplyItemSummary> supply = new Grid<>();

    PortalListView(OpportunityService opportunities, OrganisationService organisations, ReferenceDataService referenceData,
            ListExports exports, AuthenticatedUser user) {
        this.opportunities = opportunities;
        this.organisations = organisations;
        this.referenceData = referenceData;
        this.exports = exports;
        this.user = user;
        addClassNames("sh-page", "sh-portal");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        list = opportunities.findPublishedOrStaffList(id).filter(OpportunityListSummary::published).orElse(null);
        if (list == null) {
            event.forwardTo(PortalView.class);
            return;
        }
        String title = getTranslation("list.official-title", String.valueOf(list.year()), list.sequence());
        add(new H2(title), new Paragraph(getTranslation("export.published-at", Formats.time(list.publishedAt()))));
        List<OpportunityDetails> opps = opportunities.opportunitiesOf(list.id());
        List<SupplyItemSummary> items = opportunities.supplyItemsOf(list.id());
        // downloads run outside the UI thread: keep the page's language for them
        java.util.Locale exportLocale = getLocale();
        Div downloads = new Div(
                Downloads.link(getTranslation("export.pdf"), "opportunity-list-" + list.year() + "-" + list.sequence() + ".pdf",
                        Downloads.PDF, () -> exports.listPdf(list.id(), exportLocale)),
                Downloads.link(getTranslation("export.excel"), "opportunity-list-" + list.year() + "-" + list.sequence() + ".xlsx",
                        Downloads.XLSX, () -> exports.excel("demand", exports.opportunityHeaders(exportLocale),
                                exports.opportunityRows(opps, exportLocale))),
                Downloads.link(getTranslation("export.csv"), "opportunity-list-" + list.year() + "-" + list.sequence() + ".csv",
                        Downloads.CSV, () -> exports.csv(exports.opportunityHeaders(exportLocale), exports.opportunityRows(opps, exportLocale))),
                Downloads.link(getTranslation("export.supply-excel"), "supply-list-" + list.year() + "-" + list.sequence() + ".xlsx",
                        Downloads.XLSX, () -> exports.excel("supply", exports.supplyHeaders(exportLocale),
                                exports.supplyRows(items, exportLocale))));
        downloads.addClassName("sh-downloads");
        add(downloads, RegisterInvite.create(user));

        add(heading("export.demand-list"));
        demand.addColumn(OpportunityDetails::title).setHeader(getTranslation("opportunity.title")).setFlexGrow(3);
        demand.addColumn(o -> o.demandOrganisationIds().stream().map(organisations::findSummary).flatMap(java.util.Optional::stream)
                .map(OrganisationSummary::name).collect(Collectors.joining(getTranslation("common.list-separator")))).setHeader(getTranslation("opportunity.demand")).setFlexGrow(2);
        demand.addColumn(o -> referenceData.label(ReferenceKind.SCENE_FIELD, o.sceneField(), getLocale()))
                .setHeader(getTranslation("opportunity.scene-field"));
        demand.addColumn(o -> Formats.money(o.budget())).setHeader(getTranslation("opportunity.budget"));
        demand.addColumn(o -> getTranslation("opportunity.mode." + o.selectionMode().name())).setHeader(getTranslation("opportunity.mode"));
        demand.addColumn(o -> Formats.time(o.windowCloses())).setHeader(getTranslation("opportunity.window-closes")).setAutoWidth(true);
        demand.addComponentColumn(o -> new StatusBadge(getTranslation("opportunity.status." + o.status().name()),
                StatusBadge.tone(o.status().name()))).setHeader(getTranslation("common.status"));
        demand.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        demand.setItems(opps);
        demand.setAllRowsVisible(true);
        demand.addItemClickListener(e -> UI.getCurrent().navigate(PortalOpportunityView.class, e.getItem().id()));
        demand.addClassName("sh-clickable");
        add(demand);

        add(heading("export.supply-list"));
        supply.addColumn(SupplyItemSummary::name).setHeader(getTranslation("supply.name")).setFlexGrow(3);
        supply.addColumn(i -> organisations.findSummary(i.providerOrganisationId()).map(OrganisationSummary::name).orElse(""))
                .setHeader(getTranslation("supply.provider")).setFlexGrow(2);
        supply.addColumn(i -> i.sceneFields().stream().map(c -> referenceData.label(ReferenceKind.SCENE_FIELD, c, getLocale()))
                .collect(Collectors.joining(getTranslation("common.list-separator")))).setHeader(getTranslation("supply.scene-fields"));
        supply.addColumn(i -> "TRL " + i.trl()).setHeader(getTranslation("export.trl")).setAutoWidth(true).setFlexGrow(0);
        supply.addColumn(i -> Formats.range(i.priceMin(), i.priceMax())).setHeader(getTranslation("supply.price"));
        supply.addColumn(i -> i.status() == SupplyItemStatus.DELISTED
                ? getTranslation("supply.status.DELISTED") + "：" + i.reviewNote() : getTranslation("supply.status.LISTED"))
                .setHeader(getTranslation("common.status")).setFlexGrow(2);
        supply.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        supply.setItems(items);
        supply.setAllRowsVisible(true);
        supply.setEmptyStateText(getTranslation("common.empty"));
        add(supply);
    }

    private H3 heading(String key) {
        H3 heading = new H3(getTranslation(key));
        heading.addClassName("sh-section-heading");
        return heading;
    }

    @Override
    public String getPageTitle() {
        return list == null ? getTranslation("nav.portal")
                : getTranslation("list.official-title", String.valueOf(list.year()), list.sequence());
    }
}
