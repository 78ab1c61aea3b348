package dev.scriptcast.segment;

import dev.scriptcast.audio.PcmAudio;
import dev.scriptcast.audio.Resampling;
import dev.scriptcast.script.Block;
import dev.scriptcast.script.Script;
import dev.scriptcast.script.Sentence;
import dev.scriptcast.script.Sentences;
import dev.scriptcast.speech.Narration;
import dev.scriptcast.speech.Narrator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A script as a list of sentences, and the way its spoken sentences, paragraph ends and pauses feed a
 * {@link SegmentPlanner} in order. Speech arrives at the engine's rate and is resampled here, sentence by
 * sentence, so a sentence's sound never depends on its neighbours.
 */
public final class ScriptSentences {
    private final List<Sentence> sentences = new ArrayList<>();
    /** What to do after sentence i: how many pauses follow (ms), and whether it ends its paragraph. */
    private final List<After> after = new ArrayList<>();
    private final List<Long> leadingPausesMs = new ArrayList<>();

    private record After(boolean endsParagraph, List<Long> pausesMs) {}

    public ScriptSentences(Script script) {
        for (Block block : script.blocks()) {
            switch (block) {
                case Block.Paragraph p -> {
                    List<Sentence> split = Sentences.of(p);
                    for (int i = 0; i < split.size(); i++) {
                        sentences.add(split.get(i));
                        after.add(new After(i == split.size() - 1, new ArrayList<>()));
                    }
                }
                case Block.Pause pause -> (after.isEmpty() ? leadingPausesMs : after.getLast().pausesMs())
                        .add(pause.durationMs());
            }
        }
    }

    public List<Sentence> sentences() {
        return List.copyOf(sentences);
    }

    /** Pauses before the first sentence: to be fed before it. */
    public void start(SegmentPlanner planner) {
        leadingPausesMs.forEach(ms -> planner.pause(samples(ms)));
    }

    /** Feeds sentence {@code index} (spoken) and whatever follows it in the script to {@code planner}. */
    public void feed(int index, Narrator.Spoken spoken, SegmentPlanner planner)
            throws IOException, InterruptedException {
        After next = after.get(index);
        PcmAudio audio = Resampling.toRate(spoken.speech().audio(), Segment.SAMPLE_RATE);
        Narration speech = spoken.speech();
        planner.sentence(new Part.Speech(spoken.key(), audio.samples(), speech.words(), speech.phonemes(),
                        sentences.get(index).speaker()),
                next.endsParagraph() ? 0 : samples(Narrator.SENTENCE_GAP_MS));
        if (next.endsParagraph()) {
            planner.endParagraph();
        }
        next.pausesMs().forEach(ms -> planner.pause(samples(ms)));
        if (index == sentences.size() - 1) {
            planner.finish();
        }
    }

    private static long samples(long ms) {
        return ms * Segment.SAMPLE_RATE / 1000;
    }
}
