package dev.scriptcast.speech.onnx;

import dev.scriptcast.speech.EspeakPhonemizer;
import dev.scriptcast.speech.SpeechException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One clause ready for a model: its written words, its phonetic words (one symbol per code point, as Piper and
 * Kokoro tokenise) and the punctuation that ends it, if any.
 */
record PhonemeClause(List<String> words, List<List<String>> phoneticWords, String terminator) {
    private static final String TERMINATORS = ".,;:!?";
    private static final Pattern CLAUSE_END = Pattern.compile("(?<=[.,;:!?])\\s+");

    /**
     * eSpeak's IPA for {@code espeakVoice}, or with {@code textAsPhonemes} the text's own characters. The text is
     * cut at clause punctuation first: eSpeak's transcription does not say where its clauses end.
     */
    static List<PhonemeClause> of(String text, String espeakVoice, boolean textAsPhonemes) throws SpeechException {
        List<PhonemeClause> out = new ArrayList<>();
        for (String piece : CLAUSE_END.split(text.strip())) {
            String ipa = textAsPhonemes ? piece.toLowerCase(java.util.Locale.ROOT).replaceAll("[.,;:!?]$", "")
                    : String.join(" ", EspeakPhonemizer.ipa(piece, espeakVoice).stream()
                            .map(EspeakPhonemizer.Clause::ipa).toList());
            PhonemeClause clause = of(piece, ipa);
            if (!clause.phoneticWords().isEmpty()) {
                out.add(clause);
            }
        }
        return out;
    }

    private static PhonemeClause of(String text, String phonemes) {
        List<String> words = new ArrayList<>();
        for (String token : text.strip().split("\\s+")) {
            if (token.codePoints().anyMatch(Character::isLetterOrDigit)) {
                words.add(token);
            }
        }
        List<List<String>> phonetic = new ArrayList<>();
        for (String word : Normalizer.normalize(phonemes, Normalizer.Form.NFD).strip().split("\\s+")) {
            if (!word.isEmpty()) {
                phonetic.add(word.codePoints().mapToObj(Character::toString).toList());
            }
        }
        String stripped = text.strip();
        String last = stripped.isEmpty() ? "" : stripped.substring(stripped.length() - 1);
        return new PhonemeClause(words, phonetic, TERMINATORS.contains(last) && !last.isEmpty() ? last : null);
    }

    /** The clause cut in two at a word boundary, for a model that takes fewer symbols. */
    List<PhonemeClause> halves() {
        int p = phoneticWords.size() / 2;
        int w = words.size() * p / Math.max(1, phoneticWords.size());
        return List.of(new PhonemeClause(words.subList(0, w), phoneticWords.subList(0, p), null),
                new PhonemeClause(words.subList(w, words.size()), phoneticWords.subList(p, phoneticWords.size()),
                        terminator));
    }

    /**
     * For each phonetic word, the range [first, last] of written words it speaks: one to one when the counts
     * agree, else shared out in order (eSpeak reads "2026" as three words and may join "at a" into one).
     */
    List<int[]> wordRanges() {
        int p = phoneticWords.size();
        int t = words.size();
        List<int[]> ranges = new ArrayList<>();
        for (int k = 0; k < p; k++) {
            if (t == 0) {
                ranges.add(null);
            } else if (p <= t) {
                ranges.add(new int[] {k * t / p, (k + 1) * t / p - 1});
            } else {
                ranges.add(new int[] {k * t / p, k * t / p});
            }
        }
        return ranges;
    }
}
