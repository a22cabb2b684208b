package dev.aadsts.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.aadsts.processor.Compilations.compile;
import static dev.aadsts.processor.Compilations.generatedEnum;
import static dev.aadsts.processor.Compilations.packageInfo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.aadsts.AadstsErrorCode;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Runs the enum generated from every bundled catalog: one constant per code, and its lookups. */
class GeneratedEnumTest {

  /** A code row, found independently of the parser: a line that starts with a pipe and a code. */
  private static final Pattern CODE_ROW =
      Pattern.compile("^\\|\\s*AADSTS(\\d+)\\s*\\|", Pattern.MULTILINE);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "reference-aadsts-error-codes.sv-se.md",
        "reference-aadsts-error-codes.en-us-2020.md",
        "reference-error-codes.en-us-2025.md"
      })
  void everyDistinctCodeIsOneConstantAndEveryLookupFindsIt(String catalog) throws Exception {
    Compilation compilation =
        compile(packageInfo(catalog.isEmpty() ? "" : "catalog = \"" + catalog + "\""));
    assertThat(compilation).succeeded();
    Class<?> type = generatedEnum(compilation, "AadstsCode");
    Method find = type.getMethod("find", int.class);
    Method of = type.getMethod("of", int.class);
    Method parse = type.getMethod("parse", CharSequence.class);
    Method categoryOf = type.getMethod("categoryOf", int.class);
    Method isRetryable = type.getMethod("isRetryable", int.class);

    // The default is the union of every bundled catalog.
    Set<Integer> expected = new TreeSet<>();
    for (String file : catalog.isEmpty() ? CatalogLoader.bundledNames() : List.of(catalog)) {
      String text;
      try (InputStream in =
          getClass().getClassLoader().getResourceAsStream(CatalogLoader.BUNDLED_FOLDER + file)) {
        text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      Matcher m = CODE_ROW.matcher(text);
      while (m.find()) {
        expected.add(Integer.parseInt(m.group(1)));
      }
    }
    Object[] constants = type.getEnumConstants();
    Set<Integer> actual = new TreeSet<>();
    for (Object constant : constants) {
      AadstsErrorCode code = (AadstsErrorCode) constant;
      actual.add(code.code());
      assertEquals(Optional.of(constant), find.invoke(null, code.code()));
      // The Optional is made once: later lookups allocate nothing.
      assertSame(find.invoke(null, code.code()), find.invoke(null, code.code()));
      assertEquals(code.category(), categoryOf.invoke(null, code.code()));
      assertEquals(code.isRetryable(), isRetryable.invoke(null, code.code()));
      assertSame(constant, of.invoke(null, code.code()));
      assertEquals(Optional.of(constant), parse.invoke(null, "AADSTS" + code.code()));
      assertEquals(Optional.of(constant), parse.invoke(null, " aadsts" + code.code() + "\t"));
      assertEquals(Optional.of(constant), parse.invoke(null, String.valueOf(code.code())));
      assertTrue(code.isKnown());
      assertEquals(
          URI.create("https://login.microsoftonline.com/error?code=" + code.code()),
          code.helpUri());
      if (!code.identifier().isEmpty()) {
        Optional<?> byName = (Optional<?>) parse.invoke(null, code.identifier());
        assertTrue(byName.isEmpty() || byName.get() == constant, code.identifier());
        assertTrue(
            byName.isPresent() || constant.toString().endsWith("_" + code.code()),
            "only identifiers shared by two codes are not parsed: " + code.identifier());
      } else {
        assertEquals("AADSTS" + code.code(), constant.toString());
      }
    }
    assertEquals(expected, actual);
    assertEquals(expected.size(), constants.length);

    AadstsErrorCode unknown = (AadstsErrorCode) of.invoke(null, 1);
    assertFalse(unknown.isKnown());
    assertEquals(1, unknown.code());
    assertEquals(Optional.empty(), find.invoke(null, 1));
    assertEquals(dev.aadsts.Category.UNKNOWN, categoryOf.invoke(null, 1));
    assertEquals(false, isRetryable.invoke(null, 1));
    assertEquals(Optional.empty(), parse.invoke(null, "AADSTS1"));
    assertEquals(Optional.empty(), parse.invoke(null, "AADSTS"));
    assertEquals(Optional.empty(), parse.invoke(null, "AADB2C90085"));
    assertEquals(Optional.empty(), parse.invoke(null, (Object) null));
  }
}
