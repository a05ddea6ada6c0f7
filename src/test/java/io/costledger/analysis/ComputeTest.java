package io.costledger.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SEMANTICS.md part 2, "Compute facts", and the OPT-175B worked example. */
class ComputeTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void workedExampleOpt175bDerivesItsGpuHoursAndAPlausibleUtilization() {
        BigDecimal gpuHours = Compute.derivedGpuHours(1024, d("792"));
        BigDecimal utilization = Compute.impliedUtilization(d("4.30E+23"), gpuHours, d("3.12E+14"));

        assertThat(gpuHours).isEqualTo(d("811008.00"));
        assertThat(utilization).isEqualTo(d("0.4720"));
        assertThat(Compute.implausible(utilization)).isFalse();
        // valued at the A100 80GB on-demand rate, as a stated figure would be
        assertThat(Money.cents(gpuHours.multiply(d("5.12")))).isEqualTo(d("4152360.96"));
    }

    @ParameterizedTest(name = "{0} chips x {1} h = {2}")
    @CsvSource({
        "1024, 792, 811008.00",
        "3, 0.005, 0.02", // 0.015: half-even rounds up to the even 2
        "1, 0.125, 0.12", // half-even keeps the even 2
        "1, 0.135, 0.14",
        "7, 1.333, 9.33"
    })
    void derivedGpuHoursAreChipsTimesHoursRoundedHalfEvenToCents(int chips, String hours, String expected) {
        assertThat(Compute.derivedGpuHours(chips, d(hours))).isEqualTo(d(expected));
    }

    @Test
    void nothingIsDerivedWithoutBothChipsAndHours() {
        assertThat(Compute.derivedGpuHours(null, d("10"))).isNull();
        assertThat(Compute.derivedGpuHours(8, null)).isNull();
    }

    @ParameterizedTest(name = "utilization {0}: implausible {1}")
    @CsvSource({
        // FLOP for 1 GPU-hour on a 1E+12 FLOP/s chip: 3.6E+15 is exactly full use
        "3.6E+15, 1.0000, false",
        "3.60036E+15, 1.0001, true",
        "3.600144E+15, 1.0000, false", // 1.00004 rounds to 1.0000
        "3.60018E+15, 1.0000, false", // 1.00005: half-even keeps the even 0
        "3.600216E+15, 1.0001, true", // 1.00006
        "1.8E+15, 0.5000, false"
    })
    void utilizationIsRoundedToFourDecimalsBeforeItIsJudged(String flop, String expected, boolean implausible) {
        BigDecimal utilization = Compute.impliedUtilization(d(flop), BigDecimal.ONE, d("1E+12"));

        assertThat(utilization).isEqualTo(d(expected));
        assertThat(Compute.implausible(utilization)).isEqualTo(implausible);
    }

    @Test
    void utilizationNeedsComputeGpuHoursAndAPeak() {
        assertThat(Compute.impliedUtilization(null, d("10"), d("1E+12"))).isNull();
        assertThat(Compute.impliedUtilization(d("1E+20"), null, d("1E+12"))).isNull();
        assertThat(Compute.impliedUtilization(d("1E+20"), d("10"), null)).isNull();
        assertThat(Compute.implausible(null)).isFalse();
    }

    @ParameterizedTest(name = "{1} chips x {2} h against {0} GPU-hours: disagree {3}")
    @CsvSource({
        "1000, 10, 90, false", // 900: exactly the lower bound
        "1000, 10, 89.99, true",
        "1000, 10, 110, false", // 1100: exactly the upper bound
        "1000, 10, 110.01, true",
        "809472, 1024, 792, false" // OPT-175B: the LLaMA paper's GPU-hours against the log's chips and days
    })
    void chipsTimesHoursMayDifferFromStatedGpuHoursByTenPercent(
            String gpuHours, int chips, String hours, boolean disagree) {
        assertThat(Compute.chipHoursDisagree(d(gpuHours), chips, d(hours))).isEqualTo(disagree);
    }

    @Test
    void chipsAndHoursAreCheckedOnlyWhenAllThreeAreStated() {
        assertThat(Compute.chipHoursDisagree(null, 10, d("1"))).isFalse();
        assertThat(Compute.chipHoursDisagree(d("1000"), null, d("1"))).isFalse();
        assertThat(Compute.chipHoursDisagree(d("1000"), 10, null)).isFalse();
    }
}
