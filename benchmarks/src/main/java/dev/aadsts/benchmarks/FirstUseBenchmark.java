package dev.aadsts.benchmarks;

import dev.aadsts.AadstsErrorCode;
import dev.aadsts.Category;
import dev.aadsts.GeneratedCodeSupport;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
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

  /**
   * The generated {@code find} with the runtime already loaded, as in an application that has
   * parsed an error before (the measure): only the enum itself is loaded and initialized.
   */
  @Benchmark
  public Object generatedFindRuntimeLoaded(RuntimeLoaded runtime) {
    return GeneratedLookup.find(50034);
  }

  /** Loads and initializes the runtime classes the enum uses, before the measured call. */
  @State(Scope.Benchmark)
  public static class RuntimeLoaded {
    /** What the set-up read, kept so that the JIT cannot drop it. */
    public Object loaded;

    @Setup(Level.Trial)
    public void load() {
      loaded =
          Arrays.asList(
              Category.values(),
              GeneratedCodeSupport.number("AADSTS50034"),
              GeneratedCodeSupport.slot(new int[2], 1),
              AadstsErrorCode.unknown(1),
              Optional.of(1));
    }
  }

  /**
   * The floor of the generated enum's first use, with the runtime loaded as for {@link
   * #generatedFindRuntimeLoaded}: the first touch of {@link BareCodes}, an enum of the same
   * constant names and nothing else.
   */
  @Benchmark
  public Object bareEnumRuntimeLoaded(RuntimeLoaded runtime) {
    return BareLookup.first();
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

  static final class BareLookup {
    static Object first() {
      return BareCodes.USER_ACCOUNT_NOT_FOUND;
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
