import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;

import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;

/**
 * The benchmark's two measuring steps, driven by bench/run.sh.
 * {@code baseline PRESET CRF OUT.mp4}: decodes a render's own output and encodes its frames again with the same
 * settings into a discarded sink, right after the render, and writes the seconds to OUT.baseline.
 * {@code table PRESET CRF NAME=OUT.mp4 ...}: prints one row per render from its metrics.json and baseline.
 */
public class Bench {
    static final String[] STAGES = {"script_parsing", "tts_generation", "video_composition", "audio_mixing",
            "muxing"};

    record Row(String name, String size, int frames, double videoS, double totalS, double[] stageS,
               double composeMsPerFrame, double encoderWaitS, double baselineS) {}

    public static void main(String[] args) throws Exception {
        String preset = args[1];
        int crf = Integer.parseInt(args[2]);
        if (args[0].equals("baseline")) {
            Path mp4 = Path.of(args[3]);
            Files.writeString(baselineFile(mp4), Double.toString(baseline(mp4, preset, crf)));
            return;
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 3; i < args.length; i++) {
            String name = args[i].substring(0, args[i].indexOf('='));
            Path mp4 = Path.of(args[i].substring(args[i].indexOf('=') + 1));
            rows.add(measure(name, mp4));
        }
        print(rows, preset, crf);
    }

    static Row measure(String name, Path mp4) throws Exception {
        Path report = Path.of(mp4.toString().replaceFirst("\\.mp4$", ".report"), "metrics.json");
        JsonNode m = new ObjectMapper().readTree(Files.readString(report));
        double[] stages = new double[STAGES.length];
        for (JsonNode s : m.get("stages")) {
            for (int k = 0; k < STAGES.length; k++) {
                if (STAGES[k].equals(s.get("name").asText())) {
                    stages[k] = s.get("wallMs").asDouble() / 1000;
                }
            }
        }
        JsonNode video = m.path("facts").path("video");
        JsonNode timing = m.path("facts").path("composition");
        int frames = video.get("frames").asInt();
        String size = video.get("width").asInt() + "x" + video.get("height").asInt();
        return new Row(name, size, frames, video.get("durationMs").asDouble() / 1000,
                m.get("wallMs").asDouble() / 1000, stages, timing.get("composeMs").asDouble() / frames,
                timing.get("waitForFramesMs").asDouble() / 1000,
                Double.parseDouble(Files.readString(baselineFile(mp4))));
    }

    static Path baselineFile(Path mp4) {
        return Path.of(mp4.toString().replaceFirst("\\.mp4$", ".baseline"));
    }

    /** Seconds to decode {@code mp4} and encode its frames again with libx264, output discarded. */
    static double baseline(Path mp4, String preset, int crf) throws Exception {
        long start = System.nanoTime();
        try (FFmpegFrameGrabber in = new FFmpegFrameGrabber(mp4.toFile())) {
            in.setPixelFormat(AV_PIX_FMT_YUV420P);
            in.start();
            try (FFmpegFrameRecorder out = new FFmpegFrameRecorder("/dev/null", in.getImageWidth(),
                    in.getImageHeight(), 0)) {
                out.setFormat("null");
                out.setVideoCodecName("libx264");
                out.setPixelFormat(AV_PIX_FMT_YUV420P);
                out.setFrameRate(in.getFrameRate());
                out.setVideoOption("preset", preset);
                out.setVideoOption("crf", Integer.toString(crf));
                out.start();
                for (Frame f; (f = in.grabImage()) != null; ) {
                    out.record(f, AV_PIX_FMT_YUV420P);
                }
                out.stop();
            }
            in.stop();
        }
        return (System.nanoTime() - start) / 1e9;
    }

    static void print(List<Row> rows, String preset, int crf) {
        System.out.printf("libx264 %s, CRF %d; times in seconds; RTF = total wall / video length; "
                + "ratio = render / baseline (re-encode of the run's own frames, measured right after it)%n%n", preset, crf);
        System.out.println("| run | size | frames | video | total wall | script | tts | composition | mix | muxing "
                + "| compose ms/frame | encoder waited | RTF | baseline | total/baseline | composition/baseline |");
        System.out.println("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (Row r : rows) {
            System.out.printf("| %s | %s | %d | %.1f | %.1f | %.2f | %.2f | %.1f | %.2f | %.2f | %.2f | %.1f | %.3f "
                            + "| %.1f | %.2f | %.2f |%n",
                    r.name(), r.size(), r.frames(), r.videoS(), r.totalS(), r.stageS()[0], r.stageS()[1],
                    r.stageS()[2], r.stageS()[3], r.stageS()[4], r.composeMsPerFrame(), r.encoderWaitS(),
                    r.totalS() / r.videoS(), r.baselineS(), r.totalS() / r.baselineS(),
                    r.stageS()[2] / r.baselineS());
        }
    }
}
