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

  /**
   * The fields left in {@code text}: where the description starts (-1 if not left), and the others'
   * spans ({@link TextSpans#span}, 0 if not left).
   */
  LeftInText(
      String text,
      int descriptionFrom,
      long error,
      long timestamp,
      long traceId,
      long correlationId) {
    this.text = text;
    this.descriptionFrom = descriptionFrom;
    this.error = error;
    this.timestamp = timestamp;
    this.traceId = traceId;
    this.correlationId = correlationId;
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
