package org.paperkg.model;

/**
 * The sentence a statement was read from.
 *
 * @param sentence the sentence text
 * @param begin    its start offset in the text it came from
 * @param end      its end offset (exclusive)
 * @param inTitle  true when the sentence is the title rather than part of the abstract
 */
public record Evidence(String sentence, int begin, int end, boolean inTitle) {
}
