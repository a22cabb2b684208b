package dev.aadsts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.client.ClientAuthorizationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.HttpServerErrorException;

/** Spring Security's and Spring's exceptions, the real classes, read by reflection. */
class SpringExceptionsTest {
  private static final String TRACE_ID = "0000aaaa-11bb-cccc-dd22-eeeeee333333";
  private static final String CORRELATION_ID = "aaaa0000-bb11-2222-33cc-444444dddddd";
  private static final String DESCRIPTION =
      "AADSTS70008: The provided authorization code or refresh token has expired due to"
          + " inactivity.\r\nTrace ID: "
          + TRACE_ID
          + "\r\nCorrelation ID: "
          + CORRELATION_ID
          + "\r\nTimestamp: 2025-03-14 09:12:44Z";

  @Test
  void authorizationExceptionOfATokenRequest() {
    OAuth2Error error =
        new OAuth2Error(
            "invalid_grant", DESCRIPTION, "https://login.microsoftonline.com/error?code=70008");

    AadstsError read = AadstsErrors.from(new OAuth2AuthorizationException(error)).orElseThrow();

    assertEquals(List.of(70008), read.codes());
    assertEquals(Optional.of("invalid_grant"), read.error());
    assertEquals(Optional.of(DESCRIPTION), read.errorDescription());
    assertEquals(
        Optional.of("https://login.microsoftonline.com/error?code=70008"), read.errorUri());
    assertEquals(Optional.of(TRACE_ID), read.traceId());
    assertEquals(Optional.of(CORRELATION_ID), read.correlationId());
    assertEquals(Optional.of("2025-03-14 09:12:44Z"), read.timestamp());
  }

  @Test
  void clientAuthorizationExceptionIsASubclass() {
    OAuth2Error error = new OAuth2Error("invalid_grant", DESCRIPTION, null);

    AadstsError read =
        AadstsErrors.from(new ClientAuthorizationException(error, "azure")).orElseThrow();

    assertEquals(List.of(70008), read.codes());
    assertEquals(Category.INTERACTION_REQUIRED, read.category(Category.UNKNOWN));
  }

  @Test
  void authenticationExceptionOfALoginRedirect() {
    OAuth2Error error =
        new OAuth2Error(
            "access_denied",
            "AADSTS65004: User declined to consent to access the app.",
            "https://login.microsoftonline.com/error?code=65004");

    AadstsError read =
        AadstsErrors.from(new OAuth2AuthenticationException(error, error.toString())).orElseThrow();

    assertEquals(List.of(65004), read.codes());
    assertEquals(Optional.of("access_denied"), read.error());
  }

  @Test
  void anOAuthErrorWithoutACodeIsStillAnEntraError() {
    OAuth2Error error = new OAuth2Error("invalid_client", "Client authentication failed.", null);

    AadstsError read = AadstsErrors.from(new OAuth2AuthorizationException(error)).orElseThrow();

    assertEquals(List.of(), read.codes());
    assertEquals(Optional.of("invalid_client"), read.error());
  }

  @Test
  void springsOwnErrorsAreNot() {
    OAuth2Error error = new OAuth2Error("authorization_request_not_found");

    assertEquals(
        Optional.empty(),
        AadstsErrors.from(new OAuth2AuthenticationException(error, error.toString())));
  }

  @Test
  void invalidTokenResponseQuotesTheServersBody() {
    String body =
        "{\"error\":\"invalid_client\",\"error_description\":\"AADSTS7000215: Invalid client"
            + " secret provided.\",\"error_codes\":[7000215],\"trace_id\":\""
            + TRACE_ID
            + "\"}";
    // The message Spring 7's DefaultResponseErrorHandler writes: the status, the request, then the
    // body quoted (Spring 6 leaves out the request).
    HttpClientErrorException cause =
        HttpClientErrorException.create(
            "401 Unauthorized on POST request for"
                + " \"https://login.microsoftonline.com/contoso/oauth2/v2.0/token\": \""
                + body
                + "\"",
            HttpStatus.UNAUTHORIZED,
            "Unauthorized",
            new HttpHeaders(),
            body.getBytes(StandardCharsets.UTF_8),
            StandardCharsets.UTF_8);
    // What Spring Security's RestClient token response clients write for a status other than 400.
    OAuth2Error error =
        new OAuth2Error(
            "invalid_token_response",
            "An error occurred while attempting to retrieve the OAuth 2.0 Access Token Response: "
                + cause.getMessage(),
            null);

    AadstsError fromDescription =
        AadstsErrors.from(new OAuth2AuthorizationException(error)).orElseThrow();
    AadstsError withCause =
        AadstsErrors.from(new OAuth2AuthorizationException(error, cause)).orElseThrow();

    assertEquals(List.of(7000215), fromDescription.codes());
    assertEquals(Optional.of("invalid_client"), fromDescription.error());
    assertEquals(OptionalInt.of(401), fromDescription.httpStatus());
    assertEquals(Optional.of(TRACE_ID), fromDescription.traceId());
    // The cause has the body whole, and the headers.
    assertEquals(body, withCause.rawBody());
    assertEquals(OptionalInt.of(401), withCause.httpStatus());
    assertEquals(1, AadstsErrors.all(new OAuth2AuthorizationException(error, cause)).size());
  }

  @Test
  void tooManyRequestsWithRetryAfter() {
    HttpHeaders headers = new HttpHeaders();
    headers.add("Retry-After", "30");
    headers.add("x-ms-request-id", TRACE_ID);
    String body =
        "{\"error\":\"temporarily_unavailable\",\"error_description\":\"AADSTS90055: There are"
            + " too many incoming requests.\",\"error_codes\":[90055]}";

    HttpClientErrorException e =
        HttpClientErrorException.create(
            HttpStatus.TOO_MANY_REQUESTS,
            "Too Many Requests",
            headers,
            body.getBytes(StandardCharsets.UTF_8),
            StandardCharsets.UTF_8);
    AadstsError read = AadstsErrors.from(e).orElseThrow();

    assertEquals(HttpClientErrorException.TooManyRequests.class, e.getClass());
    assertEquals(List.of(90055), read.codes());
    assertEquals(OptionalInt.of(429), read.httpStatus());
    assertEquals(Optional.of(Duration.ofSeconds(30)), read.retryAfter());
    assertEquals(Optional.of(TRACE_ID), read.traceId());
    assertEquals(true, AadstsErrors.isRetryable(e));
    assertEquals(Optional.of(Duration.ofSeconds(30)), AadstsErrors.retryAfter(e));
  }

  @Test
  void serviceUnavailable() {
    String body =
        "{\"error\":\"temporarily_unavailable\",\"error_description\":\"AADSTS50011: x\"}";

    HttpServerErrorException e =
        HttpServerErrorException.create(
            HttpStatus.SERVICE_UNAVAILABLE,
            "Service Unavailable",
            new HttpHeaders(),
            body.getBytes(StandardCharsets.UTF_8),
            StandardCharsets.UTF_8);
    AadstsError read = AadstsErrors.from(e).orElseThrow();

    assertEquals(HttpServerErrorException.ServiceUnavailable.class, e.getClass());
    assertEquals(OptionalInt.of(503), read.httpStatus());
    assertEquals(Category.TRANSIENT, read.category(Category.UNKNOWN));
  }

  @Test
  void aResponseWithoutAnEntraErrorIsNone() {
    HttpClientErrorException e =
        HttpClientErrorException.create(
            HttpStatus.NOT_FOUND,
            "Not Found",
            new HttpHeaders(),
            "<html>no</html>".getBytes(StandardCharsets.UTF_8),
            StandardCharsets.UTF_8);

    assertEquals(Optional.empty(), AadstsErrors.from(e));
  }
}
