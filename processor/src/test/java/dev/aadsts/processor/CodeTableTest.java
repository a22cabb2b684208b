package dev.aadsts.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aadsts.GeneratedCodeSupport;
import java.util.LinkedHashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The slots the processor chooses are where the runtime's probe looks. */
class CodeTableTest {

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 345, 1024, 2932})
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
    // What the generated constructors store.
    int[] keys = new int[table.size()];
    for (int ordinal = 0; ordinal < numbers.length; ordinal++) {
      assertEquals(0, keys[table.slots()[ordinal]], "seed " + seed);
      keys[table.slots()[ordinal]] = numbers[ordinal];
    }
    assertEquals(Integer.bitCount(table.size()), 1);
    assertTrue(table.size() >= 2 * count, "at least half the slots stay empty");
    for (int ordinal = 0; ordinal < numbers.length; ordinal++) {
      assertEquals(
          table.slots()[ordinal],
          GeneratedCodeSupport.slot(keys, numbers[ordinal]),
          "seed " + seed);
    }
    for (int i = 0; i < 10_000; i++) {
      int code = random.nextInt();
      if (!distinct.contains(code)) {
        assertEquals(-1, GeneratedCodeSupport.slot(keys, code), "seed " + seed);
      }
    }
    assertEquals(-1, GeneratedCodeSupport.slot(keys, 0));
  }
}
