package org.procuredesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** English and Romanian say the same things, and every text the code asks for exists in both. */
class MessageBundlesTest {

    /** Literal keys; a key built by concatenation (ending in a dot) is checked by the tests of its code. */
    static final Pattern KEY_IN_CODE = Pattern.compile(
            "(?:getTranslation|messages\\.get|new DomainException|DomainException\\.ofField)\\((?:\"[^\"]*\",\\s*)?\"([a-zA-Z][\\w.]+)\"");
    static final Pattern KEY_IN_CONSTRAINT = Pattern.compile("message\\s*=\\s*\"\\{([\\w.]+)}\"");
    static final Pattern KEY_IN_MENU = Pattern.compile("@Menu\\(title\\s*=\\s*\"([\\w.]+)\"");
    /** What people are notified of: the keys are stored with each notification and looked up when it is read. */
    static final Pattern KEY_OF_NOTICE = Pattern.compile("\"(notice\\.[\\w.]+)\"");

    @Test
    void englishAndRomanianHaveTheSameKeys() {
        assertThat(load("ro").stringPropertyNames()).isEqualTo(load("").stringPropertyNames());
    }

    @Test
    void noTextIsEmpty() {
        Properties english = load("");
        Properties romanian = load("ro");
        assertThat(english.stringPropertyNames()).allSatisfy(key -> {
            assertThat(english.getProperty(key)).as(key).isNotBlank();
            assertThat(romanian.getProperty(key)).as(key).isNotBlank();
        });
    }

    @Test
    void everyKeyTheCodeAsksForExists() throws IOException {
        Set<String> keys = keysUsedInCode();
        Set<String> known = load("").stringPropertyNames();

        assertThat(keys).isNotEmpty();
        assertThat(known).containsAll(keys);
    }

    private static Set<String> keysUsedInCode() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                String code = Files.readString(source);
                for (Pattern pattern : new Pattern[] {KEY_IN_CODE, KEY_IN_CONSTRAINT, KEY_IN_MENU, KEY_OF_NOTICE}) {
                    Matcher matcher = pattern.matcher(code);
                    while (matcher.find()) {
                        if (!matcher.group(1).endsWith(".")) {
                            keys.add(matcher.group(1));
                        }
                    }
                }
            }
        }
        return keys;
    }

    private static Properties load(String language) {
        String name = "/vaadin-i18n/translations" + (language.isEmpty() ? "" : "_" + language) + ".properties";
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        return properties;
    }
}
