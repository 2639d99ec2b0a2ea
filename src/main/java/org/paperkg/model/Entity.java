package org.paperkg.model;

import java.util.List;
import java.util.Objects;

/**
 * A method, dataset, metric or task as named in one paper.
 *
 * @param name    the surface form used in the text
 * @param kind    what it is
 * @param aliases other surface forms in the same paper (long form of an acronym, ...)
 * @param named   false when the paper gives no name and the name is a descriptive phrase
 */
public record Entity(String name, Kind kind, List<String> aliases, boolean named) {

    public Entity {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    public static Entity of(String name, Kind kind) {
        return new Entity(name, kind, List.of(), true);
    }

    /** The cross-paper identity of this entity: kind plus normalised name. */
    public String key() {
        return Names.entityKey(name);
    }
}
