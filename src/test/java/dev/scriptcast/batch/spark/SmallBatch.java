package dev.scriptcast.batch.spark;

import dev.scriptcast.batch.BatchSettings;
import dev.scriptcast.config.ConfigValues;
import java.nio.file.Path;

/** Batch settings for quick test renders: eSpeak, no music, 320x180 at 10 fps, a cache folder under {@code dir}. */
final class SmallBatch {
    private SmallBatch() {
    }

    static BatchSettings settings(Path dir) {
        return BatchSettings.of(new ConfigValues()
                .set("work.dir", dir.resolve("cache").toString(), "test")
                .set("speech.engine", "espeak", "test")
                .set("music.skip", true, "test")
                .set("video.size", "320x180", "test")
                .set("video.fps", 10, "test")
                .set("video.preset", "ultrafast", "test"));
    }
}
