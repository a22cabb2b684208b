package dev.aadsts.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.aadsts.processor.Compilations.compile;
import static dev.aadsts.processor.Compilations.compileCatalog;
import static dev.aadsts.processor.Compilations.generatedEnum;
import static dev.aadsts.processor.Compilations.packageInfo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The processor end to end: options, attributes, diagnostics and the generated file. */
class AadstsProcessorTest {

  private static final String SV_SE = "reference-aadsts-error-codes.sv-se.md";
  private static final String EN_2025 = "reference-error-codes.en-us-2025.md";

  @Test
  void defaultIsTheMergeOfEveryBundledCatalogAndTheNoteGivesTotalsPerCatalog() {
    Compilation compilation = compile(packageInfo(""));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .hadNoteContaining(
            String.format(Messages.SUMMARY, "com.example.auth.AadstsCode", 345, 3, 259, 86, 1, 0));
    assertThat(compilation)
        .hadNoteContaining(
            String.format(
                Messages.CATALOG_SUMMARY, EN_2025 + " (en-US, 2025-02-03)", 346, 345, 251, 1, 345));
    assertThat(compilation)
        .hadNoteContaining(
            String.format(
                Messages.CATALOG_SUMMARY, SV_SE + " (sv-SE, 2020-04-30)", 242, 242, 227, 0, 0));
    assertEquals(345, generatedEnum(compilation, "AadstsCode").getEnumConstants().length);
  }

  @Test
  void aSingleBundledCatalogCanBeSelected() {
    Compilation compilation = compile(packageInfo("catalog = \"" + SV_SE + "\", locale = \"sv\""));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .hadNoteContaining(
            String.format(Messages.SUMMARY, "com.example.auth.AadstsCode", 242, 1, 227, 15, 0, 0));
    assertEquals(242, generatedEnum(compilation, "AadstsCode").getEnumConstants().length);
  }

  @Test
  void duplicateCodesOfABundledCatalogAreNotesAndOfAUserFileWarningsWithBothLines() {
    Compilation bundled = compile(packageInfo("catalog = \"" + EN_2025 + "\""));
    assertThat(bundled).succeededWithoutWarnings();
    assertThat(bundled)
        .hadNoteContaining(EN_2025 + ":195: AADSTS50147 is listed twice, on lines 191 and 195");

    Compilation user =
        compile(
            packageInfo(""),
            "-Aaadsts.catalog=../catalog-source/src/main/resources/"
                + CatalogSource.BUNDLED_FOLDER
                + EN_2025);
    assertThat(user).succeeded();
    assertThat(user).hadWarningCount(1);
    assertThat(user)
        .hadWarningContaining(
            EN_2025
                + ":195: "
                + String.format(
                    Messages.DUPLICATE_CODE,
                    50147,
                    191,
                    195,
                    195,
                    Messages.DUPLICATE_CODE_KEPT_FOR_IDENTIFIER))
        .inFile(packageInfo(""))
        .onLineContaining("@AadstsCatalog");
    assertEquals(345, generatedEnum(user, "AadstsCode").getEnumConstants().length);
  }

  @Test
  void unknownLocaleIsAnErrorOnTheAttribute() {
    JavaFileObject source = packageInfo("locale = \"fr\"");
    Compilation compilation = compile(source);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(String.format(Messages.UNKNOWN_LOCALE, "fr", "en, sv"))
        .inFile(source)
        .onLineContaining("fr");
  }

  @Test
  void optionReplacesTheCatalogAndSharedIdentifiersGetTheCode() throws Exception {
    Compilation compilation = compileCatalog("shared-identifier.md");
    assertThat(compilation).succeededWithoutWarnings();
    Class<?> codes = generatedEnum(compilation, "AadstsCode");
    assertEquals(
        List.of("USER_ACCOUNT_NOT_FOUND", "INVALID_REQUEST_90023", "INVALID_REQUEST_9002313"),
        Arrays.stream(codes.getEnumConstants()).map(Object::toString).toList());
  }

  @Test
  void annotationOnATypeWithAnotherEnumName() {
    JavaFileObject source =
        JavaFileObjects.forSourceLines(
            "com.example.auth.Auth",
            "package com.example.auth;",
            "",
            "@dev.aadsts.AadstsCatalog(enumName = \"EntraCode\")",
            "final class Auth {",
            "  static int lockedCode() {",
            "    return EntraCode.IDS_LOCKED.code();",
            "  }",
            "}");
    Compilation compilation =
        compile(source, "-Aaadsts.catalog=" + Compilations.testCatalogPath("shared-identifier.md"));
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("cannot find symbol");

    compilation =
        compile(source, "-Aaadsts.catalog=" + Compilations.testCatalogPath("stray-row.md"));
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation).hadWarningContaining("stray-row.md:6: this row of the AADSTS table");
    assertThat(compilation).generatedSourceFile("com.example.auth.EntraCode");
  }

  @Test
  void unreadableCodesAreErrorsWithCatalogNameAndLine() {
    Compilation compilation = compileCatalog("bad-code.md");
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(3);
    assertThat(compilation)
        .hadErrorContaining(
            "bad-code.md:6: " + String.format(Messages.UNREADABLE_CODE, "AADSTS5OO35"))
        .inFile(packageInfo(""))
        .onLineContaining("@AadstsCatalog");
    assertThat(compilation)
        .hadErrorContaining("bad-code.md:8: " + String.format(Messages.UNREADABLE_CODE, "AADSTS"));
  }

  @Test
  void aCatalogWithoutAnAadstsTableIsAnError() {
    Compilation compilation = compileCatalog("no-table.md");
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("no-table.md: " + Messages.NO_TABLE);
  }

  @Test
  void unknownBundledCatalogIsAnErrorOnTheAttribute() {
    JavaFileObject source = packageInfo("catalog = \"nope.md\"");
    Compilation compilation = compile(source);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            String.format(
                Messages.UNKNOWN_BUNDLED_CATALOG,
                "nope.md",
                String.join(", ", CatalogSource.bundledNames())))
        .inFile(source)
        .onLineContaining("nope.md");
  }

  @Test
  void invalidEnumNameIsAnError() {
    JavaFileObject source = packageInfo("enumName = \"not-a-name\"");
    Compilation compilation = compile(source);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(String.format(Messages.INVALID_ENUM_NAME, "not-a-name"))
        .inFile(source)
        .onLineContaining("not-a-name");
  }

  @Test
  void unknownAndEmptyOptionsAreUsageErrors() {
    Compilation unknown = compile(packageInfo(""), "-Aaadsts.catalgo=x.md");
    assertThat(unknown).failed();
    assertThat(unknown).hadErrorCount(1);
    assertThat(unknown)
        .hadErrorContaining(
            String.format(
                Messages.UNKNOWN_OPTION, "aadsts.catalgo", "[aadsts.catalog, aadsts.verbose]"));

    Compilation empty = compile(packageInfo(""), "-Aaadsts.catalog=");
    assertThat(empty).failed();
    assertThat(empty).hadErrorCount(1);
    assertThat(empty).hadErrorContaining("-Aaadsts.catalog has no value");
  }

  @Test
  void verboseAddsTheProcessorsTimeToTheNote() {
    Compilation verbose = compile(packageInfo(""), "-Aaadsts.verbose=true");
    assertThat(verbose).succeededWithoutWarnings();
    assertThat(verbose).hadNoteContaining("processor time: ");
    Compilation quiet = compile(packageInfo(""), "-Aaadsts.verbose=false");
    assertThat(quiet).succeededWithoutWarnings();
    assertTrue(
        quiet.notes().stream().noneMatch(n -> n.getMessage(null).contains("processor time")));
    Compilation wrong = compile(packageInfo(""), "-Aaadsts.verbose=yes");
    assertThat(wrong).failed();
    assertThat(wrong)
        .hadErrorContaining(String.format(Messages.BAD_BOOLEAN_OPTION, "aadsts.verbose", "yes"));
  }

  @Test
  void missingCatalogFileIsAnError() {
    Compilation compilation = compile(packageInfo(""), "-Aaadsts.catalog=/no/such/catalog.md");
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("cannot read the catalog file /no/such/catalog.md");
  }

  @Test
  void catalogThatIsNotUtf8IsAnError() throws IOException {
    java.nio.file.Path file = java.nio.file.Files.createTempFile("latin1", ".md");
    java.nio.file.Files.write(
        file, "| AADSTS50034 | Anv\u00e4ndare - saknas |\n".getBytes(StandardCharsets.ISO_8859_1));
    Compilation compilation = compile(packageInfo(""), "-Aaadsts.catalog=" + file);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining(String.format(Messages.CATALOG_NOT_UTF8, 19));
  }

  @Test
  void twoAnnotationsForOneEnumIsAnError() {
    Compilation compilation = compileWithAnnotatedType("@dev.aadsts.AadstsCatalog");
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("com.example.auth.AadstsCode is already generated");
  }

  @Test
  void hostileCatalogTextGivesCodeThatCompilesWithoutWarnings() {
    // Backslashes (javac reads \\u escapes in comments too), comment ends, @, HTML, quotes.
    assertThat(compileCatalog("markup.md")).succeededWithoutWarnings();
  }

  @Test
  void generatedJavadocPassesDoclint() {
    for (String attributes : List.of("", "(locale = \"sv\")")) {
      JavaFileObject documented =
          JavaFileObjects.forSourceLines(
              "com.example.auth.package-info",
              "/** Sign-in. */",
              "@dev.aadsts.AadstsCatalog" + attributes,
              "package com.example.auth;");
      assertThat(compile(documented, "-Xdoclint:all/protected")).succeededWithoutWarnings();
    }
  }

  @Test
  void twoEnumsInOnePackageEachWithItsExceptions() {
    Compilation compilation =
        compileWithAnnotatedType(
            "@dev.aadsts.AadstsCatalog(enumName = \"EntraCode\", catalog = \"" + SV_SE + "\")");
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("com.example.auth.AadstsExceptions");
    assertThat(compilation).generatedSourceFile("com.example.auth.EntraExceptions");
  }

  @Test
  void anEnumNameWhoseExceptionsClassIsTakenIsAnError() {
    Compilation compilation =
        compileWithAnnotatedType("@dev.aadsts.AadstsCatalog(enumName = \"Aadsts\")");
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining(
            "com.example.auth.AadstsExceptions is already generated for com.example.auth");
  }

  @Test
  void goldenFile() throws IOException {
    Compilation compilation = compileCatalog("golden.md");
    assertThat(compilation).succeededWithoutWarnings();
    if (Boolean.getBoolean("aadsts.updateGolden")) {
      // mvn -o test -pl processor -am -Daadsts.updateGolden=true -Dtest=AadstsProcessorTest
      // -Dsurefire.failIfNoSpecifiedTests=false, from the project root: rewrites the golden file.
      java.nio.file.Files.writeString(
          java.nio.file.Path.of("src/test/resources/golden/AadstsCode.java"),
          compilation
              .generatedSourceFile("com.example.auth.AadstsCode")
              .orElseThrow()
              .getCharContent(true));
    }
    String expected;
    try (InputStream in =
        Objects.requireNonNull(getClass().getResourceAsStream("/golden/AadstsCode.java"))) {
      expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(compilation)
        .generatedSourceFile("com.example.auth.AadstsCode")
        .contentsAsUtf8String()
        .isEqualTo(expected);
  }

  @Test
  void outputIsByteIdenticalForTheSameInput() throws IOException {
    Compilation first = compile(packageInfo("catalog = \"" + EN_2025 + "\""));
    Compilation second = compile(packageInfo("catalog = \"" + EN_2025 + "\""));
    assertArrayEquals(generatedBytes(first), generatedBytes(second));
  }

  @Test
  void generatedCodeCompilesForJava8WithTheJava8GeneratedAnnotation() {
    Compilation compilation = compile(packageInfo(""), "--release", "8");
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("com.example.auth.AadstsCode")
        .contentsAsUtf8String()
        .contains("import javax.annotation.Generated;");
  }

  private static byte[] generatedBytes(Compilation compilation) throws IOException {
    JavaFileObject file =
        compilation.generatedSourceFile("com.example.auth.AadstsCode").orElseThrow();
    try (InputStream in = file.openInputStream()) {
      return in.readAllBytes();
    }
  }

  /**
   * Compiles the default package-info and a type {@code Auth} of the same package with an
   * annotation.
   */
  private static Compilation compileWithAnnotatedType(String annotation) {
    JavaFileObject type =
        JavaFileObjects.forSourceLines(
            "com.example.auth.Auth",
            "package com.example.auth;",
            annotation,
            "final class Auth {}");
    return com.google.testing.compile.Compiler.javac()
        .withProcessors(new AadstsProcessor())
        .compile(packageInfo(""), type);
  }
}
