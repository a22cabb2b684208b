package dev.aadsts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shapes the message readers learned since {@code deb83f8} (OkHttp's {@code code=}, ADAL and
 * MSAL objc's domains and keys, {@code error_uri} labels, blank-separated challenge parameters,
 * Python 2's {@code u'}, escaped quotes before a code, Feign's brackets, an error field that is a
 * message), built into hostile input: each unit repeated past the input cap, short mixes of them
 * cut at every length, long mixes. No reader throws; every code a plain {@code AADSTS(\d+)} scan
 * finds is kept, in order; a reading of 1 MiB takes well under a second here, so 3 seconds is
 * generous.
 *
 * <p>Seeded: {@code -DFUZZ_SEED=<seed>} replays a run; the seed is printed.
 */
class ChangedShapesFuzzTest {
  private static final long SEED = Long.getLong("FUZZ_SEED", 20261203L);
  private static final Duration PER_CALL = Duration.ofSeconds(3);
  private static final Pattern CODE = Pattern.compile("(?i)(?<![\\p{L}\\p{Nd}])AADSTS(\\d+)");

  static List<String> units() {
    return List.of(
        "Response{protocol=h2, code=4",
        "Response{protocol=http/1.1, code=401, message=",
        ", code=",
        "error_uri: ",
        "error_uri=https://",
        "Error URI: http://x.",
        "Error with code: 5",
        "Error with code: 500 Domain: ADHTTPErrorCodeDomain",
        "Domain=ADHTTPErrorCodeDomain Code=",
        "MSALHTTPResponseCodeKey=",
        "MSALOAuthErrorKey=",
        "Bearer a=b ",
        "a=b ",
        "u'",
        "{u'error': u'",
        "\\\"",
        "\"invalid_grant\" \\\"AADSTS",
        "[400 Bad Request] during [",
        "[401] during [",
        "StatusCode: ",
        "status=",
        "HTTP 4",
        "RESPONSE 4",
        "{\"error\":\"x y AADSTS",
        "{\"error\":\"x y AADSTS1 {",
        "invalid_client (AADSTS",
        "Timestamp: ",
        "2024-01-01 10:00:00Z",
        "AADSTS50011 ",
        "&quot;",
        " ",
        ",",
        "\"",
        "{",
        "}",
        "(",
        "[",
        "\\",
        "=",
        ":");
  }

  @ParameterizedTest
  @MethodSource("units")
  void aUnitRepeatedPastTheCapIsReadQuickly(String unit) {
    assertFine(repeated(unit));
    assertFine(repeated(unit + " AADSTS7000215 "));
  }

  @Test
  void shortMixesCutAtEveryLengthKeepTheirCodes() {
    Random random = random("shortMixesCutAtEveryLengthKeepTheirCodes");
    List<String> units = units();
    for (int example = 0; example < 300; example++) {
      StringBuilder mix = new StringBuilder();
      int parts = 2 + random.nextInt(7);
      for (int p = 0; p < parts; p++) {
        mix.append(units.get(random.nextInt(units.size())));
        if (random.nextInt(3) == 0) {
          mix.append(random.nextInt(1000));
        }
      }
      String text = mix.toString();
      for (int cut = 0; cut <= text.length(); cut++) {
        assertReadable(text.substring(0, cut));
      }
    }
  }

  @Test
  void longMixesAreReadQuickly() {
    Random random = random("longMixesAreReadQuickly");
    List<String> units = units();
    for (int example = 0; example < 12; example++) {
      StringBuilder mix = new StringBuilder();
      for (int p = 0, parts = 1 + random.nextInt(4); p < parts; p++) {
        mix.append(units.get(random.nextInt(units.size())));
      }
      assertFine(repeated(mix.toString()));
    }
  }

  /**
   * An error field holding a message holding a body whose error holds a message, and so on, each
   * level's quotes encoded once more ({@code &quot;}, {@code &amp;quot;}...), ~360 levels in 1 MiB.
   * Read as a message at every level, each level read the rest again, kept its decoded copy and
   * took stack frames: a thread with a small stack overflowed, a small heap ran out, and it took a
   * second. Its codes are all read still.
   */
  @Test
  void errorMessagesNestedInErrorMessagesAreReadOnce() throws InterruptedException {
    int depth = 0;
    String text = "";
    for (int d = 1; ; d++) {
      String deeper = nested(d);
      if (deeper.length() > AadstsError.MAX_INPUT_LENGTH) {
        break;
      }
      text = deeper;
      depth = d;
    }
    String input = text;
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    AtomicReference<AadstsError> read = new AtomicReference<>();
    long[] allocated = new long[1];
    Runnable reading =
        () -> {
          try {
            long before = allocatedBytes();
            read.set(AadstsError.fromMessage(input));
            AadstsError.parse(input);
            allocated[0] = allocatedBytes() - before;
          } catch (Throwable e) {
            thrown.set(e);
          }
        };
    Thread thread = new Thread(null, reading, "small-stack", 256 * 1024);
    thread.start();
    thread.join(30_000);

    assertNull(thrown.get());
    assertEquals(depth, read.get().codes().size());
    assertEquals(scan(input), read.get().codes());
    // Two readings of 2 MiB of chars: a few copies each, not one per level.
    assertTrue(allocated[0] < 64L << 20, allocated[0] + " bytes allocated");
  }

  /** {@code depth} bodies, each in the error of the one before, its quotes encoded once more. */
  private static String nested(int depth) {
    StringBuilder text = new StringBuilder();
    for (int d = 0; d < depth; d++) {
      String q = quote(d);
      text.append('{').append(q).append("error").append(q).append(':').append(q);
      text.append("failed AADSTS").append(50000 + d).append(' ');
    }
    for (int d = depth - 1; d >= 0; d--) {
      text.append(quote(d)).append('}');
    }
    return text.toString();
  }

  private static String quote(int level) {
    if (level == 0) {
      return "\"";
    }
    StringBuilder q = new StringBuilder("&");
    for (int k = 1; k < level; k++) {
      q.append("amp;");
    }
    return q.append("quot;").toString();
  }

  private static long allocatedBytes() {
    return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean())
        .getThreadAllocatedBytes(Thread.currentThread().getId());
  }

  private static String repeated(String unit) {
    return unit.repeat(AadstsError.MAX_INPUT_LENGTH / unit.length() + 1);
  }

  private static Random random(String test) {
    System.out.println(test + ": seed " + SEED);
    return new Random(SEED);
  }

  /** {@link #assertReadable}, each reading under {@link #PER_CALL}. */
  private static void assertFine(String text) {
    assertTimeoutPreemptively(
        PER_CALL.multipliedBy(8),
        () -> {
          for (Function<String, ?> reader : readers()) {
            long start = System.nanoTime();
            reader.apply(text);
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertTrue(took.compareTo(PER_CALL) < 0, "took " + took);
          }
          assertReadable(text);
        });
  }

  private static List<Function<String, ?>> readers() {
    return List.of(
        AadstsError::fromMessage,
        AadstsError::parse,
        t -> AadstsError.parse(t, 401, Map.of("WWW-Authenticate", List.of(t))),
        AadstsError::fromWwwAuthenticate,
        t -> AadstsErrors.from(new RuntimeException(t)));
  }

  private static void assertReadable(String text) {
    List<Integer> codes = scan(text);
    try {
      AadstsError message = AadstsError.fromMessage(text);
      assertKept(codes, message.codes(), text);
      assertKept(codes, AadstsError.parse(text).codes(), text);
      AadstsError.parse(text, 401, Map.of("WWW-Authenticate", List.of(text))).toString();
      AadstsError.fromWwwAuthenticate(text).toString();
      AadstsErrors.from(new RuntimeException(text));
    } catch (RuntimeException | StackOverflowError e) {
      throw new AssertionError("threw on " + shown(text), e);
    }
  }

  /** Whether {@code expected} is a subsequence of {@code actual} (which may have more). */
  private static void assertKept(List<Integer> expected, List<Integer> actual, String text) {
    if (actual.size() >= AadstsErrorBuilder.MAX_CODES) {
      return;
    }
    int k = 0;
    for (int code : actual) {
      if (k < expected.size() && expected.get(k) == code) {
        k++;
      }
    }
    if (k < expected.size()) {
      fail("codes " + actual + ", not " + expected + " in order, from " + shown(text));
    }
  }

  /** The codes {@code AADSTS(\d+)} finds, as the scanner takes them: distinct, 1 to 9 digits. */
  private static List<Integer> scan(String text) {
    Set<Integer> codes = new LinkedHashSet<>();
    Matcher m = CODE.matcher(text);
    while (m.find()) {
      String digits = m.group(1);
      if (digits.length() <= 9 && Integer.parseInt(digits) > 0) {
        codes.add(Integer.parseInt(digits));
      }
    }
    return new ArrayList<>(codes);
  }

  private static String shown(String text) {
    return text.length() <= 200 ? text : text.substring(0, 200) + "... (" + text.length() + ")";
  }
}
