package dev.warden.core.job.classification;

import static dev.warden.core.job.classification.LabelledSet.ID;
import static dev.warden.core.job.classification.LabelledSet.NON;
import static dev.warden.core.job.classification.LabelledSet.QUASI;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Synthea Nebraska patients as flattened FHIR R4: the tables that SQL on FHIR v2 ViewDefinitions (HL7 SQL on FHIR
 * IG) would produce from Synthea's FHIR export, one row per resource or repeated element, snake_case columns,
 * {@code id} from {@code getResourceKey()} and {@code patient_id}/{@code encounter_id} from
 * {@code getReferenceKey()}, FHIR codes and instants as FHIR writes them ({@code female}, {@code finished},
 * {@code 2022-07-20T07:13:55+00:00}).
 */
final class FhirFlatSet {

    static final int FIRST = 28;
    static final int PATIENTS = 40;
    static final String HISTORY_START = "2016-01-01";

    private final SyntheaSource source;
    private final Random random = new Random(4_2016L);

    FhirFlatSet(SyntheaSource source) {
        this.source = source;
    }

    /** A stable resource id, as a FHIR server would assign: a name-based UUID of the resource's source row. */
    private static String resourceId(String kind, String key) {
        return UUID.nameUUIDFromBytes((kind + "/" + key).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static String instant(String synthea) {
        if (synthea.isEmpty()) {
            return "";
        }
        return synthea.length() == 10 ? synthea : synthea.substring(0, 19) + "+00:00";
    }

    private static boolean recent(String start, String stop) {
        return start.substring(0, 10).compareTo(HISTORY_START) >= 0 || stop.isEmpty()
                || stop.substring(0, 10).compareTo(HISTORY_START) >= 0;
    }

    LabelledSet build() {
        LabelledSet set = new LabelledSet("fhir-flat",
                "40 Synthea Nebraska patients as flattened FHIR R4 (SQL on FHIR v2 views): patient, address,"
                        + " encounter, condition, observation, medication_request, immunization",
                "patient", notice());
        List<Map<String, String>> all = source.read("patients");
        List<Map<String, String>> chosen = all.subList(FIRST, FIRST + PATIENTS);
        Map<String, Map<String, String>> patients = new LinkedHashMap<>();
        for (Map<String, String> p : chosen) {
            patients.put(p.get("Id"), p);
        }
        Map<String, Map<String, String>> providers = new HashMap<>();
        for (Map<String, String> p : source.read("providers")) {
            providers.put(p.get("Id"), p);
        }
        Map<String, String> organizations = new HashMap<>();
        for (Map<String, String> o : source.read("organizations")) {
            organizations.put(o.get("Id"), o.get("NAME"));
        }

        LabelledSet.Table patient = set.table("patient")
                .column("id", ID).column("mrn", "MEDICAL_RECORD_NUMBER").column("ssn", "SOCIAL_SECURITY_NUMBER")
                .column("drivers_license", "CERTIFICATE_LICENSE_NUMBER").column("passport_number", "NATIONAL_ID")
                .column("name_prefix", QUASI).column("given_name", "GIVEN_NAME").column("family_name", "FAMILY_NAME")
                .column("maiden_family_name", "FAMILY_NAME").column("gender", NON).column("birth_sex", NON)
                .column("birth_date", "DATE_OF_BIRTH").column("deceased_date_time", "DATE")
                .column("marital_status_code", NON).column("race_text", NON).column("ethnicity_text", NON)
                .column("birth_place_city", "CITY").column("phone", "TELEPHONE_NUMBER")
                .column("communication_language", NON).column("multiple_birth_boolean", NON);
        LabelledSet.Table address = set.table("patient_address")
                .column("patient_id", ID).column("use", NON).column("line", "STREET_ADDRESS").column("city", "CITY")
                .column("district", "COUNTY").column("state", NON).column("postal_code", "ZIP_CODE")
                .column("country", NON).column("latitude", "GEOCOORDINATE").column("longitude", "GEOCOORDINATE");
        for (Map<String, String> p : chosen) {
            String id = p.get("Id");
            String place = p.get("BIRTHPLACE");
            int gap = place.indexOf("  ");
            String phone = String.format(Locale.ROOT, "555-%03d-%04d", random.nextInt(1000), random.nextInt(10_000));
            patient.row(id, id, p.get("SSN"), p.get("DRIVERS"), p.get("PASSPORT"), p.get("PREFIX"), p.get("FIRST"),
                    p.get("LAST"), p.get("MAIDEN"), p.get("GENDER").equals("M") ? "male" : "female", p.get("GENDER"),
                    p.get("BIRTHDATE"), p.get("DEATHDATE").isEmpty() ? "" : p.get("DEATHDATE") + "T00:00:00+00:00",
                    p.get("MARITAL").isEmpty() ? "S" : p.get("MARITAL"),
                    p.get("RACE").substring(0, 1).toUpperCase(Locale.ROOT) + p.get("RACE").substring(1),
                    p.get("ETHNICITY").equals("hispanic") ? "Hispanic or Latino" : "Not Hispanic or Latino",
                    gap < 0 ? place : place.substring(0, gap), phone, "en-US", "false");
            address.row(id, "home", p.get("ADDRESS"), p.get("CITY"), p.get("COUNTY"), "NE", p.get("ZIP"), "US",
                    p.get("LAT"), p.get("LON"));
        }

        LabelledSet.Table encounter = set.table("encounter")
                .column("id", ID).column("patient_id", ID).column("status", NON).column("class_code", NON)
                .column("type_code", NON).column("type_display", NON).column("period_start", "DATE")
                .column("period_end", "DATE").column("reason_code", NON).column("reason_display", NON)
                .column("practitioner_id", QUASI).column("practitioner_display", "NAME")
                .column("service_provider_id", NON).column("service_provider_display", NON);
        LabelledSet.Table observation = set.table("observation")
                .column("id", ID).column("patient_id", ID).column("encounter_id", ID).column("status", NON)
                .column("category", NON).column("code", NON).column("code_display", NON)
                .column("effective_date_time", "DATE").column("issued", "DATE").column("value_quantity_value", NON)
                .column("value_quantity_unit", NON).column("value_quantity_code", NON);
        Map<String, Map<String, String>> encounterById = new HashMap<>();
        java.util.Set<String> referenced = new java.util.HashSet<>();
        String[][] events = {{"conditions", "START", "STOP"}, {"medications", "START", "STOP"},
            {"immunizations", "DATE", ""}};
        for (String[] event : events) {
            for (Map<String, String> row : source.read(event[0])) {
                if (patients.containsKey(row.get("PATIENT"))
                        && recent(row.get(event[1]), event[2].isEmpty() ? row.get(event[1]) : row.get(event[2]))) {
                    referenced.add(row.get("ENCOUNTER"));
                }
            }
        }
        for (Map<String, String> e : source.read("encounters")) {
            Map<String, String> p = patients.get(e.get("PATIENT"));
            if (p == null || !(recent(e.get("START"), e.get("START")) || referenced.contains(e.get("Id")))) {
                continue;
            }
            encounterById.put(e.get("Id"), e);
            Map<String, String> practitioner = providers.get(e.get("PROVIDER"));
            String klass = switch (e.get("ENCOUNTERCLASS")) {
                case "inpatient" -> "IMP";
                case "emergency" -> "EMER";
                case "virtual" -> "VR";
                case "hospice", "snf" -> "SS";
                default -> "AMB";
            };
            encounter.row(e.get("Id"), e.get("PATIENT"), "finished", klass, e.get("CODE"), e.get("DESCRIPTION"),
                    instant(e.get("START")), instant(e.get("STOP")), e.get("REASONCODE"), e.get("REASONDESCRIPTION"),
                    e.get("PROVIDER"), "Dr. " + practitioner.get("NAME"), e.get("ORGANIZATION"),
                    organizations.get(e.get("ORGANIZATION")));
            if (e.get("ENCOUNTERCLASS").equals("wellness") && recent(e.get("START"), e.get("START"))) {
                double age = ChronoUnit.DAYS.between(LocalDate.parse(p.get("BIRTHDATE")),
                        LocalDate.parse(e.get("START").substring(0, 10))) / 365.25;
                double height = age < 18 ? 50 + age * 6.5 : 155 + random.nextInt(35);
                double weight = age < 18 ? 3.5 + age * 3.2 : 55 + random.nextInt(50);
                Object[][] vitals = {
                    {"vital-signs", "8302-2", "Body Height", String.format(Locale.ROOT, "%.1f", height), "cm", "cm"},
                    {"vital-signs", "29463-7", "Body Weight", String.format(Locale.ROOT, "%.1f", weight), "kg", "kg"},
                    {"vital-signs", "8480-6", "Systolic blood pressure", Integer.toString(100 + random.nextInt(45)),
                        "mm[Hg]", "mm[Hg]"},
                    {"vital-signs", "8462-4", "Diastolic blood pressure", Integer.toString(60 + random.nextInt(30)),
                        "mm[Hg]", "mm[Hg]"},
                    {"laboratory", "2339-0", "Glucose [Mass/volume] in Blood",
                        Integer.toString(70 + random.nextInt(60)), "mg/dL", "mg/dL"}};
                for (Object[] v : vitals) {
                    observation.row(resourceId("Observation", e.get("Id") + v[1]), e.get("PATIENT"), e.get("Id"),
                            "final", v[0], v[1], v[2], instant(e.get("START")), instant(e.get("START")), v[3], v[4],
                            v[5]);
                }
            }
        }

        LabelledSet.Table condition = set.table("condition")
                .column("id", ID).column("patient_id", ID).column("encounter_id", ID)
                .column("clinical_status", NON).column("verification_status", NON).column("category", NON)
                .column("code", NON).column("code_display", NON).column("onset_date_time", "DATE")
                .column("abatement_date_time", "DATE").column("recorded_date", "DATE");
        int n = 0;
        for (Map<String, String> c : source.read("conditions")) {
            n++;
            if (patients.containsKey(c.get("PATIENT")) && recent(c.get("START"), c.get("STOP"))) {
                condition.row(resourceId("Condition", Integer.toString(n)), c.get("PATIENT"), c.get("ENCOUNTER"),
                        c.get("STOP").isEmpty() ? "active" : "resolved", "confirmed", "encounter-diagnosis",
                        c.get("CODE"), c.get("DESCRIPTION"), c.get("START") + "T00:00:00+00:00",
                        c.get("STOP").isEmpty() ? "" : c.get("STOP") + "T00:00:00+00:00", c.get("START"));
            }
        }
        LabelledSet.Table medication = set.table("medication_request")
                .column("id", ID).column("patient_id", ID).column("encounter_id", ID).column("status", NON)
                .column("intent", NON).column("medication_code", NON).column("medication_display", NON)
                .column("authored_on", "DATE").column("requester_id", QUASI).column("requester_display", "NAME")
                .column("reason_code", NON).column("reason_display", NON)
                .column("dispense_request_number_of_repeats_allowed", NON);
        n = 0;
        for (Map<String, String> m : source.read("medications")) {
            n++;
            if (patients.containsKey(m.get("PATIENT")) && recent(m.get("START"), m.get("STOP"))) {
                Map<String, String> e = encounterById.get(m.get("ENCOUNTER"));
                medication.row(resourceId("MedicationRequest", Integer.toString(n)), m.get("PATIENT"),
                        m.get("ENCOUNTER"), m.get("STOP").isEmpty() ? "active" : "stopped", "order", m.get("CODE"),
                        m.get("DESCRIPTION"), instant(m.get("START")), e.get("PROVIDER"),
                        "Dr. " + providers.get(e.get("PROVIDER")).get("NAME"), m.get("REASONCODE"),
                        m.get("REASONDESCRIPTION"), Math.max(0, Integer.parseInt(m.get("DISPENSES")) - 1));
            }
        }
        LabelledSet.Table immunization = set.table("immunization")
                .column("id", ID).column("patient_id", ID).column("encounter_id", ID).column("status", NON)
                .column("vaccine_code", NON).column("vaccine_display", NON).column("occurrence_date_time", "DATE")
                .column("primary_source", NON).column("location_display", NON);
        n = 0;
        for (Map<String, String> i : source.read("immunizations")) {
            n++;
            if (patients.containsKey(i.get("PATIENT")) && recent(i.get("DATE"), i.get("DATE"))) {
                Map<String, String> e = encounterById.get(i.get("ENCOUNTER"));
                immunization.row(resourceId("Immunization", Integer.toString(n)), i.get("PATIENT"),
                        i.get("ENCOUNTER"), "completed", i.get("CODE"), i.get("DESCRIPTION"), instant(i.get("DATE")),
                        "true", organizations.get(e.get("ORGANIZATION")));
            }
        }
        set.foreignKey("patient_address.patient_id", "patient.id");
        for (String table : List.of("encounter", "observation", "condition", "medication_request", "immunization")) {
            if (!table.equals("encounter")) {
                set.foreignKey(table + ".encounter_id", "encounter.id");
            }
            set.foreignKey(table + ".patient_id", "patient.id");
        }
        return set;
    }

    private static String notice() {
        return """
                fhir-flat: patients 29-68 of the Synthea Nebraska CSV export
                (/work/shared/data/synthea-nebraska: github UNMC-CRANE/database-stats-lecture, csv/, commit ab7f172c,
                generated by Synthea, Apache-2.0; the data is synthetic, no real people), written as the flat tables
                SQL on FHIR v2 ViewDefinitions (HL7 SQL on FHIR implementation guide) produce from FHIR R4 resources:
                snake_case columns, id from getResourceKey(), patient_id/encounter_id from getReferenceKey(), FHIR
                codes (gender female/male, encounter class AMB/EMER/IMP) and instants with an offset. Only events from
                2016-01-01 on (plus conditions and medications still active then and the encounters they refer to).
                Generated by core/src/test/java/dev/warden/core/job/classification/FhirFlatSet.java (seeded).
                INVENTED (seeded): patient phone numbers (555-xxx-xxxx, as Synthea's FHIR export writes them) and the
                vital-sign and glucose observations (real LOINC codes), because the CSV export has neither; resource
                ids of conditions, observations, medication requests and immunizations are name-based UUIDs.
                """;
    }
}
