package dev.scriptcast.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.scriptcast.base.InputException;
import dev.scriptcast.config.ConfigValues;
import dev.scriptcast.pipeline.ProgressListener;
import dev.scriptcast.pipeline.RenderRequest;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One attempt at one item, the same in every runner: skipped when its outputs are there and its inputs' hash
 * matches the record beside them ({@code NAME.inputs.json}, touching nothing), else rendered, put in place and
 * recorded. The record is written last, so an item cut short renders again next time.
 */
public final class ItemRender implements Serializable {
    /** How an attempt ended: {@link Finished} for good, or {@link Transient}, worth another try. */
    public sealed interface Attempt {}

    public record Finished(ItemOutcome.Status status, String error) implements Attempt {}

    public record Transient(String error) implements Attempt {}

    static final String RECORD = ".inputs.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final BatchSettings settings;
    private final Renderer renderer;

    public ItemRender(BatchSettings settings, Renderer renderer) {
        this.settings = settings;
        this.renderer = renderer;
    }

    /** {@code threads}: the most threads the render may keep busy. */
    public Attempt attempt(BatchItem item, ItemStore store, int threads) throws InterruptedException {
        return attempt(item, store, threads, Assigned.NONE);
    }

    /** As {@link #attempt(BatchItem, ItemStore, int)}, with settings the runner {@code assigned} to this attempt. */
    public Attempt attempt(BatchItem item, ItemStore store, int threads, Assigned assigned)
            throws InterruptedException {
        try {
            ConfigValues config = ItemConfig.effective(settings, item, assigned, store.renderDir(item.name()));
            Path script = Path.of(item.script());
            String hash = InputsHash.of(script, config);
            List<String> outputs = outputs(item, config);
            if (upToDate(store, item, hash, outputs)) {
                return new Finished(ItemOutcome.Status.SKIPPED, null);
            }
            renderer.render(new RenderRequest(script, config, threads), ProgressListener.NONE);
            store.publish(item.name(), outputs);
            store.write(item.name() + RECORD, record(item, hash, outputs));
            return new Finished(ItemOutcome.Status.DONE, null);
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception | OutOfMemoryError e) {
            return classify(e);
        } finally {
            store.cleanUp(item.name());
        }
    }

    /** Bad input is final; anything else (an internal error, a full disk, memory) may pass on another try. */
    private static Attempt classify(Throwable e) throws InterruptedException {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InputException input) {
                return new Finished(ItemOutcome.Status.FAILED, input.getMessage());
            }
            if (t instanceof InterruptedException interrupted) {
                throw interrupted;
            }
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName()
                : e.getMessage().lines().findFirst().orElse("").strip();
        return new Transient("internal error: " + message);
    }

    /** The video, its caption files when the settings ask for them, and the report folder. */
    private static List<String> outputs(BatchItem item, ConfigValues config) {
        List<String> names = new ArrayList<>(List.of(item.name() + "." + ItemConfig.container(config)));
        if (config.flag("captions.files")) {
            names.addAll(List.of(item.name() + ".srt", item.name() + ".vtt"));
        }
        names.add(item.name() + ".report");
        return names;
    }

    private static boolean upToDate(ItemStore store, BatchItem item, String hash, List<String> outputs)
            throws IOException {
        Optional<String> record = store.read(item.name() + RECORD);
        if (record.isEmpty() || !hash.equals(recordedHash(record.get()))) {
            return false;
        }
        for (String name : outputs) {
            if (!store.exists(name)) {
                return false;
            }
        }
        return true;
    }

    private static String recordedHash(String record) {
        try {
            JsonNode node = JSON.readTree(record);
            return node == null ? null : node.path("inputsSha256").asText(null);
        } catch (IOException e) {
            return null;
        }
    }

    private static String record(BatchItem item, String hash, List<String> outputs) throws IOException {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("inputsSha256", hash);
        record.put("script", item.script());
        record.put("outputs", outputs);
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(record) + "\n";
    }
}
