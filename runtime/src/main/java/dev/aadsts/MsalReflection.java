package dev.aadsts;

import java.lang.reflect.Method;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads MSAL4J's {@code MsalServiceException} by reflection, so that applications that do not use
 * MSAL4J do not need it on their class path. Written against MSAL4J 1.19; any member that is
 * missing or fails is skipped.
 */
final class MsalReflection {
  private static final String SERVICE_EXCEPTION = "com.microsoft.aad.msal4j.MsalServiceException";
  // MSAL4J sets errorCode() to this when it could not read the body's error.
  private static final String UNKNOWN_ERROR = "unknown";

  private MsalReflection() {}

  /** Whether {@code t} is an MSAL4J service exception, found by class name up the hierarchy. */
  static boolean isServiceException(Throwable t) {
    for (Class<?> c = t.getClass(); c != null; c = c.getSuperclass()) {
      if (c.getName().equals(SERVICE_EXCEPTION)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Reads an MSAL4J service exception: its message (MSAL4J's is the {@code error_description}),
   * then {@code errorCode()} (the OAuth error), {@code statusCode()}, {@code claims()}, {@code
   * correlationId()}, the sub-error, and {@code headers()}.
   */
  static AadstsError read(Throwable t, String message, Instant now) {
    AadstsError.Builder builder = new AadstsError.Builder(message);
    MessageReader.read(AadstsError.capped(message), builder, true);
    String error = string(invoke(t, "errorCode"));
    if (error != null && !error.equals(UNKNOWN_ERROR)) {
      builder.error = error;
    }
    Object status = invoke(t, "statusCode");
    if (status instanceof Integer && (Integer) status >= 100 && (Integer) status <= 599) {
      builder.httpStatus = (Integer) status;
    }
    String claims = string(invoke(t, "claims"));
    if (claims != null) {
      builder.claims = claims;
    }
    String correlationId = string(invoke(t, "correlationId"));
    if (correlationId != null) {
      builder.correlationId = correlationId;
    }
    String subError = subError(t);
    if (subError != null) {
      builder.subError = SubError.of(subError);
    }
    ResponseHeaders.read(headers(invoke(t, "headers")), now, builder);
    return builder.build();
  }

  /**
   * The sub-error. {@code MsalInteractionRequiredException.reason()} is public and names the
   * interaction sub-errors; the others are only in the package-private {@code subError()}, read
   * where the platform allows it.
   */
  private static String subError(Throwable t) {
    Object reason = invoke(t, "reason");
    if (reason instanceof Enum && !((Enum<?>) reason).name().equals("NONE")) {
      return ((Enum<?>) reason).name().toLowerCase(Locale.ROOT);
    }
    for (Class<?> c = t.getClass(); c != null; c = c.getSuperclass()) {
      if (c.getName().equals(SERVICE_EXCEPTION)) {
        try {
          Method method = c.getDeclaredMethod("subError");
          method.setAccessible(true);
          return string(method.invoke(t));
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
          return null;
        }
      }
    }
    return null;
  }

  /** The result of the public no-argument method {@code name}, or null if it fails. */
  private static Object invoke(Object target, String name) {
    try {
      return target.getClass().getMethod(name).invoke(target);
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      return null;
    }
  }

  private static String string(Object value) {
    return value instanceof String && !((String) value).trim().isEmpty() ? (String) value : null;
  }

  /** A typed copy of a headers map, keeping only string names and string values. */
  private static Map<String, List<String>> headers(Object value) {
    if (!(value instanceof Map)) {
      return null;
    }
    Map<String, List<String>> headers = new LinkedHashMap<>();
    try {
      for (Map.Entry<?, ?> header : ((Map<?, ?>) value).entrySet()) {
        if (header.getKey() instanceof String && header.getValue() instanceof List) {
          List<String> values = new ArrayList<>();
          for (Object v : (List<?>) header.getValue()) {
            if (v instanceof String) {
              values.add((String) v);
            }
          }
          headers.put((String) header.getKey(), values);
        }
      }
    } catch (RuntimeException e) {
      // A map that fails while iterating keeps the headers copied so far.
    }
    return headers;
  }
}
