package io.costledger.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.costledger.Bundles;
import io.costledger.H2;
import io.costledger.Researcher;
import io.costledger.bundle.LoadService;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A download that runs past its time limit ends as a broken transfer: the connection closes without HTTP's last
 * chunk, so no client can take a cut-off ledger for the whole of it.
 */
@QuarkusTest
@TestProfile(DownloadLimitTest.ShortDownloads.class)
class DownloadLimitTest {

    /** A ledger of its own; downloads limited to half a second. */
    public static class ShortDownloads implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = new HashMap<>(H2.emptyLedger("ledger-download-limit"));
            overrides.put("ledger.limits.download-timeout", "500ms");
            return overrides;
        }
    }

    @Inject
    LoadService loads;

    @TestHTTPResource("/")
    URL service;

    @Test
    void aDownloadPastItsLimitEndsWithoutTheLastChunk() throws Exception {
        loads.load(Bundles.parse(LargeLedger.part("dl", 1)), Researcher.USER, false);
        loads.load(Bundles.parse(LargeLedger.part("dl", 2)), Researcher.USER, false);

        try (Socket socket = new Socket(service.getHost(), service.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET /bundles/export HTTP/1.1\r\nHost: " + service.getHost() + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            received.write(in.readNBytes(4096));
            Thread.sleep(1_500); // the reader stalls: the export blocks on a full connection past its limit
            in.transferTo(received);

            String answer = received.toString(StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 200 OK").contains("transfer-encoding: chunked");
            assertThat(answer).contains("\"key\" : \"dl-c1-0\"").doesNotContain("\"key\" : \"dl-c2-2999\"");
            assertThat(answer).doesNotEndWith("\r\n0\r\n\r\n").doesNotContain("TIMEOUT");
        }
    }
}
