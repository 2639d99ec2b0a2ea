package org.paperkg.extract;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Head nouns that name a task rather than a method: "audio captioning", "image synthesis",
 * "lossless compression". Used to tell "TASK with METHOD" titles from "METHOD for TASK" ones.
 */
final class TaskHead {

    /** The activity head nouns as a regex alternation, for patterns that look for a task phrase. */
    static final String WORDS = "(?:detection|segmentation|classification|recognition|generation|translation|summari[sz]ation|retrieval|"
                    + "captioning|compression|synthesis|estimation|prediction|forecasting|tracking|answering|parsing|"
                    + "understanding|reasoning|model(?:l)?ing|search|completion|editing|inpainting|super-resolution|"
                    + "localization|localisation|spotting|verification|identification|diarization|separation|enhancement|"
                    + "denoising|restoration|reconstruction|transcription|tagging|labell?ing|extraction|linking|simplification|"
                    + "paraphrasing|navigation|planning|registration|stylization|interpolation|regression|clustering|"
                    + "tokenization|coding|deblurring|dehazing|matting|grounding|disentanglement|anonymi[sz]ation)";
    private static final Pattern ACTIVITY = Pattern.compile(WORDS, Pattern.CASE_INSENSITIVE);

    private TaskHead() {
    }

    /** Whether a word (singular or plural) names an activity a method is for. */
    static boolean isActivity(String word) {
        return ACTIVITY.matcher(singular(word)).matches();
    }

    /** "detections" -> "detection"; "synthesis", "class" and "corpus" stay as they are. */
    static String singular(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.length() > 3 && w.endsWith("s") && !w.matches(".*(?:sis|ss|us|ics|ous)") ? word.substring(0, word.length() - 1) : word;
    }
}
