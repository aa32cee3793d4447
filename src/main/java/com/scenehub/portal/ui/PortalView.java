package com.scenehub.portal.ui;

import com.scenehub.opportunity.OpportunityDetails;
import com.scenehub.opportunity.OpportunityListSummary;
import com.scenehub.opportunity.OpportunityService;
import com.scenehub.portal.ListExports;
import com.scenehub.portal.OpportunityFilter;
import com.scenehub.portal.PortalSearch;
import com.scenehub.records.ui.Choices;
import com.scenehub.records.ui.Inputs;
import com.scenehub.records.ui.Formats;
import com.scenehub.records.ui.StatusBadge;
import com.scenehub.referencedata.ReferenceDataService;
import com.scenehub.referencedata.ReferenceKind;
import com.scenehub.shared.security.AuthenticatedUser;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.math.BigDecimal;
import java.util.List;

/** The public portal: published lists and a search over published opportunities, without login. */
@Route("portal")
@AnonymousAllowed
@Menu(title = "nav.portal", order = 2, icon = "vaadin:newspaper")
public class PortalView extends Div implements HasDynamicTitle {

    final TextField text = new TextField();
    final ComboBox<String> sceneField = new ComboBox<>();
    final ComboBox<String> industryChain = new ComboBox<>();
    final ComboBox<String> zoneArea = new ComboBox<>();
    final BigDecimalField budgetMin = Inputs.money("portal.budget-from");
    final BigDecimalField budgetMax = Inputs.money("portal.budget-to");
    final RadioButtonGroup<String> state = new RadioButtonGroup<>();
    final Grid<OpportunityDetails> results = new Grid<>();
    final Span count = new Span();
    private final transient PortalSearch search;
    List<OpportunityDetails> current = List.of();

    PortalView(PortalSearch search, OpportunityService opportunities, ReferenceDataService referenceData,
            ListExports exports, AuthenticatedUser user) {
        this.search = search;
        addClassNames("sh-page", "sh-portal");
        Div hero = new Div(new H2(getTranslation("portal.title")), new Paragraph(getTranslation("portal.intro")),
                RegisterInvite.create(user));
        hero.addClassName("sh-portal-hero");
        add(hero);

        add(heading("portal.lists"));
        Div cards = new Div();
        cards.addClassName("sh-list-cards");
        for (OpportunityListSummary l : opportunities.publishedLists()) {
            RouterLink card = new RouterLink(PortalListView.class, l.id());
            card.addClassName("sh-list-card");
            card.add(new Span(getTranslation("list.official-title", String.valueOf(l.year()), l.sequence())));
            Span meta = new Span(getTranslation("portal.list-meta", l.opportunityIds().size(), l.supplyItemIds().size(),
                    Formats.time(l.publishedAt())));
            meta.addClassName("sh-muted");
            card.add(meta);
            cards.add(card);
        }
        if (cards.getComponentCount() == 0) {
            cards.add(new Paragraph(getTranslation("portal.no-lists")));
        }
        RouterLink supplyLink = new RouterLink(getTranslation("portal.supply-list"), PortalSupplyView.class);
        supplyLink.addClassName("sh-link");
        add(cards, supplyLink);

        add(heading("portal.search"));
        text.setLabel(getTranslation("portal.keyword"));
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        sceneField.setLabel(getTranslation("opportunity.scene-field"));
        Choices.codes(sceneField, referenceData.active(ReferenceKind.SCENE_FIELD));
        industryChain.setLabel(getTranslation("portal.industry-chain"));
        Choices.codes(industryChain, referenceData.active(ReferenceKind.INDUSTRY_CHAIN));
        zoneArea.setLabel(getTranslation("opportunity.zone-area"));
        Choices.codes(zoneArea, referenceData.active(ReferenceKind.ZONE_AREA));
        budgetMin.setHelperText(null);
        budgetMax.setHelperText(null);
        budgetMin.setValueChangeMode(ValueChangeMode.LAZY);
        budgetMax.setValueChangeMode(ValueChangeMode.LAZY);
        budgetMin.addClassName("sh-filter-money");
        budgetMax.addClassName("sh-filter-money");
        state.setLabel(getTranslation("portal.state"));
        state.setItems("ANY", "OPEN", "CLOSED");
        state.setItemLabelGenerator(s -> getTranslation("ANY".equals(s) ? "portal.state.any" : "portal.state." + s));
        state.setValue("ANY");
        state.addClassName("sh-state-filter");
        Div filters = new Div(text, sceneField, industryChain, zoneArea, budgetMin, budgetMax, state);
        filters.addClassName("sh-filters");
        text.addValueChangeListener(e -> refresh());
        List.of(budgetMin, budgetMax).forEach(f -> f.addValueChangeListener(e -> refresh()));
        List.of(sceneField, industryChain, zoneArea).forEach(f -> f.addValueChangeListener(e -> refresh()));
        state.addValueChangeListener(e -> refresh());

        results.addColumn(OpportunityDetails::title).setHeader(getTranslation("opportunity.title")).setFlexGrow(3);
        results.addColumn(o -> referenceData.label(ReferenceKind.SCENE_FIELD, o.sceneField(), getLocale()))
                .setHeader(getTranslation("opportunity.scene-field"));
        results.addColumn(o -> referenceData.label(ReferenceKind.ZONE_AREA, o.zoneArea(), getLocale()))
                .setHeader(getTranslation("opportunity.zone-area"));
        results.addColumn(o -> Formats.money(o.budget())).setHeader(getTranslation("opportunity.budget"));
        results.addColumn(o -> Formats.time(o.windowCloses())).setHeader(getTranslation("opportunity.window-closes"));
        results.addComponentColumn(o -> new StatusBadge(getTranslation("opportunity.status." + o.status().name()),
                StatusBadge.tone(o.status().name()))).setHeader(getTranslation("common.status")).setAutoWidth(true).setFlexGrow(0);
        results.setEmptyStateText(getTranslation("portal.no-results"));
        results.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        results.addItemClickListener(e -> UI.getCurrent().navigate(PortalOpportunityView.class, e.getItem().id()));
        results.addClassName("sh-clickable");
        // downloads run outside the UI thread: keep the page's language for them
        java.util.Locale exportLocale = getLocale();
        Div downloads = new Div(count,
                Downloads.link(getTranslation("export.excel"), "scene-opportunities.xlsx", Downloads.XLSX,
                        () -> exports.excel("opportunities", exports.opportunityHeaders(exportLocale),
                                exports.opportunityRows(current, exportLocale))),
                Downloads.link(getTranslation("export.csv"), "scene-opportunities.csv", Downloads.CSV,
                        () -> exports.csv(exports.opportunityHeaders(exportLocale), exports.opportunityRows(current, exportLocale))));
        downloads.addClassName("sh-downloads");
        Button reset = new Button(getTranslation("portal.reset"), e -> reset());
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(filters, reset, downloads, results);
        refresh();
    }

    void reset() {
        text.clear();
        sceneField.clear();
        industryChain.clear();
        zoneArea.clear();
        budgetMin.clear();
        budgetMax.clear();
        state.setValue("ANY");
        refresh();
    }

    OpportunityFilter filter() {
        return new OpportunityFilter(text.getValue(), sceneField.getValue(), industryChain.getValue(), zoneArea.getValue(),
                money(budgetMin), money(budgetMax), state.getValue() == null || "ANY".equals(state.getValue()) ? null : state.getValue());
    }

    /** The amount of a budget filter, or null (and the field marked) when it is not a valid amount. */
    private BigDecimal money(BigDecimalField field) {
        var check = Inputs.yuan().apply(field.getValue(), new ValueContext(field));
        if (check.isError()) {
            field.setInvalid(true);
            field.setErrorMessage(check.getErrorMessage());
            throw new IllegalStateException("bad amount");
        }
        field.setInvalid(false);
        return field.getValue();
    }

    void refresh() {
        try {
            current = search.opportunities(filter());
        } catch (IllegalStateException badNumber) {
            return;
        }
        results.setItems(current);
        count.setText(getTranslation("portal.count", current.size()));
    }

    private H3 heading(String key) {
        H3 heading = new H3(getTranslation(key));
        heading.addClassName("sh-section-heading");
        return heading;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.portal");
    }
}
