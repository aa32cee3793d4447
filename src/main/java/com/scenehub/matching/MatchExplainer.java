package com.scenehub.matching;

import com.scenehub.referencedata.ReferenceDataService;
import com.scenehub.referencedata.ReferenceKind;
import com.scenehub.shared.i18n.Translations;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Writes a result's reasons in a language: reference codes become names, keys become sentences. */
@Component
public class MatchExplainer {

    private final Translations translations;
    private final ReferenceDataService referenceData;

    MatchExplainer(Translations translations, ReferenceDataService referenceData) {
        this.translations = translations;
        this.referenceData = referenceData;
    }

    public List<String> explain(MatchResult result, Locale locale) {
        return result.reasons().stream().map(r -> sentence(r, locale)).toList();
    }

    public ExplainedMatch explained(MatchResult result, Locale locale) {
        return new ExplainedMatch(result, explain(result, locale));
    }

    public String sentence(Reason reason, Locale locale) {
        ReferenceKind kind = switch (reason.key()) {
            case "matching.reason.scene-field" -> ReferenceKind.SCENE_FIELD;
            case "matching.reason.industry-field" -> ReferenceKind.INDUSTRY_FIELD;
            case "matching.reason.industry-chain" -> ReferenceKind.INDUSTRY_CHAIN;
            case "matching.reason.zone" -> ReferenceKind.ZONE_AREA;
            default -> null;
        };
        if (kind != null) {
            String names = reason.args().stream().map(code -> referenceData.label(kind, code, locale))
                    .collect(Collectors.joining(separator(locale)));
            return translations.translate(locale, reason.key(), names);
        }
        return translations.translate(locale, reason.key(), reason.args().toArray());
    }

    private static String separator(Locale locale) {
        return Translations.supported(locale).equals(Translations.ENGLISH) ? ", " : "、";
    }
}
