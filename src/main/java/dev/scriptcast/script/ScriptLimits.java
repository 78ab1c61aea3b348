package dev.scriptcast.script;

import dev.scriptcast.base.InputException;
import java.util.regex.Pattern;

/**
 * Bounds on what one render may be asked to say, checked before any speech is made: a typo like
 * {@code [pause 999999s]} or a script of thousands of tiny paragraphs would otherwise spend minutes in synthesis
 * and then run out of memory. Each refusal names the script line and the config key that sets the limit.
 */
public record ScriptLimits(long maxPauseMs, int maxParagraphs, long maxDurationS, double speechRate) {
    /** About 150 words a minute: the pace of both speech engines at rate 1.0. */
    static final double WORDS_PER_SECOND = 2.5;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    public void check(Script script) {
        String file = script.source().toString();
        int paragraphs = 0;
        long estimatedMs = 0;
        for (Block block : script.blocks()) {
            switch (block) {
                case Block.Pause pause -> {
                    if (pause.durationMs() > maxPauseMs) {
                        throw new InputException(file + ":" + pause.line() + ": a pause of " + seconds(pause.durationMs())
                                + " is longer than limits.max_pause_ms (" + maxPauseMs + " ms)");
                    }
                    estimatedMs += pause.durationMs();
                }
                case Block.Paragraph paragraph -> {
                    if (++paragraphs > maxParagraphs) {
                        throw new InputException(file + ":" + paragraph.line() + ": more than " + maxParagraphs
                                + " paragraphs, the limit set by limits.max_paragraphs");
                    }
                    estimatedMs += spokenMs(paragraph.text());
                }
            }
            if (estimatedMs > maxDurationS * 1000) {
                throw new InputException(file + ":" + block.line() + ": the narration would last over "
                        + seconds(maxDurationS * 1000) + " by this line, the limit set by limits.max_duration_s");
            }
        }
    }

    /** An estimate from the word count at the configured rate; numbers count as one word, so it errs short. */
    long spokenMs(String text) {
        long words = WORD.matcher(text).results().count();
        return Math.round(words / (WORDS_PER_SECOND * speechRate) * 1000);
    }

    private static String seconds(long ms) {
        return ms % 1000 == 0 ? ms / 1000 + " s" : String.format("%.1f s", ms / 1000.0);
    }
}
