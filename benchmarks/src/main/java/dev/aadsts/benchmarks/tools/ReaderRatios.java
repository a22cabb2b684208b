package dev.aadsts.benchmarks.tools;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.aadsts.benchmarks.ChallengeBenchmark;
import dev.aadsts.benchmarks.JsonParseBenchmark;
import dev.aadsts.benchmarks.MessageBenchmark;
import dev.aadsts.benchmarks.RedirectBenchmark;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The readers' benchmarks 2, 3, 7 and 8 as ratios that hold on a shared, noisy machine: each pair
 * (this library, the alternative) is timed in alternating batches in one JVM, and each side's best
 * batch counts, so that a batch the scheduler interrupted never decides a ratio. Complements the
 * JMH runs, whose errors on a loaded machine can exceed the scores.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar dev.aadsts.benchmarks.tools.ReaderRatios
 * [rounds [kind]]}: prints one line per input, {@code alternative ÷ ours} above 1 meaning ours is
 * faster; a kind ({@code message}, {@code body}, {@code redirect}, {@code challenge}) runs only its
 * pairs.
 */
public final class ReaderRatios {
  private static final int BATCH = 2_000;
  private static volatile Object sink;
  private static boolean print;
  private static String only;

  private ReaderRatios() {}

  /**
   * Runs the comparisons.
   *
   * @param args the number of alternating batches per side (default 40), then optionally the one
   *     kind of input to compare
   */
  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 40;
    only = args.length > 1 ? args[1] : null;
    // Two first passes, not printed, so that every reader is compiled, and compiled again after
    // the other inputs' paths deoptimized it, before any is timed: on a loaded machine the
    // compiler's queue can lag a single pass.
    print = false;
    run(rounds);
    run(rounds);
    print = true;
    run(rounds);
  }

  private static void run(int rounds) {
    MessageBenchmark message = new MessageBenchmark();
    for (String shape : MessageBenchmark.SHAPES) {
      message.shape = shape;
      message.setUp();
      compare("message", shape, rounds, message::fromMessage, message::patternCodes);
    }
    JsonParseBenchmark json = new JsonParseBenchmark();
    for (String shape :
        new String[] {"oneLine", "pretty", "stringCodes", "claims", "longDescription"}) {
      json.shape = shape;
      json.setUp();
      compare("body", shape, rounds, json::aadstsParse, () -> tree(json));
    }
    RedirectBenchmark redirect = new RedirectBenchmark();
    for (String shape : new String[] {"query", "formPost", "success"}) {
      redirect.shape = shape;
      redirect.setUp();
      compare("redirect", shape, rounds, redirect::fromRedirect, redirect::urlDecoderSplitRegex);
    }
    ChallengeBenchmark challenge = new ChallengeBenchmark();
    for (String shape : new String[] {"cae", "popAndBearer", "invalidToken"}) {
      challenge.shape = shape;
      challenge.setUp();
      compare("challenge", shape, rounds, challenge::fromWwwAuthenticate, challenge::regex);
    }
  }

  private static Object tree(JsonParseBenchmark json) {
    try {
      return json.jacksonTreeAndRegex();
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void compare(
      String kind, String shape, int rounds, Supplier<Object> ours, Supplier<Object> alternative) {
    if (only != null && !only.equals(kind)) {
      return;
    }
    long bestOurs = Long.MAX_VALUE;
    long bestAlternative = Long.MAX_VALUE;
    for (int round = 0; round < rounds; round++) {
      bestOurs = Math.min(bestOurs, batch(ours));
      bestAlternative = Math.min(bestAlternative, batch(alternative));
    }
    if (!print) {
      return;
    }
    System.out.printf(
        Locale.ROOT,
        "%-9s %-16s ours %,8.0f ns  alternative %,8.0f ns  ratio %.2f%n",
        kind,
        shape,
        bestOurs / (double) BATCH,
        bestAlternative / (double) BATCH,
        bestAlternative / (double) bestOurs);
  }

  private static long batch(Supplier<Object> f) {
    long start = System.nanoTime();
    for (int i = 0; i < BATCH; i++) {
      sink = f.get();
    }
    return System.nanoTime() - start;
  }
}
