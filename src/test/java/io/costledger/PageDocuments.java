package io.costledger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The web page's GraphQL documents, always trusted: the text the page sends, as the service has it. */
public final class PageDocuments {

    private PageDocuments() {}

    public static String text() {
        try (InputStream in = PageDocuments.class.getResourceAsStream("/META-INF/resources/app/documents.graphql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
