package com.scenehub.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;

/**
 * A chart drawn by Apache ECharts in the browser. Give it an ECharts option as JSON text (titles
 * and labels already translated); see https://echarts.apache.org/en/option.html.
 */
@Tag("sh-chart")
@NpmPackage(value = "echarts", version = "6.1.0")
@JsModule("./components/sh-chart.js")
public class Chart extends Component implements HasSize {

    public Chart() {
        addClassName("sh-chart");
        setWidthFull();
        setHeight("320px");
    }

    public Chart(String optionJson) {
        this();
        setOption(optionJson);
    }

    /** Replaces the chart's option (ECharts JSON). */
    public void setOption(String optionJson) {
        getElement().setAttribute("option", optionJson == null ? "" : optionJson);
    }

    public String getOption() {
        return getElement().getAttribute("option");
    }
}
