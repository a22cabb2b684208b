package dev.aadsts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Properties of every reader over generated inputs: random, truncated, re-wrapped and re-encoded
 * texts never throw, stay within a small multiple of the input's size, and keep the codes. Seeded
 * generators: the seed is printed, and {@code -Daadsts.seed=N} replays a run.
 */
class ReaderPropertiesTest {
  private static final int RUNS = 300;
  private static final String TRACE = "0f8a6f0e-4d3c-4b5e-9c3a-1b2c3d4e5f60";
  private static final String MESSAGE =
      "AADSTS50076: Due to a configuration change made by your administrator, or because you"
          + " moved to a new location, you must use multi-factor authentication to access"
          + " '00000003-0000-0000-c000-000000000000'. Inner error: AADSTS50079 and AADSTS7000215."
          + " Trace ID: "
          + TRACE
          + " Correlation ID: 7b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0 Timestamp: 2025-05-01"
          + " 12:34:56Z";
  private static final List<Integer> CODES = List.of(50076, 50079, 7000215);
  private static final String BODY =
      "{\"error\":\"interaction_required\",\"error_description\":\""
          + MESSAGE
          + "\",\"error_codes\":[50076,50079,7000215],\"trace_id\":\""
          + TRACE
          + "\"}";
  // Characters every reader treats specially, so that random text reaches every branch.
  private static final String SYNTAX =
      "AADSTS0123456789aAdDsStT:=[](){}\"'\\,;&#%+?-_ \t\r\n<>/*=xq;uU\u202e\u001bé€";

  private static long seed;

  @BeforeAll
  static void chooseSeed() {
    seed = Long.getLong("aadsts.seed", System.nanoTime());
    System.out.println(
        "ReaderPropertiesTest seed: " + seed + " (replay: -Daadsts.seed=" + seed + ")");
  }

  private static List<Function<String, AadstsError>> readers() {
    return Arrays.asList(
        AadstsError::parse,
        AadstsError::fromMessage,
        AadstsError::fromRedirect,
        AadstsError::fromWwwAuthenticate,
        text -> AadstsError.parse("{}", 401, Map.of("WWW-Authenticate", List.of(text))));
  }

  /** Reads {@code text} with every reader; each result is bounded by the input's size. */
  private static List<AadstsError> readAll(String text) {
    List<AadstsError> errors = new ArrayList<>();
    for (Function<String, AadstsError> reader : readers()) {
      AadstsError error = reader.apply(text);
      long size = 0;
      for (String value : error.extraFields().values()) {
        size += value.length();
      }
      for (Object o :
          new Object[] {
            error.errorDescription().orElse(""),
            error.claims().orElse(""),
            error.rawClaims().orElse(""),
            error.error().orElse("")
          }) {
        size += o.toString().length();
      }
      long total = size;
      assertTrue(
          total <= 6L * text.length() + 64, () -> "output " + total + " for " + text.length());
      assertTrue(error.toString().length() < 16_000);
      errors.add(error);
    }
    return errors;
  }

  private static String random(Random random, int maxLength) {
    int length = random.nextInt(maxLength + 1);
    StringBuilder s = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      int kind = random.nextInt(10);
      if (kind < 6) {
        s.append(SYNTAX.charAt(random.nextInt(SYNTAX.length())));
      } else if (kind < 8) {
        s.append((char) random.nextInt(0x3000));
      } else {
        String[] pieces = {
          "AADSTS",
          "error",
          "\"error\":",
          "Trace ID: ",
          "&quot;",
          "%0d%0a",
          "{\\\"",
          "claims=",
          "Bearer ",
          " - [2025-01-01",
          "]: ",
          "Status: ",
          "HTTP 4",
          TRACE,
          "Claims: {",
        };
        s.append(pieces[random.nextInt(pieces.length)]);
      }
    }
    return s.toString();
  }

  @Test
  void randomTextNeverThrows() {
    Random random = new Random(seed);
    for (int run = 0; run < RUNS; run++) {
      readAll(random(random, 400));
    }
  }

  @Test
  void everyTruncationKeepsTheCodesBeforeTheCut() {
    for (String text : new String[] {MESSAGE, BODY}) {
      for (int cut = 0; cut <= text.length(); cut++) {
        String truncated = text.substring(0, cut);
        readAll(truncated);
        List<Integer> expected = new ArrayList<>();
        for (int code : CODES) {
          String token = "AADSTS" + code;
          int at = truncated.indexOf(token);
          // A code whose digits may still go on past the cut is not known yet.
          if (at >= 0 && at + token.length() < truncated.length()) {
            expected.add(code);
          }
        }
        List<Integer> codes = AadstsError.fromMessage(truncated).codes();
        assertTrue(codes.containsAll(expected), () -> codes + " at cut " + truncated.length());
      }
    }
  }

  @Test
  void reWrappedTextKeepsCodesAndIds() {
    Random random = new Random(seed);
    for (int run = 0; run < RUNS; run++) {
      int width = 20 + random.nextInt(60);
      String indent = " ".repeat(random.nextInt(8));
      String wrapped = wrap(MESSAGE, width, random.nextBoolean() ? "\n" : "\r\n", indent);

      AadstsError error = AadstsError.fromMessage(wrapped);

      assertEquals(CODES, error.codes(), wrapped);
      assertEquals(TRACE, error.traceId().orElse(null), wrapped);
      assertEquals(
          "2025-05-01",
          error
              .timestamp()
              .orElse("")
              .substring(0, Math.min(10, error.timestamp().orElse("").length())),
          wrapped);
    }
  }

  private static String wrap(String text, int width, String lineBreak, String indent) {
    StringBuilder out = new StringBuilder();
    int column = 0;
    for (String word : text.split(" ")) {
      if (column > 0 && column + word.length() + 1 > width) {
        out.append(lineBreak).append(indent);
        column = indent.length();
      } else if (column > 0) {
        out.append(' ');
        column++;
      }
      out.append(word);
      column += word.length();
    }
    return out.toString();
  }

  @Test
  void reEncodedBodiesKeepCodesAndError() {
    Random random = new Random(seed);
    for (int run = 0; run < RUNS / 10; run++) {
      String body = BODY;
      StringBuilder how = new StringBuilder();
      for (int step = 0, steps = 1 + random.nextInt(2); step < steps; step++) {
        if (random.nextBoolean()) {
          body = body.replace("\\", "\\\\").replace("\"", "\\\"");
          how.append("escaped ");
        } else if (step == 0) {
          body =
              body.replace("&", "&amp;").replace("\"", random.nextBoolean() ? "&quot;" : "&#34;");
          how.append("entities ");
        }
      }
      String message = "prefix " + random(random, 20).replace("{", "") + " " + body + " suffix";

      AadstsError error = AadstsError.fromMessage(message);

      assertTrue(error.codes().containsAll(CODES), how + message);
      if (!how.toString().contains("entities escaped")) {
        assertEquals("interaction_required", error.error().orElse(null), how + message);
      }
      readAll(message);
    }
  }

  @Test
  void percentEncodedRedirectsKeepCodesAndError() {
    Random random = new Random(seed);
    for (int run = 0; run < RUNS; run++) {
      String description = URLEncoder.encode(MESSAGE, StandardCharsets.UTF_8);
      if (random.nextBoolean()) {
        description = lowerCaseHex(description);
      }
      String redirect =
          (random.nextBoolean() ? "https://app.example/cb?" : random.nextBoolean() ? "#" : "")
              + "state="
              + random.nextInt()
              + "&error=interaction_required&error_description="
              + description
              + "&junk="
              + URLEncoder.encode(random(random, 30), StandardCharsets.UTF_8);

      AadstsError error = AadstsError.fromRedirect(redirect);

      assertEquals(CODES, error.codes(), redirect);
      assertEquals("interaction_required", error.error().orElse(null), redirect);
      assertEquals(MESSAGE, error.errorDescription().orElse(null), redirect);
    }
  }

  private static String lowerCaseHex(String encoded) {
    StringBuilder out = new StringBuilder(encoded);
    for (int i = encoded.indexOf('%'); i >= 0; i = encoded.indexOf('%', i + 1)) {
      out.setCharAt(i + 1, Character.toLowerCase(out.charAt(i + 1)));
      out.setCharAt(i + 2, Character.toLowerCase(out.charAt(i + 2)));
    }
    return out.toString();
  }

  @Test
  void repetitiveHostileInputIsReadInOnePass() {
    // Each pattern once made some reader look far ahead or back at every repetition; at 256 KB a
    // quadratic reader would not finish the build.
    String[] patterns = {
      ":",
      "a&",
      "&#",
      "%",
      "%E2",
      "{\"error",
      "{&quot;error",
      "{\\\"error",
      "Claims: {",
      "Timestamp: 1",
      "Trace ID: ",
      "[invalid_",
      "(a_b",
      " - [2025-01-01",
      "AADSTS1",
      "\"",
      "Bearer x=\"",
      "Bearer ,",
      "/*",
      "{\"a\":[",
      "error=",
      "1234 - [",
      "HTTP 4",
      "\\u00",
    };
    for (String pattern : patterns) {
      String text = pattern.repeat((256 * 1024) / pattern.length());
      readAll(text);
    }
  }

  @Test
  void inputPastTheCapIsReadUpToTheCap() {
    String padding = "x".repeat(AadstsError.MAX_INPUT_LENGTH);
    String tail = "&error=late&error_description=AADSTS50034";
    AadstsError redirect =
        AadstsError.fromRedirect("error=early" + tail.replace("late", "x") + padding + tail);
    AadstsError challenge =
        AadstsError.fromWwwAuthenticate("Bearer realm=\"" + padding + "\", error=\"late\"");

    assertEquals(List.of(50034), redirect.codes());
    assertEquals("early", redirect.error().orElse(null));
    assertEquals(null, challenge.error().orElse(null));
  }
}
