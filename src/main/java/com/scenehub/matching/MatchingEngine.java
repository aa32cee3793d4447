package com.scenehub.matching;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ranking. Lucene (BM25 over the smartcn- and English-analysed content, expanded with the
 * synonym list and the cross-language glossary) picks a pool of candidates that answer the text;
 * each is then scored on normalised text relevance and the structured signals (scene field,
 * industry, budget fit, maturity, zone, track record), and explained.
 */
@Component
class MatchingEngine {

    static final int POOL = 40;

    // Lucene-side constant boosts (their contribution is subtracted again to recover the text score).
    static final float SCENE_BOOST = 2.0f;
    static final float CHAIN_BOOST = 1.0f;
    static final float SYNONYM_BOOST = 2.0f;

    /** Title and text, analysed per language (MatchDocument#getContent). */
    static final String CONTENT_ZH = "content_zh";
    static final String CONTENT_EN = "content_en";

    static final double FAR_OVER_FACTOR = 1.5;

    /**
     * Weights of the final score (sum of the positive parts = 1.0), the Lucene-side boost of the
     * cross-language clause and the gate. A record so the quality benchmark can try alternatives.
     */
    record Weights(double text, double scene, double field, double chain, double budget, double trl, double zone,
            double track, double farOverPenalty, double structureFloor, float crossBoost, int maxTerms,
            double maxDocShare, long minDocsForSelection, boolean categoryBoostInRetrieval) {
        static final Weights DEFAULT = new Weights(0.50, 0.15, 0.10, 0.05, 0.08, 0.05, 0.03, 0.09, 0.30, 0.3, 1.0f,
                12, 0.05, 5_000, false);

        Weights with(float cross, double field, double floor, int terms, double share, long minDocs) {
            return new Weights(text, scene, field, chain, budget, trl, zone, track, farOverPenalty, floor, cross, terms,
                    share, minDocs, categoryBoostInRetrieval);
        }

        Weights withCategoryBoostInRetrieval(boolean on) {
            return new Weights(text, scene, field, chain, budget, trl, zone, track, farOverPenalty, structureFloor,
                    crossBoost, maxTerms, maxDocShare, minDocsForSelection, on);
        }
    }

    volatile Weights weights = Weights.DEFAULT;

    private static final long STATISTICS_TTL_NANOS = 10L * 60 * 1_000_000_000;
    private static final String TOTAL_KEY = "\u0000total";
    /** Document frequencies of query words in content_zh, and the document count (TOTAL_KEY). */
    private final java.util.concurrent.ConcurrentHashMap<String, Long> documentFrequencies =
            new java.util.concurrent.ConcurrentHashMap<>();
    private volatile long statisticsSince = System.nanoTime();

    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z][A-Za-z0-9+/.-]*[A-Za-z0-9]|[A-Za-z]");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final int MAX_TRANSLATED_REASONS = 4;
    /** Compiled whole-word patterns of synonym and glossary terms (bounded: cleared when it grows large). */
    private static final java.util.concurrent.ConcurrentHashMap<String, Pattern> TERM_PATTERNS =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** Analysed words of synonym alternatives (bounded: cleared when it grows large). */
    private static final java.util.concurrent.ConcurrentHashMap<String, List<String>> ALTERNATIVE_TERMS =
            new java.util.concurrent.ConcurrentHashMap<>();

    @PersistenceContext
    private EntityManager entityManager;

    private final SynonymService synonyms;
    private final CrossLanguageTerms crossLanguage;
    private final MatchDocumentRepository documents;
    private final Analyzer chinese = MatchingAnalysisConfigurer.chineseAnalyzer();
    private final Analyzer english = new EnglishAnalyzer();

    MatchingEngine(SynonymService synonyms, CrossLanguageTerms crossLanguage, MatchDocumentRepository documents) {
        this.synonyms = synonyms;
        this.crossLanguage = crossLanguage;
        this.documents = documents;
    }

    /** Ranks candidates for the query and explains the first {@code limit}. */
    @Transactional(readOnly = true)
    List<MatchResult> rank(MatchQuery query, int limit) {
        String text = query.text() == null ? "" : query.text().strip();
        List<SynonymService.Expansion> expansions = synonyms.expansions(text);
        CrossLanguageTerms.Translation translation = crossLanguage.translate(text);
        QueryTerms terms = queryTerms(text, expansions, translation);
        List<Candidate> pool = retrieve(query, text, terms, translation, Math.max(POOL, limit));
        if (pool.isEmpty()) {
            return List.of();
        }
        double maxText = pool.stream().mapToDouble(Candidate::textScore).max().orElse(0);
        boolean structured = query.structured();
        List<Scored> scored = new ArrayList<>(pool.size());
        for (Candidate c : pool) {
            scored.add(score(query, c, maxText, structured));
        }
        scored.sort(Comparator.comparingDouble(Scored::total).reversed()
                .thenComparing(s -> s.candidate().sourceId()));
        List<Scored> top = scored.subList(0, Math.min(limit, scored.size()));
        Map<Long, String> bodies = new HashMap<>();
        documents.findBodies(top.stream().map(s -> s.candidate().documentId()).toList())
                .forEach(d -> bodies.put(d.getId(), d.getBody()));
        List<MatchResult> results = new ArrayList<>();
        for (Scored s : top) {
            results.add(explain(s, terms, bodies.get(s.candidate().documentId())));
        }
        return results;
    }

    /** The plain keyword baseline for the benchmark: BM25 on the Chinese-analysed content (title and text), nothing else. */
    @Transactional(readOnly = true)
    List<Long> baseline(String text, Set<MatchKind> kinds, int limit) {
        return Search.session(entityManager).search(MatchDocument.class)
                .select(f -> f.field("sourceId", Long.class))
                .where(f -> f.bool()
                        .filter(f.terms().field("kind").matchingAny(kinds))
                        .must(f.match().field(CONTENT_ZH).matching(text)))
                .fetchHits(limit);
    }

    private List<Candidate> retrieve(MatchQuery query, String text, QueryTerms terms,
            CrossLanguageTerms.Translation translation, int size) {
        Map<String, Integer> selected = selectTerms(terms.all());
        var session = Search.session(entityManager);
        List<List<?>> hits = session.search(MatchDocument.class)
                .select(f -> f.composite().from(
                        f.score(),
                        f.field("kind", MatchKind.class),
                        f.field("sourceId", Long.class),
                        f.field("title", String.class),
                        f.field("ownerOrganisationId", Long.class),
                        f.field("ownerName", String.class),
                        f.field("sceneFieldsJoined", String.class),
                        f.field("industryFieldsJoined", String.class),
                        f.field("industryChainsJoined", String.class),
                        f.field("zoneArea", String.class),
                        f.field("amountMin", BigDecimal.class),
                        f.field("amountMax", BigDecimal.class),
                        f.field("trl", Integer.class),
                        f.field("completedProjects", Integer.class),
                        f.field("acceptedProjects", Integer.class),
                        f.id(Long.class)).asList())
                .where(f -> predicate(f, query, text, selected, terms.expansions(), translation))
                // no exact total count: lets Lucene skip documents that cannot reach the top (WAND/MAXSCORE)
                .totalHitCountThreshold(size)
                .fetchHits(size);
        // with text, the category boosts are only in the Lucene score when configured so (see predicate)
        boolean boosted = text.isEmpty() || weights.categoryBoostInRetrieval();
        List<Candidate> candidates = new ArrayList<>(hits.size());
        for (List<?> h : hits) {
            Set<String> scenes = MatchDocument.split((String) h.get(6));
            Set<String> fields = MatchDocument.split((String) h.get(7));
            Set<String> chains = MatchDocument.split((String) h.get(8));
            double score = ((Float) h.get(0)).doubleValue();
            if (boosted && !query.sceneFields().isEmpty() && intersects(scenes, query.sceneFields())) {
                score -= SCENE_BOOST;
            }
            if (boosted && !query.industryChains().isEmpty() && intersects(chains, query.industryChains())) {
                score -= CHAIN_BOOST;
            }
            candidates.add(new Candidate((MatchKind) h.get(1), (Long) h.get(2), (String) h.get(3), (Long) h.get(4),
                    (String) h.get(5), scenes, fields, chains, (String) h.get(9), (BigDecimal) h.get(10),
                    (BigDecimal) h.get(11), (Integer) h.get(12), nz((Integer) h.get(13)), nz((Integer) h.get(14)),
                    (Long) h.get(15), Math.max(0, score)));
        }
        return candidates;
    }

    private PredicateFinalStep predicate(SearchPredicateFactory f, MatchQuery query, String text,
            Map<String, Integer> selected, List<SynonymService.Expansion> expansions,
            CrossLanguageTerms.Translation translation) {
        var root = f.bool();
        if (!query.kinds().isEmpty()) {
            root.filter(f.terms().field("kind").matchingAny(query.kinds()));
        }
        MatchQuery.Access access = query.access();
        if (!access.everything()) {
            if (access.organisationId() == null) {
                root.filter(f.match().field("visibility").matching(Visibility.PUBLIC));
            } else {
                root.filter(f.bool()
                        .should(f.match().field("visibility").matching(Visibility.PUBLIC))
                        .should(f.match().field("ownerOrganisationId").matching(access.organisationId())));
            }
        }
        SearchFilters filters = query.filters();
        if (!filters.kinds().isEmpty()) {
            root.filter(f.terms().field("kind").matchingAny(filters.kinds()));
        }
        if (filters.sceneField() != null) {
            root.filter(f.match().field("sceneFields").matching(filters.sceneField()));
        }
        if (filters.industryField() != null) {
            root.filter(f.match().field("industryFields").matching(filters.industryField()));
        }
        if (filters.zoneArea() != null) {
            root.filter(f.match().field("zoneArea").matching(filters.zoneArea()));
        }
        if (query.excludeOwner() != null) {
            root.mustNot(f.match().field("ownerOrganisationId").matching(query.excludeOwner()));
        }
        if (!text.isEmpty()) {
            // Candidates must share words (or synonyms) with the context; shared categories only count
            // in the re-scoring. The words are one flat disjunction of term clauses (a repeated word
            // weighs as often as it occurs) and it is the query's only scoring clause: then Lucene skips
            // documents that cannot reach the pool (WAND, block-max impacts) instead of scoring every
            // matching one, which dominated the latency on 100 000 documents (docs/benchmarks.md).
            var textual = f.bool();
            for (Map.Entry<String, Integer> term : selected.entrySet()) {
                shouldTerm(f, textual, CONTENT_ZH, term.getKey(), term.getValue());
            }
            weighed(tokens(english, latinWords(text))).forEach((word, count) ->
                    shouldTerm(f, textual, CONTENT_EN, word, count));
            // Synonym alternatives as term-level clauses (a word: one term clause; several words: all of
            // them required, the boost shared between them) rather than phrase queries, which read
            // positions for every matching document.
            for (SynonymService.Expansion expansion : expansions) {
                for (String alternative : expansion.alternatives()) {
                    boolean han = HAN.matcher(alternative).find();
                    String field = han ? CONTENT_ZH : CONTENT_EN;
                    List<String> words = alternativeTerms(alternative, han);
                    if (words.size() == 1) {
                        shouldTerm(f, textual, field, words.getFirst(), SYNONYM_BOOST);
                    } else if (!words.isEmpty()) {
                        var all = f.bool();
                        for (String word : words) {
                            all.must(f.match().field(field).matching(word).skipAnalysis());
                        }
                        textual.should(all.boost(SYNONYM_BOOST / words.size()));
                    }
                }
            }
            float cross = weights.crossBoost();
            if (cross > 0 && !translation.english().isEmpty()) {
                weighed(tokens(english, translation.english())).forEach((word, count) ->
                        shouldTerm(f, textual, CONTENT_EN, word, cross * count));
            }
            if (cross > 0 && !translation.chinese().isEmpty()) {
                weighed(tokens(chinese, translation.chinese())).forEach((word, count) ->
                        shouldTerm(f, textual, CONTENT_ZH, word, cross * count));
            }
            root.must(textual);
            // Off by default: as optional clauses next to the text they make it a non-top-level clause,
            // which Lucene then scores exhaustively; they did not improve the ranking either.
            if (weights.categoryBoostInRetrieval() && !query.sceneFields().isEmpty()) {
                root.should(f.terms().field("sceneFields").matchingAny(query.sceneFields()).constantScore()
                        .boost(SCENE_BOOST));
            }
            if (weights.categoryBoostInRetrieval() && !query.industryChains().isEmpty()) {
                root.should(f.terms().field("industryChains").matchingAny(query.industryChains()).constantScore()
                        .boost(CHAIN_BOOST));
            }
        } else if (!query.sceneFields().isEmpty() || !query.industryChains().isEmpty()) {
            var structural = f.bool();
            if (!query.sceneFields().isEmpty()) {
                structural.should(f.terms().field("sceneFields").matchingAny(query.sceneFields()).constantScore()
                        .boost(SCENE_BOOST));
            }
            if (!query.industryChains().isEmpty()) {
                structural.should(f.terms().field("industryChains").matchingAny(query.industryChains()).constantScore()
                        .boost(CHAIN_BOOST));
            }
            root.must(structural.minimumShouldMatchNumber(1));
        } else {
            root.must(f.matchAll());
        }
        return root;
    }

    /** A word as a term clause on the language's content field. */
    private static void shouldTerm(SearchPredicateFactory f, BooleanPredicateClausesStep<?, ?> disjunction,
            String field, String word, float boost) {
        disjunction.should(f.match().field(field).matching(word).skipAnalysis().boost(boost));
    }

    /** Analysed words with how often each occurs, in order of first occurrence. */
    private static Map<String, Integer> weighed(List<String> words) {
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        words.forEach(word -> counts.merge(word, 1, Integer::sum));
        return counts;
    }

    private Scored score(MatchQuery query, Candidate c, double maxText, boolean structured) {
        Weights w = weights;
        double text = maxText <= 0 ? 0 : c.textScore() / maxText;
        boolean scene = intersects(c.sceneFields(), query.sceneFields());
        boolean field = intersects(c.industryFields(), query.industryFields());
        boolean chain = !field && intersects(c.industryChains(), query.industryChains());
        boolean zone = query.zoneArea() != null && query.zoneArea().equals(c.zoneArea());
        BudgetFit fit = budgetFit(query, c);
        double trl = c.trl() == null ? 0 : Math.max(0, Math.min(9, c.trl()) - 1) / 8.0;
        double track = Math.min(1.0, (c.completedProjects() + 0.5 * c.acceptedProjects()) / 3.0);
        // Shared categories, maturity and track record refine the order of candidates that answer the
        // text; they do not make an unrelated candidate relevant (a provider with many projects in
        // another trade is no better answer). Their weight therefore grows with the text relevance.
        double gate = w.structureFloor() + (1 - w.structureFloor()) * Math.sqrt(text);
        double structure = (scene ? w.scene() : 0) + (field ? w.field() : chain ? w.chain() : 0)
                + (zone ? w.zone() : 0) + (fit == BudgetFit.FITS ? w.budget() : 0);
        double provider = w.trl() * trl + w.track() * track;
        double total = w.text() * text + gate * ((structured ? structure : 0) + provider);
        if (fit == BudgetFit.FAR_OVER) {
            total -= w.farOverPenalty();
        }
        return new Scored(c, total, text, scene, field, chain, zone, fit);
    }

    static BudgetFit budgetFit(MatchQuery query, Candidate c) {
        BigDecimal budget;
        BigDecimal price;
        if (query.candidatesCarryBudget()) {
            budget = c.amountMax() != null ? c.amountMax() : c.amountMin();
            price = query.budgetMin() != null ? query.budgetMin() : query.budgetMax();
        } else {
            budget = query.budgetMax() != null ? query.budgetMax() : query.budgetMin();
            price = c.amountMin() != null ? c.amountMin() : c.amountMax();
        }
        return BudgetFit.of(budget, price);
    }

    private MatchResult explain(Scored s, QueryTerms terms, String body) {
        Candidate c = s.candidate();
        List<Reason> reasons = new ArrayList<>();
        String docText = c.title() + "\n" + (body == null ? "" : body);
        List<String> matched = matchedTerms(terms, docText);
        if (!matched.isEmpty()) {
            reasons.add(Reason.of("matching.reason.terms", String.join("、", matched)));
        }
        for (SynonymService.Expansion expansion : terms.expansions()) {
            String alternative = firstContained(docText, expansion.alternatives());
            if (alternative != null) {
                reasons.add(Reason.of("matching.reason.synonym", expansion.found(), alternative));
            }
        }
        List<String> translated = new ArrayList<>();
        for (SynonymService.Expansion expansion : terms.translations()) {
            String alternative = firstContained(docText, expansion.alternatives());
            if (alternative != null && translated.size() < MAX_TRANSLATED_REASONS) {
                translated.add(expansion.found() + " = " + alternative);
            }
        }
        if (!translated.isEmpty()) {
            reasons.add(Reason.of("matching.reason.cross-language", String.join(", ", translated)));
        }
        if (s.scene()) {
            reasons.add(new Reason("matching.reason.scene-field", List.copyOf(c.sceneFields())));
        }
        if (s.field()) {
            reasons.add(new Reason("matching.reason.industry-field", List.copyOf(c.industryFields())));
        } else if (s.chain()) {
            reasons.add(new Reason("matching.reason.industry-chain", List.copyOf(c.industryChains())));
        }
        switch (s.fit()) {
            case FITS -> reasons.add(Reason.of("matching.reason.budget-fit"));
            case OVER -> reasons.add(Reason.of("matching.reason.budget-over"));
            case FAR_OVER -> reasons.add(Reason.of("matching.reason.budget-far-over"));
            case UNKNOWN -> { }
        }
        if (c.trl() != null) {
            reasons.add(Reason.of("matching.reason.trl", c.trl()));
        }
        if (s.zone()) {
            reasons.add(Reason.of("matching.reason.zone", c.zoneArea()));
        }
        if (c.completedProjects() > 0 || c.acceptedProjects() > 0) {
            reasons.add(Reason.of("matching.reason.track-record", c.completedProjects(), c.acceptedProjects()));
        }
        int score = (int) Math.round(Math.max(0, Math.min(1, s.total())) * 100);
        return new MatchResult(c.kind(), c.sourceId(), c.title(), c.ownerOrganisationId(), c.ownerName(), score,
                reasons, c.sceneFields(), c.industryFields(), c.zoneArea(), c.amountMin(), c.amountMax(), c.trl(),
                c.completedProjects(), c.acceptedProjects());
    }

    private static String firstContained(String docText, List<String> alternatives) {
        for (String alternative : alternatives) {
            if (HAN.matcher(alternative).find() ? docText.contains(alternative) : containsTerm(docText, alternative)) {
                return alternative;
            }
        }
        return null;
    }

    /**
     * The words to query with: when the index is large, words that occur in more than
     * {@code maxDocShare} of the documents are left out (they match most documents and decide little),
     * and of the rest at most {@code maxTerms}, rarest first (MoreLikeThis-style). Document
     * frequencies are counted once per word and cached for a few minutes.
     */
    Map<String, Integer> selectTerms(Map<String, Integer> all) {
        Weights w = weights;
        if (w.maxTerms() <= 0 || all.isEmpty()) {
            return all;
        }
        long total = documentCount();
        if (total < w.minDocsForSelection()) {
            return all;
        }
        List<Map.Entry<String, Long>> byFrequency = new ArrayList<>();
        for (String term : all.keySet()) {
            long df = documentFrequency(term);
            if (df > 0 && df <= w.maxDocShare() * total) {
                byFrequency.add(Map.entry(term, df));
            }
        }
        byFrequency.sort(Map.Entry.comparingByValue());
        Map<String, Integer> selected = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, Long> e : byFrequency.subList(0, Math.min(w.maxTerms(), byFrequency.size()))) {
            selected.put(e.getKey(), all.get(e.getKey()));
        }
        return selected.isEmpty() ? all : selected;
    }

    private long documentCount() {
        refreshStatisticsIfOld();
        Long cached = documentFrequencies.get(TOTAL_KEY);
        if (cached == null) {
            cached = Search.session(entityManager).search(MatchDocument.class).where(f -> f.matchAll())
                    .fetchTotalHitCount();
            documentFrequencies.put(TOTAL_KEY, cached);
        }
        return cached;
    }

    private long documentFrequency(String term) {
        Long cached = documentFrequencies.get(term);
        if (cached == null) {
            cached = Search.session(entityManager).search(MatchDocument.class)
                    .where(f -> f.match().field(CONTENT_ZH).matching(term).skipAnalysis()).fetchTotalHitCount();
            if (documentFrequencies.size() < 100_000) {
                documentFrequencies.put(term, cached);
            }
        }
        return cached;
    }

    private void refreshStatisticsIfOld() {
        long now = System.nanoTime();
        if (now - statisticsSince > STATISTICS_TTL_NANOS) {
            documentFrequencies.clear();
            statisticsSince = now;
        }
    }

    private QueryTerms queryTerms(String text, List<SynonymService.Expansion> expansions,
            CrossLanguageTerms.Translation translation) {
        List<String> han = new ArrayList<>();
        Map<String, Integer> all = new java.util.LinkedHashMap<>();
        for (String token : tokens(chinese, text)) {
            all.merge(token, 1, Integer::sum);
            if (HAN.matcher(token).find() && token.length() >= 2 && !han.contains(token)) {
                han.add(token);
            }
        }
        List<String[]> latin = new ArrayList<>();
        Matcher m = LATIN_WORD.matcher(text);
        Set<String> seen = new LinkedHashSet<>();
        while (m.find()) {
            String word = m.group();
            List<String> stems = tokens(english, word);
            if (stems.size() == 1 && seen.add(stems.getFirst())) {
                latin.add(new String[] {word, stems.getFirst()});
            }
        }
        return new QueryTerms(all, han, latin, expansions, translation.found());
    }

    private List<String> matchedTerms(QueryTerms terms, String docText) {
        List<String> matched = new ArrayList<>();
        // a substring test instead of segmenting every result's text (smartcn costs ~1.7 µs per character)
        for (String token : terms.han()) {
            if (docText.contains(token)) {
                matched.add(token);
            }
        }
        if (!terms.latin().isEmpty()) {
            Set<String> docStems = new LinkedHashSet<>(tokens(english, latinWords(docText)));
            for (String[] word : terms.latin()) {
                if (docStems.contains(word[1])) {
                    matched.add(word[0]);
                }
            }
        }
        return matched.size() > 8 ? matched.subList(0, 8) : matched;
    }

    /** The analysed words of a synonym alternative, distinct, in order (cached: the table is small). */
    private List<String> alternativeTerms(String alternative, boolean han) {
        if (ALTERNATIVE_TERMS.size() > 10_000) {
            ALTERNATIVE_TERMS.clear();
        }
        return ALTERNATIVE_TERMS.computeIfAbsent((han ? "zh:" : "en:") + alternative,
                k -> List.copyOf(new LinkedHashSet<>(tokens(han ? chinese : english, alternative))));
    }

    static boolean containsTerm(String text, String term) {
        if (TERM_PATTERNS.size() > 10_000) {
            TERM_PATTERNS.clear();
        }
        return TERM_PATTERNS.computeIfAbsent(term, SynonymService::termPattern).matcher(text).find();
    }

    static List<String> tokens(Analyzer analyzer, String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    static String latinWords(String text) {
        StringBuilder out = new StringBuilder();
        Matcher m = LATIN_WORD.matcher(text);
        while (m.find()) {
            out.append(m.group()).append(' ');
        }
        return out.toString().strip().toLowerCase(Locale.ROOT);
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        for (String x : a) {
            if (b.contains(x)) {
                return true;
            }
        }
        return false;
    }

    private static int nz(Integer value) {
        return value == null ? 0 : value;
    }

    /** How a price compares with a budget. */
    enum BudgetFit {
        FITS, OVER, FAR_OVER, UNKNOWN;

        static BudgetFit of(BigDecimal budget, BigDecimal price) {
            if (budget == null || price == null || budget.signum() <= 0) {
                return UNKNOWN;
            }
            if (price.compareTo(budget) <= 0) {
                return FITS;
            }
            BigDecimal ratio = price.divide(budget, 3, RoundingMode.HALF_UP);
            return ratio.doubleValue() <= FAR_OVER_FACTOR ? OVER : FAR_OVER;
        }
    }

    record Candidate(MatchKind kind, Long sourceId, String title, Long ownerOrganisationId, String ownerName,
            Set<String> sceneFields, Set<String> industryFields, Set<String> industryChains, String zoneArea,
            BigDecimal amountMin, BigDecimal amountMax, Integer trl, int completedProjects, int acceptedProjects,
            Long documentId, double textScore) {
    }

    private record Scored(Candidate candidate, double total, double text, boolean scene, boolean field,
            boolean chain, boolean zone, BudgetFit fit) {
    }

    private record QueryTerms(Map<String, Integer> all, List<String> han, List<String[]> latin, List<SynonymService.Expansion> expansions,
            List<SynonymService.Expansion> translations) {
    }
}
