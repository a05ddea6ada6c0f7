package io.costledger.bundle;

import jakarta.persistence.metamodel.Metamodel;
import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads and sets the id of an entity of any kind, found once per entity class through the JPA metamodel: the writer
 * sets a stored item's id on the entity that updates, deletes or is linked to it, and reads the id Hibernate gave a
 * new one.
 */
final class EntityIds {

    private final Metamodel metamodel;
    private final Map<Class<?>, Field> fields = new HashMap<>();

    EntityIds(Metamodel metamodel) {
        this.metamodel = metamodel;
    }

    long get(Object entity) {
        try {
            return (Long) field(entity).get(entity);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    void set(Object entity, long id) {
        try {
            field(entity).set(entity, id);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private Field field(Object entity) {
        return fields.computeIfAbsent(entity.getClass(), type ->
                (Field) metamodel.entity(type).getId(Long.class).getJavaMember());
    }
}
