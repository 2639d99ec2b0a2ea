/**
 * Reading papers from input files, streamed, with a clear rejection for everything that is not
 * read. Entry points: {@link org.paperkg.input.PaperInputs#read} (push) and
 * {@link org.paperkg.input.PaperReader} (pull, or a stream).
 *
 * <h2>Formats</h2>
 * <ul>
 * <li>Text dumps of paper listing pages (.txt): a title line, then its abstract line; page chrome
 *     is skipped by shape, not by a list (see {@code TextDumpSource}).</li>
 * <li>JSON Lines (.jsonl, .ndjson; also .json whose first line is a whole object, like the arXiv
 *     metadata snapshot): one object per line, each line parsed on its own.</li>
 * <li>JSON documents (.json): an array of objects, or pretty-printed objects, read with a
 *     streaming parser one record at a time; a syntax error or an oversized record ends the
 *     file.</li>
 * </ul>
 * Other extensions are sniffed: '[' or '{' first means JSON, anything else a text dump. Gzip is
 * recognised by its magic bytes; "-" is standard input. Object fields: see {@code JsonRecords}.
 *
 * <h2>What is cleaned, what is rejected</h2>
 * Titles and abstracts have whitespace collapsed, control characters turned into spaces, HTML,
 * JATS and MathML tags removed (script and style with their content) and entities decoded;
 * LaTeX, odd spacing inside words and any language are kept. Rejected, each with
 * "file:line: reason": missing or blank title or abstract, text over the
 * {@link org.paperkg.input.InputLimits}, lines that are not valid UTF-8, lines that are not
 * JSON or not an object, fields of the wrong type, a title with no letters or digits and no id,
 * and a paper whose key was already read with a different title or abstract. Whole files are
 * rejected when missing, a directory, binary, UTF-16, or holding no papers at all.
 */
package org.paperkg.input;
