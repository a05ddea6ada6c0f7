package io.costledger.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes CSV as RFC 4180 has it: fields separated by commas, records by CRLF. Every text cell is enclosed in quotation
 * marks (those inside doubled), so no spreadsheet splits one at a delimiter of its locale ({@code ;}); numbers and
 * booleans are written bare. A text cell that a spreadsheet would run as a formula (one whose first visible character
 * is =, +, -, @, or their fullwidth forms, or that starts with a tab or a carriage return, as OWASP lists them) is
 * written with a leading apostrophe, so it stays text: spaces and invisible characters before that character change
 * nothing.
 */
public final class Csv {

    /** UTF-8's byte-order mark, first in a download, so that spreadsheets read the file as UTF-8. */
    public static final String BOM = "\uFEFF";

    private final Writer out;

    public Csv(Writer out) {
        this.out = out;
    }

    /** One record of text cells (null: empty). */
    public void row(List<String> cells) {
        row(cells, column -> false);
    }

    /**
     * One record of text cells (null: empty), the columns {@code text} names quoted however they look (a date known
     * only to the year, 2021, is text, not a number).
     */
    public void row(List<String> cells, java.util.function.IntPredicate text) {
        try {
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(text.test(i) ? quoted(cells.get(i)) : field(cells.get(i)));
            }
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A cell as it is written: a number or a boolean bare, any other text neutralized and quoted. */
    static String field(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        if (BARE.matcher(cell).matches()) {
            return cell;
        }
        return quoted(cell);
    }

    /** A text cell, neutralized and quoted whatever it looks like; empty for none. */
    static String quoted(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        String text = formula(cell) ? "'" + cell : cell;
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    private static final java.util.regex.Pattern BARE =
            java.util.regex.Pattern.compile("-?[0-9]+(\\.[0-9]+)?|true|false");

    /** Whether a spreadsheet could take the cell for a formula. */
    static boolean formula(String cell) {
        char first = cell.charAt(0);
        if (first == '\t' || first == '\r') {
            return true;
        }
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT) {
                continue; // spaces, no-break spaces and invisible characters hide what follows
            }
            return "=+-@\uFF1D\uFF0B\uFF0D\uFF20".indexOf(c) >= 0;
        }
        return false;
    }
}
