package dev.scriptcast.avatar.mouth;

import java.util.Set;

/** The mouth shapes allowed while (part of) {@code phone} sounds. */
public record ShapeRule(Set<MouthShape> shapes, Phone phone) {
    public ShapeRule {
        shapes = Set.copyOf(shapes);
    }

    static ShapeRule of(Phone phone, MouthShape... shapes) {
        return new ShapeRule(Set.of(shapes), phone);
    }

    /** A vowel that allows exactly one shape: the rough pass anticipates it on the phones before. */
    boolean anticipated() {
        return phone.isVowel() && shapes.size() == 1;
    }
}
