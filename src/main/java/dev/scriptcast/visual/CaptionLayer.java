package dev.scriptcast.visual;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.scriptcast.compose.Canvas;
import dev.scriptcast.compose.BoundedLayer;
import dev.scriptcast.compose.Rect;
import dev.scriptcast.compose.Sprite;
import dev.scriptcast.compose.VideoFormat;
import dev.scriptcast.speech.Word;
import dev.scriptcast.timeline.Timeline;

/**
 * Burned-in captions: the current line in white on a translucent box, outlined, with the word being spoken
 * highlighted. Each line is drawn with Java2D when it first comes up, and copied into one sprite per highlighted
 * word; frames only blend a sprite. Only a few lines are kept, so memory does not grow with the video.
 */
public final class CaptionLayer implements BoundedLayer {
    private static final Color TEXT = Color.WHITE;
    private static final Color HIGHLIGHT = new Color(0xFFD54F);
    private static final Color SPEAKER = new Color(0x9FD8FF);
    private static final Color BOX = new Color(0, 0, 0, 150);
    private static final Color OUTLINE = new Color(0, 0, 0, 220);
    private static final int CACHED_PAGES = 4;

    private final VideoFormat fmt;
    private final Rect area;
    private final Font font;
    private final boolean speakerNames;
    private final List<CaptionPages.Page> pages;
    private final long[] pageStarts;
    private final Map<Integer, Sprite[]> cache = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, Sprite[]> eldest) {
            return size() > CACHED_PAGES;
        }
    };

    public CaptionLayer(Timeline<Word> words, VideoFormat fmt, Rect area) {
        this(words, fmt, area, false);
    }

    /** {@code speakerNames}: each line starts with its speaker's name, in its own colour. */
    public CaptionLayer(Timeline<Word> words, VideoFormat fmt, Rect area, boolean speakerNames) {
        this.fmt = fmt;
        this.area = area;
        this.speakerNames = speakerNames;
        this.font = captionFont((int) Math.round(Math.min(area.h() * 0.40, area.w() / 16.0)));
        FontMetrics metrics = scratch().getFontMetrics(font);
        int labels = words.items().stream().mapToInt(w -> metrics.stringWidth(label(w.value()))).max().orElse(0);
        this.pages = CaptionPages.paginate(words, metrics, Math.max(area.w() / 3, area.w() - 2 * padding() - labels));
        this.pageStarts = pages.stream().mapToLong(CaptionPages.Page::startMs).toArray();
    }

    /** DejaVu Sans Bold when installed (resolved through fontconfig), else Java's logical sans-serif. */
    static Font captionFont(int size) {
        Font dejavu = new Font("DejaVu Sans", Font.BOLD, size);
        return dejavu.getFamily().equals("DejaVu Sans") ? dejavu : new Font(Font.SANS_SERIF, Font.BOLD, size);
    }

    @Override
    public Rect bounds() {
        return area;
    }

    @Override
    public String name() {
        return "captions";
    }

    int pageCount() {
        return pages.size();
    }

    @Override
    public void draw(int frameIndex, Canvas canvas) {
        long t = fmt.timeMs(frameIndex);
        int p = java.util.Arrays.binarySearch(pageStarts, t);
        p = p >= 0 ? p : -p - 2;
        if (p < 0 || t >= pages.get(p).endMs()) {
            return;
        }
        Sprite sprite = sprites(p)[pages.get(p).currentWord(t)];
        canvas.blend(sprite, area.x() + (area.w() - sprite.width()) / 2,
                area.y() + (area.h() - sprite.height()) / 2);
    }

    private synchronized Sprite[] sprites(int page) {
        return cache.computeIfAbsent(page, i -> render(pages.get(i)));
    }

    private int padding() {
        return Math.max(6, font.getSize() / 2);
    }

    /** "NAME: " before a speaker's words when names are on; else nothing. */
    private String label(Word word) {
        return speakerNames && word.speaker() != null ? word.speaker() + ": " : "";
    }

    /**
     * The line is drawn once with every word in the text colour; each word's sprite is a copy of it with that word
     * drawn again over itself in the highlight. Drawing the whole line once per word made Java2D's rasteriser hot
     * enough that the JIT compiler spent more time on it than the drawing took.
     */
    private Sprite[] render(CaptionPages.Page page) {
        List<String> words = page.words().stream().map(w -> w.value().text()).toList();
        String label = label(page.words().getFirst().value());
        FontMetrics m = scratch().getFontMetrics(font);
        int pad = padding();
        int width = Math.min(area.w(), m.stringWidth(label + page.text()) + 2 * pad);
        int height = Math.min(area.h(), m.getAscent() + m.getDescent() + pad);
        BufferedImage line = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = styled(line);
        g.setColor(BOX);
        g.fill(new RoundRectangle2D.Double(0, 0, width, height, height * 0.4, height * 0.4));
        double x = pad;
        double baseline = (height - m.getAscent() - m.getDescent()) / 2.0 + m.getAscent();
        if (!label.isEmpty()) {
            TextLayout layout = new TextLayout(label, font, g.getFontRenderContext());
            drawText(g, layout.getOutline(AffineTransform.getTranslateInstance(x, baseline)), SPEAKER);
            x += layout.getAdvance();
        }
        Shape[] outlines = new Shape[words.size()];
        for (int i = 0; i < words.size(); i++) {
            String text = i + 1 < words.size() ? words.get(i) + " " : words.get(i);
            TextLayout layout = new TextLayout(text, font, g.getFontRenderContext());
            outlines[i] = layout.getOutline(AffineTransform.getTranslateInstance(x, baseline));
            drawText(g, outlines[i], TEXT);
            x += layout.getAdvance();
        }
        g.dispose();
        Sprite[] sprites = new Sprite[words.size()];
        for (int k = 0; k < words.size(); k++) {
            BufferedImage img = new BufferedImage(line.getColorModel(), line.copyData(null), false, null);
            Graphics2D h = styled(img);
            drawText(h, outlines[k], HIGHLIGHT);
            h.dispose();
            sprites[k] = Sprite.of(img);
        }
        return sprites;
    }

    private static Graphics2D styled(BufferedImage img) {
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        return g;
    }

    /** Draws a text's outline, then fills it. */
    private void drawText(Graphics2D g, Shape outline, Color fill) {
        g.setStroke(new BasicStroke(Math.max(2f, font.getSize() / 12f), BasicStroke.CAP_ROUND,
                BasicStroke.JOIN_ROUND));
        g.setColor(OUTLINE);
        g.draw(outline);
        g.setColor(fill);
        g.fill(outline);
    }

    private static Graphics2D scratch() {
        return new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB).createGraphics();
    }
}
