package dev.warden.core.deid;

import dev.warden.InvalidInputException;
import dev.warden.deid.HashEncoding;
import dev.warden.deid.ValueTransformer;
import java.time.LocalDate;

/** The date transformations: to year, birth date to year with 90+, per-entity shift, to month, to a range of years. */
final class DateTransformer implements ValueTransformer {

    enum Mode { YEAR, BIRTH_YEAR, SHIFT, MONTH, RANGE }

    private static final String[] YEARS = new String[10_000];

    private final Mode mode;
    private final String kind;
    private final int parameter;
    private final KeyedHashing shiftMac;

    /**
     * @param parameter the as-of year (BIRTH_YEAR), max days (SHIFT), range width (RANGE)
     * @param shiftKey the HMAC key of SHIFT, or null
     */
    DateTransformer(Mode mode, String kind, int parameter, byte[] shiftKey) {
        this.mode = mode;
        this.kind = kind;
        this.parameter = parameter;
        this.shiftMac = shiftKey == null ? null : new KeyedHashing(shiftKey, HashEncoding.HEX, 0, "");
    }

    private static String year(int y) {
        String s = YEARS[y];
        if (s == null) {
            s = String.format("%04d", y);
            YEARS[y] = s;
        }
        return s;
    }

    /** A value that is a year alone (four digits), which the year modes read as it is (OMOP's year_of_birth). */
    private static boolean isYear(String v) {
        if (v.length() != 4) {
            return false;
        }
        for (int i = 0; i < 4; i++) {
            if (v.charAt(i) < '0' || v.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean needsEntity() {
        return mode == Mode.SHIFT;
    }

    @Override
    public String apply(String value) {
        if (mode == Mode.SHIFT && value != null && !value.isBlank()) {
            throw new InvalidInputException(kind + ": needs the entity id of the row (apply(value, entity))");
        }
        return apply(value, null);
    }

    @Override
    public String apply(String value, String entity) {
        if (value == null || value.isBlank()) {
            return value;
        }
        if ((mode == Mode.YEAR || mode == Mode.BIRTH_YEAR) && isYear(value)) {
            int y = Integer.parseInt(value);
            return mode == Mode.BIRTH_YEAR && yearsTo(y) >= 90 ? "90+" : value;
        }
        long p = DateText.parse(value, kind);
        int y = DateText.year(p);
        switch (mode) {
            case YEAR:
                return year(y);
            case BIRTH_YEAR:
                return yearsTo(y) >= 90 ? "90+" : year(y);
            case RANGE: {
                int lo = y - y % parameter;
                return year(lo) + "-" + year(Math.min(9999, lo + parameter - 1));
            }
            case MONTH:
                return DateText.format(LocalDate.of(y, DateText.month(p), 1), p, "", kind);
            default: {
                if (entity == null || entity.isEmpty()) {
                    throw new InvalidInputException(kind + ": the row has no entity id; date shifting needs one");
                }
                return DateText.shift(p, shift(entity), value, kind);
            }
        }
    }

    /**
     * @return the years from {@code y} to the reference year; a year more than 400 years after it is a year of the
     *     Buddhist era (BE = CE + 543, as Thai dates are written: 2473 is 1930), a year from 1250 to 1500 one of the
     *     Solar Hijri calendar (SH = CE - 621, as Iranian dates are written: 1306 is 1927; no one living was born in
     *     1306 CE)
     */
    private int yearsTo(int y) {
        return parameter - (y > parameter + 400 ? y - 543 : y >= 1250 && y <= 1500 ? y + 621 : y);
    }

    /** An entity's shift, remembered: immutable, so a slot read by another thread sees a whole entry or another one. */
    private record Shift(String entity, int days) {
    }

    private static final int SHIFT_SLOTS = 1 << 12;
    /**
     * Recent entities' shifts, direct-mapped: rows of one entity come together and its dates are shifted one HMAC
     * apart otherwise. Fixed size (4,096 slots, 16 KiB); a collision only recomputes. At 256 slots the 111 patients of
     * the Synthea sample, whose rows interleave, collided often enough that about a third of the shifts cost an HMAC.
     */
    private final Shift[] recentShifts = new Shift[SHIFT_SLOTS];

    /** @return the entity's shift in days, in [-max, -1] or [1, max] */
    int shift(String entity) {
        int h = entity.hashCode();
        int slot = (h ^ (h >>> 16)) & (SHIFT_SLOTS - 1);
        Shift recent = recentShifts[slot];
        if (recent != null && recent.entity().equals(entity)) {
            return recent.days();
        }
        int days = computeShift(entity);
        recentShifts[slot] = new Shift(entity, days);
        return days;
    }

    private int computeShift(String entity) {
        byte[] tag = shiftMac.mac(entity);
        long x = 0;
        for (int i = 0; i < 8; i++) {
            x = (x << 8) | (tag[i] & 0xFF);
        }
        int magnitude = 1 + (int) Long.remainderUnsigned(x, parameter);
        return (tag[8] & 1) == 0 ? magnitude : -magnitude;
    }
}
