package com.scenehub.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.scenehub.shared.domain.BusinessRuleException;
import com.scenehub.shared.security.Roles;
import com.scenehub.support.SceneHubTest;
import com.scenehub.support.SignedIn;
import com.scenehub.support.TestData;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The glossary (the TRANSLATION groups managers edit, seeded by migration V70) translates the words of a
 * query, longest Chinese word first, English as whole words; an edit applies to the next query.
 */
@SceneHubTest
class CrossLanguageTermsTest {

    @Autowired CrossLanguageTerms terms;
    @Autowired SynonymService synonyms;
    @Autowired MatchingIndex index;
    @Autowired MatchingSearch search;
    @Autowired TestData testData;
    @Autowired SignedIn signedIn;

    @Test
    void chineseWordsBecomeEnglishWordsLongestFirst() {
        CrossLanguageTerms.Translation t = terms.translate("烟叶仓库温湿度在线监测");
        assertThat(t.english()).contains("warehouse", "temperature", "humidity", "monitoring", "tobacco leaf");
        // 温湿度 covers 湿度 and 温度: found once, as the longer word
        assertThat(t.found()).extracting(SynonymService.Expansion::found).contains("温湿度").doesNotContain("湿度");
        assertThat(t.chinese()).isEmpty();
    }

    @Test
    void englishWordsBecomeChineseWordsOnlyAsWholeWords() {
        CrossLanguageTerms.Translation t = terms.translate("Food foreign body inspection for packaged lines");
        assertThat(t.chinese()).contains("异物", "食品");
        assertThat(terms.translate("Foodstuff").chinese()).doesNotContain("食品");
    }

    @Test
    void nothingToTranslate() {
        assertThat(terms.translate("").found()).isEmpty();
        assertThat(terms.translate("甲乙丙").english()).isEmpty();
    }

    @Test
    void aManagersNewTranslationReachesAnEnglishItemFromTheNextQuery() {
        String english = "zeolite" + TestData.next();
        String chinese = "沸石分子筛" + TestData.next();
        MatchSource item = MatchingFixtures.item(MatchingFixtures.nextId(), "甲", true, "Molecular sieve " + english,
                "Activated " + english + " adsorbent for gas drying.", null, null, 10_000, 20_000, 7, 0);
        index.upsert(item);
        assertThat(terms.translate(chinese + "吸附剂").english()).doesNotContain(english);
        assertThat(search.search(chinese, SearchFilters.none(), Locale.SIMPLIFIED_CHINESE))
                .noneMatch(r -> r.match().sourceId().equals(item.sourceId()));

        var manager = testData.staff(Roles.MANAGER);
        SynonymGroup added = signedIn.as(manager,
                () -> synonyms.add(SynonymKind.TRANSLATION, chinese + " | " + english, "test"));

        assertThat(added.kind()).isEqualTo(SynonymKind.TRANSLATION);
        assertThat(terms.translate(chinese + "吸附剂").english()).contains(english);
        assertThat(search.search(chinese, SearchFilters.none(), Locale.SIMPLIFIED_CHINESE))
                .anyMatch(r -> r.match().sourceId().equals(item.sourceId()));

        signedIn.run(manager, () -> synonyms.update(added.id(), String.join("|", added.terms()), null, false));
        assertThat(terms.translate(chinese + "吸附剂").english()).doesNotContain(english);
    }

    @Test
    void aTranslationNeedsBothLanguagesAndOnlyStaffMayAddOne() {
        var manager = testData.staff(Roles.MANAGER);
        assertThatThrownBy(() -> signedIn.as(manager, () -> synonyms.add(SynonymKind.TRANSLATION, "仓库 | 库房", null)))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(e -> ((BusinessRuleException) e).messageKey())
                .isEqualTo("error.matching.translation-needs-both-languages");
        assertThatThrownBy(() -> signedIn.as(manager,
                () -> synonyms.add(SynonymKind.TRANSLATION, "warehouse | storage", null)))
                .isInstanceOf(BusinessRuleException.class);
        // a synonym group may stay within one language
        assertThat(signedIn.as(manager, () -> synonyms.add("库房" + TestData.next() + " | 仓房" + TestData.next(), null))
                .kind()).isEqualTo(SynonymKind.SYNONYM);

        var provider = testData.verifiedOrganisation(Roles.PROVIDER).user();
        assertThatThrownBy(() -> signedIn.as(provider, () -> synonyms.add(SynonymKind.TRANSLATION, "仓库 | depot", null)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
