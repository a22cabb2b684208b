package dev.aadsts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/** {@link AadstsErrors#from}: finding the Entra ID error in a cause chain. */
class AadstsErrorsTest {
  private static final String MESSAGE =
      "AADSTS50034: The user account {EmailHidden} does not exist in the contoso.example"
          + " directory.";

  @Test
  void nullAndUnrelatedExceptionsGiveNothing() {
    assertEquals(Optional.empty(), AadstsErrors.from(null));
    assertEquals(
        Optional.empty(),
        AadstsErrors.from(new UncheckedIOException(new IOException("Connection refused"))));
    assertEquals(Optional.empty(), AadstsErrors.from(new IllegalStateException((String) null)));
  }

  @Test
  void messageOfTheExceptionItself() {
    AadstsError error = AadstsErrors.from(new IllegalStateException(MESSAGE)).orElseThrow();

    assertEquals(List.of(50034), error.codes());
    assertEquals(MESSAGE, error.rawBody());
  }

  @Test
  void unwrapsCompletionAndExecutionExceptionsToTheRootMessage() {
    Throwable root = new IllegalStateException(MESSAGE);
    Throwable wrapped = new CompletionException(new ExecutionException(root));

    AadstsError error = AadstsErrors.from(wrapped).orElseThrow();

    // The wrappers' messages repeat the root's with a class-name prefix; the root's is read.
    assertEquals(MESSAGE, error.rawBody());
    assertEquals(List.of(50034), error.codes());
  }

  @Test
  void wrapperMessageWhenTheCauseHasNoCode() {
    Throwable wrapped =
        new RuntimeException("Token request failed: " + MESSAGE, new IOException("stream closed"));

    assertEquals(List.of(50034), AadstsErrors.from(wrapped).orElseThrow().codes());
  }

  @Test
  void suppressedExceptionsAreSearchedAfterTheChain() {
    Throwable primary = new IllegalStateException("cleanup failed");
    primary.addSuppressed(new IOException("unrelated"));
    primary.addSuppressed(new RuntimeException("AADSTS700082: The refresh token has expired."));

    assertEquals(List.of(700082), AadstsErrors.from(primary).orElseThrow().codes());
  }

  @Test
  void causeCyclesEnd() {
    Throwable a = new RuntimeException("a");
    Throwable b = new RuntimeException("b", a);
    a.initCause(b);
    a.addSuppressed(b);
    b.addSuppressed(a);

    assertEquals(
        Optional.empty(),
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> AadstsErrors.from(a)));
  }

  @Test
  void veryLongChainsAreWalkedOnlyToTheLimit() {
    Throwable chain = new RuntimeException("AADSTS50034: deep down");
    for (int i = 0; i < 10_000; i++) {
      chain = new RuntimeException("level " + i, chain);
    }
    Throwable top = new RuntimeException("AADSTS50053: near the top", chain);

    // The root is past the 64-exception bound, so the nearest message with a code wins.
    assertEquals(List.of(50053), AadstsErrors.from(top).orElseThrow().codes());
  }

  @Test
  void exceptionsWhoseMethodsThrowAreSkipped() {
    Throwable hostile =
        new RuntimeException("AADSTS50034: hidden") {
          private static final long serialVersionUID = 1L;

          @Override
          public String getMessage() {
            throw new UnsupportedOperationException();
          }

          @Override
          public synchronized Throwable getCause() {
            throw new UnsupportedOperationException();
          }
        };
    Throwable top = new RuntimeException("AADSTS50057: The user account is disabled.", hostile);

    assertEquals(List.of(50057), AadstsErrors.from(top).orElseThrow().codes());
    assertEquals(Optional.empty(), AadstsErrors.from(hostile));
  }
}
