package com.scenehub.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The glossary translates the words of a query, longest Chinese word first, English as whole words. */
class CrossLanguageTermsTest {

    private final CrossLanguageTerms terms = new CrossLanguageTerms();

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
}
