package dev.aadsts.benchmarks;

import dev.aadsts.Category;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Benchmark 1: code number to constant, and text to constant.
 *
 * <p>Each invocation looks up all {@value #N} entries of a pre-built array (80% codes of the
 * catalog, 20% codes it does not list, in random order, fixed seed), so branch prediction cannot
 * learn the sequence; scores are per lookup.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(3)
@State(Scope.Benchmark)
public class CodeLookupBenchmark {
  static final int N = 1024;

  /** What a developer builds by hand: a map from number to constant. */
  private static final Map<Integer, AadstsCode> BY_CODE = new HashMap<>();

  /** The text forms a developer would accept: {@code AADSTS50034}, any case, blanks around. */
  private static final Pattern CODE_TEXT =
      Pattern.compile("\\s*(?:AADSTS)?(\\d{1,9})\\s*", Pattern.CASE_INSENSITIVE);

  /**
   * The scan's array: Spring's {@code HttpStatus.resolve} keeps {@code values()} in a field rather
   * than cloning it per call, and so does this (the faster form of the scan).
   */
  private static final AadstsCode[] VALUES = AadstsCode.values();

  private static final Map<Integer, Category> CATEGORY_BY_CODE = new HashMap<>();
  private static final Map<Integer, Boolean> RETRYABLE_BY_CODE = new HashMap<>();

  static {
    for (AadstsCode c : VALUES) {
      BY_CODE.put(c.code(), c);
      CATEGORY_BY_CODE.put(c.code(), c.category());
      RETRYABLE_BY_CODE.put(c.code(), c.isRetryable());
    }
  }

  int[] codes;
  String[] texts;

  @Setup
  public void setUp() {
    Random random = new Random(42);
    codes = new int[N];
    texts = new String[N];
    for (int i = 0; i < N; i++) {
      int code;
      if (random.nextInt(10) < 8) {
        code = VALUES[random.nextInt(VALUES.length)].code();
      } else {
        do {
          code = 10_000 + random.nextInt(9_990_000);
        } while (BY_CODE.containsKey(code));
      }
      codes[i] = code;
      // The forms seen in logs and configuration: upper case, lower case, bare number, blanks.
      switch (i % 4) {
        case 0:
        case 1:
          texts[i] = "AADSTS" + code;
          break;
        case 2:
          texts[i] = "aadsts" + code;
          break;
        default:
          texts[i] = " " + code + " ";
          break;
      }
    }
  }

  /** The generated {@code find}: the runtime's read of the generated table. */
  @Benchmark
  @OperationsPerInvocation(N)
  public void find(Blackhole bh) {
    for (int code : codes) {
      bh.consume(AadstsCode.find(code));
    }
  }

  /** The generated {@code of}, open set: the constant or an unknown-code value. */
  @Benchmark
  @OperationsPerInvocation(N)
  public void of(Blackhole bh) {
    for (int code : codes) {
      bh.consume(AadstsCode.of(code));
    }
  }

  /** The generated {@code categoryOf}: number to category, without the constant. */
  @Benchmark
  @OperationsPerInvocation(N)
  public void categoryOf(Blackhole bh) {
    for (int code : codes) {
      bh.consume(AadstsCode.categoryOf(code));
    }
  }

  /** The generated {@code isRetryable(int)}. */
  @Benchmark
  @OperationsPerInvocation(N)
  public void isRetryable(Blackhole bh) {
    for (int code : codes) {
      bh.consume(AadstsCode.isRetryable(code));
    }
  }

  /** What {@code categoryOf} replaces by hand: a {@code HashMap<Integer, Category>}. */
  @Benchmark
  @OperationsPerInvocation(N)
  public void hashMapCategory(Blackhole bh) {
    for (int code : codes) {
      Category category = CATEGORY_BY_CODE.get(code);
      bh.consume(category == null ? Category.UNKNOWN : category);
    }
  }

  /** What {@code isRetryable(int)} replaces by hand: a {@code HashMap<Integer, Boolean>}. */
  @Benchmark
  @OperationsPerInvocation(N)
  public void hashMapRetryable(Blackhole bh) {
    for (int code : codes) {
      bh.consume(Boolean.TRUE.equals(RETRYABLE_BY_CODE.get(code)));
    }
  }

  /** A {@code HashMap<Integer, AadstsCode>}, with the same {@code Optional} result as find. */
  @Benchmark
  @OperationsPerInvocation(N)
  public void hashMap(Blackhole bh) {
    for (int code : codes) {
      bh.consume(Optional.ofNullable(BY_CODE.get(code)));
    }
  }

  /** A {@code HashMap<Integer, AadstsCode>}, returning null for unknown codes. */
  @Benchmark
  @OperationsPerInvocation(N)
  public void hashMapNullable(Blackhole bh) {
    for (int code : codes) {
      bh.consume(BY_CODE.get(code));
    }
  }

  /** A linear scan of the constants (Spring's {@code HttpStatus.resolve}). */
  @Benchmark
  @OperationsPerInvocation(N)
  public void linearScan(Blackhole bh) {
    for (int code : codes) {
      bh.consume(scan(code));
    }
  }

  private static AadstsCode scan(int code) {
    for (AadstsCode c : VALUES) {
      if (c.code() == code) {
        return c;
      }
    }
    return null;
  }

  /** Text to constant: the generated {@code parse}. */
  @Benchmark
  @OperationsPerInvocation(N)
  public void parseText(Blackhole bh) {
    for (String text : texts) {
      bh.consume(AadstsCode.parse(text));
    }
  }

  /** Text to constant: a precompiled {@code Pattern}, {@code Integer.parseInt} and the map. */
  @Benchmark
  @OperationsPerInvocation(N)
  public void patternAndHashMap(Blackhole bh) {
    for (String text : texts) {
      Matcher m = CODE_TEXT.matcher(text);
      bh.consume(
          m.matches()
              ? Optional.ofNullable(BY_CODE.get(Integer.parseInt(m.group(1))))
              : Optional.empty());
    }
  }
}
