package dev.scriptcast.telemetry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The run's facts in words and rounded, for report.md and report.html: sound, picture, presenter, and the layout
 * as one rectangle per layer.
 */
final class FactsText {
    /** A titled list of sentences; a section without any is left out. */
    record Section(String title, List<String> lines) {}

    private FactsText() {
    }

    static List<Section> sections(Facts f) {
        if (f == null) {
            return List.of();
        }
        List<Section> out = new ArrayList<>();
        add(out, "Sound", sound(f.audio()), speech(f.speechCache()), voiceModel(f.voiceModel()));
        add(out, "Picture", picture(f.video()), encoder(f.encoder()), background(f.background()),
                composition(f.composition()));
        add(out, "Presenter", presenter(f.avatar(), f.video()), lipSync(f.lipSync()));
        if (f.segments() != null) {
            add(out, "Segments", segments(f.segments()));
        }
        if (f.notices() != null) {
            add(out, "Notices", f.notices().messages().toArray(String[]::new));
        }
        return out;
    }

    /** Layer name → where it was placed, in output pixels; the avatar has exactly one rectangle. */
    static Map<String, LayoutRect> layout(Facts f) {
        Map<String, LayoutRect> rects = new LinkedHashMap<>();
        if (f == null) {
            return rects;
        }
        if (f.avatar() != null) {
            rects.put("avatar", f.avatar().box());
            rects.put("mouth", f.avatar().mouth());
        }
        if (f.layout() != null) {
            rects.put("captions", f.layout().captions());
            rects.put("visualizer", f.layout().visualizer());
        }
        rects.values().removeIf(r -> r == null);
        return rects;
    }

    private static String sound(Fact.Audio a) {
        if (a == null) {
            return null;
        }
        return fmt("Loudness %.1f LUFS integrated, true peak %.1f dBTP, %s at %d kHz %s", a.integratedLufs(),
                a.truePeakDbtp(), ReportMarkdown.seconds(a.durationMs()), Math.round(a.sampleRate() / 1000.0),
                a.channels() == 2 ? "stereo" : "mono")
                + (a.musicDuckDb() == 0 ? "" : fmt("; music ducked by %.1f dB under speech", Math.abs(a.musicDuckDb())))
                + (a.reused() ? "; the encoded soundtrack reused from the cache" : "");
    }

    private static String speech(Fact.SpeechCache c) {
        return c == null ? null : fmt("Speech: %d %s synthesised in this run, %d taken from the speech cache",
                c.misses(), c.misses() == 1 ? "sentence" : "sentences", c.hits());
    }

    /** One line for the count, then one per segment. */
    private static String[] segments(Fact.Segments s) {
        List<String> lines = new ArrayList<>();
        lines.add(fmt("%d segments: %d reused from the cache, %d rendered in this run", s.segments().size(),
                s.reused(), s.segments().size() - s.reused()));
        for (Fact.SegmentRun r : s.segments()) {
            lines.add(fmt("Segment %d: %s to %s, %d frames, %s in %s", r.index() + 1,
                    ReportMarkdown.seconds(r.startMs()), ReportMarkdown.seconds(r.endMs()), r.frames(),
                    r.reused() ? "reused" : "rendered", ReportMarkdown.seconds(r.wallMs())));
        }
        return lines.toArray(String[]::new);
    }

    private static String picture(Fact.Video v) {
        return v == null ? null : fmt("%d × %d at %s fps, %d frames (%s), %s file", v.width(), v.height(),
                TimelineSvg.trim(v.fps()), v.frames(), ReportMarkdown.seconds(v.durationMs()), v.container());
    }

    private static String encoder(Fact.Encoder e) {
        if (e == null) {
            return null;
        }
        String asked = e.requested() == null || e.requested().equals(e.used()) ? "" : " (asked for " + e.requested() + ")";
        return "Encoder " + e.used() + asked + (e.reason() == null ? "" : ": " + e.reason());
    }

    private static String background(Fact.Background b) {
        if (b == null) {
            return null;
        }
        String from = b.source() == null || b.source().equals(b.kind()) ? "" : " " + b.source();
        String decoded = b.decoder() == null ? "" : ", decoded with " + b.decoder();
        return "Background: " + b.kind() + from + decoded + (b.reason() == null ? "" : " (" + b.reason() + ")");
    }

    private static String composition(Fact.Composition c) {
        if (c == null) {
            return null;
        }
        String bound = c.waitForFramesMs() * 2 < c.encodeMs() ? "the encoder set the pace"
                : "drawing set the pace";
        return fmt("Composition: %d drawing %s busy for %s in all; encoding took %s and waited %s for frames: %s",
                c.producers(), c.producers() == 1 ? "thread" : "threads", ReportMarkdown.seconds(c.composeMs()),
                ReportMarkdown.seconds(c.encodeMs()), ReportMarkdown.seconds(c.waitForFramesMs()), bound);
    }

    private static String presenter(Fact.Avatar a, Fact.Video video) {
        if (a == null) {
            return null;
        }
        if (a.visemes().isEmpty()) {
            return "The " + a.kind() + " presenter";
        }
        long endMs = video == null ? a.visemes().getLast().timeMs() : video.durationMs();
        long restMs = 0;
        for (int i = 0; i < a.visemes().size(); i++) {
            long until = i + 1 < a.visemes().size() ? a.visemes().get(i + 1).timeMs() : endMs;
            if (a.visemes().get(i).shape().equals("X")) {
                restMs += Math.max(0, until - a.visemes().get(i).timeMs());
            }
        }
        return fmt("The %s presenter changes mouth shape %d times; the mouth rests %d %% of the time "
                + "(the track is in metrics.json)", a.kind(), a.visemes().size(), endMs <= 0 ? 0 : 100 * restMs / endMs);
    }

    private static String voiceModel(Fact.VoiceModel v) {
        if (v == null) {
            return null;
        }
        String where = v.provider() == null ? "not loaded (every sentence came from the speech cache)"
                : "on " + v.provider() + (v.providerReason() == null ? "" : " (" + v.providerReason() + ")");
        return fmt("Voice model %s (%s) %s; word and phoneme times from %s; %d phonemes missing from its "
                + "vocabulary were left out", v.model(), v.engine(), where,
                v.timings().equals("model") ? "the model's durations" : v.timings(), v.skippedPhonemes());
    }

    private static String lipSync(Fact.LipSync l) {
        if (l == null) {
            return null;
        }
        String line = fmt("Lip-sync model %s on %s%s, batches of %d: %d frames at %s fps end to end, %s fps inside "
                + "the model", l.model(), l.provider(), l.providerReason() == null ? "" : " (" + l.providerReason() + ")",
                l.batchSize(), l.frames(), TimelineSvg.trim(l.framesPerSecond()), TimelineSvg.trim(l.modelFramesPerSecond()));
        Fact.LipSyncSteps s = l.steps();
        return s == null ? line : line + fmt(". Thread time: mel %s ms, face crops %s ms, model %s ms, unpacking %s ms, "
                + "paste-back %s ms; lip-sync waited %s ms for the composer, the composer %s ms for lip-sync",
                TimelineSvg.trim(s.melMs()), TimelineSvg.trim(s.cropMs()), TimelineSvg.trim(s.modelMs()),
                TimelineSvg.trim(s.unpackMs()), TimelineSvg.trim(s.pasteMs()), TimelineSvg.trim(s.producerWaitMs()),
                TimelineSvg.trim(s.composerWaitMs()));
    }

    private static void add(List<Section> out, String title, String... lines) {
        List<String> present = new ArrayList<>();
        for (String line : lines) {
            if (line != null) {
                present.add(line);
            }
        }
        if (!present.isEmpty()) {
            out.add(new Section(title, present));
        }
    }

    private static String fmt(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
