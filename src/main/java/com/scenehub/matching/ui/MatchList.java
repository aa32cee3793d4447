package com.scenehub.matching.ui;

import com.scenehub.matching.MatchExplainer;
import com.scenehub.matching.MatchKind;
import com.scenehub.matching.MatchResult;
import com.scenehub.matching.MatchingService;
import com.scenehub.matching.ProviderMatch;
import com.scenehub.shared.domain.BusinessRuleException;
import com.scenehub.shared.ui.Toasts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Ranked matches with their score and the reasons for it, in the reader's language. Reusable: give
 * it results, or a context (opportunity or requirement) whose items it ranks itself; with
 * {@link #withInvitations} each result gets an "invite to apply" button that notifies the provider.
 */
public class MatchList extends Div {

    private final transient MatchExplainer explainer;
    private transient MatchingService matching;
    private MatchKind contextKind;
    private Long contextId;
    private Set<Long> invited = Set.of();
    final List<Button> inviteButtons = new ArrayList<>();
    private final java.util.Map<Long, List<Button>> buttonsByProvider = new java.util.HashMap<>();
    final List<Div> cards = new ArrayList<>();

    public MatchList(MatchExplainer explainer) {
        this.explainer = explainer;
        addClassName("sh-match-list");
    }

    /** Adds "invite to apply" to every result, for the given context (managers, the demand enterprise). */
    public MatchList withInvitations(MatchingService matchingService, MatchKind kind, Long id) {
        this.matching = matchingService;
        this.contextKind = kind;
        this.contextId = id;
        this.invited = Set.copyOf(matchingService.invitedProviders(kind, id));
        return this;
    }

    /** Shows ranked results (supply items or opportunities). */
    public void setResults(List<MatchResult> results) {
        removeAll();
        cards.clear();
        inviteButtons.clear();
        buttonsByProvider.clear();
        if (results.isEmpty()) {
            add(new Paragraph(getTranslation("matching.none")));
            return;
        }
        int rank = 1;
        for (MatchResult result : results) {
            add(card(rank++, result, result.title(), result.ownerName()));
        }
    }

    /** Shows providers ranked by their best items. */
    public void setProviders(List<ProviderMatch> providers) {
        removeAll();
        cards.clear();
        inviteButtons.clear();
        buttonsByProvider.clear();
        if (providers.isEmpty()) {
            add(new Paragraph(getTranslation("matching.none")));
            return;
        }
        int rank = 1;
        for (ProviderMatch provider : providers) {
            List<String> items = provider.items().stream().filter(r -> r.kind() == MatchKind.SUPPLY_ITEM)
                    .map(MatchResult::title).toList();
            add(card(rank++, provider.best(), provider.name() == null ? "" : provider.name(),
                    items.isEmpty() ? null : getTranslation("matching.provider.items", String.join(" · ", items))));
        }
    }

    private Div card(int rank, MatchResult result, String heading, String subheading) {
        Locale locale = getLocale();
        Div card = new Div();
        card.addClassName("sh-match-card");
        Span position = new Span(String.valueOf(rank));
        position.addClassName("sh-match-rank");
        Span score = new Span(getTranslation("matching.score", result.score()));
        score.addClassName("sh-match-score");
        score.getElement().getThemeList().add(result.score() >= 60 ? "badge success" : result.score() >= 35 ? "badge" : "badge contrast");
        Span title = new Span(heading);
        title.addClassName("sh-match-title");
        Div header = new Div(position, title, score);
        header.addClassName("sh-match-header");
        card.add(header);
        if (subheading != null && !subheading.isBlank()) {
            Span sub = new Span(subheading);
            sub.addClassName("sh-match-sub");
            card.add(sub);
        }
        Span facts = new Span(facts(result));
        facts.addClassName("sh-match-facts");
        card.add(facts);
        UnorderedList reasons = new UnorderedList();
        reasons.addClassName("sh-match-reasons");
        explainer.explain(result, locale).forEach(text -> reasons.add(new ListItem(text)));
        card.add(reasons);
        if (matching != null && result.kind() == MatchKind.SUPPLY_ITEM && result.ownerOrganisationId() != null) {
            Button invite = new Button();
            invite.addThemeVariants(ButtonVariant.LUMO_SMALL);
            markInvited(invite, invited.contains(result.ownerOrganisationId()));
            invite.addClickListener(e -> {
                try {
                    matching.invite(contextKind, contextId, result.sourceId());
                    invited = union(invited, result.ownerOrganisationId());
                    buttonsByProvider.getOrDefault(result.ownerOrganisationId(), List.of())
                            .forEach(b -> markInvited(b, true));
                    Toasts.success("matching.invite.sent", result.ownerName() == null ? "" : result.ownerName());
                } catch (BusinessRuleException refusal) {
                    Toasts.error(refusal);
                }
            });
            buttonsByProvider.computeIfAbsent(result.ownerOrganisationId(), k -> new ArrayList<>()).add(invite);
            inviteButtons.add(invite);
            card.add(invite);
        }
        cards.add(card);
        return card;
    }

    private void markInvited(Button button, boolean done) {
        button.setText(getTranslation(done ? "matching.invite.done" : "matching.invite"));
        button.setEnabled(!done);
        if (!done) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        } else {
            button.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
    }

    private String facts(MatchResult result) {
        List<String> parts = new ArrayList<>();
        if (result.amountMin() != null || result.amountMax() != null) {
            String key = result.kind() == MatchKind.SUPPLY_ITEM ? "matching.fact.price" : "matching.fact.budget";
            parts.add(getTranslation(key, range(result.amountMin(), result.amountMax())));
        }
        if (result.trl() != null) {
            parts.add(getTranslation("matching.fact.trl", result.trl()));
        }
        return String.join(" · ", parts);
    }

    /** Chinese readers see 万元, English readers yuan with digit grouping. */
    private String range(BigDecimal min, BigDecimal max) {
        boolean english = "en".equals(getLocale().getLanguage());
        String a = amount(min, english);
        String b = amount(max, english);
        String value = a.isEmpty() ? b : b.isEmpty() || a.equals(b) ? a : a + "–" + b;
        return getTranslation("matching.fact.amount", value);
    }

    private static String amount(BigDecimal yuan, boolean english) {
        if (yuan == null) {
            return "";
        }
        if (english) {
            return java.text.NumberFormat.getIntegerInstance(Locale.ENGLISH).format(yuan);
        }
        return yuan.divide(BigDecimal.valueOf(10_000), 1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private static Set<Long> union(Set<Long> set, Long value) {
        java.util.HashSet<Long> copy = new java.util.HashSet<>(set);
        copy.add(value);
        return Set.copyOf(copy);
    }
}
