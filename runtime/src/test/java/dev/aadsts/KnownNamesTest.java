package dev.aadsts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A quoted field name picked by its first characters ({@link JsonStrings#knownNameAt}) is read as
 * the general rule reads it: the name up to its closing quote, set as {@link JsonBodyReader#set}
 * sets a field of that name. Names near the wire format's (cut, extended, one character changed, in
 * another case) in plain, backslash-escaped and entity-encoded bodies, single and double quoted.
 * Seeded: the seed is printed, and {@code -Daadsts.seed=N} replays a run.
 */
class KnownNamesTest {
  private static final String[] NAMES = {
    "error",
    "error_description",
    "error_codes",
    "timestamp",
    "trace_id",
    "correlation_id",
    "error_uri",
    "suberror",
    "claims",
  };
  private static final String LETTERS = "ecrtsdoiuablmpn_-0E'\"";

  @Test
  void namesReadAsTheGeneralRuleReadsThem() {
    long seed = Long.getLong("aadsts.seed", System.nanoTime());
    System.out.println("KnownNamesTest seed: " + seed + " (replay: -Daadsts.seed=" + seed + ")");
    Random random = new Random(seed);
    int known = 0;
    for (int n = 0; n < 30000; n++) {
      char quote = random.nextBoolean() ? '"' : '\'';
      String name = name(random, quote);
      String body = "{" + quote + "error" + quote + ":" + quote + "e" + quote + ",";
      body += quote + name + quote + ":" + quote + "5001" + quote + "}";
      int encoding = random.nextInt(3);
      String text = "x " + encode(body, encoding);
      String where = "seed " + seed + ", case " + n + ": " + text;

      AadstsErrorBuilder expected = new AadstsErrorBuilder(text);
      expected.error = "e";
      if (name.equals("error_codes")) {
        expected.addCode(5001);
      } else {
        expected.set(name, "5001");
      }
      AadstsErrorBuilder read = new AadstsErrorBuilder(text);
      int end =
          encoding == 0
              ? JsonBodyReader.readSpan(text, 2, read)
              : EncodedBodyReader.readSpan(text, 2, encoding == 2, read);
      assertEquals(text.length(), end, where);
      AadstsError a = expected.build();
      AadstsError b = read.build();
      assertEquals(a, b, where);
      assertEquals(a.extraFields(), b.extraFields(), where);
      assertEquals(a.claims(), b.claims(), where);
      known += JsonStrings.knownNameAt(name + quote, 0) != null ? 1 : 0;
    }
    assertTrue(known > 1000, "the names of the wire format are among the cases: " + known);
  }

  /** A name of the wire format, as it is or changed, without the quote that would end it. */
  private static String name(Random random, char quote) {
    StringBuilder name = new StringBuilder(NAMES[random.nextInt(NAMES.length)]);
    int changes = random.nextInt(3);
    for (int c = 0; c < changes; c++) {
      char letter = LETTERS.charAt(random.nextInt(LETTERS.length()));
      int at = random.nextInt(name.length() + 1);
      switch (random.nextInt(4)) {
        case 0:
          name.setLength(Math.max(1, at));
          break;
        case 1:
          name.insert(at, letter);
          break;
        case 2:
          name.setCharAt(Math.min(at, name.length() - 1), letter);
          break;
        default:
          int i = Math.min(at, name.length() - 1);
          name.setCharAt(i, Character.toUpperCase(name.charAt(i)));
          break;
      }
    }
    String s = name.toString();
    return s.indexOf(quote) >= 0 ? s.replace(quote, 'q') : s;
  }

  /** The body plain (0), escaped once with backslashes (1) or HTML-entity-encoded (2). */
  private static String encode(String body, int encoding) {
    if (encoding == 1) {
      return body.replace("\"", "\\\"").replace("'", "\\'");
    }
    return encoding == 2 ? body.replace("\"", "&quot;").replace("'", "&#39;") : body;
  }
}
