package dev.scriptcast.config;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A WxH frame size as written in config or on the command line. */
public record VideoSize(int width, int height) {
    private static final Pattern FORMAT = Pattern.compile("(\\d{1,5})\\s*[xX×]\\s*(\\d{1,5})");
    static final int MIN = 128;
    static final int MAX = 3840;

    public static VideoSize parse(String text) {
        Matcher m = FORMAT.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("must look like 1280x720 (got " + text + ")");
        }
        return new VideoSize(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    static String check(Object value) {
        try {
            VideoSize s = parse((String) value);
            if (s.width < MIN || s.width > MAX || s.height < MIN || s.height > MAX) {
                return "each side must be between " + MIN + " and " + MAX + " (got " + value + ")";
            }
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    public boolean isEven() {
        return width % 2 == 0 && height % 2 == 0;
    }

    /** yuv420p needs even sides: round odd ones up (down at the maximum). */
    public VideoSize roundedToEven() {
        return new VideoSize(even(width), even(height));
    }

    private static int even(int v) {
        return v % 2 == 0 ? v : (v + 1 > MAX ? v - 1 : v + 1);
    }

    @Override
    public String toString() {
        return width + "x" + height;
    }
}
