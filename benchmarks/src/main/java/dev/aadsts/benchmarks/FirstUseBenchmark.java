package dev.aadsts.benchmarks;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Benchmark 4: the first lookup in a fresh JVM. {@code SingleShotTime}, one call per fork and many
 * forks: each score is the time of the very first call, which loads, verifies and initializes the
 * generated enum (its constants and their description strings) and, for the map, builds the map
 * too. Nothing in this class touches {@link AadstsCode} before the measured call: the lookups sit
 * in holder classes that the JVM loads only when the call reaches them. JVM start-up, the same for
 * every contender, is left out, which keeps the noise of a whole-process measurement out too.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(20)
public class FirstUseBenchmark {

  /** The floor: a first call that loads nothing of ours. */
  @Benchmark
  public Object baseline() {
    return Optional.ofNullable(Integer.valueOf(50034));
  }

  /** The generated {@code find}: loads and initializes the enum. */
  @Benchmark
  public Object generatedFind() {
    return GeneratedLookup.find(50034);
  }

  /** A {@code HashMap<Integer, AadstsCode>} built when its class initializes, then the lookup. */
  @Benchmark
  public Object hashMapBuiltAtStart() {
    return MapLookup.find(50034);
  }

  static final class GeneratedLookup {
    static Optional<AadstsCode> find(int code) {
      return AadstsCode.find(code);
    }
  }

  static final class MapLookup {
    private static final Map<Integer, AadstsCode> BY_CODE = new HashMap<>();

    static {
      for (AadstsCode c : AadstsCode.values()) {
        BY_CODE.put(c.code(), c);
      }
    }

    static Optional<AadstsCode> find(int code) {
      return Optional.ofNullable(BY_CODE.get(code));
    }
  }
}
