package io.costledger;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packages depend one way. Features, lowest first: each may use the ones before it, never one after it, so an
 * edge of the API (Model.claims, Claim.model) lives in the later of the two packages it joins. The plumbing and the
 * pure rules of {@code analysis} know no feature.
 */
class PackageOrderTest {

    static final List<String> FEATURES = List.of(
            "taxonomy",
            "organization",
            "source",
            "hardware",
            "model",
            "claim",
            "total",
            "history",
            "bundle",
            "reference",
            "web");

    static final List<String> PLUMBING = List.of(
            "analysis",
            "date",
            "error",
            "limits",
            "db",
            "state",
            "json",
            "paging",
            "security",
            "http",
            "graphql",
            "ops");

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.costledger");
    }

    private static String[] packages(List<String> names) {
        return names.stream().map(name -> "io.costledger." + name + "..").toArray(String[]::new);
    }

    @Test
    void everyPackageIsPlacedInTheOrder() {
        List<String> known = new ArrayList<>(FEATURES);
        known.addAll(PLUMBING);
        classes()
                .should()
                .resideInAnyPackage(packages(known))
                .because("every package is a feature or plumbing, with its place in this test")
                .check(classes);
    }

    @Test
    void aFeatureUsesOnlyTheFeaturesBeforeIt() {
        for (int i = 0; i < FEATURES.size() - 1; i++) {
            noClasses()
                    .that()
                    .resideInAPackage("io.costledger." + FEATURES.get(i) + "..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(packages(FEATURES.subList(i + 1, FEATURES.size())))
                    .check(classes);
        }
    }

    @Test
    void thePlumbingKnowsNoFeature() {
        noClasses()
                .that()
                .resideInAnyPackage(packages(PLUMBING))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(packages(FEATURES))
                .check(classes);
    }

    @Test
    void theRulesArePlainJava() {
        noClasses()
                .that()
                .resideInAPackage("io.costledger.analysis..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "io.costledger.error..",
                        "io.costledger.db..",
                        "io.costledger.graphql..",
                        "jakarta..",
                        "io.quarkus..",
                        "java.sql..")
                .check(classes);
    }

    @Test
    void noPackagesFormACycle() {
        slices().matching("io.costledger.(*)..").should().beFreeOfCycles().check(classes);
    }
}
