package com.scenehub.matching;

import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The index's analyzers: Chinese word segmentation with Lucene's smartcn (HMM-based, words rather
 * than single characters; Latin words inside Chinese text are lower-cased and stemmed), and an
 * English analyzer (possessives, stop words, Porter stemming). Synonyms are not baked into the index:
 * the engine expands queries from the editable synonym table, so an edit needs no re-indexing.
 */
public class MatchingAnalysisConfigurer implements LuceneAnalysisConfigurer {

    public static final String CHINESE = "scenehub_zh";
    public static final String ENGLISH = "scenehub_en";

    /** Function words that carry no meaning for matching, on top of smartcn's punctuation list. */
    static final List<String> CHINESE_STOP_WORDS = List.of("的", "了", "和", "与", "及", "或", "等", "在", "是", "对",
            "为", "并", "将", "把", "被", "由", "从", "以", "于", "中", "上", "下", "个", "之", "其", "该", "我们", "我", "您",
            "需要", "希望", "进行", "实现", "提供", "能够", "可以", "一个", "一套", "相关", "现有", "目前", "已", "有",
            "the", "a", "an", "and", "or", "of", "for", "to", "in", "on", "with", "by", "is", "are", "we", "our");

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(CHINESE).instance(chineseAnalyzer());
        context.analyzer(ENGLISH).instance(new EnglishAnalyzer());
    }

    /** The Chinese analyzer, also used outside the index (explanations, tests). */
    static SmartChineseAnalyzer chineseAnalyzer() {
        CharArraySet stopWords = new CharArraySet(SmartChineseAnalyzer.getDefaultStopSet(), true);
        stopWords.addAll(CHINESE_STOP_WORDS);
        return new SmartChineseAnalyzer(stopWords);
    }
}
