package io.costledger.bundle;

import io.costledger.api.LedgerException;
import io.smallrye.graphql.api.ErrorCode;
import java.util.List;
import java.util.stream.Collectors;

/** The bundle has problems; nothing of it was written. The message lists every problem. */
@ErrorCode("INVALID_BUNDLE")
public class InvalidBundleException extends LedgerException {

    private final List<Problem> problems;

    public InvalidBundleException(List<Problem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String describe(List<Problem> problems) {
        String count = problems.size() == 1 ? "1 problem" : problems.size() + " problems";
        return "The bundle was not loaded; it has " + count + ": "
                + problems.stream().map(Problem::toString).collect(Collectors.joining("; "));
    }
}
