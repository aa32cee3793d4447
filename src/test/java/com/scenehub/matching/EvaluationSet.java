package com.scenehub.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The labelled matching evaluation set in src/test/resources/matching-eval (see its README). */
final class EvaluationSet {

    static final long ITEM_BASE = 9_100_000L;
    static final long PROVIDER_BASE = 9_200_000L;
    static final long REQUIREMENT_BASE = 9_300_000L;
    static final long DEMAND_ENTERPRISE = 9_400_000L;
    private static final BigDecimal WAN = BigDecimal.valueOf(10_000);

    final List<MatchSource> items = new ArrayList<>();
    final List<MatchSource> requirements = new ArrayList<>();
    /** requirement source id -> (item source id -> grade) */
    final Map<Long, Map<Long, Integer>> grades = new HashMap<>();

    static EvaluationSet load() {
        EvaluationSet set = new EvaluationSet();
        String[] zones = {"CORE_SOUTH", "CORE_JIULONG", "HONGTA", "YANHE", "JIANGCHUAN", "OUTSIDE"};
        for (String[] f : rows("items.psv")) {
            long n = Long.parseLong(f[0].substring(1));
            long provider = Long.parseLong(f[1].substring(1));
            set.items.add(MatchSource.supplyItem(ITEM_BASE + n, PROVIDER_BASE + provider, "供给方" + f[1], true, f[2],
                    f[3], set(f[4]), set(f[5]), zones[(int) (provider % zones.length)], wan(f[6]), wan(f[7]),
                    Integer.valueOf(f[8]), Integer.parseInt(f[9]), 0));
        }
        for (String[] f : rows("requirements.psv")) {
            long n = Long.parseLong(f[0].substring(1));
            set.requirements.add(new MatchSource(MatchKind.REQUIREMENT, REQUIREMENT_BASE + n, DEMAND_ENTERPRISE,
                    "需求方", Visibility.OWNER_ONLY, f[1], f[2], set(f[3]), set(f[4]), f[5], wan(f[6]), wan(f[7]), null,
                    0, 0));
        }
        for (String[] f : rows("qrels.psv")) {
            long requirement = REQUIREMENT_BASE + Long.parseLong(f[0].substring(1));
            long item = ITEM_BASE + Long.parseLong(f[1].substring(1));
            set.grades.computeIfAbsent(requirement, k -> new HashMap<>()).put(item, Integer.valueOf(f[2]));
        }
        return set;
    }

    int grade(Long requirement, Long item) {
        return grades.getOrDefault(requirement, Map.of()).getOrDefault(item, 0);
    }

    /** NDCG at k with gains 2^grade - 1 and the ideal order from all graded items of the requirement. */
    double ndcg(Long requirement, List<Long> ranked, int k) {
        double dcg = 0;
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            dcg += (Math.pow(2, grade(requirement, ranked.get(i))) - 1) / log2(i + 2);
        }
        List<Integer> ideal = grades.getOrDefault(requirement, Map.of()).values().stream()
                .sorted((a, b) -> b - a).toList();
        double idcg = 0;
        for (int i = 0; i < Math.min(k, ideal.size()); i++) {
            idcg += (Math.pow(2, ideal.get(i)) - 1) / log2(i + 2);
        }
        return idcg == 0 ? 0 : dcg / idcg;
    }

    /** Share of the first k results graded 2 or 3. */
    double precision(Long requirement, List<Long> ranked, int k) {
        long relevant = ranked.stream().limit(k).filter(id -> grade(requirement, id) >= 2).count();
        return relevant / (double) k;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    private static BigDecimal wan(String value) {
        return value.isBlank() ? null : new BigDecimal(value).multiply(WAN);
    }

    private static Set<String> set(String value) {
        return value.isBlank() ? Set.of() : new LinkedHashSet<>(Arrays.asList(value.split(",")));
    }

    private static List<String[]> rows(String file) {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                EvaluationSet.class.getResourceAsStream("/matching-eval/" + file), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\\|", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
