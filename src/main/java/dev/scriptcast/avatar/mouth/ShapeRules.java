package dev.scriptcast.avatar.mouth;

import static dev.scriptcast.avatar.mouth.MouthShape.A;
import static dev.scriptcast.avatar.mouth.MouthShape.B;
import static dev.scriptcast.avatar.mouth.MouthShape.C;
import static dev.scriptcast.avatar.mouth.MouthShape.D;
import static dev.scriptcast.avatar.mouth.MouthShape.E;
import static dev.scriptcast.avatar.mouth.MouthShape.F;
import static dev.scriptcast.avatar.mouth.MouthShape.G;
import static dev.scriptcast.avatar.mouth.MouthShape.H;
import static dev.scriptcast.avatar.mouth.MouthShape.X;

import dev.scriptcast.timeline.Timed;
import dev.scriptcast.timeline.Timeline;
import java.util.List;
import java.util.Set;

/**
 * Pass 1: phones → the shapes each may show. Two-part vowels split 60/40; plosives get a closure shape
 * that starts before the phone, taken from the end of the phone before it.
 */
public final class ShapeRules {
    private static final double FIRST_PART = 0.6;
    private static final long MIN_CLOSURE_MS = 40;
    private static final long MAX_CLOSURE_MS = 120;

    private ShapeRules() {}

    /** {@code phones} must be gap-free (silence is {@link Phone#SILENCE}). */
    public static Timeline<ShapeRule> apply(Timeline<Phone> phones) {
        Track<ShapeRule> track = new Track<>(phones.isEmpty() ? 0 : phones.get(0).startMs(), phones.endMs(),
                ShapeRule.of(Phone.SILENCE, X));
        long previousDurationMs = 0;
        for (Timed<Phone> timed : phones.items()) {
            Phone phone = timed.value();
            long duration = timed.durationMs();
            List<Set<MouthShape>> parts = shapes(phone, duration);
            if (parts.size() == 1) {
                track.set(timed.startMs(), timed.endMs(), new ShapeRule(parts.getFirst(), phone));
            } else {
                long split = timed.startMs() + Math.round(duration * FIRST_PART);
                track.set(timed.startMs(), split, new ShapeRule(parts.get(0), phone));
                track.set(split, timed.endMs(), new ShapeRule(parts.get(1), phone));
            }
            Set<MouthShape> closure = closure(phone);
            if (closure != null) {
                long closureMs = Math.clamp(previousDurationMs / 2, MIN_CLOSURE_MS, MAX_CLOSURE_MS);
                track.set(timed.startMs() - closureMs, timed.startMs(), new ShapeRule(closure, phone));
            }
            previousDurationMs = duration;
        }
        return track.toTimeline(false);
    }

    private static Set<MouthShape> closure(Phone phone) {
        return switch (phone) {
            case P, B -> Set.of(A);
            case T, D -> Set.of(B, F);
            case K, G -> Set.of(B, C, E, F, H);
            default -> null;
        };
    }

    /** One set, or two for the two parts of a two-part vowel. */
    static List<Set<MouthShape>> shapes(Phone phone, long durationMs) {
        return switch (phone) {
            case AO -> one(E);
            case AA -> one(D);
            case IY, IH -> one(B);
            case UW, UH -> one(F);
            case EH, AE -> one(C);
            case AH -> one(durationMs < 200 ? C : D);
            case SCHWA -> one(B, C);
            case EY -> two(C, B);
            case AY -> two(durationMs < 200 ? C : D, B);
            case OW -> two(E, F);
            case AW -> two(durationMs < 300 ? C : D, E);
            case OY -> two(E, B);
            case ER -> durationMs < 70 ? one(B, C) : one(E);
            case P, B, HH -> List.of(MouthShape.ANY);
            case T, D, K, G -> List.of(MouthShape.OPEN);
            case CH, JH, TH, DH, S, Z, SH, ZH -> one(B, F);
            case F, V -> one(G);
            case M -> one(A);
            case N -> one(B, C, F, H);
            case NG -> one(B, C, E, F);
            case L -> durationMs < 200 ? one(B, E, F, H) : one(H);
            case R -> one(B, E, F);
            case Y -> one(B, C, F);
            case W -> one(F);
            case UNKNOWN -> one(B, C, E, F, H);
            case SILENCE -> one(X);
        };
    }

    private static List<Set<MouthShape>> one(MouthShape... shapes) {
        return List.of(Set.of(shapes));
    }

    private static List<Set<MouthShape>> two(MouthShape first, MouthShape second) {
        return List.of(Set.of(first), Set.of(second));
    }
}
