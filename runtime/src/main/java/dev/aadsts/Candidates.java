package dev.aadsts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The errors read from the exceptions of one search, ranked and with repeats merged: a wrapper that
 * repeats its cause's message, or a chain's message that repeats the failure of one of its
 * credentials, gives the same error as the exception it wraps.
 */
final class Candidates {
  private final List<Candidate> found = new ArrayList<>();

  /** Where the next candidates were found: {@code tier} 0 for the chain caught, then depth. */
  Place at(int tier, int depth) {
    return new Place(tier, depth);
  }

  boolean isEmpty() {
    return found.isEmpty();
  }

  /** Adds candidates found at one place. */
  final class Place {
    private final int tier;
    private final int depth;

    private Place(int tier, int depth) {
      this.tier = tier;
      this.depth = depth;
    }

    /** An error already parsed, by a typed exception: it ranks first. */
    void add(AadstsError error) {
      found.add(new Candidate(null, error, tier, depth, Integer.MAX_VALUE));
    }

    /**
     * An error read into {@code builder}: kept if it has a code, or if a client library's typed
     * exception ({@code typed}) gave it an OAuth error.
     */
    void add(AadstsErrorBuilder builder, boolean typed) {
      if (builder.hasCodes() || (typed && builder.error != null)) {
        found.add(new Candidate(builder, null, tier, depth, score(builder)));
      }
    }
  }

  /** The distinct errors, most useful first, then in the order found. */
  List<AadstsError> result() {
    List<Candidate> distinct = new ArrayList<>();
    for (Candidate c : found) {
      Candidate same = null;
      for (Candidate d : distinct) {
        if (d.sameErrorAs(c)) {
          same = d;
          break;
        }
      }
      if (same == null) {
        distinct.add(c);
      } else {
        distinct.set(distinct.indexOf(same), merged(same, c));
      }
    }
    Candidate best = null;
    for (Candidate c : distinct) {
      if (best == null || BY_USE.compare(c, best) < 0) {
        best = c;
      }
    }
    List<AadstsError> errors = new ArrayList<>();
    if (best != null) {
      errors.add(best.error());
      for (Candidate c : distinct) {
        if (c != best) {
          errors.add(c.error());
        }
      }
    }
    return Collections.unmodifiableList(errors);
  }

  // Most useful first: the chain caught before suppressed exceptions, then more fields, then the
  // one closer to the root cause.
  private static final Comparator<Candidate> BY_USE =
      new Comparator<Candidate>() {
        @Override
        public int compare(Candidate a, Candidate b) {
          if (a.tier != b.tier) {
            return Integer.compare(a.tier, b.tier);
          }
          if (a.score != b.score) {
            return Integer.compare(b.score, a.score);
          }
          return Integer.compare(b.depth, a.depth);
        }
      };

  /** The better of two readings of one error, with the credential either of them names. */
  private static Candidate merged(Candidate a, Candidate b) {
    Candidate better = BY_USE.compare(a, b) <= 0 ? a : b;
    Candidate other = better == a ? b : a;
    if (better.builder != null && better.builder.credential == null && other.credential() != null) {
      better.builder.credential = other.credential();
      better.error = null;
    }
    return better;
  }

  /** How much a reading says: a code, the OAuth error, the status, claims, a delay, IDs. */
  private static int score(AadstsErrorBuilder b) {
    return (b.hasCodes() ? 32 : 0)
        + (b.error == null ? 0 : 16)
        + (b.httpStatus == 0 ? 0 : 8)
        + (b.claims == null ? 0 : 4)
        + (b.retryAfter == null ? 0 : 2)
        + (b.hasTrace() || b.hasCorrelation() ? 1 : 0);
  }

  private static final class Candidate {
    final AadstsErrorBuilder builder;
    final int tier;
    final int depth;
    final int score;
    AadstsError error;

    Candidate(AadstsErrorBuilder builder, AadstsError error, int tier, int depth, int score) {
      this.builder = builder;
      this.error = error;
      this.tier = tier;
      this.depth = depth;
      this.score = score;
    }

    AadstsError error() {
      if (error == null) {
        error = builder.build();
      }
      return error;
    }

    String credential() {
      return builder != null ? builder.credential : error.credential().orElse(null);
    }

    /**
     * Whether two readings are of one error: the same codes (or, without codes, the same OAuth
     * error and description), and no trace or correlation ID that differs.
     */
    boolean sameErrorAs(Candidate o) {
      AadstsError a = error();
      AadstsError b = o.error();
      if (!a.codes().equals(b.codes())) {
        return false;
      }
      if (a.codes().isEmpty()
          && !(a.error().equals(b.error()) && a.errorDescription().equals(b.errorDescription()))) {
        return false;
      }
      return compatible(a.traceId(), b.traceId())
          && compatible(a.correlationId(), b.correlationId())
          && compatible(a.credential(), b.credential());
    }

    /** Equal, or one of them unknown. */
    private static boolean compatible(Optional<String> a, Optional<String> b) {
      return !a.isPresent() || !b.isPresent() || a.equals(b);
    }
  }
}
