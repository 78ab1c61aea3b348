package dev.scriptcast.compose;

/**
 * How to encode the video: {@code encoder} is "auto" or an FFmpeg encoder name, {@code preset} uses x264's
 * names (mapped for other encoders), {@code bitrate} (e.g. "4M") selects constant bitrate instead of CRF.
 */
public record EncodeSettings(String encoder, String preset, int crf, String bitrate) {
    public EncodeSettings {
        encoder = encoder == null || encoder.isBlank() ? "auto" : encoder.strip();
        preset = preset == null || preset.isBlank() ? "veryfast" : preset.strip();
    }

    public static EncodeSettings defaults() {
        return new EncodeSettings("auto", "veryfast", 23, null);
    }
}
