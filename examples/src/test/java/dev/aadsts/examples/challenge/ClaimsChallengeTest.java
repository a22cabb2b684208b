package dev.aadsts.examples.challenge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.aad.msal4j.ClaimsRequest;
import com.microsoft.aad.msal4j.ClientCredentialFactory;
import com.microsoft.aad.msal4j.ClientCredentialParameters;
import com.microsoft.aad.msal4j.ConfidentialClientApplication;
import com.microsoft.aad.msal4j.HttpRequest;
import com.microsoft.aad.msal4j.IHttpClient;
import com.microsoft.aad.msal4j.IHttpResponse;
import dev.aadsts.AadstsError;
import dev.aadsts.examples.spring.Loopback;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * A claims challenge end to end: a resource on 127.0.0.1 answers 401 with a Continuous Access
 * Evaluation challenge, the application reads it, and MSAL4J sends the claims to the token endpoint
 * with the next request.
 */
class ClaimsChallengeTest {
  private static final String LOGIN = "https://login.microsoftonline.com/";
  private static final String TENANT = "contoso.onmicrosoft.com";
  private static final String TOKEN_ENDPOINT = LOGIN + TENANT + "/oauth2/v2.0/token";
  private static final String CLAIMS =
      "{\"access_token\":{\"nbf\":{\"essential\":true,\"value\":\"1726077595\"}}}";

  @Test
  void theClaimsOfAChallengeReachTheNextTokenRequest() throws Exception {
    String encoded = Base64.getEncoder().encodeToString(CLAIMS.getBytes(StandardCharsets.UTF_8));
    RecordingEntra entra = new RecordingEntra();
    ConfidentialClientApplication app =
        ConfidentialClientApplication.builder(
                "00001111-aaaa-2222-bbbb-3333cccc4444",
                ClientCredentialFactory.createFromSecret("secret"))
            .authority(LOGIN + TENANT + "/")
            .instanceDiscovery(false)
            .validateAuthority(false)
            .httpClient(entra)
            .build();
    Set<String> scopes = Set.of("https://graph.microsoft.com/.default");
    try (Loopback resource =
        new Loopback(
            401,
            "{\"error\":{\"code\":\"InvalidAuthenticationToken\",\"message\":\"Continuous access"
                + " evaluation resulted in challenge with result: InteractionRequired\"}}",
            Map.of(
                "WWW-Authenticate",
                "Bearer realm=\"\", authorization_uri=\""
                    + LOGIN
                    + "common/oauth2/authorize\","
                    + " client_id=\"00000003-0000-0000-c000-000000000000\","
                    + " error=\"insufficient_claims\", claims=\""
                    + encoded
                    + "\""))) {
      HttpResponse<String> refused =
          HttpClient.newHttpClient()
              .send(
                  java.net.http.HttpRequest.newBuilder(resource.uri("/v1.0/me"))
                      .header("Authorization", "Bearer an-old-token")
                      .build(),
                  HttpResponse.BodyHandlers.ofString());

      AadstsError challenge =
          AadstsError.fromWwwAuthenticate(refused.headers().allValues("WWW-Authenticate"));
      Optional<ClaimsRequest> claims = ClaimsChallenges.of(refused);
      app.acquireToken(
              ClientCredentialParameters.builder(scopes).claims(claims.orElseThrow()).build())
          .get();

      assertEquals(401, refused.statusCode());
      assertEquals(Optional.of("insufficient_claims"), challenge.error());
      assertEquals(Optional.of(CLAIMS), challenge.claims());
      assertEquals(1, entra.tokenRequests.size(), entra.tokenRequests::toString);
      String sent = form(entra.tokenRequests.get(0)).get("claims");
      ObjectMapper json = new ObjectMapper();
      JsonNode expected = json.readTree(CLAIMS);
      assertEquals(expected, json.readTree(sent), sent);
    }
  }

  @Test
  void aChallengeWithoutClaimsGivesNone() throws Exception {
    try (Loopback resource =
        new Loopback(
            401, "{}", Map.of("WWW-Authenticate", "Bearer error=\"invalid_token\", realm=\"\""))) {
      HttpResponse<String> refused =
          HttpClient.newHttpClient()
              .send(
                  java.net.http.HttpRequest.newBuilder(resource.uri("/v1.0/me")).build(),
                  HttpResponse.BodyHandlers.ofString());

      assertEquals(Optional.empty(), ClaimsChallenges.of(refused));
      assertEquals(
          Optional.of("invalid_token"),
          AadstsError.fromWwwAuthenticate(refused.headers().allValues("WWW-Authenticate")).error());
    }
  }

  private static Map<String, String> form(String body) {
    Map<String, String> fields = new java.util.LinkedHashMap<>();
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      fields.put(
          URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
          URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return fields;
  }

  /** The token endpoint, answering with a token and recording each request's form body. */
  private static final class RecordingEntra implements IHttpClient {
    final List<String> tokenRequests = new CopyOnWriteArrayList<>();

    @Override
    public IHttpResponse send(HttpRequest request) {
      String url = request.url().toString();
      if (url.equals(TOKEN_ENDPOINT)) {
        tokenRequests.add(request.body());
        com.microsoft.aad.msal4j.HttpResponse token =
            new com.microsoft.aad.msal4j.HttpResponse()
                .statusCode(200)
                .body(
                    "{\"token_type\":\"Bearer\",\"expires_in\":3599,\"ext_expires_in\":3599,"
                        + "\"access_token\":\"a-new-token\"}");
        // As Entra ID sends it: MSAL4J 1.19 (Nimbus) refuses a token response without it.
        token.addHeaders(Map.of("Content-Type", List.of("application/json; charset=utf-8")));
        return token;
      }
      if (url.startsWith(LOGIN + TENANT + "/v2.0/.well-known/openid-configuration")) {
        return new com.microsoft.aad.msal4j.HttpResponse()
            .statusCode(200)
            .body(
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
      return new com.microsoft.aad.msal4j.HttpResponse().statusCode(404).body("");
    }
  }
}
