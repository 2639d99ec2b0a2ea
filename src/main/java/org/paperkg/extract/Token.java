package org.paperkg.extract;

/**
 * One token of an analysed sentence; offsets are into the text the sentence came from.
 */
record Token(String word, String tag, String lemma, int begin, int end) {

    boolean isNoun() {
        return tag.startsWith("NN");
    }

    boolean isAdjective() {
        return tag.startsWith("JJ") || tag.equals("VBN") || tag.equals("VBG");
    }
}
