package dev.aadsts.examples;

import static dev.aadsts.examples.EntraBodies.CORRELATION_ID;
import static dev.aadsts.examples.EntraBodies.TRACE_ID;
import static dev.aadsts.examples.EntraBodies.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.aad.msal4j.ClientCredentialFactory;
import com.microsoft.aad.msal4j.ClientCredentialParameters;
import com.microsoft.aad.msal4j.ConfidentialClientApplication;
import com.microsoft.aad.msal4j.HttpRequest;
import com.microsoft.aad.msal4j.HttpResponse;
import com.microsoft.aad.msal4j.IAuthenticationResult;
import com.microsoft.aad.msal4j.IHttpClient;
import com.microsoft.aad.msal4j.IHttpResponse;
import com.microsoft.aad.msal4j.MsalInteractionRequiredException;
import com.microsoft.aad.msal4j.MsalServiceException;
import com.microsoft.aad.msal4j.OnBehalfOfParameters;
import com.microsoft.aad.msal4j.RefreshTokenParameters;
import com.microsoft.aad.msal4j.UserAssertion;
import dev.aadsts.AadstsError;
import dev.aadsts.AadstsErrors;
import dev.aadsts.AadstsException;
import dev.aadsts.Category;
import dev.aadsts.ClientConfigurationException;
import dev.aadsts.InteractionRequiredException;
import dev.aadsts.SubError;
import dev.aadsts.TransientException;
import dev.aadsts.UserErrorException;
import java.net.MalformedURLException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * MSAL4J itself in the loop: a {@link ConfidentialClientApplication} asks a fake Entra ID for
 * tokens and fails with the error bodies Entra ID sends, and the application turns what MSAL4J
 * threw into the generated typed exceptions. The fake is the application's {@link IHttpClient}, so
 * every request MSAL4J makes is answered here and nothing goes to the network.
 */
class Msal4jTypedExceptionsTest {
  private static final String TENANT = "contoso.onmicrosoft.com";
  private static final String LOGIN = "https://login.microsoftonline.com/";
  private static final String TOKEN_ENDPOINT = LOGIN + TENANT + "/oauth2/v2.0/token";
  private static final String CLIENT_ID = "00001111-aaaa-2222-bbbb-3333cccc4444";

  private FakeEntraId entra;

  @AfterEach
  void nothingButTheFakeWasAsked() {
    entra.assertOnlyEntraIdWasAsked();
  }

  @Test
  void invalidClientSecret() {
    entra =
        new FakeEntraId(
            401,
            body(
                "invalid_client",
                7000215,
                "Invalid client secret provided. Ensure the secret being sent in the request is"
                    + " the client secret value, not the client secret ID, for a secret added to"
                    + " app '"
                    + CLIENT_ID
                    + "'.",
                ""),
            Map.of());
    ConfidentialClientApplication app = app("the-secret-id-not-its-value");

    AadstsExceptions.Aadsts7000215Exception e =
        assertThrows(
            AadstsExceptions.Aadsts7000215Exception.class,
            () -> acquire(app.acquireToken(clientCredentials("api://orders/.default"))));

    ClientConfigurationException byCategory =
        assertInstanceOf(ClientConfigurationException.class, e);
    assertSame(AadstsCode.AADSTS7000215, byCategory.code());
    assertEquals(Category.CLIENT_CONFIGURATION, e.category());
    assertFalse(e.isRetryable());
    AadstsError error = e.error();
    assertEquals(Optional.of("invalid_client"), error.error());
    assertEquals(List.of(7000215), error.codes());
    assertEquals(OptionalInt.of(401), error.httpStatus());
    assertEquals(Optional.of(TRACE_ID), error.traceId());
    assertEquals(Optional.of(CORRELATION_ID), error.correlationId());
    assertTrue(
        e.getMessage().startsWith("AADSTS7000215: Invalid client secret provided."),
        e.getMessage());
    assertInstanceOf(MsalServiceException.class, e.getCause().getCause());
    assertTrue(entra.tokenRequests().get(0).contains("grant_type=client_credentials"));
    assertTrue(entra.tokenRequests().get(0).contains("client_secret=the-secret-id-not-its-value"));
  }

  @Test
  void multiFactorClaimsChallengeOnBehalfOfAUser() {
    String claims =
        "{\"access_token\":{\"capolids\":{\"essential\":true,"
            + "\"values\":[\"c0ffee00-1111-2222-3333-444455556666\"]}}}";
    entra =
        new FakeEntraId(
            400,
            body(
                "invalid_grant",
                50076,
                "Due to a configuration change made by your administrator, or because you moved"
                    + " to a new location, you must use multi-factor authentication to access"
                    + " '00000003-0000-0000-c000-000000000000'.",
                ",\"suberror\":\"basic_action\",\"claims\":\""
                    + claims.replace("\"", "\\\"")
                    + "\""),
            Map.of());
    ConfidentialClientApplication app = app("secret");

    AadstsExceptions.UserStrongAuthClientAuthnRequiredException e =
        assertThrows(
            AadstsExceptions.UserStrongAuthClientAuthnRequiredException.class,
            () ->
                acquire(
                    app.acquireToken(
                        OnBehalfOfParameters.builder(
                                Set.of("https://graph.microsoft.com/User.Read"),
                                new UserAssertion(incomingAccessToken()))
                            .build())));

    InteractionRequiredException byCategory =
        assertInstanceOf(InteractionRequiredException.class, e);
    assertEquals(Optional.of(claims), byCategory.claims());
    assertSame(AadstsCode.USER_STRONG_AUTH_CLIENT_AUTHN_REQUIRED, e.code());
    assertEquals(Optional.of(SubError.BASIC_ACTION), e.error().subError());
    // MSAL4J's own exception carries the same challenge.
    MsalInteractionRequiredException msal =
        assertInstanceOf(MsalInteractionRequiredException.class, e.getCause().getCause());
    assertEquals(claims, msal.claims());
    // MSAL4J 1.19 records the status on MsalInteractionRequiredException, 1.26 does not: the
    // error has the status MSAL4J recorded, or none.
    Integer recorded = msal.statusCode();
    assertTrue(recorded == null || recorded == 400, "statusCode() " + recorded);
    assertEquals(
        recorded == null ? OptionalInt.empty() : OptionalInt.of(recorded), e.error().httpStatus());
    assertTrue(
        entra.tokenRequests().get(0).contains("requested_token_use=on_behalf_of"),
        entra.tokenRequests()::toString);
  }

  @Test
  void lockedAccount() {
    entra =
        new FakeEntraId(
            400,
            body(
                "invalid_grant",
                50053,
                "The account is locked because the user tried to sign in too many times with an"
                    + " incorrect user ID or password.",
                ""),
            Map.of());
    ConfidentialClientApplication app = app("secret");

    AadstsExceptions.IdsLockedException e =
        assertThrows(
            AadstsExceptions.IdsLockedException.class,
            () ->
                acquire(
                    app.acquireToken(
                        RefreshTokenParameters.builder(
                                Set.of("https://graph.microsoft.com/Mail.Read"), "a-refresh-token")
                            .build())));

    assertInstanceOf(UserErrorException.class, e);
    assertEquals(Category.USER_ERROR, e.category());
    assertSame(AadstsCode.IDS_LOCKED, e.code());
    // MSAL4J says "interaction required" for every invalid_grant without a sub-error; the code
    // says what the user actually has to do.
    assertInstanceOf(MsalInteractionRequiredException.class, e.getCause().getCause());
    assertTrue(entra.tokenRequests().get(0).contains("grant_type=refresh_token"));
  }

  @Test
  void throttledWithRetryAfter() {
    entra =
        new FakeEntraId(
            429,
            body(
                "temporarily_unavailable",
                90055,
                "There are too many incoming requests. This exception is thrown for blocked"
                    + " tenants.",
                ""),
            Map.of("Retry-After", List.of("30")));
    ConfidentialClientApplication app = app("secret");

    AadstsExceptions.TenantThrottlingErrorException e =
        assertThrows(
            AadstsExceptions.TenantThrottlingErrorException.class,
            () -> acquire(app.acquireToken(clientCredentials("api://throttled-tenant/.default"))));

    TransientException byCategory = assertInstanceOf(TransientException.class, e);
    assertEquals(Optional.of(Duration.ofSeconds(30)), byCategory.retryAfter());
    assertTrue(e.isRetryable());
    assertEquals(OptionalInt.of(429), e.error().httpStatus());
  }

  @Test
  void throttlingDecidesBeforeTheCode() {
    // LoopDetected is the app's fault, but HTTP 429 says to wait: the category's class, not the
    // code's, and the code is kept.
    entra =
        new FakeEntraId(
            429,
            body(
                "invalid_request",
                50196,
                "The server terminated an operation because it encountered a client request loop.",
                ""),
            Map.of("Retry-After", List.of("120")));
    ConfidentialClientApplication app = app("secret");

    TransientException e =
        assertThrows(
            TransientException.class,
            () -> acquire(app.acquireToken(clientCredentials("api://request-loop/.default"))));

    assertEquals(TransientException.class, e.getClass());
    assertSame(AadstsCode.LOOP_DETECTED, e.code());
    assertEquals(Category.CLIENT_CONFIGURATION, AadstsCode.LOOP_DETECTED.category());
    assertEquals(Optional.of(Duration.ofSeconds(120)), e.retryAfter());
  }

  @Test
  void fromGivesTheSameExceptionInOneCall() throws Exception {
    entra =
        new FakeEntraId(400, body("invalid_grant", 50053, "The account is locked.", ""), Map.of());
    ConfidentialClientApplication app = app("secret");
    CompletableFuture<IAuthenticationResult> request =
        app.acquireToken(
            RefreshTokenParameters.builder(Set.of("https://graph.microsoft.com/Files.Read"), "rt")
                .build());

    ExecutionException thrown = assertThrows(ExecutionException.class, request::get);

    AadstsException e = AadstsExceptions.from(thrown).orElseThrow();
    assertEquals(AadstsExceptions.IdsLockedException.class, e.getClass());
    assertSame(thrown, e.getCause());
    assertEquals(AadstsErrors.from(thrown).orElseThrow(), e.error());
  }

  /**
   * What application code does: wait for MSAL4J, and rethrow its failure as the typed exception of
   * the Entra ID error inside it.
   */
  private static IAuthenticationResult acquire(CompletableFuture<IAuthenticationResult> request)
      throws InterruptedException {
    try {
      return request.get();
    } catch (ExecutionException e) {
      AadstsError error =
          AadstsErrors.from(e).orElseThrow(() -> new AssertionError("no Entra ID error", e));
      throw AadstsExceptions.of(error, e);
    }
  }

  /**
   * The token the web API received and passes on: MSAL4J parses it as a signed JWT (but does not
   * verify it), so it needs that shape.
   */
  private static String incomingAccessToken() {
    Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
    return Stream.of(
            "{\"alg\":\"RS256\",\"typ\":\"JWT\"}",
            "{\"aud\":\"api://orders\",\"sub\":\"megan\",\"tid\":\"contoso\"}",
            "not a signature")
        .map(part -> base64.encodeToString(part.getBytes(StandardCharsets.UTF_8)))
        .collect(Collectors.joining("."));
  }

  private ConfidentialClientApplication app(String secret) {
    try {
      return ConfidentialClientApplication.builder(
              CLIENT_ID, ClientCredentialFactory.createFromSecret(secret))
          .authority(LOGIN + TENANT + "/")
          .instanceDiscovery(false)
          .validateAuthority(false)
          .httpClient(entra)
          .build();
    } catch (MalformedURLException e) {
      throw new AssertionError(e);
    }
  }

  // Each test asks for its own scope: MSAL4J remembers throttled requests across applications.
  private static ClientCredentialParameters clientCredentials(String scope) {
    return ClientCredentialParameters.builder(Set.of(scope)).build();
  }

  /**
   * Entra ID as MSAL4J sees it: the token endpoint fails with one response, the metadata endpoints
   * answer as the real ones do, and anything else is a 404 that fails the test.
   */
  private static final class FakeEntraId implements IHttpClient {
    private final int status;
    private final String body;
    private final Map<String, List<String>> headers;
    private final List<String> urls = new CopyOnWriteArrayList<>();
    private final List<String> tokenRequests = new CopyOnWriteArrayList<>();

    FakeEntraId(int status, String body, Map<String, List<String>> headers) {
      this.status = status;
      this.body = body;
      this.headers = headers;
    }

    @Override
    public IHttpResponse send(HttpRequest request) {
      String url = request.url().toString();
      urls.add(url);
      if (url.equals(TOKEN_ENDPOINT)) {
        tokenRequests.add(request.body());
        HttpResponse response = new HttpResponse().statusCode(status).body(body);
        response.addHeaders(headers);
        return response;
      }
      if (url.startsWith(LOGIN + TENANT + "/v2.0/.well-known/openid-configuration")) {
        return ok(
            "{\"token_endpoint\":\""
                + TOKEN_ENDPOINT
                + "\",\"authorization_endpoint\":\""
                + LOGIN
                + TENANT
                + "/oauth2/v2.0/authorize\",\"issuer\":\""
                + LOGIN
                + TENANT
                + "/v2.0\"}");
      }
      return new HttpResponse().statusCode(404).body("");
    }

    private static IHttpResponse ok(String json) {
      return new HttpResponse().statusCode(200).body(json);
    }

    List<String> tokenRequests() {
      return tokenRequests;
    }

    void assertOnlyEntraIdWasAsked() {
      assertEquals(1, tokenRequests.size(), urls::toString);
      for (String url : urls) {
        assertTrue(
            url.equals(TOKEN_ENDPOINT) || url.contains("/.well-known/openid-configuration"),
            urls::toString);
      }
    }
  }
}
