/**
 * Compression that keeps every core busy: deflate and gzip streams compressed block by block on
 * worker threads, producing one ordinary stream (see {@link org.dataregistry.ocds.compress.ParallelDeflateOutputStream}).
 */
package org.dataregistry.ocds.compress;
