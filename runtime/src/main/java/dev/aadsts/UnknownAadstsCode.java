package dev.aadsts;

import java.io.Serializable;

/** A code the generated catalog does not list. Equal to another unknown code of the same number. */
final class UnknownAadstsCode implements AadstsErrorCode, Serializable {
  private static final long serialVersionUID = 1L;

  private final int code;

  UnknownAadstsCode(int code) {
    this.code = code;
  }

  @Override
  public int code() {
    return code;
  }

  @Override
  public String identifier() {
    return "";
  }

  @Override
  public String description() {
    return "";
  }

  @Override
  public Category category() {
    return Category.UNKNOWN;
  }

  @Override
  public boolean isRetryable() {
    return false;
  }

  @Override
  public boolean isKnown() {
    return false;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof UnknownAadstsCode && ((UnknownAadstsCode) o).code == code;
  }

  @Override
  public int hashCode() {
    return Integer.hashCode(code);
  }

  @Override
  public String toString() {
    return "AADSTS" + code + " (not in the catalog)";
  }
}
