package dev.scriptcast.visual;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
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
    /** The font measured as {@link #render} writes it. */
    private final FontMetrics metrics;
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
        this.metrics = metricsOf(font);
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
     * The box and the words' dark outline are drawn once per line; each word's sprite is a copy of them with the words
     * written over it, that word in the highlight. All text goes through Java2D's glyph cache, and the outline is the
     * same glyphs written in a small ring around each word. Stroking the glyphs' shapes instead made Java2D's
     * rasteriser hot enough that the JIT compiler spent more time on it than the drawing took.
     */
    private Sprite[] render(CaptionPages.Page page) {
        List<String> words = page.words().stream().map(w -> w.value().text()).toList();
        String label = label(page.words().getFirst().value());
        int pad = padding();
        int width = Math.min(area.w(), metrics.stringWidth(label + page.text()) + 2 * pad);
        int height = Math.min(area.h(), metrics.getAscent() + metrics.getDescent() + pad);
        float baseline = (height - metrics.getAscent() - metrics.getDescent()) / 2f + metrics.getAscent();
        String[] texts = new String[words.size() + 1];
        float[] xs = new float[texts.length];
        texts[0] = label;
        xs[0] = pad;
        for (int i = 0; i < words.size(); i++) {
            texts[i + 1] = i + 1 < words.size() ? words.get(i) + " " : words.get(i);
            xs[i + 1] = xs[i] + metrics.stringWidth(texts[i]);
        }
        BufferedImage back = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = styled(back);
        g.setColor(BOX);
        g.fill(new RoundRectangle2D.Double(0, 0, width, height, height * 0.4, height * 0.4));
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, OUTLINE.getAlpha() / 255f));
        g.drawImage(ring(texts, xs, baseline, width, height), 0, 0, null);
        g.dispose();
        Sprite[] sprites = new Sprite[words.size()];
        for (int k = 0; k < words.size(); k++) {
            BufferedImage img = new BufferedImage(back.getColorModel(), back.copyData(null), false, null);
            Graphics2D h = styled(img);
            h.setFont(font);
            for (int i = 0; i < texts.length; i++) {
                h.setColor(i == 0 ? SPEAKER : i == k + 1 ? HIGHLIGHT : TEXT);
                h.drawString(texts[i], xs[i], baseline);
            }
            h.dispose();
            sprites[k] = Sprite.of(img);
        }
        return sprites;
    }

    /** The texts written, opaque, at eight points on a small circle around their places: their outline. */
    private BufferedImage ring(String[] texts, float[] xs, float baseline, int width, int height) {
        BufferedImage ring = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = styled(ring);
        g.setFont(font);
        g.setColor(new Color(OUTLINE.getRGB() & 0xFFFFFF));
        float reach = Math.max(1f, font.getSize() / 24f);
        for (int step = 0; step < 8; step++) {
            float dx = (float) (reach * Math.cos(step * Math.PI / 4));
            float dy = (float) (reach * Math.sin(step * Math.PI / 4));
            for (int i = 0; i < texts.length; i++) {
                g.drawString(texts[i], xs[i] + dx, baseline + dy);
            }
        }
        g.dispose();
        return ring;
    }

    private static Graphics2D styled(BufferedImage img) {
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        return g;
    }

    private static FontMetrics metricsOf(Font font) {
        Graphics2D g = styled(new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB));
        try {
            return g.getFontMetrics(font);
        } finally {
            g.dispose();
        }
    }
}
