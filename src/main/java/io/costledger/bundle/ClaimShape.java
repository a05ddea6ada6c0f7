package io.costledger.bundle;

import static io.costledger.bundle.BundleShape.KEY;
import static io.costledger.bundle.BundleShape.NOTES;
import static io.costledger.bundle.BundleShape.QUOTE;
import static io.costledger.bundle.BundleShape.TITLE;
import static io.costledger.bundle.BundleShape.blank;

import io.costledger.analysis.Taxonomy;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** The checks of one claim's own fields and categories, before anything is looked up in the database. */
record ClaimShape(Taxonomy taxonomy) {

    void check(ClaimInput claim, ItemCheck check) {
        check.required("key", claim.key(), KEY);
        check.required("source", claim.source(), KEY);
        check.required("quote", claim.quote(), QUOTE);
        check.optional("locator", claim.locator(), TITLE);
        check.optional("notes", claim.notes(), NOTES);
        if (blank(claim.model()) && blank(claim.organization())) {
            check.fail("needs a model or, for an organization-wide claim, an organization");
        }
        figures(claim, check);
        categories(claim, check);
        if (claim.presentedScope() != null && !taxonomy.hasScope(claim.presentedScope())) {
            check.fail("presentedScope \"" + claim.presentedScope() + "\" does not exist");
        }
        if (claim.key() != null && claim.key().equals(claim.cites())) {
            check.fail("a claim may not cite itself");
        }
    }

    private static void figures(ClaimInput claim, ItemCheck check) {
        if (claim.amountUsd() != null && (claim.amountLowUsd() != null || claim.amountHighUsd() != null)) {
            check.fail("amountUsd may not be combined with amountLowUsd or amountHighUsd");
        }
        check.money("amountUsd", claim.amountUsd());
        check.money("amountLowUsd", claim.amountLowUsd());
        check.money("amountHighUsd", claim.amountHighUsd());
        if (claim.amountLowUsd() != null
                && claim.amountHighUsd() != null
                && claim.amountLowUsd().compareTo(claim.amountHighUsd()) > 0) {
            check.fail("amountLowUsd " + claim.amountLowUsd().toPlainString() + " is greater than amountHighUsd "
                    + claim.amountHighUsd().toPlainString());
        }
        check.positive("gpuHours", claim.gpuHours(), 2);
        check.positive("rateUsdPerGpuHour", claim.rateUsdPerGpuHour(), 4);
        if (claim.gpuHours() != null && blank(claim.hardware())) {
            check.fail("gpuHours needs the hardware they ran on");
        }
        boolean amount = claim.amountUsd() != null || claim.amountLowUsd() != null || claim.amountHighUsd() != null;
        boolean malformed = Stream.of("amountUsd", "amountLowUsd", "amountHighUsd", "gpuHours", "included")
                .anyMatch(check::malformed);
        if (!amount && claim.gpuHours() == null && !malformed) {
            check.fail("needs an amount (amountUsd, amountLowUsd or amountHighUsd) or gpuHours");
        }
    }

    private void categories(ClaimInput claim, ItemCheck check) {
        List<String> included = claim.included() == null ? List.of() : claim.included();
        List<String> excluded = claim.excluded() == null ? List.of() : claim.excluded();
        if (included.isEmpty() && !check.malformed("included")) {
            check.fail("included must name at least one category");
        }
        Set<String> unknown = new HashSet<>();
        for (String category : concat(included, excluded)) {
            if ((category == null || !taxonomy.hasCategory(category)) && unknown.add(String.valueOf(category))) {
                check.fail("category \"" + category + "\" does not exist");
            }
        }
        included.stream()
                .filter(excluded::contains)
                .distinct()
                .forEach(category -> check.fail("category \"" + category + "\" is both included and excluded"));
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }
}
