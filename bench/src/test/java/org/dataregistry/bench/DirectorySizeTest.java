package org.dataregistry.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectorySizeTest {

    @TempDir
    Path directory;

    @Test
    void addsUpTheFilesInEverySubdirectory() throws IOException {
        Files.write(directory.resolve("a"), new byte[100]);
        Files.createDirectories(directory.resolve("base/1"));
        Files.write(directory.resolve("base/1/b"), new byte[23]);
        Files.write(directory.resolve("base/c"), new byte[7]);

        assertThat(DirectorySize.of(directory)).isEqualTo(130);
    }

    @Test
    void anEmptyDirectoryHoldsNothing() throws IOException {
        assertThat(DirectorySize.of(directory)).isZero();
    }
}
