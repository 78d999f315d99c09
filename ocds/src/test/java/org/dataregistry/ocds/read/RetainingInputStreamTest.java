package org.dataregistry.ocds.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RetainingInputStreamTest {

    private final byte[] data = new byte[300_000];

    {
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i * 31);
        }
    }

    @Test
    void copiesAnyRangeReadSinceTheLastDiscard() throws IOException {
        RetainingInputStream in = new RetainingInputStream(new ByteArrayInputStream(data));
        byte[] buffer = new byte[8000];
        long total = 0;
        while (total < 250_000) {
            total += in.read(buffer, 0, buffer.length);
            in.discardBefore(total - 100_000);
        }
        long read = total;

        assertThat(in.copy(read - 100_000, read)).isEqualTo(Arrays.copyOfRange(data, (int) read - 100_000, (int) read));
        assertThatThrownBy(() -> in.copy(read - 100_001, read)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> in.copy(read, read + 1)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void growsToHoldOneLargeValue() throws IOException {
        RetainingInputStream in = new RetainingInputStream(new ByteArrayInputStream(data));

        byte[] all = in.readAllBytes();

        assertThat(all).isEqualTo(data);
        assertThat(in.copy(1, data.length)).isEqualTo(Arrays.copyOfRange(data, 1, data.length));
    }
}
