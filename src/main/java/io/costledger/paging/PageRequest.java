package io.costledger.paging;

import io.costledger.error.LedgerException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * A validated {@code first}/{@code after} pair. Pages are ordered by key; the cursor is an opaque encoding of the
 * last key of the previous page, so a page stays stable while rows are added before or after it.
 */
public record PageRequest(int first, String afterKey) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;
    private static final String PREFIX = "key:";

    public static PageRequest of(Integer first, String after) {
        int size = first == null ? DEFAULT_SIZE : first;
        if (size < 1 || size > MAX_SIZE) {
            throw LedgerException.invalidArgument("first must be between 1 and " + MAX_SIZE + ", got " + size + ".");
        }
        return new PageRequest(size, after == null ? null : decode(after));
    }

    public static String cursorOf(String key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + key).getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String cursor) {
        try {
            String decoded = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Base64.getUrlDecoder().decode(cursor)))
                    .toString();
            if (decoded.startsWith(PREFIX) && decoded.chars().noneMatch(Character::isISOControl)) {
                return decoded.substring(PREFIX.length());
            }
        } catch (IllegalArgumentException | CharacterCodingException notACursor) {
            // reported below
        }
        throw LedgerException.invalidArgument(
                "after is not a cursor this API issued. Pass pageInfo.endCursor of the previous page.");
    }

    /** How many rows to fetch: one more than asked, to learn whether another page follows. */
    public int fetchSize() {
        return first + 1;
    }

    /** The page's rows and its page info, from the {@link #fetchSize()} rows fetched. */
    public <T> Slice<T> slice(List<T> fetched, Function<T, String> key) {
        boolean more = fetched.size() > first;
        List<T> rows = more ? fetched.subList(0, first) : fetched;
        String end = rows.isEmpty() ? null : cursorOf(key.apply(rows.get(rows.size() - 1)));
        return new Slice<>(List.copyOf(rows), new PageInfo(more, end));
    }

    /** One page of rows. */
    public record Slice<T>(List<T> rows, PageInfo pageInfo) {}
}
