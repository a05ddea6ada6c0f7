package io.costledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reads a CSV download back as a spreadsheet would: UTF-8 after its byte-order mark, RFC 4180, a header row. */
final class CsvAnswers {

    private CsvAnswers() {}

    static List<CSVRecord> records(ExtractableResponse<Response> answer) throws IOException {
        String body = new String(answer.asByteArray(), StandardCharsets.UTF_8);
        assertThat(body).startsWith("\uFEFF");
        return CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(body.substring(1)))
                .getRecords();
    }
}
