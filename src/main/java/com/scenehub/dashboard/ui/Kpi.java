package com.scenehub.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A key figure: a big number with its label. */
final class Kpi extends Div {

    Kpi(String label, String value) {
        addClassName("sh-kpi");
        Span number = new Span(value);
        number.addClassName("sh-kpi-value");
        Span text = new Span(label);
        text.addClassName("sh-kpi-label");
        add(number, text);
    }

    static Div row(Kpi... kpis) {
        Div row = new Div(kpis);
        row.addClassName("sh-kpi-row");
        return row;
    }
}
