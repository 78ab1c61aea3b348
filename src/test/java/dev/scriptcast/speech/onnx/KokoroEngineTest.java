package dev.scriptcast.speech.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.scriptcast.base.InputException;
import dev.scriptcast.onnx.Placement;
import dev.scriptcast.speech.Narration;
import dev.scriptcast.speech.VoiceSettings;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Kokoro model speaks through the tiny model with Kokoro's signature, its voices read from an .npz. */
class KokoroEngineTest {
    private static final VoiceSettings VOICE = new VoiceSettings("kokoro", "af_test", 1.0, 1.0, 1.0);

    @TempDir
    Path dir;

    /** kokoro-onnx's voices.bin: a zip of NAME.npy float32 [510,1,256] arrays. */
    private Path voices(String... names) throws IOException {
        Path file = dir.resolve("voices.bin");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name + ".npy"));
                String header = "{'descr': '<f4', 'fortran_order': False, 'shape': (510, 1, 256), }";
                header += " ".repeat(63 - (10 + header.length()) % 64) + "\n";
                ByteBuffer b = ByteBuffer.allocate(10 + header.length() + 510 * 256 * 4).order(ByteOrder.LITTLE_ENDIAN);
                b.put((byte) 0x93).put("NUMPY".getBytes(StandardCharsets.US_ASCII)).put((byte) 1).put((byte) 0)
                        .putShort((short) header.length()).put(header.getBytes(StandardCharsets.US_ASCII));
                for (int i = 0; i < 510 * 256; i++) {
                    b.putFloat(i % 7 / 10f);
                }
                zip.write(b.array());
            }
        }
        return file;
    }

    /** The model with Kokoro's config.json beside it, its vocabulary the fixture Piper voice's symbols. */
    private Path model(boolean duration) throws IOException {
        Path onnx = TinyVoiceModels.write(dir.resolve("kokoro.onnx"), TinyVoiceModels.kokoro(duration));
        Map<String, Integer> vocab = new LinkedHashMap<>();
        PiperConfig.read(Path.of("src/test/resources/voices/en_US-test-medium.onnx.json")).phonemeIds()
                .forEach((symbol, ids) -> vocab.put(symbol, (int) ids[0] + 1));
        vocab.remove("_");
        new ObjectMapper().writeValue(dir.resolve("config.json").toFile(), Map.of("vocab", vocab));
        return onnx;
    }

    private KokoroEngine engine(Path model, Path voices) {
        return KokoroEngine.create(new VoiceModel(model, voices, null, Placement.cpu(1)));
    }

    @Test
    void theDurationOutputTimesTheSpeechToTheEndOfTheAudio() throws Exception {
        try (KokoroEngine kokoro = engine(model(true), voices("af_test", "bm_other"))) {
            assertThat(kokoro.voices()).containsExactly("af_test", "bm_other");
            Narration n = kokoro.speak("Hello world, this is a test.", 2, VOICE);
            assertThat(n.audio().sampleRate()).isEqualTo(48_000);
            assertThat(Math.abs(n.phonemes().endMs() - n.audio().durationMs())).isLessThanOrEqualTo(30);
            assertThat(n.words().items()).extracting(t -> t.value().text())
                    .containsExactly("Hello", "world,", "this", "is", "a", "test.");
            assertThat(kokoro.stats().timings()).isEqualTo("model");
        }
    }

    @Test
    void withoutADurationOutputESpeakTimesIt() throws Exception {
        try (KokoroEngine kokoro = engine(model(false), voices("af_test"))) {
            Narration n = kokoro.speak("Hello world.", 1, VOICE);
            assertThat(Math.abs(n.phonemes().endMs() - n.audio().durationMs())).isLessThanOrEqualTo(30);
            assertThat(kokoro.stats().timings()).isEqualTo("eSpeak estimate");
        }
    }

    @Test
    void aSentenceOverFiveHundredTenTokensIsSplitAtClausesAndJoined() throws Exception {
        String text = "This clause is long enough to matter, ".repeat(20) + "and here it ends.";
        try (KokoroEngine kokoro = engine(model(true), voices("af_test"))) {
            var chunks = KokoroEngine.chunks(PhonemeClause.of(text, "en-us", false),
                    SymbolIds.kokoro(vocab()));
            assertThat(chunks).hasSizeGreaterThan(1).allMatch(u -> u.ids().length <= KokoroEngine.MAX_TOKENS + 2);
            Narration n = kokoro.speak(text, 1, VOICE);
            assertThat(n.words().size()).isEqualTo(text.split(" ").length);
            assertThat(Math.abs(n.phonemes().endMs() - n.audio().durationMs())).isLessThanOrEqualTo(30);
        }
    }

    private Map<String, long[]> vocab() throws IOException {
        Map<String, long[]> vocab = new LinkedHashMap<>();
        new ObjectMapper().readTree(dir.resolve("config.json").toFile()).path("vocab").properties()
                .forEach(e -> vocab.put(e.getKey(), new long[] {e.getValue().asLong()}));
        return vocab;
    }

    @Test
    void missingVoicesOrVocabularyOrAWrongModelIsOneLine() throws Exception {
        Path model = model(true);
        assertThatThrownBy(() -> engine(model, null)).isInstanceOf(InputException.class)
                .hasMessageContaining("needs speech.voices");
        assertThatThrownBy(() -> engine(model, dir.resolve("nothing.bin"))).isInstanceOf(InputException.class)
                .hasMessageContaining("nothing.bin does not exist");
        Files.delete(dir.resolve("config.json"));
        assertThatThrownBy(() -> engine(model, voices("af_test"))).isInstanceOf(InputException.class)
                .hasMessageContaining("no Kokoro vocabulary beside it");
        Path wrong = TinyVoiceModels.write(dir.resolve("wrong.onnx"), TinyVoiceModels.piper(true, false));
        Files.writeString(dir.resolve("config.json"), "{\"vocab\": {\"a\": 1}}");
        try (KokoroEngine kokoro = engine(wrong, voices("af_test"))) {
            assertThatThrownBy(kokoro::start).isInstanceOf(InputException.class)
                    .hasMessageContaining("is not a Kokoro model: its inputs are input, input_lengths, scales");
        }
    }
}
