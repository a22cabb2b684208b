package dev.aadsts.benchmarks;

import dev.aadsts.AadstsError;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Benchmark 3: reading an exception message or log line. {@link AadstsError#fromMessage} reads the
 * codes, OAuth error, description, trace and correlation IDs and timestamp; the first alternative
 * only the codes ({@code AADSTS(\d+)} find loop), the second also the three labelled IDs, with one
 * more {@code Pattern} each.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
@State(Scope.Benchmark)
public class MessageBenchmark {
  static final Pattern TRACE = Pattern.compile("Trace ID: ([0-9a-fA-F-]{36})");
  static final Pattern CORRELATION = Pattern.compile("Correlation ID: ([0-9a-fA-F-]{36})");
  static final Pattern TIMESTAMP =
      Pattern.compile("Timestamp: (\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}Z)");

  /** The message shapes, in the order of {@link #shape}'s parameter, for the tools' own runs. */
  public static final String[] SHAPES = {
    "msal4j",
    "msalNet",
    "azureCli",
    "noCode",
    "spring",
    "msalNetToString",
    "pythonDict",
    "escapedBody",
    "htmlEntities",
    "rewrapped"
  };

  // The same list as SHAPES: an annotation takes no reference to an array.
  @Param({
    "msal4j",
    "msalNet",
    "azureCli",
    "noCode",
    "spring",
    "msalNetToString",
    "pythonDict",
    "escapedBody",
    "htmlEntities",
    "rewrapped"
  })
  public String shape;

  String message;

  @Setup
  public void setUp() {
    message = Bodies.message(shape);
  }

  /** This library. */
  @Benchmark
  public AadstsError fromMessage() {
    return AadstsError.fromMessage(message);
  }

  /** A {@code Pattern} find loop: codes only. */
  @Benchmark
  public List<Integer> patternCodes() {
    return JsonParseBenchmark.codesIn(message);
  }

  /** {@code Pattern}s for the codes and the trace ID, correlation ID and timestamp. */
  @Benchmark
  public String[] patternCodesAndIds() {
    List<Integer> codes = JsonParseBenchmark.codesIn(message);
    return new String[] {
      codes.toString(),
      group(TRACE, message),
      group(CORRELATION, message),
      group(TIMESTAMP, message)
    };
  }

  private static String group(Pattern p, String text) {
    Matcher m = p.matcher(text);
    return m.find() ? m.group(1) : null;
  }
}
