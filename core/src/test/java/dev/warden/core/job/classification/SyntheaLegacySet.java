package dev.warden.core.job.classification;

import static dev.warden.core.job.classification.LabelledSet.ID;
import static dev.warden.core.job.classification.LabelledSet.NON;
import static dev.warden.core.job.classification.LabelledSet.QUASI;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The last 60 Synthea Nebraska patients in the older (pre-2019, Synthea 1.x/2.0) CSV export schema: upper-case
 * headers, {@code ID} rather than {@code Id}, date-only {@code DATE} columns, no organizations, providers or payers,
 * and an {@code observations} file of vital signs and labs (LOINC) that the newer Nebraska export lacks, so it is
 * invented here with a fixed seed.
 */
final class SyntheaLegacySet {

    static final int PATIENTS = 60;

    private final SyntheaSource source;
    private final Random random = new Random(1_2019L);

    SyntheaLegacySet(SyntheaSource source) {
        this.source = source;
    }

    /** Synthea's {@code exporter.years_of_history} (default 10): events before this day are left out. */
    static final String HISTORY_START = "2014-01-01";

    /** An event row is exported when it starts within the history window or is still active (no stop). */
    private static boolean exported(Map<String, String> row, String startColumn, String stopColumn) {
        return day(row.get(startColumn)).compareTo(HISTORY_START) >= 0
                || (stopColumn != null && (row.get(stopColumn).isEmpty()
                        || day(row.get(stopColumn)).compareTo(HISTORY_START) >= 0));
    }

    /** The old exporter wrote a single space, not an empty field, for an absent stop, death date or reason. */
    private static String blank(String value) {
        return value.isEmpty() ? " " : value;
    }

    private static String day(String synthea) {
        return synthea.isEmpty() ? "" : synthea.substring(0, 10);
    }

    LabelledSet build() {
        LabelledSet set = new LabelledSet("synthea-legacy",
                "The last 60 Synthea Nebraska patients in the pre-2019 Synthea CSV schema (patients, encounters,"
                        + " conditions, observations, medications, immunizations, procedures, allergies, careplans)",
                "patients", notice());
        List<Map<String, String>> all = source.read("patients");
        List<Map<String, String>> chosen = all.subList(all.size() - PATIENTS, all.size());
        Map<String, Map<String, String>> patients = new LinkedHashMap<>();
        for (Map<String, String> p : chosen) {
            patients.put(p.get("Id"), p);
        }

        LabelledSet.Table patientTable = set.table("patients")
                .column("ID", ID).column("BIRTHDATE", "DATE_OF_BIRTH").column("DEATHDATE", "DATE")
                .column("SSN", "SOCIAL_SECURITY_NUMBER").column("DRIVERS", "CERTIFICATE_LICENSE_NUMBER")
                .column("PASSPORT", "NATIONAL_ID").column("PREFIX", QUASI).column("FIRST", "GIVEN_NAME")
                .column("LAST", "FAMILY_NAME").column("SUFFIX", QUASI).column("MAIDEN", "FAMILY_NAME")
                .column("MARITAL", NON).column("RACE", NON).column("ETHNICITY", NON).column("GENDER", NON)
                .column("BIRTHPLACE", "CITY").column("ADDRESS", "STREET_ADDRESS").column("CITY", "CITY")
                .column("STATE", NON).column("ZIP", "ZIP_CODE");
        for (Map<String, String> p : chosen) {
            String birthplace = p.get("BIRTHPLACE");
            int gap = birthplace.indexOf("  ");
            patientTable.row(p.get("Id"), p.get("BIRTHDATE"), blank(p.get("DEATHDATE")), p.get("SSN"), p.get("DRIVERS"),
                    p.get("PASSPORT"), p.get("PREFIX"), p.get("FIRST"), p.get("LAST"), p.get("SUFFIX"), p.get("MAIDEN"),
                    p.get("MARITAL"), p.get("RACE"), p.get("ETHNICITY"), p.get("GENDER"),
                    gap < 0 ? birthplace : birthplace.substring(0, gap), p.get("ADDRESS"), p.get("CITY"),
                    p.get("STATE"), p.get("ZIP"));
        }

        // Encounters in the window, plus the older ones an exported event still refers to (so ENCOUNTER joins).
        java.util.Set<String> referenced = new java.util.HashSet<>();
        String[][] events = {{"conditions", "START", "STOP"}, {"medications", "START", "STOP"},
            {"immunizations", "DATE", null}, {"procedures", "START", null}, {"allergies", "START", "STOP"},
            {"careplans", "START", "STOP"}};
        for (String[] event : events) {
            for (Map<String, String> row : source.read(event[0])) {
                if (patients.containsKey(row.get("PATIENT")) && exported(row, event[1], event[2])) {
                    referenced.add(row.get("ENCOUNTER"));
                }
            }
        }
        LabelledSet.Table encounters = set.table("encounters")
                .column("ID", ID).column("DATE", "DATE").column("PATIENT", ID).column("CODE", NON)
                .column("DESCRIPTION", NON).column("REASONCODE", NON).column("REASONDESCRIPTION", NON);
        LabelledSet.Table observations = set.table("observations")
                .column("DATE", "DATE").column("PATIENT", ID).column("ENCOUNTER", ID).column("CODE", NON)
                .column("DESCRIPTION", NON).column("VALUE", NON).column("UNITS", NON);
        for (Map<String, String> e : source.read("encounters")) {
            Map<String, String> p = patients.get(e.get("PATIENT"));
            if (p == null || !(exported(e, "START", null) || referenced.contains(e.get("Id")))) {
                continue;
            }
            String date = day(e.get("START"));
            encounters.row(e.get("Id"), date, e.get("PATIENT"), e.get("CODE"), e.get("DESCRIPTION"),
                    blank(e.get("REASONCODE")), blank(e.get("REASONDESCRIPTION")));
            if (e.get("ENCOUNTERCLASS").equals("wellness") && exported(e, "START", null)) {
                double age = ChronoUnit.DAYS.between(LocalDate.parse(p.get("BIRTHDATE")), LocalDate.parse(date))
                        / 365.25;
                double height = age < 18 ? 50 + age * 6.5 : 155 + random.nextInt(35);
                double weight = age < 18 ? 3.5 + age * 3.2 : 55 + random.nextInt(50);
                observe(observations, date, e, "8302-2", "Body Height", round1(height), "cm");
                observe(observations, date, e, "29463-7", "Body Weight", round1(weight), "kg");
                observe(observations, date, e, "39156-5", "Body Mass Index",
                        round1(weight / (height / 100) / (height / 100)), "kg/m2");
                observe(observations, date, e, "8480-6", "Systolic Blood Pressure",
                        Integer.toString(100 + random.nextInt(45)), "mmHg");
                observe(observations, date, e, "8462-4", "Diastolic Blood Pressure",
                        Integer.toString(60 + random.nextInt(30)), "mmHg");
                if (age >= 18) {
                    observe(observations, date, e, "2339-0", "Glucose", Integer.toString(70 + random.nextInt(60)),
                            "mg/dL");
                    observe(observations, date, e, "4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood",
                            round1(4.5 + random.nextInt(30) / 10.0), "%");
                    observe(observations, date, e, "72166-2", "Tobacco smoking status NHIS",
                            random.nextInt(5) == 0 ? "Former smoker" : "Never smoker", "{nominal}");
                }
            }
        }

        LabelledSet.Table conditions = set.table("conditions")
                .column("START", "DATE").column("STOP", "DATE").column("PATIENT", ID).column("ENCOUNTER", ID)
                .column("CODE", NON).column("DESCRIPTION", NON);
        for (Map<String, String> c : source.read("conditions")) {
            if (patients.containsKey(c.get("PATIENT")) && exported(c, "START", "STOP")) {
                conditions.row(day(c.get("START")), blank(day(c.get("STOP"))), c.get("PATIENT"), c.get("ENCOUNTER"),
                        c.get("CODE"), c.get("DESCRIPTION"));
            }
        }
        LabelledSet.Table medications = set.table("medications")
                .column("START", "DATE").column("STOP", "DATE").column("PATIENT", ID).column("ENCOUNTER", ID)
                .column("CODE", NON).column("DESCRIPTION", NON).column("REASONCODE", NON)
                .column("REASONDESCRIPTION", NON);
        for (Map<String, String> m : source.read("medications")) {
            if (patients.containsKey(m.get("PATIENT")) && exported(m, "START", "STOP")) {
                medications.row(day(m.get("START")), blank(day(m.get("STOP"))), m.get("PATIENT"), m.get("ENCOUNTER"),
                        m.get("CODE"), m.get("DESCRIPTION"), blank(m.get("REASONCODE")),
                        blank(m.get("REASONDESCRIPTION")));
            }
        }
        LabelledSet.Table immunizations = set.table("immunizations")
                .column("DATE", "DATE").column("PATIENT", ID).column("ENCOUNTER", ID).column("CODE", NON)
                .column("DESCRIPTION", NON);
        for (Map<String, String> i : source.read("immunizations")) {
            if (patients.containsKey(i.get("PATIENT")) && exported(i, "DATE", null)) {
                immunizations.row(day(i.get("DATE")), i.get("PATIENT"), i.get("ENCOUNTER"), i.get("CODE"),
                        i.get("DESCRIPTION"));
            }
        }
        LabelledSet.Table procedures = set.table("procedures")
                .column("DATE", "DATE").column("PATIENT", ID).column("ENCOUNTER", ID).column("CODE", NON)
                .column("DESCRIPTION", NON).column("REASONCODE", NON).column("REASONDESCRIPTION", NON);
        for (Map<String, String> p : source.read("procedures")) {
            if (patients.containsKey(p.get("PATIENT")) && exported(p, "START", null)) {
                procedures.row(day(p.get("START")), p.get("PATIENT"), p.get("ENCOUNTER"), p.get("CODE"),
                        p.get("DESCRIPTION"), blank(p.get("REASONCODE")), blank(p.get("REASONDESCRIPTION")));
            }
        }
        LabelledSet.Table allergies = set.table("allergies")
                .column("START", "DATE").column("STOP", "DATE").column("PATIENT", ID).column("ENCOUNTER", ID)
                .column("CODE", NON).column("DESCRIPTION", NON);
        for (Map<String, String> a : source.read("allergies")) {
            if (patients.containsKey(a.get("PATIENT")) && exported(a, "START", "STOP")) {
                allergies.row(a.get("START"), blank(a.get("STOP")), a.get("PATIENT"), a.get("ENCOUNTER"), a.get("CODE"),
                        a.get("DESCRIPTION"));
            }
        }
        LabelledSet.Table careplans = set.table("careplans")
                .column("ID", ID).column("START", "DATE").column("STOP", "DATE").column("PATIENT", ID)
                .column("ENCOUNTER", ID).column("CODE", NON).column("DESCRIPTION", NON).column("REASONCODE", NON)
                .column("REASONDESCRIPTION", NON);
        for (Map<String, String> c : source.read("careplans")) {
            if (patients.containsKey(c.get("PATIENT")) && exported(c, "START", "STOP")) {
                careplans.row(c.get("Id"), c.get("START"), blank(c.get("STOP")), c.get("PATIENT"), c.get("ENCOUNTER"),
                        c.get("CODE"), c.get("DESCRIPTION"), blank(c.get("REASONCODE")),
                        blank(c.get("REASONDESCRIPTION")));
            }
        }
        for (LabelledSet.Table table : set.tables.values()) {
            if (!table.name.equals("patients")) {
                set.foreignKey(table.name + ".PATIENT", "patients.ID");
            }
            if (table.columns.contains("ENCOUNTER")) {
                set.foreignKey(table.name + ".ENCOUNTER", "encounters.ID");
            }
        }
        return set;
    }

    private static void observe(LabelledSet.Table observations, String date, Map<String, String> encounter,
            String loinc, String description, String value, String units) {
        observations.row(date, encounter.get("PATIENT"), encounter.get("Id"), loinc, description, value, units);
    }

    private static String round1(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String notice() {
        return """
                synthea-legacy: the last 60 patients of the Synthea Nebraska CSV export
                (/work/shared/data/synthea-nebraska: github UNMC-CRANE/database-stats-lecture, csv/, commit ab7f172c,
                generated by Synthea, Apache-2.0; the data is synthetic, no real people), rewritten in the older
                (pre-2019) Synthea CSV schema: patients ID..ZIP without COUNTY/FIPS/LAT/LON/expenses, encounters
                ID,DATE,PATIENT,CODE,DESCRIPTION,REASONCODE,REASONDESCRIPTION, date-only event columns, a single space (as that exporter wrote) for an absent DEATHDATE, STOP,
                REASONCODE or REASONDESCRIPTION, and only the last ten years of history (events from 2014-01-01 on, plus
                conditions, medications, allergies and care plans still active then and the encounters they refer to),
                as Synthea's default exporter.years_of_history = 10 does.
                Generated by core/src/test/java/dev/warden/core/job/classification/SyntheaLegacySet.java (seeded).
                observations.csv is INVENTED (seeded): vital signs and labs at each wellness encounter with real
                LOINC codes (8302-2, 29463-7, 39156-5, 8480-6, 8462-4, 2339-0, 4548-4, 72166-2) and plausible values,
                because the Nebraska export has no observations file.
                """;
    }
}
