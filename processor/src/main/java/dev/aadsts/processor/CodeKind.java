package dev.aadsts.processor;

/**
 * How a code is classified.
 *
 * @param category who has to act
 * @param retryable whether the same request can succeed when sent again
 * @param curated {@code true} when it comes from the classification file, {@code false} from the
 *     rules of {@link Classifier}
 */
record CodeKind(Category category, boolean retryable, boolean curated) {}
