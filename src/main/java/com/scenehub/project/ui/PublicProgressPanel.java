package com.scenehub.project.ui;

import com.scenehub.project.PublicProgress;
import com.scenehub.records.ui.Fields;
import com.scenehub.records.ui.Formats;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;

/**
 * The public progress of an awarded opportunity (DESIGN §5.7): to whom it was awarded, contract and
 * grant, milestones met and completion. Never evidence or other confidential papers. The portal
 * shows it on an opportunity's public page; {@link PublicProgressView} shows it on its own.
 */
public class PublicProgressPanel extends Div {

    public PublicProgressPanel(PublicProgress p) {
        addClassName("sh-public-progress");
        add(new H3(getTranslation("progress.heading")));
        Div fields = Fields.grid();
        Fields.add(fields, getTranslation("progress.awarded-to"), p.providerName());
        Fields.add(fields, getTranslation("project.demand"), p.demandName());
        Fields.add(fields, getTranslation("project.status"), ProjectLabels.project(this, p.status()));
        Fields.add(fields, getTranslation("project.contract-amount"), Formats.money(p.contractAmount()));
        Fields.add(fields, getTranslation("project.grant-amount"), Formats.money(p.grantAmount()));
        Fields.add(fields, getTranslation("project.disbursed"), Formats.money(p.disbursedAmount()));
        Fields.add(fields, getTranslation("project.period"), p.startDate() == null ? null
                : Formats.date(p.startDate()) + " – " + Formats.date(p.endDate()));
        Fields.add(fields, getTranslation("progress.milestones-met"), p.milestonesMet() + " / " + p.milestones().size());
        add(fields);
        if (!p.milestones().isEmpty()) {
            Div list = new Div();
            list.addClassName("sh-progress-list");
            for (PublicProgress.PublicMilestone m : p.milestones()) {
                Div line = new Div();
                line.addClassName("sh-progress-line");
                line.add(new Span(m.met() ? "✔ " : "○ "), new Span(m.name()),
                        new Span(" · " + Formats.date(m.dueDate())));
                if (m.met()) {
                    line.addClassName("sh-progress-met");
                }
                if (m.overdue()) {
                    Span overdue = new Span(getTranslation("milestone.overdue"));
                    overdue.getElement().getThemeList().add("badge error");
                    line.add(overdue);
                }
                list.add(line);
            }
            add(list);
        }
        if (p.completed()) {
            Span done = new Span(getTranslation("progress.completed"));
            done.getElement().getThemeList().add("badge success");
            add(done);
        }
    }
}
