package com.scenehub.records.ui;

import com.vaadin.flow.component.html.Span;

/** A status shown as a Lumo badge, coloured by how it ended: good, bad, waiting or neutral. */
public class StatusBadge extends Span {

    public StatusBadge(String text, String tone) {
        super(text);
        getElement().getThemeList().add("badge " + tone);
        addClassName("sh-status");
    }

    public static String tone(String status) {
        return switch (status) {
            case "ACCEPTED", "LISTED", "OPEN", "AWARDED", "READY" -> "success";
            case "REJECTED", "WITHDRAWN", "DELISTED", "FAILED", "CANCELLED" -> "error";
            case "RETURNED", "SUBMITTED", "IN_ANALYSIS", "EVALUATING", "NOTICE" -> "contrast";
            default -> "";
        };
    }
}
