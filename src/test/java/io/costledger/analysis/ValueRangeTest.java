package io.costledger.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SEMANTICS.md part 2, "Conflict", and the DeepSeek-R1 and OPT-175B worked examples. */
class ValueRangeTest {

    private static ValueRange range(String low, String high) {
        return new ValueRange(new BigDecimal(low), high.isEmpty() ? null : new BigDecimal(high));
    }

    private static Optional<BigDecimal> factor(ValueRange a, ValueRange b) {
        return a.conflictWith(b).map(ValueRange.Conflict::factor);
    }

    @Test
    void workedExampleR1EstimatesConflictByAFactorOf340() {
        ValueRange epoch = ValueRange.point(new BigDecimal("1000000"));
        ValueRange nature = ValueRange.point(new BigDecimal("294000"));

        assertThat(factor(epoch, nature)).contains(new BigDecimal("3.40"));
        assertThat(factor(nature, epoch)).contains(new BigDecimal("3.40"));
    }

    @Test
    void workedExampleOpt175bFiguresAreWithinAFactor2() {
        ValueRange log = ValueRange.point(new BigDecimal("4152360.96"));
        ValueRange llama = ValueRange.point(new BigDecimal("4144496.64"));

        assertThat(log.conflictWith(llama)).isEmpty();
    }

    @ParameterizedTest(name = "[{0}, {1}] against [{2}, {3}]: factor {4}")
    @CsvSource({
        // the factor-2 boundary: exactly twice is no conflict
        "200, 200, 100, 100, ''",
        "200.02, 200.02, 100, 100, 2.00", // 2.0002 rounds to 2.00 and still conflicts
        "200, 200, 100, 99.99, 2.00",
        "1, 1, 3, 3, 3.00", // either side may be the larger
        "1, 2, 5, 6, 2.50", // 5 / 2: ranges compare low against the other's high
        "1, 4, 5, 6, ''", // 5 is not more than twice 4
        "2, 3, 1, 1, ''",
        "0.9, 0.9, 2.7, 2.7, 3.00",
        "1, 1, 2.345, 2.345, 2.34", // half-even
        "1, 1, 2.355, 2.355, 2.36"
    })
    void aConflictIsMoreThanAFactor2AndItsFactorIsRoundedHalfEven(
            String aLow, String aHigh, String bLow, String bHigh, String expected) {
        Optional<BigDecimal> factor = factor(range(aLow, aHigh), range(bLow, bHigh));

        if (expected.isEmpty()) {
            assertThat(factor).isEmpty();
        } else {
            assertThat(factor).contains(new BigDecimal(expected));
        }
    }

    @Test
    void anUnboundedHighIsNeverBelowAnything() {
        // [100, unbounded] against [10, 10]: 100 > 20, the factor from the bounded side only
        assertThat(factor(range("100", ""), range("10", "10"))).contains(new BigDecimal("10.00"));
        // [10, 10] is not above an unbounded high, however large its low
        assertThat(range("1", "1").conflictWith(range("0.5", ""))).isEmpty();
        // two unbounded ranges never conflict
        assertThat(range("1", "").conflictWith(range("1000", ""))).isEmpty();
        // [300, unbounded] lies above [100, 100]
        assertThat(factor(range("100", "100"), range("300", ""))).contains(new BigDecimal("3.00"));
    }

    @Test
    void aHighOf0IsBelowAnyPositiveLow() {
        // conflict: 5 > 2 x 0; the term 5 / 0 has no positive denominator and is left out, 0 / 5 remains
        assertThat(factor(range("5", "5"), range("0", "0"))).contains(new BigDecimal("0.00"));
        // no term with a positive, bounded denominator: a conflict without a factor
        assertThat(range("5", "").conflictWith(range("0", "0"))).contains(new ValueRange.Conflict(null));
        // two zeros do not conflict
        assertThat(range("0", "0").conflictWith(range("0", "0"))).isEmpty();
    }
}
