package org.dataregistry.download;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dataregistry.site.PageException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The file response on its own, with files that vanish and clients that leave at the worst moments. */
class FileResponseTest {

    @TempDir
    Path directory;

    @Test
    void aFileDeletedAfterItWasFoundIsNotFoundAndNothingIsSent() {
        MockHttpServletResponse response = new MockHttpServletResponse();

        assertThatThrownBy(() -> response(directory.resolve("full.jsonl.gz")).send(get(), response))
                .isInstanceOfSatisfying(PageException.class, notFound -> {
                    assertThat(notFound.status()).isEqualTo(HttpStatus.NOT_FOUND);
                    assertThat(notFound.messageKey()).isEqualTo("error.fileNotFound");
                });
        assertThat(response.isCommitted()).isFalse();
        assertThat(response.getHeaderNames()).isEmpty();
    }

    @Test
    void aDirectoryWithTheNameOfAFileIsNotFound() throws IOException {
        Path notAFile = Files.createDirectory(directory.resolve("full.jsonl.gz"));

        assertThatThrownBy(() -> response(notAFile).send(get(), new MockHttpServletResponse()))
                .isInstanceOf(PageException.class);
    }

    @Test
    void aFileDeletedDuringItsDownloadIsStillSentWhole() throws IOException {
        byte[] content = bytes(5 * FileResponse.BUFFER_BYTES + 17);
        Path file = Files.write(directory.resolve("full.jsonl.gz"), content);
        Client client = new Client(written -> Files.deleteIfExists(file));

        response(file).send(get(), client.response);

        assertThat(Files.exists(file)).isFalse();
        assertThat(client.body.toByteArray()).isEqualTo(content);
    }

    @Test
    void theFileIsCopiedInBoundedChunksNotReadIntoMemory() throws IOException {
        byte[] content = bytes(3_000_000);
        Path file = Files.write(directory.resolve("2020.csv.tar.gz"), content);
        Client client = new Client(written -> {});

        response(file).send(get(), client.response);

        assertThat(client.body.toByteArray()).isEqualTo(content);
        assertThat(client.writes).hasSizeGreaterThan(40).allMatch(size -> size <= FileResponse.BUFFER_BYTES);
    }

    @Test
    void aClientThatDisconnectsEndsTheDownloadQuietly() throws IOException {
        Path file = Files.write(directory.resolve("full.xlsx"), bytes(10 * FileResponse.BUFFER_BYTES));
        Client client = new Client(written -> {
            throw new IOException("Broken pipe");
        });

        response(file).send(get(), client.response);

        assertThat(client.writes).as("no write after the client left").hasSize(1);
    }

    private static FileResponse response(Path file) {
        return new FileResponse(file, 7, "source_" + file.getFileName(), MediaType.valueOf("application/gzip"), true);
    }

    private static byte[] bytes(int size) {
        byte[] content = new byte[size];
        for (int i = 0; i < size; i++) {
            content[i] = (byte) (i % 251);
        }
        return content;
    }

    private static MockHttpServletRequest get() {
        return new MockHttpServletRequest("GET", "/publication/1/download");
    }

    /** What to do after each write reaches the client. */
    interface AfterWrite {
        void accept(int bytes) throws IOException;
    }

    /** A client that records what it receives, in the writes it receives it in. */
    static final class Client {

        final ByteArrayOutputStream body = new ByteArrayOutputStream();
        final List<Integer> writes = new ArrayList<>();
        final MockHttpServletResponse response;

        Client(AfterWrite afterWrite) {
            ServletOutputStream out = new ServletOutputStream() {
                @Override
                public void write(int b) throws IOException {
                    write(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] bytes, int offset, int length) throws IOException {
                    writes.add(length);
                    body.write(bytes, offset, length);
                    afterWrite.accept(length);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException();
                }
            };
            response = new MockHttpServletResponse() {
                @Override
                public ServletOutputStream getOutputStream() {
                    return out;
                }
            };
        }
    }
}
