package dev.aadsts.examples.azure;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenCredential;
import com.azure.core.credential.TokenRequestContext;
import dev.aadsts.AadstsException;
import dev.aadsts.examples.AadstsExceptions;

/**
 * The recipe for azure-identity: get a token from any credential ({@code ClientSecretCredential},
 * {@code DefaultAzureCredential}, ...), and turn its failure into the typed exception of the Entra
 * ID error inside, whatever azure-identity and MSAL4J wrapped it in.
 */
public final class EntraTokens {
  private EntraTokens() {}

  /**
   * A token for {@code request}.
   *
   * @param credential the credential
   * @param request the scopes, claims and tenant
   * @return the token
   * @throws AadstsException (a generated subclass) when Entra ID refused; the credential's own
   *     exception for any other failure
   */
  public static AccessToken get(TokenCredential credential, TokenRequestContext request) {
    try {
      return credential.getTokenSync(request);
    } catch (RuntimeException e) {
      AadstsException typed = AadstsExceptions.from(e).orElse(null);
      throw typed != null ? typed : e;
    }
  }
}
