package dev.scriptcast.avatar.presenter;

import dev.scriptcast.base.InputException;
import java.awt.Color;
import java.util.List;

/** The colours and hair style of a built-in presenter. */
public record Look(String name, Hair hair, boolean glasses, Color skin, Color skinShade, Color hairColor,
        Color browColor, Color iris, Color lips, Color shirt, Color accent) {

    public enum Hair { LONG, SHORT, CURLY }

    public static final List<Look> ALL = List.of(
            new Look("aurora", Hair.LONG, false, rgb(0xF1C7A5), rgb(0xD59A78), rgb(0x8E3B1F), rgb(0x6B2C16),
                    rgb(0x3E7A4F), rgb(0xC4565A), rgb(0x1F8A8A), rgb(0xF4E9D8)),
            new Look("sage", Hair.SHORT, true, rgb(0xC98E62), rgb(0xA66A42), rgb(0x4E4946), rgb(0x3A3532),
                    rgb(0x4A3222), rgb(0xA0524A), rgb(0x5B7B5A), rgb(0xE8E2D0)),
            new Look("nova", Hair.CURLY, false, rgb(0x8A5A3C), rgb(0x6A4029), rgb(0x1E1714), rgb(0x1E1714),
                    rgb(0x2B1A10), rgb(0x8E4A45), rgb(0x6C4BB6), rgb(0xF2C14E)));

    /** The look called {@code name}; the message names the config key so the user knows what to fix. */
    public static Look named(String name) {
        return ALL.stream().filter(l -> l.name.equalsIgnoreCase(name.strip())).findFirst()
                .orElseThrow(() -> new InputException("avatar.look: unknown look '" + name + "' (choose "
                        + String.join(", ", ALL.stream().map(Look::name).toList()) + ")"));
    }

    private static Color rgb(int rgb) {
        return new Color(rgb);
    }
}
