package com.scenehub.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.scenehub.shared.domain.BusinessRuleException;
import com.scenehub.shared.security.Roles;
import com.scenehub.support.SceneHubTest;
import com.scenehub.support.SignedIn;
import com.scenehub.support.TestData;
import java.util.List;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Chinese segmentation, English analysis and the synonym list managers edit. */
@SceneHubTest
class MatchingAnalysisTest {

    @Autowired SynonymService synonyms;
    @Autowired MatchingIndex index;
    @Autowired MatchingSearch search;
    @Autowired TestData testData;
    @Autowired SignedIn signedIn;

    @Test
    void chineseIsSegmentedIntoWordsNotSingleCharacters() {
        List<String> tokens = MatchingEngine.tokens(MatchingAnalysisConfigurer.chineseAnalyzer(),
                "成品仓库需要自动搬运货物，减少叉车人工。");

        assertThat(tokens).contains("成品", "仓库", "自动", "搬运", "货物", "减少", "叉车");
        assertThat(tokens).doesNotContain("，", "。", "需要");
    }

    @Test
    void latinWordsInsideChineseTextAreLowerCasedAndStemmed() {
        List<String> tokens = MatchingEngine.tokens(MatchingAnalysisConfigurer.chineseAnalyzer(), "AGV调度与WMS对接");

        assertThat(tokens).contains("agv", "调度", "对接");
        // Porter stemming also reaches acronyms (WMS -> wm); query and index are stemmed alike, so they still meet
        assertThat(tokens).anyMatch(t -> t.startsWith("wm"));
    }

    @Test
    void englishIsStemmedAndStopWordsDropped() {
        List<String> tokens = MatchingEngine.tokens(new EnglishAnalyzer(), "The inspection of soldered joints");

        assertThat(tokens).containsExactly("inspect", "solder", "joint");
    }

    @Test
    void seededSynonymsExpandChineseAndEnglishTermsBothWays() {
        List<SynonymService.Expansion> fromChinese = synonyms.expansions("仓库需要无人搬运车");
        List<SynonymService.Expansion> fromEnglish = synonyms.expansions("agv for the warehouse");

        assertThat(fromChinese).anySatisfy(e -> {
            assertThat(e.found()).isEqualTo("无人搬运车");
            assertThat(e.alternatives()).contains("AGV", "自动导引车", "移动机器人");
        });
        assertThat(fromEnglish).anySatisfy(e -> assertThat(e.alternatives()).contains("自动导引车", "无人搬运车"));
    }

    @Test
    void latinTermsMatchOnlyAsWholeWords() {
        assertThat(synonyms.expansions("PHMS")).noneMatch(e -> e.found().equals("PHM"));
        assertThat(synonyms.expansions("设备 PHM 平台")).anyMatch(e -> e.found().equals("PHM"));
    }

    @Test
    void aManagersNewSynonymTakesEffectOnTheNextSearchWithoutReindexing() {
        String unique = "量子焊枪" + TestData.next();
        MatchSource item = MatchingFixtures.item(MatchingFixtures.nextId(), "甲", true, "Plasma cutter Z" + TestData.next(),
                "Plasma cutting torch for steel plates.", null, null, 10_000, 20_000, 8, 0);
        index.upsert(item);
        assertThat(search.search(unique, SearchFilters.none(), java.util.Locale.ENGLISH))
                .noneMatch(r -> r.match().sourceId().equals(item.sourceId()));

        var manager = testData.staff(Roles.MANAGER);
        SynonymGroup group = signedIn.as(manager, () -> synonyms.add(unique + " | plasma cutting torch", "test"));

        assertThat(search.search(unique, SearchFilters.none(), java.util.Locale.ENGLISH))
                .anyMatch(r -> r.match().sourceId().equals(item.sourceId()));

        signedIn.run(manager, () -> synonyms.update(group.id(), String.join("|", group.terms()), null, false));
        assertThat(search.search(unique, SearchFilters.none(), java.util.Locale.ENGLISH))
                .noneMatch(r -> r.match().sourceId().equals(item.sourceId()));
    }

    @Test
    void aGroupNeedsTwoDistinctTermsAndOnlyStaffMayEditIt() {
        var manager = testData.staff(Roles.MANAGER);
        assertThatThrownBy(() -> signedIn.as(manager, () -> synonyms.add("AGV | agv", null)))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(e -> ((BusinessRuleException) e).messageKey())
                .isEqualTo("error.matching.synonym-needs-two-terms");

        var provider = testData.verifiedOrganisation(Roles.PROVIDER).user();
        assertThatThrownBy(() -> signedIn.as(provider, () -> synonyms.add("甲 | 乙", null)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
