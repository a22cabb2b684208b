package dev.aadsts.examples.retry;

import dev.aadsts.AadstsErrors;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The recipe for logging: the log-safe fields of a token failure, as {@code key=value} pairs here;
 * with SLF4J, {@code AadstsErrors.logFields(failure).forEach(MDC::put)} puts the same fields in the
 * MDC.
 */
public final class TokenFailureLog {
  private TokenFailureLog() {}

  /**
   * The line to log for a failed token request.
   *
   * @param failure what the client library threw
   * @return {@code token request failed} and the fields; never descriptions, claims or tokens
   */
  public static String line(Throwable failure) {
    Map<String, String> fields = AadstsErrors.logFields(failure);
    return fields.entrySet().stream()
        .map(field -> field.getKey() + "=" + field.getValue())
        .collect(Collectors.joining(" ", "token request failed ", ""));
  }
}
