package dev.aadsts;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/**
 * Reads Spring Security's {@code OAuth2AuthenticationException} and {@code
 * OAuth2AuthorizationException} (and their subclasses, such as {@code
 * ClientAuthorizationException}) by reflection: {@code getError()} gives the {@code OAuth2Error}'s
 * code, description and URI. Written against Spring Security 5.8 to 7.1; any member that is missing
 * or fails is skipped.
 *
 * <p>When the token endpoint answers with a status other than 400, Spring reports an error of its
 * own, {@code invalid_token_response}, whose description quotes the server's body after the status
 * ({@code ... Access Token Response: 401 Unauthorized on POST request for "<token endpoint>":
 * "{...}"}); that body is read instead.
 */
final class SpringSecurityExceptions {
  private static final String AUTHENTICATION_EXCEPTION =
      "org.springframework.security.oauth2.core.OAuth2AuthenticationException";
  private static final String AUTHORIZATION_EXCEPTION =
      "org.springframework.security.oauth2.core.OAuth2AuthorizationException";
  private static final String OAUTH2_ERROR = "org.springframework.security.oauth2.core.OAuth2Error";
  // Spring Security's own error codes: they say what Spring found wrong, not what Entra ID said.
  private static final Set<String> SPRING_ERRORS =
      Collections.unmodifiableSet(
          new HashSet<>(
              Arrays.asList(
                  "invalid_token_response",
                  "authorization_request_not_found",
                  "client_registration_not_found",
                  "invalid_state_parameter",
                  "invalid_redirect_uri_parameter",
                  "invalid_id_token",
                  "invalid_nonce",
                  "missing_signature_verifier",
                  "missing_user_info_uri",
                  "missing_user_name_attribute",
                  "invalid_user_info_response")));
  private static final String STATUS_MARKER = "Access Token Response: ";

  private SpringSecurityExceptions() {}

  /**
   * Reads the exception's {@code OAuth2Error}.
   *
   * @return the builder filled, or null if {@code t} is neither exception or has no error
   */
  static AadstsErrorBuilder read(Throwable t) {
    Class<?> type = Members.superclassNamed(t, AUTHENTICATION_EXCEPTION);
    if (type == null) {
      type = Members.superclassNamed(t, AUTHORIZATION_EXCEPTION);
    }
    Object error = Members.call(t, type, "getError");
    Class<?> errorType = Members.superclassNamed(error, OAUTH2_ERROR);
    if (errorType == null) {
      return null;
    }
    String code = Members.string(Members.call(error, errorType, "getErrorCode"));
    String description = Members.string(Members.call(error, errorType, "getDescription"));
    String uri = Members.string(Members.call(error, errorType, "getUri"));
    AadstsErrorBuilder builder = new AadstsErrorBuilder(description);
    String text = AadstsError.capped(description);
    if (code != null && SPRING_ERRORS.contains(code)) {
      // The server's body, if Spring quoted one, gives the error; Spring's code is not Entra's.
      MessageReader.read(text, builder, true);
      builder.httpStatus = quotedStatus(text);
      if (builder.errorDescription != null && builder.errorDescription.equals(description)) {
        builder.errorDescription = null;
      }
    } else {
      builder.error = code;
      builder.errorDescription = description;
      builder.errorUri = uri;
      MessageReader.read(text, builder, false);
    }
    return builder;
  }

  /** The status Spring wrote after {@code Access Token Response: }, or 0. */
  private static int quotedStatus(String text) {
    int at = text.indexOf(STATUS_MARKER);
    if (at < 0) {
      return 0;
    }
    int start = at + STATUS_MARKER.length();
    int digits = CodeScanner.digitRun(text, start);
    if (digits != 3 || (start + 3 < text.length() && text.charAt(start + 3) != ' ')) {
      return 0;
    }
    int status = CodeScanner.value(text, start, start + 3);
    return status >= 100 && status <= 599 ? status : 0;
  }
}
