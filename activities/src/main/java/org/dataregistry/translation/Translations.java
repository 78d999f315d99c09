package org.dataregistry.translation;

import java.util.Objects;

/**
 * One text in every published language, stored as {@code <field>_en}, {@code <field>_es}, {@code <field>_ru}.
 * A language not written yet is the empty string; readers fall back to English.
 */
public class Translations {

    private String en = "";
    private String es = "";
    private String ru = "";

    public Translations() {}

    public Translations(String en, String es, String ru) {
        setEn(en);
        setEs(es);
        setRu(ru);
    }

    public static Translations english(String en) {
        return new Translations(en, "", "");
    }

    public String get(Language language) {
        return switch (language) {
            case EN -> en;
            case ES -> es;
            case RU -> ru;
        };
    }

    public void set(Language language, String value) {
        switch (language) {
            case EN -> setEn(value);
            case ES -> setEs(value);
            case RU -> setRu(value);
        }
    }

    public String getEn() {
        return en;
    }

    public void setEn(String en) {
        this.en = normalize(en);
    }

    public String getEs() {
        return es;
    }

    public void setEs(String es) {
        this.es = normalize(es);
    }

    public String getRu() {
        return ru;
    }

    public void setRu(String ru) {
        this.ru = normalize(ru);
    }

    public Translations copy() {
        return new Translations(en, es, ru);
    }

    private static String normalize(String value) {
        return value == null ? "" : value.strip();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Translations that && en.equals(that.en) && es.equals(that.es) && ru.equals(that.ru);
    }

    @Override
    public int hashCode() {
        return Objects.hash(en, es, ru);
    }

    @Override
    public String toString() {
        return "Translations[en=" + en + ", es=" + es + ", ru=" + ru + "]";
    }
}
