package dev.scriptcast.telemetry;

import java.util.List;

/**
 * A fact about a run that metrics.json keeps under {@code facts} and the report states in words. The pipeline
 * records each one with {@link Telemetry#fact}; a later fact of the same kind replaces the earlier one.
 */
public sealed interface Fact {
    /**
     * The mixed soundtrack: loudness, true peak, how far music was ducked under speech, and its length;
     * {@code reused} when it came from the cache (the same narration mixed with the same settings before).
     */
    record Audio(double integratedLufs, double truePeakDbtp, double musicDuckDb, int sampleRate, int channels,
                 long durationMs, boolean reused)
            implements Fact {}

    /** The encoded picture. */
    record Video(int width, int height, double fps, int frames, long durationMs, String container) implements Fact {}

    /** What is behind everything: {@code kind} gradient, colour, image or video; {@code decoder} only for a video. */
    record Background(String kind, String source, String decoder, String reason) implements Fact {}

    /** Where captions and the visualiser were placed; absent ones are null. */
    record Layout(LayoutRect captions, LayoutRect visualizer) implements Fact {}

    /** The video encoder asked for, the one that encoded, and why that one. */
    record Encoder(String requested, String used, String reason) implements Fact {}

    /**
     * Where video_composition spent its time: {@code composeMs} summed over the producer threads, {@code encodeMs}
     * handing frames to the encoder, {@code waitForFramesMs} the encoder stood idle waiting for a frame.
     */
    record Composition(int producers, long composeMs, long encodeMs, long waitForFramesMs) implements Fact {}

    /** The video's segments in order: each reused from the cache or rendered in this run, and its wall time. */
    record Segments(List<SegmentRun> segments) implements Fact {
        public Segments {
            segments = List.copyOf(segments);
        }

        public long reused() {
            return segments.stream().filter(SegmentRun::reused).count();
        }
    }

    /** One segment: where it sits in the video, how many frames, and whether it came from the cache. */
    record SegmentRun(int index, long startMs, long endMs, int frames, boolean reused, long wallMs) {}

    /** Sentences taken from the speech cache vs synthesised in this run. */
    record SpeechCache(int hits, int misses) implements Fact {}

    /**
     * The presenter: {@code kind} drawn, photo or neural; {@code box} the one rectangle it occupies in output
     * pixels; {@code mouth} the box covering the mouth (null for neural); {@code visemes} the mouth-shape track.
     */
    record Avatar(String kind, LayoutRect box, LayoutRect mouth, List<VisemeAt> visemes) implements Fact {
        public Avatar {
            visemes = List.copyOf(visemes);
        }
    }

    /** A mouth shape ({@code A}–{@code H} or {@code X}, rest) that holds from {@code timeMs} until the next one. */
    record VisemeAt(long timeMs, String shape) {}

    /** Neural lip-sync: model, where it ran and why, and how fast (end to end, and inside the model). */
    record LipSync(String model, String provider, String providerReason, int batchSize, int frames,
            double framesPerSecond, double modelFramesPerSecond, LipSyncSteps steps) implements Fact {}

    /** Thread time per lip-sync step in ms, summed over threads and segments, and each end's wait for the other. */
    record LipSyncSteps(double melMs, double cropMs, double modelMs, double unpackMs, double pasteMs,
            double producerWaitMs, double composerWaitMs) {}

    /**
     * A model voice (Piper, Kokoro): where it ran and why ({@code provider} null when every sentence came from
     * the speech cache), whether word and phoneme times came from the model or an eSpeak estimate, and how many
     * phonemes its vocabulary lacked (left out).
     */
    record VoiceModel(String engine, String model, String provider, String providerReason, String timings,
            int skippedPhonemes) implements Fact {}

    /** What the user was told while the run went on: a request changed (a size rounded, an encoder fallback), or
     * FFmpeg's errors while encoding; in the order they came. */
    record Notices(List<String> messages) implements Fact {
        public Notices {
            messages = List.copyOf(messages);
        }
    }
}
