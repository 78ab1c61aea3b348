package dev.scriptcast.speech;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * libespeak-ng through the FFM API. eSpeak keeps global state and is not thread-safe, so every call into it
 * holds this class's lock; synthesis is synchronous and its callback runs on the calling thread.
 */
final class EspeakLibrary {
    static final String LIBRARY = "libespeak-ng.so.1";

    /** One synthesis callback event: WORD (1), END (5), PHONEME (7); positions in ms and 1-based code points. */
    record Event(int type, int textPosition, int length, int audioMs, String phoneme) {
        static final int WORD = 1;
        static final int PHONEME = 7;
    }

    /** One clause of text and eSpeak's IPA for it, words separated by spaces, stress marks included. */
    record Clause(String text, String ipa) {}

    /** {@code transcription}: eSpeak's IPA phoneme names in order, a stressed one prefixed with "ˈ". */
    record Synthesis(short[] samples, List<Event> events, List<String> transcription) {}

    private static final int AUDIO_OUTPUT_SYNCHRONOUS = 2;
    private static final int PHONEME_EVENTS_IPA = 0x0003;
    private static final int DONT_EXIT_WITHOUT_DATA = 0x8000;
    private static final int CHARS_UTF8 = 1;
    /** espeak_TextToPhonemes mode: IPA, phonemes not separated. */
    private static final int IPA = 0x02;
    /** espeak_TextToPhonemes mode: IPA names separated by '_'. */
    private static final int IPA_UNDERSCORED = 0x02 | ('_' << 8);
    private static final int PARAM_RATE = 1;
    private static final int PARAM_VOLUME = 2;
    private static final int PARAM_PITCH = 3;
    private static final long EVENT_SIZE = 40;
    private static final long MAX_EVENTS = 1 << 16;

    private static EspeakLibrary instance;

    private final int sampleRate;
    private final MethodHandle setVoiceByName;
    private final MethodHandle setParameter;
    private final MethodHandle synth;
    private final MethodHandle listVoices;
    private final MethodHandle textToPhonemes;
    private ShortCollector samples;
    private List<Event> events;

    private EspeakLibrary(SymbolLookup lib) throws Throwable {
        Linker linker = Linker.nativeLinker();
        MethodHandle initialize = linker.downcallHandle(lib.findOrThrow("espeak_Initialize"),
                FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT));
        MethodHandle setSynthCallback = linker.downcallHandle(lib.findOrThrow("espeak_SetSynthCallback"),
                FunctionDescriptor.ofVoid(ADDRESS));
        setVoiceByName = linker.downcallHandle(lib.findOrThrow("espeak_SetVoiceByName"),
                FunctionDescriptor.of(JAVA_INT, ADDRESS));
        setParameter = linker.downcallHandle(lib.findOrThrow("espeak_SetParameter"),
                FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT));
        synth = linker.downcallHandle(lib.findOrThrow("espeak_Synth"), FunctionDescriptor.of(JAVA_INT,
                ADDRESS, JAVA_LONG, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS, ADDRESS));
        listVoices = linker.downcallHandle(lib.findOrThrow("espeak_ListVoices"),
                FunctionDescriptor.of(ADDRESS, ADDRESS));
        textToPhonemes = linker.downcallHandle(lib.findOrThrow("espeak_TextToPhonemes"),
                FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_INT, JAVA_INT));
        sampleRate = (int) initialize.invokeExact(AUDIO_OUTPUT_SYNCHRONOUS, 0, MemorySegment.NULL,
                PHONEME_EVENTS_IPA | DONT_EXIT_WITHOUT_DATA);
        if (sampleRate <= 0) {
            throw new IllegalStateException("espeak_Initialize failed: eSpeak NG data not found");
        }
        MethodHandle callback = MethodHandles.lookup().bind(this, "onSynth",
                MethodType.methodType(int.class, MemorySegment.class, int.class, MemorySegment.class));
        MemorySegment stub = linker.upcallStub(callback,
                FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, ADDRESS), Arena.global());
        setSynthCallback.invokeExact(stub);
    }

    /** The initialised library; throws if it cannot be loaded (see {@link EspeakEngine#availability()}). */
    static synchronized EspeakLibrary get() {
        if (instance == null) {
            try {
                instance = new EspeakLibrary(SymbolLookup.libraryLookup(LIBRARY, Arena.global()));
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException("cannot initialise eSpeak NG: " + e, e);
            }
        }
        return instance;
    }

    int sampleRate() {
        return sampleRate;
    }

    /** Language names of the installed voices, e.g. "en-us", for those whose language starts with {@code prefix}. */
    List<String> voices(String prefix) {
        synchronized (EspeakLibrary.class) {
            try {
                MemorySegment list = ((MemorySegment) listVoices.invokeExact(MemorySegment.NULL))
                        .reinterpret(Long.MAX_VALUE);
                List<String> names = new ArrayList<>();
                for (long i = 0; ; i++) {
                    MemorySegment voice = list.getAtIndex(ADDRESS, i);
                    if (voice.equals(MemorySegment.NULL)) {
                        return names;
                    }
                    // languages: (priority byte, NUL-terminated name) pairs; the first is the voice's own.
                    MemorySegment languages = voice.reinterpret(24).get(ADDRESS, 8).reinterpret(256);
                    String language = languages.getString(1);
                    if (language.startsWith(prefix) && !names.contains(language)) {
                        names.add(language);
                    }
                }
            } catch (Throwable e) {
                throw new IllegalStateException("espeak_ListVoices failed", e);
            }
        }
    }

    Synthesis synthesize(String text, String voice, int rateWpm, int pitch, int volume) throws SpeechException {
        synchronized (EspeakLibrary.class) {
            samples = new ShortCollector();
            events = new ArrayList<>();
            try (Arena arena = Arena.ofConfined()) {
                if ((int) setVoiceByName.invokeExact(arena.allocateFrom(voice)) != 0) {
                    throw new SpeechException("eSpeak NG has no voice '" + voice + "'");
                }
                check((int) setParameter.invokeExact(PARAM_RATE, rateWpm, 0), "rate");
                check((int) setParameter.invokeExact(PARAM_PITCH, pitch, 0), "pitch");
                check((int) setParameter.invokeExact(PARAM_VOLUME, volume, 0), "volume");
                List<String> transcription = transcribe(arena, text);
                byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
                MemorySegment input = arena.allocateFrom(text);
                check((int) synth.invokeExact(input, (long) utf8.length + 1, 0, 1, 0, CHARS_UTF8,
                        MemorySegment.NULL, MemorySegment.NULL), "synthesis");
                return new Synthesis(samples.toArray(), List.copyOf(events), transcription);
            } catch (SpeechException e) {
                throw e;
            } catch (Throwable e) {
                throw new SpeechException("eSpeak NG failed: " + e.getMessage(), e);
            } finally {
                samples = null;
                events = null;
            }
        }
    }

    /** {@code text} in IPA for {@code voice}, clause by clause, with the part of the text each clause covers. */
    List<Clause> phonemize(String text, String voice) throws SpeechException {
        synchronized (EspeakLibrary.class) {
            try (Arena arena = Arena.ofConfined()) {
                if ((int) setVoiceByName.invokeExact(arena.allocateFrom(voice)) != 0) {
                    throw new SpeechException("eSpeak NG has no voice '" + voice + "'");
                }
                byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
                MemorySegment input = arena.allocateFrom(text);
                MemorySegment cursor = arena.allocate(ADDRESS);
                cursor.set(ADDRESS, 0, input);
                List<Clause> clauses = new ArrayList<>();
                long from = 0;
                while (!cursor.get(ADDRESS, 0).equals(MemorySegment.NULL)) {
                    MemorySegment ipa = (MemorySegment) textToPhonemes.invokeExact(cursor, CHARS_UTF8, IPA);
                    MemorySegment next = cursor.get(ADDRESS, 0);
                    long to = next.equals(MemorySegment.NULL) ? utf8.length
                            : Math.clamp(next.address() - input.address(), from, utf8.length);
                    clauses.add(new Clause(new String(utf8, (int) from, (int) (to - from), StandardCharsets.UTF_8),
                            ipa.reinterpret(Integer.MAX_VALUE).getString(0)));
                    from = to;
                }
                return clauses;
            } catch (SpeechException e) {
                throw e;
            } catch (Throwable e) {
                throw new SpeechException("eSpeak NG failed: " + e.getMessage(), e);
            }
        }
    }

    /** Synthesis events carry no stress, so the same text is also transcribed, clause by clause. */
    private List<String> transcribe(Arena arena, String text) throws Throwable {
        MemorySegment cursor = arena.allocate(ADDRESS);
        cursor.set(ADDRESS, 0, arena.allocateFrom(text));
        List<String> names = new ArrayList<>();
        while (!cursor.get(ADDRESS, 0).equals(MemorySegment.NULL)) {
            MemorySegment clause = (MemorySegment) textToPhonemes.invokeExact(cursor, CHARS_UTF8, IPA_UNDERSCORED);
            for (String name : clause.reinterpret(Integer.MAX_VALUE).getString(0).split("[_ ]+")) {
                if (!name.isBlank()) {
                    names.add(name.replace("ˌ", ""));
                }
            }
        }
        return names;
    }

    private static void check(int status, String what) throws SpeechException {
        if (status != 0) {
            throw new SpeechException("eSpeak NG " + what + " failed with status " + status);
        }
    }

    /** Synth callback: a block of samples (wav may be NULL at the end) and an event list ending in type 0. */
    private int onSynth(MemorySegment wav, int sampleCount, MemorySegment eventList) {
        try {
            if (!wav.equals(MemorySegment.NULL) && sampleCount > 0) {
                samples.add(wav.reinterpret(sampleCount * 2L).toArray(JAVA_SHORT));
            }
            MemorySegment all = eventList.reinterpret(EVENT_SIZE * MAX_EVENTS);
            for (long offset = 0; ; offset += EVENT_SIZE) {
                int type = all.get(JAVA_INT, offset);
                if (type == 0) {
                    return 0;
                }
                String phoneme = type == Event.PHONEME ? phonemeName(all.asSlice(offset + 32, 8)) : "";
                events.add(new Event(type, all.get(JAVA_INT, offset + 8), all.get(JAVA_INT, offset + 12),
                        all.get(JAVA_INT, offset + 16), phoneme));
            }
        } catch (RuntimeException e) {
            return 1;
        }
    }

    /** id.string: UTF-8, zero-terminated unless all 8 bytes are used. */
    private static String phonemeName(MemorySegment id) {
        byte[] bytes = id.toArray(JAVA_BYTE);
        int length = 0;
        while (length < bytes.length && bytes[length] != 0) {
            length++;
        }
        return new String(bytes, 0, length, StandardCharsets.UTF_8);
    }

    private static final class ShortCollector {
        private short[] data = new short[1 << 16];
        private int size;

        void add(short[] block) {
            if (size + block.length > data.length) {
                data = java.util.Arrays.copyOf(data, Math.max(data.length * 2, size + block.length));
            }
            System.arraycopy(block, 0, data, size, block.length);
            size += block.length;
        }

        short[] toArray() {
            return java.util.Arrays.copyOf(data, size);
        }
    }
}
