package dev.scriptcast.compose;

/** The encoder asked for, the one that actually encoded, and why that one. */
public record EncoderChoice(String requested, String used, String reason) {
    public boolean fellBack() {
        return !requested.equals(used) && !"auto".equals(requested);
    }
}
