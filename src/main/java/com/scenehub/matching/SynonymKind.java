package com.scenehub.matching;

/**
 * What a group in the synonym table is: phrases that mean the same to the zone (expanded in full, on
 * the language of each phrase), or the Chinese and English words for one concept (a cross-language
 * translation, a lower-weight clause on the other language's text).
 */
public enum SynonymKind {
    SYNONYM, TRANSLATION
}
