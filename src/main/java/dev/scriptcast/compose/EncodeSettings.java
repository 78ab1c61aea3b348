package dev.scriptcast.compose;

/**
 * How to encode the video: {@code encoder} is "auto" or an FFmpeg encoder name, {@code preset} uses x264's
 * names (mapped for other encoders), {@code bitrate} (e.g. "4M") selects constant bitrate instead of CRF.
 * {@code threads} is the encoder's own thread count, 0 for its default (as many as the machine has cores).
 */
public record EncodeSettings(String encoder, String preset, int crf, String bitrate, int threads) {
    public EncodeSettings {
        encoder = encoder == null || encoder.isBlank() ? "auto" : encoder.strip();
        preset = preset == null || preset.isBlank() ? "veryfast" : preset.strip();
    }

    public EncodeSettings(String encoder, String preset, int crf, String bitrate) {
        this(encoder, preset, crf, bitrate, 0);
    }

    /** The same settings for the encoder {@code name}. */
    public EncodeSettings withEncoder(String name) {
        return new EncodeSettings(name, preset, crf, bitrate, threads);
    }

    /** The same settings with the encoder limited to {@code count} threads. */
    public EncodeSettings withThreads(int count) {
        return new EncodeSettings(encoder, preset, crf, bitrate, count);
    }

    public static EncodeSettings defaults() {
        return new EncodeSettings("auto", "veryfast", 23, null);
    }
}
