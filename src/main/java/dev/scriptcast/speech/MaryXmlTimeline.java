package dev.scriptcast.speech;

import dev.scriptcast.timeline.Timed;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads word and phoneme times from MaryTTS REALISED_ACOUSTPARAMS XML: phone durations ({@code ph@d}) and
 * boundary pauses ({@code boundary@duration}) summed in document order. The {@code end} attributes are not
 * used because they leave the pauses out.
 */
final class MaryXmlTimeline {
    record Result(List<Timed<Word>> words, List<Timed<Phoneme>> phonemes, long endMs) {}

    private final int scriptLine;
    private final List<Timed<Word>> words = new ArrayList<>();
    private final List<Timed<Phoneme>> phonemes = new ArrayList<>();
    private double cursorMs;

    private MaryXmlTimeline(int scriptLine) {
        this.scriptLine = scriptLine;
    }

    static Result read(Document doc, int scriptLine) {
        MaryXmlTimeline reader = new MaryXmlTimeline(scriptLine);
        reader.walk(doc.getDocumentElement());
        return new Result(reader.words, reader.phonemes, Math.round(reader.cursorMs));
    }

    private void walk(Element element) {
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (!(child instanceof Element e)) {
                continue;
            }
            switch (e.getLocalName() == null ? e.getTagName() : e.getLocalName()) {
                case "t" -> token(e);
                case "boundary" -> boundary(e);
                default -> walk(e);
            }
        }
    }

    private void token(Element t) {
        double start = cursorMs;
        int before = phonemes.size();
        phones(t, false);
        String text = t.getTextContent().strip();
        if (phonemes.size() > before && !text.isEmpty()) {
            words.add(new Timed<>(Math.round(start), Math.round(cursorMs), new Word(text, scriptLine)));
        }
    }

    private void phones(Element parent, boolean stressed) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                String name = e.getLocalName() == null ? e.getTagName() : e.getLocalName();
                if (name.equals("ph")) {
                    phone(e, stressed);
                } else if (name.equals("syllable")) {
                    phones(e, "1".equals(e.getAttribute("stress")));
                } else {
                    phones(e, stressed);
                }
            }
        }
    }

    private void phone(Element ph, boolean stressed) {
        double duration = parseMs(ph.getAttribute("d"));
        long start = Math.round(cursorMs);
        cursorMs += duration;
        phonemes.add(new Timed<>(start, Math.round(cursorMs),
                new Phoneme(ph.getAttribute("p"), Phoneme.Alphabet.SAMPA, stressed)));
    }

    private void boundary(Element boundary) {
        double duration = parseMs(boundary.getAttribute("duration"));
        if (duration <= 0) {
            return;
        }
        long start = Math.round(cursorMs);
        cursorMs += duration;
        phonemes.add(new Timed<>(start, Math.round(cursorMs), new Phoneme("_", Phoneme.Alphabet.SAMPA, false)));
    }

    private static double parseMs(String value) {
        if (value == null || value.isBlank()) {
            return 0;
        }
        return Double.parseDouble(value);
    }
}
