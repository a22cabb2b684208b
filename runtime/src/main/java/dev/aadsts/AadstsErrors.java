package dev.aadsts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Finds the Entra ID error in a caught exception. */
public final class AadstsErrors {
  // Bounds the walk through causes and suppressed exceptions, whatever their shape.
  private static final int MAX_THROWABLES = 64;

  private AadstsErrors() {}

  /**
   * The Entra ID error that {@code throwable} or one of its causes or suppressed exceptions
   * carries.
   *
   * <p>An MSAL4J {@code MsalServiceException} anywhere in the cause chain is preferred, as it
   * carries the HTTP status, headers and claims; it is read by reflection, so MSAL4J need not be on
   * the class path. Otherwise the message closest to the root cause that has an AADSTS code wins,
   * since wrappers such as {@link java.util.concurrent.CompletionException} and {@link
   * java.util.concurrent.ExecutionException} only repeat it. Suppressed exceptions are searched
   * last. Cycles are detected, and at most 64 exceptions are looked at.
   *
   * @param throwable the exception caught; may be null
   * @return the error, or empty if no exception in the chain is an Entra ID error (an AADSTS code,
   *     or an MSAL4J service exception with an OAuth error)
   */
  public static Optional<AadstsError> from(Throwable throwable) {
    return search(throwable, Collections.newSetFromMap(new IdentityHashMap<Throwable, Boolean>()));
  }

  private static Optional<AadstsError> search(Throwable top, Set<Throwable> seen) {
    List<Throwable> chain = new ArrayList<>();
    for (Throwable t = top;
        t != null && seen.size() < MAX_THROWABLES && seen.add(t);
        t = cause(t)) {
      chain.add(t);
    }
    for (Throwable t : chain) {
      if (MsalReflection.isServiceException(t)) {
        AadstsError error = MsalReflection.read(t, message(t), Instant.now());
        if (!error.codes().isEmpty() || error.error().isPresent()) {
          return Optional.of(error);
        }
      }
    }
    for (int i = chain.size() - 1; i >= 0; i--) {
      AadstsError error = AadstsError.fromMessage(message(chain.get(i)));
      if (!error.codes().isEmpty()) {
        return Optional.of(error);
      }
    }
    for (Throwable t : chain) {
      for (Throwable suppressed : suppressed(t)) {
        Optional<AadstsError> error = search(suppressed, seen);
        if (error.isPresent()) {
          return error;
        }
      }
    }
    return Optional.empty();
  }

  // Exceptions are user code: an override of these methods that throws must not escape.

  private static Throwable cause(Throwable t) {
    try {
      return t.getCause();
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static String message(Throwable t) {
    try {
      return t.getMessage();
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static Throwable[] suppressed(Throwable t) {
    try {
      return t.getSuppressed();
    } catch (RuntimeException e) {
      return new Throwable[0];
    }
  }
}
