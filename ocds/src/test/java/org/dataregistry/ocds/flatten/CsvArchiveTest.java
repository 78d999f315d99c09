package org.dataregistry.ocds.flatten;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvArchiveTest {

    @TempDir
    Path dir;

    private final ExecutorService workers = Executors.newFixedThreadPool(2);

    @AfterEach
    void stop() {
        workers.shutdownNow();
    }

    @Test
    void filesAreStreamedIntoTheDirectoryOfTheArchive() throws IOException {
        Path target = dir.resolve("x.csv.tar.gz");
        String big = "a,b\n".repeat(200_000);
        try (CsvArchive archive = new CsvArchive(target, "x", -1, workers, 2)) {
            write(archive, "awards.csv", big);
            write(archive, "main.csv", "ocid\na\n");
        }

        assertThat(FlattenedFiles.tarEntries(target))
                .containsExactly(
                        Map.entry("x/", ""), Map.entry("x/awards.csv", big), Map.entry("x/main.csv", "ocid\na\n"));
    }

    @Test
    void aFileShorterThanAnnouncedOrOutOfOrderFails() throws IOException {
        try (CsvArchive archive = new CsvArchive(dir.resolve("y.csv.tar.gz"), "y", -1, workers, 2)) {
            OutputStream out = archive.putFile("main.csv", 10);
            out.write("short".getBytes(StandardCharsets.UTF_8));
            assertThatThrownBy(archive::closeFile).isInstanceOf(IOException.class);
            assertThatThrownBy(() -> archive.putFile("awards.csv", 0)).isInstanceOf(IllegalArgumentException.class);
        } catch (IOException ignored) {
            // closing an archive with an unfinished file fails too
        }
    }

    private static void write(CsvArchive archive, String name, String content) throws IOException {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        archive.putFile(name, bytes.length).write(bytes);
        archive.closeFile();
    }
}
