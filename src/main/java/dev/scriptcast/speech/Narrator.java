package dev.scriptcast.speech;

import dev.scriptcast.audio.PcmAudio;
import dev.scriptcast.base.InputException;
import dev.scriptcast.base.ThreadBudget;
import dev.scriptcast.script.Block;
import dev.scriptcast.script.Script;
import dev.scriptcast.script.Sentence;
import dev.scriptcast.script.Sentences;
import dev.scriptcast.timeline.Timed;
import dev.scriptcast.timeline.Timeline;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/**
 * Speaks sentences: each normalised ({@link TextNormalizer}) and synthesised on its own, several at once, and
 * handed on in script order. Only a few sentences ahead of the one being handed on are kept, so memory does not
 * grow with the script. Word times are reported for the words as written in the script.
 */
public final class Narrator {
    /** Silence between two sentences of a paragraph, which each engine ends without. */
    public static final long SENTENCE_GAP_MS = 250;
    private static final TextNormalizer NORMALIZER = new TextNormalizer();
    private final Voices voices;
    private final ThreadBudget threads;

    /** One sentence spoken: {@code key} names the speech ({@link SpeechKey}), times are from its start. */
    public record Spoken(String key, Narration speech) {}

    /** Receives each spoken sentence, in order; an exception it throws ends the speaking. */
    public interface Listener {
        void spoken(int index, Spoken sentence) throws IOException, InterruptedException;
    }

    /** Sentences are spoken on at most {@code threads.threads()} threads, named speech-N. */
    public Narrator(SpeechEngine engine, VoiceSettings voice, ThreadBudget threads) {
        this(Voices.single(engine, voice), threads);
    }

    /** Each sentence is spoken with its speaker's voice ({@link Sentence#speaker()}). */
    public Narrator(Voices voices, ThreadBudget threads) {
        this.voices = voices;
        this.threads = threads;
    }

    /** Speaks {@code sentences} of the script {@code source}; bad input names the script line. */
    public void speak(Path source, List<Sentence> sentences, Listener listener)
            throws SpeechException, InterruptedException, IOException {
        if (sentences.isEmpty()) {
            return;
        }
        int ahead = threads.threads() * 2 + 1;
        List<Future<Spoken>> futures = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads.threads(), sentences.size()),
                threads.named("speech", false))) {
            try {
                for (int i = 0; i < Math.min(ahead, sentences.size()); i++) {
                    Sentence s = sentences.get(i);
                    futures.add(pool.submit(() -> speakOne(s)));
                }
                for (int i = 0; i < sentences.size(); i++) {
                    Spoken spoken = await(futures.get(i));
                    futures.set(i, null);
                    if (i + ahead < sentences.size()) {
                        Sentence next = sentences.get(i + ahead);
                        futures.add(pool.submit(() -> speakOne(next)));
                    }
                    listener.spoken(i, spoken);
                }
            } finally {
                // A failure, or a listener that throws to stop early, leaves the sentences not yet begun unspoken.
                futures.stream().filter(Objects::nonNull).forEach(f -> f.cancel(false));
            }
        } catch (UnspeakableText e) {
            throw new InputException(source + ":" + e.line() + ": " + e.getMessage(), e);
        }
    }

    /** The whole script spoken into memory, for short scripts: sentences and pauses joined with exact gaps. */
    public Narration narrate(Script script, IntConsumer sentencesDone)
            throws SpeechException, InterruptedException {
        List<Sentence> sentences = new ArrayList<>();
        List<Integer> paragraphEnds = new ArrayList<>();
        for (Block.Paragraph p : script.paragraphs()) {
            sentences.addAll(Sentences.of(p));
            paragraphEnds.add(sentences.size());
        }
        List<Narration> spoken = new ArrayList<>();
        try {
            speak(script.source(), sentences, (i, s) -> {
                spoken.add(s.speech());
                sentencesDone.accept(i + 1);
            });
        } catch (IOException e) {
            throw new SpeechException(e.toString(), e);
        }
        Joiner joiner = new Joiner(spoken.getFirst().audio().sampleRate());
        int next = 0;
        int paragraph = 0;
        for (Block block : script.blocks()) {
            switch (block) {
                case Block.Paragraph p -> {
                    int end = paragraphEnds.get(paragraph++);
                    for (; next < end; next++) {
                        joiner.add(spoken.get(next));
                        if (next + 1 < end) {
                            joiner.silence(SENTENCE_GAP_MS);
                        }
                    }
                }
                case Block.Pause pause -> joiner.silence(pause.durationMs());
            }
        }
        return joiner.result();
    }

    private Spoken speakOne(Sentence sentence) throws SpeechException {
        SpokenText text = NORMALIZER.normalize(sentence.text());
        Voices.Voice voice = voices.of(sentence.speaker());
        Narration spoken = voice.engine().speak(text.spoken(), sentence.line(), voice.settings());
        Timeline<Word> words = text.toWritten(spoken.words(), sentence.line());
        if (sentence.speaker() != null) {
            words = words.map(w -> new Word(w.text(), w.scriptLine(), sentence.speaker()));
        }
        return new Spoken(SpeechKey.of(voice.engine().identity(), voice.settings(), text.spoken()),
                new Narration(spoken.audio(), words, spoken.phonemes()));
    }

    private static Spoken await(Future<Spoken> future) throws SpeechException, InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SpeechException se) {
                throw se;
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new SpeechException(e.getCause().toString(), e.getCause());
        }
    }

    /** Concatenates audio and shifts each piece's timelines by the audio already written. */
    private static final class Joiner {
        private final int sampleRate;
        private final List<float[]> chunks = new ArrayList<>();
        private final List<Timed<Word>> words = new ArrayList<>();
        private final List<Timed<Phoneme>> phonemes = new ArrayList<>();
        private long samples;
        private Phoneme.Alphabet alphabet = Phoneme.Alphabet.SAMPA;

        Joiner(int sampleRate) {
            this.sampleRate = sampleRate;
        }

        void add(Narration n) {
            if (n.audio().sampleRate() != sampleRate) {
                throw new IllegalStateException("engine changed sample rate mid-script");
            }
            long offsetMs = samples * 1000 / sampleRate;
            n.words().items().forEach(w -> words.add(w.shiftedBy(offsetMs)));
            n.phonemes().items().forEach(p -> phonemes.add(p.shiftedBy(offsetMs)));
            if (!n.phonemes().isEmpty()) {
                alphabet = n.phonemes().get(0).value().alphabet();
            }
            chunks.add(n.audio().samples());
            samples += n.audio().samples().length;
        }

        void silence(long durationMs) {
            long startMs = samples * 1000 / sampleRate;
            int count = (int) (durationMs * sampleRate / 1000);
            chunks.add(new float[count]);
            samples += count;
            phonemes.add(new Timed<>(startMs, startMs + durationMs, new Phoneme("_", alphabet, false)));
        }

        Narration result() {
            float[] all = new float[Math.toIntExact(samples)];
            int pos = 0;
            for (float[] c : chunks) {
                System.arraycopy(c, 0, all, pos, c.length);
                pos += c.length;
            }
            return new Narration(new PcmAudio(all, sampleRate), new Timeline<>(words), new Timeline<>(phonemes));
        }
    }
}
