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
 * <p>The processor option {@code -Aaadsts.catalog=<path>} replaces the catalog for a whole
 * compilation with a markdown file of the same format.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.PACKAGE, ElementType.TYPE})
public @interface AadstsCatalog {

  /**
   * The bundled catalog to read, by file name (for example {@code
   * reference-error-codes.en-us-2025.md}); empty for the default. Ignored when the {@code
   * aadsts.catalog} processor option names a file.
   *
   * @return the bundled catalog's file name, or empty for the default catalog
   */
  String catalog() default "";

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
