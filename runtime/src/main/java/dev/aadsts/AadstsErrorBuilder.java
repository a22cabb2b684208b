package dev.aadsts;

import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fields of an {@link AadstsError} as a reader finds them; {@link #build()} makes the value.
 */
final class AadstsErrorBuilder {
  // Real responses have a handful of each: the limits bound the memory hostile input costs.
  static final int MAX_CODES = 1000;
  static final int MAX_EXTRA_FIELDS = 1000;

  String error;
  String errorDescription;
  // Whether values may be left in rawBody for the value to copy when asked for: the
  // reading is of rawBody itself, for a value built at once.
  boolean mayLeave;
  // The spans of the fields left in rawBody (TextSpans.span, or TextSpans.from for a message's
  // description; 0 if not), each only where its field here is null: a value set later wins.
  long descriptionSpan;
  long errorSpan;
  long timestampSpan;
  long traceSpan;
  long correlationSpan;
  // The codes in order of appearance, unboxed: a message has one or two, so the first is kept on
  // its own, all of them in a small array from the second on, and found again by a linear search;
  // past LINEAR_CODES, a set answers instead, so that hostile input with many codes stays linear.
  private static final int LINEAR_CODES = 16;
  private int firstCode;
  private int[] codes;
  private int codeCount;
  private Set<Integer> codeSet;
  SubError subError;
  String timestamp;
  String traceId;
  String correlationId;
  String errorUri;
  String claims;
  String rawClaims;
  int httpStatus; // 0: unknown
  Duration retryAfter;
  final String rawBody;
  String credential;
  // Whether an error field is being read as a message (EmbeddedBody.errorAsMessage): one inside
  // it gives its codes only, so that nesting costs one more scan, not one more reading per level.
  boolean readingErrorMessage;
  private Map<String, String> extraFields; // made at the first field: most readings have none

  AadstsErrorBuilder(String rawBody) {
    this.rawBody = rawBody == null ? "" : rawBody;
  }

  void addCode(int code) { // 0 and negative numbers are not codes
    if (code <= 0 || codeCount >= MAX_CODES || hasCode(code)) {
      return;
    }
    if (codeCount == 0) {
      firstCode = code;
      codeCount = 1;
      return;
    }
    if (codes == null) {
      codes = new int[4];
      codes[0] = firstCode;
    } else if (codeCount == codes.length) {
      codes = Arrays.copyOf(codes, codeCount * 2);
    }
    codes[codeCount++] = code;
    if (codeSet != null) {
      codeSet.add(code);
    } else if (codeCount == LINEAR_CODES) {
      codeSet = new HashSet<>();
      for (int i = 0; i < codeCount; i++) {
        codeSet.add(codes[i]);
      }
    }
  }

  private boolean hasCode(int code) {
    if (codeSet != null) {
      return codeSet.contains(code);
    }
    if (codeCount == 0 || firstCode == code) {
      return codeCount != 0;
    }
    for (int i = 1; i < codeCount; i++) {
      if (codes[i] == code) {
        return true;
      }
    }
    return false;
  }

  boolean hasCodes() {
    return codeCount > 0;
  }

  int codeCount() {
    return codeCount;
  }

  /** Adds the codes of {@code other} after this builder's own. */
  void addCodesOf(AadstsErrorBuilder other) {
    for (int i = 0; i < other.codeCount; i++) {
      addCode(i == 0 ? other.firstCode : other.codes[i]);
    }
  }

  /** The codes, in order of appearance, as an unmodifiable list. */
  List<Integer> codeList() {
    if (codeCount <= 1) { // most readings: one object, not three
      return codeCount == 0 ? Collections.emptyList() : Collections.singletonList(firstCode);
    }
    Integer[] boxed = new Integer[codeCount];
    for (int i = 0; i < codeCount; i++) {
      boxed[i] = codes[i];
    }
    return Collections.unmodifiableList(Arrays.asList(boxed));
  }

  /**
   * A JSON object or array as a body's field: the claims, or another field kept as its JSON (an
   * Azure Resource Manager style {@code "error"} object is not taken for the OAuth error).
   */
  void putStructure(String name, String json) {
    if (name.equals("claims")) {
      claims = json;
    } else {
      putExtraField(name, json);
    }
  }

  void putExtraField(String name, String value) {
    if (extraFields == null) {
      extraFields = new LinkedHashMap<>();
    }
    if (extraFields.size() < MAX_EXTRA_FIELDS || extraFields.containsKey(name)) {
      extraFields.put(name, value);
    }
  }

  /** The other fields' values, in body order. */
  Iterable<String> extraFieldValues() {
    return extraFields == null ? Collections.<String>emptyList() : extraFields.values();
  }

  /** The other fields, as an unmodifiable copy. */
  Map<String, String> extraFieldMap() {
    return extraFields == null
        ? Collections.<String, String>emptyMap()
        : Collections.unmodifiableMap(new LinkedHashMap<>(extraFields));
  }

  // Whether the builder's trace and correlation IDs are GUIDs, kept for the value last checked: a
  // body's fields, then its description, name them again and again.
  private String checkedTrace;
  private boolean guidTrace;
  private String checkedCorrelation;
  private boolean guidCorrelation;
  // The same for the spans left in rawBody.
  private long checkedTraceSpan;
  private boolean guidTraceSpan;
  private long checkedCorrelationSpan;
  private boolean guidCorrelationSpan;

  /** Sets the field {@code name} of a body to a string {@code value} read for it. */
  void set(String name, String value) {
    switch (name) {
      case "error":
        error = value;
        break;
      case "error_description":
        errorDescription = value;
        break;
      case "suberror":
        subError = value == null || value.trim().isEmpty() ? null : SubError.of(value);
        break;
      case "timestamp":
        timestamp = value;
        break;
      case "trace_id":
        traceId = value;
        break;
      case "correlation_id":
        correlationId = value;
        break;
      case "error_uri":
        errorUri = value;
        break;
      case "claims":
        claims = value;
        break;
      default:
        if (value != null) {
          putExtraField(name, value);
        }
        break;
    }
  }

  /**
   * Whether the values of a body read from {@code text} may be left in it ({@link #leave}): the
   * text is the raw body of a value built at once.
   */
  boolean mayLeave(String text) {
    return mayLeave && text == rawBody;
  }

  /**
   * Leaves the value of the field {@code name}, {@code rawBody} at {@code span}, in the text, if
   * the field is the description, the timestamp or an ID; false if it is another.
   */
  boolean leave(String name, long span) {
    switch (name) {
      case "error_description":
        errorDescription = null;
        descriptionSpan = span;
        return true;
      case "timestamp":
        timestamp = null;
        timestampSpan = span;
        return true;
      case "trace_id":
        traceId = null;
        traceSpan = span;
        return true;
      case "correlation_id":
        correlationId = null;
        correlationSpan = span;
        return true;
      default:
        return false;
    }
  }

  boolean hasDescription() {
    return errorDescription != null || descriptionSpan != 0;
  }

  boolean hasTimestamp() {
    return timestamp != null || timestampSpan != 0;
  }

  boolean hasTrace() {
    return traceId != null || traceSpan != 0;
  }

  boolean hasCorrelation() {
    return correlationId != null || correlationSpan != 0;
  }

  boolean hasGuidTrace() {
    if (traceId == null && traceSpan != checkedTraceSpan) {
      checkedTraceSpan = traceSpan;
      guidTraceSpan = TextSpans.isGuid(rawBody, traceSpan);
    }
    if (traceId == null) {
      return guidTraceSpan;
    }
    if (traceId != checkedTrace) {
      checkedTrace = traceId;
      guidTrace = TextValues.isGuid(checkedTrace);
    }
    return guidTrace;
  }

  boolean hasGuidCorrelation() {
    if (correlationId == null && correlationSpan != checkedCorrelationSpan) {
      checkedCorrelationSpan = correlationSpan;
      guidCorrelationSpan = TextSpans.isGuid(rawBody, correlationSpan);
    }
    if (correlationId == null) {
      return guidCorrelationSpan;
    }
    if (correlationId != checkedCorrelation) {
      checkedCorrelation = correlationId;
      guidCorrelation = TextValues.isGuid(checkedCorrelation);
    }
    return guidCorrelation;
  }

  AadstsError build() {
    return new AadstsError(this);
  }
}
