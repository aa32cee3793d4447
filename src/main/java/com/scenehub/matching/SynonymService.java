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
 * The synonym list managers edit: synonym groups, which the engine expands every query with, and the
 * Chinese–English word translations of the cross-language glossary ({@link CrossLanguageTerms}). The
 * list is cached and reloaded after each edit, so an edit takes effect with the next query and needs
 * no re-indexing.
 */
@Service
public class SynonymService {

    static final int MAX_TERM_LENGTH = 50;
    private static final Pattern SPLIT = Pattern.compile("[|,，;；\\n]+");

    private final MatchSynonymRepository synonyms;
    private final AuthenticatedUser authenticatedUser;
    private final Clock clock;
    private volatile Snapshot cache;

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
        return add(SynonymKind.SYNONYM, terms, note);
    }

    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Transactional
    public SynonymGroup add(SynonymKind kind, String terms, String note) {
        MatchSynonym saved = synonyms.save(new MatchSynonym(kind, parse(kind, terms), note,
                authenticatedUser.require().username(), clock.instant()));
        cache = null;
        return saved.group();
    }

    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Transactional
    public SynonymGroup update(Long id, String terms, String note, boolean active) {
        MatchSynonym synonym = synonyms.findById(id)
                .orElseThrow(() -> new NotFoundException("error.matching.synonym-not-found"));
        synonym.change(parse(synonym.group().kind(), terms), note, active, authenticatedUser.require().username(),
                clock.instant());
        cache = null;
        return synonym.group();
    }

    /**
     * Splits what a manager typed (separated by |, commas, semicolons or new lines) into distinct terms;
     * a translation needs at least one Chinese and one English term.
     */
    static List<String> parse(SynonymKind kind, String typed) {
        List<String> terms = parse(typed);
        if (kind == SynonymKind.TRANSLATION && (terms.stream().noneMatch(SynonymService::isChinese)
                || terms.stream().allMatch(SynonymService::isChinese))) {
            throw new BusinessRuleException("error.matching.translation-needs-both-languages");
        }
        return terms;
    }

    static boolean isChinese(String term) {
        return term.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

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

    /**
     * The active translations, Chinese and English words of each concept. The same list instance is
     * returned until the next edit, so callers may cache what they derive from it.
     */
    @Transactional(readOnly = true)
    public List<WordTranslation> translations() {
        return snapshot().translations();
    }

    private List<CompiledGroup> groups() {
        return snapshot().groups();
    }

    private Snapshot snapshot() {
        Snapshot current = cache;
        if (current == null) {
            List<CompiledGroup> groups = new ArrayList<>();
            List<WordTranslation> translations = new ArrayList<>();
            for (MatchSynonym synonym : synonyms.findAllByOrderById()) {
                SynonymGroup group = synonym.group();
                if (!group.active()) {
                    continue;
                }
                if (group.kind() == SynonymKind.TRANSLATION) {
                    translations.add(new WordTranslation(
                            group.terms().stream().filter(SynonymService::isChinese).toList(),
                            group.terms().stream().filter(t -> !isChinese(t)).map(t -> t.toLowerCase(Locale.ROOT))
                                    .toList()));
                } else {
                    groups.add(new CompiledGroup(group.terms()));
                }
            }
            current = new Snapshot(List.copyOf(groups), List.copyOf(translations));
            cache = current;
        }
        return current;
    }

    private record Snapshot(List<CompiledGroup> groups, List<WordTranslation> translations) {
    }

    /** The Chinese and English words of one concept. */
    public record WordTranslation(List<String> chinese, List<String> english) {
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
