/**
 * The embedding comparison of issue 4: does a small sentence-embedding model (all-MiniLM-L6-v2,
 * quantised, on ONNX Runtime) lift the clustering engine's precision at equal recall on the
 * sts-news benchmark? A measurement only, built with {@code -Pembeddings}; nothing here is wired
 * into the engine. Entry point: {@link org.corroborate.embed.EmbedComparison}, run by
 * {@code bin/eval-embed}.
 */
package org.corroborate.embed;
