package dev.warden.deid;

import dev.warden.InvalidInputException;

/**
 * The scope inside which the same input always gives the same output. A column's key material is derived (HKDF,
 * RFC 5869) from the job key and its domain, so a primary key and every foreign key that refers to it, placed in one
 * domain, transform identically and joins survive; columns in other domains do not.
 *
 * @param name the domain's name, e.g. {@code patients.Id}; never empty
 */
public record ConsistencyDomain(String name) {

    public ConsistencyDomain {
        if (name == null || name.isEmpty()) {
            throw new InvalidInputException("consistency domain: the name is empty");
        }
    }

    /**
     * @param table a table name
     * @param column a column name
     * @return the default domain of a column, {@code table.column}
     */
    public static ConsistencyDomain of(String table, String column) {
        return new ConsistencyDomain(table + "." + column);
    }
}
