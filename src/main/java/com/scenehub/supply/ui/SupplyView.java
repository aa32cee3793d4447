package com.scenehub.supply.ui;

import com.scenehub.records.ui.Choices;
import com.scenehub.records.ui.Formats;
import com.scenehub.records.ui.StatusBadge;
import com.scenehub.referencedata.ReferenceDataService;
import com.scenehub.referencedata.ReferenceKind;
import com.scenehub.shared.domain.BusinessRuleException;
import com.scenehub.shared.security.AuthenticatedUser;
import com.scenehub.shared.security.CurrentUser;
import com.scenehub.shared.security.Roles;
import com.scenehub.shared.ui.Toasts;
import com.scenehub.supply.SolutionCallSummary;
import com.scenehub.supply.SupplyItemSummary;
import com.scenehub.supply.SupplyService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** Supply items per role (my items, to review, all) and the calls for solutions. */
@Route("supply")
@RolesAllowed({Roles.PROVIDER, Roles.MANAGER})
@Menu(title = "nav.supply", order = 12, icon = "vaadin:package")
public class SupplyView extends Div implements HasDynamicTitle {

    final Grid<SupplyItemSummary> grid = new Grid<>();
    final Grid<SolutionCallSummary> calls = new Grid<>();
    final Tabs tabs = new Tabs();
    final Map<Tab, Supplier<List<SupplyItemSummary>>> sources = new LinkedHashMap<>();
    private final transient SupplyService supply;
    private final transient ReferenceDataService referenceData;
    Button create;
    Button openCall;
    CallDialog callDialog;
    private final transient Clock clock;

    SupplyView(SupplyService supply, ReferenceDataService referenceData, AuthenticatedUser authenticatedUser, Clock clock) {
        this.supply = supply;
        this.clock = clock;
        this.referenceData = referenceData;
        addClassName("sh-page");
        CurrentUser user = authenticatedUser.require();
        Div bar = new Div(tabs);
        bar.addClassName("sh-toolbar");
        if (user.hasRole(Roles.PROVIDER)) {
            sources.put(new Tab(getTranslation("supply.mine")), supply::mine);
            create = new Button(getTranslation("supply.new"), VaadinIcon.PLUS.create(),
                    e -> UI.getCurrent().navigate(SupplyItemFormView.class));
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            bar.add(create);
        }
        if (user.hasRole(Roles.MANAGER)) {
            sources.put(new Tab(getTranslation("supply.to-review")), supply::toReview);
            sources.put(new Tab(getTranslation("supply.all")), supply::all);
            openCall = new Button(getTranslation("call.open"), VaadinIcon.MEGAPHONE.create(), e -> openCallDialog());
            bar.add(openCall);
        }
        sources.keySet().forEach(tabs::add);
        tabs.addSelectedChangeListener(e -> refresh());

        grid.addColumn(SupplyItemSummary::name).setHeader(getTranslation("supply.name")).setFlexGrow(3);
        grid.addColumn(i -> getTranslation("supply.kind." + i.kind().name())).setHeader(getTranslation("supply.kind"));
        grid.addColumn(i -> i.sceneFields().stream()
                .map(c -> referenceData.label(ReferenceKind.SCENE_FIELD, c, getLocale())).collect(Collectors.joining(getTranslation("common.list-separator"))))
                .setHeader(getTranslation("supply.scene-fields"));
        grid.addColumn(i -> "TRL " + i.trl()).setHeader(getTranslation("supply.trl"));
        grid.addColumn(i -> Formats.range(i.priceMin(), i.priceMax())).setHeader(getTranslation("supply.price"));
        grid.addComponentColumn(i -> new StatusBadge(getTranslation("supply.status." + i.status().name()),
                StatusBadge.tone(i.status().name()))).setHeader(getTranslation("common.status"));
        grid.setEmptyStateText(getTranslation("common.empty"));
        grid.addItemClickListener(e -> UI.getCurrent().navigate(SupplyItemDetailView.class, e.getItem().id()));
        grid.addClassName("sh-clickable");

        calls.addColumn(SolutionCallSummary::theme).setHeader(getTranslation("call.theme")).setFlexGrow(3);
        calls.addColumn(c -> c.sceneFields().stream()
                .map(x -> referenceData.label(ReferenceKind.SCENE_FIELD, x, getLocale())).collect(Collectors.joining(getTranslation("common.list-separator"))))
                .setHeader(getTranslation("call.fields"));
        calls.addColumn(c -> Formats.date(c.deadline())).setHeader(getTranslation("call.deadline"));
        calls.addColumn(c -> getTranslation(c.closed() ? "call.closed" : "call.open-state")).setHeader(getTranslation("common.status"));
        if (user.hasRole(Roles.MANAGER)) {
            calls.addComponentColumn(c -> {
                Button close = new Button(getTranslation("call.close"), e -> {
                    try {
                        supply.closeCall(c.id());
                        refresh();
                    } catch (BusinessRuleException refusal) {
                        Toasts.error(refusal);
                    }
                });
                close.addThemeVariants(ButtonVariant.LUMO_SMALL);
                close.setEnabled(!c.closed());
                return close;
            });
        }
        calls.setAllRowsVisible(true);
        add(bar, grid, new H3(getTranslation("call.title")), calls);
        refresh();
    }

    void refresh() {
        Supplier<List<SupplyItemSummary>> source = sources.get(tabs.getSelectedTab());
        grid.setItems(source == null ? List.of() : source.get());
        calls.setItems(supply.calls());
    }

    private void openCallDialog() {
        callDialog = new CallDialog(supply, referenceData, LocalDate.now(clock), this::refresh);
        callDialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.supply");
    }
}
