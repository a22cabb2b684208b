package dev.aadsts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.aad.msal4j.MsalServiceException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
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

  // Issue 15, item 6: nothing a hostile exception does escapes, but for VM errors.

  @Test
  void checkedExceptionsThrownFromGetMessageAndGetCauseAreSkipped() {
    Throwable hostile = hostile(() -> sneaky(new IOException("from getMessage")));
    Throwable top = new RuntimeException("AADSTS50057: The user account is disabled.", hostile);

    assertEquals(List.of(50057), AadstsErrors.from(top).orElseThrow().codes());
    assertEquals(Optional.empty(), AadstsErrors.from(hostile));
    assertEquals(List.of(), AadstsErrors.all(hostile));
  }

  @Test
  void errorsOtherThanVirtualMachineErrorsAreSkipped() {
    Throwable hostile = hostile(() -> new AssertionError("from getMessage"));
    Throwable linkage = hostile(() -> new NoClassDefFoundError("com/example/Missing"));

    assertEquals(Optional.empty(), AadstsErrors.from(hostile));
    assertEquals(
        List.of(50057),
        AadstsErrors.from(new RuntimeException("AADSTS50057: disabled", linkage))
            .orElseThrow()
            .codes());
  }

  @Test
  void virtualMachineErrorsStayThrown() {
    Throwable hostile = hostile(() -> new StackOverflowError());

    assertThrows(StackOverflowError.class, () -> AadstsErrors.from(hostile));
  }

  @Test
  void anInterruptThrownFromGetMessageKeepsTheThreadInterrupted() {
    Throwable hostile = hostile(() -> sneaky(new InterruptedException()));

    try {
      assertEquals(Optional.empty(), AadstsErrors.from(hostile));
      assertTrue(Thread.interrupted());
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void gettersOfAClientLibraryExceptionThatThrowAreSkipped() {
    MsalServiceException hostile =
        new MsalServiceException(
            "AADSTS7000215: Invalid client secret provided.", "invalid_client") {
          private static final long serialVersionUID = 1L;

          @Override
          public Integer statusCode() {
            throw new AssertionError("statusCode");
          }

          @Override
          public String claims() {
            return sneaky(new IOException("claims"));
          }

          @Override
          public String errorCode() {
            throw new IllegalStateException("errorCode");
          }
        };

    AadstsError error = AadstsErrors.from(hostile).orElseThrow();

    assertEquals(List.of(7000215), error.codes());
    assertEquals(Optional.empty(), error.claims());
  }

  @Test
  void aHeaderMapWithoutEndIsReadOnlyToABound() {
    MsalServiceException endless =
        new MsalServiceException("AADSTS50196: loop", "temporarily_unavailable") {
          private static final long serialVersionUID = 1L;

          @Override
          public Map<String, List<String>> headers() {
            return new EndlessHeaders();
          }
        };

    AadstsError error =
        assertTimeoutPreemptively(
            Duration.ofSeconds(10), () -> AadstsErrors.from(endless).orElseThrow());

    assertEquals(List.of(50196), error.codes());
    assertEquals(Optional.empty(), error.retryAfter());
  }

  @Test
  void hugeMessagesAreReadUpToTheCap() {
    StringBuilder text = new StringBuilder("AADSTS50034: The user account does not exist. ");
    while (text.length() < 8 * AadstsError.MAX_INPUT_LENGTH) {
      text.append("x");
    }
    String huge = text.append(" AADSTS50053").toString();
    Throwable hostile = hostile(() -> null, huge);

    AadstsError error =
        assertTimeoutPreemptively(
            Duration.ofSeconds(10), () -> AadstsErrors.from(hostile).orElseThrow());

    // The code past the cap is not read; the raw text is kept whole.
    assertEquals(List.of(50034), error.codes());
    assertEquals(huge.length(), error.rawBody().length());
  }

  @Test
  void aCauseThatIsItselfEndsTheWalk() {
    Throwable self =
        new RuntimeException("AADSTS50034: self") {
          private static final long serialVersionUID = 1L;

          @Override
          public synchronized Throwable getCause() {
            return this;
          }
        };

    assertEquals(List.of(50034), AadstsErrors.from(self).orElseThrow().codes());
    assertFalse(AadstsErrors.isRetryable(self));
  }

  @Test
  void aTypedExceptionWhoseOverridesThrowIsReadByItsError() {
    AadstsError error =
        AadstsError.parse("{\"error\":\"temporarily_unavailable\",\"error_codes\":[90033]}");
    AadstsException hostile =
        new TransientException(
            error, AadstsErrorCode.unknown(90033), Category.TRANSIENT, true, null) {
          private static final long serialVersionUID = 1L;

          @Override
          public boolean isRetryable() {
            return sneaky(new IOException("isRetryable"));
          }

          @Override
          public Category category() {
            throw new AssertionError("category");
          }
        };

    assertTrue(AadstsErrors.isRetryable(hostile));
    assertEquals("transient", AadstsErrors.logFields(hostile).get("aadsts.category"));
  }

  /** An exception whose getMessage() and getCause() throw what {@code failure} gives. */
  private static Throwable hostile(Supplier<Throwable> failure) {
    return hostile(failure, null);
  }

  /** As above, but getMessage() returns {@code message} when it is not null. */
  private static Throwable hostile(Supplier<Throwable> failure, String message) {
    return new RuntimeException("AADSTS50034: hidden") {
      private static final long serialVersionUID = 1L;

      @Override
      public String getMessage() {
        if (message != null) {
          return message;
        }
        return sneaky(failure.get());
      }

      @Override
      public synchronized Throwable getCause() {
        return message != null ? null : sneaky(failure.get());
      }
    };
  }

  /** Throws {@code t}, checked or not, without declaring it. */
  @SuppressWarnings("unchecked")
  private static <T, E extends Throwable> T sneaky(Throwable t) throws E {
    throw (E) t;
  }

  /** A header map whose entries never end, as a broken or hostile map's may not. */
  private static final class EndlessHeaders extends AbstractMap<String, List<String>> {
    @Override
    public java.util.Set<Map.Entry<String, List<String>>> entrySet() {
      return new AbstractSet<Map.Entry<String, List<String>>>() {
        @Override
        public Iterator<Map.Entry<String, List<String>>> iterator() {
          return new Iterator<Map.Entry<String, List<String>>>() {
            private long n;

            @Override
            public boolean hasNext() {
              return true;
            }

            @Override
            public Map.Entry<String, List<String>> next() {
              return Map.entry(n++ % 2 == 0 ? "X-Filler" : "x-ms-request-id", List.of("v" + n));
            }
          };
        }

        @Override
        public int size() {
          return Integer.MAX_VALUE;
        }
      };
    }
  }
}
