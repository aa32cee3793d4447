package com.scenehub.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.scenehub.support.SceneHubTest;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Speed on 100 000 generated supply items: index build time (Hibernate Search mass indexer over the
 * match_document table) and top-10 ranked-matching latency. Run with
 * {@code ./mvnw -B test -Dtest=MatchingSpeedBenchmark -Dbenchmark=true} (add -Dbenchmark.items=N to vary).
 */
@SceneHubTest
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class MatchingSpeedBenchmark {

    private static final long BASE = 20_000_000L;
    private static final String[] EXTRA = {"支持私有化部署", "提供七天二十四小时运维", "已通过等保三级测评", "可与ERP系统集成",
            "支持移动端", "提供培训与驻场服务", "符合国家标准", "支持多工厂部署", "数据本地存储", "开放API接口",
            "supports on-premise deployment", "24/7 support", "open REST API", "multi-site rollout"};

    @Autowired JdbcTemplate jdbc;
    @Autowired EntityManagerFactory entityManagerFactory;
    @Autowired MatchingEngine engine;
    @Autowired MatchingIndex index;
    @Autowired MatchDocumentRepository documents;

    @Test
    void buildAndQuery() throws Exception {
        int count = Integer.getInteger("benchmark.items", 100_000);
        EvaluationSet set = EvaluationSet.load();
        Random random = new Random(42);
        long insertStart = System.nanoTime();
        List<Object[]> batch = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now());
        for (int i = 0; i < count; i++) {
            MatchSource t = set.items.get(random.nextInt(set.items.size()));
            String text = t.text() + " " + EXTRA[random.nextInt(EXTRA.length)] + "，" + EXTRA[random.nextInt(EXTRA.length)]
                    + "。案例编号" + i;
            double factor = 0.5 + random.nextDouble() * 1.5;
            BigDecimal min = t.amountMin() == null ? null : t.amountMin().multiply(BigDecimal.valueOf(factor)).setScale(0, java.math.RoundingMode.HALF_UP);
            BigDecimal max = t.amountMax() == null ? null : t.amountMax().multiply(BigDecimal.valueOf(factor)).setScale(0, java.math.RoundingMode.HALF_UP);
            long provider = BASE + 500_000 + random.nextInt(count / 5 + 1);
            batch.add(new Object[] {"SUPPLY_ITEM", BASE + i, provider, "供给方" + provider, "PUBLIC",
                    t.title() + " " + (i % 97 == 0 ? "Pro" : "V" + (i % 9)), text, MatchDocument.detectLanguage(text),
                    String.join(",", new java.util.TreeSet<>(t.sceneFields())), String.join(",", t.industryFields()),
                    String.join(",", index.chainsOf(t.industryFields())), "CORE_SOUTH", min, max,
                    1 + random.nextInt(9), random.nextInt(6), random.nextInt(3), now});
            if (batch.size() == 2000) {
                insert(batch);
            }
        }
        insert(batch);
        double insertSeconds = (System.nanoTime() - insertStart) / 1e9;

        long buildStart = System.nanoTime();
        Search.mapping(entityManagerFactory).scope(MatchDocument.class).massIndexer()
                .threadsToLoadObjects(2).batchSizeToLoadObjects(500).mergeSegmentsOnFinish(true).startAndWait();
        double buildSeconds = (System.nanoTime() - buildStart) / 1e9;

        set.requirements.forEach(index::upsert);
        List<MatchQuery> queries = set.requirements.stream()
                .map(r -> MatchingService.queryFor(documents.findByKindAndSourceId(MatchKind.REQUIREMENT, r.sourceId())
                        .orElseThrow()))
                .toList();
        for (int i = 0; i < 100; i++) {
            engine.rank(queries.get(i % queries.size()), 10);
        }
        int runs = Integer.getInteger("benchmark.runs", 1000);
        int rounds = Integer.getInteger("benchmark.rounds", 3);
        System.out.printf(Locale.ROOT, "=== Matching speed: %d supply items, %d cores, max heap %d MB ===%n", count,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / (1024 * 1024));
        System.out.printf(Locale.ROOT, "insert rows (JDBC batches)  %.1f s%n", insertSeconds);
        System.out.printf(Locale.ROOT, "index build (mass indexer)  %.1f s   (load average after: %s)%n", buildSeconds,
                loadAverage());
        jdk.jfr.Recording recording = null;
        if (Boolean.getBoolean("benchmark.jfr")) {
            recording = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
            recording.start();
        }
        int results = 0;
        MatchingEngine target = org.springframework.test.util.AopTestUtils.getTargetObject(engine);
        MatchingEngine.Weights shipped = target.weights;
        int total = rounds + (Boolean.getBoolean("benchmark.compare") ? 2 : 0);
        for (int round = 1; round <= total; round++) {
            if (round > rounds) {
                if (round == rounds + 1) {
                    // ablation: the category boosts as Lucene clauses (required text + optional categories)
                    target.weights = shipped.withCategoryBoostInRetrieval(!shipped.categoryBoostInRetrieval());
                    System.out.println("round " + round + " with categoryBoostInRetrieval="
                            + target.weights.categoryBoostInRetrieval() + ":");
                } else {
                    // ablation: every query word, no selection by document frequency
                    target.weights = shipped.with(shipped.crossBoost(), shipped.field(), shipped.structureFloor(), 0,
                            shipped.maxDocShare(), shipped.minDocsForSelection());
                    System.out.println("round " + round + " WITHOUT query-word selection:");
                }
            }
            long[] nanos = new long[runs];
            long[] cpu = new long[runs];
            var threads = java.lang.management.ManagementFactory.getThreadMXBean();
            String loadBefore = loadAverage();
            for (int i = 0; i < runs; i++) {
                MatchQuery q = queries.get(random.nextInt(queries.size()));
                long cpuStart = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                results += engine.rank(q, 10).size();
                nanos[i] = System.nanoTime() - start;
                cpu[i] = threads.getCurrentThreadCpuTime() - cpuStart;
            }
            Arrays.sort(nanos);
            Arrays.sort(cpu);
            System.out.printf(Locale.ROOT, "round %d, top-10 ranked matching over %d queries: wall p50 %.1f ms  p95 %.1f ms  p99 %.1f ms  max %.1f ms%n",
                    round, runs, pct(nanos, 0.50), pct(nanos, 0.95), pct(nanos, 0.99), nanos[runs - 1] / 1e6);
            System.out.printf(Locale.ROOT, "round %d, CPU time of the querying thread: p50 %.1f ms  p95 %.1f ms  p99 %.1f ms%n",
                    round, pct(cpu, 0.50), pct(cpu, 0.95), pct(cpu, 0.99));
            System.out.println("round " + round + ", load average before / after: " + loadBefore + " / " + loadAverage());
            if (recording != null && round == 1) {
                recording.stop();
                printHotMethods(recording);
                recording = null;
            }
        }
        target.weights = shipped;
        assertThat(results).isPositive();
    }

    /** The methods most often on top of the querying thread's stack (JFR execution samples). */
    private static void printHotMethods(jdk.jfr.Recording recording) {
        try {
            java.nio.file.Path file = java.nio.file.Path.of("target/matching-speed.jfr");
            recording.dump(file);
            java.util.Map<String, Integer> self = new java.util.HashMap<>();
            java.util.Map<String, Integer> inclusive = new java.util.HashMap<>();
            int total = 0;
            for (var event : jdk.jfr.consumer.RecordingFile.readAllEvents(file)) {
                if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null
                        || !"main".equals(event.getThread("sampledThread").getJavaName())) {
                    continue;
                }
                total++;
                var frames = event.getStackTrace().getFrames();
                if (!frames.isEmpty()) {
                    self.merge(frame(frames.getFirst()), 1, Integer::sum);
                }
                java.util.Set<String> seen = new java.util.HashSet<>();
                for (var f : frames) {
                    String name = frame(f);
                    if (name.startsWith("com.scenehub") || name.contains("lucene") && seen.size() < 40) {
                        if (seen.add(name)) {
                            inclusive.merge(name, 1, Integer::sum);
                        }
                    }
                }
            }
            int samples = total;
            System.out.println("JFR: " + samples + " samples of the querying thread; top self:");
            self.entrySet().stream().sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed()).limit(25)
                    .forEach(e -> System.out.printf(Locale.ROOT, "  self %5.1f%%  %s%n", 100.0 * e.getValue() / samples, e.getKey()));
            System.out.println("JFR top inclusive (scenehub and lucene frames):");
            inclusive.entrySet().stream().sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed()).limit(40)
                    .forEach(e -> System.out.printf(Locale.ROOT, "  incl %5.1f%%  %s%n", 100.0 * e.getValue() / samples, e.getKey()));
        } catch (java.io.IOException e) {
            System.out.println("JFR failed: " + e);
        }
    }

    private static String frame(jdk.jfr.consumer.RecordedFrame f) {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return "n/a";
        }
    }

    private void insert(List<Object[]> batch) {
        if (batch.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("insert into match_document (kind, source_id, owner_organisation_id, owner_name, visibility, title, "
                + "body, language, scene_fields, industry_fields, industry_chains, zone_area, amount_min, amount_max, trl, "
                + "completed_projects, accepted_projects, updated_at) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", batch);
        batch.clear();
    }

    private static double pct(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
}
