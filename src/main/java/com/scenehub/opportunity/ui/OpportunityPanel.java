package com.scenehub.opportunity.ui;

import com.scenehub.opportunity.CorrigendumChange;
import com.scenehub.opportunity.CorrigendumSummary;
import com.scenehub.opportunity.Criterion;
import com.scenehub.opportunity.OpportunityDetails;
import com.scenehub.opportunity.OpportunityStatus;
import com.scenehub.records.ui.Fields;
import com.scenehub.records.ui.Formats;
import com.scenehub.referencedata.ReferenceDataService;
import com.scenehub.referencedata.ReferenceKind;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.util.List;

/** An opportunity's public content: terms, criteria, window, status and corrigenda (plain text only). */
public class OpportunityPanel extends Div {

    public OpportunityPanel(OpportunityDetails o, List<CorrigendumSummary> corrigenda, ReferenceDataService referenceData,
            String demandOrganisations) {
        addClassName("sh-opportunity");
        if (o.status() == OpportunityStatus.WITHDRAWN || o.status() == OpportunityStatus.CANCELLED
                || o.status() == OpportunityStatus.FAILED) {
            Div notice = new Div(new Span(getTranslation("opportunity.status." + o.status().name()) + "："),
                    new Span(o.outcomeReason() == null ? "" : o.outcomeReason()));
            notice.addClassName("sh-notice");
            add(notice);
        }
        Div fields = Fields.grid();
        Fields.add(fields, getTranslation("list.title"), o.listYear() == null ? null
                : getTranslation("list.official-title", String.valueOf(o.listYear()), o.listSequence()));
        Fields.add(fields, getTranslation("opportunity.demand"), demandOrganisations);
        Fields.add(fields, getTranslation("opportunity.summary"), o.summary());
        Fields.add(fields, getTranslation("opportunity.scope"), o.scope());
        Fields.add(fields, getTranslation("opportunity.indicators"), o.indicators());
        Fields.add(fields, getTranslation("opportunity.scene-field"), referenceData.label(ReferenceKind.SCENE_FIELD, o.sceneField(), getLocale()));
        Fields.add(fields, getTranslation("opportunity.industry-field"), referenceData.label(ReferenceKind.INDUSTRY_FIELD, o.industryField(), getLocale()));
        Fields.add(fields, getTranslation("opportunity.zone-area"), referenceData.label(ReferenceKind.ZONE_AREA, o.zoneArea(), getLocale()));
        Fields.add(fields, getTranslation("opportunity.budget"), Formats.money(o.budget()));
        Fields.add(fields, getTranslation("opportunity.support-policy"), o.supportPolicy());
        Fields.add(fields, getTranslation("opportunity.mode"), getTranslation("opportunity.mode." + o.selectionMode().name()));
        Fields.add(fields, getTranslation("opportunity.eligibility"), o.eligibility());
        Fields.add(fields, getTranslation("opportunity.window"), Formats.time(o.windowOpens()) + " – " + Formats.time(o.windowCloses()));
        Fields.add(fields, getTranslation("opportunity.published-at"), Formats.time(o.publishedAt()));
        add(fields);

        add(new H3(getTranslation("opportunity.criteria")));
        Grid<Criterion> grid = new Grid<>();
        grid.addColumn(Criterion::name).setHeader(getTranslation("opportunity.criterion-name")).setFlexGrow(2);
        grid.addColumn(c -> c.description() == null ? "" : c.description()).setHeader(getTranslation("opportunity.criterion-description")).setFlexGrow(3);
        grid.addColumn(c -> c.weight() + "%").setHeader(getTranslation("opportunity.criterion-weight"));
        grid.setItems(o.criteria());
        grid.setAllRowsVisible(true);
        grid.addClassName("sh-criteria-grid");
        add(grid);

        if (!corrigenda.isEmpty()) {
            add(new H3(getTranslation("corrigendum.title")));
            for (CorrigendumSummary c : corrigenda) {
                Div box = new Div();
                box.addClassName("sh-corrigendum");
                box.add(new H4(getTranslation("corrigendum.heading", c.number(), Formats.time(c.publishedAt()))));
                box.add(new Paragraph(getTranslation("corrigendum.reason") + "：" + c.reason()));
                for (CorrigendumChange change : c.changes()) {
                    box.add(new Paragraph(getTranslation("corrigendum.field." + change.field()) + "："
                            + value(change.field(), change.oldValue()) + " → " + value(change.field(), change.newValue())));
                }
                add(box);
            }
        }
    }

    static String value(String field, String raw) {
        if ("WINDOW_CLOSES".equals(field)) {
            try {
                return Formats.time(Instant.parse(raw));
            } catch (RuntimeException e) {
                return raw;
            }
        }
        if ("BUDGET".equals(field)) {
            try {
                return Formats.money(new java.math.BigDecimal(raw));
            } catch (RuntimeException e) {
                return raw;
            }
        }
        return raw;
    }
}
