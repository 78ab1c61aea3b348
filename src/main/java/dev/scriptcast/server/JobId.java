package dev.scriptcast.server;

import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * Job ids: 130 random bits in 26 lower-case base-32 characters, so they cannot be guessed; anything else in an id's
 * place is refused before it comes near the file system.
 */
final class JobId {
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";
    private static final Pattern VALID = Pattern.compile("[a-z2-7]{26}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private JobId() {}

    static String random() {
        StringBuilder id = new StringBuilder(26);
        for (int i = 0; i < 26; i++) {
            id.append(ALPHABET.charAt(RANDOM.nextInt(32)));
        }
        return id.toString();
    }

    /** {@code id} itself when it has the form of a job id, else a 404 that does not echo it. */
    static String checked(String id) {
        if (id == null || !VALID.matcher(id).matches()) {
            throw new ApiError(404, "no render with that id");
        }
        return id;
    }
}
