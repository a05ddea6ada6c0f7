package io.costledger.bundle;

import io.costledger.claim.Claim;
import io.costledger.hardware.Hardware;
import io.costledger.hardware.HardwareRate;
import io.costledger.model.Model;
import io.costledger.organization.Organization;
import io.costledger.source.Source;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The stored rows a bundle mentions, by key, with the associations the loader compares already fetched: one
 * statement per kind of row, whatever the size of the bundle.
 */
final class StoredRows {

    final Map<String, Organization> organizations;
    final Map<String, Model> models;
    final Map<String, Hardware> hardware;
    final Map<String, Source> sources;
    final Map<String, Claim> claims;
    final Map<String, HardwareRate> rates;

    StoredRows(EntityManager em, Bundle bundle) {
        organizations = load(
                em,
                "from Organization o where o.key in :keys",
                Organization.class,
                o -> o.key,
                keys(
                        bundle.organizations().stream().map(OrganizationInput::key),
                        bundle.models().stream().map(ModelInput::organization),
                        bundle.claims().stream().map(ClaimInput::organization)));
        models = load(
                em,
                "from Model m join fetch m.organization left join fetch m.baseModel where m.key in :keys",
                Model.class,
                m -> m.key,
                keys(
                        bundle.models().stream().map(ModelInput::key),
                        bundle.models().stream().map(ModelInput::baseModel),
                        bundle.claims().stream().map(ClaimInput::model)));
        hardware = load(
                em,
                "from Hardware h where h.key in :keys",
                Hardware.class,
                h -> h.key,
                keys(
                        bundle.hardware().stream().map(HardwareInput::key),
                        bundle.hardwareRates().stream().map(HardwareRateInput::hardware),
                        bundle.claims().stream().map(ClaimInput::hardware)));
        sources = load(
                em,
                "from Source s where s.key in :keys",
                Source.class,
                s -> s.key,
                keys(
                        bundle.sources().stream().map(SourceInput::key),
                        bundle.hardwareRates().stream().map(HardwareRateInput::source),
                        bundle.claims().stream().map(ClaimInput::source)));
        claims = load(
                em,
                "select distinct c from Claim c join fetch c.source join fetch c.organization"
                        + " left join fetch c.model left join fetch c.hardware left join fetch c.presentedScope"
                        + " left join fetch c.cites left join fetch c.coverage where c.key in :keys",
                Claim.class,
                c -> c.key,
                keys(
                        bundle.claims().stream().map(ClaimInput::key),
                        bundle.claims().stream().map(ClaimInput::cites)));
        rates = load(
                em,
                "from HardwareRate r join fetch r.hardware left join fetch r.source where r.hardware.key in :keys",
                HardwareRate.class,
                StoredRows::rateIdentity,
                keys(bundle.hardwareRates().stream().map(HardwareRateInput::hardware)));
    }

    static String rateIdentity(HardwareRate rate) {
        return BundleShape.rateIdentity(
                new HardwareRateInput(rate.hardware.key, rate.kind, null, rate.effectiveOn, rate.provider, null));
    }

    @SafeVarargs
    private static Set<String> keys(Stream<String>... keys) {
        return Stream.of(keys)
                .flatMap(Function.identity())
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
    }

    private static <T> Map<String, T> load(
            EntityManager em, String query, Class<T> type, Function<T, String> key, Collection<String> keys) {
        if (keys.isEmpty()) {
            return new HashMap<>();
        }
        List<T> rows = em.createQuery(query, type)
                .setParameter("keys", new HashSet<>(keys))
                .getResultList();
        return rows.stream().collect(Collectors.toMap(key, Function.identity(), (a, b) -> a, HashMap::new));
    }
}
