package dev.scriptcast.speech;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scriptcast.cache.CacheFiles;
import dev.scriptcast.cache.CacheFolder;
import dev.scriptcast.cache.CacheKind;
import dev.scriptcast.cache.CacheUsage;
import dev.scriptcast.cache.Removal;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A damaged cache entry is a miss: the paragraph is spoken again, correctly, and the entry is repaired. The key is
 * what is spoken and how, not where in the script.
 */
class CachedSpeechEngineTest {
    private static final String TEXT = "Hello there, this paragraph is cached.";
    private static final int LINE = 3;
    /** MaryTTS: the same text always gives the same samples (eSpeak NG varies a little from call to call). */
    private static final VoiceSettings VOICE = new VoiceSettings("mary", "cmu-slt-hsmm", 1.0, 1.0, 1.0);
    private static final SpeechEngine ENGINE = new MaryEngine();
    private static Narration clean;
    private static byte[] cleanEntry;

    @TempDir
    Path dir;

    @BeforeAll
    static void speakOnceWithoutCache() throws SpeechException {
        clean = ENGINE.speak(TEXT, LINE, VOICE);
        cleanEntry = NarrationCodec.encode(clean);
    }

    record Corruption(String name, UnaryOperator<byte[]> damage) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Corruption> corruptions() {
        int samples = clean.audio().samples().length;
        int sampleRateAt = NarrationCodec.HEADER_BYTES;
        int sampleCountAt = sampleRateAt + 4;
        int wordCountAt = sampleCountAt + 4 + samples * 4;
        return Stream.of(
                new Corruption("empty file", e -> new byte[0]),
                new Corruption("truncated inside the header", e -> Arrays.copyOf(e, 10)),
                new Corruption("truncated to half", e -> Arrays.copyOf(e, e.length / 2)),
                new Corruption("last byte cut", e -> Arrays.copyOf(e, e.length - 1)),
                new Corruption("trailing garbage", e -> Arrays.copyOf(e, e.length + 100)),
                new Corruption("magic set to ff", e -> setInt(e, 0, -1)),
                new Corruption("version set to ff", e -> setInt(e, 4, -1)),
                new Corruption("bytes 8-11 (payload length) set to ff", e -> setInt(e, 8, -1)),
                new Corruption("payload length huge", e -> setInt(e, 8, Integer.MAX_VALUE)),
                new Corruption("checksum set to ff", e -> setInt(e, 12, -1)),
                new Corruption("one sample byte flipped, header intact", e -> flip(e, sampleCountAt + 4 + samples * 2)),
                new Corruption("zero sample rate, checksum forged", e -> forged(e, sampleRateAt, 0)),
                new Corruption("negative sample count, checksum forged", e -> forged(e, sampleCountAt, -1)),
                new Corruption("huge sample count, checksum forged", e -> forged(e, sampleCountAt, Integer.MAX_VALUE)),
                new Corruption("huge word count, checksum forged", e -> forged(e, wordCountAt, 0x7fff_fff0)),
                new Corruption("a format 1 entry", e -> Arrays.copyOfRange(e, 12, e.length)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corruptions")
    void damagedEntryIsSpokenAgainCorrectlyAndRepaired(Corruption corruption) throws Exception {
        CachedSpeechEngine first = new CachedSpeechEngine(ENGINE, dir);
        first.speak(TEXT, LINE, VOICE);
        Path entry = first.entryFor(TEXT, VOICE);
        assertThat(entry).hasBinaryContent(cleanEntry);
        Files.write(entry, corruption.damage().apply(Files.readAllBytes(entry)));

        CachedSpeechEngine rerun = new CachedSpeechEngine(ENGINE, dir);
        Narration spoken = rerun.speak(TEXT, LINE, VOICE);

        assertSameNarration(spoken, clean);
        assertThat(rerun.misses()).isEqualTo(1);
        assertThat(entry).hasBinaryContent(cleanEntry);
        assertSameNarration(rerun.speak(TEXT, LINE, VOICE), clean);
        assertThat(rerun.hits()).isEqualTo(1);
    }

    @Test
    void aFailedWriteLeavesNoTemporaryFile() throws Exception {
        Path entry = new CachedSpeechEngine(ENGINE, dir).entryFor(TEXT, VOICE);
        Files.createDirectories(entry.resolve("in-the-way"));

        Narration spoken = new CachedSpeechEngine(ENGINE, dir).speak(TEXT, LINE, VOICE);

        assertSameNarration(spoken, clean);
        assertThat(temps()).isEmpty();
    }

    @Test
    void openingTheCacheSweepsTemporaryFilesOfKilledRuns() throws IOException {
        Path stale = Files.writeString(dir.resolve("entry123.tmp"), "half written");
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(CacheFiles.STALE_TEMP_AGE).minusSeconds(60)));
        Path inProgress = Files.writeString(dir.resolve("entry456.tmp"), "another run is writing this");

        new CachedSpeechEngine(ENGINE, dir);

        assertThat(temps()).containsExactly(inProgress);
    }

    @Test
    void theSameParagraphElsewhereInTheScriptIsAHitWhoseWordsNameItsOwnLine() throws Exception {
        CachedSpeechEngine cache = new CachedSpeechEngine(ENGINE, dir);
        cache.speak(TEXT, LINE, VOICE);

        Narration moved = cache.speak(TEXT, 40, VOICE);

        assertThat(cache.hits()).isEqualTo(1);
        assertThat(moved.audio().samples()).containsExactly(clean.audio().samples());
        assertThat(moved.words().items()).extracting(w -> w.value().scriptLine()).containsOnly(40);
        assertThat(moved.words().map(Word::text)).isEqualTo(clean.words().map(Word::text));
    }

    @Test
    void theKeyIsTheEngineVoiceTextAndApplicationVersion() {
        String key = SpeechKey.of("mary", VOICE, TEXT, "1.0.0");

        assertThat(SpeechKey.of("mary", VOICE, TEXT, "1.0.0")).isEqualTo(key);
        assertThat(SpeechKey.of("mary", VOICE, TEXT, "1.0.1")).isNotEqualTo(key);
        assertThat(SpeechKey.of("mary", VOICE, TEXT + " ", "1.0.0")).isNotEqualTo(key);
        assertThat(SpeechKey.of("espeak", VOICE, TEXT, "1.0.0")).isNotEqualTo(key);
        assertThat(SpeechKey.of("mary", new VoiceSettings("mary", "cmu-slt-hsmm", 1.1, 1.0, 1.0), TEXT,
                "1.0.0")).isNotEqualTo(key);
    }

    @Test
    void aHitMarksTheEntryAsRecentlyUsed() throws Exception {
        CachedSpeechEngine cache = new CachedSpeechEngine(ENGINE, dir);
        cache.speak(TEXT, LINE, VOICE);
        Path entry = cache.entryFor(TEXT, VOICE);
        Instant monthAgo = Instant.now().minus(Duration.ofDays(30));
        Files.setLastModifiedTime(entry, FileTime.from(monthAgo));

        cache.speak(TEXT, LINE, VOICE);

        assertThat(Files.getLastModifiedTime(entry).toInstant()).isAfter(monthAgo.plus(Duration.ofDays(29)));
    }

    @Test
    void theCacheFolderCountsAndPrunesSpeechEntries() throws Exception {
        Path speech = dir.resolve(CacheKind.SPEECH.folderName());
        new CachedSpeechEngine(ENGINE, speech).speak(TEXT, LINE, VOICE);
        CacheFolder folder = new CacheFolder(dir);

        assertThat(folder.usage().kinds().getFirst()).extracting(CacheUsage.Kind::kind, CacheUsage.Kind::entries,
                CacheUsage.Kind::bytes).containsExactly(CacheKind.SPEECH, 1, (long) cleanEntry.length);
        assertThat(folder.clear()).isEqualTo(new Removal(1, cleanEntry.length));
        assertThat(speech).isEmptyDirectory();
    }

    private List<Path> temps() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(CachedSpeechEngine.TEMP_SUFFIX)).toList();
        }
    }

    private static void assertSameNarration(Narration actual, Narration expected) {
        assertThat(actual.audio().sampleRate()).isEqualTo(expected.audio().sampleRate());
        assertThat(actual.audio().samples()).containsExactly(expected.audio().samples());
        assertThat(actual.words()).isEqualTo(expected.words());
        assertThat(actual.phonemes()).isEqualTo(expected.phonemes());
    }

    private static byte[] setInt(byte[] entry, int offset, int value) {
        byte[] damaged = entry.clone();
        ByteBuffer.wrap(damaged).putInt(offset, value);
        return damaged;
    }

    private static byte[] flip(byte[] entry, int offset) {
        byte[] damaged = entry.clone();
        damaged[offset] ^= 0x5a;
        return damaged;
    }

    /** A payload field changed and the checksum recomputed, so only the bounds checks stand in the way. */
    private static byte[] forged(byte[] entry, int offset, int value) {
        byte[] damaged = setInt(entry, offset, value);
        int payloadLength = damaged.length - NarrationCodec.HEADER_BYTES;
        return setInt(damaged, 12, NarrationCodec.crc(damaged, NarrationCodec.HEADER_BYTES, payloadLength));
    }
}
