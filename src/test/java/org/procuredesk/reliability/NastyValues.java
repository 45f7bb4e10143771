package org.procuredesk.reliability;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;
import net.jqwik.engine.SourceOfRandomness;

/**
 * What a careless or hostile client types: huge texts, control characters, emoji, combining marks, right-to-left
 * text, markup, expression-language and SQL fragments, negative and enormous numbers, impossible dates. The
 * properties draw from jqwik's generators with a fixed seed, printed, so a failure replays with
 * {@code -Dprocuredesk.inputs.seed=…}; they run as Jupiter tests in the suite's one Spring context.
 */
public final class NastyValues {

    private static final long SEED = Long.getLong("procuredesk.inputs.seed", 20261126L);

    /** Fragments each of which has broken some application somewhere. */
    public static final List<String> FRAGMENTS = List.of(
            "${1+1}", "${execution.setVariable('x',1)}", "#{T(java.lang.Runtime).getRuntime()}",
            "#{1+1}", "{{7*7}}", "%s%n%x", "' OR 1=1 --", "\"; DROP TABLE purchase_request; --",
            "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "&lt;&amp;", "\u0000", "\r\n",
            "\r", "\b", "\t", "\u001b[31m", "\u2028", "\u2029", "\u200b", "\ufeff", "\ufffd", "😀", "👩‍💻",
            "🇷🇴", "e\u0301\u0301", "Ş̧ţ", "\u202eevil", "مرحبا", "שלום", "日本語", "İı", "ß", "..\\..\\",
            "../../etc/passwd", "null", "NaN", "-0", "  padded  ", " ", "", "\\", "\"", "'", "`", "%00", "%2F");

    /** Characters a JSON string may carry but no database keeps: only over REST, as the brief of each says. */
    public static final List<String> LONE_SURROGATES = List.of("\ud800", "x\udc00", "\udbff\ud800");

    private final Random random;
    private final long seed;

    private NastyValues(long seed) {
        this.seed = seed;
        this.random = new Random(seed);
        SourceOfRandomness.create(Long.toString(seed));
    }

    /** Draws for one property, its seed printed so a failure can be replayed. */
    public static NastyValues forProperty(String property) {
        long seed = SEED ^ property.hashCode();
        System.out.printf("%s draws its inputs with seed %d (-Dprocuredesk.inputs.seed=%d)%n", property, seed, SEED);
        return new NastyValues(seed);
    }

    public long seed() {
        return seed;
    }

    /** One value of the arbitrary, from this thread's jqwik randomness, seeded when the property began. */
    public <T> T draw(Arbitrary<T> arbitrary) {
        return arbitrary.sample();
    }

    public boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    public <T> T oneOf(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    /** A nasty text, lone surrogates included when {@code overRest}; about one in 300 is close to 1 MB long. */
    public String text(boolean overRest) {
        return draw(texts(overRest));
    }

    public static Arbitrary<String> texts(boolean overRest) {
        Arbitrary<String> fragment = overRest
                ? Arbitraries.frequencyOf(Tuple.of(12, Arbitraries.of(FRAGMENTS)),
                        Tuple.of(1, Arbitraries.of(LONE_SURROGATES)))
                : Arbitraries.of(FRAGMENTS);
        Arbitrary<String> anyChars = Arbitraries.strings().all().ofMaxLength(40)
                .map(text -> overRest ? text : withoutSurrogates(text));
        Arbitrary<String> mixed = Arbitraries.oneOf(fragment, anyChars, Arbitraries.strings().alpha().ofMaxLength(8))
                .list().ofMinSize(1).ofMaxSize(5).map(parts -> String.join("", parts));
        Arbitrary<String> atLimits = Arbitraries.of(20, 21, 64, 65, 120, 121, 200, 201, 255, 256, 500, 501, 2000,
                2001, 4000, 4001, 65_536).flatMap(length -> Arbitraries.of("x", "é", "😀", "\u0000", "<")
                .map(unit -> unit.repeat(Math.max(1, length / unit.length()))));
        Arbitrary<String> huge = Arbitraries.of("a", "😀", "${1+1}").map(unit -> unit.repeat(1_000_000 / unit.length()));
        return Arbitraries.frequencyOf(Tuple.of(10, fragment), Tuple.of(40, mixed), Tuple.of(8, atLimits),
                Tuple.of(1, huge));
    }

    /** Whole numbers from the absurd to the off-by-one, as JSON number literals (some beyond any Java type). */
    public String integerLiteral() {
        return draw(Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of("-1", "0", "-2147483648", "2147483647", "2147483648",
                        "9223372036854775807", "-9223372036854775808", "9223372036854775808", "1001", "1e3",
                        "1.5", "-0", "1E400", "000001")),
                Tuple.of(1, Arbitraries.bigIntegers().between(BigInteger.TEN.pow(40).negate(), BigInteger.TEN.pow(40))
                        .map(BigInteger::toString))));
    }

    /** Amounts of money gone wrong: negative, 40 digits, many decimals, exponents. */
    public BigDecimal amount() {
        return draw(amounts());
    }

    public static Arbitrary<BigDecimal> amounts() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of(new BigDecimal("-0.01"), BigDecimal.ZERO, new BigDecimal("0.001"),
                        new BigDecimal("1234567890123456789012345678901234567890"),
                        new BigDecimal("0.1234567890123456789012345678901234567890"),
                        new BigDecimal("9999999999999.99"), new BigDecimal("10000000000000.00"),
                        new BigDecimal("1E+400"), new BigDecimal("1E-400"), new BigDecimal("-99999999999999999999"))),
                Tuple.of(2, Arbitraries.bigDecimals().between(new BigDecimal("-1E20"), new BigDecimal("1E20"))
                        .ofScale(12)));
    }

    /** Dates as a client writes them: impossible, out of range, or not dates at all. */
    public String dateLiteral() {
        return oneOf(List.of("2026-02-30", "2026-13-01", "0000-01-01", "-0001-01-01", "9999-12-31", "+10000-01-01",
                "+999999999-12-31", "1970-01-01", "2026-1-1", "01.02.2026", "yesterday", "2026-02-29", "", " ",
                "2026-03-01T10:00:00Z", "${1+1}"));
    }

    /** Dates a service may be handed from a date picker or a careless caller. */
    public static Arbitrary<LocalDate> dates() {
        return Arbitraries.of(LocalDate.of(0, 1, 1), LocalDate.of(-1, 12, 31), LocalDate.of(9999, 12, 31),
                LocalDate.MIN, LocalDate.MAX, LocalDate.of(1970, 1, 1), LocalDate.of(2000, 2, 29));
    }

    private static String withoutSurrogates(String text) {
        return text.codePoints().filter(point -> !(point >= 0xD800 && point <= 0xDFFF))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}
