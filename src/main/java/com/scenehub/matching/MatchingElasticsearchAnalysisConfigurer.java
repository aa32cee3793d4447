package com.scenehub.matching;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The matching analyzers for the Elasticsearch/OpenSearch backend (profile 'cluster'), the same as
 * {@link MatchingAnalysisConfigurer} for Lucene: smartcn word segmentation (plugin
 * {@code analysis-smartcn} on every search node) with our function words as stop words and Porter
 * stemming of Latin words, and the built-in English analyzer.
 */
public class MatchingElasticsearchAnalysisConfigurer implements ElasticsearchAnalysisConfigurer {

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.tokenFilter("scenehub_zh_stop").type("stop")
                .param("stopwords", MatchingAnalysisConfigurer.CHINESE_STOP_WORDS.toArray(String[]::new));
        context.analyzer(MatchingAnalysisConfigurer.CHINESE).custom()
                .tokenizer("smartcn_tokenizer")
                .tokenFilters("lowercase", "smartcn_stop", "scenehub_zh_stop", "porter_stem");
        context.analyzer(MatchingAnalysisConfigurer.ENGLISH).type("english");
    }
}
