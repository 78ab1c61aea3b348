import dev.scriptcast.audio.AudioMixer;
import dev.scriptcast.audio.Mix;
import dev.scriptcast.audio.PcmAudio;
import dev.scriptcast.audio.PcmFile;
import dev.scriptcast.audio.Resampling;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * The audio_mixing stage on synthetic speech-like narration (22.05 kHz, syllables, word gaps and pauses):
 * <pre>
 * java -cp 'target/scriptcast.jar:target/lib/*' bench/MixBench.java table DIR
 *     loudness, true peak and duck depth: voice only, mono music (AAC), stereo music (WAV), at 2 s and 10 min
 * java -Xmx256m -cp 'target/scriptcast.jar:target/lib/*' bench/MixBench.java heap MINUTES DIR
 *     peak Java heap while mixing MINUTES of narration with stereo music
 * </pre>
 * Intermediate files go in DIR.
 */
public class MixBench {
    private static final int VOICE_RATE = 22_050;
    private static final int MUSIC_RATE = 44_100;

    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of(args[args.length - 1]));
        Path mono = music(dir.resolve("mono.m4a"), 1, 20);
        Path stereo = music(dir.resolve("stereo.wav"), 2, 15);
        if (args[0].equals("table")) {
            System.out.println("| length | music | integrated LUFS | true peak dBTP | duck dB | channels | frames |");
            System.out.println("|---|---|---:|---:|---:|---:|---:|");
            for (double seconds : new double[] {2, 600}) {
                PcmAudio voice = speech(seconds);
                for (Path music : new Path[] {null, mono, stereo}) {
                    Mix mix = mix(prepare(voice, dir), settings(music), dir);
                    System.out.printf(java.util.Locale.ROOT, "| %s | %s | %.3f | %.3f | %.3f | %d | %d |%n",
                            seconds < 60 ? (int) seconds + " s" : (int) (seconds / 60) + " min",
                            music == null ? "none" : music.getFileName(), mix.integratedLufs(), mix.truePeakDbtp(),
                            mix.musicDuckDb(), mix.audio().channels(), (long) mix.audio().frames());
                }
            }
        } else {
            int minutes = Integer.parseInt(args[1]);
            Object narration = prepare(speech(minutes * 60.0), dir);
            HeapWatch watch = new HeapWatch();
            long start = System.nanoTime();
            Mix mix = mix(narration, settings(stereo), dir);
            watch.stop();
            System.out.printf(java.util.Locale.ROOT, "%d min, stereo music: heap before %d MB, peak used %d MB,"
                            + " peak after GC %d MB (max heap %d MB); %.3f LUFS, %.3f dBTP, duck %.3f dB, %.0f s%n",
                    minutes, watch.before >> 20, watch.peak.get() >> 20, watch.peakAfterGc.get() >> 20,
                    Runtime.getRuntime().maxMemory() >> 20, mix.integratedLufs(), mix.truePeakDbtp(),
                    mix.musicDuckDb(), (System.nanoTime() - start) / 1e9);
        }
    }

    private static AudioMixer.Settings settings(Path music) {
        return new AudioMixer.Settings(music, -18, -16, -1);
    }

    /** The narration as the mixer takes it; the array is dropped here, as a segmented render never holds it. */
    private static Object prepare(PcmAudio voice, Path dir) throws Exception {
        PcmFile file = new PcmFile(Files.createTempFile(dir, "narration", ".f32"), AudioMixer.SAMPLE_RATE, 1);
        return Resampling.toFile(voice, file);
    }

    private static Mix mix(Object narration, AudioMixer.Settings settings, Path dir) throws Exception {
        return new AudioMixer().mix((PcmFile) narration, settings, dir);
    }

    /** Syllables on a wandering pitch with breath noise, words, sentences and paragraph pauses. */
    static PcmAudio speech(double seconds) {
        Random r = new Random(42);
        float[] s = new float[(int) (seconds * VOICE_RATE)];
        int i = 0;
        double phase = 0;
        for (int sentence = 0; i < s.length; sentence++) {
            double amp = 0.15 + 0.2 * r.nextDouble();
            int words = 4 + r.nextInt(7);
            for (int w = 0; w < words && i < s.length; w++) {
                int syllables = 1 + r.nextInt(3);
                for (int y = 0; y < syllables && i < s.length; y++) {
                    int len = (int) ((0.12 + 0.1 * r.nextDouble()) * VOICE_RATE);
                    double pitch = 110 + 60 * r.nextDouble();
                    for (int k = 0; k < len && i < s.length; k++) {
                        double env = Math.pow(Math.sin(Math.PI * k / len), 2);
                        phase += 2 * Math.PI * pitch / VOICE_RATE;
                        double voiced = Math.sin(phase) + 0.5 * Math.sin(2 * phase) + 0.3 * Math.sin(3 * phase)
                                + 0.2 * Math.sin(5 * phase);
                        s[i++] = (float) (amp * env * (0.3 * voiced + 0.15 * r.nextGaussian()));
                    }
                }
                i += (int) ((0.06 + 0.06 * r.nextDouble()) * VOICE_RATE);
            }
            i += (int) ((sentence % 5 == 4 ? 2.0 : 0.4 + 0.4 * r.nextDouble()) * VOICE_RATE);
        }
        return new PcmAudio(s, VOICE_RATE);
    }

    /** A slowly swelling chord with some noise; in stereo the channels differ. */
    static Path music(Path file, int channels, double seconds) throws Exception {
        Random r = new Random(7);
        int frames = (int) (seconds * MUSIC_RATE);
        float[] s = new float[frames * channels];
        double[] chord = {110, 138.6, 164.8, 220};
        for (int f = 0; f < frames; f++) {
            double t = f / (double) MUSIC_RATE;
            for (int c = 0; c < channels; c++) {
                double v = 0;
                for (int n = 0; n < chord.length; n++) {
                    v += Math.sin(2 * Math.PI * chord[n] * (1 + 0.003 * c) * t + n + c) / chord.length;
                }
                double swell = 0.6 + 0.4 * Math.sin(2 * Math.PI * 0.5 * t + c);
                s[f * channels + c] = (float) (0.4 * swell * v + 0.02 * r.nextGaussian());
            }
        }
        boolean wav = file.toString().endsWith(".wav");
        try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(file.toFile(), channels)) {
            recorder.setFormat(wav ? "wav" : "mp4");
            recorder.setAudioCodec(wav ? avcodec.AV_CODEC_ID_PCM_S16LE : avcodec.AV_CODEC_ID_AAC);
            recorder.setSampleRate(MUSIC_RATE);
            recorder.setAudioBitrate(160_000);
            recorder.start();
            recorder.recordSamples(MUSIC_RATE, channels, FloatBuffer.wrap(s));
            recorder.stop();
        }
        return file;
    }

    /** Heap in use, polled every 2 ms, and after every collection (the live data then). */
    private static final class HeapWatch {
        final AtomicLong peak = new AtomicLong();
        final AtomicLong peakAfterGc = new AtomicLong();
        final long before;
        private volatile boolean running = true;
        private final Thread poller;

        HeapWatch() {
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            System.gc();
            before = memory.getHeapMemoryUsage().getUsed();
            peakAfterGc.set(before);
            for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                ((NotificationEmitter) gc).addNotificationListener((n, h) -> {
                    if (n.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                        var info = GarbageCollectionNotificationInfo.from(
                                (javax.management.openmbean.CompositeData) n.getUserData());
                        long used = info.getGcInfo().getMemoryUsageAfterGc().values().stream()
                                .mapToLong(u -> u.getUsed()).sum();
                        peakAfterGc.accumulateAndGet(used, Math::max);
                    }
                }, null, null);
            }
            poller = Thread.ofPlatform().daemon().start(() -> {
                while (running) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(2);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
        }

        void stop() throws InterruptedException {
            running = false;
            poller.join();
        }
    }
}
