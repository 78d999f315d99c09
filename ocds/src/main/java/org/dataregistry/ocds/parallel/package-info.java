/**
 * Using every core without changing what comes out: {@link org.dataregistry.ocds.parallel.OrderedParallel} maps
 * items on worker threads and hands the results back in input order, with {@link
 * org.dataregistry.ocds.parallel.Batches} to group items and {@link org.dataregistry.ocds.parallel.Futures} to wait
 * for them. The readers, the compiler, the exporter and the flattener build on it; it depends on no other package.
 */
package org.dataregistry.ocds.parallel;
