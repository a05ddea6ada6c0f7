package io.costledger.bundle;

import io.costledger.bundle.Changes.Outcome;
import io.costledger.claim.Claim;
import io.costledger.hardware.Hardware;
import io.costledger.hardware.HardwareRate;
import io.costledger.model.Model;
import io.costledger.organization.Organization;
import io.costledger.source.Source;
import io.costledger.taxonomy.TaxonomyCatalog;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Creates or updates every item of a checked bundle, in dependency order, and counts what it did. */
final class BundleWriter {

    private final EntityManager em;
    private final StoredRows rows;
    private final ClaimWriter claimWriter;
    private final Map<Outcome, Integer> tally = new EnumMap<>(Outcome.class);

    BundleWriter(EntityManager em, StoredRows rows, TaxonomyCatalog catalog) {
        this.em = em;
        this.rows = rows;
        this.claimWriter = new ClaimWriter(em, rows, catalog);
        for (Outcome outcome : Outcome.values()) {
            tally.put(outcome, 0);
        }
    }

    /** A stored row, or a new one not yet persisted, and what loading does to it. */
    record Row<T>(T entity, Changes changes) {

        /** Persists a new row once its fields are set: an insert takes the values the row has when persisted. */
        T save(EntityManager em) {
            if (changes.outcome() == Changes.Outcome.CREATED) {
                em.persist(entity);
            }
            return entity;
        }
    }

    LoadResult write(Bundle bundle) {
        bundle.organizations().forEach(item -> count(organization(item)));
        bundle.hardware().forEach(item -> count(hardware(item)));
        bundle.sources().forEach(item -> count(source(item)));
        List<Row<Model>> models = bundle.models().stream().map(this::model).toList();
        for (int i = 0; i < models.size(); i++) {
            Row<Model> model = models.get(i);
            String base = bundle.models().get(i).baseModel();
            model.entity().baseModel =
                    model.changes().keep(model.entity().baseModel, base == null ? null : rows.models.get(base));
            count(model.changes());
        }
        bundle.hardwareRates().forEach(item -> count(rate(item)));
        List<Row<Claim>> claims =
                bundle.claims().stream().map(claimWriter::fields).toList();
        List<Long> claimIds = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            Row<Claim> claim = claims.get(i);
            String cites = bundle.claims().get(i).cites();
            claim.entity().cites =
                    claim.changes().keep(claim.entity().cites, cites == null ? null : rows.claims.get(cites));
            count(claim.changes());
            claimIds.add(claim.entity().id);
        }
        return new LoadResult(
                tally.get(Outcome.CREATED), tally.get(Outcome.UPDATED), tally.get(Outcome.UNCHANGED), claimIds);
    }

    private void count(Changes changes) {
        tally.merge(changes.outcome(), 1, Integer::sum);
    }

    /** The stored row of this key, or a new one remembered under it (persisted by {@link Row#save}). */
    static <T> Row<T> row(Map<String, T> stored, String key, Supplier<T> create) {
        T entity = stored.get(key);
        if (entity != null) {
            return new Row<>(entity, new Changes(false));
        }
        T created = create.get();
        stored.put(key, created);
        return new Row<>(created, new Changes(true));
    }

    private Changes organization(OrganizationInput item) {
        Row<Organization> row = row(rows.organizations, item.key(), () -> {
            Organization organization = new Organization();
            organization.key = item.key();
            return organization;
        });
        Organization organization = row.entity();
        Changes changes = row.changes();
        organization.name = changes.keep(organization.name, item.name());
        organization.country = changes.keep(organization.country, item.country());
        row.save(em);
        return changes;
    }

    private Changes hardware(HardwareInput item) {
        Row<Hardware> row = row(rows.hardware, item.key(), () -> {
            Hardware hardware = new Hardware();
            hardware.key = item.key();
            return hardware;
        });
        Hardware hardware = row.entity();
        Changes changes = row.changes();
        hardware.name = changes.keep(hardware.name, item.name());
        hardware.vendor = changes.keep(hardware.vendor, item.vendor());
        row.save(em);
        return changes;
    }

    private Changes source(SourceInput item) {
        Row<Source> row = row(rows.sources, item.key(), () -> {
            Source source = new Source();
            source.key = item.key();
            return source;
        });
        Source source = row.entity();
        Changes changes = row.changes();
        source.title = changes.keep(source.title, item.title());
        source.url = changes.keep(source.url, item.url());
        source.publisher = changes.keep(source.publisher, item.publisher());
        source.publishedOn = changes.keep(source.publishedOn, item.publishedOn());
        source.kind = changes.keep(source.kind, item.kind());
        row.save(em);
        return changes;
    }

    private Row<Model> model(ModelInput item) {
        Row<Model> row = row(rows.models, item.key(), () -> {
            Model model = new Model();
            model.key = item.key();
            return model;
        });
        Model model = row.entity();
        Changes changes = row.changes();
        model.name = changes.keep(model.name, item.name());
        model.organization = changes.keep(model.organization, rows.organizations.get(item.organization()));
        model.releasedOn = changes.keep(model.releasedOn, item.releasedOn());
        row.save(em);
        return row;
    }

    private Changes rate(HardwareRateInput item) {
        Row<HardwareRate> row = row(rows.rates, BundleShape.rateIdentity(item), () -> {
            HardwareRate rate = new HardwareRate();
            rate.hardware = rows.hardware.get(item.hardware());
            rate.kind = item.kind();
            rate.effectiveOn = item.effectiveOn();
            rate.provider = item.provider();
            return rate;
        });
        HardwareRate rate = row.entity();
        Changes changes = row.changes();
        rate.usdPerGpuHour = changes.keep(rate.usdPerGpuHour, scaled(item.usdPerGpuHour(), 4));
        rate.source = changes.keep(rate.source, item.source() == null ? null : rows.sources.get(item.source()));
        row.save(em);
        return changes;
    }

    /** A checked number at the scale its column stores, so that an unchanged value compares equal. */
    static BigDecimal scaled(BigDecimal value, int scale) {
        return value == null ? null : value.setScale(scale, RoundingMode.UNNECESSARY);
    }
}
