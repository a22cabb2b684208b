package dev.aadsts.examples.challenge;

import com.microsoft.aad.msal4j.ClaimsRequest;
import dev.aadsts.AadstsError;
import java.net.http.HttpResponse;
import java.util.Optional;

/**
 * The recipe for claims challenges: a resource (Microsoft Graph, or an API with Continuous Access
 * Evaluation) refuses a token with {@code 401} and {@code WWW-Authenticate: Bearer ...,
 * error="insufficient_claims", claims="<base64>"}; the claims go into the next token request.
 */
public final class ClaimsChallenges {
  private ClaimsChallenges() {}

  /**
   * The claims a resource's answer asks for.
   *
   * @param response the resource's response
   * @return the claims request for MSAL4J's {@code claims(...)}, or empty if there is no challenge
   */
  public static Optional<ClaimsRequest> of(HttpResponse<?> response) {
    AadstsError challenge =
        AadstsError.fromWwwAuthenticate(response.headers().allValues("WWW-Authenticate"));
    return challenge.claims().map(ClaimsRequest::formatAsClaimsRequest);
  }
}
