package com.scenehub.records.ui;

import com.scenehub.records.StatusChange;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

/** A record's history as a vertical timeline; all user text is plain text, never HTML. */
public class Timeline extends Div {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(com.scenehub.shared.config.ClockConfig.ZONE);

    public Timeline(List<StatusChange> changes, Function<String, String> statusLabel) {
        addClassName("sh-timeline");
        for (StatusChange change : changes) {
            Div entry = new Div();
            entry.addClassName("sh-timeline-entry");
            Span when = new Span(TIME.format(change.at()));
            when.addClassName("sh-timeline-time");
            String transition = change.fromStatus() == null ? statusLabel.apply(change.toStatus())
                    : statusLabel.apply(change.fromStatus()) + " → " + statusLabel.apply(change.toStatus());
            Span what = new Span(transition);
            what.addClassName("sh-timeline-what");
            Span who = new Span(change.actor());
            who.addClassName("sh-timeline-who");
            entry.add(when, what, who);
            if (change.reason() != null && !change.reason().isBlank()) {
                String text = change.reason().startsWith("#") ? getTranslation(change.reason().substring(1)) : change.reason();
                Div reason = new Div(text);
                reason.addClassName("sh-timeline-reason");
                entry.add(reason);
            }
            add(entry);
        }
        if (changes.isEmpty()) {
            add(new Span(getTranslation("common.empty")));
        }
    }
}
