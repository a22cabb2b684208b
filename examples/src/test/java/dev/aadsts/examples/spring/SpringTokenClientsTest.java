package dev.aadsts.examples.spring;

import static dev.aadsts.examples.EntraBodies.CORRELATION_ID;
import static dev.aadsts.examples.EntraBodies.TRACE_ID;
import static dev.aadsts.examples.EntraBodies.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aadsts.AadstsError;
import dev.aadsts.AadstsErrors;
import dev.aadsts.AadstsException;
import dev.aadsts.ClientConfigurationException;
import dev.aadsts.InteractionRequiredException;
import dev.aadsts.SubError;
import dev.aadsts.TransientException;
import dev.aadsts.examples.AadstsCode;
import dev.aadsts.examples.AadstsExceptions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.client.endpoint.OAuth2AuthorizationCodeGrantRequest;
import org.springframework.security.oauth2.client.endpoint.OAuth2ClientCredentialsGrantRequest;
import org.springframework.security.oauth2.client.endpoint.OAuth2RefreshTokenGrantRequest;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.RestClientClientCredentialsTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.RestClientRefreshTokenTokenResponseClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationExchange;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationResponse;
import org.springframework.web.client.HttpClientErrorException;

/**
 * Spring Security's token response clients against a loopback token endpoint that answers as Entra
 * ID does: what Spring keeps of the error, and what the recipe {@link EntraTokenErrorHandler} gives
 * the application.
 */
class SpringTokenClientsTest {
  private static final String CLAIMS =
      "{\"access_token\":{\"capolids\":{\"essential\":true,\"values\":[\"c0ffee00\"]}}}";

  private Loopback entra;

  @AfterEach
  void stop() {
    entra.close();
  }

  @Test
  void refreshTokenExpiredWhatSpringKeepsAndWhatTheRecipeKeeps() {
    entra =
        new Loopback(
            400,
            body(
                "invalid_grant",
                700082,
                "The refresh token has expired due to inactivity.",
                ",\"suberror\":\"bad_token\""),
            Map.of("x-ms-request-id", TRACE_ID));
    OAuth2RefreshTokenGrantRequest request =
        new OAuth2RefreshTokenGrantRequest(
            registration(AuthorizationGrantType.REFRESH_TOKEN),
            accessToken(),
            new OAuth2RefreshToken("a-refresh-token", Instant.now()));

    RestClientRefreshTokenTokenResponseClient plain =
        new RestClientRefreshTokenTokenResponseClient();
    OAuth2AuthorizationException fromSpring =
        assertThrows(OAuth2AuthorizationException.class, () -> plain.getTokenResponse(request));
    RestClientRefreshTokenTokenResponseClient withRecipe =
        new RestClientRefreshTokenTokenResponseClient();
    withRecipe.setRestClient(EntraTokenRestClient.create());
    OAuth2AuthorizationException fromRecipe =
        assertThrows(
            OAuth2AuthorizationException.class, () -> withRecipe.getTokenResponse(request));

    // Spring keeps error, description and URI: the code is in the description, nothing else.
    AadstsError kept = AadstsErrors.from(fromSpring).orElseThrow();
    assertEquals(List.of(700082), kept.codes());
    assertEquals(Optional.of("invalid_grant"), kept.error());
    assertEquals(Optional.empty(), kept.subError());
    assertEquals(OptionalInt.empty(), kept.httpStatus());
    // The recipe keeps Spring's contract and adds the whole error.
    assertEquals("invalid_grant", fromRecipe.getError().getErrorCode());
    AadstsException typed = AadstsExceptions.from(fromRecipe).orElseThrow();
    assertInstanceOf(AadstsExceptions.ExpiredOrRevokedGrantInactiveTokenException.class, typed);
    assertSame(AadstsCode.EXPIRED_OR_REVOKED_GRANT_INACTIVE_TOKEN, typed.code());
    assertEquals(Optional.of(SubError.BAD_TOKEN), typed.error().subError());
    assertEquals(OptionalInt.of(400), typed.error().httpStatus());
    assertEquals(Optional.of(TRACE_ID), typed.error().traceId());
    assertEquals(Optional.of(CORRELATION_ID), typed.error().correlationId());
    assertEquals(Optional.of("2025-03-14 09:12:44Z"), typed.error().timestamp());
    assertTrue(entra.requests().get(0).body().contains("grant_type=refresh_token"));
  }

  @Test
  void invalidClientSecretWithTheDefaultClient() {
    entra =
        new Loopback(
            401, body("invalid_client", 7000215, "Invalid client secret provided.", ""), Map.of());
    RestClientClientCredentialsTokenResponseClient client =
        new RestClientClientCredentialsTokenResponseClient();

    OAuth2AuthorizationException e =
        assertThrows(
            OAuth2AuthorizationException.class,
            () ->
                client.getTokenResponse(
                    new OAuth2ClientCredentialsGrantRequest(
                        registration(AuthorizationGrantType.CLIENT_CREDENTIALS))));

    // Spring reports its own error, quoting the body, with the HTTP exception as the cause
    // (Spring Framework 7 adds "on POST request for <url>" after the status, 6.2 does not).
    assertEquals("invalid_token_response", e.getError().getErrorCode());
    assertInstanceOf(HttpClientErrorException.Unauthorized.class, e.getCause());
    assertTrue(
        e.getError().getDescription().contains("Access Token Response: 401 Unauthorized"),
        e::getMessage);
    assertTrue(e.getError().getDescription().contains("AADSTS7000215"), e::getMessage);
    AadstsException typed = AadstsExceptions.from(e).orElseThrow();
    assertInstanceOf(ClientConfigurationException.class, typed);
    assertEquals(7000215, typed.code().code());
    assertEquals(Optional.of("invalid_client"), typed.error().error());
    assertEquals(OptionalInt.of(401), typed.error().httpStatus());
    assertTrue(entra.requests().get(0).body().contains("grant_type=client_credentials"));
  }

  @Test
  void throttledWithRetryAfterThroughTheRecipe() {
    entra =
        new Loopback(
            429,
            body("temporarily_unavailable", 90055, "There are too many incoming requests.", ""),
            Map.of("Retry-After", "45"));
    RestClientClientCredentialsTokenResponseClient client =
        new RestClientClientCredentialsTokenResponseClient();
    client.setRestClient(EntraTokenRestClient.create());

    OAuth2AuthorizationException e =
        assertThrows(
            OAuth2AuthorizationException.class,
            () ->
                client.getTokenResponse(
                    new OAuth2ClientCredentialsGrantRequest(
                        registration(AuthorizationGrantType.CLIENT_CREDENTIALS))));

    TransientException typed =
        assertInstanceOf(TransientException.class, AadstsExceptions.from(e).orElseThrow());
    assertEquals(Optional.of(Duration.ofSeconds(45)), typed.retryAfter());
    assertTrue(AadstsErrors.isRetryable(e));
    assertEquals(Optional.of(Duration.ofSeconds(45)), AadstsErrors.retryAfter(e));
  }

  @Test
  void serviceUnavailableWithTheDefaultClient() {
    entra =
        new Loopback(
            503,
            "{\"error\":\"temporarily_unavailable\",\"error_description\":\"AADSTS90033: A"
                + " transient error has occurred. Please try again.\",\"error_codes\":[90033]}",
            Map.of("Retry-After", "5"));
    RestClientClientCredentialsTokenResponseClient client =
        new RestClientClientCredentialsTokenResponseClient();

    OAuth2AuthorizationException e =
        assertThrows(
            OAuth2AuthorizationException.class,
            () ->
                client.getTokenResponse(
                    new OAuth2ClientCredentialsGrantRequest(
                        registration(AuthorizationGrantType.CLIENT_CREDENTIALS))));

    TransientException typed =
        assertInstanceOf(TransientException.class, AadstsExceptions.from(e).orElseThrow());
    assertEquals(OptionalInt.of(503), typed.error().httpStatus());
    // The Retry-After header is read from Spring's HTTP exception, the cause.
    assertEquals(Optional.of(Duration.ofSeconds(5)), typed.retryAfter());
  }

  @Test
  void authorizationCodeRedeemedWithAClaimsChallenge() {
    entra =
        new Loopback(
            400,
            body(
                "invalid_grant",
                50076,
                "Due to a configuration change made by your administrator, or because you moved"
                    + " to a new location, you must use multi-factor authentication.",
                ",\"suberror\":\"basic_action\",\"claims\":\""
                    + CLAIMS.replace("\"", "\\\"")
                    + "\""),
            Map.of());
    RestClientAuthorizationCodeTokenResponseClient client =
        new RestClientAuthorizationCodeTokenResponseClient();
    client.setRestClient(EntraTokenRestClient.create());
    ClientRegistration registration = registration(AuthorizationGrantType.AUTHORIZATION_CODE);
    OAuth2AuthorizationRequest authorization =
        OAuth2AuthorizationRequest.authorizationCode()
            .authorizationUri(entra.uri("/authorize").toString())
            .clientId(registration.getClientId())
            .redirectUri("https://app.example/login/oauth2/code/entra")
            .state("state-1")
            .build();
    OAuth2AuthorizationResponse response =
        OAuth2AuthorizationResponse.success("the-code")
            .redirectUri("https://app.example/login/oauth2/code/entra")
            .state("state-1")
            .build();

    OAuth2AuthorizationException e =
        assertThrows(
            OAuth2AuthorizationException.class,
            () ->
                client.getTokenResponse(
                    new OAuth2AuthorizationCodeGrantRequest(
                        registration, new OAuth2AuthorizationExchange(authorization, response))));

    InteractionRequiredException typed =
        assertInstanceOf(
            InteractionRequiredException.class, AadstsExceptions.from(e).orElseThrow());
    assertEquals(Optional.of(CLAIMS), typed.claims());
    assertSame(AadstsCode.USER_STRONG_AUTH_CLIENT_AUTHN_REQUIRED, typed.code());
    assertTrue(entra.requests().get(0).body().contains("code=the-code"));
  }

  private ClientRegistration registration(AuthorizationGrantType grant) {
    return ClientRegistration.withRegistrationId("entra")
        .clientId("00001111-aaaa-2222-bbbb-3333cccc4444")
        .clientSecret("not-the-secret")
        .authorizationGrantType(grant)
        .redirectUri("https://app.example/login/oauth2/code/entra")
        .scope("https://graph.microsoft.com/.default")
        .authorizationUri(entra.uri("/authorize").toString())
        .tokenUri(entra.uri("/contoso/oauth2/v2.0/token").toString())
        .build();
  }

  private static OAuth2AccessToken accessToken() {
    Instant now = Instant.now();
    return new OAuth2AccessToken(
        OAuth2AccessToken.TokenType.BEARER, "an-access-token", now.minusSeconds(3600), now);
  }
}
