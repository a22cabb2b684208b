package dev.aadsts.examples.retry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.aadsts.examples.spring.EntraTokenRestClient;
import dev.aadsts.examples.spring.Loopback;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.client.endpoint.OAuth2ClientCredentialsGrantRequest;
import org.springframework.security.oauth2.client.endpoint.RestClientClientCredentialsTokenResponseClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;

/** {@link TokenFailureLog}: what a token failure puts in the log, and what it never does. */
class LogFieldsTest {
  @Test
  void aTokenFailureIsLoggedByItsFieldsOnly() {
    String body =
        "{\"error\":\"invalid_grant\",\"error_description\":\"AADSTS50076: megan@contoso.com must"
            + " use multi-factor authentication.\",\"error_codes\":[50076],"
            + "\"suberror\":\"basic_action\",\"trace_id\":\"t-1\",\"correlation_id\":\"c-1\","
            + "\"timestamp\":\"2025-03-14 09:12:44Z\",\"claims\":\"{\\\"access_token\\\":{}}\"}";
    try (Loopback entra = new Loopback(400, body, Map.of())) {
      RestClientClientCredentialsTokenResponseClient client =
          new RestClientClientCredentialsTokenResponseClient();
      client.setRestClient(EntraTokenRestClient.create());
      ClientRegistration registration =
          ClientRegistration.withRegistrationId("entra")
              .clientId("00001111-aaaa-2222-bbbb-3333cccc4444")
              .clientSecret("secret")
              .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
              .tokenUri(entra.uri("/token").toString())
              .build();
      OAuth2AuthorizationException failure =
          assertThrows(
              OAuth2AuthorizationException.class,
              () -> client.getTokenResponse(new OAuth2ClientCredentialsGrantRequest(registration)));

      String line = TokenFailureLog.line(failure);

      assertEquals(
          "token request failed aadsts.code=AADSTS50076 aadsts.error=invalid_grant"
              + " aadsts.suberror=basic_action aadsts.category=interaction_required"
              + " aadsts.correlation_id=c-1 aadsts.trace_id=t-1"
              + " aadsts.timestamp=2025-03-14 09:12:44Z http.status=400",
          line);
      assertFalse(line.contains("megan"), line);
      assertFalse(line.contains("access_token"), line);
    }
  }
}
