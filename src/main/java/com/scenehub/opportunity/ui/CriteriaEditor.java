package com.scenehub.opportunity.ui;

import com.scenehub.opportunity.Criterion;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;

/** Rows of criterion name, description and weight, with the running total (must be 100). */
public class CriteriaEditor extends Div {

    record Row(TextField name, TextField description, IntegerField weight, HorizontalLayout layout) {
    }

    final List<Row> rows = new ArrayList<>();
    final Div rowsBox = new Div();
    final Span total = new Span();
    final Button add;

    public CriteriaEditor() {
        addClassName("sh-criteria");
        add = new Button(getTranslation("opportunity.criterion-add"), VaadinIcon.PLUS.create(), e -> addRow(null));
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        total.addClassName("sh-criteria-total");
        add(rowsBox, new HorizontalLayout(add, total));
        updateTotal();
    }

    public void setValue(List<Criterion> criteria) {
        rows.clear();
        rowsBox.removeAll();
        criteria.forEach(this::addRow);
        updateTotal();
    }

    public List<Criterion> getValue() {
        return rows.stream().filter(r -> !r.name().isEmpty() || r.weight().getValue() != null)
                .map(r -> new Criterion(r.name().getValue(), r.description().getValue(),
                        r.weight().getValue() == null ? 0 : r.weight().getValue()))
                .toList();
    }

    public int sum() {
        return getValue().stream().mapToInt(Criterion::weight).sum();
    }

    void addRow(Criterion c) {
        TextField name = new TextField(getTranslation("opportunity.criterion-name"));
        name.setMaxLength(200);
        TextField description = new TextField(getTranslation("opportunity.criterion-description"));
        description.setMaxLength(1000);
        description.setWidth("24rem");
        IntegerField weight = new IntegerField(getTranslation("opportunity.criterion-weight"));
        weight.setMin(1);
        weight.setMax(100);
        weight.setWidth("8rem");
        if (c != null) {
            name.setValue(c.name());
            description.setValue(c.description() == null ? "" : c.description());
            weight.setValue(c.weight());
        }
        weight.addValueChangeListener(e -> updateTotal());
        HorizontalLayout layout = new HorizontalLayout(name, description, weight);
        Row row = new Row(name, description, weight, layout);
        Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
            rows.remove(row);
            rowsBox.remove(layout);
            updateTotal();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("common.remove"));
        layout.add(remove);
        layout.setAlignItems(FlexComponent.Alignment.BASELINE);
        rows.add(row);
        rowsBox.add(layout);
        updateTotal();
    }

    void updateTotal() {
        int sum = sum();
        total.setText(getTranslation("opportunity.weights-total", sum));
        total.getElement().getThemeList().clear();
        total.getElement().getThemeList().add(sum == 100 ? "badge success" : "badge error");
    }
}
