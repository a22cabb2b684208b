package dev.aadsts.examples.retry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.aadsts.ClientConfigurationException;
import dev.aadsts.examples.AadstsExceptions;
import dev.aadsts.examples.spring.EntraTokenRestClient;
import dev.aadsts.examples.spring.Loopback;
import io.github.resilience4j.retry.Retry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.client.endpoint.OAuth2ClientCredentialsGrantRequest;
import org.springframework.security.oauth2.client.endpoint.RestClientClientCredentialsTokenResponseClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.endpoint.OAuth2AccessTokenResponse;

/**
 * The real Resilience4j retrying a real Spring Security token client: throttled requests are
 * retried after their {@code Retry-After}, a wrong secret is not retried.
 */
class RetriesTest {
  private static final String THROTTLED =
      "{\"error\":\"temporarily_unavailable\",\"error_description\":\"AADSTS90055: There are too"
          + " many incoming requests.\",\"error_codes\":[90055]}";
  private static final String TOKEN =
      "{\"access_token\":\"a-token\",\"token_type\":\"Bearer\",\"expires_in\":3599}";

  @Test
  void throttledRequestsAreRetriedAfterTheirRetryAfter() {
    try (Loopback entra = new Loopback(429, THROTTLED, Map.of("Retry-After", "1"))) {
      Retry retry = Retries.tokenRequests("entra", Duration.ofMillis(10));
      List<Duration> waits = new CopyOnWriteArrayList<>();
      retry
          .getEventPublisher()
          .onRetry(
              event -> {
                waits.add(event.getWaitInterval());
                entra.answer(200, TOKEN, Map.of());
              });

      OAuth2AccessTokenResponse token = Retry.decorateSupplier(retry, tokenCall(entra)).get();

      assertEquals("a-token", token.getAccessToken().getTokenValue());
      assertEquals(List.of(Duration.ofSeconds(1)), waits);
      assertEquals(2, entra.requests().size());
    }
  }

  @Test
  void aWrongSecretIsNotRetried() {
    String invalidClient =
        "{\"error\":\"invalid_client\",\"error_description\":\"AADSTS7000215: Invalid client"
            + " secret provided.\",\"error_codes\":[7000215]}";
    try (Loopback entra = new Loopback(401, invalidClient, Map.of())) {
      Retry retry = Retries.tokenRequests("entra", Duration.ofMillis(10));

      OAuth2AuthorizationException e =
          assertThrows(
              OAuth2AuthorizationException.class,
              () -> Retry.decorateSupplier(retry, tokenCall(entra)).get());

      assertInstanceOf(ClientConfigurationException.class, AadstsExceptions.from(e).orElseThrow());
      assertEquals(1, entra.requests().size());
    }
  }

  private static Supplier<OAuth2AccessTokenResponse> tokenCall(Loopback entra) {
    RestClientClientCredentialsTokenResponseClient client =
        new RestClientClientCredentialsTokenResponseClient();
    client.setRestClient(EntraTokenRestClient.create());
    ClientRegistration registration =
        ClientRegistration.withRegistrationId("entra")
            .clientId("00001111-aaaa-2222-bbbb-3333cccc4444")
            .clientSecret("secret")
            .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
            .scope("https://graph.microsoft.com/.default")
            .tokenUri(entra.uri("/contoso/oauth2/v2.0/token").toString())
            .build();
    return () -> client.getTokenResponse(new OAuth2ClientCredentialsGrantRequest(registration));
  }
}
