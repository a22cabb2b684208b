package dev.aadsts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules generated code delegates to, on the smallest inputs that show each. */
class GeneratedCodeSupportTest {

  private enum Letters {
    ALPHA,
    BETA,
    GAMMA
  }

  @Test
  void theVersionOfThisReleaseIsSpokenAndOthersFailWithWhatToDo() {
    GeneratedCodeSupport.checkVersion(GeneratedCodeSupport.VERSION, Letters.class);
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                GeneratedCodeSupport.checkVersion(GeneratedCodeSupport.VERSION + 1, Letters.class));
    assertTrue(
        e.getMessage().startsWith(Letters.class.getName() + " was generated"), e.getMessage());
    assertTrue(e.getMessage().contains("version " + (GeneratedCodeSupport.VERSION + 1)));
    assertTrue(e.getMessage().contains("same release"));
    assertThrows(
        IllegalStateException.class,
        () ->
            GeneratedCodeSupport.checkVersion(
                GeneratedCodeSupport.OLDEST_VERSION - 1, Letters.class));
  }

  @Test
  void columnsAreReadAcrossPieces() {
    assertArrayEquals(
        new String[] {"ab", "", "c:d7:", "x"}, GeneratedCodeSupport.texts("2:ab0:5:c", ":d7:1:x"));
    assertArrayEquals(new String[0], GeneratedCodeSupport.texts(""));
    assertArrayEquals(
        new Category[] {Category.USER_ERROR, Category.TRANSIENT, Category.USER_ERROR},
        GeneratedCodeSupport.categories(
            new Category[] {Category.USER_ERROR, Category.TRANSIENT}, "010"));
    assertArrayEquals(new boolean[] {false, true}, GeneratedCodeSupport.flags("01"));
  }

  /**
   * A table as the generated constructors fill it (see {@link GeneratedCodeSupport#slot}), built
   * here the simplest way, and each slot's ordinal: the processor's own slot choice is tested
   * against {@code slot} in the processor.
   */
  private static int[][] table(int... codes) {
    int slots = Integer.highestOneBit(Math.max(codes.length, 1) * 4 - 1);
    int[] keys = new int[slots];
    int[] ordinals = new int[slots];
    for (int ordinal = 0; ordinal < codes.length; ordinal++) {
      int hash = codes[ordinal] * 0x9E3779B9;
      int slot = (hash ^ (hash >>> 16)) & (slots - 1);
      while (keys[slot] != 0) {
        slot = (slot + 1) & (slots - 1);
      }
      keys[slot] = codes[ordinal];
      ordinals[slot] = ordinal;
    }
    return new int[][] {keys, ordinals};
  }

  @Test
  void theTableFindsEveryCodeAndNothingElse() {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    Set<Integer> distinct = new HashSet<>();
    while (distinct.size() < 1000) {
      distinct.add(1 + random.nextInt(999_999_999));
    }
    int[] codes = distinct.stream().mapToInt(Integer::intValue).toArray();
    int[][] table = table(codes);
    for (int i = 0; i < codes.length; i++) {
      int slot = GeneratedCodeSupport.slot(table[0], codes[i]);
      assertEquals(i, slot < 0 ? -1 : table[1][slot], "seed " + seed);
    }
    for (int i = 0; i < 10_000; i++) {
      int code = random.nextInt();
      if (!distinct.contains(code)) {
        assertEquals(-1, GeneratedCodeSupport.slot(table[0], code), "seed " + seed);
      }
    }
    assertEquals(-1, GeneratedCodeSupport.slot(table[0], 0));
    assertEquals(-1, GeneratedCodeSupport.slot(table()[0], 5));
    assertEquals(-1, GeneratedCodeSupport.slot(table()[0], 0));
  }

  @Test
  void namesStandForOneConstantAndCurrentNamesWin() {
    // ALPHA is "Shared"; BETA was "Shared" once and is "Other" now; GAMMA has no identifier.
    Map<String, Letters> names =
        GeneratedCodeSupport.names(
            Letters.values(),
            new String[] {"Shared", "Other", ""},
            new String[] {"", "Shared OLD_BETA", ""});
    assertSame(Letters.ALPHA, GeneratedCodeSupport.named(names, " shared "));
    assertSame(Letters.ALPHA, GeneratedCodeSupport.named(names, "a-l_p h a"));
    assertSame(Letters.BETA, GeneratedCodeSupport.named(names, "other"));
    assertSame(Letters.BETA, GeneratedCodeSupport.named(names, "oldBeta"));
    assertNull(GeneratedCodeSupport.named(names, "GAMMA"));
    assertNull(GeneratedCodeSupport.named(names, null));

    Map<String, Letters> twice =
        GeneratedCodeSupport.names(
            Letters.values(), new String[] {"Same", "Same", ""}, new String[] {"", "", ""});
    assertNull(GeneratedCodeSupport.named(twice, "Same"));
    assertSame(Letters.ALPHA, GeneratedCodeSupport.named(twice, "ALPHA"));
  }

  @Test
  void theCodeThatCountsIsTheFirstTheCatalogLists() {
    AadstsErrorCode[] byOrdinal = {AadstsErrorCode.unknown(7), AadstsErrorCode.unknown(9)};
    int[][] table = table(7, 9);
    @SuppressWarnings("unchecked")
    Optional<AadstsErrorCode>[] constants =
        (Optional<AadstsErrorCode>[]) new Optional<?>[table[0].length];
    for (int slot = 0; slot < constants.length; slot++) {
      constants[slot] = table[0][slot] == 0 ? null : Optional.of(byOrdinal[table[1][slot]]);
    }
    AadstsError error = AadstsError.parse("{\"error\":\"invalid_grant\",\"error_codes\":[5,9,7]}");
    assertSame(byOrdinal[1], GeneratedCodeSupport.code(error, table[0], constants));
    AadstsError none = AadstsError.parse("{\"error\":\"invalid_grant\",\"error_codes\":[5]}");
    assertEquals(5, GeneratedCodeSupport.code(none, table[0], constants).code());
    assertFalse(GeneratedCodeSupport.code(none, table[0], constants).isKnown());
    AadstsError noCodes = AadstsError.parse("{\"error\":\"invalid_grant\"}");
    assertEquals(0, GeneratedCodeSupport.code(noCodes, table[0], constants).code());
    assertEquals(Arrays.asList(5, 9, 7), error.codes());
  }

  @Test
  void aTransientErrorIsRetryableWhateverItsCode() {
    AadstsError error =
        AadstsError.parse("{\"error\":\"temporarily_unavailable\",\"error_codes\":[5]}");
    AadstsErrorCode code = AadstsErrorCode.unknown(5);
    Category category = GeneratedCodeSupport.category(error, code);
    assertEquals(Category.TRANSIENT, category);
    assertFalse(GeneratedCodeSupport.hasCodeClass(code, category));
    AadstsException e = GeneratedCodeSupport.exception(error, code, category, null);
    assertTrue(e instanceof TransientException);
    assertTrue(e.isRetryable());
  }
}
