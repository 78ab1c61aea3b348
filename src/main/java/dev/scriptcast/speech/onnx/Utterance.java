package dev.scriptcast.speech.onnx;

import java.util.ArrayList;
import java.util.List;

/**
 * The ids a model reads for some clauses, and what each stretch of ids says: a symbol (phoneme, space,
 * punctuation or "_" for the framing), how many ids it spans and the group of written words it belongs to
 * ({@code -1}: none). {@code skipped} counts phonemes the vocabulary lacks; they are left out.
 */
record Utterance(long[] ids, List<Symbol> symbols, List<List<String>> groups, int skipped) {
    record Symbol(String text, int ids, int group) {}

    static Utterance of(List<PhonemeClause> clauses, SymbolIds vocabulary) {
        Builder b = new Builder(vocabulary);
        b.frame(vocabulary.start());
        for (int c = 0; c < clauses.size(); c++) {
            PhonemeClause clause = clauses.get(c);
            List<int[]> ranges = clause.wordRanges();
            int[] lastRange = null;
            for (int k = 0; k < clause.phoneticWords().size(); k++) {
                if (k > 0) {
                    b.add(" ", -1);
                }
                int[] range = ranges.get(k);
                if (range != null && (lastRange == null || range[0] != lastRange[0])) {
                    b.groups.add(clause.words().subList(range[0], range[1] + 1));
                }
                lastRange = range;
                int group = range == null ? -1 : b.groups.size() - 1;
                for (String symbol : clause.phoneticWords().get(k)) {
                    b.add(symbol, group);
                }
            }
            if (clause.terminator() != null && vocabulary.ids().containsKey(clause.terminator())) {
                b.add(clause.terminator(), -1);
            }
            if (c + 1 < clauses.size()) {
                b.add(" ", -1);
            }
        }
        b.frame(vocabulary.end());
        return new Utterance(b.ids.stream().mapToLong(Long::longValue).toArray(), List.copyOf(b.symbols),
                List.copyOf(b.groups), b.skipped);
    }

    /** Ids without the framing at both ends: the token count Kokoro's voice vectors are indexed by. */
    int innerIds(SymbolIds vocabulary) {
        return ids.length - vocabulary.start().length - vocabulary.end().length;
    }

    private static final class Builder {
        final SymbolIds vocabulary;
        final List<Long> ids = new ArrayList<>();
        final List<Symbol> symbols = new ArrayList<>();
        final List<List<String>> groups = new ArrayList<>();
        int skipped;

        Builder(SymbolIds vocabulary) {
            this.vocabulary = vocabulary;
        }

        void frame(long[] frame) {
            if (frame.length > 0) {
                append(frame);
                symbols.add(new Symbol("_", frame.length, -1));
            }
        }

        void add(String symbol, int group) {
            long[] own = vocabulary.ids().get(symbol);
            if (own == null) {
                skipped++;
                return;
            }
            append(own);
            append(vocabulary.afterEach());
            symbols.add(new Symbol(symbol, own.length + vocabulary.afterEach().length, group));
        }

        private void append(long[] more) {
            for (long id : more) {
                ids.add(id);
            }
        }
    }
}
