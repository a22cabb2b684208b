package dev.aadsts;

import java.time.Instant;
import java.util.Map;

/**
 * Reads azure-core's {@code HttpResponseException} and its subclasses by reflection: among them
 * azure-core's {@code ClientAuthenticationException} and azure-identity's {@code
 * CredentialUnavailableException} and {@code AuthenticationRequiredException}. Written against
 * azure-core 1.55 to 1.61 and azure-identity 1.16 to 1.19; any member that is missing or fails is
 * skipped.
 *
 * <p>azure-identity puts the MSAL4J exception it caught in the cause chain, where {@link
 * Msal4jExceptions} reads it; what is read here is the HTTP response an Azure SDK client got (a
 * resource's 401 with its challenge, a token endpoint's error) and the claims of an authentication
 * that must become interactive.
 */
final class AzureCoreExceptions {
  private static final String HTTP_RESPONSE_EXCEPTION =
      "com.azure.core.exception.HttpResponseException";
  private static final String HTTP_RESPONSE = "com.azure.core.http.HttpResponse";
  private static final String AUTHENTICATION_REQUIRED =
      "com.azure.identity.AuthenticationRequiredException";
  private static final String TOKEN_REQUEST_CONTEXT =
      "com.azure.core.credential.TokenRequestContext";

  private AzureCoreExceptions() {}

  /**
   * Reads the exception's message, the status and headers of its {@code getResponse()}, its {@code
   * getValue()} when that is the body as text, and the claims of an {@code
   * AuthenticationRequiredException}'s token request.
   *
   * @return the builder filled, or null if {@code t} is not an azure-core response exception
   */
  static AadstsErrorBuilder read(Throwable t, String message, Instant now) {
    Class<?> type = Members.superclassNamed(t, HTTP_RESPONSE_EXCEPTION);
    if (type == null) {
      return null;
    }
    Object value = Members.call(t, type, "getValue");
    String body = Members.string(value);
    AadstsErrorBuilder builder = new AadstsErrorBuilder(body != null ? body : message);
    if (body != null) {
      MessageReader.read(AadstsError.capped(body), builder, true);
    }
    MessageReader.read(AadstsError.capped(message), builder, true);
    Object response = Members.call(t, type, "getResponse");
    Class<?> responseType = Members.superclassNamed(response, HTTP_RESPONSE);
    Object status = Members.call(response, responseType, "getStatusCode");
    if (status instanceof Integer && (Integer) status >= 100 && (Integer) status <= 599) {
      builder.httpStatus = (Integer) status;
    }
    if (responseType != null) {
      Map<String, java.util.List<String>> headers =
          Headers.lookUp(
              name -> Members.call(response, responseType, "getHeaderValue", String.class, name));
      ResponseHeaders.read(headers, now, builder);
    }
    Class<?> required = Members.superclassNamed(t, AUTHENTICATION_REQUIRED);
    if (required != null && builder.claims == null) {
      Object context = Members.call(t, required, "getTokenRequestContext");
      builder.claims =
          Members.string(
              Members.call(
                  context, Members.superclassNamed(context, TOKEN_REQUEST_CONTEXT), "getClaims"));
    }
    return builder;
  }
}
