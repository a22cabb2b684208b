package dev.aadsts;

import java.util.Objects;
import java.util.function.Function;

/**
 * Handles a caught {@link AadstsException} by code and by category, in the order the clauses are
 * written; the first clause that matches gives the result.
 *
 * <pre>{@code
 * String next = AadstsHandler.handle(e)
 *     .on(AadstsCode.USER_ACCOUNT_NOT_FOUND, x -> "ask for another account")
 *     .on(Category.INTERACTION_REQUIRED, x -> "sign in interactively")
 *     .on(Category.TRANSIENT, x -> "retry later")
 *     .orElse(x -> "report " + x.getMessage());
 * }</pre>
 *
 * <p>Codes match by number, so a constant of any catalog enum matches the same code. The first
 * {@code on} fixes the result type.
 *
 * @param <R> the result of the clauses
 */
public final class AadstsHandler<R> {

  private final AadstsException exception;
  private final boolean matched;
  private final R result;

  private AadstsHandler(AadstsException exception, boolean matched, R result) {
    this.exception = exception;
    this.matched = matched;
    this.result = result;
  }

  /**
   * Starts handling an exception.
   *
   * @param exception the caught exception
   * @return the first step, whose {@code on} clauses fix the result type
   */
  public static Start handle(AadstsException exception) {
    return new Start(Objects.requireNonNull(exception, "exception"));
  }

  /** The first clause of a handler; it fixes the result type. */
  public static final class Start {
    private final AadstsException exception;

    private Start(AadstsException exception) {
      this.exception = exception;
    }

    /**
     * Handles the exception when its code has the number of {@code code}.
     *
     * @param code a generated constant, or any code
     * @param action what to do with the exception
     * @param <R> the result type
     * @return the handler, for more clauses
     */
    public <R> AadstsHandler<R> on(
        AadstsErrorCode code, Function<? super AadstsException, ? extends R> action) {
      return new AadstsHandler<R>(exception, false, null).on(code, action);
    }

    /**
     * Handles the exception when its whole error has {@code category}.
     *
     * @param category the category to handle
     * @param action what to do with the exception
     * @param <R> the result type
     * @return the handler, for more clauses
     */
    public <R> AadstsHandler<R> on(
        Category category, Function<? super AadstsException, ? extends R> action) {
      return new AadstsHandler<R>(exception, false, null).on(category, action);
    }
  }

  /**
   * Handles the exception when its code has the number of {@code code} and no earlier clause did.
   *
   * @param code a generated constant, or any code
   * @param action what to do with the exception
   * @return the handler, for more clauses
   */
  public AadstsHandler<R> on(
      AadstsErrorCode code, Function<? super AadstsException, ? extends R> action) {
    Objects.requireNonNull(code, "code");
    return apply(exception.code().code() == code.code(), action);
  }

  /**
   * Handles the exception when its whole error has {@code category} and no earlier clause did.
   *
   * @param category the category to handle
   * @param action what to do with the exception
   * @return the handler, for more clauses
   */
  public AadstsHandler<R> on(
      Category category, Function<? super AadstsException, ? extends R> action) {
    Objects.requireNonNull(category, "category");
    return apply(exception.category() == category, action);
  }

  /**
   * The result of the clause that matched, or of {@code fallback} when none did.
   *
   * @param fallback what to do when no clause matched
   * @return the result
   */
  public R orElse(Function<? super AadstsException, ? extends R> fallback) {
    return matched ? result : fallback.apply(exception);
  }

  /**
   * The result of the clause that matched; throws the exception itself when none did.
   *
   * @return the result
   * @throws AadstsException the handled exception, when no clause matched
   */
  public R orElseThrow() {
    if (!matched) {
      throw exception;
    }
    return result;
  }

  private AadstsHandler<R> apply(
      boolean matches, Function<? super AadstsException, ? extends R> action) {
    Objects.requireNonNull(action, "action");
    return matched || !matches
        ? this
        : new AadstsHandler<R>(exception, true, action.apply(exception));
  }
}
