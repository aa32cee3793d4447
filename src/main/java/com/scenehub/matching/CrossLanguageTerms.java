package com.scenehub.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Word-level Chinese–English translations of general industrial vocabulary (the TRANSLATION groups of
 * the synonym table, which managers edit), so that a Chinese need reaches an English item (and back)
 * without a synonym group for every phrase. The engine adds the translations of the words found in a
 * query as one low-weight clause on the other language's fields. Chinese words are found as
 * substrings, longest first (温湿度 rather than 湿度); English ones as whole words.
 */
@Component
class CrossLanguageTerms {

    /** At most this many translated words per query (longest source words first), to bound the query. */
    static final int MAX_WORDS = 16;

    private final Supplier<List<SynonymService.WordTranslation>> source;
    private volatile Glossary glossary = new Glossary(List.of());

    CrossLanguageTerms(SynonymService synonyms) {
        this.source = synonyms::translations;
    }

    /** The glossary for the current translations (rebuilt only when the list changed: an edit). */
    private Glossary glossary() {
        List<SynonymService.WordTranslation> current = source.get();
        Glossary known = glossary;
        if (known.translations() != current) {
            known = new Glossary(current);
            glossary = known;
        }
        return known;
    }

    /** The translations of the words found in a text: English words for Chinese ones and Chinese for English. */
    Translation translate(String text) {
        if (text == null || text.isBlank()) {
            return Translation.NONE;
        }
        Glossary g = glossary();
        List<SynonymService.Expansion> found = new ArrayList<>();
        Set<String> english = new LinkedHashSet<>();
        Set<String> chinese = new LinkedHashSet<>();
        boolean[] covered = new boolean[text.length()];
        for (Entry entry : g.byChineseLength()) {
            for (String zh : entry.chinese()) {
                int at = text.indexOf(zh);
                boolean fresh = false;
                while (at >= 0) {
                    if (!allCovered(covered, at, zh.length())) {
                        fresh = true;
                        Arrays.fill(covered, at, at + zh.length(), true);
                    }
                    at = text.indexOf(zh, at + zh.length());
                }
                if (fresh && english.size() < MAX_WORDS && english.addAll(entry.english())) {
                    found.add(new SynonymService.Expansion(zh, entry.english()));
                }
            }
        }
        if (hasLatin(text)) {
            for (Entry entry : g.entries()) {
                for (int i = 0; i < entry.english().size(); i++) {
                    if (entry.englishPatterns().get(i).matcher(text).find()) {
                        if (chinese.size() < MAX_WORDS && chinese.addAll(entry.chinese())) {
                            found.add(new SynonymService.Expansion(entry.english().get(i), entry.chinese()));
                        }
                        break;
                    }
                }
            }
        }
        return new Translation(String.join(" ", english), String.join(" ", chinese), List.copyOf(found));
    }

    private static boolean allCovered(boolean[] covered, int from, int length) {
        for (int i = from; i < from + length; i++) {
            if (!covered[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasLatin(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 128 && Character.isLetter(c)) {
                return true;
            }
        }
        return false;
    }

    record Entry(List<String> chinese, List<String> english, List<Pattern> englishPatterns) {
    }

    /** The translations with compiled English patterns and the Chinese words longest first. */
    private record Glossary(List<SynonymService.WordTranslation> translations, List<Entry> entries,
            List<Entry> byChineseLength) {

        Glossary(List<SynonymService.WordTranslation> translations) {
            this(translations, entries(translations), longestFirst(entries(translations)));
        }

        static List<Entry> entries(List<SynonymService.WordTranslation> translations) {
            return translations.stream().filter(t -> !t.chinese().isEmpty() && !t.english().isEmpty())
                    .map(t -> new Entry(t.chinese(), t.english(), t.english().stream().map(SynonymService::termPattern)
                            .toList()))
                    .toList();
        }

        static List<Entry> longestFirst(List<Entry> entries) {
            List<Entry> sorted = new ArrayList<>(entries);
            sorted.sort(Comparator.comparingInt((Entry e) -> e.chinese().getFirst().length()).reversed());
            return List.copyOf(sorted);
        }
    }

    /** English words to look for in English fields, Chinese words for Chinese fields, and what was translated. */
    record Translation(String english, String chinese, List<SynonymService.Expansion> found) {
        static final Translation NONE = new Translation("", "", List.of());
    }
}
