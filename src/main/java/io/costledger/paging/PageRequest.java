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
public record PageRequest(int first, String afterKey, List<String> afterValues) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;
    static final String KEY_PREFIX = "key:";
    private static final String PREFIX = KEY_PREFIX;

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

    /**
     * A page of a list in the given order: the default order (by key) takes key cursors, any other its own
     * ({@link Sorting#decode}); {@link #afterValues()} then holds the sort values to continue after.
     */
    public static PageRequest of(Integer first, String after, Sorting sorting) {
        if (sorting.byKeyOnly()) {
            String decoded = after == null ? null : decoded(after);
            if (decoded != null && decoded.startsWith("sort:")) {
                throw LedgerException.invalidArgument("after is a cursor of another order, not of the default order"
                        + " (by key). Pass pageInfo.endCursor of a page of the same order.");
            }
            return of(first, after);
        }
        PageRequest size = of(first, null);
        return new PageRequest(size.first(), null, sorting.decode(after));
    }

    public PageRequest(int first, String afterKey) {
        this(first, afterKey, null);
    }

    /** The text of a cursor, or null when it is not Base64 of UTF-8 without control characters. */
    static String decoded(String cursor) {
        try {
            String decoded = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Base64.getUrlDecoder().decode(cursor)))
                    .toString();
            return decoded.chars().noneMatch(Character::isISOControl) ? decoded : null;
        } catch (IllegalArgumentException | CharacterCodingException notACursor) {
            return null;
        }
    }

    private static String decode(String cursor) {
        String decoded = decoded(cursor);
        if (decoded != null && decoded.startsWith(PREFIX)) {
            return decoded.substring(PREFIX.length());
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

    /** The page's rows and its page info, each row read with the cursor that continues after it. */
    public <T> Slice<T> sliceSorted(List<Sorted<T>> fetched) {
        boolean more = fetched.size() > first;
        List<Sorted<T>> rows = more ? fetched.subList(0, first) : fetched;
        String end = rows.isEmpty() ? null : rows.get(rows.size() - 1).cursor();
        return new Slice<>(rows.stream().map(Sorted::row).toList(), new PageInfo(more, end));
    }

    /** A row with its cursor. */
    public record Sorted<T>(T row, String cursor) {}

    /** One page of rows. */
    public record Slice<T>(List<T> rows, PageInfo pageInfo) {}
}
