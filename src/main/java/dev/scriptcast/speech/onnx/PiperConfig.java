package dev.scriptcast.speech.onnx;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.scriptcast.base.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A Piper voice's {@code .onnx.json}: the output rate, the eSpeak voice and phoneme type, the inference scales,
 * the phoneme → ids map and the speakers of a multi-speaker voice.
 */
record PiperConfig(int sampleRate, int hopLength, String espeakVoice, boolean textPhonemes, float noiseScale,
                   float lengthScale, float noiseW, Map<String, long[]> phonemeIds, int speakers,
                   Map<String, Integer> speakerIds) {
    private static final int HOP_LENGTH = 256;

    /** The config beside {@code model}: {@code MODEL.onnx.json}. */
    static Path besideModel(Path model) {
        return model.resolveSibling(model.getFileName() + ".json");
    }

    static PiperConfig read(Path json) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readString(json));
        } catch (NoSuchFileException e) {
            throw new InputException("Piper voice config " + json + " does not exist; a Piper voice's .onnx.json "
                    + "must sit beside its .onnx", e);
        } catch (IOException e) {
            throw new InputException("Piper voice config " + json + " is not readable JSON: "
                    + e.getMessage().lines().findFirst().orElse(""), e);
        }
        JsonNode ids = root.path("phoneme_id_map");
        if (!ids.isObject() || !root.path("audio").path("sample_rate").isInt()) {
            throw new InputException("Piper voice config " + json
                    + " has no phoneme_id_map or audio.sample_rate; is it a Piper .onnx.json?");
        }
        Map<String, long[]> phonemeIds = new LinkedHashMap<>();
        ids.properties().forEach(e -> phonemeIds.put(e.getKey(),
                java.util.stream.StreamSupport.stream(e.getValue().spliterator(), false)
                        .mapToLong(JsonNode::asLong).toArray()));
        for (String required : new String[] {"^", "_", "$"}) {
            if (!phonemeIds.containsKey(required)) {
                throw new InputException("Piper voice config " + json + ": phoneme_id_map lacks \"" + required + "\"");
            }
        }
        Map<String, Integer> speakerIds = new LinkedHashMap<>();
        root.path("speaker_id_map").properties().forEach(e -> speakerIds.put(e.getKey(), e.getValue().asInt()));
        JsonNode inference = root.path("inference");
        String type = root.path("phoneme_type").asText("espeak");
        if (!type.equals("espeak") && !type.equals("text")) {
            throw new InputException("Piper voice config " + json + ": phoneme_type " + type
                    + " is not supported (espeak, text)");
        }
        return new PiperConfig(root.path("audio").path("sample_rate").asInt(),
                root.path("audio").path("hop_length").asInt(HOP_LENGTH),
                root.path("espeak").path("voice").asText("en-us"), type.equals("text"),
                (float) inference.path("noise_scale").asDouble(0.667),
                (float) inference.path("length_scale").asDouble(1.0),
                (float) inference.path("noise_w").asDouble(0.8), phonemeIds,
                root.path("num_speakers").asInt(1), speakerIds);
    }

    /** The speaker id for {@code speaker} (a name from speaker_id_map or a number); 0 when null. */
    long speakerId(String speaker, Path json) {
        if (speaker == null) {
            return 0;
        }
        if (speakerIds.containsKey(speaker)) {
            return speakerIds.get(speaker);
        }
        try {
            int id = Integer.parseInt(speaker);
            if (id >= 0 && id < speakers) {
                return id;
            }
        } catch (NumberFormatException e) {
            // Not a number either: the message below lists the names.
        }
        String names = speakerIds.isEmpty() ? "this voice has one speaker"
                : "valid: " + String.join(", ", speakerIds.keySet().stream().limit(20).toList())
                        + (speakerIds.size() > 20 ? ", …" : "") + " or 0.." + (speakers - 1);
        throw new InputException("speech.speaker " + speaker + ": no such speaker in " + json + "; " + names);
    }
}
