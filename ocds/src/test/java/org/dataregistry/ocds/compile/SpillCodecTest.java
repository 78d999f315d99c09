package org.dataregistry.ocds.compile;

import static org.assertj.core.api.Assertions.assertThat;

import org.dataregistry.ocds.Fixtures;
import org.dataregistry.ocds.OcdsJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class SpillCodecTest {

    @ParameterizedTest
    @ValueSource(strings = {"realdata/compiled-release-1.json", "realdata/versioned-release-1.json",
            "realdata/release-package-1.json"})
    void realReleasesComeBackEqualWithTheirNodeTypes(String fixture) {
        ObjectNode tree = (ObjectNode) Fixtures.json(fixture);

        assertThat(SpillCodec.decodeObject(SpillCodec.encode(tree))).isEqualTo(tree);
    }

    @Test
    void numbersKeepTheirTypeAndScaleAndStringsTheirText() {
        ObjectNode tree = (ObjectNode) OcdsJson.mapper().readTree("""
                {"int": -7, "long": 30000000000, "big": 123456789012345678901234567890, "amount": 1.50,
                 "tiny": -0.000001, "huge": 12345678901234567890.123456789, "exponent": 1e3, "empty": "",
                 "text": "naïve ☃ \\u0000 😀", "flags": [true, false, null], "nested": {"a": [{}, []]}}
                """);

        JsonNode back = SpillCodec.decodeObject(SpillCodec.encode(tree));

        assertThat(back).isEqualTo(tree);
        assertThat(back.get("int").isInt()).isTrue();
        assertThat(back.get("long").isLong()).isTrue();
        assertThat(back.get("amount").decimalValue().scale()).isEqualTo(2);
        assertThat(OcdsJson.mapper().writeValueAsString(back)).isEqualTo(OcdsJson.mapper().writeValueAsString(tree));
    }

    @Test
    void repeatedNamesAtAnyDepthComeBackInPlace() {
        ObjectNode tree = (ObjectNode) OcdsJson.mapper().readTree("""
                {"id": "1", "awards": [{"id": "a", "items": [{"id": "i", "quantity": 1}]},
                 {"items": [{"quantity": 2, "id": "j"}], "id": "b"}], "name": {"id": {"name": "deep"}}}
                """);

        ObjectNode back = SpillCodec.decodeObject(SpillCodec.encode(tree));

        assertThat(back).isEqualTo(tree);
        assertThat(OcdsJson.mapper().writeValueAsString(back)).isEqualTo(OcdsJson.mapper().writeValueAsString(tree));
    }
}
