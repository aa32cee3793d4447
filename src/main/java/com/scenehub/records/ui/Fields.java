package com.scenehub.records.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** Read-only "label: value" rows for detail pages; values are plain text. */
public final class Fields {

    private Fields() {
    }

    public static Div grid() {
        Div grid = new Div();
        grid.addClassName("sh-fields");
        return grid;
    }

    public static void add(Div grid, String label, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        Span l = new Span(label);
        l.addClassName("sh-field-label");
        Div v = new Div();
        v.setText(value);
        v.addClassName("sh-field-value");
        grid.add(l, v);
    }

    public static void add(Div grid, String label, Component value) {
        Span l = new Span(label);
        l.addClassName("sh-field-label");
        Div v = new Div(value);
        v.addClassName("sh-field-value");
        grid.add(l, v);
    }
}
