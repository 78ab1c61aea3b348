package dev.scriptcast.script;

/** Keeps characters a speech engine can say; drops emoji, pictographs and control characters. */
final class Speakable {
    private Speakable() {}

    static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (isSpeakable(cp)) {
                out.appendCodePoint(cp);
            } else if (Character.isWhitespace(cp) || Character.isISOControl(cp)) {
                out.append(' ');
            }
        });
        return out.toString().replaceAll("[ \\t]+", " ");
    }

    static boolean hasWords(String text) {
        return text.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    private static boolean isSpeakable(int cp) {
        if (Character.isLetterOrDigit(cp) || cp == ' ' || cp == '°') {
            return true;
        }
        return switch (Character.getType(cp)) {
            case Character.OTHER_SYMBOL, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
                 Character.CONTROL, Character.FORMAT, Character.NON_SPACING_MARK, Character.ENCLOSING_MARK,
                 Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> false;
            default -> true;
        };
    }
}
