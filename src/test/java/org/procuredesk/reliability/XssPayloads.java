package org.procuredesk.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The well-known XSS payloads of {@code src/test/resources/xss/payloads.txt}, and what each would call if it ran. */
public final class XssPayloads {

    /** What a payload calls when it runs: the functions the browser tests count, or the marker they watch. */
    public static final List<String> CALLS = List.of("alert", "confirm", "prompt", "xss=");

    private static final String RESOURCE = "/xss/payloads.txt";
    private static final Pattern BASE64 = Pattern.compile("(?:base64,|atob\\(')([A-Za-z0-9+/=]+)");
    private static final Pattern CHAR_CODES = Pattern.compile("fromCharCode\\(([\\d,]+)\\)");
    private static final Pattern DECIMAL_ENTITY = Pattern.compile("&#(\\d+);?");
    private static final Pattern HEX_ENTITY = Pattern.compile("&#x([0-9a-fA-F]+);?");
    private static final Pattern PERCENT = Pattern.compile("%([0-9a-fA-F]{2})");
    private static final Pattern JS_ESCAPE = Pattern.compile("\\\\(?:u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2}))");

    private XssPayloads() {
    }

    /** Every payload, in the file's order. */
    public static List<String> all() {
        try (InputStream file = XssPayloads.class.getResourceAsStream(RESOURCE)) {
            return new String(file.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isEmpty() && !line.startsWith("# "))
                    .toList();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    /**
     * The payload with its encodings undone (base64, {@code String.fromCharCode}, HTML character references, percent
     * and JavaScript escapes, string concatenation), in lower case: what the browser would end up calling.
     */
    static String decoded(String payload) {
        String text = payload + " " + replace(BASE64, payload,
                base64 -> new String(Base64.getDecoder().decode(base64.group(1)), StandardCharsets.UTF_8));
        text = replace(CHAR_CODES, text, codes -> Arrays.stream(codes.group(1).split(","))
                .map(code -> Character.toString(Integer.parseInt(code))).collect(Collectors.joining()));
        text = replace(DECIMAL_ENTITY, text, entity -> Character.toString(Integer.parseInt(entity.group(1))));
        text = replace(HEX_ENTITY, text, entity -> Character.toString(Integer.parseInt(entity.group(1), 16)));
        text = replace(PERCENT, replace(PERCENT, text, XssPayloads::hex), XssPayloads::hex);
        text = replace(JS_ESCAPE, text, escape -> hex(escape.group(1) != null ? escape.group(1) : escape.group(2)));
        return text.replace("'+'", "").toLowerCase(Locale.ROOT);
    }

    private static String hex(MatchResult percent) {
        return hex(percent.group(1));
    }

    private static String hex(String digits) {
        return Character.toString(Integer.parseInt(digits, 16));
    }

    private static String replace(Pattern pattern, String text, Function<MatchResult, String> replacement) {
        return pattern.matcher(text).replaceAll(match -> Matcher.quoteReplacement(replacement.apply(match)));
    }
}
