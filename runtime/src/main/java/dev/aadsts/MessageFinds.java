package dev.aadsts;

/**
 * What {@link MessageReader}'s walk has found, kept as places in the text until the walk ends, and
 * the rules that put it into the builder: which of several finds of a field wins, and where the
 * builder's own values (a body's fields) stand. A reading of a whole message leaves the values in
 * the text for {@link AadstsError} to copy when asked for ({@link AadstsErrorBuilder#mayLeave});
 * any other reading copies them at the end.
 */
abstract class MessageFinds {
  // Where an OAuth error was found: the lower the better (3 and 4: TextErrors.BEFORE_CODE and
  // LINE_BEFORE_CODE).
  static final int LABELLED = 1;
  static final int BRACKETED = 2;
  private static final int NOT_FOUND = 5;
  private static final int GUID = 36;

  final String text;
  final AadstsErrorBuilder builder;
  final boolean messageMode;
  // Whether the values stay in the text: the text is the builder's raw body, read whole.
  boolean lazy;

  int descriptionStart = -1;
  int errorRank = NOT_FOUND;
  private long error; // TextSpans.span, 0 if none
  // Where a GUID of each label starts, -1 if none.
  int traceAt = -1;
  int correlationAt = -1;
  int requestAt = -1;
  int headerCorrelationAt = -1;
  // The timestamp: a span of the text, or a copy where a console's wrap split it.
  private long timeSpan;
  private String joinedTime;
  String subError;
  String claims;
  int status;

  MessageFinds(String text, AadstsErrorBuilder builder, boolean messageMode) {
    this.text = text;
    this.builder = builder;
    this.messageMode = messageMode;
  }

  /** An OAuth error at {@code start}, found where {@code rank} says: kept if the best yet. */
  final void offerError(int start, int rank) {
    int end = TextValues.oauthErrorEnd(text, start);
    if (end > start && rank < errorRank) {
      error = TextSpans.span(start, end);
      errorRank = rank;
    }
  }

  final boolean hasTimestamp() {
    return timeSpan != 0 || joinedTime != null;
  }

  /**
   * The value of a timestamp label at {@code start}: the first one, unless a later one is in
   * Entra's own form and the first is not (see {@link TextValues#timestampAt}).
   */
  final void offerTimestamp(int start) {
    if (TextSpans.isEntraTime(text, timeSpan)
        || (joinedTime != null && TextValues.isEntraTime(joinedTime, 0, joinedTime.length()))) {
      return;
    }
    long span = TextValues.timestampSpan(text, start);
    if (span == -1) {
      String joined = TextValues.timestampAt(text, start, null);
      if (!hasTimestamp() || TextValues.isEntraTime(joined, 0, joined.length())) {
        joinedTime = joined;
        timeSpan = 0;
      }
    } else if (span != 0 && (!hasTimestamp() || TextSpans.isEntraTime(text, span))) {
      timeSpan = span;
      joinedTime = null;
    }
  }

  /** The timestamp of a code prefix's bracket, {@code text[from, to)} trimmed, if none was read. */
  final void prefixTimestamp(int from, int to) {
    int start = from;
    int end = to;
    while (start < end && text.charAt(start) <= ' ') {
      start++;
    }
    while (end > start && text.charAt(end - 1) <= ' ') {
      end--;
    }
    if (!hasTimestamp()) {
      timeSpan = TextSpans.span(start, end);
    }
  }

  /** Puts what was found into the builder, where the builder does not have it yet. */
  final void finish() {
    AadstsErrorBuilder b = builder;
    if (!b.hasDescription() && descriptionStart >= 0) {
      if (lazy) {
        b.descriptionSpan = TextSpans.from(descriptionStart);
      } else {
        b.errorDescription = TextSpans.description(text, descriptionStart);
      }
    }
    if (b.error == null && error != 0) {
      if (lazy) {
        b.errorSpan = error;
      } else {
        b.error = TextSpans.copy(text, error);
      }
    }
    int trace = traceAt >= 0 ? traceAt : requestAt; // the sign-in page's "Request Id" is the trace
    if (trace >= 0 && !b.hasGuidTrace()) {
      put(b, "trace_id", TextSpans.span(trace, trace + GUID));
    }
    int correlation = correlationAt >= 0 ? correlationAt : headerCorrelationAt;
    if (correlation >= 0 && !b.hasGuidCorrelation()) {
      put(b, "correlation_id", TextSpans.span(correlation, correlation + GUID));
    }
    if (!b.hasTimestamp() && joinedTime != null) {
      b.timestamp = joinedTime;
    } else if (!b.hasTimestamp() && timeSpan != 0) {
      put(b, "timestamp", timeSpan);
    }
    if (b.subError == null && subError != null) {
      b.subError = SubError.of(subError);
    }
    if (b.claims == null) {
      b.claims = claims;
    }
    if (b.httpStatus == 0) {
      b.httpStatus = status;
    }
  }

  /** Sets the field {@code name} to {@code text} at {@code span}: left in it, or copied. */
  private void put(AadstsErrorBuilder b, String name, long span) {
    if (!lazy || !b.leave(name, span)) {
      b.set(name, TextSpans.copy(text, span));
    }
  }
}
