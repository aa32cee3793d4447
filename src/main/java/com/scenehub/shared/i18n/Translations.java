package com.scenehub.shared.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The one source of user-visible text: {@code vaadin-i18n/translations*.properties}, Chinese
 * (zh-CN, the default) and English. Views reach it through {@code getTranslation}; services use it
 * for e-mails and documents in the recipient's language.
 */
@Component
public class Translations implements I18NProvider {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(CHINESE, ENGLISH);
    static final String BUNDLE = "vaadin-i18n.translations";

    private static final Logger log = LoggerFactory.getLogger(Translations.class);
    // No fallback to the JVM's default locale: English must never come out Chinese or the reverse.
    private static final ResourceBundle.Control CONTROL =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        if (key == null) {
            return "";
        }
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, supported(locale), CONTROL);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            log.warn("Missing translation {} for {}", key, locale);
            return "!" + key;
        }
        if (params == null || params.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, supported(locale)).format(params);
    }

    /** Translates into the given language, or Chinese when the locale is not one we support. */
    public String translate(Locale locale, String key, Object... params) {
        return getTranslation(key, locale, params);
    }

    public static Locale supported(Locale locale) {
        if (locale != null && ENGLISH.getLanguage().equals(locale.getLanguage())) {
            return ENGLISH;
        }
        return CHINESE;
    }

    public static Locale parse(String tag) {
        return tag == null || tag.isBlank() ? CHINESE : supported(Locale.forLanguageTag(tag));
    }
}
