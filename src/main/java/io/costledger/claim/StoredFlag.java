package io.costledger.claim;

import io.costledger.analysis.Flag;
import io.costledger.analysis.FlagCode;
import io.costledger.analysis.Severity;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** A flag as stored with its claim; categories are kept as comma-separated codes. */
@Embeddable
public class StoredFlag {

    @Enumerated(EnumType.STRING)
    public FlagCode code;

    @Enumerated(EnumType.STRING)
    public Severity severity;

    public String message;
    public String categories;

    public static StoredFlag of(Flag flag) {
        StoredFlag stored = new StoredFlag();
        stored.code = flag.code();
        stored.severity = flag.severity();
        stored.message = flag.message();
        stored.categories = String.join(",", flag.categories());
        return stored;
    }

    static List<String> splitCategories(String categories) {
        return categories.isEmpty() ? List.of() : Arrays.asList(categories.split(","));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StoredFlag that
                && code == that.code
                && severity == that.severity
                && Objects.equals(message, that.message)
                && Objects.equals(categories, that.categories);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, severity, message, categories);
    }
}
