package dev.aadsts.benchmarks.tools;

import dev.aadsts.benchmarks.MessageBenchmark;
import java.util.Arrays;
import java.util.Locale;

/**
 * Whether running the alternative in the same JVM changes how fast this library's message reader
 * is: every message shape is timed in batches, either alone ({@code alone}) or each batch followed
 * by a batch of the {@code Pattern} loop ({@code interleaved}, as {@link ReaderRatios} runs them),
 * calling the benchmark methods directly, and each side's best batch counts. On JDK 25 (not 17) the
 * reader is 30–40% slower interleaved than alone, though not when the same loop runs from a static
 * helper of the driver (benchmarks/RESULTS.md, section "Issue 11 item 4"): an effect of how the two
 * are compiled together, kept reproducible here for whoever looks into it next.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar
 * dev.aadsts.benchmarks.tools.ProfileInterference [alone|interleaved [rounds]]}
 */
public final class ProfileInterference {
  private static final int BATCH = 2_000;
  private static final String[] SHAPES = MessageBenchmark.SHAPES;
  private static volatile Object sink;

  private ProfileInterference() {}

  /**
   * Runs the batches and prints one line per shape: ours, and the loop's time if interleaved.
   *
   * @param args {@code alone} or {@code interleaved} (default), then the rounds (default 300)
   */
  public static void main(String[] args) {
    boolean interleaved = args.length == 0 || args[0].equals("interleaved");
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 300;
    MessageBenchmark[] messages = new MessageBenchmark[SHAPES.length];
    for (int s = 0; s < SHAPES.length; s++) {
      messages[s] = new MessageBenchmark();
      messages[s].shape = SHAPES[s];
      messages[s].setUp();
    }
    long[] ours = new long[SHAPES.length];
    long[] loop = new long[SHAPES.length];
    Arrays.fill(ours, Long.MAX_VALUE);
    Arrays.fill(loop, Long.MAX_VALUE);
    for (int round = 0; round < rounds; round++) {
      for (int s = 0; s < SHAPES.length; s++) {
        long start = System.nanoTime();
        for (int i = 0; i < BATCH; i++) {
          sink = messages[s].fromMessage();
        }
        ours[s] = Math.min(ours[s], System.nanoTime() - start);
        if (interleaved) {
          start = System.nanoTime();
          for (int i = 0; i < BATCH; i++) {
            sink = messages[s].patternCodes();
          }
          loop[s] = Math.min(loop[s], System.nanoTime() - start);
        }
      }
    }
    for (int s = 0; s < SHAPES.length; s++) {
      System.out.printf(
          Locale.ROOT,
          interleaved ? "%-16s ours %,8.0f ns  loop %,8.0f ns%n" : "%-16s ours %,8.0f ns%n",
          SHAPES[s],
          ours[s] / (double) BATCH,
          loop[s] / (double) BATCH);
    }
  }
}
