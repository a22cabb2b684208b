package dev.aadsts;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the messages of azure-identity's credential chains into one part per credential.
 *
 * <p>{@code DefaultAzureCredential} and {@code ChainedTokenCredential} report a failure as {@code
 * DefaultAzureCredential authentication failed. ---> EnvironmentCredential authentication failed.
 * Error Details: ...}, and a chain in which no credential was available as one line per credential
 * ({@code EnvironmentCredential authentication unavailable. ...}), joined by line breaks. A part
 * starts where a credential's class name followed by {@code authentication} starts the text, a line
 * or a {@code --->} step; it runs to the next part.
 */
final class AzureIdentityMessages {
  private static final String MARKER = "Credential authentication";
  private static final String STEP = "--->";
  // The chains themselves, whose parts hold no failure of their own.
  private static final String[] CHAINS = {"DefaultAzureCredential", "ChainedTokenCredential"};
  private static final int MAX_NAME_LENGTH = 64;
  // A chain has a handful of credentials; the bound keeps a hostile message's cost linear.
  static final int MAX_PARTS = 32;

  /** One credential's part of a message. */
  static final class Part {
    final String credential;
    final String text;

    Part(String credential, String text) {
      this.credential = credential;
      this.text = text;
    }
  }

  private AzureIdentityMessages() {}

  /**
   * The parts of {@code message} that name a credential other than a chain, in order; empty if the
   * message names none.
   */
  static List<Part> parts(String message) {
    List<Integer> starts = new ArrayList<>();
    List<String> names = new ArrayList<>();
    int from = 0;
    for (int at = message.indexOf(MARKER);
        at >= 0 && starts.size() <= MAX_PARTS;
        at = message.indexOf(MARKER, from)) {
      from = at + MARKER.length();
      int nameEnd = at + "Credential".length();
      int start = at;
      while (start > 0 && at - start < MAX_NAME_LENGTH && isNameChar(message.charAt(start - 1))) {
        start--;
      }
      if (start < at
          && Character.isUpperCase(message.charAt(start))
          && startsAPart(message, start)) {
        starts.add(start);
        names.add(message.substring(start, nameEnd));
      }
    }
    List<Part> parts = new ArrayList<>();
    for (int i = 0; i < starts.size(); i++) {
      String name = names.get(i);
      int end = i + 1 < starts.size() ? starts.get(i + 1) : message.length();
      if (!isChain(name)) {
        parts.add(new Part(name, message.substring(starts.get(i), end).trim()));
      }
    }
    return parts;
  }

  /** Whether {@code start} begins the text, a line, or the step after {@code --->}. */
  private static boolean startsAPart(String message, int start) {
    int i = start;
    while (i > 0 && message.charAt(i - 1) == ' ') {
      i--;
    }
    if (i == 0 || message.charAt(i - 1) == '\n' || message.charAt(i - 1) == '\r') {
      return true;
    }
    return i >= STEP.length() && message.startsWith(STEP, i - STEP.length());
  }

  private static boolean isNameChar(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }

  private static boolean isChain(String name) {
    for (String chain : CHAINS) {
      if (chain.equals(name)) {
        return true;
      }
    }
    return false;
  }
}
