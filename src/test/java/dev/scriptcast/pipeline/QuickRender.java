package dev.scriptcast.pipeline;

import dev.scriptcast.config.ConfigValues;
import java.nio.file.Path;

/** Settings for quick test renders: no music, libx264 ultrafast, a small frame, the cache folder given. */
final class QuickRender {
    private QuickRender() {
    }

    static ConfigValues config(Path cache, String engine, String size, int fps) {
        return new ConfigValues()
                .set("work.dir", cache.toString(), "test")
                .set("music.skip", true, "test")
                .set("speech.engine", engine, "test")
                .set("video.size", size, "test")
                .set("video.fps", fps, "test")
                .set("video.encoder", "libx264", "test")
                .set("video.preset", "ultrafast", "test");
    }
}
