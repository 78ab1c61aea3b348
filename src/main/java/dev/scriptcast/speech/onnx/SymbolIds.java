package dev.scriptcast.speech.onnx;

import java.util.Map;

/**
 * A model's vocabulary: the ids of each phoneme symbol, and how an utterance is framed: {@code start} before the
 * first symbol, {@code afterEach} after every symbol (Piper's pad), {@code end} after the last.
 */
record SymbolIds(Map<String, long[]> ids, long[] start, long[] afterEach, long[] end) {
    /** Piper: "^", each phoneme followed by the pad "_", then "$". */
    static SymbolIds piper(Map<String, long[]> ids) {
        return new SymbolIds(ids, ids.get("^"), ids.get("_"), ids.get("$"));
    }

    /** Kokoro: 0 before and after, nothing between. */
    static SymbolIds kokoro(Map<String, long[]> ids) {
        return new SymbolIds(ids, new long[] {0}, new long[0], new long[] {0});
    }
}
