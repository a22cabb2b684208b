package dev.aadsts.benchmarks;

import java.util.Optional;

/**
 * A prototype of what the processor could generate instead of the {@code switch} behind {@code
 * find}: an open-addressing table keyed by the code number (multiplicative hash, power-of-two size,
 * load factor under 0.5, linear probing) with one {@code Optional} per constant made once. No
 * boxing, no allocation, one or two array reads and compares per lookup, and no long chain of
 * hard-to-predict branches. Built here at class initialization from {@code values()}; the processor
 * could as well emit the two arrays' contents, and pick a multiplier that makes the table
 * collision-free (a perfect hash), since it knows every code at build time.
 */
final class IntTable {
  private static final int[] KEYS;
  private static final Object[] RESULTS;
  private static final int SHIFT;
  private static final int EMPTY = -1;

  static {
    AadstsCode[] values = AadstsCode.values();
    int size = Integer.highestOneBit(values.length * 4 - 1);
    SHIFT = 32 - Integer.numberOfTrailingZeros(size);
    KEYS = new int[size];
    RESULTS = new Object[size];
    java.util.Arrays.fill(KEYS, EMPTY);
    for (AadstsCode c : values) {
      int i = slot(c.code());
      while (KEYS[i] != EMPTY) {
        i = (i + 1) & (size - 1);
      }
      KEYS[i] = c.code();
      RESULTS[i] = Optional.of(c);
    }
  }

  private IntTable() {}

  private static int slot(int code) {
    return (code * 0x9E3779B9) >>> SHIFT;
  }

  @SuppressWarnings("unchecked")
  static Optional<AadstsCode> find(int code) {
    int mask = KEYS.length - 1;
    for (int i = slot(code); ; i = (i + 1) & mask) {
      int key = KEYS[i];
      if (key == code) {
        return (Optional<AadstsCode>) RESULTS[i];
      }
      if (key == EMPTY) {
        return Optional.empty();
      }
    }
  }
}
