package dev.scriptcast.speech;

/** Builds the MaryXML input that carries rate and pitch as a prosody element. */
final class MaryProsody {
    private MaryProsody() {}

    static String document(String text, double rate, double pitch) {
        String body = escape(text);
        if (rate != 1.0 || pitch != 1.0) {
            body = "<prosody rate=\"" + percent(rate) + "\" pitch=\"" + signedPercent(pitch) + "\">" + body
                    + "</prosody>";
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<maryxml version=\"0.5\" xmlns=\"http://mary.dfki.de/2002/MaryXML\" xml:lang=\"en-US\">"
                + body + "</maryxml>";
    }

    private static String percent(double factor) {
        return Math.round(factor * 100) + "%";
    }

    private static String signedPercent(double factor) {
        long p = Math.round((factor - 1) * 100);
        return (p >= 0 ? "+" : "") + p + "%";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
