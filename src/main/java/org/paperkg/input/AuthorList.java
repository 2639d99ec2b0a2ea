package org.paperkg.input;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an author string as arXiv writes it ("A. Smith, B. Jones (MIT) and C. Wu") into names:
 * separators are commas, semicolons and the word "and" outside parentheses; parenthesised
 * affiliations are dropped.
 */
final class AuthorList {

    private AuthorList() {
    }

    static List<String> split(String authors) {
        List<String> names = new ArrayList<>();
        StringBuilder name = new StringBuilder();
        int depth = 0;
        String s = authors.replaceAll("\\s+", " ");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (depth > 0) {
                continue;
            } else if (c == ',' || c == ';') {
                add(names, name);
            } else if (s.startsWith(" and ", i)) {
                add(names, name);
                i += 4;
            } else {
                name.append(c);
            }
        }
        add(names, name);
        return names;
    }

    private static void add(List<String> names, StringBuilder name) {
        String n = name.toString().strip();
        if (!n.isEmpty()) {
            names.add(n);
        }
        name.setLength(0);
    }
}
