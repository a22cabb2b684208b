package dev.aadsts.benchmarks;

import dev.aadsts.AadstsError;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
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
 * Benchmark 8: reading a {@code WWW-Authenticate} challenge. {@link
 * AadstsError#fromWwwAuthenticate} against a regular expression over the header ({@code
 * name="value"} pairs, as applications and samples write it), then the claims' base64 decoded. Both
 * return the error, description, decoded claims and the other parameters. The regular expression
 * does not tell one challenge from the next; this library does.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
@State(Scope.Benchmark)
public class ChallengeBenchmark {
  static final Pattern PARAMETER = Pattern.compile("(\\w+)=\"([^\"]*)\"");

  @Param({"cae", "popAndBearer", "invalidToken"})
  public String shape;

  String header;

  @Setup
  public void setUp() {
    header = Bodies.challenge(shape);
  }

  /** This library. */
  @Benchmark
  public AadstsError fromWwwAuthenticate() {
    return AadstsError.fromWwwAuthenticate(header);
  }

  /** A {@code Pattern} find loop over the parameters, then base64 for the claims. */
  @Benchmark
  public Map<String, String> regex() {
    Map<String, String> values = new HashMap<>();
    Matcher m = PARAMETER.matcher(header);
    while (m.find()) {
      values.putIfAbsent(m.group(1), m.group(2));
    }
    String claims = values.get("claims");
    if (claims != null) {
      values.put("claims", new String(Base64.getDecoder().decode(claims), StandardCharsets.UTF_8));
    }
    return values;
  }
}
