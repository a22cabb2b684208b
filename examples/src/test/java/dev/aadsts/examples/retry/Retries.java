package dev.aadsts.examples.retry;

import dev.aadsts.AadstsErrors;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Duration;

/**
 * The recipe for retries with Resilience4j: retry only what Entra ID says a retry can fix, and wait
 * as long as its {@code Retry-After} asks.
 */
public final class Retries {
  private Retries() {}

  /**
   * A retry for token requests.
   *
   * @param name the retry's name, for its events and metrics
   * @param otherwise the wait when the server asks for none
   * @return the retry
   */
  public static Retry tokenRequests(String name, Duration otherwise) {
    RetryConfig config =
        RetryConfig.custom()
            .maxAttempts(3)
            .retryOnException(AadstsErrors::isRetryable)
            .intervalBiFunction(
                (attempt, outcome) ->
                    outcome.isLeft()
                        ? AadstsErrors.retryAfter(outcome.getLeft()).orElse(otherwise).toMillis()
                        : otherwise.toMillis())
            .build();
    return Retry.of(name, config);
  }
}
