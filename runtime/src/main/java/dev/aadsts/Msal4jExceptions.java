package dev.aadsts;

import java.time.Instant;
import java.util.Locale;

/**
 * Reads MSAL4J's {@code MsalServiceException} by reflection, so that applications that do not use
 * MSAL4J do not need it on their class path. Written against MSAL4J 1.19 to 1.26; any member that
 * is missing or fails is skipped.
 */
final class Msal4jExceptions {
  private static final String SERVICE_EXCEPTION = "com.microsoft.aad.msal4j.MsalServiceException";
  private static final String INTERACTION_REQUIRED =
      "com.microsoft.aad.msal4j.MsalInteractionRequiredException";
  // MSAL4J sets errorCode() to this when it could not read the body's error.
  private static final String UNKNOWN_ERROR = "unknown";

  private Msal4jExceptions() {}

  /**
   * Reads an MSAL4J service exception: its message (MSAL4J's is the {@code error_description}),
   * then {@code errorCode()} (the OAuth error), {@code statusCode()}, {@code claims()}, {@code
   * correlationId()}, the sub-error, and {@code headers()}.
   *
   * @return the builder filled, or null if {@code t} is not an MSAL4J service exception
   */
  static AadstsErrorBuilder read(Throwable t, String message, Instant now) {
    Class<?> type = Members.superclassNamed(t, SERVICE_EXCEPTION);
    if (type == null) {
      return null;
    }
    AadstsErrorBuilder builder = new AadstsErrorBuilder(message);
    MessageReader.read(AadstsError.capped(message), builder, true);
    String error = Members.string(Members.call(t, type, "errorCode"));
    if (error != null && !error.equals(UNKNOWN_ERROR)) {
      builder.error = error;
    }
    Object status = Members.call(t, type, "statusCode");
    if (status instanceof Integer && (Integer) status >= 100 && (Integer) status <= 599) {
      builder.httpStatus = (Integer) status;
    }
    String claims = Members.string(Members.call(t, type, "claims"));
    if (claims != null) {
      builder.claims = claims;
    }
    String correlationId = Members.string(Members.call(t, type, "correlationId"));
    if (correlationId != null) {
      builder.correlationId = correlationId;
    }
    String subError = subError(t, type);
    if (subError != null) {
      builder.subError = SubError.of(subError);
    }
    ResponseHeaders.read(Headers.copy(Members.call(t, type, "headers")), now, builder);
    return builder;
  }

  /**
   * The sub-error. {@code MsalInteractionRequiredException.reason()} is public and names the
   * interaction sub-errors; the others are only in the package-private {@code subError()}, read
   * where the platform allows it.
   */
  private static String subError(Throwable t, Class<?> serviceException) {
    Object reason = Members.call(t, Members.superclassNamed(t, INTERACTION_REQUIRED), "reason");
    if (reason instanceof Enum && !((Enum<?>) reason).name().equals("NONE")) {
      return ((Enum<?>) reason).name().toLowerCase(Locale.ROOT);
    }
    return Members.string(Members.callDeclared(t, serviceException, "subError"));
  }
}
