package org.dataregistry.ocds.flatten;

/** Text that an XLSX (XML) cell can hold. */
final class XmlText {

    private XmlText() {}

    /**
     * Replaces the control characters that XML 1.0 forbids (flatterer's
     * {@code [\x00-\x08\x0B\x0C\x0E-\x1F]}), and characters that are not characters (unpaired
     * surrogates, U+FFFE, U+FFFF), with {@code replacement}.
     */
    static String replaceControlCharacters(String text, String replacement) {
        StringBuilder clean = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean invalid;
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (clean != null) {
                    clean.append(c).append(text.charAt(i + 1));
                }
                i++;
                continue;
            }
            invalid = c < 0x20 && c != '\t' && c != '\n' && c != '\r'
                    || Character.isSurrogate(c)
                    || c == '\uFFFE'
                    || c == '\uFFFF';
            if (invalid && clean == null) {
                clean = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (clean != null) {
                if (invalid) {
                    clean.append(replacement);
                } else {
                    clean.append(c);
                }
            }
        }
        return clean == null ? text : clean.toString();
    }
}
