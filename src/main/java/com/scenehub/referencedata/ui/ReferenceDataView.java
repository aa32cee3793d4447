package com.scenehub.referencedata.ui;

import com.scenehub.referencedata.ReferenceDataService;
import com.scenehub.referencedata.ReferenceEntry;
import com.scenehub.referencedata.ReferenceKind;
import com.scenehub.shared.domain.BusinessRuleException;
import com.scenehub.shared.security.Roles;
import com.scenehub.shared.ui.Toasts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** ADMIN and MANAGER edit the reference lists: names in both languages, order, active or not. */
@Route("reference-data")
@RolesAllowed({Roles.ADMIN, Roles.MANAGER})
@Menu(title = "nav.reference-data", order = 95, icon = "vaadin:list")
public class ReferenceDataView extends Div implements HasDynamicTitle {

    final Select<ReferenceKind> kind = new Select<>();
    final Grid<ReferenceEntry> grid = new Grid<>();
    private final transient ReferenceDataService referenceData;

    ReferenceDataView(ReferenceDataService referenceData) {
        this.referenceData = referenceData;
        addClassName("sh-page");
        kind.setLabel(getTranslation("reference.kind"));
        kind.setItems(ReferenceKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("reference.kind." + k.name()));
        kind.setValue(ReferenceKind.INDUSTRY_CHAIN);
        kind.addValueChangeListener(e -> refresh());
        Button add = new Button(getTranslation("reference.add"), e -> openEditor(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout toolbar = new HorizontalLayout(kind, add);
        toolbar.setAlignItems(HorizontalLayout.Alignment.BASELINE);

        grid.addColumn(ReferenceEntry::code).setHeader(getTranslation("reference.code")).setAutoWidth(true);
        grid.addColumn(ReferenceEntry::nameZh).setHeader(getTranslation("reference.name-zh"));
        grid.addColumn(ReferenceEntry::nameEn).setHeader(getTranslation("reference.name-en"));
        grid.addColumn(e -> e.parentCode() == null ? "" : referenceData.label(ReferenceKind.INDUSTRY_CHAIN,
                e.parentCode(), getLocale())).setHeader(getTranslation("reference.parent"));
        grid.addColumn(ReferenceEntry::sortOrder).setHeader(getTranslation("reference.sort-order"));
        grid.addColumn(e -> getTranslation(e.active() ? "common.yes" : "common.no")).setHeader(getTranslation("reference.active"));
        grid.addItemDoubleClickListener(e -> openEditor(e.getItem()));
        grid.addComponentColumn(e -> new Button(getTranslation("common.edit"), c -> openEditor(e)))
                .setHeader(getTranslation("common.actions"));
        add(toolbar, grid);
        refresh();
    }

    private void openEditor(ReferenceEntry entry) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(entry == null ? "reference.add" : "common.edit"));
        TextField code = new TextField(getTranslation("reference.code"));
        code.setHelperText(getTranslation("reference.code.help"));
        TextField nameZh = new TextField(getTranslation("reference.name-zh"));
        nameZh.setMaxLength(100);
        TextField nameEn = new TextField(getTranslation("reference.name-en"));
        nameEn.setMaxLength(100);
        IntegerField order = new IntegerField(getTranslation("reference.sort-order"));
        ComboBox<String> parent = new ComboBox<>(getTranslation("reference.parent"));
        parent.setItems(referenceData.active(ReferenceKind.INDUSTRY_CHAIN).stream().map(ReferenceEntry::code).toList());
        parent.setItemLabelGenerator(c -> referenceData.label(ReferenceKind.INDUSTRY_CHAIN, c, getLocale()));
        parent.setVisible(kind.getValue() == ReferenceKind.INDUSTRY_FIELD && entry == null);
        Checkbox active = new Checkbox(getTranslation("reference.active"));
        if (entry != null) {
            code.setValue(entry.code());
            code.setReadOnly(true);
            nameZh.setValue(entry.nameZh());
            nameEn.setValue(entry.nameEn());
            order.setValue(entry.sortOrder());
            active.setValue(entry.active());
        } else {
            order.setValue(100);
            active.setValue(true);
            active.setVisible(false);
        }
        FormLayout form = new FormLayout(code, parent, nameZh, nameEn, order, active);
        Button save = new Button(getTranslation("common.save"), e -> {
            try {
                int sort = order.getValue() == null ? 0 : order.getValue();
                if (entry == null) {
                    referenceData.add(kind.getValue(), code.getValue(), parent.getValue(), nameZh.getValue(),
                            nameEn.getValue(), sort);
                } else {
                    referenceData.update(entry.id(), nameZh.getValue(), nameEn.getValue(), sort, active.getValue());
                }
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
        grid.setItems(referenceData.entries(kind.getValue()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.reference-data");
    }
}
