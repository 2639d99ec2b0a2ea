package org.paperkg.store;

import org.apache.jena.rdf.model.Model;

/** One paper's graph, ready to be stored under the paper's named graph. */
public record PaperGraph(String paperKey, Model model) {
}
