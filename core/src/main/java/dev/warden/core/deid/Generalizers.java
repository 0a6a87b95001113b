package dev.warden.core.deid;

import dev.warden.InvalidInputException;
import dev.warden.deid.Hierarchy;
import dev.warden.deid.ValueTransformer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Generalization transformers: ZIP to three digits, age top-coding, numeric buckets and ranges, hierarchies. */
final class Generalizers {

    private Generalizers() {
    }

    /** ZIP, ZIP+4 ({@code 12345-6789}) or 9-digit ZIP to its first three digits, {@code 000} when restricted. */
    static final class Zip3 implements ValueTransformer {
        /** "000" to "999", made once (String.format a thousand times per compiled column showed in job profiles). */
        private static final String[] AREAS = new String[1000];

        static {
            for (int i = 0; i < 1000; i++) {
                AREAS[i] = new String(new char[] {(char) ('0' + i / 100), (char) ('0' + i / 10 % 10), (char) ('0' + i % 10)});
            }
        }

        private final String[] areas = new String[1000];

        Zip3(Set<String> restricted) {
            for (int i = 0; i < 1000; i++) {
                String area = AREAS[i];
                areas[i] = restricted.contains(area) ? "000" : area;
            }
        }

        @Override
        public String apply(String value) {
            if (value == null || value.isBlank()) {
                return value;
            }
            int len = value.length();
            boolean shape = len == 5 || len == 9 || (len == 10 && value.charAt(5) == '-');
            int area = 0;
            for (int i = 0; shape && i < len; i++) {
                if (i == 5 && len == 10) {
                    continue;
                }
                int c = value.charAt(i) - '0';
                if (c < 0 || c > 9) {
                    shape = false;
                } else if (i < 3) {
                    area = area * 10 + c;
                }
            }
            if (!shape) {
                throw new InvalidInputException("zip3: the value is not a US ZIP code (12345, 12345-6789 or 123456789)");
            }
            return areas[area];
        }
    }

    /**
     * Top-codes ages in years (digits, one optional point) and age bands: a value over {@code maxAge},
     * or a band whose lowest age is ({@link AgeBands}), becomes {@code label}.
     */
    static final class AgeTop implements ValueTransformer {
        private final int maxAge;
        private final String label;

        AgeTop(int maxAge, String label) {
            this.maxAge = maxAge;
            this.label = label;
        }

        @Override
        public String apply(String value) {
            if (value == null || value.isBlank()) {
                return value;
            }
            String s = value.strip();
            int lowest = AgeBands.lowest(s);
            if (lowest >= 0) {
                // a band (90-94, 90+) is over the top when its lowest age is; one spanning it (85-94) aggregates
                return lowest > maxAge ? label : value;
            }
            int dots = 0;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '.') {
                    dots++;
                } else if (c < '0' || c > '9') {
                    dots = 2;
                }
            }
            if (dots > 1) {
                throw new InvalidInputException("age: the value is not a number of years (digits, one optional point)");
            }
            BigDecimal age;
            try {
                age = new BigDecimal(s);
            } catch (NumberFormatException e) {
                throw new InvalidInputException("age: the value is not a number of years");
            }
            if (age.signum() < 0 || s.length() > 12) {
                throw new InvalidInputException("age: the value is not a plausible age in years");
            }
            return age.compareTo(BigDecimal.valueOf(maxAge)) > 0 ? label : value;
        }
    }

    static BigDecimal number(String value, String kind) {
        String s = value.strip();
        if (s.isEmpty() || s.length() > 64) {
            throw new InvalidInputException(kind + ": the value is not a number");
        }
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(kind + ": the value is not a number");
        }
    }

    /** Fixed-width buckets. */
    static final class Bucket implements ValueTransformer {
        private final BigDecimal width;
        private final boolean integerWidth;

        Bucket(BigDecimal width) {
            this.width = width;
            this.integerWidth = width.stripTrailingZeros().scale() <= 0;
        }

        @Override
        public String apply(String value) {
            if (value == null || value.isBlank()) {
                return value;
            }
            BigDecimal x = number(value, "bucket");
            BigDecimal k = x.divide(width, 0, RoundingMode.FLOOR);
            BigDecimal lo = k.multiply(width);
            BigDecimal hi = lo.add(width);
            if (integerWidth && x.stripTrailingZeros().scale() <= 0) {
                return lo.toBigInteger() + "-" + hi.subtract(BigDecimal.ONE).toBigInteger();
            }
            return "[" + lo.toPlainString() + ", " + hi.toPlainString() + ")";
        }
    }

    /** Custom bounds. */
    static final class Ranges implements ValueTransformer {
        private final BigDecimal[] bounds;

        Ranges(List<BigDecimal> bounds) {
            this.bounds = bounds.toArray(BigDecimal[]::new);
        }

        @Override
        public String apply(String value) {
            if (value == null || value.isBlank()) {
                return value;
            }
            BigDecimal x = number(value, "ranges");
            if (x.compareTo(bounds[0]) < 0) {
                return "<" + bounds[0].toPlainString();
            }
            for (int i = 1; i < bounds.length; i++) {
                if (x.compareTo(bounds[i]) < 0) {
                    return "[" + bounds[i - 1].toPlainString() + ", " + bounds[i].toPlainString() + ")";
                }
            }
            return ">=" + bounds[bounds.length - 1].toPlainString();
        }
    }

    /** Hierarchy lookup. */
    static final class HierarchyLookup implements ValueTransformer {
        private final Map<String, String> map = new HashMap<>();
        private final String name;

        HierarchyLookup(Hierarchy hierarchy, int level) {
            this.name = hierarchy.name();
            for (List<String> row : hierarchy.rows()) {
                map.put(row.get(0), row.get(level));
            }
        }

        @Override
        public String apply(String value) {
            if (value == null) {
                return null;
            }
            String out = map.get(value);
            if (out == null) {
                throw new InvalidInputException("hierarchy '" + name + "': the value is not in the hierarchy; add a "
                        + "row for it");
            }
            return out;
        }
    }
}
