package dev.aadsts.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aadsts.Category;
import dev.aadsts.examples.AadstsCode;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class ListCommandTest {

  @Test
  void listsEveryCodeInAnAlignedTable() {
    Cli cli = Cli.run("list");

    assertEquals(Aadsts.FOUND, cli.status());
    List<String> lines = cli.out().lines().toList();
    assertEquals(AadstsCode.values().length + 1, lines.size());
    String header = lines.get(0);
    assertTrue(header.matches("CODE +CONSTANT +CATEGORY +RETRYABLE +IDENTIFIER"), header);
    int constant = header.indexOf("CONSTANT");
    int category = header.indexOf("CATEGORY");
    int retryable = header.indexOf("RETRYABLE");
    int identifier = header.indexOf("IDENTIFIER");
    AadstsCode[] codes = AadstsCode.values();
    for (int i = 0; i < codes.length; i++) {
      String line = lines.get(i + 1);
      AadstsCode code = codes[i];
      assertEquals("AADSTS" + code.code(), line.substring(0, constant).strip(), line);
      assertEquals(code.name(), line.substring(constant, category).strip(), line);
      assertEquals(code.category().name(), line.substring(category, retryable).strip(), line);
      assertEquals(
          code.isRetryable() ? "yes" : "no",
          line.substring(retryable, Math.min(identifier, line.length())).strip());
      assertEquals(code.identifier(), line.length() > identifier ? line.substring(identifier) : "");
      assertEquals(line.stripTrailing(), line);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"transient", "TRANSIENT", "Transient", " transient "})
  void oneCategoryInAnyCase(String name) {
    Cli cli = Cli.run("list", "--category", name);

    assertEquals(Aadsts.FOUND, cli.status());
    List<String> rows = cli.out().lines().skip(1).toList();
    assertEquals(count(Category.TRANSIENT), rows.size());
    assertTrue(rows.stream().allMatch(row -> row.contains(" TRANSIENT ")), cli.out());
    assertTrue(rows.stream().anyMatch(row -> row.startsWith("AADSTS90055 ")), cli.out());
  }

  @Test
  void categoryWithDashesAndEqualsSign() {
    Cli cli = Cli.run("list", "--category=interaction-required");

    assertEquals(count(Category.INTERACTION_REQUIRED) + 1, cli.out().lines().count());
  }

  @Test
  void jsonIsAnArrayOfCodes() {
    Cli cli = Cli.run("list", "--json", "--category", "user_error");

    assertEquals(Aadsts.FOUND, cli.status());
    JsonNode json = cli.json();
    assertTrue(json.isArray());
    assertEquals(count(Category.USER_ERROR), json.size());
    for (JsonNode code : json) {
      assertEquals("USER_ERROR", code.get("category").textValue());
      AadstsCode constant = AadstsCode.valueOf(code.get("constant").textValue());
      assertEquals(constant.code(), code.get("code").intValue());
      assertEquals(
          constant.description().isEmpty() ? null : constant.description(),
          code.get("description").textValue());
    }
  }

  @Test
  void theWholeCatalogAsJson() {
    JsonNode json = Cli.run("--json", "list").json();

    assertEquals(AadstsCode.values().length, json.size());
    assertEquals(AadstsCode.values()[0].code(), json.get(0).get("code").intValue());
  }

  @ParameterizedTest
  @EnumSource(Category.class)
  void everyCategoryListsItsCodesAndOnlyAnEmptyOneIsNothingFound(Category category) {
    long count = count(category);

    Cli text = Cli.run("list", "--category", category.name());
    Cli json = Cli.run("list", "--category", category.name(), "--json");

    int status = count == 0 ? Aadsts.NOT_FOUND : Aadsts.FOUND;
    assertEquals(status, text.status());
    assertEquals(status, json.status());
    assertEquals(count, json.json().size());
    if (count == 0) {
      assertEquals("", text.out());
      assertEquals(
          "aadsts: no code of the catalog has the category " + category.name() + "\n", text.err());
    } else {
      assertEquals(count + 1, text.out().lines().count());
      assertEquals("", text.err());
    }
  }

  @Test
  void anUnknownCategoryIsAUsageErrorThatListsTheValidOnes() {
    Cli cli = Cli.run("list", "--category", "throttled").assertUsageError();

    assertTrue(
        cli.err()
            .startsWith(
                "aadsts: unknown category 'throttled'; the categories are interaction_required,"
                    + " user_error, client_configuration, tenant_policy, transient, federation,"
                    + " service, unknown\n"),
        cli.err());
  }

  @Test
  void categoryNeedsAValueAndComesOnce() {
    assertTrue(Cli.run("list", "--category").assertUsageError().err().contains("needs a value"));
    assertTrue(
        Cli.run("list", "--category", "service", "--category=transient")
            .assertUsageError()
            .err()
            .contains("--category is given twice"));
    assertTrue(
        Cli.run("list", "transient")
            .assertUsageError()
            .err()
            .contains("list takes no arguments; to choose a category, use --category transient"));
  }

  private static long count(Category category) {
    return Stream.of(AadstsCode.values()).filter(code -> code.category() == category).count();
  }
}
