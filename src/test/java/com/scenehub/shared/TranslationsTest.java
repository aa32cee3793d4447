package com.scenehub.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.scenehub.shared.i18n.Translations;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Both languages are complete, and views put no literal text on screen. */
class TranslationsTest {

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + name);
                Reader reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @Test
    void everyKeyExistsInBothLanguages() throws IOException {
        Set<String> english = new TreeSet<>(load("translations.properties").stringPropertyNames());
        Set<String> chinese = new TreeSet<>(load("translations_zh_CN.properties").stringPropertyNames());

        assertThat(difference(english, chinese)).as("keys missing in Chinese").isEmpty();
        assertThat(difference(chinese, english)).as("keys missing in English").isEmpty();
    }

    @Test
    void noTranslationIsLeftEmpty() throws IOException {
        for (String file : List.of("translations.properties", "translations_zh_CN.properties")) {
            Properties p = load(file);
            assertThat(p.stringPropertyNames().stream().filter(k -> p.getProperty(k).isBlank()))
                    .as("empty values in " + file).isEmpty();
        }
    }

    @Test
    void everyKeyUsedInTheCodeIsTranslated() throws IOException {
        Properties english = load("translations.properties");
        Pattern call = Pattern.compile("getTranslation\\(\\s*\"([a-z0-9][a-z0-9.\\-_]*[a-z0-9])\"");
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = call.matcher(Files.readString(file));
                while (m.find()) {
                    if (!english.containsKey(m.group(1))) {
                        missing.add(file.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void viewsPassNoLiteralTextToComponents() throws IOException {
        Pattern literal = Pattern.compile(
                "(new (Button|Span|H[1-6]|Paragraph|TextField|Label|Tab|Checkbox|RouterLink)|setText|setHeaderText|setLabel|setHeader|setTitle|setPlaceholder|setHelperText|setErrorMessage)\\(\"[^\"]*[A-Za-z\\p{IsHan}]");
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    if (literal.matcher(lines.get(i)).find()) {
                        offenders.add(file.getFileName() + ":" + (i + 1));
                    }
                }
            }
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void englishAndChineseComeOutInTheirOwnLanguage() {
        Translations translations = new Translations();
        assertThat(translations.getTranslation("app.name", Translations.ENGLISH)).isEqualTo("SceneHub");
        assertThat(translations.getTranslation("app.name", Translations.CHINESE)).isEqualTo("场景汇");
        // a language we do not offer falls back to Chinese, the zone's default
        assertThat(translations.getTranslation("app.name", Locale.FRENCH)).isEqualTo("场景汇");
        assertThat(translations.getTranslation("home.greeting", Translations.ENGLISH, "Li")).isEqualTo("Welcome, Li");
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> d = new TreeSet<>(a);
        d.removeAll(b);
        return d;
    }
}
