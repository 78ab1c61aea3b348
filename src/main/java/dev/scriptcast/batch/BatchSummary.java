package dev.scriptcast.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What a batch did, item by item in the input's order: written as batch.json and batch.md in the output folder. */
public record BatchSummary(List<ItemOutcome> items) {
    public static final String JSON_FILE = "batch.json";
    public static final String MARKDOWN_FILE = "batch.md";

    public BatchSummary {
        items = List.copyOf(items);
    }

    public long count(ItemOutcome.Status status) {
        return items.stream().filter(i -> i.status() == status).count();
    }

    /** Writes batch.json and batch.md, each under a temp name first. */
    public void write(ItemStore store) throws IOException {
        store.write(JSON_FILE, json());
        store.write(MARKDOWN_FILE, markdown());
    }

    String json() throws JsonProcessingException {
        List<Map<String, Object>> list = new ArrayList<>();
        for (ItemOutcome item : items) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", item.name());
            entry.put("script", item.script());
            entry.put("status", item.status().name().toLowerCase(Locale.ROOT));
            entry.put("attempts", item.attempts());
            entry.put("wallMs", item.wallMs());
            entry.put("error", item.error());
            list.add(entry);
        }
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("items", list);
        for (ItemOutcome.Status status : ItemOutcome.Status.values()) {
            all.put(status.name().toLowerCase(Locale.ROOT), count(status));
        }
        return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(all) + "\n";
    }

    String markdown() {
        StringBuilder md = new StringBuilder("# Batch\n\n");
        md.append(String.format(Locale.ROOT, "%d done, %d skipped, %d failed.%n%n", count(ItemOutcome.Status.DONE),
                count(ItemOutcome.Status.SKIPPED), count(ItemOutcome.Status.FAILED)));
        md.append("| name | status | attempts | time | error |\n|---|---|---:|---:|---|\n");
        for (ItemOutcome item : items) {
            md.append(String.format(Locale.ROOT, "| %s | %s | %d | %.1f s | %s |%n", cell(item.name()),
                    item.status().name().toLowerCase(Locale.ROOT), item.attempts(), item.wallMs() / 1000.0,
                    item.error() == null ? "" : cell(item.error())));
        }
        return md.toString();
    }

    private static String cell(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|");
    }
}
