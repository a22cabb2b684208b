/**
 * The aadsts annotation processor: from the AADSTS error-code catalogs to a typed enum and typed
 * exceptions in the annotated package. {@link dev.aadsts.processor.AadstsProcessor} is the only
 * public class; it coordinates one pipeline, each stage in its own classes, each stage reading only
 * what the one before it made:
 *
 * <pre>
 *  options   Options (read and checked once, in init)      Messages, Reporter (every diagnostic)
 *     |
 *  load      CatalogLoader    the user's -Aaadsts.catalog files (regular files, at most 16 MiB);
 *     |      BundledCatalogs  the bundled catalogs and classification, parsed at the processor's
 *     |                       own build and shipped in its jar
 *  parse     CatalogParser, MarkupParser      markdown table rows to Catalog / CatalogEntry,
 *     |      ClassificationParser             or a CatalogProblem with file and line
 *  classify  Classifier, Category, CodeKind   the curated kind of a code, else rules on its words
 *     |
 *  merge     CatalogMerger                    catalogs in priority order to MergedCode
 *     |
 *  model     CodeModel, CodeConstant          what is generated, every decision made:
 *     |      Naming, NameAllocator            names (unique), kinds, aliases, languages
 *  write     CodeEnumWriter, EnumMethods,     print the model as Java source, straight into one
 *            CodeColumns, ExceptionsWriter    StringBuilder a file (JavaWriter), which goes to the
 *            JavaWriter, Imports, Literals    Filer in one write; each writer names its imports;
 *            CodeTable                        each constant's slot in the enum's lookup table
 * </pre>
 *
 * <p>The writers do not use JavaPoet: in a cold javac it spent most of the processor's time
 * (parsing every format string, emitting each file twice to collect imports, wrapping every line),
 * and the processor's time is part of every build that uses it (issue 13). For the same reason the
 * hot path has no lambdas or streams (each spins a class at its first use) and the processor is
 * compiled with {@code -XDstringConcat=inline}.
 *
 * <p>Nothing is parsed per round or per annotated element: each file once per compilation, the
 * model once per selection of catalogs. No stage uses a regular expression on catalog text or
 * recursion whose depth the input controls, so time is linear in the catalog's size.
 */
package dev.aadsts.processor;
