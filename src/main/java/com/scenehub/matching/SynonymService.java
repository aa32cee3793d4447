package com.scenehub.matching;

import com.scenehub.shared.domain.BusinessRuleException;
import com.scenehub.shared.domain.NotFoundException;
import com.scenehub.shared.security.AuthenticatedUser;
import com.scenehub.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The synonym list managers edit. The engine expands every query with the groups whose terms occur
 * in it; the list is cached and reloaded after each edit, so an edit takes effect with the next
 * query and needs no re-indexing.
 */
@Service
public class SynonymService {

    static final int MAX_TERM_LENGTH = 50;
    private static final Pattern SPLIT = Pattern.compile("[|,，;；\\n]+");

    private final MatchSynonymRepository synonyms;
    private final AuthenticatedUser authenticatedUser;
    private final Clock clock;
    private volatile List<CompiledGroup> cache;

    SynonymService(MatchSynonymRepository synonyms, AuthenticatedUser authenticatedUser, Clock clock) {
        this.synonyms = synonyms;
        this.authenticatedUser = authenticatedUser;
        this.clock = clock;
    }

    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<SynonymGroup> all() {
        return synonyms.findAllByOrderById().stream().map(MatchSynonym::group).toList();
    }

    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Transactional
    public SynonymGroup add(String terms, String note) {
        MatchSynonym saved = synonyms.save(new MatchSynonym(parse(terms), note,
                authenticatedUser.require().username(), clock.instant()));
        cache = null;
        return saved.group();
    }

    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Transactional
    public SynonymGroup update(Long id, String terms, String note, boolean active) {
        MatchSynonym synonym = synonyms.findById(id)
                .orElseThrow(() -> new NotFoundException("error.matching.synonym-not-found"));
        synonym.change(parse(terms), note, active, authenticatedUser.require().username(), clock.instant());
        cache = null;
        return synonym.group();
    }

    /** Splits what a manager typed (separated by |, commas, semicolons or new lines) into distinct terms. */
    static List<String> parse(String typed) {
        Set<String> terms = new LinkedHashSet<>();
        Set<String> seen = new LinkedHashSet<>();
        if (typed != null) {
            for (String part : SPLIT.split(typed)) {
                String term = part.strip().replaceAll("\\s+", " ");
                if (term.isEmpty()) {
                    continue;
                }
                if (term.length() > MAX_TERM_LENGTH) {
                    throw new BusinessRuleException("error.matching.synonym-term-too-long", MAX_TERM_LENGTH);
                }
                if (seen.add(term.toLowerCase(Locale.ROOT))) {
                    terms.add(term);
                }
            }
        }
        if (terms.size() < 2) {
            throw new BusinessRuleException("error.matching.synonym-needs-two-terms");
        }
        if (String.join(MatchSynonym.SEPARATOR, terms).length() > 1000) {
            throw new BusinessRuleException("error.matching.synonym-too-long");
        }
        return new ArrayList<>(terms);
    }

    /**
     * For each active group with a term in the text: the term found and the group's other terms.
     * Chinese terms match as substrings, Latin ones as whole words, ignoring case.
     */
    @Transactional(readOnly = true)
    public List<Expansion> expansions(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<Expansion> result = new ArrayList<>();
        for (CompiledGroup group : groups()) {
            Map<String, Boolean> found = new LinkedHashMap<>();
            String matched = null;
            for (int i = 0; i < group.terms.size(); i++) {
                if (group.patterns.get(i).matcher(text).find()) {
                    matched = matched == null ? group.terms.get(i) : matched;
                    found.put(group.terms.get(i), true);
                }
            }
            if (matched != null) {
                List<String> others = group.terms.stream().filter(t -> !found.containsKey(t)).toList();
                if (!others.isEmpty()) {
                    result.add(new Expansion(matched, others));
                }
            }
        }
        return result;
    }

    private List<CompiledGroup> groups() {
        List<CompiledGroup> current = cache;
        if (current == null) {
            current = synonyms.findAllByOrderById().stream().filter(s -> s.group().active())
                    .map(s -> new CompiledGroup(s.group().terms())).toList();
            cache = current;
        }
        return current;
    }

    /** A term found in a query and the terms it stands for. */
    public record Expansion(String found, List<String> alternatives) {
    }

    private static final class CompiledGroup {
        final List<String> terms;
        final List<Pattern> patterns;

        CompiledGroup(List<String> terms) {
            this.terms = terms;
            this.patterns = terms.stream().map(CompiledGroup::pattern).toList();
        }

        static Pattern pattern(String term) {
            return termPattern(term);
        }
    }

    /** Chinese terms match as substrings, Latin ones as whole words, ignoring case. */
    static Pattern termPattern(String term) {
        String quoted = Pattern.quote(term);
        boolean latinStart = Character.isLetterOrDigit(term.charAt(0)) && term.charAt(0) < 128;
        boolean latinEnd = Character.isLetterOrDigit(term.charAt(term.length() - 1)) && term.charAt(term.length() - 1) < 128;
        return Pattern.compile((latinStart ? "(?<![A-Za-z0-9])" : "") + quoted + (latinEnd ? "(?![A-Za-z0-9])" : ""),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
