package org.dataregistry.ocds.read;

/**
 * Where something was found in the input: the source name and, when known, the line and column.
 *
 * <p>The source names the file, and for an entry of a {@code .zip} archive the entry too, as
 * {@code archive.zip!/entry.json}. Lines and columns count from 1 in the decoded text (for a
 * {@code .gz} file, in the decompressed text); 0 means unknown.
 *
 * @param source the file (and archive entry) name
 * @param line   the line number, from 1, or 0 if unknown
 * @param column the column number, from 1, or 0 if unknown
 */
public record SourcePosition(String source, long line, long column) {

    /** A position that names the source only. */
    public static SourcePosition of(String source) {
        return new SourcePosition(source, 0, 0);
    }

    /** {@code source:line:column}, or just the source when the line is unknown. */
    @Override
    public String toString() {
        return line > 0 ? source + ":" + line + ":" + column : source;
    }
}
