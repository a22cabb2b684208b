/**
 * A consumer of aadsts, built the way users build: {@code @AadstsCatalog} on this package generates
 * {@link dev.aadsts.examples.AadstsCode} here.
 */
@AadstsCatalog
package dev.aadsts.examples;

import dev.aadsts.AadstsCatalog;
