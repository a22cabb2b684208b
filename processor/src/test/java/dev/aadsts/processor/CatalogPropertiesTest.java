package dev.aadsts.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.Diagnostic;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * Random and mutated catalog lines never crash the parser or javac: the result is a catalog, or
 * errors at their lines; and every catalog that parses gives an enum that compiles.
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

  @Provide
  Arbitrary<String> mutatedRow() {
    Arbitrary<String> row = Arbitraries.of(REAL_ROWS);
    Arbitrary<Integer> position = Arbitraries.integers().between(0, 200);
    Arbitrary<String> insert =
        Arbitraries.oneOf(
            Arbitraries.of(
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
                "\u0000"),
            Arbitraries.strings().ofMaxLength(6));
    Arbitrary<Integer> cut = Arbitraries.integers().between(0, 3);
    return Combinators.combine(row, position, insert, cut)
        .as(
            (r, p, i, c) -> {
              int at = Math.min(p, r.length());
              String mutated = r.substring(0, at) + i + r.substring(at);
              return c == 0 ? mutated.substring(0, Math.min(mutated.length(), p)) : mutated;
            });
  }

  @Property(tries = 2000)
  void parserNeverThrowsAndReportsLines(@ForAll("lines") @Size(max = 12) List<String> lines) {
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

  @Provide
  Arbitrary<List<String>> lines() {
    return Arbitraries.oneOf(
            mutatedRow(), Arbitraries.strings().ofMaxLength(80), Arbitraries.of(REAL_ROWS))
        .list()
        .ofMaxSize(12);
  }

  @Property(tries = 40)
  void javacNeverCrashesAndEveryParsedCatalogCompiles(
      @ForAll("lines") @Size(max = 6) List<String> lines) throws IOException {
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
