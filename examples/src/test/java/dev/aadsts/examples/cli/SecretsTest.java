package dev.aadsts.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SecretsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "grant_type=refresh_token&refresh_token=0.AAA&scope=openid"
            + " | grant_type=refresh_token&refresh_token=<redacted>&scope=openid",
        "{\"client_secret\": \"abc\\\"def\", \"x\": 1} | {\"client_secret\": \"<redacted>\", \"x\": 1}",
        "{\\\"password\\\":\\\"hunter2\\\"} | {\\\"password\\\":\\\"<redacted>\\\"}",
        "{'id_token': 'eyJ.x.y'} | {'id_token': '<redacted>'}",
        "\"access_token\"=>\"tok\" | \"access_token\"=>\"<redacted>\"",
        "PASSWORD: hunter2 then | PASSWORD: <redacted> then",
        "?code=0.AUTH&state=s | ?code=<redacted>&state=s",
        "\"code\": \"0.AUTH\" | \"code\": \"<redacted>\"",
      })
  void valuesOfSecretsAreRedacted(String text, String redacted) {
    assertEquals(redacted, Secrets.redact(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://login.microsoftonline.com/error?code=50034",
        "{\"code\": 50034}",
        "Error Code: invalid_grant",
        "ErrorCode: invalid_grant",
        "error_codes=[50034] client_secret_expired=true",
        "{\"access_token\":{\"capolids\":{\"essential\":true}}}",
        "grant_type=password&username=a",
        "password=",
        "\"password\": \"\"",
      })
  void otherTextIsKept(String text) {
    assertEquals(text, Secrets.redact(text));
  }

  @Test
  void fieldNamesInAnyCase() {
    assertTrue(Secrets.isSecret("Refresh_Token"));
    assertTrue(Secrets.isSecret("code"));
    assertFalse(Secrets.isSecret("error_codes"));
    assertFalse(Secrets.isSecret("password_change_url"));
  }
}
