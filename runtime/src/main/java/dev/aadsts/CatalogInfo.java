package dev.aadsts;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** A catalog page that generated code was built from: its file, language and revision date. */
public final class CatalogInfo {
  private final String name;
  private final Locale locale;
  private final LocalDate date;

  private CatalogInfo(String name, Locale locale, LocalDate date) {
    this.name = name;
    this.locale = locale;
    this.date = date;
  }

  /**
   * Describes a catalog; generated code calls it.
   *
   * @param name the catalog's file name
   * @param languageTag its language, as a BCP 47 tag such as {@code sv-SE}
   * @param isoDate its revision date ({@code ms.date}) as {@code yyyy-MM-dd}, or empty
   * @return the description
   */
  public static CatalogInfo of(String name, String languageTag, String isoDate) {
    return new CatalogInfo(
        Objects.requireNonNull(name, "name"),
        Locale.forLanguageTag(languageTag),
        isoDate.isEmpty() ? null : LocalDate.parse(isoDate));
  }

  /**
   * The file name.
   *
   * @return for example {@code reference-error-codes.en-us-2025.md}
   */
  public String name() {
    return name;
  }

  /**
   * The page's language.
   *
   * @return for example {@code sv-SE}
   */
  public Locale locale() {
    return locale;
  }

  /**
   * The page's revision date, its {@code ms.date}.
   *
   * @return the date, or empty when the page has none
   */
  public Optional<LocalDate> date() {
    return Optional.ofNullable(date);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof CatalogInfo)) {
      return false;
    }
    CatalogInfo other = (CatalogInfo) o;
    return name.equals(other.name)
        && locale.equals(other.locale)
        && Objects.equals(date, other.date);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, locale, date);
  }

  @Override
  public String toString() {
    return name + " (" + locale.toLanguageTag() + (date == null ? "" : ", " + date) + ")";
  }
}
