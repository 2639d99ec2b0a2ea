package org.paperkg.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import org.apache.jena.irix.IRIx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IrisTest {

    @ParameterizedTest
    @ValueSource(strings = {"Focus-DETR", "NeRV++", "C#", "a b", "\"quoted\"", "<angle>", "ViT-L/16",
            "Müller–Net", "模型", "x\u0000y", "100%", "?#[]@!$&'()*+,;=", "\uD83D\uDE80 rocket"})
    void mintsValidIrisForAnyName(String name) {
        String iri = Iris.entity(Kind.METHOD, name);
        assertThat(IRIx.create(iri).isReference()).as(iri).isTrue();
        assertThat(iri).doesNotContain(" ", "<", ">", "\"", "{", "}", "|", "\\", "^", "`");
    }

    @Test
    void distinctKeysNeverShareAnIri() {
        // Property test over random unicode strings: minting is injective on normalised keys.
        Random random = new Random(20261122);
        Map<String, String> keyOfIri = new HashMap<>();
        for (int i = 0; i < 20_000; i++) {
            StringBuilder name = new StringBuilder();
            int length = 1 + random.nextInt(12);
            for (int j = 0; j < length; j++) {
                int cp = switch (random.nextInt(4)) {
                    case 0 -> 'a' + random.nextInt(26);
                    case 1 -> ' ' + random.nextInt(95);
                    case 2 -> 0x80 + random.nextInt(0x2000);
                    default -> random.nextInt(0x10FFFF);
                };
                if (Character.isSurrogate((char) cp) && cp <= 0xFFFF) {
                    cp = 'z';
                }
                name.appendCodePoint(cp);
            }
            String key = Names.entityKey(name.toString());
            String iri = Iris.entity(Kind.DATASET, name.toString());
            assertThat(IRIx.create(iri).isReference()).as(iri).isTrue();
            String previous = keyOfIri.putIfAbsent(iri, key);
            assertThat(previous == null || previous.equals(key)).as("%s from %s and %s", iri, previous, key).isTrue();
        }
    }

    @Test
    void caseHyphenAndPluralVariantsShareOneNodeButVersionsDoNot() {
        assertThat(Iris.entity(Kind.METHOD, "Focus DETR")).isEqualTo(Iris.entity(Kind.METHOD, "focus-detr"));
        assertThat(Iris.entity(Kind.METHOD, "Transformers")).isEqualTo(Iris.entity(Kind.METHOD, "Transformer"));
        assertThat(Iris.entity(Kind.METHOD, "NeRV++")).isNotEqualTo(Iris.entity(Kind.METHOD, "NeRV"));
        assertThat(Iris.entity(Kind.METHOD, "RetroMAE v2")).isNotEqualTo(Iris.entity(Kind.METHOD, "RetroMAE"));
        assertThat(Iris.entity(Kind.METHOD, "ViT-L")).isNotEqualTo(Iris.entity(Kind.METHOD, "ViT"));
        assertThat(Iris.entity(Kind.DATASET, "ImageNet-1K")).isEqualTo(Iris.entity(Kind.DATASET, "ImageNet-1k"));
    }
}
