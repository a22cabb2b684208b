package dev.aadsts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link JsonStrings#decodeString} (runs copied into a character array) decodes a JSON string as
 * {@link Unescaping#decode} (runs appended to a builder) does: the same characters and the same
 * closing quote, or none. Seeded: the seed is printed, and {@code -Daadsts.seed=N} replays a run.
 */
class JsonStringsTest {
  private static final String[] PIECES = {
    "a",
    "AADSTS50011",
    " ",
    "\\r\\n",
    "\\\"",
    "\\'",
    "\\\\",
    "\\/",
    "\\u0041",
    "\\u00e9",
    "\\uD83D",
    "\\u12",
    "\\uZZZZ",
    "\\x",
    "\\b\\f\\t",
    "\"",
    "'",
    "é",
    "😀",
    "\\",
    "\\u",
  };

  @Test
  void stringsDecodedIntoArraysAsAppended() {
    long seed = Long.getLong("aadsts.seed", System.nanoTime());
    System.out.println("JsonStringsTest seed: " + seed + " (replay: -Daadsts.seed=" + seed + ")");
    Random random = new Random(seed);
    for (int n = 0; n < 20000; n++) {
      StringBuilder text = new StringBuilder();
      int pieces = random.nextInt(12);
      for (int p = 0; p < pieces; p++) {
        text.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String s = text.toString();
      int first = s.indexOf('\\');
      if (first < 0) {
        continue;
      }
      int start = random.nextInt(first + 1);
      char quote = random.nextBoolean() ? '"' : '\'';
      String where = "seed " + seed + ", case " + n + ": " + s + " from " + start + " " + quote;
      StringBuilder appended = new StringBuilder().append(s, start, first);
      int end = Unescaping.decode(s, first, quote, appended);
      if (s.substring(start, first).indexOf(quote) >= 0) {
        continue; // the string ended before its first backslash: not a case for either
      }
      char[] out = new char[s.length() - start];
      long read = JsonStrings.decodeString(s, start, first, quote, out);
      assertEquals(end, read < 0 ? -1 : (int) (read >>> 32), where);
      if (read >= 0) {
        assertEquals(appended.toString(), new String(out, 0, (int) read), where);
      }
    }
  }
}
