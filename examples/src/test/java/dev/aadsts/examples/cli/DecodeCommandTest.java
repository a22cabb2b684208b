package dev.aadsts.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecodeCommandTest {
  /** The bundled samples; tests run in the module's folder. */
  private static final Path SAMPLES = Path.of("samples");

  private static final String CLAIMS =
      "{\"access_token\":{\"capolids\":{\"essential\":true,"
          + "\"values\":[\"c0ffee00-1111-2222-3333-444455556666\"]}}}";

  @Test
  void theInvalidClientSecretSample() {
    Cli cli = Cli.run("decode", SAMPLES.resolve("invalid-client-secret.json").toString());

    assertEquals(Aadsts.FOUND, cli.status(), cli::toString);
    assertEquals("", cli.err());
    List<String> lines = cli.out().lines().toList();
    assertEquals("  input           token-endpoint error body (JSON)", lines.get(0));
    assertEquals("  error           invalid_client", lines.get(1));
    assertTrue(lines.get(2).startsWith("  description     AADSTS7000215: Invalid client secret"));
    assertTrue(lines.contains("                  Trace ID: 0000aaaa-11bb-cccc-dd22-eeeeee333333"));
    assertTrue(
        lines.contains(
            "  codes           AADSTS7000215 (CLIENT_CONFIGURATION), no identifier in the catalog"),
        cli.out());
    assertTrue(lines.contains("  timestamp       2025-03-14 09:12:44Z"));
    assertTrue(lines.contains("  trace id        0000aaaa-11bb-cccc-dd22-eeeeee333333"));
    assertTrue(lines.contains("  correlation id  aaaa0000-bb11-2222-33cc-444444dddddd"));
    assertTrue(
        lines.contains("  error uri       https://login.microsoftonline.com/error?code=7000215"));
    assertTrue(lines.contains("  claims          none"));
    assertTrue(
        lines.contains(
            "  category        CLIENT_CONFIGURATION: the app registration or the request is wrong"));
    assertTrue(lines.contains("  retryable       no"));
    assertTrue(
        lines.contains(
            "  exception       AadstsExceptions.Aadsts7000215Exception"
                + " (extends ClientConfigurationException)"),
        cli.out());
    assertTrue(lines.stream().anyMatch(line -> line.startsWith("  what to do      Fix the app")));
  }

  @Test
  void theClaimsChallengeSampleAsJson() {
    Cli cli = Cli.run("decode", "--json", SAMPLES.resolve("mfa-claims-challenge.json").toString());

    assertEquals(Aadsts.FOUND, cli.status(), cli::toString);
    JsonNode json = cli.json();
    assertEquals(
        List.of(
            "found",
            "input",
            "error",
            "error_description",
            "codes",
            "suberror",
            "timestamp",
            "trace_id",
            "correlation_id",
            "error_uri",
            "claims_present",
            "claims",
            "raw_claims",
            "http_status",
            "retry_after_seconds",
            "extra_fields",
            "category",
            "retryable",
            "exception",
            "action"),
        fieldNames(json));
    assertTrue(json.get("found").booleanValue());
    assertEquals("json", json.get("input").textValue());
    assertEquals("invalid_grant", json.get("error").textValue());
    assertTrue(json.get("error_description").textValue().startsWith("AADSTS50076: Due to"));
    assertTrue(json.get("error_description").textValue().contains("\r\nTrace ID: "));
    assertEquals(1, json.get("codes").size());
    JsonNode code = json.get("codes").get(0);
    assertEquals(50076, code.get("code").intValue());
    assertEquals("UserStrongAuthClientAuthNRequired", code.get("identifier").textValue());
    assertEquals("INTERACTION_REQUIRED", code.get("category").textValue());
    assertEquals("basic_action", json.get("suberror").textValue());
    assertEquals("2025-03-14 09:15:02Z", json.get("timestamp").textValue());
    assertEquals("1111bbbb-22cc-dddd-ee33-ffffff444444", json.get("trace_id").textValue());
    assertEquals("bbbb1111-cc22-3333-44dd-555555eeeeee", json.get("correlation_id").textValue());
    assertEquals(
        "https://login.microsoftonline.com/error?code=50076", json.get("error_uri").textValue());
    assertTrue(json.get("claims_present").booleanValue());
    assertEquals(CLAIMS, json.get("claims").textValue());
    assertTrue(json.get("http_status").isNull());
    assertTrue(json.get("retry_after_seconds").isNull());
    assertEquals(0, json.get("extra_fields").size());
    assertEquals("INTERACTION_REQUIRED", json.get("category").textValue());
    assertFalse(json.get("retryable").booleanValue());
    assertEquals(
        "AadstsExceptions.UserStrongAuthClientAuthnRequiredException",
        json.get("exception").textValue());
    assertEquals(
        "Send the user through an interactive sign-in (with the claims challenge if one is given).",
        json.get("action").textValue());
  }

  @Test
  void theClaimsChallengeSampleAsText() {
    Cli cli = Cli.run("decode", SAMPLES.resolve("mfa-claims-challenge.json").toString());

    assertTrue(cli.out().contains("\n  suberror        basic_action\n"), cli.out());
    assertTrue(
        cli.out().contains("\n  claims          present:\n" + " ".repeat(18) + CLAIMS + "\n"));
    assertTrue(cli.out().contains("\n  what to do      Send the user through an interactive"));
  }

  @Test
  void theMsal4jLogSampleIsReadAsAMessage() {
    Cli cli = Cli.run("decode", "--json", SAMPLES.resolve("msal4j-message.txt").toString());

    assertEquals(Aadsts.FOUND, cli.status(), cli::toString);
    JsonNode json = cli.json();
    assertEquals("message", json.get("input").textValue());
    assertTrue(json.get("error").isNull());
    assertEquals(50053, json.get("codes").get(0).get("code").intValue());
    assertEquals("IdsLocked", json.get("codes").get(0).get("identifier").textValue());
    assertEquals("2222cccc-33dd-eeee-ff44-aaaaaa555555", json.get("trace_id").textValue());
    assertEquals("cccc2222-dd33-4444-55ee-666666ffffff", json.get("correlation_id").textValue());
    assertEquals("2025-03-14 09:17:31Z", json.get("timestamp").textValue());
    assertFalse(json.get("claims_present").booleanValue());
    assertEquals("USER_ERROR", json.get("category").textValue());
    assertEquals("AadstsExceptions.IdsLockedException", json.get("exception").textValue());
  }

  @Test
  void readsStandardInputWithoutAFileAndWithDash() {
    String message = "AADSTS50034: The user account doesn't exist in the directory.";
    for (String[] args : List.of(new String[] {"decode"}, new String[] {"decode", "-"})) {
      Cli cli = Cli.runWithInput(message, args);

      assertEquals(Aadsts.FOUND, cli.status(), cli::toString);
      assertTrue(cli.out().contains("  input           exception message or log text\n"));
      assertTrue(
          cli.out().contains("  codes           AADSTS50034 UserAccountNotFound (USER_ERROR)\n"),
          cli.out());
    }
  }

  @Test
  void aBodyAfterBlanksIsJsonAndKeepsItsOtherFields() {
    Cli cli =
        Cli.runWithInput(
            "\n   {\"error\":\"invalid_grant\",\"error_codes\":[50055,99999992],"
                + "\"password_change_url\":\"https://portal.microsoftonline.com/ChangePassword.aspx\"}",
            "decode");

    assertEquals(Aadsts.FOUND, cli.status(), cli::toString);
    assertTrue(cli.out().contains("  input           token-endpoint error body (JSON)\n"));
    assertTrue(
        cli.out()
            .contains(
                "  codes           AADSTS50055 InvalidPasswordExpiredPassword"
                    + " (INTERACTION_REQUIRED)\n"
                    + "                  AADSTS99999992 (not in the catalog)\n"),
        cli.out());
    assertTrue(
        cli.out()
            .contains(
                "  extra field     password_change_url ="
                    + " https://portal.microsoftonline.com/ChangePassword.aspx\n"),
        cli.out());
  }

  @Test
  void theErrorAndSubErrorDecideTheCategoryBeforeTheCode() {
    // 50053 is a user error, but invalid_grant with basic_action asks for an interactive sign-in.
    Cli cli =
        Cli.runWithInput(
            "{\"error\":\"invalid_grant\",\"suberror\":\"basic_action\",\"error_codes\":[50053]}",
            "decode",
            "--json");

    JsonNode json = cli.json();
    assertEquals("USER_ERROR", json.get("codes").get(0).get("category").textValue());
    assertEquals("INTERACTION_REQUIRED", json.get("category").textValue());
    assertEquals("InteractionRequiredException", json.get("exception").textValue());
  }

  @Test
  void aByteOrderMarkBeforeTheBodyIsSkipped() {
    Cli cli = Cli.runWithInput("\uFEFF{\"error\":\"invalid_client\"}", "decode", "--json");

    assertEquals("json", cli.json().get("input").textValue());
    assertEquals("invalid_client", cli.json().get("error").textValue());
  }

  @Test
  void hugeInputIsReadInPartAndSaysSo() {
    byte[] input = new byte[Decode.MAX_BYTES + 10];
    Arrays.fill(input, (byte) ' ');
    byte[] message = "AADSTS50034: not found".getBytes(StandardCharsets.UTF_8);
    System.arraycopy(message, 0, input, 0, message.length);

    Cli cli = Cli.run(new ByteArrayInputStream(input), "decode");

    assertEquals(Aadsts.FOUND, cli.status());
    assertEquals("aadsts: read the first 4 MiB of standard input only\n", cli.err());
  }

  @Test
  void anErrorWithoutCodeIsStillFound() {
    Cli cli = Cli.runWithInput("{\"error\":\"temporarily_unavailable\"}", "decode");

    assertEquals(Aadsts.FOUND, cli.status(), cli::toString);
    assertTrue(cli.out().contains("  codes           none\n"));
    assertTrue(cli.out().contains("  category        TRANSIENT: try again later\n"));
    assertTrue(cli.out().contains("  retryable       yes\n"));
  }

  @Test
  void textWithoutAnErrorIsNothingFound() {
    Cli cli = Cli.runWithInput("Everything went fine at 2025-03-14 09:17:31Z.\n", "decode");

    assertEquals(Aadsts.NOT_FOUND, cli.status());
    assertEquals("", cli.out());
    assertEquals(
        "aadsts: no Entra ID error in standard input: no AADSTS code in the text\n", cli.err());
  }

  @Test
  void aBodyWithoutAnErrorIsNothingFoundAlsoAsJson() {
    Cli cli = Cli.runWithInput("{\"status\":\"ok\"}", "decode", "--json");

    assertEquals(Aadsts.NOT_FOUND, cli.status());
    JsonNode json = cli.json();
    assertFalse(json.get("found").booleanValue());
    assertEquals("ok", json.get("extra_fields").get("status").textValue());
    assertEquals(0, json.get("codes").size());
    assertEquals("UNKNOWN", json.get("category").textValue());
  }

  @Test
  void aMissingFileIsAUsageErrorThatNamesIt(@TempDir Path dir) {
    String file = dir.resolve("missing.json").toString();

    Cli cli = Cli.run("decode", file).assertUsageError();

    assertEquals("aadsts: cannot read " + file + ": no such file\n", cli.err());
  }

  @Test
  void aDirectoryIsAUsageErrorThatNamesIt(@TempDir Path dir) {
    Cli cli = Cli.run("decode", dir.toString()).assertUsageError();

    assertEquals("aadsts: cannot read " + dir + ": it is a directory\n", cli.err());
  }

  @Test
  void aFailingStandardInputIsAUsageError() {
    InputStream failing =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("Input/output error");
          }
        };

    Cli cli = Cli.run(failing, "decode").assertUsageError();

    assertEquals("aadsts: cannot read standard input: Input/output error\n", cli.err());
  }

  @Test
  void afterDoubleDashAnOptionIsAFileName() {
    Cli cli = Cli.run("decode", "--", "--json").assertUsageError();

    assertEquals("aadsts: cannot read --json: no such file\n", cli.err());
  }

  @Test
  void decodeReadsAtMostOneFile() {
    Cli cli = Cli.run("decode", "a.json", "b.json").assertUsageError();

    assertTrue(cli.err().contains("decode reads one file"), cli.err());
  }

  private static List<String> fieldNames(JsonNode json) {
    List<String> names = new ArrayList<>();
    json.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
