package dev.scriptcast.speech;

/** Spells numbers as English words: cardinals, ordinals, years and digit strings. */
final class NumberWords {
    private static final String[] ONES = {"zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
            "seventeen", "eighteen", "nineteen"};
    private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
            "eighty", "ninety"};
    private static final String[] SCALES = {"", " thousand", " million", " billion", " trillion",
            " quadrillion", " quintillion"};

    /** Longer digit strings (serial numbers, hostile input) are read digit by digit; they would overflow a long. */
    private static final int MAX_COUNT_DIGITS = 18;

    private NumberWords() {}

    static String cardinal(long n) {
        if (n < 0) {
            return "minus " + cardinal(-n);
        }
        if (n < 1000) {
            return belowThousand((int) n);
        }
        StringBuilder out = new StringBuilder();
        int scale = 0;
        while (n > 0) {
            int group = (int) (n % 1000);
            if (group > 0) {
                String words = belowThousand(group) + SCALES[scale];
                out.insert(0, out.isEmpty() ? words : words + " ");
            }
            n /= 1000;
            scale++;
        }
        return out.toString();
    }

    private static String belowThousand(int n) {
        if (n < 20) {
            return ONES[n];
        }
        if (n < 100) {
            return TENS[n / 10] + (n % 10 == 0 ? "" : "-" + ONES[n % 10]);
        }
        return ONES[n / 100] + " hundred" + (n % 100 == 0 ? "" : " " + belowThousand(n % 100));
    }

    static String ordinal(long n) {
        return ordinalOfLastWord(cardinal(n));
    }

    /** An ordinal as written ("1,234th"); one too long for a count is read digit by digit, its last as an ordinal. */
    static String ordinal(String written) {
        String plain = written.replace(",", "");
        return plain.length() > MAX_COUNT_DIGITS ? ordinalOfLastWord(digits(plain)) : ordinal(Long.parseLong(plain));
    }

    private static String ordinalOfLastWord(String words) {
        int cut = Math.max(words.lastIndexOf(' '), words.lastIndexOf('-')) + 1;
        return words.substring(0, cut) + ordinalOf(words.substring(cut));
    }

    private static String ordinalOf(String word) {
        return switch (word) {
            case "one" -> "first";
            case "two" -> "second";
            case "three" -> "third";
            case "five" -> "fifth";
            case "eight" -> "eighth";
            case "nine" -> "ninth";
            case "twelve" -> "twelfth";
            default -> word.endsWith("y") ? word.substring(0, word.length() - 1) + "ieth" : word + "th";
        };
    }

    /** 1999 → nineteen ninety-nine, 1905 → nineteen oh five, 1900 → nineteen hundred, 2005 → two thousand five. */
    static String year(int year) {
        int century = year / 100;
        int rest = year % 100;
        if (year >= 2000 && year < 2010) {
            return cardinal(year);
        }
        if (rest == 0) {
            return cardinal(century) + " hundred";
        }
        return cardinal(century) + " " + (rest < 10 ? "oh " + ONES[rest] : cardinal(rest));
    }

    /** A decade: 1990 → nineteen nineties, 2000 → two thousands. */
    static String decade(int year) {
        String words = year % 100 == 0 ? cardinal(year / 100) + " hundred" : year(year);
        return words.endsWith("y") ? words.substring(0, words.length() - 1) + "ies" : words + "s";
    }

    static String digits(CharSequence digits) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(ONES[digits.charAt(i) - '0']);
        }
        return out.toString();
    }

    /** An unsigned number as written (may contain thousands commas), read as a count or digit by digit. */
    static String number(String written) {
        String plain = written.replace(",", "");
        if (plain.length() > 1 && plain.startsWith("0") || plain.length() > MAX_COUNT_DIGITS) {
            return digits(plain);
        }
        return cardinal(Long.parseLong(plain));
    }

    /** Whether a written whole number is one, however many digits it has ("1", "01"). */
    static boolean isOne(String written) {
        return written.replace(",", "").replaceFirst("^0+", "").equals("1");
    }

    static boolean isZero(String written) {
        return written.replace(",", "").matches("0+");
    }

    /** 3.14 → three point one four. */
    static String decimal(String integerPart, String fraction) {
        String whole = integerPart.isEmpty() ? "zero" : number(integerPart);
        return fraction.isEmpty() ? whole : whole + " point " + digits(fraction);
    }
}
