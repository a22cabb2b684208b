package dev.aadsts;

/**
 * The fields that reading a whole message left in its raw text, for an {@link AadstsError} to copy
 * at the first call for each: its description, OAuth error, timestamp, trace and correlation IDs.
 * Most callers ask for one or two fields, if any, and each copy allocates as much as its value;
 * left in place, a message's reading allocates half as much. Each copy is cached racily, as {@link
 * String#hashCode} is, and safely: a String has final fields only.
 */
final class LeftInText {
  private final String text;
  private final int descriptionFrom; // -1 if none
  private final long error; // TextSpans.span of each, 0 if none
  private final long timestamp;
  private final long traceId;
  private final long correlationId;
  private String copiedDescription;
  private String copiedError;
  private String copiedTimestamp;
  private String copiedTraceId;
  private String copiedCorrelationId;

  private LeftInText(AadstsErrorBuilder b) {
    text = b.rawBody;
    descriptionFrom = b.errorDescription == null ? b.descriptionFrom : -1;
    error = b.error == null ? b.errorSpan : 0;
    timestamp = b.timestamp == null ? b.timestampSpan : 0;
    traceId = b.traceId == null ? b.traceSpan : 0;
    correlationId = b.correlationId == null ? b.correlationSpan : 0;
  }

  /** What {@code b} left in its raw text, or null if it left nothing. */
  static LeftInText of(AadstsErrorBuilder b) {
    boolean left =
        (b.errorDescription == null && b.descriptionFrom >= 0)
            || (b.error == null && b.errorSpan != 0)
            || (b.timestamp == null && b.timestampSpan != 0)
            || (b.traceId == null && b.traceSpan != 0)
            || (b.correlationId == null && b.correlationSpan != 0);
    return left ? new LeftInText(b) : null;
  }

  String description() {
    String d = copiedDescription;
    if (d == null && descriptionFrom >= 0) {
      d = TextSpans.description(text, descriptionFrom);
      d = d.trim().isEmpty() ? null : d;
      copiedDescription = d;
    }
    return d;
  }

  String error() {
    String e = copiedError;
    return e != null || error == 0 ? e : (copiedError = TextSpans.copy(text, error));
  }

  String timestamp() {
    String t = copiedTimestamp;
    return t != null || timestamp == 0 ? t : (copiedTimestamp = TextSpans.copy(text, timestamp));
  }

  String traceId() {
    String t = copiedTraceId;
    return t != null || traceId == 0 ? t : (copiedTraceId = TextSpans.copy(text, traceId));
  }

  String correlationId() {
    String c = copiedCorrelationId;
    return c != null || correlationId == 0
        ? c
        : (copiedCorrelationId = TextSpans.copy(text, correlationId));
  }
}
