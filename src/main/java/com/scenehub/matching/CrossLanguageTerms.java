package com.scenehub.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Word-level Chinese–English translations of general industrial vocabulary
 * ({@code matching/glossary-zh-en.txt}), so that a Chinese need reaches an English item (and back)
 * without a synonym group for every phrase. The engine adds the translations of the words found in a
 * query as one low-weight clause on the other language's fields. Chinese words are found as
 * substrings, longest first (温湿度 rather than 湿度); English ones as whole words.
 */
@Component
class CrossLanguageTerms {

    static final String RESOURCE = "/matching/glossary-zh-en.txt";
    /** At most this many translated words per query (longest source words first), to bound the query. */
    static final int MAX_WORDS = 16;

    private final List<Entry> byChineseLength;
    private final List<Entry> entries;

    CrossLanguageTerms() {
        this(load());
    }

    CrossLanguageTerms(List<Entry> entries) {
        this.entries = entries;
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparingInt((Entry e) -> e.chinese().getFirst().length()).reversed());
        this.byChineseLength = sorted;
    }

    /** The translations of the words found in a text: English words for Chinese ones and Chinese for English. */
    Translation translate(String text) {
        if (text == null || text.isBlank()) {
            return Translation.NONE;
        }
        List<SynonymService.Expansion> found = new ArrayList<>();
        Set<String> english = new LinkedHashSet<>();
        Set<String> chinese = new LinkedHashSet<>();
        boolean[] covered = new boolean[text.length()];
        for (Entry entry : byChineseLength) {
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
            for (Entry entry : entries) {
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

    static List<Entry> load() {
        List<Entry> entries = new ArrayList<>();
        try (InputStream in = CrossLanguageTerms.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return entries;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\\|");
                List<String> chinese = Arrays.stream(columns[0].split(",")).map(String::strip)
                        .filter(s -> !s.isEmpty()).toList();
                List<String> english = Arrays.stream(columns).skip(1).map(s -> s.strip().toLowerCase(Locale.ROOT))
                        .filter(s -> !s.isEmpty()).toList();
                if (!chinese.isEmpty() && !english.isEmpty()) {
                    entries.add(new Entry(chinese, english,
                            english.stream().map(SynonymService::termPattern).toList()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(entries);
    }

    record Entry(List<String> chinese, List<String> english, List<Pattern> englishPatterns) {
    }

    /** English words to look for in English fields, Chinese words for Chinese fields, and what was translated. */
    record Translation(String english, String chinese, List<SynonymService.Expansion> found) {
        static final Translation NONE = new Translation("", "", List.of());
    }
}
