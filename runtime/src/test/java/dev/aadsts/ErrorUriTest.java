package dev.aadsts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An {@code error_uri} is given only as an http(s) URI, whichever reader found it. */
class ErrorUriTest {
  private static final String HELP = "https://login.microsoftonline.com/error?code=50058";

  private static String body(String uri) {
    return "{\"error\":\"invalid_grant\",\"error_description\":\"AADSTS50058: x\",\"error_uri\":\""
        + uri
        + "\"}";
  }

  @Test
  void httpAndHttpsUrisAreKeptFromEveryReader() {
    assertEquals(Optional.of(HELP), AadstsError.parse(body(HELP)).errorUri());
    assertEquals(
        Optional.of(HELP),
        AadstsError.fromWwwAuthenticate(
                "Bearer error=\"invalid_token\", error_uri=\"" + HELP + "\"")
            .errorUri());
    assertEquals(
        Optional.of("HTTP://example.test/help"),
        AadstsError.fromRedirect("?error=access_denied&error_uri=HTTP%3A%2F%2Fexample.test%2Fhelp")
            .errorUri());
  }

  @Test
  void otherSchemesAreDroppedAndTheRawTextKeepsThem() {
    for (String uri :
        List.of(
            "javascript:alert(1)",
            "JavaScript:alert(document.cookie)",
            "data:text/html;base64,PHNjcmlwdD4=",
            "//evil.test/x",
            "file:///etc/passwd",
            " https://login.microsoftonline.com/error",
            "httpx://example.test")) {
      AadstsError parsed = AadstsError.parse(body(uri));
      assertEquals(Optional.empty(), parsed.errorUri(), uri);
      assertEquals(List.of(50058), parsed.codes(), uri);
      assertTrue(parsed.rawBody().contains(uri), uri);
      AadstsError challenge =
          AadstsError.fromWwwAuthenticate(
              "Bearer error=\"invalid_token\", error_uri=\"" + uri + "\"");
      assertEquals(Optional.empty(), challenge.errorUri(), uri);
      assertEquals(Optional.of("invalid_token"), challenge.error(), uri);
      AadstsError redirect =
          AadstsError.fromRedirect(
              "https://app.test/cb?error=access_denied&error_uri="
                  + URLEncoder.encode(uri, StandardCharsets.UTF_8));
      assertEquals(Optional.empty(), redirect.errorUri(), uri);
      assertEquals(Optional.of("access_denied"), redirect.error(), uri);
    }
  }
}
