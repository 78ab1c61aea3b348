package dev.scriptcast.avatar.neural;

import dev.scriptcast.audio.PcmAudio;
import dev.scriptcast.audio.Resampling;
import org.jtransforms.fft.DoubleFFT_1D;

/**
 * The log-mel spectrogram Wav2Lip-style models were trained on: 16 kHz, pre-emphasis 0.97, STFT 800/200 with a
 * periodic Hann window and centred reflect padding (80 columns a second), 80 Slaney mels 55–7600 Hz with area
 * normalisation, then {@code clip(1.6·log10(max(1e-5, mel)) + 2.4, −4, 4)}.
 */
public final class MelSpectrogram {
    public static final int SAMPLE_RATE = 16_000;
    public static final int MELS = 80;
    /** Columns a model sees per video frame (200 ms). */
    public static final int CHUNK_COLUMNS = 16;
    public static final int COLUMNS_PER_SECOND = 80;
    static final int N_FFT = 800;
    static final int HOP = 200;
    private static final double PRE_EMPHASIS = 0.97;
    /** The value of a silent cell; pads chunks of audio shorter than one chunk. */
    static final float FLOOR = -4f;

    private static final double[][] BASIS = MelFilterBank.slaney(SAMPLE_RATE, N_FFT, MELS, 55, 7600);

    private final float[] values;
    private final int columns;

    private MelSpectrogram(float[] values, int columns) {
        this.values = values;
        this.columns = columns;
    }

    /** Computes the spectrogram of narration audio, resampling it to 16 kHz first when needed. */
    public static MelSpectrogram of(PcmAudio audio) {
        return of(Resampling.toRate(audio, SAMPLE_RATE).samples());
    }

    /** Computes the spectrogram of 16 kHz mono samples. */
    public static MelSpectrogram of(float[] samples16k) {
        double[] emphasised = preEmphasis(samples16k);
        double[] padded = reflectPad(emphasised, N_FFT / 2);
        int columns = 1 + samples16k.length / HOP;
        float[] out = new float[MELS * columns];
        double[] window = periodicHann(N_FFT);
        double[] frame = new double[N_FFT];
        double[] magnitude = new double[N_FFT / 2 + 1];
        DoubleFFT_1D fft = new DoubleFFT_1D(N_FFT);
        for (int t = 0; t < columns; t++) {
            for (int n = 0; n < N_FFT; n++) {
                frame[n] = padded[t * HOP + n] * window[n];
            }
            fft.realForward(frame);
            magnitude[0] = Math.abs(frame[0]);
            magnitude[N_FFT / 2] = Math.abs(frame[1]);
            for (int k = 1; k < N_FFT / 2; k++) {
                magnitude[k] = Math.hypot(frame[2 * k], frame[2 * k + 1]);
            }
            for (int m = 0; m < MELS; m++) {
                double[] weights = BASIS[m];
                double sum = 0;
                for (int k = 0; k < weights.length; k++) {
                    sum += weights[k] * magnitude[k];
                }
                out[m * columns + t] = normalise(sum);
            }
        }
        return new MelSpectrogram(out, columns);
    }

    static float normalise(double mel) {
        double v = 1.6 * Math.log10(Math.max(1e-5, mel)) + 2.4;
        return (float) Math.clamp(v, -4.0, 4.0);
    }

    public int columns() {
        return columns;
    }

    public float value(int mel, int column) {
        return values[mel * columns + column];
    }

    /** First column of video frame {@code frameIndex}'s chunk: int(i·80/fps), the last full chunk near the end. */
    public int chunkStart(int frameIndex, int fps) {
        int start = (int) ((long) frameIndex * COLUMNS_PER_SECOND / fps);
        return Math.max(0, Math.min(start, columns - CHUNK_COLUMNS));
    }

    /**
     * Writes the 80×16 chunk for a video frame into {@code dest} at {@code offset}, row-major (mel, column) as a
     * (1, 80, 16) tensor expects. Columns past the end of short audio read as silence.
     */
    public void copyChunk(int frameIndex, int fps, float[] dest, int offset) {
        int start = chunkStart(frameIndex, fps);
        for (int m = 0; m < MELS; m++) {
            int row = offset + m * CHUNK_COLUMNS;
            for (int c = 0; c < CHUNK_COLUMNS; c++) {
                int col = start + c;
                dest[row + c] = col < columns ? values[m * columns + col] : FLOOR;
            }
        }
    }

    private static double[] preEmphasis(float[] x) {
        double[] y = new double[x.length];
        for (int n = 0; n < x.length; n++) {
            y[n] = n == 0 ? x[0] : x[n] - PRE_EMPHASIS * x[n - 1];
        }
        return y;
    }

    /** numpy/librosa "reflect": mirror around the edge sample without repeating it. */
    private static double[] reflectPad(double[] y, int pad) {
        int n = y.length;
        double[] out = new double[n + 2 * pad];
        for (int i = 0; i < out.length; i++) {
            out[i] = y.length == 0 ? 0 : y[reflect(i - pad, n)];
        }
        return out;
    }

    private static int reflect(int i, int n) {
        if (n == 1) {
            return 0;
        }
        int period = 2 * (n - 1);
        int k = Math.floorMod(i, period);
        return k < n ? k : period - k;
    }

    private static double[] periodicHann(int n) {
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / n);
        }
        return w;
    }
}
