package dev.scriptcast.pipeline;

import dev.scriptcast.config.SpeakerSettings;
import dev.scriptcast.script.Block;
import dev.scriptcast.script.Script;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Who appears on screen: the narrator (with {@code avatar.look}) when some text has no speaker, then each declared
 * speaker who has a line, in the order they were declared. Without declared speakers it is the narrator alone.
 */
record Cast(List<Member> members) {
    /** {@code speaker}: the declared name, or "" for the narrator. */
    record Member(String speaker, String look) {}

    Cast {
        members = List.copyOf(members);
    }

    static Cast of(Script script, List<SpeakerSettings> declared, String narratorLook) {
        List<Block.Paragraph> paragraphs = script.paragraphs();
        List<Member> members = new ArrayList<>();
        if (paragraphs.stream().anyMatch(p -> p.speaker() == null)) {
            members.add(new Member("", narratorLook));
        }
        for (SpeakerSettings s : declared) {
            if (paragraphs.stream().anyMatch(p -> s.name().equals(p.speaker()))) {
                members.add(new Member(s.name(), Objects.requireNonNullElse(s.look(), narratorLook)));
            }
        }
        return new Cast(members);
    }

    /** Whether more than one presenter is needed. */
    boolean dialogue() {
        return members.size() > 1;
    }

    /** The member index of {@code speaker} ("" for the narrator). */
    int indexOf(String speaker) {
        for (int i = 0; i < members.size(); i++) {
            if (members.get(i).speaker().equals(speaker)) {
                return i;
            }
        }
        throw new IllegalArgumentException("not in the cast: " + speaker);
    }
}
