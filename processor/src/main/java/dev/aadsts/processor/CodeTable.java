package dev.aadsts.processor;

import java.util.Arrays;
import java.util.List;

/**
 * The generated enum's lookup table, built when the enum is generated so that its class initializer
 * has nothing to build: three string constants whose layout {@code GeneratedCodeSupport} reads.
 *
 * @param keys open addressing over a power-of-two number of slots, at most half of them full: two
 *     characters per slot, a code's high and low 16 bits, both zero for an empty slot; a code sits
 *     in the first free slot from the one Fibonacci hashing gives ({@code
 *     GeneratedCodeSupport.slot} probes the same way)
 * @param ordinals the ordinal of the constant in each slot, one character each
 * @param codes each constant's code number by ordinal, two characters each
 */
record CodeTable(String keys, String ordinals, String codes) {

  /** The runtime's hashing multiplier: the same in {@code GeneratedCodeSupport}. */
  private static final int SPREAD = 0x9E3779B9;

  /** What the runtime XORs a stored code with. */
  private static final int MASK = 0x00010001;

  /**
   * The table of an enum's constants, in ordinal order; their numbers are positive and distinct.
   */
  static CodeTable of(List<CodeConstant> constants) {
    int[] numbers = new int[constants.size()];
    for (int i = 0; i < numbers.length; i++) {
      numbers[i] = constants.get(i).number();
    }
    return of(numbers);
  }

  static CodeTable of(int[] numbers) {
    int slots = Math.max(2, Integer.highestOneBit(Math.max(numbers.length, 1) * 4 - 1));
    char[] keys = new char[slots * 2];
    Arrays.fill(keys, (char) 1);
    char[] ordinals = new char[slots];
    Arrays.fill(ordinals, (char) 1);
    char[] codes = new char[numbers.length * 2];
    for (int ordinal = 0; ordinal < numbers.length; ordinal++) {
      int number = numbers[ordinal];
      int hash = number * SPREAD;
      int slot = (hash ^ (hash >>> 16)) & (slots - 1);
      while (keys[2 * slot] != 1 || keys[2 * slot + 1] != 1) {
        slot = (slot + 1) & (slots - 1);
      }
      keys[2 * slot] = (char) ((number ^ MASK) >>> 16);
      keys[2 * slot + 1] = (char) (number ^ MASK);
      ordinals[slot] = (char) ordinal;
      codes[2 * ordinal] = (char) (number >>> 16);
      codes[2 * ordinal + 1] = (char) number;
    }
    return new CodeTable(new String(keys), new String(ordinals), new String(codes));
  }
}
