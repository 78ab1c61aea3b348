package dev.scriptcast.base;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sizes as people write them: {@code 500MB}, {@code 2GB}, {@code 1.5 GB}, {@code 4096}. Units are B, KB, MB, GB
 * and TB (the B may be left out, any case) and are 1024-based, as {@code du -h} and {@code ls -lh} count, so a cap
 * compares with what those tools show.
 */
public final class ByteSize {
    private static final Pattern FORMAT = Pattern.compile("(\\d{1,15}(?:\\.\\d{1,6})?)\\s*([kmgt]?)b?",
            Pattern.CASE_INSENSITIVE);
    private static final List<String> UNITS = List.of("B", "KB", "MB", "GB", "TB");

    private ByteSize() {}

    /** The number of bytes {@code text} names; IllegalArgumentException naming the text when it is not a size. */
    public static long parse(String text) {
        Matcher m = FORMAT.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("must be a size like 500MB or 2GB (got " + text + ")");
        }
        String unit = m.group(2).toLowerCase(Locale.ROOT);
        int power = unit.isEmpty() ? 0 : "kmgt".indexOf(unit) + 1;
        BigDecimal bytes = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(1024).pow(power));
        if (bytes.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            throw new IllegalArgumentException("is too large (got " + text + ")");
        }
        return bytes.longValue();
    }

    /** For a config key's check: null when {@code value} is a size, else what is wrong. */
    public static String check(Object value) {
        try {
            parse((String) value);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /** {@code 512 B}, {@code 3.4 MB}, {@code 1.2 GB}: one decimal above a kilobyte. */
    public static String format(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < UNITS.size() - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, UNITS.get(unit));
    }
}
