package dev.aadsts.benchmarks;

import dev.aadsts.AadstsError;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
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
 * Benchmark 7: reading an authorization response (a redirect). {@link AadstsError#fromRedirect}
 * against the hand-written way: split the query on {@code &} and {@code =}, {@link URLDecoder} each
 * part, then the regular expressions of {@link MessageBenchmark} over the description for the
 * codes, trace and correlation IDs. Both return the error, description, error URI, codes and IDs.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
@State(Scope.Benchmark)
public class RedirectBenchmark {
  @Param({"query", "formPost", "success"})
  public String shape;

  String redirect;

  @Setup
  public void setUp() {
    redirect = Bodies.redirect(shape);
  }

  /** This library. */
  @Benchmark
  public AadstsError fromRedirect() {
    return AadstsError.fromRedirect(redirect);
  }

  /** {@code split}, {@code URLDecoder.decode} and {@code Pattern}s. */
  @Benchmark
  public String[] urlDecoderSplitRegex() {
    int query = redirect.indexOf('?');
    String params = query < 0 ? redirect : redirect.substring(query + 1);
    Map<String, String> values = new HashMap<>();
    for (String pair : params.split("&")) {
      String[] nameValue = pair.split("=", 2);
      if (nameValue.length == 2) {
        values.put(
            URLDecoder.decode(nameValue[0], StandardCharsets.UTF_8),
            URLDecoder.decode(nameValue[1], StandardCharsets.UTF_8));
      }
    }
    String description = values.get("error_description");
    List<Integer> codes = JsonParseBenchmark.codesIn(description);
    return new String[] {
      values.get("error"),
      description,
      values.get("error_uri"),
      codes.toString(),
      description == null ? null : group(MessageBenchmark.TRACE, description),
      description == null ? null : group(MessageBenchmark.CORRELATION, description)
    };
  }

  private static String group(java.util.regex.Pattern p, String text) {
    java.util.regex.Matcher m = p.matcher(text);
    return m.find() ? m.group(1) : null;
  }
}
