package org.dataregistry.translation;

/** The languages the registry publishes in; English is the default and the fallback. */
public enum Language {
    EN("English"),
    ES("Español"),
    RU("Русский");

    private final String nativeName;

    Language(String nativeName) {
        this.nativeName = nativeName;
    }

    /** The language's name in itself, as shown in a language switcher. */
    public String nativeName() {
        return nativeName;
    }

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
