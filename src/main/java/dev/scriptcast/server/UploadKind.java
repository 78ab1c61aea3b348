package dev.scriptcast.server;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What an uploaded file is, judged by its first bytes, never by its name or declared type. The stored file gets the
 * extension of what it is, so a name from the client never reaches the file system.
 */
enum UploadKind {
    PNG("png", true, false, false), JPEG("jpg", true, false, false), GIF("gif", true, false, false),
    BMP("bmp", true, false, false), MP4("mp4", false, true, true), MATROSKA("mkv", false, true, true),
    MP3("mp3", false, false, true), WAV("wav", false, false, true), OGG("ogg", false, false, true),
    FLAC("flac", false, false, true);

    final String extension;
    final boolean image;
    final boolean video;
    final boolean audio;

    UploadKind(String extension, boolean image, boolean video, boolean audio) {
        this.extension = extension;
        this.image = image;
        this.video = video;
        this.audio = audio;
    }

    /** How many leading bytes {@link #of} looks at. */
    static final int HEAD_BYTES = 16;

    static Optional<UploadKind> of(byte[] head) {
        if (starts(head, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        } else if (starts(head, 0, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        } else if (ascii(head, 0, "GIF87a") || ascii(head, 0, "GIF89a")) {
            return Optional.of(GIF);
        } else if (ascii(head, 0, "BM") && head.length >= 14) {
            return Optional.of(BMP);
        } else if (ascii(head, 4, "ftyp")) {
            return Optional.of(MP4);
        } else if (starts(head, 0, 0x1A, 0x45, 0xDF, 0xA3)) {
            return Optional.of(MATROSKA);
        } else if (ascii(head, 0, "ID3") || head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xE0) == 0xE0) {
            return Optional.of(MP3);
        } else if (ascii(head, 0, "RIFF") && ascii(head, 8, "WAVE")) {
            return Optional.of(WAV);
        } else if (ascii(head, 0, "OggS")) {
            return Optional.of(OGG);
        } else if (ascii(head, 0, "fLaC")) {
            return Optional.of(FLAC);
        }
        return Optional.empty();
    }

    /** The upload fields and what each accepts. */
    enum Field {
        BACKGROUND("background", "an image (PNG, JPEG, GIF, BMP) or a video (MP4, MOV, WebM, MKV)"),
        MUSIC("music", "audio (MP3, WAV, Ogg, FLAC, M4A)"),
        AVATAR_IMAGE("avatar_image", "an image (PNG, JPEG, GIF, BMP)");

        final String name;
        final String accepts;

        Field(String name, String accepts) {
            this.name = name;
            this.accepts = accepts;
        }

        boolean accepts(UploadKind kind) {
            return switch (this) {
                case BACKGROUND -> kind.image || kind.video;
                case MUSIC -> kind.audio;
                case AVATAR_IMAGE -> kind.image;
            };
        }

        static List<Field> all() {
            return Arrays.asList(values());
        }
    }

    private static boolean starts(byte[] head, int at, int... bytes) {
        if (head.length < at + bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((head[at + i] & 0xFF) != bytes[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean ascii(byte[] head, int at, String text) {
        return starts(head, at, text.chars().toArray());
    }
}
