package dev.aadsts.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aadsts.examples.AadstsCode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExplainCommandTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "AADSTS50034",
        "aadsts50034",
        "50034",
        " 50034 ",
        "AADSTS50034:",
        "UserAccountNotFound",
        "useraccountnotfound",
        "USER_ACCOUNT_NOT_FOUND",
        "user-account-not-found"
      })
  void findsACodeHoweverItIsWritten(String query) {
    Cli cli = Cli.run("explain", query);

    assertEquals(Aadsts.FOUND, cli.status(), cli::toString);
    assertTrue(cli.out().startsWith("AADSTS50034 UserAccountNotFound\n"), cli.out());
    assertEquals("", cli.err());
  }

  @Test
  void printsEveryPropertyOfTheCode() {
    AadstsCode code = AadstsCode.USER_ACCOUNT_NOT_FOUND;

    Cli cli = Cli.run("explain", "AADSTS50034");

    List<String> lines = cli.out().lines().toList();
    assertEquals("AADSTS50034 UserAccountNotFound", lines.get(0));
    assertEquals("  constant     USER_ACCOUNT_NOT_FOUND", lines.get(1));
    assertEquals("  category     USER_ERROR: the user can fix it", lines.get(2));
    assertEquals("  retryable    no", lines.get(3));
    String firstWords = code.description().substring(0, 20);
    assertTrue(lines.get(4).startsWith("  description  " + firstWords), lines.get(4));
    assertEquals(
        "  help         https://login.microsoftonline.com/error?code=50034",
        lines.get(lines.size() - 1));
  }

  @Test
  void longDescriptionsAreWrappedUnderTheValueColumn() {
    AadstsCode code = AadstsCode.USER_STRONG_AUTH_CLIENT_AUTHN_REQUIRED;

    Cli cli = Cli.run("explain", "50076");

    List<String> description =
        cli.out()
            .lines()
            .dropWhile(line -> !line.startsWith("  description"))
            .takeWhile(line -> !line.startsWith("  help"))
            .toList();
    assertTrue(description.size() > 1, cli.out());
    for (String line : description) {
      assertTrue(line.length() <= Output.WIDTH, line);
    }
    for (String line : description.subList(1, description.size())) {
      assertTrue(line.startsWith(" ".repeat(15)) && line.charAt(15) != ' ', line);
    }
    String joined =
        description.stream()
            .map(line -> line.substring(15))
            .reduce((a, b) -> a + " " + b)
            .orElseThrow();
    assertEquals(code.description(), joined);
  }

  @Test
  void retryableCodesSaySo() {
    Cli cli = Cli.run("explain", "AADSTS90055");

    assertTrue(cli.out().contains("\n  retryable    yes\n"), cli.out());
    assertTrue(cli.out().contains("\n  category     TRANSIENT: try again later\n"), cli.out());
  }

  @Test
  void jsonHasEveryFieldOfTheCode() {
    AadstsCode code = AadstsCode.IDS_LOCKED;

    Cli cli = Cli.run("--json", "explain", "50053");

    assertEquals(Aadsts.FOUND, cli.status());
    JsonNode json = cli.json();
    assertEquals(
        List.of(
            "code",
            "aadsts",
            "known",
            "constant",
            "identifier",
            "category",
            "retryable",
            "description",
            "help_uri"),
        fieldNames(json));
    assertEquals(50053, json.get("code").intValue());
    assertEquals("AADSTS50053", json.get("aadsts").textValue());
    assertTrue(json.get("known").booleanValue());
    assertEquals("IDS_LOCKED", json.get("constant").textValue());
    assertEquals("IdsLocked", json.get("identifier").textValue());
    assertEquals("USER_ERROR", json.get("category").textValue());
    assertFalse(json.get("retryable").booleanValue());
    // Non-ASCII text survives the escaping.
    assertEquals(code.description(), json.get("description").textValue());
    assertEquals(
        "https://login.microsoftonline.com/error?code=50053", json.get("help_uri").textValue());
  }

  @Test
  void aCodeWithoutIdentifierIsNamedByItsNumber() {
    Cli cli = Cli.run("explain", "7000215", "--json");

    JsonNode json = cli.json();
    assertEquals("AADSTS7000215", json.get("constant").textValue());
    assertTrue(json.get("identifier").isNull());
    assertEquals("CLIENT_CONFIGURATION", json.get("category").textValue());
  }

  @Test
  void anUnknownCodeSaysSoAndStillGivesTheHelpLink() {
    Cli cli = Cli.run("explain", "AADSTS99999991");

    assertEquals(Aadsts.NOT_FOUND, cli.status());
    assertEquals(
        "AADSTS99999991 is not in the catalog.\n"
            + "  help         https://login.microsoftonline.com/error?code=99999991\n",
        cli.out());
  }

  @Test
  void anUnknownCodeAsJson() {
    Cli cli = Cli.run("explain", "--json", "99999991");

    assertEquals(Aadsts.NOT_FOUND, cli.status());
    JsonNode json = cli.json();
    assertEquals(99999991, json.get("code").intValue());
    assertFalse(json.get("known").booleanValue());
    assertTrue(json.get("constant").isNull());
    assertTrue(json.get("identifier").isNull());
    assertTrue(json.get("description").isNull());
    assertEquals("UNKNOWN", json.get("category").textValue());
    assertEquals(
        "https://login.microsoftonline.com/error?code=99999991", json.get("help_uri").textValue());
  }

  @Test
  void aNameOfNoCodeIsNotFound() {
    Cli cli = Cli.run("explain", "NoSuchThing");

    assertEquals(Aadsts.NOT_FOUND, cli.status());
    assertEquals("", cli.out());
    assertEquals("aadsts: no code of the catalog is named 'NoSuchThing'\n", cli.err());
  }

  @Test
  void anIdentifierOfTwoCodesNamesBoth() {
    Cli cli = Cli.run("explain", "InvalidRequest");

    assertEquals(Aadsts.NOT_FOUND, cli.status());
    assertEquals("", cli.out());
    assertTrue(
        cli.err().contains("'InvalidRequest' names 2 codes: AADSTS90023, AADSTS9002313"),
        cli.err());
  }

  @Test
  void explainNeedsExactlyOneCode() {
    assertTrue(Cli.run("explain").assertUsageError().err().contains("explain needs a code"));
    assertTrue(Cli.run("explain", " ").assertUsageError().err().contains("explain needs a code"));
    assertTrue(
        Cli.run("explain", "50034", "50053")
            .assertUsageError()
            .err()
            .contains("explain takes one code, not 2"));
  }

  private static List<String> fieldNames(JsonNode json) {
    List<String> names = new ArrayList<>();
    json.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
