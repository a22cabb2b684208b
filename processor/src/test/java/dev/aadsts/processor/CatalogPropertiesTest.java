package dev.aadsts.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Random and mutated catalog lines never crash the parser or javac: the result is a catalog, or
 * errors at their lines; and every catalog that parses gives an enum that compiles.
 *
 * <p>QuickTheories; each property prints its seed, and {@code -DQT_SEED=<seed>} replays it.
 */
class CatalogPropertiesTest {

  private static final List<String> REAL_ROWS =
      List.of(
          "| AADSTS50034 | UserAccountNotFound - To sign into this application, the account must be added to the directory. |",
          "| AADSTS50012 | AuthenticationFailed - Authentication failed:<ul><li>a</li><li>b</li></ul> |",
          "| AADSTS50029 | Ogiltig URI – domännamnet innehåller ogiltiga tecken. |",
          "| AADSTS500011 | InvalidResourceServicePrincipalNotFound - The app needs `(\\\"{name}\\\")`. |",
          "| AADSTS90023 | InvalidRequest - The authentication service request isn't valid. |",
          "| AADSTS9002313 | InvalidRequest - Request is malformed or invalid. |",
          "| AADSTS50008 | InvalidSamlToken：SAML アサーション |",
          "|AADSTS7000114| Application 'appIdentifier' isn't allowed |");

  private static final String HEADER = "# Catalog\n\n| Error | Description |\n|---|---|\n";

  private static Gen<String> mutatedRow() {
    Gen<String> row = Generate.pick(REAL_ROWS);
    Gen<Integer> position = integers().between(0, 200);
    Gen<String> insert =
        Generate.oneOf(
            Generate.pick(
                List.of(
                    "|",
                    "\\",
                    "`",
                    "*/",
                    "\\u",
                    "<li>",
                    "</ul>",
                    "**",
                    "[",
                    "](",
                    "\"",
                    "\r",
                    "\t",
                    "AADSTS",
                    "-",
                    "–",
                    "：",
                    "{@code",
                    "$L",
                    "@",
                    "&#0;",
                    "&#99999999;",
                    "&amp",
                    "\uFEFF",
                    "\u0000")),
            text(6));
    Gen<Integer> cut = integers().between(0, 3);
    return row.zip(
        position,
        insert,
        cut,
        (r, p, i, c) -> {
          int at = Math.min(p, r.length());
          String mutated = r.substring(0, at) + i + r.substring(at);
          return c == 0 ? mutated.substring(0, Math.min(mutated.length(), p)) : mutated;
        });
  }

  /** Strings of BMP characters but surrogates (they are written to a UTF-8 file) up to a length. */
  private static Gen<String> text(int maxLength) {
    Gen<Integer> bmp =
        integers()
            .between(0, Character.MAX_VALUE - 0x800)
            .map(c -> c < Character.MIN_SURROGATE ? c : c + 0x800);
    return lists()
        .of(bmp)
        .ofSizeBetween(0, maxLength)
        .map(
            chars ->
                chars.stream()
                    .map(c -> String.valueOf((char) c.intValue()))
                    .collect(Collectors.joining()));
  }

  /** Up to {@code maxSize} lines: mutated real rows, random text, real rows. */
  private static Gen<List<String>> lines(int maxSize) {
    return lists()
        .of(Generate.oneOf(mutatedRow(), text(80), Generate.pick(REAL_ROWS)))
        .ofSizeBetween(0, maxSize);
  }

  /** A theory with a fixed seed, printed first: the seed comes from {@code QT_SEED} if set. */
  private static QuickTheory qt(String property, int examples) {
    long seed = Long.getLong("QT_SEED", System.nanoTime());
    System.out.println(property + ": QuickTheories seed " + seed);
    return QuickTheory.qt().withFixedSeed(seed).withExamples(examples);
  }

  @Test
  void parserNeverThrowsAndReportsLines() {
    qt("parserNeverThrowsAndReportsLines", 2000)
        .forAll(lines(12))
        .checkAssert(CatalogPropertiesTest::parsesOrReportsLines);
  }

  private static void parsesOrReportsLines(List<String> lines) {
    String text = HEADER + String.join("\n", lines);
    CatalogParser.Result result = CatalogParser.parse("random.md", text);
    int lineCount = text.split("\r\n|\r|\n", -1).length;
    for (CatalogProblem problem : result.problems()) {
      assertTrue(problem.line() >= 0 && problem.line() <= lineCount, problem.text());
      assertTrue(problem.text().startsWith("random.md"), problem.text());
    }
    assertEquals(
        result.problems().stream().noneMatch(CatalogProblem::error), result.catalog().isPresent());
    result
        .catalog()
        .ifPresent(c -> assertEquals(c.rowsRead(), c.entries().size() + c.duplicateRows()));
  }

  @Test
  void javacNeverCrashesAndEveryParsedCatalogCompiles() {
    qt("javacNeverCrashesAndEveryParsedCatalogCompiles", 40)
        .forAll(lines(6))
        .checkAssert(
            lines -> {
              try {
                compilesOrReportsLines(lines);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  private static void compilesOrReportsLines(List<String> lines) throws IOException {
    Path file = Files.createTempFile("random", ".md");
    try {
      Files.writeString(file, HEADER + String.join("\n", lines), StandardCharsets.UTF_8);
      Compilation compilation = Compilations.compileCatalog(file);
      CatalogParser.Result parsed =
          CatalogParser.parse(file.getFileName().toString(), Files.readString(file));
      List<String> errors = new ArrayList<>();
      compilation.errors().forEach(d -> errors.add(d.getMessage(null)));
      assertTrue(
          errors.stream().noneMatch(e -> e.contains("failed unexpectedly")), errors.toString());
      if (parsed.catalog().isPresent()) {
        assertThat(compilation).succeeded();
      } else {
        assertThat(compilation).failed();
        assertFalse(errors.isEmpty());
        for (Diagnostic<?> error : compilation.errors()) {
          assertTrue(
              error.getMessage(null).startsWith(file.getFileName().toString()),
              error.getMessage(null));
        }
      }
    } finally {
      Files.delete(file);
    }
  }
}
