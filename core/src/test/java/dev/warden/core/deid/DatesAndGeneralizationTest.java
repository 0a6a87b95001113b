package dev.warden.core.deid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.InvalidInputException;
import dev.warden.deid.ConsistencyDomain;
import dev.warden.deid.Deidentifier;
import dev.warden.deid.Transformation;
import dev.warden.deid.ValueTransformer;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Date reduction, per-entity shifting, ZIP, age, buckets and hierarchies. */
class DatesAndGeneralizationTest {

    private static final Deidentifier DEID = Deidentifiers.create(new byte[32]);
    private static final ConsistencyDomain PATIENTS = ConsistencyDomain.of("patients", "Id");

    private static ValueTransformer compile(Transformation t) {
        return DEID.compile(t, PATIENTS);
    }

    @ParameterizedTest
    @CsvSource({"1989-05-25,1989", "2020-01-31T10:15:30Z,2020", "2020-01-31T10:15:30+02:00[Europe/Paris],2020",
        "2020-01-31 10:15:30,2020", "5/25/1989,1989", "05/25/1989,1989", "19890525,1989",
        "20240312 0815,2024", "'Thu, 31 Aug 2000 19:58:00 -0700 (PDT)',2000", "'1 Feb 2001 08:00:00 +0000',2001"})
    void dateToYearReadsEverySupportedFormat(String in, String year) {
        assertThat(compile(new Transformation.DateToYear()).apply(in)).isEqualTo(year);
    }

    @ParameterizedTest
    @CsvSource({"2020-02-30", "2021-02-29", "1989-13-01", "25/05/1989x", "1989/05/25x", "tomorrow",
        "2020-01-31X10:00", "20241312 0815", "2024031x 0815",
        "'Thu, 31 Foo 2000 19:58:00'", "'Thu, 32 Aug 2000'", "'Thu, 31 Aug 20x0'"})
    void malformedOrImpossibleDatesAreRejectedWithoutTheValue(String in) {
        assertThatThrownBy(() -> compile(new Transformation.DateToYear()).apply(in))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("date-year: ")
                .satisfies(e -> {
                    if (in.length() > 3) {
                        assertThat(e.getMessage()).doesNotContain(in);
                    }
                });
    }

    @Test
    void blankValuesStayBlankInDatesAndGeneralizations() {
        for (var t : List.of(new Transformation.DateToYear(), new Transformation.DateShift(10),
                Transformation.ZipToThreeDigits.census2000(), Transformation.AgeTopCode.safeHarbor(),
                new Transformation.NumericBucket(BigDecimal.TEN))) {
            assertThat(compile(t).apply("", "p1")).isEmpty();
            assertThat(compile(t).apply("  ", "p1")).isEqualTo("  ");
        }
    }

    @Test
    void birthYearsImplyingAnAgeOverEightyNineBecomeNinetyPlus() {
        ValueTransformer t = compile(new Transformation.BirthDateToYear(LocalDate.of(2026, 11, 30)));
        assertThat(t.apply("1936-12-31")).isEqualTo("90+");
        assertThat(t.apply("1937-01-01")).isEqualTo("1937");
        assertThat(t.apply("1920-05-01")).isEqualTo("90+");
    }

    @Test
    void buddhistEraBirthYearsAreTopCodedByTheirCommonEraYear() {
        // Thai dates: BE 2473 is 1930 CE (BE = CE + 543), 96 years before 2026; BE 2530 is 1987
        ValueTransformer t = compile(new Transformation.BirthDateToYear(LocalDate.of(2026, 11, 30)));
        assertThat(t.apply("05/04/2473")).isEqualTo("90+");
        assertThat(t.apply("2473")).isEqualTo("90+");
        assertThat(t.apply("2530")).isEqualTo("2530");
        assertThat(t.apply("05/04/2530")).isEqualTo("2530");
        // Iranian dates: SH 1306 is 1927 CE (SH = CE - 621), 99 years before 2026; SH 1358 is 1979
        assertThat(t.apply("1306/02/11")).isEqualTo("90+");
        assertThat(t.apply("1358/05/18")).isEqualTo("1358");
    }

    @ParameterizedTest
    @CsvSource({"2020-01-31,2020-01-01", "1/31/2020,1/1/2020", "01/31/2020,01/01/2020", "20200131,20200101",
        "2020-01-31T10:15:30Z,2020-01-01", "20240312 0815,20240301"})
    void dateToMonthKeepsTheFormatWithTheFirstDay(String in, String out) {
        assertThat(compile(new Transformation.DateToMonth()).apply(in)).isEqualTo(out);
    }

    @Test
    void dateToRangeAlignsOnTheWidth() {
        assertThat(compile(new Transformation.DateToRange(5)).apply("1987-03-02")).isEqualTo("1985-1989");
        assertThat(compile(new Transformation.DateToRange(10)).apply("2000-01-01")).isEqualTo("2000-2009");
    }

    @Test
    void dateShiftMovesEveryDateOfAnEntityByTheSameAmountAndKeepsTheFormat() {
        ValueTransformer t = compile(new Transformation.DateShift(365));
        String birth = t.apply("1989-05-25", "patient-1");
        String visit = t.apply("2020-01-31T10:15:30Z", "patient-1");
        String us = t.apply("1/31/2020", "patient-1");
        assertThat(birth).matches("\\d{4}-\\d{2}-\\d{2}").isNotEqualTo("1989-05-25");
        assertThat(visit).matches("\\d{4}-\\d{2}-\\d{2}T10:15:30Z");
        assertThat(us).matches("\\d{1,2}/\\d{1,2}/\\d{4}");
        long before = ChronoUnit.DAYS.between(LocalDate.of(1989, 5, 25), LocalDate.of(2020, 1, 31));
        long after = ChronoUnit.DAYS.between(LocalDate.parse(birth), LocalDate.parse(visit.substring(0, 10)));
        assertThat(after).isEqualTo(before);
        assertThat(t.apply("20200131", "patient-1")).isEqualTo(visit.substring(0, 10).replace("-", ""));
        assertThat(t.apply("20200131 0815", "patient-1")).isEqualTo(visit.substring(0, 10).replace("-", "") + " 0815");
        // an e-mail's Date header (RFC 5322): the day of the week is written for the new date, time and zone kept
        LocalDate shifted = LocalDate.parse(visit.substring(0, 10));
        String mail = t.apply("Fri, 31 Jan 2020 19:58:00 -0700 (MST)", "patient-1");
        assertThat(mail).isEqualTo(shifted.getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ROOT) + ", "
                + shifted.getDayOfMonth() + " " + shifted.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ROOT)
                + " " + shifted.getYear() + " 19:58:00 -0700 (MST)");
    }

    @Test
    void dayFirstDottedDatesAsGermanExportsWriteThemAreReadDayFirstAndWrittenInTheSameShape() {
        assertThat(compile(new Transformation.DateToYear()).apply("04.03.1969")).isEqualTo("1969");
        assertThat(compile(new Transformation.DateToYear()).apply("4.3.1969 08:15")).isEqualTo("1969");
        ValueTransformer shift = compile(new Transformation.DateShift(365));
        String iso = shift.apply("1969-03-04", "p1");
        String dotted = shift.apply("04.03.1969", "p1");
        assertThat(dotted).matches("\\d{2}\\.\\d{2}\\.\\d{4}");
        assertThat(dotted).isEqualTo(iso.substring(8, 10) + "." + iso.substring(5, 7) + "." + iso.substring(0, 4));
        assertThat(shift.apply("4.3.1969 08:15", "p1")).endsWith(" 08:15").matches("\\d{1,2}\\.\\d{1,2}\\.\\d{4} 08:15");
        assertThatThrownBy(() -> compile(new Transformation.DateToYear()).apply("31.02.2024"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not a valid calendar date");
        assertThatThrownBy(() -> compile(new Transformation.DateToYear()).apply("12.2024"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("d.M.yyyy");
    }

    @Test
    void slashDatesWithADayOver12AndDashedDatesAreReadDayFirstAndWrittenInTheSameShape() {
        assertThat(compile(new Transformation.DateToYear()).apply("25/05/1989")).isEqualTo("1989");
        assertThat(compile(new Transformation.DateToYear()).apply("25/05/1989 14:30")).isEqualTo("1989");
        assertThat(compile(new Transformation.DateToYear()).apply("04-03-1969")).isEqualTo("1969");
        assertThat(compile(new Transformation.DateToYear()).apply("1-2-2000")).isEqualTo("2000");
        assertThat(compile(new Transformation.DateToYear()).apply("1.2.2000")).isEqualTo("2000");
        ValueTransformer shift = compile(new Transformation.DateShift(365));
        String iso = shift.apply("1989-05-25", "p1");
        String slashed = shift.apply("25/05/1989", "p1");
        String dashed = shift.apply("25-05-1989", "p1");
        String dmy = iso.substring(8, 10) + "/" + iso.substring(5, 7) + "/" + iso.substring(0, 4);
        assertThat(dashed).isEqualTo(dmy.replace('/', '-'));
        // a shifted day of 12 or less would read month first: the slash shape keeps the day first as it came
        assertThat(slashed).isEqualTo(dmy);
        assertThatThrownBy(() -> compile(new Transformation.DateToYear()).apply("31-02-2024"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not a valid calendar date");
        assertThatThrownBy(() -> compile(new Transformation.DateToYear()).apply("25/13/2024"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not a valid calendar date");
    }

    @Test
    void yearFirstSlashDatesAsJapaneseExportsWriteThemKeepTheirShape() {
        assertThat(compile(new Transformation.DateToYear()).apply("2026/02/13 16:41")).isEqualTo("2026");
        assertThat(compile(new Transformation.DateToYear()).apply("2026/2/3")).isEqualTo("2026");
        ValueTransformer shift = compile(new Transformation.DateShift(365));
        String iso = shift.apply("2026-02-13", "p1");
        assertThat(shift.apply("2026/02/13 16:41", "p1")).isEqualTo(iso.replace('-', '/') + " 16:41");
        assertThatThrownBy(() -> compile(new Transformation.DateToYear()).apply("2026/13/01"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not a valid calendar date");
    }

    @Test
    void datesWithAnEnglishMonthAbbreviationKeepTheirShape() {
        assertThat(compile(new Transformation.DateToYear()).apply("27-Sep-2024 15:13")).isEqualTo("2024");
        ValueTransformer shift = compile(new Transformation.DateShift(365));
        String iso = shift.apply("2024-09-27", "p1");
        String named = shift.apply("27-Sep-2024 15:13", "p1");
        assertThat(named).matches("\\d{2}-[A-Z][a-z]{2}-\\d{4} 15:13");
        assertThat(LocalDate.parse(iso)).isEqualTo(LocalDate.parse(named.substring(0, 11),
                java.time.format.DateTimeFormatter.ofPattern("dd-MMM-yyyy", java.util.Locale.ENGLISH)));
        assertThat(shift.apply("07-SEP-2024", "p2")).matches("\\d{2}-[A-Z]{3}-\\d{4}");
        assertThatThrownBy(() -> compile(new Transformation.DateToYear()).apply("27-Sept-2024"))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void dateShiftsDifferAcrossEntitiesAndStayWithinTheMaximumAndAreNeverZero() {
        ValueTransformer t = compile(new Transformation.DateShift(30));
        Set<String> outputs = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            String out = t.apply("2020-06-15", "p" + i);
            long shift = ChronoUnit.DAYS.between(LocalDate.of(2020, 6, 15), LocalDate.parse(out));
            assertThat(shift).isBetween(-30L, 30L).isNotZero();
            outputs.add(out);
        }
        assertThat(outputs).hasSizeGreaterThan(50);
    }

    @Test
    void dateShiftUsesTheDomainSoTwoJobKeysOrDomainsDiffer() {
        ValueTransformer a = compile(new Transformation.DateShift(365));
        ValueTransformer b = DEID.compile(new Transformation.DateShift(365), ConsistencyDomain.of("other", "Id"));
        int same = 0;
        for (int i = 0; i < 50; i++) {
            if (a.apply("2020-06-15", "p" + i).equals(b.apply("2020-06-15", "p" + i))) {
                same++;
            }
        }
        assertThat(same).isLessThan(10);
    }

    @Test
    void dateShiftWithoutAnEntityIsRefused() {
        ValueTransformer t = compile(new Transformation.DateShift(365));
        assertThat(t.needsEntity()).isTrue();
        assertThatThrownBy(() -> t.apply("2020-01-01")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("entity");
        assertThatThrownBy(() -> t.apply("2020-01-01", "")).isInstanceOf(InvalidInputException.class);
    }

    @ParameterizedTest
    @CsvSource({"68504,685", "68504-1234,685", "685041234,685", "03601,000", "89301,000", "10201,000",
        "00501,005"})
    void zipCodesKeepThreeDigitsOrBecomeZerosInRestrictedAreas(String in, String out) {
        assertThat(compile(Transformation.ZipToThreeDigits.census2000()).apply(in)).isEqualTo(out);
    }

    @ParameterizedTest
    @CsvSource({"6850", "685041", "68504 1234", "ABCDE", "６８５０４"})
    void malformedZipCodesAreRejected(String in) {
        assertThatThrownBy(() -> compile(Transformation.ZipToThreeDigits.census2000()).apply(in))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theRestrictedListIsConfiguration() {
        ValueTransformer t = compile(new Transformation.ZipToThreeDigits(Set.of("685")));
        assertThat(t.apply("68504")).isEqualTo("000");
        assertThat(t.apply("03601")).isEqualTo("036");
    }

    @ParameterizedTest
    @CsvSource({"89,89", "90,90+", "89.5,90+", "104,90+", "0,0", "45.25,45.25",
            // age bands (breaker41): over the top when their lowest age is; one spanning it aggregates younger ages
            "90-94,90+", "90–94,90+", "100-104,90+", "95+,90+", "85-89,85-89", "80-89,80-89", "85+,85+", "0-4,0-4"})
    void agesOverEightyNineBecomeNinetyPlus(String in, String out) {
        assertThat(compile(Transformation.AgeTopCode.safeHarbor()).apply(in)).isEqualTo(out);
    }

    @ParameterizedTest
    @CsvSource({"-1", "old", "1e999999999", "90-92", "90-190", "130+"})
    void nonAgesAreRejected(String in) {
        assertThatThrownBy(() -> compile(Transformation.AgeTopCode.safeHarbor()).apply(in))
                .isInstanceOf(InvalidInputException.class);
    }

    @ParameterizedTest
    @CsvSource({"37,30-39", "30,30-39", "-3,-10--1", "0,0-9"})
    void fixedBucketsWriteIntegerRanges(String in, String out) {
        assertThat(compile(new Transformation.NumericBucket(BigDecimal.TEN)).apply(in)).isEqualTo(out);
    }

    @Test
    void decimalBucketsUseIntervalNotation() {
        assertThat(compile(new Transformation.NumericBucket(new BigDecimal("0.5"))).apply("2.7"))
                .isEqualTo("[2.5, 3.0)");
        assertThat(compile(new Transformation.NumericBucket(BigDecimal.TEN)).apply("37.5")).isEqualTo("[30, 40)");
    }

    @Test
    void customRangesCoverBelowBetweenAndAbove() {
        ValueTransformer t = compile(new Transformation.NumericRanges(
                List.of(new BigDecimal("18"), new BigDecimal("65"))));
        assertThat(t.apply("12")).isEqualTo("<18");
        assertThat(t.apply("18")).isEqualTo("[18, 65)");
        assertThat(t.apply("65")).isEqualTo(">=65");
    }

    @Test
    void hierarchyGeneralizationUsesTheAdultAgeHierarchy() throws Exception {
        Path file = Path.of(getClass().getResource("/data/adult/adult_hierarchy_age.csv").toURI());
        var hierarchy = Hierarchies.read(file);
        assertThat(compile(new Transformation.HierarchyGeneralization(hierarchy, 1)).apply("37")).isEqualTo("35-39");
        assertThat(compile(new Transformation.HierarchyGeneralization(hierarchy, 3)).apply("37")).isEqualTo("20-39");
        assertThat(compile(new Transformation.HierarchyGeneralization(hierarchy, hierarchy.depth())).apply("37"))
                .isEqualTo("*");
    }

    @Test
    void hierarchyGeneralizationUsesTheAdultEducationHierarchy() throws Exception {
        Path file = Path.of(getClass().getResource("/data/adult/adult_hierarchy_education.csv").toURI());
        var t = compile(new Transformation.HierarchyGeneralization(Hierarchies.read(file), 2));
        assertThat(t.apply("Bachelors")).isEqualTo("Higher education");
    }

    @Test
    void aValueMissingFromTheHierarchyIsRejectedByName() throws Exception {
        Path file = Path.of(getClass().getResource("/data/adult/adult_hierarchy_education.csv").toURI());
        var t = compile(new Transformation.HierarchyGeneralization(Hierarchies.read(file), 1));
        assertThatThrownBy(() -> t.apply("Kindergarten-PhD")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("adult_hierarchy_education.csv").hasMessageNotContaining("Kindergarten");
    }

    @Test
    void aHierarchyLevelBeyondItsDepthIsRefused() {
        var h = new dev.warden.deid.Hierarchy("h", List.of(List.of("a", "*")));
        assertThatThrownBy(() -> new Transformation.HierarchyGeneralization(h, 2))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("between 0 and 1");
    }

    @Test
    void dayNumberArithmeticAgreesWithLocalDateOverEveryYearFrom0000To9999() {
        for (LocalDate d = LocalDate.of(0, 1, 1); d.getYear() <= 9999; d = d.plusDays(3)) {
            assertThat(DateText.epochDay(d.getYear(), d.getMonthValue(), d.getDayOfMonth())).as("%s", d).isEqualTo(d.toEpochDay());
        }
        String[] shapes = {"1999-12-31", "1999-12-31T23:59:59Z", "12/31/1999", "1/2/2000 08:00", "20000229", "31.12.1999",
            "1.12.2000", "31-Dec-1999", "02-FEB-2000 10:00", "2000-02-29 12:00:00 \u4e2d",
            "13/01/2000", "1-12-2000", "2000/2/29", "2000/02/29 10:00", "2000年2月29日", "2000년 02월 09일 10:00",
            "平成12年2月29日", "2000.02.29", "2000.02.09.", "2000. 2. 9.", "2000. 02. 29. 10:00"};
        for (String value : shapes) {
            long p = DateText.parse(value, "date-shift");
            for (int days = -800; days <= 800; days += 7) {
                String expected = DateText.format(DateText.date(p).plusDays(days), p, "", "date-shift")
                        + value.substring(DateText.end(p));
                assertThat(DateText.shift(p, days, value, "date-shift")).as("%s %+d", value, days).isEqualTo(expected);
            }
        }
    }

    @Test
    void chineseJapaneseAndKoreanDatesAndJapaneseErasKeepTheirShape() {
        ValueTransformer year = compile(new Transformation.DateToYear());
        assertThat(year.apply("令和8年3月14日")).isEqualTo("2026");
        assertThat(year.apply("平成元年1月8日")).isEqualTo("1989");
        assertThat(year.apply("昭和64年1月7日")).isEqualTo("1989");
        assertThat(year.apply("2026年3月14日 10:30")).isEqualTo("2026");
        assertThat(year.apply("2026년 3월 14일")).isEqualTo("2026");
        ValueTransformer shift = compile(new Transformation.DateShift(365));
        LocalDate shifted = LocalDate.parse(shift.apply("2026-03-14", "p1"));
        assertThat(shift.apply("2026年3月14日 10:30", "p1")).isEqualTo(shifted.getYear() + "年" + shifted.getMonthValue()
                + "月" + shifted.getDayOfMonth() + "日 10:30");
        assertThat(shift.apply("2026년 3월 14일", "p1")).isEqualTo(shifted.getYear() + "년 " + shifted.getMonthValue()
                + "월 " + shifted.getDayOfMonth() + "일");
        // written in the era the new date falls in: the day before Reiwa began is Heisei 31
        long reiwa = DateText.parse("令和元年5月1日", "date-shift");
        assertThat(DateText.shift(reiwa, -1, "令和元年5月1日", "date-shift")).isEqualTo("平成31年4月30日");
        assertThat(DateText.shift(DateText.parse("平成31年4月30日", "date-shift"), 1, "平成31年4月30日", "date-shift"))
                .isEqualTo("令和元年5月1日");
        assertThat(DateText.shift(DateText.parse("令和8年03月04日", "date-shift"), 365, "令和8年03月04日", "date-shift"))
                .isEqualTo("令和9年03月04日");
        for (String v : List.of("令和8年3月14日", "2026年3月14日", "2026년 3월 14일", "2026년3월14일", "平成元年1月8日 09:00")) {
            assertThat(dev.warden.core.deid.detect.DetectorKind.DATE.matchesWhole(v)).as(v).isTrue();
        }
        // Korean and Hungarian dates with points: zero-padded, or spaced as Korean writes them
        assertThat(year.apply("2026.03.14")).isEqualTo("2026");
        assertThat(year.apply("2026. 3. 14.")).isEqualTo("2026");
        assertThat(shift.apply("2026. 3. 14.", "p1")).isEqualTo(shifted.getYear() + ". " + shifted.getMonthValue() + ". "
                + shifted.getDayOfMonth() + ".");
        assertThat(dev.warden.core.deid.detect.DetectorKind.DATE.matchesWhole("2024.1.15")).as("a version").isFalse();
        assertThat(dev.warden.core.deid.detect.DetectorKind.DATE.matchesWhole("1024.01.15")).as("no year of ours").isFalse();
        // no calendar date, an era before Meiji, a year without its month and day, a date run into text
        for (String v : List.of("令和8年13月1日", "2026年2月30日", "元和8年3月14日", "2026年", "2026年3月14日頃")) {
            assertThat(dev.warden.core.deid.detect.DetectorKind.DATE.matchesWhole(v)).as(v).isFalse();
            assertThatThrownBy(() -> year.apply(v)).as(v).isInstanceOf(InvalidInputException.class);
        }
    }

    @Test
    void slovenianAndCzechDatesWithASpaceAfterEachPointKeepTheirShape() {
        // d. M. yyyy (breaker82's Slovenian visits): read, and written back spaced, padded as they came
        ValueTransformer year = compile(new Transformation.DateToYear());
        assertThat(year.apply("7. 3. 2025")).isEqualTo("2025");
        assertThat(year.apply("07. 03. 2025 08:15")).isEqualTo("2025");
        assertThat(DateText.shift(DateText.parse("7. 3. 2025", "date-shift"), 30, "7. 3. 2025", "date-shift"))
                .isEqualTo("6. 4. 2025");
        assertThat(DateText.shift(DateText.parse("07. 03. 2025 08:15", "date-shift"), -7, "07. 03. 2025 08:15",
                "date-shift")).isEqualTo("28. 02. 2025 08:15");
        assertThat(DateText.shift(DateText.parse("31. 12. 1999.", "date-shift"), 1, "31. 12. 1999.", "date-shift"))
                .isEqualTo("1. 1. 2000.");
        for (String v : List.of("7. 3. 2025", "07. 03. 2025", "7.3.2025", "31. 12. 1999.")) {
            assertThat(dev.warden.core.deid.detect.DetectorKind.DATE.matchesWhole(v)).as(v).isTrue();
        }
        // mixed spacing, no calendar date, a section number
        for (String v : List.of("7. 3.2025", "7.3. 2025", "31. 2. 2025", "7. 3. 25")) {
            assertThat(dev.warden.core.deid.detect.DetectorKind.DATE.matchesWhole(v)).as(v).isFalse();
            assertThatThrownBy(() -> year.apply(v)).as(v).isInstanceOf(InvalidInputException.class);
        }
    }

    @Test
    void aShiftPastTheYear9999IsRefused() {
        long p = DateText.parse("9999-12-20", "date-shift");
        assertThatThrownBy(() -> DateText.shift(p, 20, "9999-12-20", "date-shift")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("outside the years 0000-9999");
        assertThat(DateText.shift(p, 11, "9999-12-20", "date-shift")).isEqualTo("9999-12-31");
    }
}
