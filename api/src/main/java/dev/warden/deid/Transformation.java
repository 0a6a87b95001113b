package dev.warden.deid;

/**
 * What to do to the values of one column: a closed family of values. A {@link Deidentifier} compiles a
 * transformation, with its key and consistency domain, into a {@link ValueTransformer}.
 */
public sealed interface Transformation
        permits Transformation.Keep, Transformation.Suppress, Transformation.Redact, Transformation.Replace,
        Transformation.CharacterMask {

    /** Keep the value as it is; states explicitly that the column was looked at. */
    record Keep() implements Transformation {
    }

    /** Replace the value with SQL NULL (an empty cell in files). */
    record Suppress() implements Transformation {
    }

    /** Remove the value: an empty string. */
    record Redact() implements Transformation {
    }

    /**
     * Replace the value with a constant, for example the identifier's label {@code <SSN>}.
     *
     * @param value the constant
     */
    record Replace(String value) implements Transformation {
        /** @return a replacement by the label of {@code type}, e.g. {@code <SSN>} */
        public static Replace label(IdentifierType type) {
            return new Replace("<" + type.label() + ">");
        }
    }

    /**
     * Keep the first {@code keepFirst} and last {@code keepLast} code points and mask the rest. A value of no more
     * than {@code keepFirst + keepLast} code points is masked entirely.
     *
     * @param keepFirst code points kept at the start, at least 0
     * @param keepLast code points kept at the end, at least 0
     * @param maskCodePoint the code point written in place of each masked one
     * @param keepSeparators whether {@code - . @ ( )} and space stay in place
     */
    record CharacterMask(int keepFirst, int keepLast, int maskCodePoint, boolean keepSeparators)
            implements Transformation {
    }
}
