package dev.aadsts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link TextLabels#labelBefore}'s direct comparison of Entra's own label spellings gives what the
 * trie alone gives, in every context: seeded texts (the seed is printed; {@code -Daadsts.seed=N}
 * replays a run) and fixed cases.
 */
class TextLabelsTest {
  private static final String[] PARTS = {
    "Trace ID",
    "Correlation ID",
    "Timestamp",
    "trace ID",
    "TraceID",
    "Trace  ID",
    "Trace\n  ID",
    "Correlation Id",
    "TimeStamp",
    "Request ",
    "x",
    "X",
    "a",
    "_",
    " ",
    "\t",
    "\n",
    "\"",
    "'",
    "\\",
    "&quot;",
    ".",
    "-",
    "9",
    "ID",
    "D",
    "p",
    "Error",
    "Status",
    ":",
    "=",
    "Sub",
  };

  private static long seed;

  @BeforeAll
  static void seed() {
    seed = Long.getLong("aadsts.seed", System.nanoTime());
    System.out.println("TextLabelsTest seed: " + seed + " (replay: -Daadsts.seed=" + seed + ")");
  }

  @Test
  void directSpellingsAgreeWithTheTrieAtEverySeparator() {
    Random random = new Random(seed);
    for (int n = 0; n < 5000; n++) {
      StringBuilder b = new StringBuilder();
      int parts = 1 + random.nextInt(12);
      for (int p = 0; p < parts; p++) {
        b.append(PARTS[random.nextInt(PARTS.length)]);
      }
      String text = b.toString();
      for (int i = 0; i <= text.length(); i++) {
        assertEquals(
            TextLabels.byTrie(text, i),
            TextLabels.labelBefore(text, i),
            () -> "seed " + seed + ": " + text);
      }
    }
  }

  @Test
  void entraLabelsInTheirContexts() {
    assertEquals(TextLabels.TRACE_ID, TextLabels.labelBefore("x. Trace ID: ", 11));
    assertEquals(TextLabels.TRACE_ID, TextLabels.labelBefore("fooTrace ID", 11));
    assertEquals(TextLabels.NONE, TextLabels.labelBefore("XTrace ID", 9));
    assertEquals(TextLabels.NONE, TextLabels.labelBefore("9Trace ID", 9));
    assertEquals(TextLabels.CORRELATION_ID, TextLabels.labelBefore("\"Correlation ID\"", 16));
    assertEquals(TextLabels.TIMESTAMP, TextLabels.labelBefore("&quot;Timestamp&quot;", 21));
    assertEquals(TextLabels.NONE, TextLabels.labelBefore("TTimestamp", 10));
    assertEquals(TextLabels.TIMESTAMP, TextLabels.labelBefore("Timestamp", 9));
  }
}
