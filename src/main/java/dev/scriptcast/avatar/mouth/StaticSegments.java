package dev.scriptcast.avatar.mouth;

import dev.scriptcast.timeline.Timed;
import dev.scriptcast.timeline.Timeline;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Extra pass around the rough animation: a mouth frozen in one shape through several vowels looks dead, so
 * when that happens a few clenched-teeth vowels (B) are allowed to open (C) and the least static result wins.
 */
public final class StaticSegments {
    static final long MIN_STATIC_MS = 750;
    static final int MIN_STATIC_VOWELS = 3;
    private static final int MAX_CHANGES = 3;
    private static final int MAX_CANDIDATES = 12;

    private record Score(int count, double squares) {
        boolean betterThan(Score o) {
            return count < o.count || (count == o.count && squares < o.squares);
        }
    }

    private StaticSegments() {}

    /**
     * Works phrase by phrase (split at silences long enough that the mouth rests anyway), so the search stays
     * small however long the script is.
     */
    public static Timeline<MouthShape> apply(Timeline<ShapeRule> rules,
            Function<Timeline<ShapeRule>, Timeline<MouthShape>> animate) {
        Timeline<MouthShape> out = Timeline.empty();
        for (Timeline<ShapeRule> phrase : phrases(rules)) {
            out = out.append(unfreeze(phrase, animate));
        }
        return Track.of(out, MouthShape.X).toTimeline(true);
    }

    private static List<Timeline<ShapeRule>> phrases(Timeline<ShapeRule> rules) {
        List<Timeline<ShapeRule>> out = new ArrayList<>();
        List<Timed<ShapeRule>> current = new ArrayList<>();
        for (Timed<ShapeRule> r : rules.items()) {
            current.add(r);
            if (r.value().phone() == Phone.SILENCE && r.durationMs() > PauseAnimation.RELAX_UP_TO_MS) {
                out.add(new Timeline<>(current));
                current = new ArrayList<>();
            }
        }
        if (!current.isEmpty()) {
            out.add(new Timeline<>(current));
        }
        return out;
    }

    private static Timeline<MouthShape> unfreeze(Timeline<ShapeRule> rules,
            Function<Timeline<ShapeRule>, Timeline<MouthShape>> animate) {
        Timeline<MouthShape> best = animate.apply(rules);
        Score bestScore = score(best, rules);
        if (bestScore.count == 0) {
            return best;
        }
        List<Integer> candidates = candidates(rules, best);
        for (int changes = 1; changes <= MAX_CHANGES && bestScore.count > 0; changes++) {
            for (List<Integer> combo : combinations(candidates, changes)) {
                Timeline<ShapeRule> changed = opened(rules, combo);
                Timeline<MouthShape> animation = animate.apply(changed);
                Score s = score(animation, changed);
                if (s.betterThan(bestScore)) {
                    best = animation;
                    bestScore = s;
                }
            }
        }
        return best;
    }

    /** Single-shape B vowels inside a static stretch: the rules that may open to C. */
    private static List<Integer> candidates(Timeline<ShapeRule> rules, Timeline<MouthShape> animation) {
        List<Timed<MouthShape>> statics = statics(animation, rules);
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < rules.size() && out.size() < MAX_CANDIDATES; i++) {
            Timed<ShapeRule> r = rules.get(i);
            boolean clenchedVowel = r.value().phone().isVowel() && r.value().shapes().equals(Set.of(MouthShape.B));
            if (clenchedVowel && statics.stream().anyMatch(s -> s.startMs() < r.endMs() && r.startMs() < s.endMs())) {
                out.add(i);
            }
        }
        return out;
    }

    private static Timeline<ShapeRule> opened(Timeline<ShapeRule> rules, List<Integer> indices) {
        List<Timed<ShapeRule>> items = new ArrayList<>(rules.items());
        for (int i : indices) {
            Timed<ShapeRule> r = items.get(i);
            items.set(i, new Timed<>(r.startMs(), r.endMs(), ShapeRule.of(r.value().phone(), MouthShape.C)));
        }
        return new Timeline<>(items);
    }

    private static Score score(Timeline<MouthShape> animation, Timeline<ShapeRule> rules) {
        double squares = 0;
        List<Timed<MouthShape>> statics = statics(animation, rules);
        for (Timed<MouthShape> s : statics) {
            squares += Math.pow(s.durationMs() / 1000.0, 2);
        }
        return new Score(statics.size(), squares);
    }

    private static List<Timed<MouthShape>> statics(Timeline<MouthShape> animation, Timeline<ShapeRule> rules) {
        List<Timed<MouthShape>> out = new ArrayList<>();
        for (Timed<MouthShape> s : animation.items()) {
            if (s.value() != MouthShape.X && s.durationMs() >= MIN_STATIC_MS && vowels(rules, s) >= MIN_STATIC_VOWELS) {
                out.add(s);
            }
        }
        return out;
    }

    /** Vowels starting inside {@code span}; the two parts of a two-part vowel count once. */
    private static int vowels(Timeline<ShapeRule> rules, Timed<?> span) {
        int count = 0;
        Phone previous = null;
        for (Timed<ShapeRule> r : rules.items()) {
            Phone phone = r.value().phone();
            if (r.startMs() >= span.startMs() && r.startMs() < span.endMs() && phone.isVowel() && phone != previous) {
                count++;
            }
            previous = phone;
        }
        return count;
    }

    private static List<List<Integer>> combinations(List<Integer> items, int k) {
        List<List<Integer>> out = new ArrayList<>();
        combine(items, k, 0, new ArrayList<>(), out);
        return out;
    }

    private static void combine(List<Integer> items, int k, int from, List<Integer> current, List<List<Integer>> out) {
        if (current.size() == k) {
            out.add(List.copyOf(current));
            return;
        }
        for (int i = from; i < items.size(); i++) {
            current.add(items.get(i));
            combine(items, k, i + 1, current, out);
            current.removeLast();
        }
    }
}
