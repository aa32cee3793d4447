package com.scenehub.portal.ui;

import com.scenehub.organisation.OrganisationService;
import com.scenehub.organisation.OrganisationSummary;
import com.scenehub.portal.ListExports;
import com.scenehub.portal.PortalSearch;
import com.scenehub.records.ui.Choices;
import com.scenehub.records.ui.Formats;
import com.scenehub.referencedata.ReferenceDataService;
import com.scenehub.referencedata.ReferenceKind;
import com.scenehub.shared.security.AuthenticatedUser;
import com.scenehub.supply.SupplyItemSummary;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.stream.Collectors;

/** The public supply list: every listed product, solution and capability, with filters and downloads. */
@Route("portal/supply")
@AnonymousAllowed
public class PortalSupplyView extends Div implements HasDynamicTitle {

    final TextField text = new TextField();
    final ComboBox<String> sceneField = new ComboBox<>();
    final ComboBox<String> industryChain = new ComboBox<>();
    final Grid<SupplyItemSummary> grid = new Grid<>();
    final Span count = new Span();
    private final transient PortalSearch search;
    List<SupplyItemSummary> current = List.of();

    PortalSupplyView(PortalSearch search, ReferenceDataService referenceData, OrganisationService organisations,
            ListExports exports, AuthenticatedUser user) {
        this.search = search;
        addClassNames("sh-page", "sh-portal");
        text.setLabel(getTranslation("portal.keyword"));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        sceneField.setLabel(getTranslation("supply.scene-fields"));
        Choices.codes(sceneField, referenceData.active(ReferenceKind.SCENE_FIELD));
        industryChain.setLabel(getTranslation("portal.industry-chain"));
        Choices.codes(industryChain, referenceData.active(ReferenceKind.INDUSTRY_CHAIN));
        text.addValueChangeListener(e -> refresh());
        sceneField.addValueChangeListener(e -> refresh());
        industryChain.addValueChangeListener(e -> refresh());
        Div filters = new Div(text, sceneField, industryChain);
        filters.addClassName("sh-filters");

        grid.addColumn(SupplyItemSummary::name).setHeader(getTranslation("supply.name")).setFlexGrow(3);
        grid.addColumn(i -> organisations.findSummary(i.providerOrganisationId()).map(OrganisationSummary::name).orElse(""))
                .setHeader(getTranslation("supply.provider")).setFlexGrow(2);
        grid.addColumn(i -> getTranslation("supply.kind." + i.kind().name())).setHeader(getTranslation("supply.kind"));
        grid.addColumn(i -> i.sceneFields().stream().map(c -> referenceData.label(ReferenceKind.SCENE_FIELD, c, getLocale()))
                .collect(Collectors.joining(getTranslation("common.list-separator")))).setHeader(getTranslation("supply.scene-fields"));
        grid.addColumn(i -> "TRL " + i.trl()).setHeader(getTranslation("supply.trl"));
        grid.addColumn(i -> Formats.range(i.priceMin(), i.priceMax())).setHeader(getTranslation("supply.price"));
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(i -> {
            Div d = new Div();
            d.addClassName("sh-item-details");
            d.add(new Div(i.description()));
            if (i.referenceCases() != null) {
                d.add(new Div(getTranslation("supply.reference-cases") + "：" + i.referenceCases()));
            }
            if (i.certifications() != null) {
                d.add(new Div(getTranslation("supply.certifications") + "：" + i.certifications()));
            }
            return d;
        }));
        grid.setEmptyStateText(getTranslation("portal.no-results"));
        // downloads run outside the UI thread: keep the page's language for them
        java.util.Locale exportLocale = getLocale();
        Div downloads = new Div(count,
                Downloads.link(getTranslation("export.excel"), "supply-list.xlsx", Downloads.XLSX,
                        () -> exports.excel("supply", exports.supplyHeaders(exportLocale), exports.supplyRows(current, exportLocale))),
                Downloads.link(getTranslation("export.csv"), "supply-list.csv", Downloads.CSV,
                        () -> exports.csv(exports.supplyHeaders(exportLocale), exports.supplyRows(current, exportLocale))));
        downloads.addClassName("sh-downloads");
        add(RegisterInvite.create(user), filters, downloads, grid);
        refresh();
    }

    void refresh() {
        current = search.supplyItems(text.getValue(), sceneField.getValue(), industryChain.getValue());
        grid.setItems(current);
        count.setText(getTranslation("portal.count", current.size()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portal.supply-list");
    }
}
