package dev.aadsts;

/**
 * Reads exception messages and log lines, as the client libraries of every platform print them,
 * into an {@link AadstsErrorBuilder}.
 *
 * <p>One pass: the text is walked once, and each character that can end a label or start a value is
 * looked at where it stands — codes from their {@code A}, labels from their {@code :} or {@code =}
 * (looking a bounded distance back), prefixes from their bracket, statuses from their digits, a
 * response body from its brace. So the cost is linear in the text and nothing is scanned again per
 * label. A response body inside the text, if asked for, is read into the builder where it is met,
 * and what its JSON reader read whole is the body's word on its fields: the walk skips that text
 * and reads only the body's description, as {@link AadstsError#parse(String)} does. What the text
 * shows outside the body only fills fields the builder does not have yet, except for codes, which
 * are appended, and for trace and correlation IDs, where a GUID beats a value that is not one (a
 * placeholder such as {@code <uuid>}).
 */
final class MessageReader extends MessageFinds {
  // The streams: codes from their A, labels from their separator, brackets, a body from its
  // brace, statuses from their word. A description (of a body) has the first five.
  // Single characters are searched with String.indexOf(int), several times faster than a search
  // for a string; HTTP and RESPONSE (azidentity for Go) from their P, the fourth letter of both
  // (a capital P is rare in messages), status from "tatus" (any first letter).
  private static final char[] STREAMS = {'A', ':', '=', '[', '(', '{', 'P', 't'};
  private static final String STATUS = "tatus";
  private static final int HTTP_STREAM = 6;
  private static final int STATUS_STREAM = 7;
  private static final int DESCRIPTION_STREAMS = 5;
  private static final int BRACE_STREAM = 5;
  private static final int NONE = Integer.MAX_VALUE;

  private int firstCode = -1;
  private int skipTo = EmbeddedBody.NO_BODY; // where the walk goes on after a body read
  private boolean queryRead;
  private boolean claimsTried;

  private MessageReader(String text, AadstsErrorBuilder builder, boolean messageMode) {
    super(text, builder, messageMode);
  }

  /** {@link AadstsError#fromMessage(String)}. */
  static AadstsError read(String text) {
    AadstsErrorBuilder builder = new AadstsErrorBuilder(text);
    MessageReader reader = new MessageReader(AadstsError.capped(text), builder, true);
    // Built at once: the value copies its fields from the raw text when asked for them.
    builder.mayLeave = reader.text == builder.rawBody;
    reader.lazy = builder.mayLeave;
    reader.walk();
    return builder.build();
  }

  /**
   * Reads {@code text} into {@code builder}.
   *
   * @param embeddedJson whether the text is a message (rather than a body's description): a
   *     response body inside it is read, and an HTTP status written in it counts
   */
  static void read(String text, AadstsErrorBuilder builder, boolean embeddedJson) {
    if (embeddedJson || labelsWanted(builder)) {
      new MessageReader(text, builder, embeddedJson).walk();
    } else {
      descriptionCodes(text, 0, text.length(), orNone(text.indexOf('['), text.length()), builder);
    }
  }

  /**
   * Reads the description a body left in the raw text at {@code span} ({@link
   * AadstsErrorBuilder#leave}): in place, if only its codes are wanted and it holds no bracket;
   * else copied first, as if it had not been left.
   */
  static void readLeft(long span, AadstsErrorBuilder builder) {
    String text = builder.rawBody;
    int from = TextSpans.start(span);
    int to = TextSpans.end(span);
    int bracket = orNone(text.indexOf('[', from), to);
    if (labelsWanted(builder) || bracket != NONE) {
      builder.errorDescription = TextSpans.description(text, span);
      builder.descriptionSpan = 0;
      read(builder.errorDescription, builder, false);
    } else {
      // The character before the span is its opening quote and the one at its end its closing
      // one, so a code reads in place as in the copy, which the span's ends would end; an escape
      // left in it (JsonBodyReader#leavesEscaped) reads as what it stands for.
      descriptionCodes(text, from, to, NONE, builder);
    }
  }

  /** Whether a body's description is searched for labels: the body lacks what they give. */
  private static boolean labelsWanted(AadstsErrorBuilder builder) {
    return builder.error == null
        || !builder.hasGuidTrace()
        || !builder.hasGuidCorrelation()
        || !builder.hasTimestamp();
  }

  /**
   * Reads a body's description, {@code text[from, to)}, whose labels are not wanted, as the walk
   * would: then only its codes count, from their {@code A} and from a code prefix's bracket ({@code
   * 50173 - [...]:}), in text order, so they are found with no walk. {@code bracket} is the first
   * bracket in it, or {@link #NONE}.
   */
  private static void descriptionCodes(
      String text, int from, int to, int bracket, AadstsErrorBuilder builder) {
    int code = orNone(text.indexOf('A', from), to);
    while (code != bracket) { // equal only when neither is left
      if (code < bracket) {
        code = orNone(text.indexOf('A', addCode(text, code, builder)), to);
      } else {
        int start =
            TextSpans.bracketMayOpen(text, bracket)
                ? TextStatus.prefixNumberStart(text, bracket)
                : -1;
        if (start >= 0 && TextStatus.prefixClose(text, bracket + 1) >= 0) {
          TextStatus.addPrefixCodes(text, start, bracket - 3, builder);
        }
        bracket = orNone(text.indexOf('[', bracket + 1), to);
      }
    }
  }

  private static int orNone(int at, int to) {
    return at < 0 || at >= to ? NONE : at;
  }

  /**
   * Adds the code whose {@code AADSTS} is at {@code i}, if one is there; returns where the search
   * for the next goes on: after its digits, or after {@code i}.
   */
  private static int addCode(String text, int i, AadstsErrorBuilder builder) {
    int digits = CodeScanner.digitsAt(text, i);
    int start = i + CodeScanner.PREFIX.length();
    if (digits == 0) {
      return i + 1;
    }
    builder.addCode(CodeScanner.value(text, start, start + digits));
    return start + digits;
  }

  /**
   * Merges the streams of the characters that start something, in text order: each stream is one
   * forward search ({@link String#indexOf}, which the JVM vectorizes) that resumes where it
   * stopped.
   */
  private void walk() {
    int streams = messageMode ? STREAMS.length : DESCRIPTION_STREAMS;
    int[] heads = new int[streams];
    for (int s = 2; s < streams; s++) {
      heads[s] = find(s, 0);
    }
    // Codes and colons are most of the starts, so they are merged on their own; the other
    // streams' first start is kept aside, and looked for again only when it is taken.
    int code = findCode(0);
    int colon = findColon(0);
    int rare = rarest(heads, streams);
    int next = heads[rare];
    while (true) {
      if (code < colon && code < next) {
        code = findCode(onA(code) + 1);
      } else if (colon < next) {
        if (!TextSpans.isTimeColon(text, colon)) {
          onSeparator(colon);
          colon = findColon(colon + 1);
        } else {
          colon = TextSpans.timeColonAfter(text, colon) ? colon + 3 : findColon(colon + 1);
        }
      } else if (next == NONE) {
        break;
      } else {
        heads[rare] = find(rare, on(rare, next) + 1);
        if (skipTo > next) {
          // A body read: its text gave its fields, so no stream looks inside it.
          code = code < skipTo ? findCode(skipTo) : code;
          colon = colon < skipTo ? findColon(skipTo) : colon;
          for (int t = 2; t < streams; t++) {
            heads[t] = heads[t] < skipTo ? find(t, skipTo) : heads[t];
          }
        }
        rare = rarest(heads, streams);
        next = heads[rare];
      }
    }
    finish();
  }

  /** The stream other than codes and colons whose next start comes first. */
  private static int rarest(int[] heads, int streams) {
    int rare = 2;
    for (int t = 3; t < streams; t++) {
      if (heads[t] < heads[rare]) {
        rare = t;
      }
    }
    return rare;
  }

  // The two dense streams with their characters as constants: one search each, nothing more.
  private int findCode(int from) {
    int at = text.indexOf('A', from);
    return at < 0 ? NONE : at;
  }

  private int findColon(int from) {
    int at = text.indexOf(':', from);
    return at < 0 ? NONE : at;
  }

  /** The next start of stream {@code s} at or after {@code from}, or {@link #NONE}. */
  private int find(int s, int from) {
    // A stream stops where nothing it finds would count any more: a body after one was read, a
    // status word after a status.
    if ((s == BRACE_STREAM && skipTo != EmbeddedBody.NO_BODY)
        || (s >= HTTP_STREAM && status != 0)) {
      return NONE;
    }
    int at = s == STATUS_STREAM ? text.indexOf(STATUS, from) : text.indexOf(STREAMS[s], from);
    return at < 0 ? NONE : at;
  }

  /** Handles the start of stream {@code s} at {@code at}; returns the last index it consumed. */
  private int on(int s, int at) {
    switch (s) {
      case 2:
        onSeparator(at);
        return at;
      case 3:
        if (!TextSpans.bracketMayOpen(text, at)) {
          return at;
        }
        onBracket(at, ']');
        onPrefixBracket(at);
        if (headerCorrelationAt < 0 && messageMode) {
          headerCorrelationAt = TextErrors.logHeaderCorrelation(text, at);
        }
        return at;
      case 4:
        if (!TextSpans.bracketMayOpen(text, at)) {
          return at;
        }
        onBracket(at, ')');
        if (status == 0 && messageMode) {
          status = TextStatus.beforeParen(text, at);
        }
        return at;
      case BRACE_STREAM:
        skipTo = EmbeddedBody.read(text, at, builder);
        return at;
      case HTTP_STREAM:
        status = status == 0 ? TextStatus.afterCapitalP(text, at) : status;
        return at;
      default:
        if (status == 0) {
          status = TextStatus.afterWord(text, at + STATUS.length());
        }
        return at;
    }
  }

  /** A code at {@code i}: adds it; returns the index of its last digit, or {@code i}. */
  private int onA(int i) {
    int after = addCode(text, i, builder);
    if (after == i + 1) {
      return i;
    }
    if (firstCode < 0) {
      firstCode = i;
      if (descriptionStart < 0) {
        descriptionStart = i;
      }
      errorBeforeFirstCode(i);
    }
    return after - 1;
  }

  /** A {@code :} or {@code =} at {@code i}: the value of the label before it, if it has one. */
  private void onSeparator(int i) {
    int kind = TextLabels.labelBefore(text, i);
    if (kind == TextLabels.NONE) {
      if (messageMode && status == 0) {
        status = TextStatus.beforeColon(text, i);
      }
      if (messageMode && status == 0) {
        // "cannot fetch token: 401 Unauthorized" (golang.org/x/oauth2): a status and its phrase.
        status = TextStatus.numberAt(text, TextLabels.valueStart(text, i + 1));
      }
      return;
    }
    int v = TextLabels.valueStart(text, i + 1);
    switch (kind) {
      case TextLabels.TRACE_ID:
        if (traceAt < 0 && !builder.hasGuidTrace()) {
          traceAt = TextValues.isGuidAt(text, v) ? v : -1;
        }
        break;
      case TextLabels.CORRELATION_ID:
        if (correlationAt < 0 && !builder.hasGuidCorrelation()) {
          correlationAt = TextValues.isGuidAt(text, v) ? v : -1;
        }
        break;
      case TextLabels.REQUEST_ID:
        if (requestAt < 0 && TextErrors.isRequestIdLabel(text, i)) {
          requestAt = TextValues.isGuidAt(text, v) ? v : -1;
        }
        break;
      case TextLabels.TIMESTAMP:
        if (!builder.hasTimestamp()) {
          offerTimestamp(v);
        }
        break;
      case TextLabels.ERROR:
        offerError(v, LABELLED);
        onQuery(i);
        if (messageMode && status == 0) {
          status = TextStatus.atCodeLabel(text, i); // "401 Client Error:", OkHttp's "code=401"
        }
        break;
      case TextLabels.STATUS:
      case TextLabels.STATUS_WORD: // "http error: 400"
        if (messageMode && status == 0) {
          status = TextValues.statusAt(text, v);
        }
        if (messageMode && status == 0 && kind == TextLabels.STATUS_WORD) {
          status = TextStatus.beforeColon(text, i); // "`401 Unauthorized` response:"
        }
        break;
      case TextLabels.ERROR_URI:
        builder.errorUri = TextValues.uriAt(text, i, v, builder.errorUri);
        break;
      case TextLabels.SUB_ERROR:
        int subEnd = TextValues.oauthErrorEnd(text, v);
        if (subError == null && subEnd > v) {
          subError = text.substring(v, subEnd);
        }
        break;
      default:
        // Tried once: an unbalanced object must not be scanned again at every label.
        if (!claimsTried && v < text.length() && text.charAt(v) == '{') {
          claimsTried = true;
          claims = TextValues.objectAt(text, v);
        }
        break;
    }
  }

  /** A redirect URL in the text, from its {@code error=} at {@code equals}: read as one. */
  private void onQuery(int equals) {
    int end = queryRead || !messageMode ? -1 : TextErrors.queryEnd(text, equals);
    if (end > 0) {
      queryRead = true;
      RedirectReader.read(text.substring(equals - 5, end), builder);
    }
  }

  /** {@code [invalid_grant]} (Spring Security) or {@code (invalid_grant)} (Python) at {@code i}. */
  private void onBracket(int i, char close) {
    int end = TextValues.oauthErrorEnd(text, i + 1);
    if (end > i + 1 && end < text.length() && text.charAt(end) == close) {
      offerError(i + 1, BRACKETED);
    }
    if (status == 0 && messageMode) {
      status = TextStatus.afterBracket(text, i);
    }
  }

  /** The OAuth error written right before the first code (see {@link TextErrors#beforeCode}). */
  private void errorBeforeFirstCode(int code) {
    // In a body's description the body's error stands: no field of the body changes in this walk.
    // An error found as good as this one's best (labelled, bracketed, or before a prefix) stands.
    if (errorRank <= TextErrors.BEFORE_CODE || (!messageMode && builder.error != null)) {
      return;
    }
    long found = TextErrors.beforeCode(text, code);
    if (found >= 0) {
      offerError((int) (found >>> 3), (int) (found & 7));
    }
  }

  /** The {@code " - ["} at {@code bracket - 3} of a code prefix, if it is one. */
  private void onPrefixBracket(int bracket) {
    int start = TextStatus.prefixNumberStart(text, bracket);
    int close = start < 0 ? -1 : TextStatus.prefixClose(text, bracket + 1);
    if (close < 0) {
      return;
    }
    int first = TextStatus.addPrefixCodes(text, start, bracket - 3, builder);
    errorBeforeFirstCode(first); // msal-node: "invalid_grant: 50173 - [...]: AADSTS50173"
    prefixTimestamp(bracket + 1, close);
    if (descriptionStart < 0) {
      int d = close + 2;
      while (d < text.length() && Character.isWhitespace(text.charAt(d))) {
        d++;
      }
      descriptionStart = d;
    }
  }
}
