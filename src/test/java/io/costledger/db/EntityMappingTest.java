package io.costledger.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.costledger.claim.Claim;
import io.costledger.model.Model;
import io.costledger.organization.Organization;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.junit.jupiter.api.Test;

/**
 * Every table the migrations create is mapped by an entity (or is the join table of one), and Hibernate validated
 * the mappings against the migrated schema when the service started: the entities read the stored record as it is.
 */
@QuarkusTest
class EntityMappingTest {

    @Inject
    EntityManagerFactory entities;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void everyTableOfTheMigrationsHasItsEntity() throws Exception {
        Set<String> tables = new HashSet<>();
        try (Connection connection = dataSource.getConnection();
                ResultSet rows =
                        connection.getMetaData().getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                tables.add(rows.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT));
            }
        }
        tables.remove("flyway_schema_history");

        Set<String> mapped = new HashSet<>();
        SessionFactoryImplementor factory = entities.unwrap(SessionFactoryImplementor.class);
        factory.getMappingMetamodel().forEachEntityDescriptor(descriptor -> {
            AbstractEntityPersister persister = (AbstractEntityPersister) descriptor;
            mapped.add(persister.getTableName().toLowerCase(java.util.Locale.ROOT));
        });
        factory.getMappingMetamodel()
                .forEachCollectionDescriptor(
                        collection -> mapped.add(collection.getTableName().toLowerCase(java.util.Locale.ROOT)));

        assertThat(mapped).containsExactlyInAnyOrderElementsOf(tables);
    }

    @Test
    void theEntitiesReadTheReferenceData() {
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
            Model v3 = Model.byKey("deepseek-v3").orElseThrow();
            assertThat(v3.name).isEqualTo("DeepSeek-V3");
            assertThat(v3.organization.key).isEqualTo("deepseek");
            Claim total = Claim.byKey("deepseek-v3-total").orElseThrow();
            assertThat(total.amountLowUsd).isEqualByComparingTo("5576000");
            assertThat(total.source.key).isEqualTo("deepseek-v3-report");
            assertThat(Organization.count()).isPositive();
        });
    }
}
