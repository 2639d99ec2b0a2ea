package org.paperkg.model;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Mints instance IRIs. Entity IRIs come from the normalised name, so one entity named in many
 * papers is one node; every byte outside the IRI unreserved set is percent-encoded, so any name
 * gives a valid IRI and distinct keys never collide.
 * <pre>Iris.entity(Kind.METHOD, "Focus-DETR")  // https://w3id.org/paperkg/id/method/focus-detr</pre>
 */
public final class Iris {

    private Iris() {
    }

    public static String paper(String paperKey) {
        return PKG.DATA + "paper/" + encode(paperKey);
    }

    /** The named graph that holds one paper's statements. */
    public static String paperGraph(String paperKey) {
        return paper(paperKey);
    }

    public static String entity(Kind kind, String name) {
        return entityOfKey(kind, Names.entityKey(name));
    }

    /** An entity's IRI from its normalised name ({@link Names#entityKey}). */
    public static String entityOfKey(Kind kind, String entityKey) {
        return PKG.DATA + kind.label() + "/" + encode(entityKey);
    }

    /** A claim or result node: stable for the same paper and content, so re-ingesting is idempotent. */
    public static String node(String type, String paperKey, String contentKey) {
        return PKG.DATA + type + "/" + encode(paperKey) + "/" + encode(contentKey);
    }

    /** Percent-encodes everything but RFC 3986 unreserved characters: injective and always valid. */
    public static String encode(String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(bytes.length);
        for (byte b : bytes) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(String.format(Locale.ROOT, "%02X", c));
            }
        }
        return out.toString();
    }
}
