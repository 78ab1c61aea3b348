package dev.scriptcast.server;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** A job as the API writes it: its fields, ISO-8601 times, and the links to its files once it is done. */
final class JobJson {
    private JobJson() {}

    static Map<String, Object> of(Job job) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", job.id());
        json.put("state", job.state().wire());
        json.put("title", job.title());
        json.put("stage", job.stage());
        json.put("progress", job.progress());
        json.put("etaMs", job.etaMs());
        json.put("error", job.error());
        json.put("createdAt", Instant.ofEpochMilli(job.createdAtMs()).toString());
        json.put("finishedAt", job.finishedAtMs() == null ? null : Instant.ofEpochMilli(job.finishedAtMs()).toString());
        if (job.state() == Job.State.DONE) {
            String base = "/api/renders/" + job.id();
            json.put("links", Map.of("video", base + "/video", "report", base + "/report", "metrics",
                    base + "/metrics", "srt", base + "/captions.srt", "vtt", base + "/captions.vtt"));
        }
        return json;
    }
}
