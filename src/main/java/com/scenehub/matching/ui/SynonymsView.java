package com.scenehub.matching.ui;

import com.scenehub.matching.SynonymGroup;
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
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Managers edit the synonym list; an edit applies to the next search or match, without re-indexing. */
@Route("matching/synonyms")
@RolesAllowed({Roles.MANAGER, Roles.ADMIN})
@Menu(title = "nav.matching-synonyms", order = 96, icon = "vaadin:book")
public class SynonymsView extends Div implements HasDynamicTitle {

    final Grid<SynonymGroup> grid = new Grid<>();
    final Button add;
    private final transient SynonymService synonyms;

    SynonymsView(SynonymService synonyms) {
        this.synonyms = synonyms;
        addClassName("sh-page");
        add(new Paragraph(getTranslation("matching.synonyms.intro")));
        add = new Button(getTranslation("matching.synonyms.add"), e -> openEditor(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.addColumn(g -> String.join(" | ", g.terms())).setHeader(getTranslation("matching.synonyms.terms"))
                .setFlexGrow(3);
        grid.addColumn(g -> g.note() == null ? "" : g.note()).setHeader(getTranslation("matching.synonyms.note"));
        grid.addColumn(g -> getTranslation(g.active() ? "common.yes" : "common.no"))
                .setHeader(getTranslation("matching.synonyms.active")).setAutoWidth(true);
        grid.addComponentColumn(g -> new Button(getTranslation("common.edit"), c -> openEditor(g)))
                .setHeader(getTranslation("common.actions")).setAutoWidth(true);
        add(add, grid);
        refresh();
    }

    void openEditor(SynonymGroup group) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(group == null ? "matching.synonyms.add" : "common.edit"));
        TextArea terms = new TextArea(getTranslation("matching.synonyms.terms"));
        terms.setHelperText(getTranslation("matching.synonyms.terms.help"));
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
                    synonyms.add(terms.getValue(), note.getValue());
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
        dialog.add(new FormLayout(terms, note, active));
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.setWidth("40rem");
        dialog.open();
    }

    void refresh() {
        grid.setItems(synonyms.all());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.matching-synonyms");
    }
}
