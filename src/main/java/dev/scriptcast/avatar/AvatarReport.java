package dev.scriptcast.avatar;

import dev.scriptcast.compose.Rect;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What metrics.json says about the avatar, so a user can check where it was and whether the mouth kept sync. */
public final class AvatarReport {
    private AvatarReport() {}

    /** {@code {"avatar": {x, y, w, h}, "mouth": {x, y, w, h}}} in output pixels. */
    public static Map<String, Object> layout(AvatarLayer avatar) {
        Map<String, Object> layout = new LinkedHashMap<>();
        layout.put("avatar", rect(avatar.avatarBox()));
        layout.put("mouth", rect(avatar.mouthBox()));
        return layout;
    }

    /** The mouth shape track as (timeMs, shape) pairs, each shape holding until the next. */
    public static List<Map<String, Object>> visemes(AvatarLayer avatar) {
        return avatar.visemes().items().stream()
                .<Map<String, Object>>map(t -> {
                    Map<String, Object> entry = new LinkedHashMap<>();
                    entry.put("timeMs", t.startMs());
                    entry.put("shape", t.value().name());
                    return entry;
                })
                .toList();
    }

    private static Map<String, Integer> rect(Rect r) {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("x", r.x());
        m.put("y", r.y());
        m.put("w", r.w());
        m.put("h", r.h());
        return m;
    }
}
