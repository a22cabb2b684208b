package dev.aadsts;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Generates the typed AADSTS error codes into the annotated package.
 *
 * <p>Put it on a package ({@code package-info.java}) or on any type of the package. The {@code
 * aadsts-processor} annotation processor reads Microsoft's published AADSTS error-code catalog and
 * writes an enum (by default {@code AadstsCode}) with one constant per code into the same package.
 *
 * <pre>{@code
 * @AadstsCatalog
 * package com.example.auth;
 *
 * import dev.aadsts.AadstsCatalog;
 * }</pre>
 *
 * <p>The processor option {@code -Aaadsts.catalog=<path>[<path-separator><path>...]} gives catalog
 * markdown files of the same format as Microsoft's page for a whole compilation.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.PACKAGE, ElementType.TYPE})
public @interface AadstsCatalog {

  /**
   * The bundled catalogs to read, by file name (for example {@code
   * reference-error-codes.en-us-2025.md}). Several are merged: the enum has the union of their
   * codes. Empty (the default) means every bundled catalog, unless the {@code aadsts.catalog}
   * processor option names files, which then are the whole catalog. Files named by the option are
   * merged with the catalogs named here, and their texts win.
   *
   * @return bundled catalog file names, or none for the default
   */
  String[] catalog() default {};

  /**
   * The language of {@code description()} and of the Javadoc, as a BCP 47 tag ({@code en}, {@code
   * sv}); a code missing from that language's catalogs falls back to English. Every language of the
   * catalogs stays available through {@code description(Locale)}.
   *
   * @return a language tag with a catalog among the selected ones
   */
  String locale() default "en";

  /**
   * The simple name of the generated enum.
   *
   * @return a Java identifier
   */
  String enumName() default "AadstsCode";

  /**
   * Whether to generate {@code AadstsExceptions}: one exception class per code, and the factory
   * that turns an {@link AadstsError} into the most specific one. Turn it off to get the enum only.
   *
   * @return {@code false} to generate the enum only
   */
  boolean exceptions() default true;
}
