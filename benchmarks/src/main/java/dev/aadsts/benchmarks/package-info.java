/**
 * JMH benchmarks of the code generated for this package (from the largest bundled catalog) and of
 * the runtime, each beside what a Java developer writes or uses instead.
 */
@AadstsCatalog(catalog = "reference-error-codes.en-us-2025.md")
package dev.aadsts.benchmarks;

import dev.aadsts.AadstsCatalog;
