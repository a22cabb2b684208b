package dev.aadsts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link TextValues#timestampSpan}'s shortcut for a time in Entra's own form gives what the search
 * alone gives, at every index of seeded texts made from such times with characters changed, cut and
 * followed by what real texts put after a time (the seed is printed; {@code -Daadsts.seed=N}
 * replays a run).
 */
class TimestampSpanTest {
  private static final String TIME = "2025-05-01 12:34:56Z";
  private static final String CHANGES = "0123456789-: Z,.;\n|)(x\"'\\&<";
  private static final String[] AFTERS = {
    "",
    " ",
    "\r\n",
    "\"",
    "'",
    ",",
    "}",
    ": The remote",
    ".",
    "Z",
    "0",
    "x",
    "&quot;",
    "<br>",
    "\n |"
  };

  private static long seed;

  @BeforeAll
  static void seed() {
    seed = Long.getLong("aadsts.seed", System.nanoTime());
    System.out.println("TimestampSpanTest seed: " + seed + " (replay: -Daadsts.seed=" + seed + ")");
  }

  @Test
  void shortcutAgreesWithTheSearchEverywhere() {
    Random random = new Random(seed);
    for (int n = 0; n < 20000; n++) {
      char[] time = TIME.toCharArray();
      for (int c = random.nextInt(3); c > 0; c--) {
        time[random.nextInt(time.length)] = CHANGES.charAt(random.nextInt(CHANGES.length()));
      }
      String cut = new String(time, 0, time.length - (random.nextInt(4) == 0 ? 1 : 0));
      String text =
          AFTERS[random.nextInt(AFTERS.length)] + cut + AFTERS[random.nextInt(AFTERS.length)];
      for (int i = 0; i < text.length(); i++) {
        int start = i;
        assertEquals(
            TextValues.searchedTimestampSpan(text, start),
            TextValues.timestampSpan(text, start),
            () -> "seed " + seed + ": [" + text + "] at " + start);
      }
    }
  }

  @Test
  void entraFormIsExact() {
    assertTrue(TextValues.isEntraTime(TIME, 0, TIME.length()));
    assertFalse(TextValues.isEntraTime("2025-0,-01 12:34:56Z", 0, 20));
    assertFalse(TextValues.isEntraTime("2025-05-01T12:34:56Z", 0, 20));
    assertFalse(TextValues.isEntraTime("2025-05-01 12:34:5Z ", 0, 20));
    assertEquals(TextSpans.span(11, 31), TextValues.timestampSpan("Timestamp: " + TIME, 11));
  }
}
