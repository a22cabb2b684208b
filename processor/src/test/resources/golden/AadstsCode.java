package com.example.auth;

import dev.aadsts.AadstsError;
import dev.aadsts.AadstsErrorCode;
import dev.aadsts.CatalogInfo;
import dev.aadsts.Category;
import dev.aadsts.GeneratedCodeSupport;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import javax.annotation.processing.Generated;

/**
 * The AADSTS error codes of Microsoft Entra ID: one constant for each of the 5 codes of
 * these catalogs, most authoritative first:
 *
 * <ul>
 * <li>{@code golden.md (en-US)}
 * </ul>
 *
 * <p>Look a code up with {@link #find(int)}, {@link #of(int)} (which also stands for codes
 * the catalog does not list) or {@link #parse(CharSequence)}; ask who has to act with
 * {@link #category()} and {@link #categoryOf(int)}. The number is the identity of a code;
 * the constant names come from the catalog's identifiers, and Microsoft documents codes as
 * diagnostic information: branch on categories.
 */
@Generated(
    value = "dev.aadsts.processor.AadstsProcessor",
    comments = "catalogs: golden.md"
)
public enum AadstsCode implements AadstsErrorCode {
  /**
   * AADSTS50012 AuthenticationFailed: Authentication failed: the certificate chain isn't valid; the
   * signature is bad.
   *
   * @see <a href="https://login.microsoftonline.com/error?code=50012">
   *     Microsoft's lookup page for AADSTS50012</a>
   */
  AUTHENTICATION_FAILED(50012, 11),

  /**
   * AADSTS50029: Ogiltig URI &#x2013; dom&#xe4;nnamnet inneh&#xe5;ller ogiltiga tecken.
   *
   * @see <a href="https://login.microsoftonline.com/error?code=50029">
   *     Microsoft's lookup page for AADSTS50029</a>
   */
  AADSTS50029(50029, 3),

  /**
   * AADSTS50034 UserAccountNotFound: To sign into this application, the account must be added to the
   * directory.
   *
   * @see <a href="https://login.microsoftonline.com/error?code=50034">
   *     Microsoft's lookup page for AADSTS50034</a>
   */
  USER_ACCOUNT_NOT_FOUND(50034, 14),

  /**
   * AADSTS90023 InvalidRequest: The authentication service request isn't valid.
   *
   * @see <a href="https://login.microsoftonline.com/error?code=90023">
   *     Microsoft's lookup page for AADSTS90023</a>
   */
  INVALID_REQUEST_90023(90023, 10),

  /**
   * AADSTS9002313 InvalidRequest: Request is malformed or invalid.
   *
   * @see <a href="https://login.microsoftonline.com/error?code=9002313">
   *     Microsoft's lookup page for AADSTS9002313</a>
   */
  INVALID_REQUEST_9002313(9002313, 12);

  private final int code;

  AadstsCode(int code, int slot) {
    // Stores the constant in the lookup table, in the slot chosen for its code.
    this.code = code;
    Table.KEYS[slot] = code;
    Table.FOUND[slot] = Optional.of(this);
  }

  static {
    GeneratedCodeSupport.checkVersion(3, AadstsCode.class);
  }

  /**
   * The lookup table, by slot: each code, and its constant as {@code find} returns it.
   */
  private static final class Table {
    static final int[] KEYS = new int[16];

    @SuppressWarnings("unchecked")
    static final Optional<AadstsCode>[] FOUND = (Optional<AadstsCode>[]) new Optional<?>[16];

    private Table() {}
  }

  @Override
  public int code() {
    return code;
  }

  @Override
  public String identifier() {
    return Names.IDENTIFIERS[ordinal()];
  }

  @Override
  public String description() {
    return Descriptions.TEXTS[ordinal()];
  }

  @Override
  public Category category() {
    return Kinds.CATEGORIES[ordinal()];
  }

  @Override
  public boolean isRetryable() {
    return Kinds.RETRYABLE[ordinal()];
  }

  /**
   * The catalogs this enum was generated from, most authoritative first.
   *
   * @return each catalog's file name, language and revision date
   */
  public static List<CatalogInfo> sources() {
    return Collections.unmodifiableList(
        Arrays.asList(
            CatalogInfo.of("golden.md", "en-US", "")));
  }

  /**
   * Returns the constant of a code number.
   *
   * @param code the number after {@code AADSTS}
   * @return the constant, or empty when the catalog does not list the code
   */
  public static Optional<AadstsCode> find(int code) {
    int hash = code * 0x9E3779B9;
    for (int slot = (hash ^ (hash >>> 16)) & 15; ; slot = (slot + 1) & 15) {
      int key = Table.KEYS[slot];
      // GeneratedCodeSupport.slot's probe, in place: an empty slot (no code is 0) ends it.
      if (key == 0) {
        return Optional.empty();
      }
      if (key == code) {
        return Table.FOUND[slot];
      }
    }
  }

  /**
   * Returns the constant of a code number, or a value that keeps the number of a code
   * the catalog does not list. Never null.
   *
   * @param code the number after {@code AADSTS}
   * @return the constant, or a code whose {@code isKnown()} is false
   */
  public static AadstsErrorCode of(int code) {
    int slot = GeneratedCodeSupport.slot(Table.KEYS, code);
    return slot < 0 ? AadstsErrorCode.unknown(code) : Table.FOUND[slot].get();
  }

  /**
   * Reads a code written as {@code AADSTS50034} or {@code 50034}, or named by its
   * identifier ({@code UserAccountNotFound}, also one of an older catalog revision) or
   * constant name ({@code USER_ACCOUNT_NOT_FOUND}): any case, blanks around it.
   *
   * @param text the text to read; may be null
   * @return the constant, or empty when the text names no code of the catalog
   */
  public static Optional<AadstsCode> parse(CharSequence text) {
    OptionalInt number = GeneratedCodeSupport.number(text);
    if (number.isPresent()) {
      return find(number.getAsInt());
    }
    return Optional.ofNullable(GeneratedCodeSupport.named(Names.BY_NAME, text));
  }

  /**
   * Who has to act on a code.
   *
   * @param code the number after {@code AADSTS}
   * @return the code's category; {@code UNKNOWN} for codes the catalog does not list
   */
  public static Category categoryOf(int code) {
    int slot = GeneratedCodeSupport.slot(Table.KEYS, code);
    return slot < 0 ? Category.UNKNOWN : Table.FOUND[slot].get().category();
  }

  /**
   * Whether the same request can succeed when sent again, possibly after a wait.
   *
   * @param code the number after {@code AADSTS}
   * @return {@code true} for the catalog's retryable codes; {@code false} for others and
   *     for codes the catalog does not list
   */
  public static boolean isRetryable(int code) {
    int slot = GeneratedCodeSupport.slot(Table.KEYS, code);
    return slot >= 0 && Table.FOUND[slot].get().isRetryable();
  }

  /**
   * The code of an error that counts, as the runtime decides; for the generated
   * exceptions.
   */
  static AadstsErrorCode codeOf(AadstsError error) {
    return GeneratedCodeSupport.code(error, Table.KEYS, Table.FOUND);
  }

  /**
   * Each code's category and retry flag, loaded on the first use of either.
   */
  private static final class Kinds {
    static final Category[] CATEGORIES = GeneratedCodeSupport.categories(
        new Category[] {
          Category.CLIENT_CONFIGURATION,
          Category.USER_ERROR
        },
        "00100");

    static final boolean[] RETRYABLE = GeneratedCodeSupport.flags("00000");

    private Kinds() {}
  }

  /**
   * The identifiers and the name table, loaded on the first use of either.
   */
  private static final class Names {
    static final String[] IDENTIFIERS = GeneratedCodeSupport.texts("20:AuthenticationFailed0:19:UserAccountNotFound14:InvalidRequest14:InvalidRequest");

    static final Map<String, AadstsCode> BY_NAME = GeneratedCodeSupport.names(
        values(),
        IDENTIFIERS,
        GeneratedCodeSupport.texts("0:0:0:0:0:"));

    private Names() {}
  }

  /**
   * The descriptions in {@code en}, loaded on first use.
   */
  private static final class Descriptions {
    static final String[] TEXTS = GeneratedCodeSupport.texts("79:Authentication failed: the certificate chain isn't valid; the signature is bad.53:Ogiltig URI \u2013 dom\u00e4nnamnet inneh\u00e5ller ogiltiga tecken.74:To sign into this application, the account must be added to the directory.47:The authentication service request isn't valid.32:Request is malformed or invalid.");

    private Descriptions() {}
  }
}
