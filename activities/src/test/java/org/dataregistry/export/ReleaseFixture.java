package org.dataregistry.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The realdata compiled releases of {@code fixtures/realdata/compiled-releases.jsonl} (2020, 2019, 2020,
 * undated), and the gzipped JSON Lines files the exporter and the flattener read and write.
 */
public final class ReleaseFixture {

    private ReleaseFixture() {}

    /** The four compiled releases, one JSON object a line, in order. */
    public static List<String> lines() {
        try {
            Path file = Path.of(ReleaseFixture.class
                    .getResource("/fixtures/realdata/compiled-releases.jsonl")
                    .toURI());
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The four lines {@code times} over: enough bytes for the engines to read and write in several chunks. */
    public static List<String> repeated(int times) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            lines.addAll(lines());
        }
        return lines;
    }

    /** Writes lines as gzipped JSON Lines, creating the directory. */
    public static Path writeGzip(Path file, List<String> lines) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            for (String line : lines) {
                out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        return file;
    }

    /** The lines of a gzipped JSON Lines file. */
    public static List<String> readGzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.isEmpty() ? List.of() : List.of(text.split("\n"));
        }
    }

    /** Cuts a file to three quarters of its bytes, as a crash while copying it would. */
    public static void truncate(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length * 3 / 4));
    }

    /** The names in a directory, hidden ones included, sorted; none if it doesn't exist. */
    public static List<String> names(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.list(directory)) {
            List<String> names = new ArrayList<>(
                    paths.map(path -> path.getFileName().toString()).toList());
            Collections.sort(names);
            return names;
        }
    }
}
