package dev.aadsts.examples;

/** Token-endpoint error bodies as Entra ID sends them, shared by the integration tests. */
public final class EntraBodies {
  /** The trace ID of every body. */
  public static final String TRACE_ID = "0000aaaa-11bb-cccc-dd22-eeeeee333333";

  /** The correlation ID of every body. */
  public static final String CORRELATION_ID = "aaaa0000-bb11-2222-33cc-444444dddddd";

  /** The timestamp of every body. */
  public static final String TIMESTAMP = "2025-03-14 09:12:44Z";

  private EntraBodies() {}

  /**
   * An error body: the description carries the code, trace ID, correlation ID and timestamp, which
   * are fields of their own too.
   *
   * @param moreFields JSON text appended after the last field, starting with a comma, or empty
   */
  public static String body(String error, int code, String text, String moreFields) {
    return "{\"error\":\""
        + error
        + "\",\"error_description\":\"AADSTS"
        + code
        + ": "
        + text
        + "\\r\\nTrace ID: "
        + TRACE_ID
        + "\\r\\nCorrelation ID: "
        + CORRELATION_ID
        + "\\r\\nTimestamp: "
        + TIMESTAMP
        + "\",\"error_codes\":["
        + code
        + "],\"timestamp\":\""
        + TIMESTAMP
        + "\",\"trace_id\":\""
        + TRACE_ID
        + "\",\"correlation_id\":\""
        + CORRELATION_ID
        + "\",\"error_uri\":\"https://login.microsoftonline.com/error?code="
        + code
        + "\""
        + moreFields
        + "}";
  }
}
