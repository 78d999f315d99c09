package org.dataregistry.harvest;

import java.util.EnumMap;
import java.util.Map;

import org.dataregistry.translation.Language;

/** A translated field's text in each language; {@code ""} where it is not written. */
record Translations(String en, String es, String ru) {

    Translations {
        en = en == null ? "" : en;
        es = es == null ? "" : es;
        ru = ru == null ? "" : ru;
    }

    /** The languages it is written in, with their text, English first; none when even English is blank. */
    Map<Language, String> written() {
        Map<Language, String> written = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            String text = in(language);
            if (!text.isBlank()) {
                written.put(language, text);
            }
        }
        return written;
    }

    /** The text in a language, {@code ""} when not written there. */
    String in(Language language) {
        return switch (language) {
            case EN -> en;
            case ES -> es;
            case RU -> ru;
        };
    }
}
