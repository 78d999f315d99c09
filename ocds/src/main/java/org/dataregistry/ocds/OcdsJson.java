package org.dataregistry.ocds;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON settings every OCDS engine shares.
 *
 * <p>Decimal numbers are read as {@link java.math.BigDecimal} with their scale kept, so that
 * amounts like {@code 193817.390} or {@code 3.141592653589793238} come out exactly as published.
 */
public final class OcdsJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private static final ObjectReader VALUE_READER =
            MAPPER.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private OcdsJson() {}

    /** The shared, thread-safe mapper. */
    public static JsonMapper mapper() {
        return MAPPER;
    }

    /**
     * A reader of one value in the middle of a text, from the parser's current token: what follows the value is
     * the rest of the text, not an error.
     */
    public static ObjectReader valueReader() {
        return VALUE_READER;
    }
}
