package dev.scriptcast.speech;

import dev.scriptcast.audio.PcmAudio;
import dev.scriptcast.base.InputException;
import dev.scriptcast.base.ThreadBudget;
import dev.scriptcast.script.Block;
import dev.scriptcast.script.Script;
import dev.scriptcast.timeline.Timed;
import dev.scriptcast.timeline.Timeline;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/**
 * Speaks a whole script: paragraphs normalised ({@link TextNormalizer}) and synthesised on a few threads, joined
 * in order with exact pauses. Word times are reported for the words as written in the script.
 */
public final class Narrator {
    private static final TextNormalizer NORMALIZER = new TextNormalizer();
    private final SpeechEngine engine;
    private final VoiceSettings voice;
    private final ThreadBudget threads;

    /** Paragraphs are spoken on at most {@code threads.threads()} threads, named speech-N. */
    public Narrator(SpeechEngine engine, VoiceSettings voice, ThreadBudget threads) {
        this.engine = engine;
        this.voice = voice;
        this.threads = threads;
    }

    /** {@code paragraphsDone} is told the count of finished paragraphs as they complete. */
    public Narration narrate(Script script, IntConsumer paragraphsDone) throws SpeechException, InterruptedException {
        List<Block.Paragraph> paragraphs = script.paragraphs();
        List<Narration> spoken;
        try {
            spoken = speakAll(paragraphs, paragraphsDone);
        } catch (UnspeakableText e) {
            throw new InputException(script.source() + ":" + e.line() + ": " + e.getMessage(), e);
        }
        int sampleRate = spoken.getFirst().audio().sampleRate();
        Joiner joiner = new Joiner(sampleRate);
        int next = 0;
        for (Block block : script.blocks()) {
            switch (block) {
                case Block.Paragraph p -> joiner.add(spoken.get(next++));
                case Block.Pause pause -> joiner.silence(pause.durationMs());
            }
        }
        return joiner.result();
    }

    private List<Narration> speakAll(List<Block.Paragraph> paragraphs, IntConsumer done)
            throws SpeechException, InterruptedException {
        try (ExecutorService pool = Executors.newFixedThreadPool(
                Math.min(threads.threads(), paragraphs.size()), threads.named("speech", false))) {
            List<Future<Narration>> futures = new ArrayList<>();
            int[] finished = {0};
            for (Block.Paragraph p : paragraphs) {
                futures.add(pool.submit(() -> {
                    SpokenText text = NORMALIZER.normalize(p.text());
                    Narration spoken = engine.speak(text.spoken(), p.line(), voice);
                    Narration n = new Narration(spoken.audio(), text.toWritten(spoken.words(), p.line()),
                            spoken.phonemes());
                    synchronized (finished) {
                        done.accept(++finished[0]);
                    }
                    return n;
                }));
            }
            List<Narration> out = new ArrayList<>();
            for (Future<Narration> f : futures) {
                out.add(f.get());
            }
            return out;
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
