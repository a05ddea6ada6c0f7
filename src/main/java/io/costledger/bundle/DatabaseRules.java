package io.costledger.bundle;

import io.costledger.error.DatabaseOutages;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.util.PSQLException;

/**
 * The rules the database itself enforces, each said as a problem of the bundle: the loader checks most of them first,
 * so these are the backstop. A broken constraint is found by its exact name (PostgreSQL reports it; H2 quotes it
 * first in its message), never by a substring of another name.
 */
final class DatabaseRules {

    private static final Pattern H2_CONSTRAINT = Pattern.compile("\"([a-z0-9_]+)[: ]");

    /** Every named constraint of the migrations and what breaking it means for a bundle. */
    static final Map<String, String> MESSAGES = Map.ofEntries(
            Map.entry("uq_cost_category_code", "two cost categories have the same code"),
            Map.entry("uq_cost_category_position", "two cost categories have the same position"),
            Map.entry("ck_cost_category_position", "a cost category's position is not positive"),
            Map.entry(
                    "ck_cost_category_id_bit",
                    "a cost category's id is outside 0 to 62, the ids a claim's coverage can hold"),
            Map.entry("uq_cost_scope_code", "two scopes have the same code"),
            Map.entry("uq_cost_scope_position", "two scopes have the same position"),
            Map.entry("pk_cost_scope_category", "a scope lists a category twice"),
            Map.entry("fk_cost_scope_category_scope", "a scope's category row names no scope"),
            Map.entry("fk_cost_scope_category_category", "a scope names a category that does not exist"),
            Map.entry("uq_organization_key", "another load stored an organization with this key meanwhile"),
            Map.entry("ck_organization_key_format", "an organization's key breaks the key format"),
            Map.entry("ck_organization_name", "an organization's name is empty"),
            Map.entry("uq_model_key", "another load stored a model with this key meanwhile"),
            Map.entry("uq_model_organization", "a model is stored twice for its organization"),
            Map.entry("ck_model_key_format", "a model's key breaks the key format"),
            Map.entry("ck_model_name", "a model's name is empty"),
            Map.entry("ck_model_not_own_base", "a model is its own base model"),
            Map.entry("fk_model_organization", "a model names an organization that is not in the ledger"),
            Map.entry("fk_model_base_model", "a model names a base model that is not in the ledger"),
            Map.entry("uq_source_key", "another load stored a source with this key meanwhile"),
            Map.entry("ck_source_key_format", "a source's key breaks the key format"),
            Map.entry("ck_source_title", "a source's title is empty"),
            Map.entry("ck_source_kind", "a source's kind is not one of the source kinds"),
            Map.entry("uq_hardware_key", "another load stored hardware with this key meanwhile"),
            Map.entry("ck_hardware_key_format", "a hardware key breaks the key format"),
            Map.entry("ck_hardware_name", "a hardware name is empty"),
            Map.entry("ck_hardware_peak_flops", "a hardware peak is not above zero"),
            Map.entry("fk_hardware_peak_flops_source", "a hardware peak names a source that is not in the ledger"),
            Map.entry("uq_hardware_rate", "two rates have the same hardware, kind, date and provider"),
            Map.entry("ck_hardware_rate_kind", "a rate's kind is not one of the rate kinds"),
            Map.entry("ck_hardware_rate_positive", "an hourly rate is not above zero"),
            Map.entry("fk_hardware_rate_hardware", "a rate names hardware that is not in the ledger"),
            Map.entry("fk_hardware_rate_source", "a rate names a source that is not in the ledger"),
            Map.entry("uq_claim_key", "another load stored a claim with this key meanwhile"),
            Map.entry("ck_claim_key_format", "a claim's key breaks the key format"),
            Map.entry("ck_claim_quote", "a claim's quote is empty"),
            Map.entry("ck_claim_amount_low", "a claim's low amount is negative"),
            Map.entry("ck_claim_amount_high", "a claim's high amount is negative"),
            Map.entry("ck_claim_amount_range", "a claim's low amount is above its high amount"),
            Map.entry("ck_claim_gpu_hours", "a claim's GPU-hours are not above zero"),
            Map.entry("ck_claim_rate", "a claim's hourly rate is not above zero"),
            Map.entry("ck_claim_gpu_hours_hardware", "a claim states GPU-hours without hardware"),
            Map.entry(
                    "ck_claim_has_figure",
                    "a claim states neither an amount nor GPU-hours (or chips and hours) with hardware"),
            Map.entry("ck_claim_chip_count", "a claim's chip count is not above zero"),
            Map.entry("ck_claim_duration_hours", "a claim's duration is not above zero"),
            Map.entry("ck_claim_training_compute", "a claim's training compute is not above zero"),
            Map.entry("ck_claim_not_self_citing", "a claim cites itself"),
            Map.entry("fk_claim_source", "a claim names a source that is not in the ledger"),
            Map.entry("fk_claim_organization", "a claim names an organization that is not in the ledger"),
            Map.entry("fk_claim_model", "a claim names a model that is not in the ledger"),
            Map.entry(
                    "fk_claim_model_organization",
                    "a model would move to another organization while stored claims about it stay with the old"
                            + " one; move those claims in the same bundle"),
            Map.entry("fk_claim_hardware", "a claim names hardware that is not in the ledger"),
            Map.entry("fk_claim_presented_scope", "a claim names a scope that does not exist"),
            Map.entry("fk_claim_cites", "a claim cites a claim that is not in the ledger"),
            Map.entry("pk_claim_coverage", "a claim states a category twice"),
            Map.entry("ck_claim_coverage_value", "a claim's coverage is neither INCLUDED nor EXCLUDED"),
            Map.entry("fk_claim_coverage_claim", "a coverage row names no claim"),
            Map.entry("fk_claim_coverage_category", "a claim names a category that does not exist"),
            Map.entry("pk_claim_flag", "a claim has two flags at one position"),
            Map.entry("ck_claim_flag_code", "a flag's code is not one of the flag codes"),
            Map.entry("ck_claim_flag_severity", "a flag's severity is neither WARNING nor ERROR"),
            Map.entry("fk_claim_flag_claim", "a flag names no claim"),
            Map.entry("ck_ledger_load_number", "a load number is not positive"),
            Map.entry("ck_ledger_load_counts", "a load's counts are negative"),
            Map.entry("pk_ledger_revision", "a load records two changes at one position"),
            Map.entry("fk_ledger_revision_load", "a revision names a load that is not recorded"),
            Map.entry("ck_ledger_revision_kind", "a revision's kind is not one of the item kinds"),
            Map.entry("ck_ledger_revision_change", "a revision's change is not CREATED, UPDATED or RETRACTED"),
            Map.entry("ck_ledger_revision_item", "a retraction records an item, or another change records none"),
            Map.entry("ck_model_released", "a model's release date and its rule day disagree"),
            Map.entry("ck_source_published", "a source's publication date and its rule day disagree"),
            Map.entry("ck_claim_stated", "a claim's date and its rule day disagree"),
            Map.entry("ck_claim_quote_check", "a claim's quoteCheck is not one of the ways a quote is checked"),
            Map.entry("ck_hardware_kind", "a hardware kind is neither GPU nor TPU"),
            Map.entry("ck_hardware_tdp_watts", "a hardware TDP is not above zero"),
            Map.entry("ck_hardware_server_power_factor", "a hardware server power factor is not above zero"),
            Map.entry("ck_hardware_server_cost_factor", "a hardware server cost factor is not above zero"),
            Map.entry("uq_hardware_price", "two prices have the same hardware, date, basis and price"),
            Map.entry("ck_hardware_price_basis", "a price's basis is neither SERVER_SHARE nor CHIP"),
            Map.entry("ck_hardware_price_positive", "a chip's price is not above zero"),
            Map.entry("fk_hardware_price_hardware", "a price names hardware that is not in the ledger"),
            Map.entry("fk_hardware_price_source", "a price names a source that is not in the ledger"),
            Map.entry("uq_electricity_price_year", "two electricity prices have the same year"),
            Map.entry("ck_electricity_price_year", "an electricity price's year is not between 1 and 9999"),
            Map.entry("ck_electricity_price_positive", "an electricity price is not above zero"),
            Map.entry("fk_electricity_price_source", "an electricity price names a source that is not in the ledger"));

    /** SQL states that are about a value, not a rule: too long for its column, a number out of range. */
    private static final Map<String, String> VALUES = Map.of(
            "22001", "a value is longer than its column holds",
            "22003", "a number is out of the range its column holds");

    private DatabaseRules() {}

    /** What the failure means for the bundle, if it is a rule of the database. */
    static Optional<String> describe(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                Optional<String> described = constraint(sql)
                        .map(MESSAGES::get)
                        .or(() -> Optional.ofNullable(
                                VALUES.get(DatabaseOutages.sqlState(sql).orElse(""))));
                if (described.isPresent()) {
                    return described;
                }
            }
        }
        return Optional.empty();
    }

    /** The name of the constraint a failure broke: from PostgreSQL's report, or the name H2's message quotes. */
    static Optional<String> constraint(SQLException failure) {
        if (failure instanceof PSQLException postgres && postgres.getServerErrorMessage() != null) {
            return Optional.ofNullable(postgres.getServerErrorMessage().getConstraint());
        }
        Matcher quoted = H2_CONSTRAINT.matcher(String.valueOf(failure.getMessage()));
        while (quoted.find()) {
            if (MESSAGES.containsKey(quoted.group(1))) {
                return Optional.of(quoted.group(1));
            }
        }
        return Optional.empty();
    }
}
