package dev.aadsts.processor;

import java.util.List;

/**
 * Where each constant of the generated enum sits in its lookup table, chosen when the enum is
 * generated: each constant's constructor then stores itself in its slot, so that the class
 * initializer has no table to build.
 *
 * @param size the number of slots: a power of two, at least twice the number of constants, so that
 *     at least half the slots stay empty and every probe ends
 * @param slots each constant's slot, by ordinal: the first free one from the slot that Fibonacci
 *     hashing gives, probing linearly ({@code GeneratedCodeSupport.slot} and the generated {@code
 *     find} probe the same way)
 */
record CodeTable(int size, int[] slots) {

  /** The runtime's hashing multiplier: the same in {@code GeneratedCodeSupport}. */
  static final int SPREAD = 0x9E3779B9;

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
    int size = Math.max(2, Integer.highestOneBit(Math.max(numbers.length, 1) * 4 - 1));
    boolean[] full = new boolean[size];
    int[] slots = new int[numbers.length];
    for (int ordinal = 0; ordinal < numbers.length; ordinal++) {
      int hash = numbers[ordinal] * SPREAD;
      int slot = (hash ^ (hash >>> 16)) & (size - 1);
      while (full[slot]) {
        slot = (slot + 1) & (size - 1);
      }
      full[slot] = true;
      slots[ordinal] = slot;
    }
    return new CodeTable(size, slots);
  }
}
