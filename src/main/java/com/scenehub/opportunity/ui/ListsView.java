package com.scenehub.opportunity.ui;

import com.scenehub.opportunity.OpportunityDetails;
import com.scenehub.opportunity.OpportunityListSummary;
import com.scenehub.opportunity.OpportunityService;
import com.scenehub.opportunity.OpportunityStatus;
import com.scenehub.records.ui.Formats;
import com.scenehub.shared.domain.BusinessRuleException;
import com.scenehub.shared.security.Roles;
import com.scenehub.shared.ui.Toasts;
import com.scenehub.supply.SupplyItemSummary;
import com.scenehub.supply.SupplyService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** Managers compose numbered lists (demand list + supply list) and publish them. */
@Route("lists")
@RolesAllowed(Roles.MANAGER)
@Menu(title = "nav.lists", order = 16, icon = "vaadin:list-ol")
public class ListsView extends Div implements HasDynamicTitle {

    private final transient OpportunityService opportunities;
    private final transient SupplyService supply;
    final Grid<OpportunityListSummary> lists = new Grid<>();
    final IntegerField year = new IntegerField();
    final TextField note = new TextField();
    final Button create;
    final Div detail = new Div();
    ComboBox<OpportunityDetails> opportunityChoice;
    ComboBox<SupplyItemSummary> itemChoice;
    Button publish;
    OpportunityListSummary selected;

    ListsView(OpportunityService opportunities, SupplyService supply) {
        this.opportunities = opportunities;
        this.supply = supply;
        addClassName("sh-page");
        year.setLabel(getTranslation("list.year"));
        year.setValue(opportunities.today().getYear());
        year.setMin(2000);
        year.setMax(2100);
        note.setLabel(getTranslation("list.note"));
        note.setMaxLength(2000);
        create = new Button(getTranslation("list.create"), VaadinIcon.PLUS.create(), e -> {
            try {
                selected = opportunities.createList(year.getValue() == null ? 0 : year.getValue(), note.getValue());
                Toasts.success("list.created", selected.title());
                refresh();
            } catch (BusinessRuleException refusal) {
                Toasts.error(refusal);
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(year, note, create);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);

        lists.addColumn(l -> getTranslation("list.official-title", String.valueOf(l.year()), l.sequence()))
                .setHeader(getTranslation("list.title")).setFlexGrow(3);
        lists.addColumn(l -> l.opportunityIds().size()).setHeader(getTranslation("list.opportunities"));
        lists.addColumn(l -> l.supplyItemIds().size()).setHeader(getTranslation("list.supply-items"));
        lists.addColumn(l -> l.published() ? Formats.time(l.publishedAt()) : getTranslation("list.unpublished"))
                .setHeader(getTranslation("list.published-at"));
        lists.setAllRowsVisible(true);
        lists.addSelectionListener(e -> {
            selected = e.getFirstSelectedItem().orElse(null);
            renderDetail();
        });
        add(form, lists, detail);
        refresh();
    }

    void refresh() {
        List<OpportunityListSummary> all = opportunities.lists();
        lists.setItems(all);
        if (selected != null) {
            selected = all.stream().filter(l -> l.id().equals(selected.id())).findFirst().orElse(null);
            if (selected != null) {
                lists.select(selected);
            }
        }
        renderDetail();
    }

    void renderDetail() {
        detail.removeAll();
        if (selected == null) {
            detail.add(new Paragraph(getTranslation("list.select-hint")));
            return;
        }
        OpportunityListSummary l = selected;
        H3 heading = new H3(l.title());
        heading.addClassName("sh-section-heading");
        detail.add(heading);
        List<OpportunityDetails> members = opportunities.opportunitiesOf(l.id());
        Grid<OpportunityDetails> demand = new Grid<>();
        demand.addColumn(OpportunityDetails::title).setHeader(getTranslation("list.demand")).setFlexGrow(3);
        demand.addColumn(o -> Formats.money(o.budget())).setHeader(getTranslation("opportunity.budget"));
        demand.addColumn(o -> getTranslation("opportunity.status." + o.status().name())).setHeader(getTranslation("common.status"));
        if (!l.published()) {
            demand.addComponentColumn(o -> small(getTranslation("common.remove"),
                    () -> opportunities.removeOpportunity(l.id(), o.id())));
        }
        demand.setItems(members);
        demand.setAllRowsVisible(true);

        List<SupplyItemSummary> items = opportunities.supplyItemsOf(l.id());
        Grid<SupplyItemSummary> supplyGrid = new Grid<>();
        supplyGrid.addColumn(SupplyItemSummary::name).setHeader(getTranslation("list.supply")).setFlexGrow(3);
        supplyGrid.addColumn(i -> "TRL " + i.trl()).setHeader(getTranslation("supply.trl"));
        supplyGrid.addColumn(i -> getTranslation("supply.status." + i.status().name())).setHeader(getTranslation("common.status"));
        if (!l.published()) {
            supplyGrid.addComponentColumn(i -> small(getTranslation("common.remove"),
                    () -> opportunities.removeSupplyItem(l.id(), i.id())));
        }
        supplyGrid.setItems(items);
        supplyGrid.setAllRowsVisible(true);

        if (!l.published()) {
            opportunityChoice = new ComboBox<>(getTranslation("list.add-opportunity"));
            opportunityChoice.setItems(opportunities.all().stream()
                    .filter(o -> o.status() == OpportunityStatus.READY && o.listId() == null).toList());
            opportunityChoice.setItemLabelGenerator(OpportunityDetails::title);
            opportunityChoice.setWidth("28rem");
            Button addOpportunity = new Button(getTranslation("common.add"), e -> {
                if (opportunityChoice.getValue() != null) {
                    change(() -> opportunities.addOpportunity(l.id(), opportunityChoice.getValue().id()));
                }
            });
            itemChoice = new ComboBox<>(getTranslation("list.add-supply-item"));
            itemChoice.setItems(supply.listedItems().stream().filter(i -> !l.supplyItemIds().contains(i.id())).toList());
            itemChoice.setItemLabelGenerator(SupplyItemSummary::name);
            itemChoice.setWidth("28rem");
            Button addItem = new Button(getTranslation("common.add"), e -> {
                if (itemChoice.getValue() != null) {
                    change(() -> opportunities.addSupplyItem(l.id(), itemChoice.getValue().id()));
                }
            });
            HorizontalLayout addRow1 = new HorizontalLayout(opportunityChoice, addOpportunity);
            addRow1.setAlignItems(FlexComponent.Alignment.BASELINE);
            HorizontalLayout addRow2 = new HorizontalLayout(itemChoice, addItem);
            addRow2.setAlignItems(FlexComponent.Alignment.BASELINE);
            publish = new Button(getTranslation("list.publish"), VaadinIcon.GLOBE.create(), e -> confirmPublish(l));
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            detail.add(demand, addRow1, supplyGrid, addRow2, new Paragraph(getTranslation("list.publish-hint")), publish);
        } else {
            detail.add(demand, supplyGrid);
        }
    }

    private Button small(String text, Runnable action) {
        Button b = new Button(text, e -> change(() -> {
            action.run();
            return null;
        }));
        b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return b;
    }

    private void change(java.util.function.Supplier<?> action) {
        try {
            action.get();
            refresh();
        } catch (BusinessRuleException refusal) {
            Toasts.error(refusal);
        }
    }

    private void confirmPublish(OpportunityListSummary l) {
        com.vaadin.flow.component.dialog.Dialog confirm = new com.vaadin.flow.component.dialog.Dialog();
        confirm.setHeaderTitle(getTranslation("list.publish"));
        confirm.add(new Paragraph(getTranslation("list.publish-confirm", l.title())));
        Button yes = new Button(getTranslation("list.publish"), e -> {
            confirm.close();
            publishNow(l);
        });
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.getFooter().add(new Button(getTranslation("common.cancel"), e -> confirm.close()), yes);
        confirm.open();
    }

    void publishNow(OpportunityListSummary l) {
        try {
            selected = opportunities.publishList(l.id());
            Toasts.success("list.published-done", l.title());
            refresh();
        } catch (BusinessRuleException refusal) {
            Toasts.error(refusal);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.lists");
    }
}
