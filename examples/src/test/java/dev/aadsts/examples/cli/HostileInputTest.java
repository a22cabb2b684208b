package dev.aadsts.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the tool prints is safe for a terminal and a log, whatever its input and arguments. */
class HostileInputTest {
  private static final String ESCAPE_TITLE = "\u001b]0;owned\u0007";

  /** A body that carries credentials beside its error, as a proxy or a bad log line may. */
  private static final String BODY_WITH_SECRETS =
      "{\"error\":\"invalid_grant\",\"error_codes\":[50034],"
          + "\"error_description\":\"AADSTS50034: The user account does not exist."
          + " Request: grant_type=password&username=a@b.c&password=hunter2&client_secret=s3cr3t"
          + "&code=0.AUTHCODE\","
          + "\"error_uri\":\"https://login.microsoftonline.com/error?code=50034\","
          + "\"access_token\":\"eyJ0eXAiOiJKV1Qi.access\","
          + "\"refresh_token\":\"0.AAAA-refresh\","
          + "\"id_token\":\"eyJhbGciOi.id\","
          + "\"Client_Secret\":\"s3cr3t~field\","
          + "\"client_assertion\":\"eyJhbGciOi.assertion\","
          + "\"code\":\"0.AUTHCODE2\","
          + "\"password\":\"hunter2\","
          + "\"request\":{\"refresh_token\":\"0.NESTED\",\"scope\":\"openid\"},"
          + "\"scope\":\"openid profile\"}";

  private static final List<String> SECRETS =
      List.of(
          "hunter2",
          "s3cr3t",
          "0.AUTHCODE",
          "eyJ0eXAiOiJKV1Qi.access",
          "0.AAAA-refresh",
          "eyJhbGciOi.id",
          "eyJhbGciOi.assertion",
          "0.NESTED");

  @Test
  void anUnknownOptionIsEchoedWithoutItsControlCharacters() {
    Cli cli = Cli.run("--x" + ESCAPE_TITLE + "\r\nFAKE: injected line").assertUsageError();

    assertNoTerminalControls(cli.err());
    assertEquals(
        "aadsts: unknown option '--x\\u001b]0;owned\\u0007\\r\\nFAKE: injected line'",
        cli.err().lines().findFirst().orElseThrow());
    assertEquals(2, cli.err().lines().count(), cli.err());
  }

  @Test
  void everyEchoedArgumentIsSanitized() {
    String evil = "evil" + ESCAPE_TITLE + "\u202egpj.exe\nX";
    List<Cli> runs =
        List.of(
            Cli.run(evil, "50034"),
            Cli.run("explain", evil),
            Cli.run("decode", evil),
            Cli.run("list", "--category", evil),
            Cli.run("list", evil));
    for (Cli cli : runs) {
      assertTrue(cli.err().contains("evil\\u001b]0;owned\\u0007\\u202egpj.exe\\nX"), cli.err());
      assertNoTerminalControls(cli.err());
      assertFalse(cli.err().contains("\u202e"), cli.err());
      assertTrue(
          cli.err()
              .lines()
              .allMatch(
                  line ->
                      line.startsWith("aadsts: ") || line.equals("Run 'aadsts --help' for usage.")),
          cli.err());
    }
  }

  @Test
  void bidiControlsAreEscapedInText() {
    String description =
        "AADSTS50034: user \u202Egnp.exe\u202C, \u2066isolated\u2069 \u202A\u202B\u202D\u2067\u2068";
    Cli cli =
        Cli.runWithInput(
            "{\"error\":\"invalid_grant\",\"error_description\":\"" + description + "\"}",
            "decode");

    assertEquals(Aadsts.FOUND, cli.status(), cli::toString);
    for (char bidi : "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069".toCharArray()) {
      assertEquals(-1, cli.out().indexOf(bidi), cli.out());
    }
    assertTrue(cli.out().contains("user \\u202egnp.exe\\u202c, \\u2066isolated\\u2069"), cli.out());
  }

  @Test
  void explainJsonForANameOfNoCode() {
    Cli cli = Cli.run("explain", "--json", "NoSuchThing");

    assertEquals(Aadsts.NOT_FOUND, cli.status());
    assertEquals("", cli.err());
    JsonNode json = cli.json();
    assertEquals("NoSuchThing", json.get("query").textValue());
    assertFalse(json.get("found").booleanValue());
    assertEquals(0, json.get("matches").size());
  }

  @Test
  void explainJsonForANameOfTwoCodes() {
    Cli cli = Cli.run("explain", "InvalidRequest", "--json");

    assertEquals(Aadsts.NOT_FOUND, cli.status());
    assertEquals("", cli.err());
    JsonNode json = cli.json();
    assertEquals("InvalidRequest", json.get("query").textValue());
    assertFalse(json.get("found").booleanValue());
    assertEquals(2, json.get("matches").size());
    assertEquals(90023, json.get("matches").get(0).get("code").intValue());
    assertEquals(9002313, json.get("matches").get(1).get("code").intValue());
    assertEquals("INVALID_REQUEST_90023", json.get("matches").get(0).get("constant").textValue());
  }

  @Test
  void explainJsonForEveryOtherOutcomeIsOneJsonValue() {
    for (String query : List.of("50034", "AADSTS50034:", "UserAccountNotFound", "99999991")) {
      Cli cli = Cli.run("explain", "--json", query);

      assertTrue(cli.json().has("code"), cli::toString);
      assertEquals("", cli.err());
    }
  }

  @Test
  void secretsInADecodedBodyAreRedactedInText() {
    Cli cli = Cli.runWithInput(BODY_WITH_SECRETS, "decode");

    assertEquals(Aadsts.FOUND, cli.status(), cli::toString);
    for (String secret : SECRETS) {
      assertFalse(cli.out().contains(secret), secret + " in\n" + cli.out());
    }
    assertTrue(cli.out().contains("  extra field     access_token = <redacted>\n"), cli.out());
    assertTrue(cli.out().contains("  extra field     Client_Secret = <redacted>\n"), cli.out());
    assertTrue(cli.out().contains("  extra field     scope = openid profile\n"), cli.out());
    assertTrue(cli.out().contains("password=<redacted>&client_secret=<redacted>"), cli.out());
    // The help link's code is an error code, not an authorization code.
    assertTrue(
        cli.out()
            .contains("  error uri       https://login.microsoftonline.com/error?code=50034\n"),
        cli.out());
  }

  @Test
  void secretsInADecodedBodyAreRedactedInJson() {
    Cli cli = Cli.runWithInput(BODY_WITH_SECRETS, "decode", "--json");

    String json = cli.out();
    for (String secret : SECRETS) {
      assertFalse(json.contains(secret), secret + " in\n" + json);
    }
    JsonNode extra = cli.json().get("extra_fields");
    for (String field :
        List.of(
            "access_token",
            "refresh_token",
            "id_token",
            "Client_Secret",
            "client_assertion",
            "code",
            "password")) {
      assertEquals("<redacted>", extra.get(field).textValue(), field);
    }
    assertEquals("openid profile", extra.get("scope").textValue());
    assertTrue(extra.get("request").textValue().contains("\"scope\":\"openid\""), json);
  }

  @Test
  void showSecretsShowsThem() {
    Cli cli = Cli.runWithInput(BODY_WITH_SECRETS, "decode", "--json", "--show-secrets");

    JsonNode json = cli.json();
    assertEquals("hunter2", json.get("extra_fields").get("password").textValue());
    assertEquals("0.AAAA-refresh", json.get("extra_fields").get("refresh_token").textValue());
    assertTrue(json.get("error_description").textValue().contains("password=hunter2"));
  }

  @Test
  void showSecretsGoesWithDecode() {
    Cli cli = Cli.run("explain", "50034", "--show-secrets").assertUsageError();

    assertTrue(cli.err().startsWith("aadsts: --show-secrets goes with decode, not explain\n"));
  }

  private static void assertNoTerminalControls(String text) {
    assertTrue(text.chars().noneMatch(c -> c != '\n' && (c < 0x20 || c >= 0x7f && c < 0xa0)), text);
  }
}
