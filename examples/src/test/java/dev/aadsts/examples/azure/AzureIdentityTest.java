package dev.aadsts.examples.azure;

import static dev.aadsts.examples.EntraBodies.CORRELATION_ID;
import static dev.aadsts.examples.EntraBodies.TRACE_ID;
import static dev.aadsts.examples.EntraBodies.body;
import static dev.aadsts.examples.azure.FakeEntraId.TENANT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.azure.core.credential.TokenCredential;
import com.azure.core.credential.TokenRequestContext;
import com.azure.core.exception.ClientAuthenticationException;
import com.azure.core.http.HttpPipeline;
import com.azure.core.http.HttpPipelineBuilder;
import com.azure.core.util.Configuration;
import com.azure.core.util.ConfigurationBuilder;
import com.azure.identity.ChainedTokenCredentialBuilder;
import com.azure.identity.ClientSecretCredentialBuilder;
import com.azure.identity.CredentialUnavailableException;
import com.azure.identity.DefaultAzureCredentialBuilder;
import com.microsoft.aad.msal4j.MsalServiceException;
import dev.aadsts.AadstsError;
import dev.aadsts.AadstsErrors;
import dev.aadsts.AadstsException;
import dev.aadsts.ClientConfigurationException;
import dev.aadsts.InteractionRequiredException;
import dev.aadsts.SubError;
import dev.aadsts.TransientException;
import dev.aadsts.examples.AadstsCode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * azure-identity's credentials, the real ones, against {@link FakeEntraId}: what the application
 * catches through {@link EntraTokens}.
 */
class AzureIdentityTest {
  static final String CLIENT_ID = "00001111-aaaa-2222-bbbb-3333cccc4444";

  @Test
  void invalidClientSecret() {
    FakeEntraId entra =
        new FakeEntraId(
            401, body("invalid_client", 7000215, "Invalid client secret provided.", ""), Map.of());

    AadstsException e =
        assertThrows(
            AadstsException.class,
            () -> EntraTokens.get(clientSecret(entra), scope("api://orders/.default")));

    assertInstanceOf(ClientConfigurationException.class, e);
    assertEquals(7000215, e.code().code());
    assertEquals(Optional.of("invalid_client"), e.error().error());
    assertEquals(OptionalInt.of(401), e.error().httpStatus());
    assertEquals(Optional.of(TRACE_ID), e.error().traceId());
    assertEquals(Optional.of(CORRELATION_ID), e.error().correlationId());
    assertInstanceOf(MsalServiceException.class, rootCause(e));
    String sent = entra.tokenRequests().get(0);
    assertTrue(sent.contains("grant_type=client_credentials"), sent);
    assertTrue(sent.contains("client_secret=not-the-secret"), sent);
    assertOnlyEntraWasAsked(entra);
  }

  @Test
  void multiFactorClaimsChallenge() {
    String claims = "{\"access_token\":{\"capolids\":{\"essential\":true,\"values\":[\"c1\"]}}}";
    FakeEntraId entra =
        new FakeEntraId(
            400,
            body(
                "invalid_grant",
                50076,
                "Due to a configuration change made by your administrator, you must use"
                    + " multi-factor authentication.",
                ",\"suberror\":\"basic_action\",\"claims\":\""
                    + claims.replace("\"", "\\\"")
                    + "\""),
            Map.of());

    InteractionRequiredException e =
        assertThrows(
            InteractionRequiredException.class,
            () -> EntraTokens.get(clientSecret(entra), scope("api://mfa/.default")));

    assertEquals(Optional.of(claims), e.claims());
    assertSame(AadstsCode.USER_STRONG_AUTH_CLIENT_AUTHN_REQUIRED, e.code());
    assertEquals(Optional.of(SubError.BASIC_ACTION), e.error().subError());
  }

  @Test
  void throttledWithRetryAfter() {
    FakeEntraId entra =
        new FakeEntraId(
            429,
            body("temporarily_unavailable", 90055, "There are too many incoming requests.", ""),
            Map.of("Retry-After", "30"));

    TransientException e =
        assertThrows(
            TransientException.class,
            () -> EntraTokens.get(clientSecret(entra), scope("api://throttled/.default")));

    assertEquals(Optional.of(Duration.ofSeconds(30)), e.retryAfter());
    assertEquals(OptionalInt.of(429), e.error().httpStatus());
    assertTrue(AadstsErrors.isRetryable(e));
  }

  @Test
  void temporarilyUnavailable() {
    FakeEntraId entra =
        new FakeEntraId(
            503,
            body("temporarily_unavailable", 90033, "A transient error has occurred.", ""),
            Map.of());

    TransientException e =
        assertThrows(
            TransientException.class,
            () -> EntraTokens.get(clientSecret(entra), scope("api://unavailable/.default")));

    assertEquals(OptionalInt.of(503), e.error().httpStatus());
    assertEquals(Optional.of("temporarily_unavailable"), e.error().error());
  }

  @Test
  void insideAChainedTokenCredential() {
    FakeEntraId entra =
        new FakeEntraId(
            401, body("invalid_client", 7000215, "Invalid client secret provided.", ""), Map.of());
    TokenCredential chain =
        new ChainedTokenCredentialBuilder().addLast(clientSecret(entra)).build();

    ClientAuthenticationException thrown =
        assertThrows(
            ClientAuthenticationException.class,
            () -> chain.getTokenSync(scope("api://chained/.default")));

    List<AadstsError> all = AadstsErrors.all(thrown);
    assertEquals(1, all.size(), all::toString);
    assertEquals(Optional.of("ClientSecretCredential"), all.get(0).credential());
    assertEquals(List.of(7000215), all.get(0).codes());
    assertEquals(OptionalInt.of(401), all.get(0).httpStatus());
    assertInstanceOf(
        ClientConfigurationException.class,
        assertThrows(
            AadstsException.class,
            () -> EntraTokens.get(chain, scope("api://chained-again/.default"))));
  }

  @Test
  void defaultAzureCredentialWithTheEnvironmentsSecret() {
    FakeEntraId entra =
        new FakeEntraId(
            401, body("invalid_client", 7000215, "Invalid client secret provided.", ""), Map.of());
    Configuration environment =
        new ConfigurationBuilder()
            .putProperty("AZURE_TENANT_ID", TENANT)
            .putProperty("AZURE_CLIENT_ID", CLIENT_ID)
            .putProperty("AZURE_CLIENT_SECRET", "not-the-secret")
            // The deployment credentials, environment first (its failure ends the chain), not the
            // developer tools, which would ask the machine. (azure-identity 1.18 also takes one
            // credential's name, "EnvironmentCredential"; 1.16 only "prod" or "dev".)
            .putProperty("AZURE_TOKEN_CREDENTIALS", "prod")
            .build();
    TokenCredential credential =
        new DefaultAzureCredentialBuilder()
            .configuration(environment)
            .pipeline(pipeline(entra))
            .disableInstanceDiscovery()
            .build();

    ClientAuthenticationException thrown =
        assertThrows(
            ClientAuthenticationException.class,
            () -> credential.getTokenSync(scope("api://default/.default")));

    AadstsError error = AadstsErrors.from(thrown).orElseThrow();
    assertEquals(Optional.of("EnvironmentCredential"), error.credential());
    assertEquals(List.of(7000215), error.codes());
    assertEquals(Optional.of("invalid_client"), error.error());
    assertTrue(entra.tokenRequests().get(0).contains("client_secret=not-the-secret"));
  }

  @Test
  void defaultAzureCredentialWithNothingAvailableHasNoEntraError() throws IOException {
    FakeEntraId entra = new FakeEntraId(400, "{}", Map.of());
    // The credentials of a deployment: environment, workload identity, managed identity. Before
    // asking the managed identity endpoint through the pipeline, azure-identity probes it with a
    // connection of its own, which bypasses the fake: pointed at a closed port of 127.0.0.1, it is
    // refused, as on a machine without one.
    TokenCredential credential =
        new DefaultAzureCredentialBuilder()
            .configuration(
                new ConfigurationBuilder()
                    .putProperty("AZURE_TOKEN_CREDENTIALS", "prod")
                    .putProperty("AZURE_POD_IDENTITY_AUTHORITY_HOST", "http://" + closedPort())
                    .build())
            .pipeline(pipeline(entra))
            .build();

    CredentialUnavailableException thrown =
        assertThrows(
            CredentialUnavailableException.class,
            () -> credential.getTokenSync(scope("api://nothing/.default")));

    assertTrue(
        thrown.getMessage().contains("EnvironmentCredential authentication unavailable"),
        thrown::getMessage);
    assertTrue(
        thrown.getMessage().contains("ManagedIdentityCredential authentication unavailable"),
        thrown::getMessage);
    assertEquals(List.of(), AadstsErrors.all(thrown));
  }

  /** {@code 127.0.0.1:port} where nothing listens: a port just given up. */
  private static String closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return "127.0.0.1:" + socket.getLocalPort();
    }
  }

  private static TokenCredential clientSecret(FakeEntraId entra) {
    return new ClientSecretCredentialBuilder()
        .tenantId(TENANT)
        .clientId(CLIENT_ID)
        .clientSecret("not-the-secret")
        .pipeline(pipeline(entra))
        .disableInstanceDiscovery()
        .build();
  }

  /**
   * A pipeline of the fake alone: azure-identity's default one retries throttled and failed
   * requests, honoring Retry-After, which the tests want to see fail at once.
   */
  static HttpPipeline pipeline(FakeEntraId entra) {
    return new HttpPipelineBuilder().httpClient(entra).build();
  }

  // Each test asks for its own scope: MSAL4J remembers throttled requests across applications.
  private static TokenRequestContext scope(String scope) {
    return new TokenRequestContext().addScopes(scope);
  }

  private static Throwable rootCause(Throwable t) {
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }

  private static void assertOnlyEntraWasAsked(FakeEntraId entra) {
    for (String url : entra.urls()) {
      assertTrue(url.startsWith(FakeEntraId.LOGIN + TENANT + "/"), entra.urls()::toString);
    }
  }
}
