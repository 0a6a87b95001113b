package dev.warden.core.job.classification;

import static dev.warden.core.job.classification.LabelledSet.FREE_TEXT;
import static dev.warden.core.job.classification.LabelledSet.ID;
import static dev.warden.core.job.classification.LabelledSet.NON;
import static dev.warden.core.job.classification.LabelledSet.QUASI;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * An OMOP CDM 5.4 export (https://ohdsi.github.io/CommonDataModel/cdm54.html) of the first 28 patients of the Synthea
 * Nebraska set and only their events, laid out as ETL-Synthea would: integer surrogate keys, {@code *_concept_id}
 * vocabulary ids, {@code *_source_value} holding the Synthea codes and the Synthea UUIDs, split date and datetime
 * columns. Vital-sign measurements, notes, specimens and provider NPI/DEA numbers are invented with a fixed seed
 * because the source export has no observations file.
 */
final class OmopSyntheaSet {

    static final int PERSONS = 28;
    private static final int LOCAL_CONCEPT_BASE = 2_000_000_000;

    private static final Map<String, Integer> KNOWN_CONDITION_CONCEPTS = Map.of(
            "38341003", 320128, // Essential hypertension
            "44054006", 201826, // Type 2 diabetes mellitus
            "444814009", 40481087, // Viral sinusitis
            "10509002", 260139, // Acute bronchitis
            "195662009", 4112343, // Acute viral pharyngitis
            "43878008", 28060, // Streptococcal sore throat
            "65363002", 372328); // Otitis media

    private final SyntheaSource source;
    private final Random random = new Random(20261205L);
    private final Map<String, Integer> localConcepts = new LinkedHashMap<>();

    OmopSyntheaSet(SyntheaSource source) {
        this.source = source;
    }

    private int concept(String vocabulary, String code) {
        if (vocabulary.equals("SNOMED") && KNOWN_CONDITION_CONCEPTS.containsKey(code)) {
            return KNOWN_CONDITION_CONCEPTS.get(code);
        }
        return localConcepts.computeIfAbsent(vocabulary + ":" + code, k -> LOCAL_CONCEPT_BASE + localConcepts.size() + 1);
    }

    private static String date(String synthea) {
        return synthea.isEmpty() ? "" : synthea.substring(0, 10);
    }

    private static String datetime(String synthea) {
        if (synthea.isEmpty()) {
            return "";
        }
        return synthea.length() == 10 ? synthea + " 00:00:00" : synthea.substring(0, 10) + " " + synthea.substring(11, 19);
    }

    LabelledSet build() {
        LabelledSet set = new LabelledSet("omop-synthea",
                "OMOP CDM 5.4 export of the first 28 Synthea Nebraska patients: 19 tables, person_id in 15 of them",
                "person", notice());

        List<Map<String, String>> patients = source.read("patients").subList(0, PERSONS);
        Map<String, Integer> personIds = new LinkedHashMap<>();
        for (Map<String, String> p : patients) {
            personIds.put(p.get("Id"), personIds.size() + 1);
        }
        List<Map<String, String>> encounters = new ArrayList<>();
        for (Map<String, String> e : source.read("encounters")) {
            if (personIds.containsKey(e.get("PATIENT"))) {
                encounters.add(e);
            }
        }
        Map<String, Map<String, String>> organizations = new HashMap<>();
        for (Map<String, String> o : source.read("organizations")) {
            organizations.put(o.get("Id"), o);
        }
        Map<String, Map<String, String>> providersById = new HashMap<>();
        for (Map<String, String> p : source.read("providers")) {
            providersById.put(p.get("Id"), p);
        }
        Map<String, String> payerNames = new HashMap<>();
        for (Map<String, String> p : source.read("payers")) {
            payerNames.put(p.get("Id"), p.get("NAME"));
        }

        // location: one per patient address, then one per care site
        LabelledSet.Table location = set.table("location")
                .column("location_id", ID).column("address_1", "STREET_ADDRESS").column("address_2", "STREET_ADDRESS")
                .column("city", "CITY").column("state", NON).column("zip", "ZIP_CODE").column("county", "COUNTY")
                .column("location_source_value", "STREET_ADDRESS").column("country_concept_id", NON)
                .column("country_source_value", NON).column("latitude", "GEOCOORDINATE")
                .column("longitude", "GEOCOORDINATE");
        int locationId = 0;
        Map<String, Integer> personLocation = new HashMap<>();
        for (Map<String, String> p : patients) {
            String address = p.get("ADDRESS");
            String address2 = "";
            int apt = address.indexOf(" Apt ");
            int unit = address.indexOf(" Unit ");
            int suite = address.indexOf(" Suite ");
            int split = Math.max(apt, Math.max(unit, suite));
            if (split > 0) {
                address2 = address.substring(split + 1);
                address = address.substring(0, split);
            }
            personLocation.put(p.get("Id"), ++locationId);
            location.row(locationId, address, address2, p.get("CITY"), "NE", p.get("ZIP"),
                    p.get("COUNTY").replace(" County", "").toUpperCase(java.util.Locale.ROOT),
                    p.get("ADDRESS") + ", " + p.get("CITY") + ", NE " + p.get("ZIP"), 0, "US", p.get("LAT"),
                    p.get("LON"));
        }

        // care_site and provider: those the 28 patients' encounters refer to, in order of first reference
        LabelledSet.Table careSite = set.table("care_site")
                .column("care_site_id", NON).column("care_site_name", NON).column("place_of_service_concept_id", NON)
                .column("location_id", ID).column("care_site_source_value", NON)
                .column("place_of_service_source_value", NON);
        Map<String, Integer> careSiteIds = new LinkedHashMap<>();
        for (Map<String, String> e : encounters) {
            String org = e.get("ORGANIZATION");
            if (!careSiteIds.containsKey(org)) {
                Map<String, String> o = organizations.get(org);
                careSiteIds.put(org, careSiteIds.size() + 1);
                String zip = o.get("ZIP");
                location.row(++locationId, o.get("ADDRESS"), "", o.get("CITY"), o.get("STATE"),
                        zip.length() > 5 ? zip.substring(0, 5) : zip, "",
                        o.get("ADDRESS") + ", " + o.get("CITY") + ", " + o.get("STATE") + " " + zip, 0, "US",
                        o.get("LAT"), o.get("LON"));
                careSite.row(careSiteIds.get(org), o.get("NAME"), 0, locationId, org, "");
            }
        }
        LabelledSet.Table provider = set.table("provider")
                .column("provider_id", QUASI).column("provider_name", "NAME").column("npi", QUASI)
                .column("dea", QUASI).column("specialty_concept_id", NON)
                .column("care_site_id", NON).column("year_of_birth", QUASI).column("gender_concept_id", NON)
                .column("provider_source_value", QUASI).column("specialty_source_value", NON)
                .column("specialty_source_concept_id", NON).column("gender_source_value", NON)
                .column("gender_source_concept_id", NON);
        Map<String, Integer> providerIds = new LinkedHashMap<>();
        for (Map<String, String> e : encounters) {
            String id = e.get("PROVIDER");
            if (!providerIds.containsKey(id)) {
                Map<String, String> p = providersById.get(id);
                providerIds.put(id, providerIds.size() + 1);
                String name = p.get("NAME");
                String last = name.substring(name.indexOf(' ') + 1);
                provider.row(providerIds.get(id), name, npi(), dea(last.charAt(0)), 38004446,
                        careSiteIds.get(p.get("ORGANIZATION")), 1950 + random.nextInt(40),
                        p.get("GENDER").equals("M") ? 8507 : 8532, id, p.get("SPECIALITY"), 0, p.get("GENDER"), 0);
            }
        }

        LabelledSet.Table person = set.table("person")
                .column("person_id", ID).column("gender_concept_id", NON).column("year_of_birth", QUASI)
                .column("month_of_birth", "DATE_OF_BIRTH").column("day_of_birth", "DATE_OF_BIRTH")
                .column("birth_datetime", "DATE_OF_BIRTH").column("race_concept_id", NON)
                .column("ethnicity_concept_id", NON).column("location_id", ID).column("provider_id", QUASI)
                .column("care_site_id", NON).column("person_source_value", ID).column("gender_source_value", NON)
                .column("gender_source_concept_id", NON).column("race_source_value", NON)
                .column("race_source_concept_id", NON).column("ethnicity_source_value", NON)
                .column("ethnicity_source_concept_id", NON);
        Map<String, Map<String, String>> firstEncounter = new HashMap<>();
        for (Map<String, String> e : encounters) {
            firstEncounter.putIfAbsent(e.get("PATIENT"), e);
        }
        for (Map<String, String> p : patients) {
            LocalDate birth = LocalDate.parse(p.get("BIRTHDATE"));
            Map<String, String> first = firstEncounter.get(p.get("Id"));
            person.row(personIds.get(p.get("Id")), p.get("GENDER").equals("M") ? 8507 : 8532, birth.getYear(),
                    birth.getMonthValue(), birth.getDayOfMonth(), birth + " 00:00:00", race(p.get("RACE")),
                    p.get("ETHNICITY").equals("hispanic") ? 38003563 : 38003564, personLocation.get(p.get("Id")),
                    first == null ? null : providerIds.get(first.get("PROVIDER")),
                    first == null ? null : careSiteIds.get(first.get("ORGANIZATION")), p.get("Id"), p.get("GENDER"), 0,
                    p.get("RACE"), 0, p.get("ETHNICITY"), 0);
        }

        LabelledSet.Table observationPeriod = set.table("observation_period")
                .column("observation_period_id", ID).column("person_id", ID)
                .column("observation_period_start_date", "DATE").column("observation_period_end_date", "DATE")
                .column("period_type_concept_id", NON);
        Map<String, String[]> span = new LinkedHashMap<>();
        for (Map<String, String> e : encounters) {
            String start = date(e.get("START"));
            String stop = date(e.get("STOP"));
            span.merge(e.get("PATIENT"), new String[] {start, stop}, (a, b) -> new String[] {
                a[0].compareTo(b[0]) <= 0 ? a[0] : b[0], a[1].compareTo(b[1]) >= 0 ? a[1] : b[1]});
        }
        int periodId = 0;
        for (Map<String, String> p : patients) {
            String[] s = span.get(p.get("Id"));
            if (s != null) {
                observationPeriod.row(++periodId, personIds.get(p.get("Id")), s[0], s[1], 32817);
            }
        }

        LabelledSet.Table visit = set.table("visit_occurrence")
                .column("visit_occurrence_id", ID).column("person_id", ID).column("visit_concept_id", NON)
                .column("visit_start_date", "DATE").column("visit_start_datetime", "DATE")
                .column("visit_end_date", "DATE").column("visit_end_datetime", "DATE")
                .column("visit_type_concept_id", NON).column("provider_id", QUASI).column("care_site_id", NON)
                .column("visit_source_value", ID).column("visit_source_concept_id", NON)
                .column("admitted_from_concept_id", NON).column("admitted_from_source_value", NON)
                .column("discharged_to_concept_id", NON).column("discharged_to_source_value", NON)
                .column("preceding_visit_occurrence_id", ID);
        LabelledSet.Table visitDetail = set.table("visit_detail")
                .column("visit_detail_id", ID).column("person_id", ID).column("visit_detail_concept_id", NON)
                .column("visit_detail_start_date", "DATE").column("visit_detail_start_datetime", "DATE")
                .column("visit_detail_end_date", "DATE").column("visit_detail_end_datetime", "DATE")
                .column("visit_detail_type_concept_id", NON).column("provider_id", QUASI).column("care_site_id", NON)
                .column("visit_detail_source_value", NON).column("visit_detail_source_concept_id", NON)
                .column("admitted_from_concept_id", NON).column("admitted_from_source_value", NON)
                .column("discharged_to_source_value", NON).column("discharged_to_concept_id", NON)
                .column("preceding_visit_detail_id", ID).column("parent_visit_detail_id", ID)
                .column("visit_occurrence_id", ID);
        Map<String, Integer> visitIds = new HashMap<>();
        Map<String, Integer> lastVisit = new HashMap<>();
        Map<String, Integer> lastDetail = new HashMap<>();
        for (Map<String, String> e : encounters) {
            int id = visitIds.size() + 1;
            visitIds.put(e.get("Id"), id);
            String patient = e.get("PATIENT");
            int concept = switch (e.get("ENCOUNTERCLASS")) {
                case "inpatient", "snf", "hospice" -> 9201;
                case "emergency", "urgentcare" -> 9203;
                default -> 9202;
            };
            visit.row(id, personIds.get(patient), concept, date(e.get("START")), datetime(e.get("START")),
                    date(e.get("STOP")), datetime(e.get("STOP")), 32827, providerIds.get(e.get("PROVIDER")),
                    careSiteIds.get(e.get("ORGANIZATION")), e.get("Id"), 0, 0, "", 0, "", lastVisit.get(patient));
            lastVisit.put(patient, id);
            visitDetail.row(id, personIds.get(patient), concept, date(e.get("START")), datetime(e.get("START")),
                    date(e.get("STOP")), datetime(e.get("STOP")), 32827, providerIds.get(e.get("PROVIDER")),
                    careSiteIds.get(e.get("ORGANIZATION")), e.get("CODE"), concept("SNOMED", e.get("CODE")), 0, "", "",
                    0, lastDetail.get(patient), null, id);
            lastDetail.put(patient, id);
        }

        LabelledSet.Table condition = set.table("condition_occurrence")
                .column("condition_occurrence_id", ID).column("person_id", ID).column("condition_concept_id", NON)
                .column("condition_start_date", "DATE").column("condition_start_datetime", "DATE")
                .column("condition_end_date", "DATE").column("condition_end_datetime", "DATE")
                .column("condition_type_concept_id", NON).column("condition_status_concept_id", NON)
                .column("stop_reason", NON).column("provider_id", QUASI).column("visit_occurrence_id", ID)
                .column("visit_detail_id", ID).column("condition_source_value", NON)
                .column("condition_source_concept_id", NON).column("condition_status_source_value", NON);
        Map<String, Map<String, String>> encounterById = new HashMap<>();
        for (Map<String, String> e : encounters) {
            encounterById.put(e.get("Id"), e);
        }
        List<Object[]> conditionEvents = new ArrayList<>();
        for (Map<String, String> c : source.read("conditions")) {
            Integer personId = personIds.get(c.get("PATIENT"));
            if (personId == null) {
                continue;
            }
            int visitId = visitIds.get(c.get("ENCOUNTER"));
            int concept = concept("SNOMED", c.get("CODE"));
            condition.row(condition.rows.size() + 1, personId, concept, date(c.get("START")), datetime(c.get("START")),
                    date(c.get("STOP")), datetime(c.get("STOP")), 32827, 32902, "",
                    providerIds.get(encounterById.get(c.get("ENCOUNTER")).get("PROVIDER")), visitId, visitId,
                    c.get("CODE"), 0, "");
            conditionEvents.add(new Object[] {personId, concept, date(c.get("START")), date(c.get("STOP"))});
        }

        LabelledSet.Table drug = set.table("drug_exposure")
                .column("drug_exposure_id", ID).column("person_id", ID).column("drug_concept_id", NON)
                .column("drug_exposure_start_date", "DATE").column("drug_exposure_start_datetime", "DATE")
                .column("drug_exposure_end_date", "DATE").column("drug_exposure_end_datetime", "DATE")
                .column("verbatim_end_date", "DATE").column("drug_type_concept_id", NON).column("stop_reason", NON)
                .column("refills", NON).column("quantity", NON).column("days_supply", NON).column("sig", NON)
                .column("route_concept_id", NON).column("lot_number", NON).column("provider_id", QUASI)
                .column("visit_occurrence_id", ID).column("visit_detail_id", ID).column("drug_source_value", NON)
                .column("drug_source_concept_id", NON).column("route_source_value", NON)
                .column("dose_unit_source_value", NON);
        List<Object[]> drugEvents = new ArrayList<>();
        for (Map<String, String> m : source.read("medications")) {
            Integer personId = personIds.get(m.get("PATIENT"));
            if (personId == null) {
                continue;
            }
            int visitId = visitIds.get(m.get("ENCOUNTER"));
            int concept = concept("RxNorm", m.get("CODE"));
            String start = date(m.get("START"));
            String end = m.get("STOP").isEmpty() ? start : date(m.get("STOP"));
            long days = ChronoUnit.DAYS.between(LocalDate.parse(start), LocalDate.parse(end));
            drug.row(drug.rows.size() + 1, personId, concept, start, datetime(m.get("START")), end,
                    m.get("STOP").isEmpty() ? datetime(m.get("START")) : datetime(m.get("STOP")),
                    m.get("STOP").isEmpty() ? "" : end, 32838, "", 0, m.get("DISPENSES"), days == 0 ? 1 : days, "",
                    0, "", providerIds.get(encounterById.get(m.get("ENCOUNTER")).get("PROVIDER")), visitId, visitId,
                    m.get("CODE"), 0, "", "");
            drugEvents.add(new Object[] {personId, concept, start, end});
        }
        for (Map<String, String> i : source.read("immunizations")) {
            Integer personId = personIds.get(i.get("PATIENT"));
            if (personId == null) {
                continue;
            }
            int visitId = visitIds.get(i.get("ENCOUNTER"));
            int concept = concept("CVX", i.get("CODE"));
            String day = date(i.get("DATE"));
            drug.row(drug.rows.size() + 1, personId, concept, day, datetime(i.get("DATE")), day,
                    datetime(i.get("DATE")), "", 32827, "", 0, 1, 1, "", 0, "",
                    providerIds.get(encounterById.get(i.get("ENCOUNTER")).get("PROVIDER")), visitId, visitId,
                    i.get("CODE"), 0, "", "");
            drugEvents.add(new Object[] {personId, concept, day, day});
        }

        LabelledSet.Table procedure = set.table("procedure_occurrence")
                .column("procedure_occurrence_id", ID).column("person_id", ID).column("procedure_concept_id", NON)
                .column("procedure_date", "DATE").column("procedure_datetime", "DATE")
                .column("procedure_end_date", "DATE").column("procedure_end_datetime", "DATE")
                .column("procedure_type_concept_id", NON).column("modifier_concept_id", NON)
                .column("quantity", NON).column("provider_id", QUASI).column("visit_occurrence_id", ID)
                .column("visit_detail_id", ID).column("procedure_source_value", NON)
                .column("procedure_source_concept_id", NON).column("modifier_source_value", NON);
        for (Map<String, String> p : source.read("procedures")) {
            Integer personId = personIds.get(p.get("PATIENT"));
            if (personId == null) {
                continue;
            }
            int visitId = visitIds.get(p.get("ENCOUNTER"));
            procedure.row(procedure.rows.size() + 1, personId, concept("SNOMED", p.get("CODE")), date(p.get("START")),
                    datetime(p.get("START")), date(p.get("STOP")), datetime(p.get("STOP")), 32827, 0, 1,
                    providerIds.get(encounterById.get(p.get("ENCOUNTER")).get("PROVIDER")), visitId, visitId,
                    p.get("CODE"), 0, "");
        }

        LabelledSet.Table device = set.table("device_exposure")
                .column("device_exposure_id", ID).column("person_id", ID).column("device_concept_id", NON)
                .column("device_exposure_start_date", "DATE").column("device_exposure_start_datetime", "DATE")
                .column("device_exposure_end_date", "DATE").column("device_exposure_end_datetime", "DATE")
                .column("device_type_concept_id", NON).column("unique_device_id", "DEVICE_IDENTIFIER")
                .column("production_id", "DEVICE_IDENTIFIER").column("quantity", NON).column("provider_id", QUASI)
                .column("visit_occurrence_id", ID).column("visit_detail_id", ID).column("device_source_value", NON)
                .column("device_source_concept_id", NON).column("unit_concept_id", NON)
                .column("unit_source_value", NON).column("unit_source_concept_id", NON);
        for (Map<String, String> d : source.read("devices")) {
            Integer personId = personIds.get(d.get("PATIENT"));
            if (personId == null) {
                continue;
            }
            int visitId = visitIds.get(d.get("ENCOUNTER"));
            String udi = d.get("UDI");
            int serial = udi.indexOf("(21)");
            device.row(device.rows.size() + 1, personId, concept("SNOMED", d.get("CODE")), date(d.get("START")),
                    datetime(d.get("START")), date(d.get("STOP")), datetime(d.get("STOP")), 32827, udi,
                    serial < 0 ? "" : udi.substring(serial + 4), 1,
                    providerIds.get(encounterById.get(d.get("ENCOUNTER")).get("PROVIDER")), visitId, visitId,
                    d.get("CODE"), 0, 0, "", 0);
        }

        LabelledSet.Table measurement = set.table("measurement")
                .column("measurement_id", ID).column("person_id", ID).column("measurement_concept_id", NON)
                .column("measurement_date", "DATE").column("measurement_datetime", "DATE")
                .column("measurement_time", "DATE").column("measurement_type_concept_id", NON)
                .column("operator_concept_id", NON).column("value_as_number", NON).column("value_as_concept_id", NON)
                .column("unit_concept_id", NON).column("range_low", NON).column("range_high", NON)
                .column("provider_id", QUASI).column("visit_occurrence_id", ID).column("visit_detail_id", ID)
                .column("measurement_source_value", NON).column("measurement_source_concept_id", NON)
                .column("unit_source_value", NON).column("unit_source_concept_id", NON)
                .column("value_source_value", NON).column("measurement_event_id", ID)
                .column("meas_event_field_concept_id", NON);
        LabelledSet.Table specimen = set.table("specimen")
                .column("specimen_id", ID).column("person_id", ID).column("specimen_concept_id", NON)
                .column("specimen_type_concept_id", NON).column("specimen_date", "DATE")
                .column("specimen_datetime", "DATE").column("quantity", NON).column("unit_concept_id", NON)
                .column("anatomic_site_concept_id", NON).column("disease_status_concept_id", NON)
                .column("specimen_source_id", ID).column("specimen_source_value", NON)
                .column("unit_source_value", NON).column("anatomic_site_source_value", NON)
                .column("disease_status_source_value", NON);
        Map<String, LocalDate> births = new HashMap<>();
        for (Map<String, String> p : patients) {
            births.put(p.get("Id"), LocalDate.parse(p.get("BIRTHDATE")));
        }
        for (Map<String, String> e : encounters) {
            if (!e.get("ENCOUNTERCLASS").equals("wellness")) {
                continue;
            }
            String patient = e.get("PATIENT");
            int personId = personIds.get(patient);
            int visitId = visitIds.get(e.get("Id"));
            int providerId = providerIds.get(e.get("PROVIDER"));
            LocalDate day = LocalDate.parse(date(e.get("START")));
            double age = ChronoUnit.DAYS.between(births.get(patient), day) / 365.25;
            double height = age < 18 ? 50 + age * 6.5 : 155 + random.nextInt(35);
            double weight = age < 18 ? 3.5 + age * 3.2 : 55 + random.nextInt(50);
            double[][] vitals = {
                {3036277, 8582, round1(height)}, {3025315, 9529, round1(weight)},
                {3038553, 9531, round1(weight / (height / 100) / (height / 100))},
                {3004249, 8876, 100 + random.nextInt(45)}, {3012888, 8876, 60 + random.nextInt(30)},
                {3027018, 8541, 55 + random.nextInt(50)}};
            String[] loinc = {"8302-2", "29463-7", "39156-5", "8480-6", "8462-4", "8867-4"};
            String[] units = {"cm", "kg", "kg/m2", "mm[Hg]", "mm[Hg]", "/min"};
            for (int i = 0; i < vitals.length; i++) {
                addMeasurement(measurement, personId, e.get("START"), vitals[i], loinc[i], units[i], providerId,
                        visitId, "", "");
            }
            if (age >= 18) {
                double glucose = 70 + random.nextInt(60);
                double hba1c = round1(4.5 + random.nextInt(30) / 10.0);
                addMeasurement(measurement, personId, e.get("START"), new double[] {3004501, 8840, glucose}, "2339-0",
                        "mg/dL", providerId, visitId, "70", "99");
                addMeasurement(measurement, personId, e.get("START"), new double[] {3004410, 8554, hba1c}, "4548-4",
                        "%", providerId, visitId, "4", "5.6");
                specimen.row(specimen.rows.size() + 1, personId, concept("SPECIMEN", "122555007"), 32817,
                        date(e.get("START")), datetime(e.get("START")), 5, 8587, 0, 0,
                        String.format(java.util.Locale.ROOT, "NE%02d-%07d", day.getYear() % 100,
                                random.nextInt(10_000_000)),
                        "122555007", "mL", "", "");
            }
        }

        LabelledSet.Table observation = set.table("observation")
                .column("observation_id", ID).column("person_id", ID).column("observation_concept_id", NON)
                .column("observation_date", "DATE").column("observation_datetime", "DATE")
                .column("observation_type_concept_id", NON).column("value_as_number", NON)
                .column("value_as_string", NON).column("value_as_concept_id", NON)
                .column("qualifier_concept_id", NON).column("unit_concept_id", NON).column("provider_id", QUASI)
                .column("visit_occurrence_id", ID).column("visit_detail_id", ID)
                .column("observation_source_value", NON).column("observation_source_concept_id", NON)
                .column("unit_source_value", NON).column("qualifier_source_value", NON)
                .column("value_source_value", NON).column("observation_event_id", ID)
                .column("obs_event_field_concept_id", NON);
        for (Map<String, String> a : source.read("allergies")) {
            Integer personId = personIds.get(a.get("PATIENT"));
            if (personId == null) {
                continue;
            }
            int visitId = visitIds.get(a.get("ENCOUNTER"));
            observation.row(observation.rows.size() + 1, personId, concept("SNOMED", a.get("CODE")),
                    date(a.get("START")), datetime(a.get("START")), 32827, "", a.get("DESCRIPTION"), 0, 0, 0,
                    providerIds.get(encounterById.get(a.get("ENCOUNTER")).get("PROVIDER")), visitId, visitId,
                    a.get("CODE"), 0, "", a.get("SEVERITY1"), a.get("DESCRIPTION1"), "", 0);
        }
        for (Map<String, String> c : source.read("careplans")) {
            Integer personId = personIds.get(c.get("PATIENT"));
            if (personId == null) {
                continue;
            }
            int visitId = visitIds.get(c.get("ENCOUNTER"));
            observation.row(observation.rows.size() + 1, personId, concept("SNOMED", c.get("CODE")),
                    date(c.get("START")), datetime(c.get("START")), 32827, "", c.get("DESCRIPTION"), 0, 0, 0,
                    providerIds.get(encounterById.get(c.get("ENCOUNTER")).get("PROVIDER")), visitId, visitId,
                    c.get("CODE"), 0, "", "", c.get("REASONDESCRIPTION"), "", 0);
        }

        LabelledSet.Table death = set.table("death")
                .column("person_id", ID).column("death_date", "DATE").column("death_datetime", "DATE")
                .column("death_type_concept_id", NON).column("cause_concept_id", NON)
                .column("cause_source_value", NON).column("cause_source_concept_id", NON);
        for (Map<String, String> p : patients) {
            if (!p.get("DEATHDATE").isEmpty()) {
                death.row(personIds.get(p.get("Id")), p.get("DEATHDATE"), p.get("DEATHDATE") + " 00:00:00", 32817, 0,
                        "", 0);
            }
        }

        LabelledSet.Table note = set.table("note")
                .column("note_id", ID).column("person_id", ID).column("note_date", "DATE")
                .column("note_datetime", "DATE").column("note_type_concept_id", NON)
                .column("note_class_concept_id", NON).column("note_title", NON).column("note_text", FREE_TEXT)
                .column("encoding_concept_id", NON).column("language_concept_id", NON).column("provider_id", QUASI)
                .column("visit_occurrence_id", ID).column("visit_detail_id", ID).column("note_source_value", NON)
                .column("note_event_id", ID).column("note_event_field_concept_id", NON);
        Map<String, Integer> notesPerPatient = new HashMap<>();
        Map<String, Map<String, String>> patientById = new HashMap<>();
        for (Map<String, String> p : patients) {
            patientById.put(p.get("Id"), p);
        }
        for (Map<String, String> e : encounters) {
            String klass = e.get("ENCOUNTERCLASS");
            if (!(klass.equals("wellness") || klass.equals("emergency") || klass.equals("inpatient")
                    || klass.equals("urgentcare"))) {
                continue;
            }
            String patient = e.get("PATIENT");
            int n = notesPerPatient.merge(patient, 1, Integer::sum);
            if (n > 3) {
                continue;
            }
            Map<String, String> p = patientById.get(patient);
            String name = p.get("FIRST") + " " + p.get("LAST");
            String phone = String.format(java.util.Locale.ROOT, "(402) 555-01%02d", random.nextInt(100));
            String reason = e.get("REASONDESCRIPTION").isEmpty() ? e.get("DESCRIPTION") : e.get("REASONDESCRIPTION");
            int form = (personIds.get(patient) + n) % 4;
            String text = switch (form) {
                case 0 -> "Patient " + name + " seen today for " + reason.toLowerCase(java.util.Locale.ROOT)
                        + ". Call back number " + phone + ". Vitals within normal limits. Plan: routine follow-up.";
                case 1 -> "SUBJECTIVE: presents for " + reason.toLowerCase(java.util.Locale.ROOT)
                        + ".\nOBJECTIVE: afebrile, lungs clear.\nASSESSMENT/PLAN: continue current regimen,"
                        + " return in 12 months.";
                case 2 -> "Discharge summary\nName: " + name + "\nDOB: " + p.get("BIRTHDATE") + "\nSSN: "
                        + p.get("SSN") + "\nReason for visit: " + reason + "\nLives at " + p.get("ADDRESS") + ", "
                        + p.get("CITY") + ". Follow up with PCP.";
                default -> "Follow-up for " + reason.toLowerCase(java.util.Locale.ROOT)
                        + ". No new complaints. Counselled on diet and exercise.";
            };
            int visitId = visitIds.get(e.get("Id"));
            note.row(note.rows.size() + 1, personIds.get(patient), date(e.get("START")), datetime(e.get("START")),
                    32817, 0, form == 2 ? "Discharge summary" : "Progress note", text, 32678, 4180186,
                    providerIds.get(e.get("PROVIDER")), visitId, visitId, klass, "", 0);
        }

        LabelledSet.Table payerPlan = set.table("payer_plan_period")
                .column("payer_plan_period_id", ID).column("person_id", ID)
                .column("payer_plan_period_start_date", "DATE").column("payer_plan_period_end_date", "DATE")
                .column("payer_concept_id", NON).column("payer_source_value", NON)
                .column("payer_source_concept_id", NON).column("plan_concept_id", NON)
                .column("plan_source_value", NON).column("plan_source_concept_id", NON)
                .column("sponsor_concept_id", NON).column("sponsor_source_value", "NAME")
                .column("sponsor_source_concept_id", NON).column("family_source_value",
                        "HEALTH_PLAN_BENEFICIARY_NUMBER")
                .column("stop_reason_concept_id", NON).column("stop_reason_source_value", NON)
                .column("stop_reason_source_concept_id", NON);
        for (Map<String, String> t : source.read("payer_transitions")) {
            Integer personId = personIds.get(t.get("PATIENT"));
            if (personId == null) {
                continue;
            }
            payerPlan.row(payerPlan.rows.size() + 1, personId, date(t.get("START_DATE")), date(t.get("END_DATE")), 0,
                    payerNames.get(t.get("PAYER")), 0, 0, t.get("PLAN_OWNERSHIP"), 0, 0, t.get("OWNER_NAME"), 0,
                    t.get("MEMBERID"), 0, "", 0);
        }

        LabelledSet.Table conditionEra = set.table("condition_era")
                .column("condition_era_id", ID).column("person_id", ID).column("condition_concept_id", NON)
                .column("condition_era_start_date", "DATE").column("condition_era_end_date", "DATE")
                .column("condition_occurrence_count", NON);
        for (Object[] era : eras(conditionEvents, 30)) {
            conditionEra.row(conditionEra.rows.size() + 1, era[0], era[1], era[2], era[3], era[4]);
        }
        LabelledSet.Table drugEra = set.table("drug_era")
                .column("drug_era_id", ID).column("person_id", ID).column("drug_concept_id", NON)
                .column("drug_era_start_date", "DATE").column("drug_era_end_date", "DATE")
                .column("drug_exposure_count", NON).column("gap_days", NON);
        for (Object[] era : eras(drugEvents, 30)) {
            drugEra.row(drugEra.rows.size() + 1, era[0], era[1], era[2], era[3], era[4], era[5]);
        }

        for (LabelledSet.Table table : set.tables.values()) {
            if (table.columns.contains("person_id") && !table.name.equals("person")) {
                set.foreignKey(table.name + ".person_id", "person.person_id");
            }
        }
        for (LabelledSet.Table table : set.tables.values()) {
            for (String column : table.columns) {
                String parent = switch (column) {
                    case "location_id" -> table.name.equals("location") ? null : "location.location_id";
                    case "care_site_id" -> table.name.equals("care_site") ? null : "care_site.care_site_id";
                    case "provider_id" -> table.name.equals("provider") ? null : "provider.provider_id";
                    case "visit_occurrence_id", "preceding_visit_occurrence_id" ->
                            table.name.equals("visit_occurrence") && column.equals("visit_occurrence_id")
                                    ? null : "visit_occurrence.visit_occurrence_id";
                    // parent_visit_detail_id is a schema foreign key too, but empty here: nothing to join or infer
                    case "visit_detail_id", "preceding_visit_detail_id" ->
                            table.name.equals("visit_detail") && column.equals("visit_detail_id")
                                    ? null : "visit_detail.visit_detail_id";
                    default -> null;
                };
                if (parent != null) {
                    set.foreignKey(table.name + "." + column, parent);
                }
            }
        }
        return set;
    }

    private static void addMeasurement(LabelledSet.Table measurement, int personId, String start, double[] value,
            String loinc, String unit, int providerId, int visitId, String low, String high) {
        double v = value[2];
        String number = v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
        measurement.row(measurement.rows.size() + 1, personId, (int) value[0], date(start), datetime(start),
                start.substring(11, 19), 32817, 0, number, 0, (int) value[1], low, high, providerId, visitId, visitId,
                loinc, 0, unit, 0, number, "", 0);
    }

    private static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }

    /** OMOP era logic: events of one person and concept whose gap is at most {@code persistence} days merge. */
    private static List<Object[]> eras(List<Object[]> events, int persistence) {
        Map<String, List<Object[]>> byKey = new LinkedHashMap<>();
        for (Object[] e : events) {
            byKey.computeIfAbsent(e[0] + ":" + e[1], k -> new ArrayList<>()).add(e);
        }
        List<Object[]> eras = new ArrayList<>();
        for (List<Object[]> group : byKey.values()) {
            group.sort((a, b) -> ((String) a[2]).compareTo((String) b[2]));
            LocalDate start = null;
            LocalDate end = null;
            int count = 0;
            long gaps = 0;
            for (Object[] e : group) {
                LocalDate s = LocalDate.parse((String) e[2]);
                LocalDate f = ((String) e[3]).isEmpty() ? s : LocalDate.parse((String) e[3]);
                if (start != null && !s.isAfter(end.plusDays(persistence))) {
                    if (s.isAfter(end)) {
                        gaps += ChronoUnit.DAYS.between(end, s);
                    }
                    end = f.isAfter(end) ? f : end;
                    count++;
                } else {
                    if (start != null) {
                        eras.add(new Object[] {group.get(0)[0], group.get(0)[1], start, end, count, gaps});
                    }
                    start = s;
                    end = f;
                    count = 1;
                    gaps = 0;
                }
            }
            eras.add(new Object[] {group.get(0)[0], group.get(0)[1], start, end, count, gaps});
        }
        eras.sort((a, b) -> a[0] != b[0] ? Integer.compare((Integer) a[0], (Integer) b[0])
                : ((LocalDate) a[2]).compareTo((LocalDate) b[2]));
        return eras;
    }

    private static int race(String race) {
        return switch (race) {
            case "white" -> 8527;
            case "black" -> 8516;
            case "asian" -> 8515;
            case "native" -> 8657;
            case "hawaiian" -> 8557;
            default -> 0;
        };
    }

    /** A 10-digit NPI whose last digit is the Luhn check over "80840" + the first nine digits (CMS NPI standard). */
    private String npi() {
        String body = "1" + String.format(java.util.Locale.ROOT, "%08d", random.nextInt(100_000_000));
        return body + Check.luhnDigit("80840" + body);
    }

    /** A DEA registration number: registrant letter, surname initial, six digits and the DEA check digit. */
    private String dea(char surnameInitial) {
        int[] d = new int[6];
        for (int i = 0; i < 6; i++) {
            d[i] = random.nextInt(10);
        }
        int check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10;
        StringBuilder sb = new StringBuilder().append("BFM".charAt(random.nextInt(3)))
                .append(Character.toUpperCase(surnameInitial));
        for (int x : d) {
            sb.append(x);
        }
        return sb.append(check).toString();
    }

    private static String notice() {
        return """
                omop-synthea: an OMOP CDM 5.4 export derived from the Synthea Nebraska CSV export
                (/work/shared/data/synthea-nebraska: github UNMC-CRANE/database-stats-lecture, csv/, commit ab7f172c,
                generated by Synthea, Apache-2.0; the data is synthetic, no real people).
                Generated by core/src/test/java/dev/warden/core/job/classification/OmopSyntheaSet.java (seeded).

                Taken from the source: the first 28 patients of patients.csv and only their encounters, conditions,
                medications, immunizations, procedures, devices, allergies, careplans and payer transitions, with the
                organizations and providers their encounters refer to.
                Invented (seeded, fictional): vital-sign and lab measurements (real LOINC codes and OMOP concept ids),
                specimens and accession numbers, clinical notes (some quote the patient's name, birth date, SSN,
                address and a 555-01xx phone number, as real notes do), provider NPI (valid Luhn) and DEA numbers.
                Concept ids: gender, race, ethnicity, visit, type, unit, specialty and the measurement concepts are
                real OMOP standard concept ids, as are seven condition concepts (hypertension 320128, type 2
                diabetes 201826, viral sinusitis 40481087, acute bronchitis 260139, acute viral pharyngitis 4112343,
                streptococcal sore throat 28060, otitis media 372328). Every other *_concept_id is a made-up but
                stable local concept id >= 2,000,000,000 (the OMOP range for site-specific concepts), one per source
                code; the real standard concept was not looked up.
                """;
    }
}
