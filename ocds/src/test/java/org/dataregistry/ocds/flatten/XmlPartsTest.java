package org.dataregistry.ocds.flatten;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class XmlPartsTest {

    @Test
    void plainTextIsPrintableAsciiWithoutMarkupCharactersWhereverTheOtherByteIs() {
        for (int value = 0; value < 256; value++) {
            boolean plain = value >= ' ' && value < 127 && "<>&\"".indexOf(value) < 0;
            for (int length = 1; length <= 20; length++) {
                for (int at = 0; at < length; at++) {
                    byte[] bytes = new byte[length + 6];
                    Arrays.fill(bytes, (byte) 'a');
                    bytes[3 + at] = (byte) value;
                    assertThat(XmlParts.isPlain(bytes, 3, length))
                            .as("byte %d at %d of %d", value, at, length)
                            .isEqualTo(plain);
                }
            }
        }
    }

    @Test
    void onlyTheGivenRangeIsLookedAt() {
        byte[] bytes = "<tag>plain text of 22 bytes</tag>".getBytes();
        assertThat(XmlParts.isPlain(bytes, 5, 22)).isTrue();
        assertThat(XmlParts.isPlain(bytes, 5, 0)).isTrue();
        assertThat(XmlParts.isPlain(bytes, 4, 22)).isFalse();
        assertThat(XmlParts.isPlain(bytes, 5, 23)).isFalse();
    }
}
