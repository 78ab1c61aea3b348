package dev.scriptcast.speech;

/**
 * A phoneme in the alphabet its engine uses: MaryTTS en_US SAMPA (e.g. {@code "@U"}), eSpeak IPA
 * (e.g. {@code "oʊ"}); {@code "_"} is silence in both. {@code stressed} marks a stressed syllable's vowel.
 */
public record Phoneme(String symbol, Alphabet alphabet, boolean stressed) {
    public enum Alphabet { SAMPA, IPA }

    public boolean isSilence() {
        return symbol.equals("_");
    }
}
