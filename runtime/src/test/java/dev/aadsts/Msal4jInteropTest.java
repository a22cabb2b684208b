package dev.aadsts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.aad.msal4j.ClientCredentialFactory;
import com.microsoft.aad.msal4j.ClientCredentialParameters;
import com.microsoft.aad.msal4j.ConfidentialClientApplication;
import com.microsoft.aad.msal4j.HttpRequest;
import com.microsoft.aad.msal4j.HttpResponse;
import com.microsoft.aad.msal4j.IHttpClient;
import com.microsoft.aad.msal4j.IHttpResponse;
import com.microsoft.aad.msal4j.MsalInteractionRequiredException;
import com.microsoft.aad.msal4j.MsalServiceException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/**
 * {@link AadstsErrors#from} on exceptions that MSAL4J itself builds from a token response. A fake
 * {@link IHttpClient} answers every request MSAL4J makes, so nothing leaves the process.
 */
class Msal4jInteropTest {
  private static final String TENANT = "contoso.onmicrosoft.com";
  private static final String AUTHORITY = "https://login.microsoftonline.com/" + TENANT + "/";
  private static final String CLIENT_ID = "00001111-aaaa-2222-bbbb-3333cccc4444";
  private static final String TRACE_ID = "0000aaaa-11bb-cccc-dd22-eeeeee333333";
  private static final String CORRELATION_ID = "aaaa0000-bb11-2222-33cc-444444dddddd";

  @Test
  void invalidClientSecret() throws Exception {
    FakeEntra entra =
        new FakeEntra(
            401,
            "{\"error\":\"invalid_client\",\"error_description\":\"AADSTS7000215: Invalid client"
                + " secret provided.\\r\\nTrace ID: "
                + TRACE_ID
                + "\\r\\nCorrelation ID: "
                + CORRELATION_ID
                + "\\r\\nTimestamp: 2024-01-01 10:00:00Z\",\"error_codes\":[7000215],"
                + "\"timestamp\":\"2024-01-01 10:00:00Z\",\"trace_id\":\""
                + TRACE_ID
                + "\",\"correlation_id\":\""
                + CORRELATION_ID
                + "\",\"error_uri\":\"https://login.microsoftonline.com/error?code=7000215\"}",
            Map.of());

    ExecutionException thrown = acquireTokenFails(entra, "https://graph.microsoft.com/.default");

    MsalServiceException msal = assertInstanceOf(MsalServiceException.class, thrown.getCause());
    AadstsError error = AadstsErrors.from(thrown).orElseThrow();
    assertEquals(List.of(7000215), error.codes());
    assertEquals(Optional.of("invalid_client"), error.error());
    assertEquals(OptionalInt.of(401), error.httpStatus());
    assertEquals(Optional.of(CORRELATION_ID), error.correlationId());
    assertEquals(Optional.of(TRACE_ID), error.traceId());
    assertEquals(Optional.of("2024-01-01 10:00:00Z"), error.timestamp());
    assertEquals(msal.getMessage(), error.rawBody());
    assertEquals(Category.CLIENT_CONFIGURATION, error.category(Category.UNKNOWN));
    entra.assertOnlyEntraWasAsked();
  }

  @Test
  void interactionRequiredWithClaimsChallenge() throws Exception {
    String claims = "{\"access_token\":{\"capolids\":{\"essential\":true,\"values\":[\"c1\"]}}}";
    FakeEntra entra =
        new FakeEntra(
            400,
            "{\"error\":\"invalid_grant\",\"error_description\":\"AADSTS50076: Due to a"
                + " configuration change made by your administrator, or because you moved to a new"
                + " location, you must use multi-factor authentication.\",\"error_codes\":[50076],"
                + "\"suberror\":\"basic_action\",\"correlation_id\":\""
                + CORRELATION_ID
                + "\",\"claims\":\""
                + claims.replace("\"", "\\\"")
                + "\"}",
            Map.of());

    ExecutionException thrown = acquireTokenFails(entra, "api://contoso-api/.default");

    assertInstanceOf(MsalInteractionRequiredException.class, thrown.getCause());
    AadstsError error = AadstsErrors.from(thrown).orElseThrow();
    assertEquals(List.of(50076), error.codes());
    assertEquals(Optional.of(SubError.BASIC_ACTION), error.subError());
    assertEquals(Optional.of(claims), error.claims());
    // MSAL4J 1.19 records the status on MsalInteractionRequiredException, 1.26 does not
    // (statusCode() is null): the error has the status MSAL4J recorded, and none is guessed.
    Integer recorded = ((MsalServiceException) thrown.getCause()).statusCode();
    assertTrue(recorded == null || recorded == 400, "statusCode() " + recorded);
    assertEquals(
        recorded == null ? OptionalInt.empty() : OptionalInt.of(recorded), error.httpStatus());
    assertEquals(Category.INTERACTION_REQUIRED, error.category(Category.UNKNOWN));
    entra.assertOnlyEntraWasAsked();
  }

  @Test
  void subErrorThatIsNotAnInteractionReason() throws Exception {
    FakeEntra entra =
        new FakeEntra(
            400,
            "{\"error\":\"invalid_grant\",\"error_description\":\"AADSTS53005: Application needs"
                + " to enforce Intune protection policies.\",\"error_codes\":[53005],"
                + "\"suberror\":\"protection_policy_required\"}",
            Map.of());

    ExecutionException thrown = acquireTokenFails(entra, "api://contoso-policy/.default");

    AadstsError error = AadstsErrors.from(thrown).orElseThrow();
    assertEquals(Optional.of(SubError.PROTECTION_POLICY_REQUIRED), error.subError());
    assertEquals(Category.TENANT_POLICY, error.category(Category.UNKNOWN));
  }

  @Test
  void throttledWithRetryAfter() throws Exception {
    FakeEntra entra =
        new FakeEntra(
            429,
            "{\"error\":\"temporarily_unavailable\",\"error_description\":\"AADSTS50196: The"
                + " server terminated an operation because it encountered a client request"
                + " loop.\",\"error_codes\":[50196]}",
            Map.of("Retry-After", List.of("30")));

    ExecutionException thrown = acquireTokenFails(entra, "api://contoso-throttled/.default");

    AadstsError error = AadstsErrors.from(thrown).orElseThrow();
    assertEquals(List.of(50196), error.codes());
    assertEquals(OptionalInt.of(429), error.httpStatus());
    assertEquals(Optional.of(Duration.ofSeconds(30)), error.retryAfter());
    assertEquals(Category.TRANSIENT, error.category(Category.UNKNOWN));
  }

  private static ExecutionException acquireTokenFails(FakeEntra entra, String scope)
      throws Exception {
    ConfidentialClientApplication app =
        ConfidentialClientApplication.builder(
                CLIENT_ID, ClientCredentialFactory.createFromSecret("not-the-secret"))
            .authority(AUTHORITY)
            .instanceDiscovery(false)
            .validateAuthority(false)
            .httpClient(entra)
            .build();
    return assertThrows(
        ExecutionException.class,
        () -> app.acquireToken(ClientCredentialParameters.builder(Set.of(scope)).build()).get());
  }

  /** Answers the token request with an error, and metadata requests as Entra ID would. */
  private static final class FakeEntra implements IHttpClient {
    private final int status;
    private final String body;
    private final Map<String, List<String>> headers;
    private final List<String> urls = new CopyOnWriteArrayList<>();

    FakeEntra(int status, String body, Map<String, List<String>> headers) {
      this.status = status;
      this.body = body;
      this.headers = headers;
    }

    @Override
    public IHttpResponse send(HttpRequest request) {
      String url = request.url().toString();
      urls.add(url);
      if (url.contains("/oauth2/v2.0/token")) {
        HttpResponse response = new HttpResponse().statusCode(status).body(body);
        response.addHeaders(headers);
        return response;
      }
      if (url.contains("/discovery/instance")) {
        return json(
            "{\"tenant_discovery_endpoint\":\"https://login.microsoftonline.com/"
                + TENANT
                + "/v2.0/.well-known/openid-configuration\",\"api-version\":\"1.1\","
                + "\"metadata\":[{\"preferred_network\":\"login.microsoftonline.com\","
                + "\"preferred_cache\":\"login.windows.net\",\"aliases\":["
                + "\"login.microsoftonline.com\",\"login.windows.net\"]}]}");
      }
      if (url.contains("/.well-known/openid-configuration")) {
        String base = "https://login.microsoftonline.com/" + TENANT;
        return json(
            "{\"token_endpoint\":\""
                + base
                + "/oauth2/v2.0/token\",\"authorization_endpoint\":\""
                + base
                + "/oauth2/v2.0/authorize\",\"device_authorization_endpoint\":\""
                + base
                + "/oauth2/v2.0/devicecode\",\"issuer\":\""
                + base
                + "/v2.0\"}");
      }
      return new HttpResponse().statusCode(404).body("");
    }

    private static IHttpResponse json(String body) {
      return new HttpResponse().statusCode(200).body(body);
    }

    void assertOnlyEntraWasAsked() {
      assertTrue(urls.stream().anyMatch(url -> url.contains("/oauth2/v2.0/token")), urls::toString);
      assertTrue(
          urls.stream().allMatch(url -> url.startsWith("https://login.microsoftonline.com/")),
          urls::toString);
    }
  }
}
