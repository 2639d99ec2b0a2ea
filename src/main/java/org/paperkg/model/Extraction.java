package org.paperkg.model;

import java.util.List;

/** Everything extracted from one paper. */
public record Extraction(Paper paper, List<Statement> statements) {

    public Extraction {
        statements = List.copyOf(statements);
    }

    public List<Statement> with(Relation relation) {
        return statements.stream().filter(s -> s.relation() == relation).toList();
    }
}
