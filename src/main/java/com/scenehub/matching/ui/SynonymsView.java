package com.scenehub.matching.ui;

import com.scenehub.matching.SynonymGroup;
import com.scenehub.matching.SynonymKind;
import com.scenehub.matching.SynonymService;
import com.scenehub.shared.domain.BusinessRuleException;
import com.scenehub.shared.security.Roles;
import com.scenehub.shared.ui.Toasts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * Managers edit the synonym list and the Chinese–English word list; an edit applies to the next
 * search or match, without re-indexing.
 */
@Route("matching/synonyms")
@RolesAllowed({Roles.MANAGER, Roles.ADMIN})
@Menu(title = "nav.matching-synonyms", order = 96, icon = "vaadin:book")
public class SynonymsView extends Div implements HasDynamicTitle {

    final Grid<SynonymGroup> grid = new Grid<>();
    final Select<SynonymKind> shown = new Select<>();
    final Button add;
    private final transient SynonymService synonyms;

    SynonymsView(SynonymService synonyms) {
        this.synonyms = synonyms;
        addClassName("sh-page");
        add(new Paragraph(getTranslation("matching.synonyms.intro")));
        add = new Button(getTranslation("matching.synonyms.add"), e -> openEditor(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        shown.setLabel(getTranslation("matching.synonyms.show"));
        shown.setItems(SynonymKind.values());
        // the empty selection shows everything; Select labels it with the generator too
        shown.setItemLabelGenerator(kind -> getTranslation(kind == null ? "matching.synonyms.all"
                : "matching.synonym-kind." + kind));
        shown.setEmptySelectionAllowed(true);
        shown.addClassName("sh-filter-wide");
        shown.setEmptySelectionCaption(getTranslation("matching.synonyms.all"));
        shown.addValueChangeListener(e -> refresh());
        grid.addColumn(g -> getTranslation("matching.synonym-kind." + g.kind()))
                .setHeader(getTranslation("matching.synonyms.kind")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(g -> String.join(" | ", g.terms())).setHeader(getTranslation("matching.synonyms.terms"))
                .setFlexGrow(3);
        grid.addColumn(g -> g.note() == null ? "" : g.note()).setHeader(getTranslation("matching.synonyms.note"));
        grid.addColumn(g -> getTranslation(g.active() ? "common.yes" : "common.no"))
                .setHeader(getTranslation("matching.synonyms.active")).setAutoWidth(true);
        grid.addComponentColumn(g -> new Button(getTranslation("common.edit"), c -> openEditor(g)))
                .setHeader(getTranslation("common.actions")).setAutoWidth(true);
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addClassName("sh-viewport-grid");
        Div actions = new Div(shown, add);
        actions.addClassName("sh-filters");
        add(actions, grid);
        refresh();
    }

    void openEditor(SynonymGroup group) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(group == null ? "matching.synonyms.add" : "common.edit"));
        RadioButtonGroup<SynonymKind> kind = new RadioButtonGroup<>(getTranslation("matching.synonyms.kind"));
        kind.setItems(SynonymKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("matching.synonym-kind." + k));
        kind.setValue(group != null ? group.kind() : shown.getValue() != null ? shown.getValue() : SynonymKind.SYNONYM);
        kind.setEnabled(group == null);
        TextArea terms = new TextArea(getTranslation("matching.synonyms.terms"));
        terms.setHelperText(getTranslation("matching.synonyms.terms.help." + kind.getValue()));
        kind.addValueChangeListener(e -> terms.setHelperText(getTranslation("matching.synonyms.terms.help." + e.getValue())));
        terms.setWidthFull();
        TextField note = new TextField(getTranslation("matching.synonyms.note"));
        note.setMaxLength(200);
        Checkbox active = new Checkbox(getTranslation("matching.synonyms.active"), true);
        if (group != null) {
            terms.setValue(String.join(" | ", group.terms()));
            note.setValue(group.note() == null ? "" : group.note());
            active.setValue(group.active());
        } else {
            active.setVisible(false);
        }
        Button save = new Button(getTranslation("common.save"), e -> {
            try {
                if (group == null) {
                    synonyms.add(kind.getValue(), terms.getValue(), note.getValue());
                } else {
                    synonyms.update(group.id(), terms.getValue(), note.getValue(), active.getValue());
                }
                Toasts.success("matching.synonyms.saved");
                dialog.close();
                refresh();
            } catch (BusinessRuleException refusal) {
                terms.setInvalid(true);
                terms.setErrorMessage(Toasts.message(refusal));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new FormLayout(kind, terms, note, active));
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.setWidth("40rem");
        dialog.open();
    }

    void refresh() {
        grid.setItems(synonyms.all().stream().filter(g -> shown.getValue() == null || g.kind() == shown.getValue())
                .toList());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.matching-synonyms");
    }
}
