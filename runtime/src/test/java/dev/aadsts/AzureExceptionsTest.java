package dev.aadsts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.azure.core.credential.TokenRequestContext;
import com.azure.core.exception.ClientAuthenticationException;
import com.azure.core.exception.HttpResponseException;
import com.azure.core.http.HttpHeaderName;
import com.azure.core.http.HttpHeaders;
import com.azure.core.http.HttpMethod;
import com.azure.core.http.HttpRequest;
import com.azure.core.http.HttpResponse;
import com.azure.identity.AuthenticationRequiredException;
import com.azure.identity.CredentialUnavailableException;
import com.microsoft.aad.msal4j.MsalServiceException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** azure-core's and azure-identity's exceptions, the real classes, read by reflection. */
class AzureExceptionsTest {
  private static final String TRACE_ID = "0000aaaa-11bb-cccc-dd22-eeeeee333333";

  @Test
  void httpResponseExceptionStatusHeadersAndBody() {
    String body =
        "{\"error\":\"temporarily_unavailable\",\"error_description\":\"AADSTS90055: There are"
            + " too many incoming requests.\",\"error_codes\":[90055]}";
    HttpResponse response =
        new Response(
            429,
            new HttpHeaders()
                .set(HttpHeaderName.RETRY_AFTER, "12")
                .set(HttpHeaderName.X_MS_REQUEST_ID, TRACE_ID),
            body);

    HttpResponseException e = new HttpResponseException("Status code 429", response, body);
    AadstsError read = AadstsErrors.from(e).orElseThrow();

    assertEquals(List.of(90055), read.codes());
    assertEquals(OptionalInt.of(429), read.httpStatus());
    assertEquals(Optional.of(Duration.ofSeconds(12)), read.retryAfter());
    assertEquals(Optional.of(TRACE_ID), read.traceId());
    assertEquals(body, read.rawBody());
  }

  @Test
  void aResourcesClaimsChallengeInWwwAuthenticate() {
    String claims = "{\"access_token\":{\"nbf\":{\"essential\":true,\"value\":\"1726077595\"}}}";
    String encoded =
        java.util.Base64.getEncoder().encodeToString(claims.getBytes(StandardCharsets.UTF_8));
    HttpResponse response =
        new Response(
            401,
            new HttpHeaders()
                .set(
                    HttpHeaderName.WWW_AUTHENTICATE,
                    "Bearer realm=\"\", error=\"insufficient_claims\", claims=\"" + encoded + "\""),
            "{\"error\":{\"code\":\"InvalidAuthenticationToken\"}}");

    AadstsError read =
        AadstsErrors.from(new ClientAuthenticationException("Status code 401", response))
            .orElseThrow();

    assertEquals(Optional.of("insufficient_claims"), read.error());
    assertEquals(Optional.of(claims), read.claims());
    assertEquals(OptionalInt.of(401), read.httpStatus());
  }

  @Test
  void clientAuthenticationExceptionWrappingMsal4j() {
    MsalServiceException msal =
        new MsalServiceException(
            "AADSTS7000215: Invalid client secret provided.\r\nTrace ID: " + TRACE_ID,
            "invalid_client");
    ClientAuthenticationException e =
        new ClientAuthenticationException("Failed to acquire token", null, msal);

    AadstsError read = AadstsErrors.from(e).orElseThrow();

    assertEquals(List.of(7000215), read.codes());
    assertEquals(Optional.of("invalid_client"), read.error());
    assertEquals(1, AadstsErrors.all(e).size());
  }

  @Test
  void authenticationRequiredKeepsTheClaimsOfItsRequest() {
    String claims = "{\"access_token\":{\"acrs\":{\"essential\":true,\"value\":\"c1\"}}}";
    AuthenticationRequiredException e =
        new AuthenticationRequiredException(
            "Interactive authentication is needed: AADSTS50076: multi-factor authentication",
            new TokenRequestContext().addScopes("api://orders/.default").setClaims(claims));

    AadstsError read = AadstsErrors.from(e).orElseThrow();

    assertEquals(List.of(50076), read.codes());
    assertEquals(Optional.of(claims), read.claims());
  }

  @Test
  void oneErrorPerCredentialOfAChain() {
    // The shape of ChainedTokenCredential's message when no credential could get a token: one
    // line per credential, joined by line breaks.
    CredentialUnavailableException e =
        new CredentialUnavailableException(
            "EnvironmentCredential authentication unavailable. Environment variables are not"
                + " fully configured.\r\n"
                + "SharedTokenCacheCredential authentication unavailable. AADSTS700082: The"
                + " refresh token has expired due to inactivity.\r\nTrace ID: "
                + TRACE_ID
                + "\r\n"
                + "IntelliJCredential authentication unavailable. AADSTS50173: The provided grant"
                + " has expired due to it being revoked.\r\n"
                + "Managed Identity authentication is not available.");

    List<AadstsError> all = AadstsErrors.all(e);

    assertEquals(2, all.size(), all::toString);
    assertEquals(List.of(700082), all.get(0).codes());
    assertEquals(Optional.of("SharedTokenCacheCredential"), all.get(0).credential());
    assertEquals(Optional.of(TRACE_ID), all.get(0).traceId());
    assertEquals(List.of(50173), all.get(1).codes());
    assertEquals(Optional.of("IntelliJCredential"), all.get(1).credential());
    assertEquals(all.get(0), AadstsErrors.from(e).orElseThrow());
  }

  @Test
  void aChainsFailureNamesItsCredentialAndMergesWithTheMsal4jCause() {
    MsalServiceException msal =
        new MsalServiceException(
            "AADSTS7000215: Invalid client secret provided.", "invalid_client");
    ClientAuthenticationException e =
        new ClientAuthenticationException(
            "DefaultAzureCredential authentication failed. ---> EnvironmentCredential"
                + " authentication failed. Error Details: "
                + msal,
            null,
            msal);

    List<AadstsError> all = AadstsErrors.all(e);

    assertEquals(1, all.size(), all::toString);
    assertEquals(Optional.of("EnvironmentCredential"), all.get(0).credential());
    assertEquals(Optional.of("invalid_client"), all.get(0).error());
  }

  @Test
  void aMessageNamingCredentialsWithoutEndIsReadToABound() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 200_000; i++) {
      text.append("C")
          .append(i)
          .append("Credential authentication unavailable. AADSTS")
          .append(50_000 + i)
          .append(": x\r\n");
    }
    CredentialUnavailableException e = new CredentialUnavailableException(text.toString());

    List<AadstsError> all =
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
            Duration.ofSeconds(20), () -> AadstsErrors.all(e));

    // One error per credential part, up to the bound; the last part runs to the end of the text.
    assertEquals(AzureIdentityMessages.MAX_PARTS + 1, all.size());
    assertEquals(Optional.of("C0Credential"), all.get(0).credential());
  }

  @Test
  void anAzureResponseWithoutAnEntraErrorIsNone() {
    HttpResponse response = new Response(404, new HttpHeaders(), "{\"error\":{\"code\":\"x\"}}");

    assertEquals(
        Optional.empty(), AadstsErrors.from(new HttpResponseException("Not found", response)));
  }

  /** A response as an azure-core HttpClient returns it. */
  static final class Response extends HttpResponse {
    private final int status;
    private final HttpHeaders headers;
    private final byte[] body;

    Response(int status, HttpHeaders headers, String body) {
      super(new HttpRequest(HttpMethod.GET, "https://127.0.0.1/"));
      this.status = status;
      this.headers = headers;
      this.body = body.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public int getStatusCode() {
      return status;
    }

    @Override
    @Deprecated
    public String getHeaderValue(String name) {
      return headers.getValue(name);
    }

    @Override
    public HttpHeaders getHeaders() {
      return headers;
    }

    @Override
    public Flux<ByteBuffer> getBody() {
      return Flux.just(ByteBuffer.wrap(body));
    }

    @Override
    public Mono<byte[]> getBodyAsByteArray() {
      return Mono.just(body);
    }

    @Override
    public Mono<String> getBodyAsString() {
      return Mono.just(new String(body, StandardCharsets.UTF_8));
    }

    @Override
    public Mono<String> getBodyAsString(Charset charset) {
      return Mono.just(new String(body, charset));
    }
  }
}
