package org.paperkg.query;

import java.util.List;

/**
 * A saved SPARQL query from {@code queries/NAME.rq}, with the metadata of its header.
 *
 * @param name        file name without ".rq"
 * @param title       from "# title:"
 * @param description from "# description:"
 * @param params      from "# param: ?name — meaning"
 * @param text        the whole file (SPARQL ignores the comment header)
 */
public record SavedQuery(String name, String title, String description, List<Param> params, String text) {

    public SavedQuery {
        params = List.copyOf(params);
    }

    /** A query parameter: a variable bound to the literal the user passes. */
    public record Param(String name, String description, boolean required) {
    }

    public boolean hasParam(String paramName) {
        return params.stream().anyMatch(p -> p.name().equals(paramName));
    }
}
