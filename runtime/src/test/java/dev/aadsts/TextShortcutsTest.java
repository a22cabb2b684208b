package dev.aadsts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The walk's shortcuts give what the general path gives: a time's second colon taken three on
 * (against the search), the error before a code's colon (against the whole word's walk), the GUID
 * check (against the check of each character) and the status right after {@code HTTP} or {@code
 * RESPONSE} (against the walk after the word), and a time in Entra's own form taken at once
 * (against the timestamp search), on seeded texts built from the pieces of MSAL.NET log lines and
 * from such times with characters changed (the seed is printed; {@code -Daadsts.seed=N} replays a
 * run).
 */
class TextShortcutsTest {
  private static final String GUID = "7b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0";
  private static final String[] PARTS = {
    "[",
    "[2024-01-02 10:00:00Z - ",
    "[01/02/2024 10:00:00 - ",
    "[2024-01-02\n10:00:00Z - ",
    "[2024-01-02 [10:00:00Z - ",
    "[2024-01-02 10:00:00.12345678901234567Z - ",
    "[1",
    GUID + "]",
    "]",
    "]:",
    " - ",
    " -",
    "- ",
    GUID,
    GUID.substring(0, 35),
    GUID.toUpperCase(java.util.Locale.ROOT) + "a",
    "2024-01-02 10:00:00Z",
    "01/02/2024 10:00:00",
    "2025-05-01",
    "12:34",
    ":56",
    ":",
    "::",
    "1",
    "42",
    "7000215",
    " ",
    "\n",
    "\r",
    "x",
    "pool-3-thread-7",
    "AADSTS50076",
  };

  private static long seed;

  @BeforeAll
  static void seed() {
    seed = Long.getLong("aadsts.seed", System.nanoTime());
    System.out.println("TextShortcutsTest seed: " + seed + " (replay: -Daadsts.seed=" + seed + ")");
  }

  private static String text(Random random) {
    StringBuilder b = new StringBuilder();
    int parts = 1 + random.nextInt(10);
    for (int p = 0; p < parts; p++) {
      b.append(PARTS[random.nextInt(PARTS.length)]);
    }
    return b.toString();
  }

  private static final String TIME = "2025-05-01 12:34:56Z";
  private static final String TIME_CHANGES = "0123456789-: Z,.;\n|)(x\"'\\&<";
  private static final String[] AROUND_TIME = {
    "", " ", "\r\n", "\"", ",", "}", ": The remote", ".", "Z", "0", "x", "&quot;", "<br>", "\n |"
  };

  @Test
  void anEntraTimeIsTakenAsTheSearchFindsIt() {
    Random random = new Random(seed);
    for (int n = 0; n < 20_000; n++) {
      String text;
      if (n % 2 == 0) {
        text = text(random);
      } else {
        char[] time = TIME.toCharArray();
        for (int c = random.nextInt(3); c > 0; c--) {
          time[random.nextInt(time.length)] =
              TIME_CHANGES.charAt(random.nextInt(TIME_CHANGES.length()));
        }
        String cut = new String(time, 0, time.length - (random.nextInt(4) == 0 ? 1 : 0));
        text =
            AROUND_TIME[random.nextInt(AROUND_TIME.length)]
                + cut
                + AROUND_TIME[random.nextInt(AROUND_TIME.length)];
      }
      for (int i = 0; i < text.length(); i++) {
        int start = i;
        assertEquals(
            TextValues.searchedTimestampSpan(text, start),
            TextValues.timestampSpan(text, start),
            () -> "seed " + seed + ": [" + text + "] at " + start);
      }
    }
    assertTrue(TextValues.isEntraTime(TIME, 0, TIME.length()));
    assertTrue(!TextValues.isEntraTime("2025-0,-01 12:34:56Z", 0, 20));
    assertTrue(!TextValues.isEntraTime("2025-05-01T12:34:56Z", 0, 20));
    assertEquals(TextSpans.span(11, 31), TextValues.timestampSpan("Timestamp: " + TIME, 11));
  }

  @Test
  void aTimesSecondColonIsTheNextColon() {
    Random random = new Random(seed);
    int taken = 0;
    for (int n = 0; n < 20_000; n++) {
      String text = text(random);
      for (int i = text.indexOf(':'); i >= 0; i = text.indexOf(':', i + 1)) {
        if (TextSpans.isTimeColon(text, i) && TextSpans.timeColonAfter(text, i)) {
          taken++;
          int at = i;
          assertEquals(
              text.indexOf(':', i + 1),
              i + 3,
              () -> "seed " + seed + ", colon " + at + ": " + text);
        }
      }
    }
    assertTrue(taken > 100, "the generator makes times: " + taken);
  }

  /** {@link TextErrors#labelBeforeCode} as it was: the whole word walked, then read as an error. */
  private static long labelBeforeCodeByWord(String text, int end) {
    int start = end - 1;
    while (start > 0 && end - start <= 64 && isWordChar(text.charAt(start - 1))) {
      start--;
    }
    return start < end - 1 && TextValues.oauthErrorEnd(text, start) == end - 1
        ? start * 8L + TextErrors.BEFORE_CODE
        : -1;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-' || c == '$';
  }

  private static final String[] WORDS = {
    "invalid_grant",
    "invalid_",
    "_",
    "failed",
    "Exception",
    "x.y",
    "$",
    "-",
    "A",
    "9",
    "\u00e9",
    " ",
    "\n",
    ":",
    ": ",
    "abcdefghijklmnopqrstuvwxyz_abcdefghijklmnopqrstuvwxyz",
    "abcdefghijklm",
  };

  @Test
  void theErrorBeforeACodesColonAgreesWithTheWholeWordsWalk() {
    Random random = new Random(seed);
    int found = 0;
    for (int n = 0; n < 20_000; n++) {
      StringBuilder b = new StringBuilder();
      int parts = 1 + random.nextInt(8);
      for (int p = 0; p < parts; p++) {
        b.append(WORDS[random.nextInt(WORDS.length)]);
      }
      String text = b.append(':').toString();
      for (int colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1)) {
        long expected = labelBeforeCodeByWord(text, colon + 1);
        found += expected < 0 ? 0 : 1;
        int at = colon;
        assertEquals(
            expected,
            TextErrors.labelBeforeCode(text, colon + 1),
            () -> "seed " + seed + ", colon " + at + ": " + text);
      }
    }
    assertTrue(found > 100, "the generator makes errors before colons: " + found);
  }

  private static final String[] GUID_PARTS = {
    "0",
    "9",
    "a",
    "f",
    "A",
    "F",
    "g",
    "G",
    "-",
    "/",
    ":",
    "@",
    "`",
    "[",
    "{",
    "\u0130",
    "\u00e9",
    "\u0660",
    "\ud83d\ude00",
    " ",
    GUID,
    GUID.toUpperCase(java.util.Locale.ROOT),
  };

  @Test
  void aGuidCheckedByTheTableSumIsOneCheckedCharacterByCharacter() {
    Random random = new Random(seed);
    int guids = 0;
    for (int n = 0; n < 20_000; n++) {
      StringBuilder b = new StringBuilder();
      if (random.nextBoolean()) {
        // A GUID with one character changed: every position, every kind of character.
        char[] g = GUID.toCharArray();
        String part = GUID_PARTS[random.nextInt(GUID_PARTS.length - 2)];
        g[random.nextInt(g.length)] = part.charAt(0);
        b.append(g);
      }
      int parts = random.nextInt(6);
      for (int p = 0; p < parts; p++) {
        b.append(GUID_PARTS[random.nextInt(GUID_PARTS.length)]);
      }
      String text = b.toString();
      for (int i = 0; i <= text.length(); i++) {
        boolean expected = guidByEachCharacter(text, i);
        guids += expected ? 1 : 0;
        int at = i;
        assertEquals(
            expected,
            TextValues.isGuidAt(text, i),
            () -> "seed " + seed + ", at " + at + ": " + text);
      }
    }
    assertTrue(guids > 1000, "the generator makes GUIDs: " + guids);
  }

  /** A GUID that stands alone at {@code i}, each character checked on its own. */
  private static boolean guidByEachCharacter(String text, int i) {
    if (i + 36 > text.length() || (i + 36 < text.length() && hex(text.charAt(i + 36)))) {
      return false;
    }
    for (int k = 0; k < 36; k++) {
      char c = text.charAt(i + k);
      boolean dash = k == 8 || k == 13 || k == 18 || k == 23;
      if (dash ? c != '-' : !hex(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean hex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  private static final String[] STATUS_PARTS = {
    "HTTP",
    "RESPONSE",
    " ",
    "  ",
    "401",
    "599",
    "999",
    "4011",
    "40",
    "x",
    "X",
    "my",
    "_",
    "\"",
    "(",
    ")",
    ":",
    "/1.1",
    "Unauthorized",
    "\t",
    "\n",
    "1",
    "{",
  };

  @Test
  void aStatusRightAfterItsWordIsTheOneTheWordsWalkFinds() {
    Random random = new Random(seed);
    int checked = 0;
    for (int n = 0; n < 20_000; n++) {
      StringBuilder b = new StringBuilder();
      int parts = 1 + random.nextInt(7);
      for (int p = 0; p < parts; p++) {
        b.append(STATUS_PARTS[random.nextInt(STATUS_PARTS.length)]);
      }
      String text = b.toString();
      for (int p = text.indexOf('P'); p >= 0; p = text.indexOf('P', p + 1)) {
        int word = p - 3;
        int end =
            word >= 0 && text.startsWith("HTTP", word)
                ? word + 4
                : word >= 0 && text.startsWith("RESPONSE", word) ? word + 8 : -1;
        if (end > 0) {
          checked++;
          assertEquals(
              TextStatus.afterWord(text, end), TextStatus.afterCapitalP(text, p), "[" + text + "]");
        }
      }
    }
    assertTrue(checked > 5_000, "checked " + checked);
  }

  @Test
  void aCodePrefixHasFourToNineDigits() {
    for (int digits = 1; digits <= 12; digits++) {
      StringBuilder number = new StringBuilder();
      for (int d = 0; d < digits; d++) {
        number.append((char) ('1' + d % 9));
      }
      for (String before : new String[] {"", "failed: ", "x", "(", "\n"}) {
        String text = before + number + " - [2025-05-01 12:34:56Z]: Invalid client secret.";
        AadstsError error = AadstsError.fromMessage(text);
        boolean alone = !before.equals("x");
        if (digits >= 4 && digits <= 9 && alone) {
          assertEquals(
              java.util.Collections.singletonList(Integer.parseInt(number.toString())),
              error.codes(),
              text);
          assertEquals("2025-05-01 12:34:56Z", error.timestamp().orElse(null), text);
        } else {
          assertEquals(java.util.Collections.emptyList(), error.codes(), text);
          assertNull(error.timestamp().orElse(null), text);
        }
      }
    }
  }
}
