package dev.scriptcast.speech;

import dev.scriptcast.base.AppVersion;
import dev.scriptcast.base.KeyHash;

/**
 * Names one piece of speech by what decides its sound: the engine, the voice settings, the text as spoken and the
 * app version. Where the text sits in the script is not part of it, so a sentence moved or repeated is the same
 * speech.
 */
public final class SpeechKey {
    private SpeechKey() {}

    public static String of(String engine, VoiceSettings voice, String spokenText) {
        return of(engine, voice, spokenText, AppVersion.VALUE);
    }

    static String of(String engine, VoiceSettings voice, String spokenText, String appVersion) {
        return KeyHash.of(String.join("\u0000", "v2", engine, String.valueOf(voice), spokenText, appVersion), 16);
    }
}
