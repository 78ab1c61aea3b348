package dev.scriptcast.speech.onnx;

import dev.scriptcast.speech.Phoneme;
import dev.scriptcast.speech.Word;
import dev.scriptcast.timeline.Timed;
import dev.scriptcast.timeline.Timeline;
import java.util.ArrayList;
import java.util.List;

/**
 * Phoneme and word times from a model's own durations: each symbol lasts as long as the samples of its ids, so
 * the last one ends where the audio ends. Code points are joined back into the phonemes the mouth passes know:
 * a stress mark marks the next phoneme, a length mark or a diphthong's second half extends the one before, and
 * the space between words belongs to the word before it.
 */
final class SpokenTimeline {
    private static final List<String> DIPHTHONGS = List.of("aɪ", "aʊ", "eɪ", "oʊ", "ɔɪ", "əʊ", "oɪ", "ɛə", "ɪə",
            "ʊə", "eə", "iə", "ɜɹ", "əɹ");
    private static final String MODIFIERS = "ːˑ\u0303\u0329\u032F";

    record Timings(Timeline<Phoneme> phonemes, Timeline<Word> words) {}

    private SpokenTimeline() {}

    /** {@code samplesPerId}: the model's duration of each id in output samples; {@code sampleRate}: the output's. */
    static Timings of(Utterance utterance, long[] samplesPerId, int sampleRate, int scriptLine) {
        if (samplesPerId.length != utterance.ids().length) {
            throw new IllegalArgumentException(samplesPerId.length + " durations for " + utterance.ids().length
                    + " ids");
        }
        List<long[]> spans = new ArrayList<>();
        int id = 0;
        long at = 0;
        for (Utterance.Symbol symbol : utterance.symbols()) {
            long start = at;
            for (int k = 0; k < symbol.ids(); k++) {
                at += samplesPerId[id++];
            }
            spans.add(new long[] {ms(start, sampleRate), ms(at, sampleRate)});
        }
        return new Timings(phonemes(utterance.symbols(), spans), words(utterance, spans, scriptLine));
    }

    private static Timeline<Phoneme> phonemes(List<Utterance.Symbol> symbols, List<long[]> spans) {
        List<Timed<Phoneme>> out = new ArrayList<>();
        boolean stressed = false;
        long pendingStart = -1;
        for (int i = 0; i < symbols.size(); i++) {
            String s = symbols.get(i).text();
            long start = pendingStart >= 0 ? pendingStart : spans.get(i)[0];
            long end = spans.get(i)[1];
            pendingStart = -1;
            Timed<Phoneme> last = out.isEmpty() ? null : out.getLast();
            if (s.equals("ˈ") || s.equals("ˌ")) {
                stressed = s.equals("ˈ");
                pendingStart = start;
            } else if (last != null && (s.equals(" ") || MODIFIERS.contains(s)
                    || DIPHTHONGS.contains(last.value().symbol() + s)
                    || (silence(s) && last.value().isSilence()))) {
                String joined = s.equals(" ") || silence(s) ? last.value().symbol() : last.value().symbol() + s;
                out.set(out.size() - 1, new Timed<>(last.startMs(), end,
                        new Phoneme(joined, Phoneme.Alphabet.IPA, last.value().stressed())));
            } else {
                boolean pause = silence(s) || s.equals(" ");
                out.add(new Timed<>(start, end, new Phoneme(pause ? "_" : s, Phoneme.Alphabet.IPA, stressed && !pause)));
                stressed = false;
            }
        }
        return new Timeline<>(out);
    }

    private static boolean silence(String symbol) {
        return symbol.equals("_") || !symbol.codePoints().allMatch(Character::isLetter);
    }

    /** A group's words share its time in proportion to their letters. */
    private static Timeline<Word> words(Utterance utterance, List<long[]> spans, int scriptLine) {
        int groups = utterance.groups().size();
        long[] starts = new long[groups];
        long[] ends = new long[groups];
        java.util.Arrays.fill(starts, -1);
        for (int i = 0; i < spans.size(); i++) {
            int g = utterance.symbols().get(i).group();
            if (g >= 0) {
                starts[g] = starts[g] < 0 ? spans.get(i)[0] : starts[g];
                ends[g] = spans.get(i)[1];
            }
        }
        List<Timed<Word>> out = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            if (starts[g] < 0) {
                continue;
            }
            List<String> words = utterance.groups().get(g);
            double letters = words.stream().mapToLong(SpokenTimeline::letters).sum();
            double at = starts[g];
            for (String word : words) {
                double share = (ends[g] - starts[g]) * letters(word) / Math.max(1, letters);
                out.add(new Timed<>(Math.round(at), Math.round(at + share), new Word(word, scriptLine)));
                at += share;
            }
        }
        return new Timeline<>(out);
    }

    private static long letters(String word) {
        return word.codePoints().filter(Character::isLetterOrDigit).count();
    }

    private static long ms(long samples, int sampleRate) {
        return Math.round(samples * 1000.0 / sampleRate);
    }
}
