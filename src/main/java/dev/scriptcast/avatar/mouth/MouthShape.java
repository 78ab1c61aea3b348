package dev.scriptcast.avatar.mouth;

import java.util.List;
import java.util.Set;

/**
 * The nine mouth shapes of classic cartoon lip sync: A closed (M B P), B clenched teeth, C open, D wide open,
 * E rounded, F puckered, G upper teeth on lower lip (F V), H tongue up (L), X at rest.
 */
public enum MouthShape {
    A, B, C, D, E, F, G, H, X;

    public static final Set<MouthShape> ANY = Set.of(values());
    public static final Set<MouthShape> OPEN = Set.of(B, C, D, E, F, G, H);

    private static final List<String> PREFERENCES = List.of(
            "AXGBCHEDF", "BGAXCHEDF", "CHBGDAXEF", "DCHBGAXEF", "ECHBGAXDF",
            "FBGAXCHED", "GABCHXEDF", "HCBGDAXEF", "XAGBCHEDF");

    /** The shape a mouth drifts to once the sound that formed this one is over. */
    public MouthShape relaxed() {
        return switch (this) {
            case A -> A;
            case B, C, F, H -> B;
            case D, E -> C;
            case G, X -> X;
        };
    }

    /** The basic shape (A–F) this one looks like; the optional G, H, X fall back to A, C, A. */
    public MouthShape basic() {
        return switch (this) {
            case G, X -> A;
            case H -> C;
            default -> this;
        };
    }

    /** The member of {@code candidates} that looks most like this shape; this shape when there are none. */
    public MouthShape closestOf(Set<MouthShape> candidates) {
        if (candidates.isEmpty()) {
            return this;
        }
        for (char c : PREFERENCES.get(ordinal()).toCharArray()) {
            MouthShape shape = valueOf(String.valueOf(c));
            if (candidates.contains(shape)) {
                return shape;
            }
        }
        throw new IllegalStateException("preference row misses a shape");
    }
}
