package org.dataregistry.ocds.flatten;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** One table's CSV file in the working directory: the header, then one record a row. */
final class CsvTableFile implements AutoCloseable {

    private static final int BUFFER_SIZE = 64 * 1024;

    private final Path path;
    private final Writer out;

    CsvTableFile(Path path, List<String> columns) throws IOException {
        this.path = path;
        this.out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(path), StandardCharsets.UTF_8),
                BUFFER_SIZE);
        String[] header = new String[columns.size()];
        for (int i = 0; i < header.length; i++) {
            header[i] = XmlText.replaceControlCharacters(columns.get(i), " ");
        }
        StringBuilder record = new StringBuilder();
        CsvFormat.appendRecord(record, header);
        out.append(record);
    }

    Path path() {
        return path;
    }

    /** Writes a record made by {@link CsvFormat#appendRecord}. */
    void write(CharSequence record) throws IOException {
        out.append(record);
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
