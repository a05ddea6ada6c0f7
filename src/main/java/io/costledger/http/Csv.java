package io.costledger.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes CSV as RFC 4180 has it: fields separated by commas, records by CRLF, a field with a comma, a quotation mark
 * or a line break enclosed in quotation marks (those inside doubled). A text cell that a spreadsheet would run as a
 * formula (one starting with =, +, -, @, a tab or a carriage return, as OWASP lists them) is written with a leading
 * apostrophe, so it stays text.
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
        try {
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(field(cells.get(i)));
            }
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A cell as it is written: neutralized, then quoted where it must be. */
    static String field(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        String text = cell;
        char first = text.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
