package dev.scriptcast.script;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Reduces Markdown lines to speakable text, keeping line numbers; a blank line still means a paragraph break. */
final class MarkdownText {
    record Line(int number, String text) {}

    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)\\]\\([^)]*\\)");
    private static final Pattern AUTOLINK = Pattern.compile("<(https?://[^>]+)>");
    private static final Pattern HTML_TAG = Pattern.compile("</?[a-zA-Z][^>]*>");
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*+]|\\d+[.)])\\s+");
    private static final Pattern QUOTE = Pattern.compile("^\\s*(?:>\\s?)+");
    private static final Pattern RULE = Pattern.compile("^\\s*(?:[-*_]\\s*){3,}$");
    private static final Pattern EMPHASIS = Pattern.compile("(\\*{1,3}|_{1,3}|~~|`+)(?=\\S)(.+?)(?<=\\S)\\1");
    private static final Pattern SETEXT = Pattern.compile("^\\s*(=+|-+)\\s*$");

    private MarkdownText() {}

    static List<Line> strip(List<String> lines, int firstLine) {
        List<Line> out = new ArrayList<>();
        boolean inComment = false;
        boolean inFence = false;
        for (int i = firstLine; i < lines.size(); i++) {
            String text = lines.get(i);
            int number = i + 1;
            if (text.strip().startsWith("```") || text.strip().startsWith("~~~")) {
                inFence = !inFence;
                out.add(new Line(number, ""));
                continue;
            }
            StringBuilder kept = new StringBuilder();
            boolean commentSeen = inComment || text.contains("<!--");
            inComment = removeComments(text, inComment, kept);
            if (commentSeen && kept.toString().isBlank()) {
                continue;
            }
            String cleaned = inFence ? kept.toString() : cleanLine(kept.toString());
            var heading = HEADING.matcher(kept);
            if (!inFence && heading.matches()) {
                out.add(new Line(number, ""));
                out.add(new Line(number, endSentence(cleanInline(heading.group(1)))));
                out.add(new Line(number, ""));
            } else if (!inFence && SETEXT.matcher(kept).matches() && !out.isEmpty() && !out.getLast().text().isBlank()) {
                Line title = out.removeLast();
                out.add(new Line(title.number(), endSentence(title.text())));
                out.add(new Line(number, ""));
            } else {
                out.add(new Line(number, cleaned));
            }
        }
        return out;
    }

    /** Appends the parts of {@code text} outside HTML comments; returns whether a comment is still open. */
    private static boolean removeComments(String text, boolean inComment, StringBuilder kept) {
        int pos = 0;
        while (pos < text.length()) {
            if (inComment) {
                int end = text.indexOf("-->", pos);
                if (end < 0) {
                    return true;
                }
                pos = end + 3;
                inComment = false;
            } else {
                int start = text.indexOf("<!--", pos);
                if (start < 0) {
                    kept.append(text, pos, text.length());
                    return false;
                }
                kept.append(text, pos, start).append(' ');
                pos = start + 4;
                inComment = true;
            }
        }
        return inComment;
    }

    private static String cleanLine(String line) {
        if (RULE.matcher(line).matches()) {
            return "";
        }
        String s = QUOTE.matcher(line).replaceFirst("");
        s = BULLET.matcher(s).replaceFirst("");
        return cleanInline(s);
    }

    private static String cleanInline(String s) {
        s = IMAGE.matcher(s).replaceAll("$1");
        s = LINK.matcher(s).replaceAll("$1");
        s = AUTOLINK.matcher(s).replaceAll("$1");
        s = HTML_TAG.matcher(s).replaceAll(" ");
        String before;
        do {
            before = s;
            s = EMPHASIS.matcher(s).replaceAll("$2");
        } while (!s.equals(before));
        return Speakable.clean(s);
    }

    private static String endSentence(String text) {
        String t = text.strip();
        if (t.isEmpty() || ".!?:;".indexOf(t.charAt(t.length() - 1)) >= 0) {
            return t;
        }
        return t + ".";
    }
}
