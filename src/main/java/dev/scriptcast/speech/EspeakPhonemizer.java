package dev.scriptcast.speech;

import java.util.List;
import java.util.Optional;

/** eSpeak NG's IPA transcription of text, for engines that take phonemes rather than text. */
public final class EspeakPhonemizer {
    /** A clause of the text and its IPA: words separated by spaces, stress and length marks included. */
    public record Clause(String text, String ipa) {}

    private EspeakPhonemizer() {}

    /** Empty when eSpeak NG can be used; otherwise why not, in words a user can act on. */
    public static Optional<String> availability() {
        return EspeakEngine.availability();
    }

    /** {@code text} in IPA for the eSpeak voice {@code voice} ("en-us"), clause by clause. */
    public static List<Clause> ipa(String text, String voice) throws SpeechException {
        return EspeakLibrary.get().phonemize(text, voice).stream()
                .map(c -> new Clause(c.text(), c.ipa())).toList();
    }
}
