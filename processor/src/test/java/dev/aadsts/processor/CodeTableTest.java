package dev.aadsts.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aadsts.GeneratedCodeSupport;
import java.util.LinkedHashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The table the processor builds is the one the runtime reads. */
class CodeTableTest {

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 345, 1024, 4031})
  void theRuntimeFindsEveryCodeAndNothingElse(int count) {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    Set<Integer> distinct = new LinkedHashSet<>();
    while (distinct.size() < count) {
      // Codes have up to 7 digits today; any positive int must work.
      distinct.add(1 + random.nextInt(random.nextBoolean() ? 9_999_999 : Integer.MAX_VALUE - 1));
    }
    int[] numbers = distinct.stream().mapToInt(Integer::intValue).toArray();
    CodeTable table = CodeTable.of(numbers);
    for (int ordinal = 0; ordinal < numbers.length; ordinal++) {
      int slot = GeneratedCodeSupport.slot(table.keys(), numbers[ordinal]);
      assertTrue(slot >= 0, "seed " + seed);
      assertEquals(ordinal, table.ordinals().charAt(slot), "seed " + seed);
      assertEquals(numbers[ordinal], GeneratedCodeSupport.codeAt(table.codes(), ordinal));
    }
    for (int i = 0; i < 10_000; i++) {
      int code = random.nextInt();
      if (!distinct.contains(code)) {
        assertEquals(-1, GeneratedCodeSupport.slot(table.keys(), code), "seed " + seed);
      }
    }
    assertEquals(-1, GeneratedCodeSupport.slot(table.keys(), 0));
    // Each is one string constant in the class file: at most 65,535 bytes of modified UTF-8.
    assertTrue(modifiedUtf8(table.keys()) <= 65_535, "keys");
    assertTrue(modifiedUtf8(table.ordinals()) <= 65_535, "ordinals");
    assertTrue(modifiedUtf8(table.codes()) <= 65_535, "codes");
  }

  private static int modifiedUtf8(String text) {
    int bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      bytes += c >= 1 && c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
    }
    return bytes;
  }
}
