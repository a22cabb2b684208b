package dev.aadsts;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the Entra ID error in a caught exception, and answers what callers ask of it: retry or not,
 * after how long, and what to log.
 *
 * <p>The client libraries' exceptions are read by reflection, so none of them need be on the class
 * path: MSAL4J's {@code MsalServiceException}; azure-core's {@code HttpResponseException} and
 * azure-identity's exceptions, including the one-failure-per-credential messages of {@code
 * DefaultAzureCredential} and {@code ChainedTokenCredential}; Spring Security's {@code
 * OAuth2AuthenticationException} and {@code OAuth2AuthorizationException}; Spring's {@code
 * RestClientResponseException} and {@code WebClientResponseException}. Any other exception is read
 * by its message.
 *
 * <p>Nothing a hostile exception does escapes: methods that throw (checked exceptions too, or
 * errors) are skipped, cycles end, at most 64 exceptions are looked at, and text is read up to
 * {@link AadstsError#MAX_INPUT_LENGTH}. Only {@link VirtualMachineError}s are rethrown.
 */
public final class AadstsErrors {
  // Bounds the walk through causes and suppressed exceptions, whatever their shape.
  private static final int MAX_THROWABLES = 64;

  private AadstsErrors() {}

  /**
   * The most useful Entra ID error that {@code throwable} or one of its causes or suppressed
   * exceptions carries.
   *
   * <p>An {@link AadstsException} in the cause chain gives its own error. Otherwise the error read
   * with the most fields wins: a client library's exception, which carries the HTTP status, headers
   * and claims, over a message that repeats its text; among equals, the one closest to the root
   * cause, since wrappers such as {@link java.util.concurrent.CompletionException} only repeat it.
   * Suppressed exceptions are searched only if the chain has no error.
   *
   * @param throwable the exception caught; may be null
   * @return the error, or empty if no exception is an Entra ID error (an AADSTS code, or a client
   *     library's exception with an OAuth error)
   */
  public static Optional<AadstsError> from(Throwable throwable) {
    List<AadstsError> all = search(throwable, true);
    return all.isEmpty() ? Optional.<AadstsError>empty() : Optional.of(all.get(0));
  }

  /**
   * Every distinct Entra ID error that {@code throwable}, its causes and its suppressed exceptions
   * carry: several when a credential chain such as azure-identity's {@code DefaultAzureCredential}
   * reports one failure per credential, each with its {@link AadstsError#credential()}. The same
   * error found in several exceptions (a wrapper repeating its cause) is given once.
   *
   * @param throwable the exception caught; may be null
   * @return the errors, the one {@link #from(Throwable)} gives first, then in the order found;
   *     unmodifiable, empty if there are none
   */
  public static List<AadstsError> all(Throwable throwable) {
    return search(throwable, false);
  }

  /**
   * Whether retrying the request that failed with {@code throwable} can succeed: its Entra ID error
   * is {@link Category#TRANSIENT} (temporarily unavailable, throttled, HTTP 408, 429 or 5xx). A
   * typed {@link AadstsException} in the cause chain answers by its code.
   *
   * <p>Shaped as a predicate: {@code
   * RetryConfig.custom().retryOnException(AadstsErrors::isRetryable)} (Resilience4j), {@code
   * RetryPolicy.builder().handleIf(AadstsErrors::isRetryable)} (Failsafe), or a Spring Retry
   * classifier. Failures without an Entra ID error, such as a refused connection, give {@code
   * false}: combine it with the checks for those.
   *
   * @param throwable the exception caught; may be null
   * @return {@code true} only for an Entra ID error that a retry can fix
   */
  public static boolean isRetryable(Throwable throwable) {
    AadstsException typed = typed(throwable);
    if (typed != null) {
      try {
        return typed.isRetryable();
      } catch (Throwable e) {
        // A subclass's override failed: decide by the error, as for any other exception.
        Members.fallback(e);
      }
    }
    Optional<AadstsError> error = from(throwable);
    return error.isPresent() && error.get().category(Category.UNKNOWN) == Category.TRANSIENT;
  }

  /**
   * How long to wait before retrying, from the {@code Retry-After} header of the response that
   * failed. For Failsafe's {@code withDelayFn}, or a Resilience4j {@code IntervalBiFunction}.
   *
   * @param throwable the exception caught; may be null
   * @return the delay the server asked for, or empty if it asked for none
   */
  public static Optional<Duration> retryAfter(Throwable throwable) {
    Optional<AadstsError> error = from(throwable);
    return error.isPresent() ? error.get().retryAfter() : Optional.<Duration>empty();
  }

  /**
   * The fields of {@code throwable}'s Entra ID error that are safe to log, for structured logging
   * or the MDC: see {@link #logFields(AadstsError)}. A typed {@link AadstsException} in the cause
   * chain gives its category, by code.
   *
   * @param throwable the exception caught; may be null
   * @return an unmodifiable map in a fixed order; empty if there is no Entra ID error
   */
  public static Map<String, String> logFields(Throwable throwable) {
    AadstsException typed = typed(throwable);
    if (typed != null) {
      try {
        return LogFields.of(typed.error(), typed.category());
      } catch (Throwable e) {
        Members.fallback(e);
      }
    }
    Optional<AadstsError> error = from(throwable);
    return error.isPresent()
        ? LogFields.of(error.get(), error.get().category(Category.UNKNOWN))
        : Collections.<String, String>emptyMap();
  }

  /**
   * The fields of {@code error} that are safe to log: {@code aadsts.code} ({@code AADSTS50076}),
   * {@code aadsts.error}, {@code aadsts.suberror}, {@code aadsts.category}, {@code
   * aadsts.correlation_id}, {@code aadsts.trace_id}, {@code aadsts.timestamp} and {@code
   * http.status}, each only when known. Never the description, the claims, other fields or the raw
   * text, which can hold user names and tokens. Values have control and bidirectional-text
   * characters escaped ({@code \\n}, {@code \\u202e}) and are cut to 128 characters, as in {@link
   * AadstsError#toString()}, so a hostile response cannot forge log lines.
   *
   * @param error the error; its category is the one of {@link Category#UNKNOWN} codes
   * @return an unmodifiable map in the order above
   * @throws NullPointerException if {@code error} is null
   */
  public static Map<String, String> logFields(AadstsError error) {
    Objects.requireNonNull(error, "error");
    return LogFields.of(error, error.category(Category.UNKNOWN));
  }

  /** The first {@link AadstsException} in the cause chain with an error, or null. */
  private static AadstsException typed(Throwable top) {
    Set<Throwable> seen = newIdentitySet();
    for (Throwable t = top; t != null && seen.size() < MAX_THROWABLES && seen.add(t); ) {
      if (t instanceof AadstsException && error((AadstsException) t) != null) {
        return (AadstsException) t;
      }
      t = Members.cause(t);
    }
    return null;
  }

  /** {@code e.error()}; a subclass may override it. */
  private static AadstsError error(AadstsException e) {
    try {
      return e.error();
    } catch (Throwable failure) {
      return Members.fallback(failure);
    }
  }

  /** The errors found, most useful first; for {@code from}, suppressed ones only as a fallback. */
  private static List<AadstsError> search(Throwable top, boolean firstOnly) {
    Set<Throwable> seen = newIdentitySet();
    Candidates candidates = new Candidates();
    List<Throwable> pending = new ArrayList<>();
    pending.add(top);
    // Each round reads one chain; the suppressed exceptions of its members make the next rounds.
    for (int i = 0; i < pending.size() && seen.size() < MAX_THROWABLES; i++) {
      List<Throwable> chain = new ArrayList<>();
      for (Throwable t = pending.get(i);
          t != null && seen.size() < MAX_THROWABLES && seen.add(t);
          t = Members.cause(t)) {
        chain.add(t);
      }
      Instant now = Instant.now();
      String[] messages = new String[chain.size()];
      for (int depth = 0; depth < chain.size(); depth++) {
        messages[depth] = Members.message(chain.get(depth));
      }
      for (int depth = 0; depth < chain.size(); depth++) {
        String causeMessage = depth + 1 < chain.size() ? messages[depth + 1] : null;
        // The chain of the exception caught ranks above its suppressed exceptions.
        read(
            chain.get(depth),
            messages[depth],
            causeMessage,
            now,
            candidates.at(i == 0 ? 0 : 1, depth));
      }
      if (i == 0 && firstOnly && !candidates.isEmpty()) {
        break;
      }
      for (Throwable t : chain) {
        Collections.addAll(pending, Members.suppressed(t));
      }
    }
    return candidates.result();
  }

  /**
   * Adds what {@code t}, whose message is {@code message}, says to the candidates. A message that
   * ends with its cause's, as that of a wrapper made with {@code new Exception(cause)} does, only
   * repeats it and is not read again.
   */
  private static void read(
      Throwable t, String message, String causeMessage, Instant now, Candidates.Place candidates) {
    AadstsError parsed = t instanceof AadstsException ? error((AadstsException) t) : null;
    if (parsed != null) {
      candidates.add(parsed);
      return;
    }
    String text = AadstsError.capped(message);
    List<AzureIdentityMessages.Part> parts =
        t.getClass().getName().startsWith("com.azure.")
            ? AzureIdentityMessages.parts(text)
            : Collections.<AzureIdentityMessages.Part>emptyList();
    for (AzureIdentityMessages.Part part : parts) {
      AadstsErrorBuilder builder = new AadstsErrorBuilder(part.text);
      MessageReader.read(part.text, builder, true);
      builder.credential = part.credential;
      candidates.add(builder, false);
    }
    if (!parts.isEmpty()) {
      // The parts hold the message's errors: the response and claims are read without it.
      message = null;
    }
    AadstsErrorBuilder typed = Msal4jExceptions.read(t, message, now);
    if (typed == null) {
      typed = SpringSecurityExceptions.read(t);
    }
    if (typed == null) {
      typed = SpringWebExceptions.read(t, now);
    }
    if (typed == null) {
      typed = AzureCoreExceptions.read(t, message, now);
    }
    if (typed != null) {
      candidates.add(typed, true);
    } else if (message != null && (causeMessage == null || !message.endsWith(causeMessage))) {
      AadstsErrorBuilder builder = new AadstsErrorBuilder(message);
      MessageReader.read(text, builder, true);
      candidates.add(builder, false);
    }
  }

  private static Set<Throwable> newIdentitySet() {
    return Collections.newSetFromMap(new IdentityHashMap<Throwable, Boolean>());
  }
}
