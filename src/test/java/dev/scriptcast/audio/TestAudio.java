package dev.scriptcast.audio;

import java.io.IOException;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.Random;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.javacv.FFmpegFrameRecorder;

/** Real audio files for mixer tests, encoded by FFmpeg. */
final class TestAudio {
    private TestAudio() {}

    static float[] tone(double hz, double seconds, int sampleRate, double amplitude) {
        float[] s = new float[(int) (seconds * sampleRate)];
        for (int i = 0; i < s.length; i++) {
            s[i] = (float) (amplitude * Math.sin(2 * Math.PI * hz * i / sampleRate));
        }
        return s;
    }

    /** Mixes as the pipeline does: the narration written at 48 kHz into a file in {@code dir}, mixed there. */
    static Mix mix(PcmAudio narration, AudioMixer.Settings settings, Path dir) throws IOException, InterruptedException {
        PcmFile file = Resampling.toFile(narration, PcmFile.create(dir, "narration", AudioMixer.SAMPLE_RATE, 1));
        return new AudioMixer().mix(file, settings, dir);
    }

    /** Speech-like mono sound: voiced syllables with breath noise, gaps between words and pauses between sentences. */
    static float[] speechLike(double seconds, int sampleRate) {
        Random random = new Random(42);
        float[] s = new float[(int) (seconds * sampleRate)];
        double phase = 0;
        for (int i = 0; i < s.length; ) {
            int syllable = (int) ((0.12 + 0.1 * random.nextDouble()) * sampleRate);
            double pitch = 110 + 60 * random.nextDouble();
            for (int k = 0; k < syllable && i < s.length; k++) {
                phase += 2 * Math.PI * pitch / sampleRate;
                double envelope = Math.pow(Math.sin(Math.PI * k / syllable), 2);
                s[i++] = (float) (envelope * (0.1 * Math.sin(phase) + 0.05 * Math.sin(3 * phase)
                        + 0.04 * random.nextGaussian()));
            }
            double gap = random.nextDouble() < 0.15 ? 0.5 : 0.04 * random.nextDouble();
            i += (int) (gap * sampleRate);
        }
        return s;
    }

    /** Writes mono samples as AAC in .m4a or 16-bit PCM in .wav, chosen by the file name. */
    static Path write(Path file, float[] samples, int sampleRate) throws Exception {
        boolean wav = file.toString().endsWith(".wav");
        try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(file.toFile(), 1)) {
            recorder.setFormat(wav ? "wav" : "mp4");
            recorder.setAudioCodec(wav ? avcodec.AV_CODEC_ID_PCM_S16LE : avcodec.AV_CODEC_ID_AAC);
            recorder.setSampleRate(sampleRate);
            recorder.setAudioBitrate(128_000);
            recorder.start();
            recorder.recordSamples(sampleRate, 1, FloatBuffer.wrap(samples));
            recorder.stop();
        }
        return file;
    }

    /** Writes left and right samples as a stereo 16-bit PCM .wav. */
    static Path writeStereo(Path file, float[] left, float[] right, int sampleRate) throws Exception {
        float[] interleaved = new float[left.length * 2];
        for (int i = 0; i < left.length; i++) {
            interleaved[2 * i] = left[i];
            interleaved[2 * i + 1] = right[i];
        }
        try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(file.toFile(), 2)) {
            recorder.setFormat("wav");
            recorder.setAudioCodec(avcodec.AV_CODEC_ID_PCM_S16LE);
            recorder.setSampleRate(sampleRate);
            recorder.start();
            recorder.recordSamples(sampleRate, 2, FloatBuffer.wrap(interleaved));
            recorder.stop();
        }
        return file;
    }

    /** One channel of interleaved audio, as mono. */
    static PcmAudio channel(PcmAudio audio, int channel) {
        float[] out = new float[audio.frames()];
        for (int i = 0; i < out.length; i++) {
            out[i] = audio.samples()[i * audio.channels() + channel];
        }
        return new PcmAudio(out, audio.sampleRate());
    }

    /** Amplitude (dB) of one frequency in [fromMs, toMs), by a Hann-windowed Goertzel filter. */
    static double toneDb(PcmAudio audio, double hz, long fromMs, long toMs) {
        int from = (int) (fromMs * audio.sampleRate() / 1000);
        int to = (int) Math.min(audio.samples().length, toMs * audio.sampleRate() / 1000);
        int n = to - from;
        double coefficient = 2 * Math.cos(2 * Math.PI * hz / audio.sampleRate());
        double s1 = 0;
        double s2 = 0;
        for (int i = 0; i < n; i++) {
            double window = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / (n - 1));
            double s0 = audio.samples()[from + i] * window + coefficient * s1 - s2;
            s2 = s1;
            s1 = s0;
        }
        double omega = 2 * Math.PI * hz / audio.sampleRate();
        double re = s1 - s2 * Math.cos(omega);
        double im = s2 * Math.sin(omega);
        double power = re * re + im * im;
        return 10 * Math.log10(power / ((double) n * n) + 1e-20);
    }
}
