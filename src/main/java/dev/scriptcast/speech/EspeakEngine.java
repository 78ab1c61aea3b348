package dev.scriptcast.speech;

import dev.scriptcast.audio.PcmAudio;
import dev.scriptcast.base.InputException;
import dev.scriptcast.timeline.Timed;
import dev.scriptcast.timeline.Timeline;
import java.lang.foreign.Arena;
import java.lang.foreign.SymbolLookup;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** eSpeak NG (22.05 kHz): fast and robotic; its WORD and PHONEME (IPA) events are the timeline. */
public final class EspeakEngine implements SpeechEngine {
    public static final String NAME = "espeak";
    public static final String DEFAULT_VOICE = "en-us";
    private static final int NORMAL_RATE_WPM = 175;

    /** Empty when libespeak-ng can be used; otherwise why not, in words a user can act on. */
    public static Optional<String> availability() {
        Optional<String> missing = missingLibrary(EspeakLibrary.LIBRARY);
        if (missing.isPresent()) {
            return missing;
        }
        try {
            EspeakLibrary.get();
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of(e.getMessage() + " — reinstall the Debian package espeak-ng");
        }
    }

    /** The engine, or an error saying what to install when eSpeak NG cannot run here. */
    public static EspeakEngine create() {
        availability().ifPresent(reason -> {
            throw new InputException("speech.engine espeak: " + reason);
        });
        return new EspeakEngine();
    }

    static Optional<String> missingLibrary(String library) {
        try (Arena arena = Arena.ofConfined()) {
            SymbolLookup.libraryLookup(library, arena);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(library + " not found — install the Debian package espeak-ng");
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String defaultVoice() {
        return DEFAULT_VOICE;
    }

    /** English voices, as eSpeak language names ("en-us", "en-gb", …). */
    @Override
    public List<String> voices() {
        return EspeakLibrary.get().voices("en");
    }

    @Override
    public Narration speak(String text, int scriptLine, VoiceSettings voice) throws SpeechException {
        EspeakLibrary library = EspeakLibrary.get();
        EspeakLibrary.Synthesis synthesis = library.synthesize(text, voice.voice(),
                clamp(NORMAL_RATE_WPM * voice.rate(), 80, 450), clamp(50 * voice.pitch(), 0, 100),
                clamp(100 * voice.volume(), 0, 200));
        return narration(synthesis, text, scriptLine, library.sampleRate());
    }

    private static int clamp(double value, int min, int max) {
        return (int) Math.round(Math.max(min, Math.min(max, value)));
    }

    static Narration narration(EspeakLibrary.Synthesis synthesis, String text, int scriptLine, int sampleRate) {
        short[] pcm = synthesis.samples();
        float[] samples = new float[pcm.length];
        for (int i = 0; i < pcm.length; i++) {
            samples[i] = pcm[i] / 32768f;
        }
        long durationMs = pcm.length * 1000L / sampleRate;
        return new Narration(new PcmAudio(samples, sampleRate),
                words(synthesis.events(), text, scriptLine, durationMs),
                phonemes(synthesis.events(), synthesis.transcription(), durationMs));
    }

    /**
     * Each phoneme lasts until the next one starts; unnamed phonemes and the lead-in are silence. Stress comes
     * from the transcription, matched to the events in order (a few names of slack where they differ).
     */
    static Timeline<Phoneme> phonemes(List<EspeakLibrary.Event> events, List<String> transcription, long durationMs) {
        int next = 0;
        List<Boolean> stress = new ArrayList<>();
        List<Long> starts = new ArrayList<>();
        List<String> symbols = new ArrayList<>();
        for (EspeakLibrary.Event event : events) {
            if (event.type() != EspeakLibrary.Event.PHONEME) {
                continue;
            }
            long startMs = Math.min(durationMs, Math.max(event.audioMs(), starts.isEmpty() ? 0 : starts.getLast()));
            String symbol = event.phoneme().isBlank() ? "_" : event.phoneme();
            if (starts.isEmpty() && startMs > 0) {
                starts.add(0L);
                symbols.add("_");
                stress.add(false);
            }
            if (!symbols.isEmpty() && symbol.equals("_") && symbols.getLast().equals("_")) {
                continue;
            }
            starts.add(startMs);
            symbols.add(symbol);
            boolean stressed = false;
            if (!symbol.equals("_")) {
                for (int look = next; look < Math.min(transcription.size(), next + 3); look++) {
                    if (transcription.get(look).replace("ˈ", "").equals(symbol)) {
                        stressed = transcription.get(look).startsWith("ˈ");
                        next = look + 1;
                        break;
                    }
                }
            }
            stress.add(stressed);
        }
        List<Timed<Phoneme>> timed = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            long endMs = i + 1 < starts.size() ? starts.get(i + 1) : durationMs;
            timed.add(new Timed<>(starts.get(i), endMs, new Phoneme(symbols.get(i), Phoneme.Alphabet.IPA, stress.get(i))));
        }
        return new Timeline<>(timed);
    }

    /**
     * A word runs from its first phoneme to the next word, pause or the end; eSpeak's text positions (1-based
     * code points) pick the whitespace-separated token of {@code text} it belongs to. Several events in one
     * token ("twenty-one") make one word; tokens eSpeak speaks without an event of their own (the "a" in
     * "at a glance") share the following word's time in proportion to their letters.
     */
    static Timeline<Word> words(List<EspeakLibrary.Event> events, String text, int scriptLine, long durationMs) {
        List<int[]> tokens = tokens(text);
        List<long[]> spans = new ArrayList<>();
        int firstToken = -1;
        int lastToken = -1;
        long startMs = -1;
        long eventMs = 0;
        for (EspeakLibrary.Event event : events) {
            long atMs = Math.min(durationMs, event.audioMs());
            boolean word = event.type() == EspeakLibrary.Event.WORD && event.length() > 0;
            boolean pause = event.type() == EspeakLibrary.Event.PHONEME && event.phoneme().isBlank();
            if (word || pause) {
                close(spans, firstToken, lastToken, startMs < 0 ? eventMs : startMs, atMs);
                lastToken = word ? tokenAt(tokens, text, event.textPosition() - 1) : -1;
                int spoken = spans.isEmpty() ? -1 : (int) spans.getLast()[1];
                firstToken = lastToken <= spoken ? lastToken : spoken + 1;
                startMs = -1;
                eventMs = atMs;
            } else if (event.type() == EspeakLibrary.Event.PHONEME && startMs < 0) {
                startMs = atMs;
            }
        }
        close(spans, firstToken, lastToken, startMs < 0 ? eventMs : startMs, durationMs);
        List<Timed<Word>> words = new ArrayList<>();
        for (long[] span : spans) {
            split(words, tokens, text, (int) span[0], (int) span[1], span[2], span[3], scriptLine);
        }
        return new Timeline<>(words);
    }

    /** Adds {firstToken, lastToken, startMs, endMs}, extending the last span when it ends on the same token. */
    private static void close(List<long[]> spans, int firstToken, int lastToken, long startMs, long endMs) {
        if (lastToken < 0) {
            return;
        }
        if (!spans.isEmpty() && lastToken <= spans.getLast()[1]) {
            spans.getLast()[3] = Math.max(spans.getLast()[3], endMs);
            return;
        }
        long safeStart = Math.max(startMs, spans.isEmpty() ? 0 : spans.getLast()[2]);
        spans.add(new long[] {firstToken, lastToken, safeStart, Math.max(safeStart, endMs)});
    }

    private static void split(List<Timed<Word>> words, List<int[]> tokens, String text, int first, int last,
                              long startMs, long endMs, int scriptLine) {
        List<String> spoken = new ArrayList<>();
        for (int t = first; t <= last; t++) {
            String token = text.substring(tokens.get(t)[0], tokens.get(t)[1]);
            if (token.codePoints().anyMatch(Character::isLetterOrDigit)) {
                spoken.add(token);
            }
        }
        double letters = spoken.stream().mapToLong(w -> w.codePoints().filter(Character::isLetterOrDigit).count()).sum();
        double at = startMs;
        for (String token : spoken) {
            double share = (endMs - startMs) * token.codePoints().filter(Character::isLetterOrDigit).count() / letters;
            words.add(new Timed<>(Math.round(at), Math.round(at + share), new Word(token, scriptLine)));
            at += share;
        }
    }

    /** [start, end) char indices of the whitespace-separated tokens. */
    private static List<int[]> tokens(String text) {
        List<int[]> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                tokens.add(new int[] {start, i});
            }
        }
        return tokens;
    }

    /** The token holding code point {@code codePointIndex}, or the first one after it. */
    private static int tokenAt(List<int[]> tokens, String text, int codePointIndex) {
        int charIndex = text.offsetByCodePoints(0, Math.clamp(codePointIndex, 0, text.codePointCount(0, text.length())));
        for (int t = 0; t < tokens.size(); t++) {
            if (charIndex < tokens.get(t)[1]) {
                return t;
            }
        }
        return tokens.size() - 1;
    }
}
