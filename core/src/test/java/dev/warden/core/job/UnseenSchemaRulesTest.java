package dev.warden.core.job;

import static dev.warden.core.job.ProposalFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.core.deid.detect.ColumnHeader;
import dev.warden.core.deid.detect.CryptoAddress;
import dev.warden.deid.IdentifierType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The classification rules added for schemas the benchmark had not seen (breaker17 to breaker19), each on a small
 * invented table of another shape than the one it was written for, beside a near miss where it must stay silent.
 */
class UnseenSchemaRulesTest {

    @TempDir
    Path dir;

    private Path folder(String name, Map<String, CharSequence> tables) throws IOException {
        return ProposalFixtures.folder(dir, name, tables);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // helpers (as in EvidenceClassificationTest)

    // ---------------------------------------------------------------------------------------------------------------
    // keysOfThings: the key of a list of things is kept

    /**
     * A radio station's log: 30 listeners, 6 tracks (genre, size in bytes), 90 plays; each track is played by about 15
     * distinct listeners.
     */
    private Path radio() throws IOException {
        StringBuilder listeners = new StringBuilder("listener_id,first_name,last_name,email\n");
        for (int i = 0; i < 30; i++) {
            listeners.append(5000 + i).append(',').append(GIVEN[i % 12]).append(',').append(FAMILY[(i * 7) % 12])
                    .append(",listener").append(i).append("@radio.example\n");
        }
        StringBuilder tracks = new StringBuilder("track_id,genre,bytes\n");
        String[] genres = {"Fado", "Tango", "Highlife", "Fado", "Tango", "Highlife"};
        for (int t = 0; t < 6; t++) {
            tracks.append(301 + t).append(',').append(genres[t]).append(',').append(4_100_000 + t * 373_211).append('\n');
        }
        StringBuilder plays = new StringBuilder("play_id,listener_id,track_id\n");
        for (int i = 0; i < 90; i++) {
            plays.append(i + 1).append(',').append(5000 + i % 29).append(',').append(301 + i % 6).append('\n');
        }
        return folder("radio", Map.of("listeners", listeners, "tracks", tracks, "plays", plays));
    }

    @Test
    void theKeyOfTracksPlayedByManyListenersIsKeptWithTheKeysReferringToIt() throws IOException {
        Path in = radio();
        JobSpec spec = propose(in);
        assertThat(rule(spec, "tracks", "track_id")).isInstanceOf(ColumnRule.Keep.class);
        assertThat(comment(spec, "tracks", "track_id")).contains("the key of a list of things");
        assertThat(rule(spec, "listeners", "listener_id")).isNotInstanceOf(ColumnRule.Keep.class);
        assertThat(runPassing(in, spec, dir.resolve("radio-out"), "tracks")).contains("301,").contains("306,");
        // the plays' foreign key follows the kept key: the joins to the tracks survive
        assertThat(Files.readAllLines(dir.resolve("radio-out/plays.csv")).stream().skip(1).map(l -> l.split(",")[2]))
                .contains("301", "306");
        assertThat(Files.readString(dir.resolve("radio-out/listeners.csv"))).doesNotContain("@radio.example")
                .doesNotContain("5007");
    }

    /** 12 households (address, city, rooms), each referred to by 2 or 3 of 30 members. */
    private Path households() throws IOException {
        StringBuilder households = new StringBuilder("household_id,address,city,rooms\n");
        String[] streets = {"Birkenweg", "Lindenstraße", "Am Markt", "Hauptstraße"};
        String[] cities = {"Kassel", "Fulda", "Marburg"};
        for (int h = 0; h < 12; h++) {
            households.append(70 + h).append(',').append(streets[h % 4]).append(' ').append(3 + h * 2).append(',')
                    .append(cities[h % 3]).append(',').append(2 + h % 4).append('\n');
        }
        StringBuilder members = new StringBuilder("member_id,household_id,first_name,last_name,birth_date\n");
        for (int i = 0; i < 30; i++) {
            members.append(900 + i).append(',').append(70 + (i * 12) / 30).append(',').append(GIVEN[i % 12]).append(',')
                    .append(FAMILY[(i * 12) / 30]).append(',').append(1950 + i).append("-0").append(1 + i % 9)
                    .append("-1").append(i % 9).append('\n');
        }
        return folder("households", Map.of("households", households, "members", members));
    }

    @Test
    void aHouseholdReferredToByTwoOrThreeMembersKeepsItsKeyProtected() throws IOException {
        JobSpec spec = propose(households());
        assertThat(rule(spec, "households", "rooms")).as("a kept attribute, so only the count decides")
                .isInstanceOf(ColumnRule.Keep.class);
        assertThat(rule(spec, "households", "household_id")).isNotInstanceOf(ColumnRule.Keep.class);
    }

    /** 6 market stalls whose owner column holds people's names, each visited by about 15 of 30 customers. */
    private Path stalls(String ownerHeader) throws IOException {
        StringBuilder customers = new StringBuilder("customer_id,first_name,last_name,phone\n");
        for (int i = 0; i < 30; i++) {
            customers.append(7100 + i).append(',').append(GIVEN[(i + 3) % 12]).append(',').append(FAMILY[(i * 5) % 12])
                    .append(",(415) 555-0").append(100 + i).append('\n');
        }
        StringBuilder stalls = new StringBuilder("stall_id," + ownerHeader + ",category\n");
        String[] category = {"Cheese", "Bread", "Flowers", "Cheese", "Bread", "Flowers"};
        for (int s = 0; s < 6; s++) {
            stalls.append(41 + s).append(',').append(person(s + 2)).append(',').append(category[s]).append('\n');
        }
        StringBuilder purchases = new StringBuilder("purchase_id,customer_id,stall_id\n");
        for (int i = 0; i < 90; i++) {
            purchases.append(i + 1).append(',').append(7100 + i % 29).append(',').append(41 + i % 6).append('\n');
        }
        return folder("market-" + ownerHeader, Map.of("customers", customers, "stalls", stalls, "purchases", purchases));
    }

    @Test
    void aStallWhoseStallholderColumnHoldsPeoplesNamesKeepsItsKeyProtected() throws IOException {
        JobSpec spec = propose(stalls("stallholder"));
        assertThat(rule(spec, "stalls", "category")).as("a kept attribute").isInstanceOf(ColumnRule.Keep.class);
        assertThat(rule(spec, "stalls", "stallholder")).isNotInstanceOf(ColumnRule.Keep.class);
        assertThat(rule(spec, "stalls", "stall_id")).isNotInstanceOf(ColumnRule.Keep.class);
    }

    @Test
    void aStallWhoseOwnerColumnHoldsPeoplesNamesKeepsItsKeyProtected() throws IOException {
        JobSpec spec = propose(stalls("owner"));
        assertThat(rule(spec, "stalls", "category")).as("a kept attribute").isInstanceOf(ColumnRule.Keep.class);
        assertThat(rule(spec, "stalls", "owner")).isEqualTo(new ColumnRule.Identifier(IdentifierType.NAME));
        assertThat(rule(spec, "stalls", "stall_id")).isNotInstanceOf(ColumnRule.Keep.class);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // attributeValues: an entity-attribute-value table

    /** A questionnaire stored as field and value: given and family names beside pulse and smoking answers. */
    private Path intake() throws IOException {
        StringBuilder subjects = new StringBuilder("subject_id,sex\n");
        for (int i = 0; i < 15; i++) {
            subjects.append(200 + i).append(',').append(i % 2 == 0 ? "F" : "M").append('\n');
        }
        StringBuilder fields = new StringBuilder("entry_id,subject_id,field,entry_value\n");
        String[] names = {"first_name", "pulse", "smoker", "last_name"};
        int row = 0;
        for (int i = 0; i < 15; i++) {
            for (String f : names) {
                String value = switch (f) {
                    case "first_name" -> GIVEN[i % 5];
                    case "last_name" -> FAMILY[(i * 2) % 5];
                    case "pulse" -> String.valueOf(60 + i % 4 * 4);
                    case "smoker" -> i % 3 == 0 ? "yes" : "no";
                    default -> "n/a";
                };
                fields.append(++row).append(',').append(200 + i).append(',').append(f).append(',').append(value).append('\n');
            }
        }
        return folder("intake", Map.of("subjects", subjects, "fields", fields));
    }

    @Test
    void valuesBesideAFieldNamingAPersonsNameAreSuppressed() throws IOException {
        Path in = intake();
        JobSpec spec = propose(in);
        assertThat(rule(spec, "fields", "field")).isInstanceOf(ColumnRule.Keep.class);
        assertThat(rule(spec, "fields", "entry_value")).isInstanceOf(ColumnRule.Explicit.class);
        assertThat(comment(spec, "fields", "entry_value")).contains("entity-attribute-value");
        assertThat(runPassing(in, spec, dir.resolve("intake-out"), "fields")).doesNotContain("Halvorsen")
                .doesNotContain("Ingrid").contains("first_name");
    }

    /** A customer survey: the question names a contact channel (Phone, Store, Kiosk); the answers are ratings. */
    private Path channelSurvey() throws IOException {
        StringBuilder respondents = new StringBuilder("respondent_id,region\n");
        for (int i = 0; i < 15; i++) {
            respondents.append(600 + i).append(',').append(i % 2 == 0 ? "North" : "South").append('\n');
        }
        StringBuilder answers = new StringBuilder("answer_id,respondent_id,question,answer\n");
        String[] channels = {"Phone", "Store", "Kiosk"};
        String[] ratings = {"Very satisfied", "Satisfied", "Neutral", "Dissatisfied", "Very dissatisfied"};
        int row = 0;
        for (int i = 0; i < 15; i++) {
            for (int q = 0; q < 3; q++) {
                answers.append(++row).append(',').append(600 + i).append(',').append(channels[q]).append(',')
                        .append(ratings[(i + q * 2) % 5]).append('\n');
            }
        }
        return folder("survey", Map.of("respondents", respondents, "answers", answers));
    }

    @Test
    void ratingsBesideAQuestionCalledPhoneAreKept() throws IOException {
        assertThat(ColumnHeader.meaning("answers", "Phone").type()).hasValue(IdentifierType.TELEPHONE_NUMBER);
        JobSpec spec = propose(channelSurvey());
        assertThat(rule(spec, "answers", "question")).as("an attribute column, so only the values' shape decides")
                .isInstanceOf(ColumnRule.Keep.class);
        assertThat(rule(spec, "answers", "answer")).isInstanceOf(ColumnRule.Keep.class);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // rowIdentifiersInside and labelledIdentifier

    /** 40 patients with a ZIP code and a region path; {@code withZip} puts the row's ZIP code into the path. */
    private Path regionPaths(String header, boolean withZip) throws IOException {
        String[][] places = {{"Cambridge", "02139"}, {"Somerville", "02144"}, {"Quincy", "02169"}, {"Medford", "02155"},
            {"Waltham", "02453"}};
        StringBuilder csv = new StringBuilder("patient_id,sex,zip_cd," + header + "\n");
        for (int i = 0; i < 40; i++) {
            String[] p = places[i % 5];
            csv.append(8800 + i).append(',').append(i % 2 == 0 ? "F" : "M").append(',').append(p[1]).append(",Regions\\")
                    .append("Massachusetts\\").append(p[0]).append("\\").append(withZip ? p[1] + "\\" : "").append('\n');
        }
        return folder(header + (withZip ? "-zip" : ""), Map.of("patient_dimension", csv));
    }

    @Test
    void aPathRepeatingTheRowsZipCodeIsSuppressed() throws IOException {
        Path in = regionPaths("breadcrumb", true);
        JobSpec spec = propose(in);
        assertThat(rule(spec, "patient_dimension", "zip_cd")).isEqualTo(new ColumnRule.Identifier(IdentifierType.ZIP_CODE));
        assertThat(rule(spec, "patient_dimension", "breadcrumb")).isInstanceOf(ColumnRule.Explicit.class);
        assertThat(comment(spec, "patient_dimension", "breadcrumb")).contains("the same row's zip_cd");
        assertThat(runPassing(in, spec, dir.resolve("paths-zip-out"), "patient_dimension")).doesNotContain("02139")
                .doesNotContain("02453");
    }

    @Test
    void aPathHeadedWithARegionWordRepeatingTheRowsZipCodeIsSuppressed() throws IOException {
        Path in = regionPaths("region_path", true);
        JobSpec spec = propose(in);
        assertThat(rule(spec, "patient_dimension", "region_path")).isInstanceOf(ColumnRule.Explicit.class);
        assertThat(comment(spec, "patient_dimension", "region_path")).contains("the same row's zip_cd");
        run(in, spec, dir.resolve("region-path-out"));
        assertThat(Files.readString(dir.resolve("region-path-out/patient_dimension.csv"))).doesNotContain("02139");
    }

    @Test
    void aPathOfStateAndCityWithoutTheZipCodeIsStillAPlaceThatFollowsTheZipCode() throws IOException {
        // no ZIP code inside, but each ZIP code has one path (its city): a city is a place smaller than a state
        JobSpec spec = propose(regionPaths("breadcrumb", false));
        assertThat(rule(spec, "patient_dimension", "breadcrumb"))
                .isEqualTo(new ColumnRule.Identifier(IdentifierType.GEOGRAPHIC_SUBDIVISION));
        assertThat(comment(spec, "patient_dimension", "breadcrumb")).contains("follow the row's zip_cd");
    }

    /** 40 facts whose concept codes write demographics as label and value; {@code withZip} adds DEM|ZIP codes. */
    private Path facts(boolean withZip) throws IOException {
        String[] concepts = withZip
                ? new String[] {"DEM|SEX:F", "DEM|SEX:M", "DEM|ZIP:02169", "DEM|ZIP:02139", "DEM|RACE:white", "DEM|RACE:asian"}
                : new String[] {"DEM|SEX:F", "DEM|SEX:M", "DEM|LANG:en", "DEM|LANG:es", "DEM|RACE:white", "DEM|RACE:asian"};
        StringBuilder patients = new StringBuilder("patient_num,vital_status\n");
        for (int i = 0; i < 10; i++) {
            patients.append(40 + i).append(',').append(i % 4 == 0 ? "D" : "A").append('\n');
        }
        StringBuilder facts = new StringBuilder("fact_id,patient_num,concept_path\n");
        for (int i = 0; i < 40; i++) {
            facts.append(i + 1).append(',').append(40 + i % 10).append(',').append(concepts[i % 6]).append('\n');
        }
        return folder(withZip ? "facts-zip" : "facts", Map.of("patients", patients, "facts", facts));
    }

    @Test
    void codesWritingAZipCodeAsLabelAndValueAreSuppressed() throws IOException {
        Path in = facts(true);
        JobSpec spec = propose(in);
        assertThat(rule(spec, "facts", "concept_path")).isInstanceOf(ColumnRule.Explicit.class);
        assertThat(comment(spec, "facts", "concept_path")).contains("label and value").contains("ZIP_CODE");
        assertThat(runPassing(in, spec, dir.resolve("facts-zip-out"), "facts")).doesNotContain("ZIP:02169");
    }

    @Test
    void codesWritingSexRaceAndLanguageAsLabelAndValueAreKept() throws IOException {
        JobSpec spec = propose(facts(false));
        assertThat(rule(spec, "facts", "concept_path")).isInstanceOf(ColumnRule.Keep.class);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // unixTimes

    /** 40 sensor readings: a clock in milliseconds (no time word) and a sync time in seconds under "ts". */
    private Path sensorLog() throws IOException {
        StringBuilder csv = new StringBuilder("reading_id,sensor_clock,synced_ts,celsius\n");
        for (int i = 0; i < 40; i++) {
            long seconds = 1_650_000_000L + i * 86_413L;
            csv.append(i + 1).append(',').append(seconds * 1000 + i * 7).append(',').append(seconds + 30).append(',')
                    .append(18 + i % 7).append('\n');
        }
        return folder("sensors", Map.of("readings", csv));
    }

    @Test
    void thirteenDigitMillisecondsAndTenDigitSecondsUnderATimeHeaderAreSuppressedAsDates() throws IOException {
        Path in = sensorLog();
        JobSpec spec = propose(in);
        assertThat(rule(spec, "readings", "sensor_clock")).isInstanceOf(ColumnRule.Explicit.class);
        assertThat(comment(spec, "readings", "sensor_clock")).contains("13 digits").contains("Unix time");
        assertThat(rule(spec, "readings", "synced_ts")).isInstanceOf(ColumnRule.Explicit.class);
        assertThat(comment(spec, "readings", "synced_ts")).contains("10 digits").contains("Unix time");
        assertThat(runPassing(in, spec, dir.resolve("sensors-out"), "readings")).doesNotContain("1650000000000")
                .doesNotContain("1650000030");
    }

    /** 40 backups whose sizes in bytes are 10-digit integers inside the Unix-seconds band, under no time header. */
    private Path backups() throws IOException {
        StringBuilder csv = new StringBuilder("backup_id,host,archive_bytes,files\n");
        long[] sizes = {1_612_345_678L, 1_723_456_789L, 1_834_567_890L, 1_945_678_901L};
        for (int i = 0; i < 40; i++) {
            csv.append(i + 1).append(",node-").append(i % 3).append(',').append(sizes[i % 4]).append(',')
                    .append(1000 + i % 5 * 10).append('\n');
        }
        return folder("backups", Map.of("backups", csv));
    }

    @Test
    void tenDigitByteCountsWithoutATimeHeaderAreKeptAsNumbers() throws IOException {
        JobSpec spec = propose(backups());
        assertThat(rule(spec, "backups", "archive_bytes")).isInstanceOf(ColumnRule.Keep.class);
        assertThat(comment(spec, "backups", "archive_bytes")).doesNotContain("Unix time");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // PER_PERSON_TYPES overrule and IP headers over plain numbers

    /** 40 insured people: an MRN, a flag headed with "mrn", inpatient amounts headed with "ip", and an IP address. */
    private Path insured() throws IOException {
        StringBuilder csv = new StringBuilder("member_key,mrn,mrn_sts,reimb_ip,client_ip\n");
        for (int i = 0; i < 40; i++) {
            csv.append(i + 1).append(",MR").append(381_274 + i * 97).append(',').append(i % 3 == 0 ? "2" : "1").append(',')
                    .append(i % 4 == 0 ? "0" : String.valueOf(1200 + i * 173.5)).append(",10.20.").append(i % 7).append('.')
                    .append(11 + i * 3).append('\n');
        }
        return folder("insured", Map.of("members", csv));
    }

    @Test
    void aHeaderNamingAPersonsOwnNumberIsOverruledWhenMostRowsShareItsValues() throws IOException {
        assertThat(ColumnHeader.meaning("members", "mrn_sts").type()).hasValue(IdentifierType.MEDICAL_RECORD_NUMBER);
        JobSpec spec = propose(insured());
        assertThat(rule(spec, "members", "mrn_sts")).isInstanceOf(ColumnRule.Keep.class);
        assertThat(comment(spec, "members", "mrn_sts")).contains("a person's own MEDICAL_RECORD_NUMBER is shared by no one");
    }

    @Test
    void aMedicalRecordNumberEachPersonHoldsAloneStaysAnIdentifier() throws IOException {
        JobSpec spec = propose(insured());
        assertThat(rule(spec, "members", "mrn")).isEqualTo(new ColumnRule.Identifier(IdentifierType.MEDICAL_RECORD_NUMBER));
    }

    @Test
    void anIpHeaderOverAmountsIsReadAsNumbers() throws IOException {
        assertThat(ColumnHeader.meaning("members", "reimb_ip").type()).hasValue(IdentifierType.IP_ADDRESS);
        JobSpec spec = propose(insured());
        assertThat(rule(spec, "members", "reimb_ip")).isInstanceOf(ColumnRule.Keep.class);
        assertThat(comment(spec, "members", "reimb_ip")).contains("the header reads as an IP address");
    }

    @Test
    void anIpHeaderOverDottedQuadsStaysAnIpAddress() throws IOException {
        Path in = insured();
        JobSpec spec = propose(in);
        assertThat(rule(spec, "members", "client_ip")).isEqualTo(new ColumnRule.Identifier(IdentifierType.IP_ADDRESS));
        assertThat(runPassing(in, spec, dir.resolve("insured-out"), "members")).doesNotContain("10.20.3.")
                .doesNotContain("MR381274");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // FAMILY_COMMA_GIVEN: a thing's name column holding people's names, family name first

    /** Visits of 30 patients to 8 clinicians (name_char "Okafor, Grace MD") at 4 sites (name_char "Lakeside Clinic"). */
    private Path careNetwork() throws IOException {
        StringBuilder patients = new StringBuilder("patient_num,birth_date\n");
        for (int i = 0; i < 30; i++) {
            patients.append(1 + i).append(',').append(1940 + i).append("-0").append(1 + i % 9).append("-2").append(i % 9)
                    .append('\n');
        }
        StringBuilder clinicians = new StringBuilder("provider_id,name_char\n");
        String[] suffix = {"MD", "DO", "NP", "MD"};
        for (int c = 0; c < 8; c++) {
            clinicians.append("P").append(410 + c).append(",\"").append(FAMILY[c + 2]).append(", ").append(GIVEN[c + 3])
                    .append(' ').append(suffix[c % 4]).append("\"\n");
        }
        StringBuilder sites = new StringBuilder("site_id,name_char\n");
        String[] siteNames = {"Lakeside Clinic", "North Hill Surgery", "Riverbend Health Centre", "Harbour View Practice"};
        for (int s = 0; s < 4; s++) {
            sites.append("S").append(s + 1).append(',').append(siteNames[s]).append('\n');
        }
        StringBuilder visits = new StringBuilder("visit_id,patient_num,provider_id,site_id\n");
        for (int i = 0; i < 60; i++) {
            visits.append(i + 1).append(',').append(1 + i % 30).append(",P").append(410 + i % 8).append(",S")
                    .append(1 + i % 4).append('\n');
        }
        return folder("care", Map.of("patients", patients, "clinicians", clinicians, "sites", sites, "visits", visits));
    }

    @Test
    void aThingsNameColumnWrittenFamilyNameFirstIsAName() throws IOException {
        assertThat(ColumnHeader.meaning("clinicians", "name_char").kind()).isEqualTo(ColumnHeader.Kind.THING_NAME);
        Path in = careNetwork();
        JobSpec spec = propose(in);
        assertThat(rule(spec, "clinicians", "name_char")).isEqualTo(new ColumnRule.Identifier(IdentifierType.NAME));
        assertThat(runPassing(in, spec, dir.resolve("care-out"), "clinicians")).doesNotContain("Qureshi")
                .doesNotContain("Mensah");
    }

    @Test
    void aThingsNameColumnOfSiteNamesIsKept() throws IOException {
        JobSpec spec = propose(careNetwork());
        assertThat(rule(spec, "sites", "name_char")).isInstanceOf(ColumnRule.Keep.class);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // PERSON_KEY_WORDS and ACCOUNT_TABLE_WORDS foreign keys

    /**
     * A clinic's records: people, their document numbers by patient_id, consultations by patient_id and creator;
     * {@code patientIdsContained} false moves the patient ids and the creators out of person and users.
     */
    private Path clinicRecords(boolean patientIdsContained) throws IOException {
        StringBuilder people = new StringBuilder("person_id,gender,birthdate\n");
        for (int i = 0; i < 30; i++) {
            people.append(100 + i).append(',').append(i % 2 == 0 ? "F" : "M").append(',').append(1960 + i).append("-0")
                    .append(1 + i % 9).append("-1").append(i % 9).append('\n');
        }
        StringBuilder staff = new StringBuilder("user_id,username,role\n");
        for (int u = 0; u < 4; u++) {
            staff.append(9001 + u).append(",clerk").append(u + 1).append(',').append(u == 0 ? "admin" : "clerk").append('\n');
        }
        StringBuilder documents = new StringBuilder("document_number_id,patient_id,document_type\n");
        StringBuilder consultations = new StringBuilder("consultation_id,patient_id,creator,consultation_type\n");
        int base = patientIdsContained ? 100 : 700;
        for (int i = 0; i < 45; i++) {
            documents.append(i + 1).append(',').append(base + i % 30).append(',').append(i % 3 == 0 ? "passport" : "card")
                    .append('\n');
            consultations.append(i + 1).append(',').append(base + (i * 7) % 30).append(',').append((patientIdsContained ? 9001 : 9101) + i % 4).append(',')
                    .append(i % 2 == 0 ? "first visit" : "follow-up").append('\n');
        }
        return folder(patientIdsContained ? "clinic" : "clinic-elsewhere", Map.of("person", people, "users", staff,
                "document_number", documents, "consultation", consultations));
    }

    @Test
    void aPatientIdRefersToAPersonIdAndACreatorToTheUsersTable() throws IOException {
        JobSpec spec = propose(clinicRecords(true));
        assertThat(foreignKeys(spec, "document_number")).contains(new ForeignKey("patient_id", "person", "person_id"));
        assertThat(foreignKeys(spec, "consultation")).contains(new ForeignKey("patient_id", "person", "person_id"))
                .contains(new ForeignKey("creator", "users", "user_id"));
    }

    @Test
    void aPatientIdOrCreatorWhoseValuesAreNotThereRefersToNothing() throws IOException {
        JobSpec spec = propose(clinicRecords(false));
        assertThat(foreignKeys(spec, "document_number")).noneMatch(f -> f.referencedTable().equals("person"));
        assertThat(foreignKeys(spec, "consultation")).noneMatch(f -> f.referencedTable().equals("person"))
                .noneMatch(f -> f.referencedTable().equals("users"));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // one value among blanks is no description of a code

    /** 30 diagnoses with ICD-10 codes, their descriptions, and a note column filled once with a person's name. */
    private Path diagnoses() throws IOException {
        String[][] codes = {{"E11.9", "Type 2 diabetes mellitus without complications"}, {"I10", "Essential hypertension"},
            {"J45.909", "Unspecified asthma, uncomplicated"}, {"M54.5", "Low back pain"}, {"F32.9", "Major depressive disorder"},
            {"K21.9", "Gastro-esophageal reflux disease without esophagitis"}, {"N39.0", "Urinary tract infection"},
            {"E78.5", "Hyperlipidemia, unspecified"}, {"G43.909", "Migraine, unspecified"}, {"L40.0", "Psoriasis vulgaris"},
            {"H40.9", "Unspecified glaucoma"}, {"D50.9", "Iron deficiency anemia, unspecified"},
            {"B35.3", "Tinea pedis"}, {"R51.9", "Headache, unspecified"}, {"Z87.891", "Personal history of nicotine dependence"}};
        StringBuilder patients = new StringBuilder("patient_id,sex\n");
        for (int i = 0; i < 15; i++) {
            patients.append(300 + i).append(',').append(i % 2 == 0 ? "F" : "M").append('\n');
        }
        // each patient has one diagnosis, recorded twice: no description is shared by two patients
        StringBuilder dx = new StringBuilder("dx_id,patient_id,dx_code,dx_description,extra_blob\n");
        for (int i = 0; i < 30; i++) {
            String[] c = codes[i % 15];
            dx.append(i + 1).append(',').append(300 + i % 15).append(',').append(c[0]).append(",\"").append(c[1])
                    .append("\",").append(i == 7 ? "Ingrid Halvorsen" : "").append('\n');
        }
        return folder("diagnoses", Map.of("patients", patients, "diagnoses", dx));
    }

    @Test
    void oneValueAmongBlanksIsNoDescriptionOfACode() throws IOException {
        Path in = diagnoses();
        JobSpec spec = propose(in);
        assertThat(rule(spec, "diagnoses", "extra_blob")).isNotInstanceOf(ColumnRule.Keep.class);
        assertThat(runPassing(in, spec, dir.resolve("diagnoses-out"), "diagnoses")).doesNotContain("Halvorsen");
    }

    @Test
    void aDescriptionFilledOnEveryRowIsKeptAsTheCodesDescription() throws IOException {
        JobSpec spec = propose(diagnoses());
        assertThat(rule(spec, "diagnoses", "dx_description")).isInstanceOf(ColumnRule.Keep.class);
        assertThat(comment(spec, "diagnoses", "dx_description")).contains("the description of the code in");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // ColumnHeader: death, admission and discharge parts; yearID; regions; mail; login_ip; ward; name words; amounts

    /** A cycling federation's riders (birth and death parts, birth state) and their seasons keyed by yearID. */
    private Path riders() throws IOException {
        StringBuilder riders = new StringBuilder("riderID,birthYear,birthState,deathYear,deathMonth,deathDay\n");
        String[] states = {"Minas Gerais", "San Pedro de Macoris", "Bretagne", "Lombardia"};
        for (int i = 0; i < 30; i++) {
            boolean dead = i % 3 == 0;
            riders.append("rdr").append(String.format("%03d", i)).append(',').append(1900 + i * 2).append(',')
                    .append(states[i % 4]).append(',').append(dead ? String.valueOf(1970 + i) : "").append(',')
                    .append(dead ? String.valueOf(1 + i % 12) : "").append(',').append(dead ? String.valueOf(1 + i % 28) : "")
                    .append('\n');
        }
        StringBuilder seasons = new StringBuilder("riderID,yearID,stage_wins\n");
        for (int i = 0; i < 60; i++) {
            seasons.append("rdr").append(String.format("%03d", i % 30)).append(',').append(1920 + i % 8).append(',')
                    .append(i % 4).append('\n');
        }
        return folder("riders", Map.of("riders", riders, "seasons", seasons));
    }

    @Test
    void theMonthAndDayOfADeathAreRemovedAndAYearIdIsKept() throws IOException {
        Path in = riders();
        JobSpec spec = propose(in);
        assertThat(rule(spec, "riders", "deathMonth")).isNotInstanceOf(ColumnRule.Keep.class);
        assertThat(comment(spec, "riders", "deathMonth")).contains("death");
        assertThat(rule(spec, "riders", "deathDay")).isNotInstanceOf(ColumnRule.Keep.class);
        assertThat(rule(spec, "seasons", "yearID")).isInstanceOf(ColumnRule.Keep.class);
        assertThat(runPassing(in, spec, dir.resolve("riders-out"), "riders")).contains("San Pedro de Macoris");
    }

    @Test
    void hungarianNotationIsReadWithoutItsTypePrefix() {
        // breaker22: txtForename copied 420 first names; lng is a long integer here, not a longitude
        assertThat(ColumnHeader.meaning("tblPatients", "txtForename").type()).hasValue(IdentifierType.GIVEN_NAME);
        assertThat(ColumnHeader.meaning("tblPatients", "strLastName").type()).hasValue(IdentifierType.FAMILY_NAME);
        assertThat(ColumnHeader.meaning("tblPatients", "dtmDOB").type()).hasValue(IdentifierType.DATE_OF_BIRTH);
        assertThat(ColumnHeader.meaning("tblPatients", "lngPatientID").type()).hasValue(IdentifierType.OTHER_UNIQUE_IDENTIFIER);
        assertThat(ColumnHeader.meaning("tblPatients", "intAge").type()).hasValue(IdentifierType.AGE);
        assertThat(ColumnHeader.meaning("tblPatients", "Christian_Name").type()).hasValue(IdentifierType.GIVEN_NAME);
        // near misses: a longitude stays one, and a prefix before a word that says nothing adds nothing
        assertThat(ColumnHeader.meaning("stops", "lng").type()).hasValue(IdentifierType.GEOCOORDINATE);
        assertThat(ColumnHeader.meaning("tblAccounts", "curBalance").kind()).isEqualTo(ColumnHeader.Kind.NONE);
        assertThat(ColumnHeader.meaning("t", "strategy").kind()).isEqualTo(ColumnHeader.Kind.NONE);
    }

    @Test
    void cardSecurityCodesByTheirOtherNamesAreCredentials() {
        for (String h : List.of("csc", "sec_code", "card_sec_code", "verification_code", "cvv2")) {
            assertThat(ColumnHeader.meaning("cards", h).kind()).as(h).isEqualTo(ColumnHeader.Kind.CREDENTIAL);
        }
        assertThat(ColumnHeader.meaning("cards", "cid").kind()).isNotEqualTo(ColumnHeader.Kind.CREDENTIAL);
    }

    @Test
    void anItalianAgeAndPostcodeWrittenWithoutAccentAreRead() {
        assertThat(ColumnHeader.meaning("screening", "eta_anni").type()).hasValue(IdentifierType.AGE);
        assertThat(ColumnHeader.meaning("screening", "cap").type()).hasValue(IdentifierType.ZIP_CODE);
        assertThat(ColumnHeader.meaning("loans", "credit_cap").type()).isEmpty();
    }

    @Test
    void theMonthAndDayOfDeathAdmissionAndDischargeAreDateParts() {
        for (String h : List.of("deathMonth", "dod_day", "admit_mm", "monthOfDeath", "discharge_day", "admissionMonth")) {
            assertThat(ColumnHeader.meaning("events", h).kind()).as(h).isEqualTo(ColumnHeader.Kind.BIRTH_DATE_PART);
        }
    }

    @Test
    void daysOrMonthsCountedToADischargeAreNoDatePart() {
        for (String h : List.of("days_to_discharge", "months_since_death", "admission_days")) {
            assertThat(ColumnHeader.meaning("events", h).kind()).as(h).isNotEqualTo(ColumnHeader.Kind.BIRTH_DATE_PART);
        }
    }

    @Test
    void aYearIdNamesAYearAndARiderIdAnIdentifier() {
        assertThat(ColumnHeader.meaning("seasons", "yearID").kind()).isEqualTo(ColumnHeader.Kind.VOCABULARY);
        assertThat(ColumnHeader.meaning("seasons", "riderID").type()).hasValue(IdentifierType.OTHER_UNIQUE_IDENTIFIER);
    }

    @Test
    void namesRegionReadsStatesProvincesAndCountriesButNotCities() {
        assertThat(ColumnHeader.namesRegion("birthState")).isTrue();
        assertThat(ColumnHeader.namesRegion("province")).isTrue();
        assertThat(ColumnHeader.namesRegion("country_of_residence")).isTrue();
        assertThat(ColumnHeader.namesRegion("birthCity")).isFalse();
        assertThat(ColumnHeader.namesRegion("street")).isFalse();
    }

    @Test
    void mailBesideAPostalWordIsAPostalAddress() {
        assertThat(ColumnHeader.meaning("voters", "mail_addr1").type()).hasValue(IdentifierType.STREET_ADDRESS);
        assertThat(ColumnHeader.meaning("voters", "mail_city").type()).hasValue(IdentifierType.CITY);
        assertThat(ColumnHeader.meaning("voters", "mail_zipcode").type()).hasValue(IdentifierType.ZIP_CODE);
    }

    @Test
    void mailAndEmailAloneStayEmailAddresses() {
        for (String h : List.of("email", "mail", "e_mail", "contact_email")) {
            assertThat(ColumnHeader.meaning("voters", h).type()).as(h).hasValue(IdentifierType.EMAIL_ADDRESS);
        }
    }

    @Test
    void aLoginIpIsAnIpAddressAndALoginAUserName() {
        assertThat(ColumnHeader.meaning("sessions", "login_ip").type()).hasValue(IdentifierType.IP_ADDRESS);
        assertThat(ColumnHeader.meaning("sessions", "login").type()).hasValue(IdentifierType.OTHER_UNIQUE_IDENTIFIER);
    }

    @Test
    void aWardOutsideAHospitalTableIsAGeographicSubdivision() {
        assertThat(ColumnHeader.meaning("voters", "ward").type()).hasValue(IdentifierType.GEOGRAPHIC_SUBDIVISION);
        assertThat(ColumnHeader.meaning("polling_places", "ward_abbrv").type())
                .hasValue(IdentifierType.GEOGRAPHIC_SUBDIVISION);
        for (String h : List.of("borough", "suburb", "suburb_name")) {
            assertThat(ColumnHeader.meaning("residents", h).type()).as(h).hasValue(IdentifierType.GEOGRAPHIC_SUBDIVISION);
        }
    }

    @Test
    void aLocalityIsAPlace() {
        // the city rule reads it first: a locality is protected as a city is
        assertThat(ColumnHeader.meaning("residents", "locality").type()).hasValue(IdentifierType.CITY);
    }

    @Test
    void aWardInAHospitalTableOrBesideABedIsNoPlace() {
        assertThat(ColumnHeader.meaning("admissions", "ward").type()).isEmpty();
        assertThat(ColumnHeader.meaning("icu_stays", "ward").type()).isEmpty();
        assertThat(ColumnHeader.meaning("voters", "ward_bed").type()).isEmpty();
    }

    @Test
    void aWardColumnOfAnAdmissionsTableIsKeptAndOfAVotersTableProtected() throws IOException {
        StringBuilder admissions = new StringBuilder("admission_id,patient_id,ward\n");
        StringBuilder voters = new StringBuilder("voter_id,ward\n");
        String[] wards = {"Cardiology", "Maternity", "Oncology", "Orthopaedics"};
        for (int i = 0; i < 40; i++) {
            admissions.append(i + 1).append(',').append(500 + i % 20).append(',').append(wards[i % 4]).append('\n');
            voters.append(1000 + i).append(",Ward ").append(1 + i % 4).append('\n');
        }
        JobSpec spec = propose(folder("wards", Map.of("admissions", admissions, "voters", voters)));
        assertThat(rule(spec, "admissions", "ward")).isInstanceOf(ColumnRule.Keep.class);
        assertThat(rule(spec, "voters", "ward")).isEqualTo(new ColumnRule.Identifier(IdentifierType.GEOGRAPHIC_SUBDIVISION));
    }

    @Test
    void nameWordsWrittenAsOneWordNameAPersonsName() {
        assertThat(ColumnHeader.meaning("redcap", "pt_fname").type()).hasValue(IdentifierType.GIVEN_NAME);
        assertThat(ColumnHeader.meaning("redcap", "pt_lname").type()).hasValue(IdentifierType.FAMILY_NAME);
        assertThat(ColumnHeader.meaning("redcap", "guardian_surname").type()).hasValue(IdentifierType.FAMILY_NAME);
        assertThat(ColumnHeader.meaning("redcap", "pt_name").type()).hasValue(IdentifierType.NAME);
    }

    @Test
    void aProductNameStaysAThingsName() {
        assertThat(ColumnHeader.meaning("catalogue", "product_name").kind()).isEqualTo(ColumnHeader.Kind.THING_NAME);
        assertThat(ColumnHeader.meaning("catalogue", "item_nm").kind()).isNotEqualTo(ColumnHeader.Kind.IDENTIFIER);
    }

    @Test
    void anAbbreviatedHeaderWithAnAmountWordNamesNoIdentifier() {
        for (String h : List.of("LINE_BENE_PTB_DDCTBL_AMT_1", "BENE_HI_CVRAGE_TOT_MONS", "PT_PMT_AMT")) {
            assertThat(ColumnHeader.meaning("claims", h).kind()).as(h).isNotEqualTo(ColumnHeader.Kind.IDENTIFIER);
        }
    }

    @Test
    void anAbbreviatedHeaderWithoutAnAmountWordStillNamesItsIdentifier() {
        assertThat(ColumnHeader.meaning("claims", "PT_LNM").type()).hasValue(IdentifierType.FAMILY_NAME);
        assertThat(ColumnHeader.meaning("claims", "RES_CTY").type()).hasValue(IdentifierType.CITY);
    }

    @Test
    void aBirthDateInMillisecondsIsABirthDate() {
        assertThat(ColumnHeader.meaning("accounts", "dob_ms").type()).hasValue(IdentifierType.DATE_OF_BIRTH);
        assertThat(ColumnHeader.meaning("accounts", "birth_epoch").type()).hasValue(IdentifierType.DATE_OF_BIRTH);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // categoriesOfReferencedLists: a doctors table the patients' visits refer to

    /**
     * 6 doctors (a stamp code, a name, a speciality written in Romanian, and a second column given by {@code extra}),
     * referred to by {@code visits} visits of 40 patients.
     */
    private Path practice(String name, int visits, String[] extra) throws IOException {
        StringBuilder patients = new StringBuilder("pacient_id,nume,prenume,data_nasterii\n");
        for (int i = 0; i < 40; i++) {
            patients.append(3000 + i).append(',').append(FAMILY[i % 12]).append(',').append(GIVEN[(i * 7) % 12])
                    .append(",19").append(40 + i).append("-03-1").append(i % 9).append('\n');
        }
        // two of the six rows hold a speciality no other doctor has: 67% shared, under the 90% the spread rule needs
        String[] speciality = {"medicină de familie", "medicină de familie", "cardiologie", "pediatrie",
            "medicină de familie", "medicină de familie"};
        StringBuilder doctors = new StringBuilder("cod_parafa,nume_medic,specialitate,extra\n");
        for (int d = 0; d < 6; d++) {
            doctors.append(952110 + d * 7).append(",Dr. ").append(person(d + 5)).append(',').append(speciality[d])
                    .append(',').append(extra[d]).append('\n');
        }
        StringBuilder consults = new StringBuilder("consultatie_id,pacient_id,cod_parafa,cod_icd\n");
        for (int i = 0; i < visits; i++) {
            consults.append(i + 1).append(',').append(3000 + (i * 11) % 40).append(',').append(952110 + (i % 6) * 7)
                    .append(",J0").append(i % 7).append('\n');
        }
        return folder(name, Map.of("pacienti", patients, "medici", doctors, "consultatii", consults));
    }

    @Test
    void aDoctorsSpecialityThatManyPatientsReferToIsKept() throws IOException {
        Path in = practice("practice", 200, new String[] {"a", "b", "c", "d", "e", "f"});
        JobSpec spec = propose(in);
        assertThat(rule(spec, "medici", "specialitate")).as(comment(spec, "medici", "specialitate"))
                .isInstanceOf(ColumnRule.Keep.class);
        assertThat(comment(spec, "medici", "specialitate")).contains("categories of a list the data subjects refer to");
        assertThat(rule(spec, "medici", "nume_medic")).isNotInstanceOf(ColumnRule.Keep.class);
        assertThat(rule(spec, "medici", "extra")).as("one value per row: a list's own names stay protected")
                .isNotInstanceOf(ColumnRule.Keep.class);
        assertThat(runPassing(in, spec, dir.resolve("practice-out"), "medici")).contains("cardiologie")
                .doesNotContain(person(5));
    }

    @Test
    void aDoctorsSpecialityWithFewVisitsStaysProtected() throws IOException {
        JobSpec spec = propose(practice("practice-few", 12, new String[] {"a", "b", "c", "d", "e", "f"}));
        assertThat(rule(spec, "medici", "specialitate")).as("two patients a doctor: no evidence of a shared list")
                .isNotInstanceOf(ColumnRule.Keep.class);
    }

    @Test
    void repeatedGivenNamesInADoctorsTableAreNoCategory() throws IOException {
        // the doctors' given names repeat (two Ingrids, two Tomaszs) under a header nobody reads, and a name column of
        // the data set holds them: they stay protected
        JobSpec spec = propose(practice("practice-names", 200, new String[] {"Ingrid", "Tomasz", "Ingrid", "Ayesha",
            "Tomasz", "Ayesha"}));
        assertThat(rule(spec, "medici", "extra")).as(comment(spec, "medici", "extra"))
                .isNotInstanceOf(ColumnRule.Keep.class);
    }

    @Test
    void fiveDigitAmountsUnderAnAmountHeaderAreKept() throws IOException {
        StringBuilder people = new StringBuilder("person_id,full_name,claim_amount_cents\n");
        for (int i = 0; i < 60; i++) {
            people.append("P").append(1000 + i).append(',').append(person(i)).append(',').append(10000 + (i * 7919) % 40000)
                    .append('\n');
        }
        JobSpec spec = propose(folder("cents", Map.of("people", people)));
        assertThat(rule(spec, "people", "claim_amount_cents")).as(comment(spec, "people", "claim_amount_cents"))
                .isInstanceOf(ColumnRule.Keep.class);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // breaker23-25: places beside places, person keys of event logs, digests, couples, sentences, headers

    private static final String[] TOWNS = {"Szeged", "Pécs", "Győr", "Eger", "Sopron", "Vác", "Baja", "Gyula", "Kalocsa",
        "Tata"};
    private static final String[] BLOOD = {"A+", "O+", "B+", "AB+", "A-", "O-"};

    /**
     * 300 people with a town and a blood group under headers Warden does not read and a postcode under one it reads;
     * {@code postcodesPerTown} postcodes for each of the first two towns, one for the others.
     */
    private Path townsBesidePostcodes(String name, int postcodesPerTown) throws IOException {
        StringBuilder people = new StringBuilder("azonosito,postcode,helysegnev,vercsoport\n");
        for (int i = 0; i < 300; i++) {
            int town = (i * 7) % 10;
            int postcode = 6700 + town * 10 + (town < 2 ? i % postcodesPerTown : 0);
            people.append(10_000 + i).append(',').append(postcode).append(',').append(TOWNS[town]).append(',')
                    .append(BLOOD[(i * 13 + i / 7) % 6]).append('\n');
        }
        return folder(name, Map.of("people", people));
    }

    @Test
    void aTownThatFollowsThePostcodeIsAPlace() throws IOException {
        Path in = townsBesidePostcodes("towns", 2);
        JobSpec spec = propose(in);
        assertThat(rule(spec, "people", "helysegnev")).as(comment(spec, "people", "helysegnev"))
                .isEqualTo(new ColumnRule.Identifier(IdentifierType.GEOGRAPHIC_SUBDIVISION));
        assertThat(comment(spec, "people", "helysegnev")).contains("follow the row's postcode");
        assertThat(rule(spec, "people", "vercsoport")).as("a blood group follows no postcode: " + comment(spec, "people",
                "vercsoport")).isInstanceOf(ColumnRule.Keep.class);
        assertThat(runPassing(in, spec, dir.resolve("towns-out"), "people")).doesNotContain("Szeged").doesNotContain("Kalocsa");
    }

    @Test
    void aRegionMuchCoarserThanThePostcodeMayBeAProvinceAndIsKept() throws IOException {
        // each of the first two towns has six postcodes: 20 postcodes, 10 towns; the towns could be provinces
        JobSpec spec = propose(townsBesidePostcodes("provinces", 6));
        assertThat(rule(spec, "people", "helysegnev")).as(comment(spec, "people", "helysegnev"))
                .isInstanceOf(ColumnRule.Keep.class);
    }

    @Test
    void codesThatDetermineTheTownArePlaces() throws IOException {
        // a postcode under a header nobody reads (three for each town), beside a town under a header Warden reads
        StringBuilder people = new StringBuilder("person_id,cimkod,city,vercsoport\n");
        for (int i = 0; i < 300; i++) {
            int town = (i * 7) % 10;
            people.append(10_000 + i).append(',').append(6700 + town * 10 + i % 3).append(',').append(TOWNS[town])
                    .append(',').append(BLOOD[(i * 13 + i / 7) % 6]).append('\n');
        }
        JobSpec spec = propose(folder("codes", Map.of("people", people)));
        assertThat(rule(spec, "people", "cimkod")).as(comment(spec, "people", "cimkod"))
                .isEqualTo(new ColumnRule.Identifier(IdentifierType.GEOGRAPHIC_SUBDIVISION));
        assertThat(rule(spec, "people", "vercsoport")).isInstanceOf(ColumnRule.Keep.class);
    }

    @Test
    void aCategoryBesideUniquePostcodesIsNoPlace() throws IOException {
        // every person has a postcode of their own: no group, so no evidence either way
        StringBuilder people = new StringBuilder("person_id,zip,plan\n");
        for (int i = 0; i < 60; i++) {
            people.append(500 + i).append(',').append(10_000 + i * 37).append(',').append(i % 3 == 0 ? "gold" : "basic")
                    .append('\n');
        }
        JobSpec spec = propose(folder("plans", Map.of("people", people)));
        assertThat(rule(spec, "people", "plan")).isInstanceOf(ColumnRule.Keep.class);
    }

    /** 1,200 events of 50 people in one table, with no table of the people. */
    private Path eventLog(String keyHeader) throws IOException {
        String[] kinds = {"login", "view", "purchase", "logout"};
        StringBuilder events = new StringBuilder("event_id," + keyHeader + ",event_type,plan_id\n");
        for (int i = 0; i < 1200; i++) {
            events.append(900_000 + i).append(',').append("U").append(4000 + (i * 17) % 50).append(',')
                    .append(kinds[i % 4]).append(",W").append(i % 6).append('\n');
        }
        return folder("events-" + keyHeader, Map.of("events", events));
    }

    @Test
    void aPersonsKeyInAnEventLogWithoutItsTableIsProtected() throws IOException {
        for (String header : List.of("user_id", "patient_id", "member_id", "customer_id", "cookie_sessionid", "uid")) {
            Path in = eventLog(header);
            JobSpec spec = propose(in);
            assertThat(rule(spec, "events", header)).as(header + ": " + comment(spec, "events", header))
                    .isNotInstanceOf(ColumnRule.Keep.class);
            assertThat(rule(spec, "events", "plan_id")).as("a plan many events share stays kept: "
                    + comment(spec, "events", "plan_id")).isInstanceOf(ColumnRule.Keep.class);
            JobReport report = run(in, spec, dir.resolve("events-out-" + header));
            assertThat(report.validation().passed()).as(report.validation().toString()).isTrue();
            assertThat(Files.readString(dir.resolve("events-out-" + header + "/events.csv"))).doesNotContain("U4017");
        }
    }

    @Test
    void hexadecimalDigestsAreHashedIdentifiers() throws IOException {
        StringBuilder trips = new StringBuilder("trip_id,cab,fare\n");
        for (int i = 0; i < 200; i++) {
            String medallion = String.format(Locale.ROOT, "%08x%08x%08x%08x", i % 30 * 2654435761L & 0xffffffffL,
                    i % 30 * 40503L, i % 30 + 7, i % 30 * 97L);
            trips.append(i + 1).append(',').append(medallion).append(',').append(5 + i % 40).append(".50\n");
        }
        Path in = folder("cabs", Map.of("trips", trips));
        JobSpec spec = propose(in);
        assertThat(rule(spec, "trips", "cab")).as(comment(spec, "trips", "cab"))
                .isEqualTo(new ColumnRule.Identifier(IdentifierType.OTHER_UNIQUE_IDENTIFIER));
        assertThat(comment(spec, "trips", "cab")).contains("hexadecimal digest");
    }

    @Test
    void ownersWrittenAsCouplesArePeople() {
        assertThat(SpecProposer.couple("GARCIA JOSE & MARIA")).isTrue();
        assertThat(SpecProposer.couple("Jose & Maria Garcia")).isTrue();
        assertThat(SpecProposer.couple("GARCIA, JOSE & MARIA")).isTrue();
        assertThat(SpecProposer.couple("Johnson & Johnson")).as("two words: a firm").isFalse();
        assertThat(SpecProposer.couple("Smith & Sons Ltd")).as("a legal form").isFalse();
        assertThat(SpecProposer.couple("Unit 4 & 5 Holdings")).isFalse();
        List<String> owners = List.of("GARCIA JOSE & MARIA", "NGUYEN THANH & LAN", "SMITH JOHN", "ACME HOLDINGS LLC",
                "OKAFOR CHIDI & ADA", "PATEL RAJ", "BROWN FAMILY TRUST");
        assertThat(SpecProposer.organisationNames("OWNER_NAME", owners)).as("people's names: not kept as organisations")
                .isEmpty();
    }

    @Test
    void sentencesUnderATextHeaderAreSuppressedHoweverOftenTheyRepeat() throws IOException {
        String[] replies = {"Thanks, this fixed it for me today", "Did you try restarting the service first?",
            "+1", "Works for me", "Same problem here since the last update"};
        StringBuilder comments = new StringBuilder("comment_id,PostId,Text\n");
        for (int i = 0; i < 200; i++) {
            comments.append(i + 1).append(',').append(700 + i % 60).append(",\"").append(replies[i % 5]).append("\"\n");
        }
        JobSpec spec = propose(folder("comments", Map.of("Comments", comments)));
        assertThat(rule(spec, "Comments", "Text")).as(comment(spec, "Comments", "Text"))
                .isNotInstanceOf(ColumnRule.Keep.class);
    }

    @Test
    void headersOfLogsRegistersAndOtherLanguagesNameTheirIdentifiers() {
        Map<String, IdentifierType> expected = Map.ofEntries(
                Map.entry("remote_addr", IdentifierType.IP_ADDRESS), Map.entry("remote_user", IdentifierType.OTHER_UNIQUE_IDENTIFIER),
                Map.entry("medallion", IdentifierType.VEHICLE_IDENTIFIER), Map.entry("OWN_NAME", IdentifierType.NAME),
                Map.entry("TAXPAYER_NAME", IdentifierType.NAME), Map.entry("INMATE_FIRST", IdentifierType.GIVEN_NAME),
                Map.entry("MOM_LAST", IdentifierType.FAMILY_NAME), Map.entry("EMPLR", IdentifierType.NAME),
                Map.entry("település", IdentifierType.CITY), Map.entry("Utónév", IdentifierType.GIVEN_NAME),
                Map.entry("irsz", IdentifierType.ZIP_CODE), Map.entry("Perenimi", IdentifierType.FAMILY_NAME),
                Map.entry("maakond", IdentifierType.COUNTY), Map.entry("pilsēta", IdentifierType.CITY),
                Map.entry("grad", IdentifierType.CITY), Map.entry("ПТТ", IdentifierType.ZIP_CODE),
                Map.entry("poštanski_broj", IdentifierType.ZIP_CODE), Map.entry("জেলা", IdentifierType.COUNTY),
                Map.entry("পিতা/স্বামীর_নাম", IdentifierType.NAME), Map.entry("जिल्ला", IdentifierType.COUNTY));
        expected.forEach((h, type) -> assertThat(ColumnHeader.meaning("t", h).type()).as(h).hasValue(type));
        for (String innocent : List.of("grad_year", "weight_gram", "user_agent", "user_type", "email_address")) {
            assertThat(ColumnHeader.meaning("t", innocent).type()).as(innocent)
                    .isNotEqualTo(java.util.Optional.of(IdentifierType.CITY))
                    .isNotEqualTo(java.util.Optional.of(IdentifierType.OTHER_UNIQUE_IDENTIFIER));
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // breaker26-27: event logs without their people, payloads, serials, small cuts of OMOP

    @Test
    void anMrnRepeatedOverAnAuditLogIsStillAnMrn() throws IOException {
        StringBuilder log = new StringBuilder("access_id,MRN,action,serial\n");
        for (int i = 0; i < 600; i++) {
            log.append(i + 1).append(",MRN").append(100_000 + (i * 7) % 40).append(',').append(i % 3 == 0 ? "view" : "print")
                    .append(",SN-").append(77_000 + i % 25).append('\n');
        }
        JobSpec spec = propose(folder("audit", Map.of("access_log", log)));
        assertThat(rule(spec, "access_log", "MRN")).as(comment(spec, "access_log", "MRN"))
                .isNotInstanceOf(ColumnRule.Keep.class);
        assertThat(rule(spec, "access_log", "serial")).as("a device's serial (164.514(b)(2)(i)(M))")
                .isEqualTo(new ColumnRule.Identifier(IdentifierType.DEVICE_IDENTIFIER));
        assertThat(rule(spec, "access_log", "action")).isInstanceOf(ColumnRule.Keep.class);
    }

    @Test
    void abbreviatedPersonHeadersOfAnEventLogNameWhoActed() throws IOException {
        for (String header : List.of("usr", "cust", "pid", "who", "client", "member", "learner")) {
            JobSpec spec = propose(eventLog(header));
            assertThat(rule(spec, "events", header)).as(header + ": " + comment(spec, "events", header))
                    .isNotInstanceOf(ColumnRule.Keep.class);
        }
    }

    @Test
    void jsonPayloadsWithAUsernameFieldAreFreeText() throws IOException {
        StringBuilder log = new StringBuilder("id,eventname,other\n");
        String[] users = {"libekwe95", "mjansen", "tkowal"};
        for (int i = 0; i < 300; i++) {
            String other = i % 4 == 0 ? "{\"\"username\"\": \"\"" + users[i % 3] + "\"\"}" : "{\"\"courseid\"\": 7}";
            log.append(i + 1).append(",\\core\\event\\user_loggedin,\"").append(other).append("\"\n");
        }
        JobSpec spec = propose(folder("moodle", Map.of("logstore", log)));
        assertThat(rule(spec, "logstore", "other")).as(comment(spec, "logstore", "other"))
                .isNotInstanceOf(ColumnRule.Keep.class);
        assertThat(comment(spec, "logstore", "other")).contains("JSON whose field username");
    }

    @Test
    void unixSecondsWithZeroForNoneAreDates() throws IOException {
        StringBuilder enrol = new StringBuilder("id,status,timeend\n");
        for (int i = 0; i < 50; i++) {
            enrol.append(5100 + i).append(",1,").append(i % 4 == 0 ? 1_770_630_775L + i * 86_400L : 0).append('\n');
        }
        JobSpec spec = propose(folder("enrol", Map.of("user_enrolments", enrol)));
        assertThat(rule(spec, "user_enrolments", "timeend")).as(comment(spec, "user_enrolments", "timeend"))
                .isNotInstanceOf(ColumnRule.Keep.class);
    }

    @Test
    void tenUniqueCodesUnderACategoryWordAreNoCategoryButTenDepartmentsAre() throws IOException {
        StringBuilder people = new StringBuilder("person_id,record_source,abteilung\n");
        String[] departments = {"Buchhaltung", "Vertrieb", "Einkauf", "Lager", "Personal", "Technik", "Marketing",
            "Recht", "Logistik", "Empfang"};
        for (int i = 0; i < 10; i++) {
            people.append(i + 1).append(",MRN-").append(827_036 + i * 313).append(',').append(departments[i]).append('\n');
        }
        JobSpec spec = propose(folder("ten", Map.of("people", people)));
        assertThat(rule(spec, "people", "record_source")).as(comment(spec, "people", "record_source"))
                .isNotInstanceOf(ColumnRule.Keep.class);
        assertThat(rule(spec, "people", "abteilung")).as(comment(spec, "people", "abteilung"))
                .isInstanceOf(ColumnRule.Keep.class);
    }

    @Test
    void headersOfOmopSourcesActorsReferrersAndEmployers() {
        assertThat(ColumnHeader.meaning("person", "person_source_value").type())
                .hasValue(IdentifierType.OTHER_UNIQUE_IDENTIFIER);
        assertThat(ColumnHeader.meaning("condition_occurrence", "condition_source_value").kind())
                .isNotEqualTo(ColumnHeader.Kind.IDENTIFIER);
        assertThat(ColumnHeader.namesActorKey("modifierid")).isTrue();
        assertThat(ColumnHeader.namesActorKey("courseid")).isFalse();
        assertThat(ColumnHeader.meaning("tracks", "context_page_referrer").type()).hasValue(IdentifierType.URL);
        assertThat(ColumnHeader.meaning("people", "работодатель").type()).hasValue(IdentifierType.NAME);
        assertThat(ColumnHeader.meaning("devices", "firmware").kind()).isNotEqualTo(ColumnHeader.Kind.IDENTIFIER);
    }

    // breaker28: a clinical trial's SDTM submission and an applicant-tracking export

    /** An adverse-event table: USUBJID, then a term column whose usual terms repeat and a few rows are sentences. */
    private Path adverseEvents(String header, boolean sentences) throws IOException {
        String[] terms = {"HEADACHE", "NAUSEA", "FATIGUE", "DIZZINESS", "UPPER RESPIRATORY TRACT INFECTION", "RASH"};
        String[] told = {"FELL WHILE CARING FOR HUSBAND " + person(1).toUpperCase(Locale.ROOT),
            "ANXIETY AFTER DEATH OF SISTER " + person(2).toUpperCase(Locale.ROOT),
            "CAR ACCIDENT, DRIVEN BY SON " + person(3).toUpperCase(Locale.ROOT)};
        StringBuilder dm = new StringBuilder("USUBJID,SEX\n");
        StringBuilder ae = new StringBuilder("USUBJID,AESEQ," + header + "\n");
        for (int i = 0; i < 40; i++) {
            dm.append("ABC-101-").append(1000 + i).append(',').append(i % 2 == 0 ? "F" : "M").append('\n');
            for (int k = 0; k < 2; k++) {
                String term = sentences && k == 1 && i % 13 == 5 ? told[i / 13] : terms[(i + k) % terms.length];
                ae.append("ABC-101-").append(1000 + i).append(',').append(k + 1).append(",\"").append(term).append("\"\n");
            }
        }
        return folder("ae-" + header.replaceAll("[^A-Za-z]", "") + sentences, Map.of("dm", dm, "ae", ae));
    }

    @Test
    void sentencesOneSubjectCarriesAmongSharedTermsAreFreeTextButTermsAloneStayKept() throws IOException {
        JobSpec told = propose(adverseEvents("event_description", true));
        assertThat(rule(told, "ae", "event_description")).as(comment(told, "ae", "event_description"))
                .isNotInstanceOf(ColumnRule.Keep.class);
        assertThat(comment(told, "ae", "event_description")).contains("sentences of more than 5 words", "by a relation");
        JobSpec plain = propose(adverseEvents("event_description", false));
        assertThat(rule(plain, "ae", "event_description")).as(comment(plain, "ae", "event_description"))
                .isInstanceOf(ColumnRule.Keep.class);
    }

    @Test
    void verbatimTermsAreFreeTextUnderSdtmAndOtherHeadersEvenWithoutSentences() throws IOException {
        for (String header : List.of("AETERM", "MHTERM", "AE_VERBATIM", "verbatim_term", "Reported Term for the Adverse Event",
                "COVAL")) {
            JobSpec spec = propose(adverseEvents(header, false));
            assertThat(rule(spec, "ae", header)).as(header + ": " + comment(spec, "ae", header))
                    .isNotInstanceOf(ColumnRule.Keep.class);
        }
        // the coded term beside it (MedDRA's preferred term) is vocabulary
        assertThat(ColumnHeader.meaning("ae", "AEDECOD").kind()).isNotEqualTo(ColumnHeader.Kind.FREE_TEXT);
        assertThat(ColumnHeader.meaning("courses", "MIDTERM").kind()).isNotEqualTo(ColumnHeader.Kind.FREE_TEXT);
    }

    @Test
    void sdtmDemographicsKeepTheStudyAndDomainAndProtectInvestigatorsAndBirthYears() throws IOException {
        StringBuilder dm = new StringBuilder("STUDYID,DOMAIN,USUBJID,INVNAM,BRTHDTC,AGE,SEX\n");
        String[] investigators = {"PARKINSON, HELEN", "OKAFOR, DANIEL"};
        for (int i = 0; i < 10; i++) {
            int year = i < 2 ? 1930 : 1945 + i;
            dm.append("ABC-2301,DM,ABC-101-").append(1000 + i).append(",\"").append(investigators[i % 2]).append("\",")
                    .append(year).append(',').append(2024 - year).append(',').append(i % 2 == 0 ? "F" : "M").append('\n');
        }
        Path in = folder("sdtm-dm", Map.of("dm", dm));
        JobSpec spec = propose(in);
        assertThat(rule(spec, "dm", "STUDYID")).as(comment(spec, "dm", "STUDYID")).isInstanceOf(ColumnRule.Keep.class);
        assertThat(rule(spec, "dm", "DOMAIN")).as(comment(spec, "dm", "DOMAIN")).isInstanceOf(ColumnRule.Keep.class);
        assertThat(rule(spec, "dm", "INVNAM")).as(comment(spec, "dm", "INVNAM")).isNotInstanceOf(ColumnRule.Keep.class);
        assertThat(comment(spec, "dm", "BRTHDTC")).contains("DATE_OF_BIRTH", "years only");
        Path out = dir.resolve("sdtm-dm-out");
        JobReport report = run(in, spec, out);
        assertThat(report.validation().passed()).as(report.validation().toString()).isTrue();
        String written = Files.readString(out.resolve("dm.csv"));
        assertThat(written).doesNotContain("PARKINSON", "1930").contains("90+", "ABC-2301,DM,");
    }

    @Test
    void aDomainColumnOfCodesWithoutADotIsNoWebAddress() throws IOException {
        StringBuilder sites = new StringBuilder("site,domain\n");
        String[] codes = {"CLIN", "FIN", "OPS", "HR"};
        for (int i = 0; i < 30; i++) {
            sites.append("s").append(i % 5).append(',').append(codes[i % codes.length]).append('\n');
        }
        JobSpec spec = propose(folder("domains", Map.of("records", sites)));
        assertThat(rule(spec, "records", "domain")).as(comment(spec, "records", "domain")).isInstanceOf(ColumnRule.Keep.class);
        StringBuilder web = new StringBuilder("visit,domain\n");
        for (int i = 0; i < 30; i++) {
            web.append(i).append(",").append(FAMILY[i % FAMILY.length].toLowerCase(Locale.ROOT).replaceAll("[^a-z]", ""))
                    .append("-family.net\n");
        }
        JobSpec webSpec = propose(folder("webdomains", Map.of("visits", web)));
        assertThat(rule(webSpec, "visits", "domain")).as(comment(webSpec, "visits", "domain"))
                .isNotInstanceOf(ColumnRule.Keep.class);
    }

    @Test
    void abbreviatedApplicantTrackingHeadersNameTheCandidateAndTheEmployer() {
        assertThat(ColumnHeader.meaning("candidates", "pref_nm").type()).hasValue(IdentifierType.NAME);
        assertThat(ColumnHeader.meaning("candidates", "cand_nm").type()).hasValue(IdentifierType.NAME);
        assertThat(ColumnHeader.meaning("candidates", "pref_first").type()).hasValue(IdentifierType.GIVEN_NAME);
        assertThat(ColumnHeader.meaning("candidates", "curr_emp").type()).hasValue(IdentifierType.NAME);
        assertThat(ColumnHeader.meaning("candidates", "prev_emp").type()).hasValue(IdentifierType.NAME);
        assertThat(ColumnHeader.meaning("sites", "investigator_name").type()).hasValue(IdentifierType.NAME);
        // emp alone stays an employee: emp_id is a key, emp_salary an amount
        assertThat(ColumnHeader.meaning("staff", "emp_id").type()).hasValue(IdentifierType.OTHER_UNIQUE_IDENTIFIER);
        assertThat(ColumnHeader.meaning("staff", "emp_salary").kind()).isNotEqualTo(ColumnHeader.Kind.IDENTIFIER);
    }

    // breaker29 and breaker30: school, survey, hotel, developer-tool, Japanese and Korean exports

    @Test
    void staffWrittenFamilyNameFirstOrInHangulAreNamesUnderARole() throws IOException {
        StringBuilder students = new StringBuilder("student_number,gender\n");
        StringBuilder cc = new StringBuilder("student_number,course,Teacher,trainer\n");
        String[] teachers = {"Pettigrew, Karen", "Okonkwo, Daniel", "Lindqvist, Maja"};
        String[] trainers = {"김코치", "박서준", "이민호"};
        for (int i = 0; i < 60; i++) {
            students.append(7000 + i).append(',').append(i % 2 == 0 ? "F" : "M").append('\n');
            cc.append(7000 + i).append(",MATH").append(i % 4).append(",\"").append(teachers[i % 3]).append("\",")
                    .append(trainers[i % 3]).append('\n');
        }
        JobSpec spec = propose(folder("school", Map.of("students", students, "cc", cc)));
        assertThat(rule(spec, "cc", "Teacher")).as(comment(spec, "cc", "Teacher")).isNotInstanceOf(ColumnRule.Keep.class);
        assertThat(rule(spec, "cc", "trainer")).as(comment(spec, "cc", "trainer")).isNotInstanceOf(ColumnRule.Keep.class);
        assertThat(rule(spec, "cc", "course")).as(comment(spec, "cc", "course")).isInstanceOf(ColumnRule.Keep.class);
    }

    @Test
    void aSparseColumnBesideACodeIsNoDescriptionOfIt() throws IOException {
        StringBuilder stays = new StringBuilder("Conf_No,Room,Travel_Doc\n");
        for (int i = 0; i < 400; i++) {
            stays.append(90000 + i).append(",").append(100 + i % 40).append(',')
                    .append(i % 33 == 0 ? "X" + (4_000_000 + i * 7919) : "").append('\n');
        }
        JobSpec spec = propose(folder("stays", Map.of("stays", stays)));
        assertThat(rule(spec, "stays", "Travel_Doc")).as(comment(spec, "stays", "Travel_Doc"))
                .isNotInstanceOf(ColumnRule.Keep.class);
    }

    @Test
    void unixSecondsWithMicrosecondsAreTimesAndFiveDigitIntegersUnderANamelessHeaderAreZipCodes() throws IOException {
        StringBuilder messages = new StringBuilder("channel,ts,latest_reply,reply_count\n");
        StringBuilder survey = new StringBuilder("ResponseId,Q6,Q7,amount\n");
        for (int i = 0; i < 120; i++) {
            messages.append("general,").append(1_704_706_013L + i * 3_613L).append('.').append(String.format("%06d", i * 7919 % 1_000_000))
                    .append(',').append(1_704_806_013L + i * 1_000L).append(".000").append(String.format("%03d", i)).append(',')
                    .append(i % 4).append('\n');
            survey.append("R_").append(Integer.toString(40_000 + i * 37, 36)).append(',')
                    .append(String.format("%05d", 2_100 + i * 613 % 60_000)).append(',').append(1 + i % 5).append(',')
                    .append(10_000 + i % 7 * 1_000 + i % 3).append('\n');
        }
        JobSpec slack = propose(folder("slack", Map.of("messages", messages)));
        assertThat(rule(slack, "messages", "ts")).as(comment(slack, "messages", "ts")).isNotInstanceOf(ColumnRule.Keep.class);
        assertThat(rule(slack, "messages", "latest_reply")).as(comment(slack, "messages", "latest_reply"))
                .isNotInstanceOf(ColumnRule.Keep.class);
        assertThat(rule(slack, "messages", "reply_count")).isInstanceOf(ColumnRule.Keep.class);
        JobSpec qualtrics = propose(folder("qualtrics", Map.of("responses", survey)));
        assertThat(rule(qualtrics, "responses", "Q6")).as(comment(qualtrics, "responses", "Q6"))
                .isNotInstanceOf(ColumnRule.Keep.class);
        assertThat(rule(qualtrics, "responses", "Q7")).isInstanceOf(ColumnRule.Keep.class);
        assertThat(rule(qualtrics, "responses", "amount")).as(comment(qualtrics, "responses", "amount"))
                .isInstanceOf(ColumnRule.Keep.class);
    }

    @Test
    void peoplesNamesInOtherScriptsUnderAThingsNameHeaderInTheirOwnTableAreNames() throws IOException {
        String[] alt = {"Γιώργος Παπαδόπουλος", "Мария Иванова", "أحمد الحسن", "Ελένη Νικολάου", "Дмитрий Смирнов"};
        StringBuilder guests = new StringBuilder("guest_id,Alt_Name,date_of_birth\n");
        StringBuilder stays = new StringBuilder("stay_id,guest_id,nights\n");
        for (int i = 0; i < 100; i++) {
            guests.append(500 + i).append(',').append(alt[i % alt.length]).append(",1980-0").append(1 + i % 9).append("-11\n");
            stays.append(9000 + i).append(',').append(500 + i).append(',').append(1 + i % 6).append('\n');
        }
        JobSpec spec = propose(folder("guests", Map.of("guests", guests, "stays", stays)));
        assertThat(rule(spec, "guests", "Alt_Name")).as(comment(spec, "guests", "Alt_Name"))
                .isNotInstanceOf(ColumnRule.Keep.class);
        assertThat(rule(spec, "stays", "nights")).isInstanceOf(ColumnRule.Keep.class);
    }

    @Test
    void headersOfMunicipalitiesPlatesGuestsGivenNamesAndLoyaltyNumbers() throws IOException {
        assertThat(ColumnHeader.meaning("顧客", "市区町村").type()).hasValue(IdentifierType.CITY);
        assertThat(ColumnHeader.meaning("kokyaku", "shikuchoson").type()).hasValue(IdentifierType.CITY);
        assertThat(ColumnHeader.meaning("회원", "시군구").type()).hasValue(IdentifierType.CITY);
        assertThat(ColumnHeader.meaning("stays", "Car_Plate").type()).hasValue(IdentifierType.VEHICLE_IDENTIFIER);
        assertThat(ColumnHeader.meaning("samples", "plate_well").kind()).isNotEqualTo(ColumnHeader.Kind.IDENTIFIER);
        assertThat(ColumnHeader.meaning("stays", "Given").type()).hasValue(IdentifierType.GIVEN_NAME);
        assertThat(ColumnHeader.meaning("stays", "Huesped").kind()).isEqualTo(ColumnHeader.Kind.IDENTIFIER);
        StringBuilder stays = new StringBuilder("Conf_No,Points_No,Points_Balance\n");
        for (int i = 0; i < 60; i++) {
            stays.append(30_000 + i).append(',').append(7_000_000 + i * 7_919).append(',').append(1_000 + i % 9 * 250).append('\n');
        }
        JobSpec spec = propose(folder("loyalty", Map.of("stays", stays)));
        assertThat(rule(spec, "stays", "Points_No")).as(comment(spec, "stays", "Points_No"))
                .isNotInstanceOf(ColumnRule.Keep.class);
        assertThat(rule(spec, "stays", "Points_Balance")).as(comment(spec, "stays", "Points_Balance"))
                .isInstanceOf(ColumnRule.Keep.class);
    }

    @Test
    void aRosterKeyedByTheStudentsNumberJoinsTheStudents() throws IOException {
        StringBuilder students = new StringBuilder("DCID,Student_Number,DOB,Grade_Level\n");
        StringBuilder roster = new StringBuilder("Student_Number,Seat,Course_Section\n");
        for (int i = 0; i < 60; i++) {
            students.append(120_000 + i).append(',').append(298_000 + i * 37).append(",5/").append(1 + i % 28).append("/2013,")
                    .append(6 + i % 3).append('\n');
            if (i < 10) {
                roster.append(298_000 + i * 37).append(',').append(i + 1).append(",ENG0700.3\n");
            }
        }
        Path in = folder("roster", Map.of("students", students, "class_roster", roster));
        JobSpec spec = propose(in);
        assertThat(foreignKeys(spec, "class_roster")).extracting(f -> f.referencedTable() + "." + f.referencedColumns().get(0))
                .containsExactly("students.Student_Number");
        Path out = dir.resolve("roster-out");
        JobReport report = run(in, spec, out);
        assertThat(report.validation().passed()).as(report.validation().toString()).isTrue();
        List<String> studentKeys = Files.readAllLines(out.resolve("students.csv")).stream().skip(1).map(l -> l.split(",")[1]).toList();
        assertThat(Files.readAllLines(out.resolve("class_roster.csv")).stream().skip(1).map(l -> l.split(",")[0]))
                .hasSize(10).allMatch(studentKeys::contains).noneMatch(k -> k.startsWith("298"));
    }

    // breaker31 and breaker32: a donor CRM, a GEDCOM tree, a fleet's telematics, a German hospital extract

    @Test
    void placesOfLifeEventsSurnamesAndCrossReferencesOfAFamilyTreeAreProtected() throws IOException {
        String[] places = {"Cork, County Cork, Ireland", "Boston, Suffolk, Massachusetts", "Skibbereen, Cork, Ireland"};
        StringBuilder individuals = new StringBuilder("XREF,GIVN,SURN,SEX,BIRT.PLAC,DEAT.PLAC,Burial Place,FAMC\n");
        for (int i = 0; i < 90; i++) {
            individuals.append("@I").append(i + 1).append("@,").append(GIVEN[i % GIVEN.length]).append(',')
                    .append(FAMILY[i % 4]).append(',').append(i % 2 == 0 ? "F" : "M").append(",\"").append(places[i % 3])
                    .append("\",\"").append(places[(i + 1) % 3]).append("\",Old Chapel Lane Cemetery,@F").append(1 + i % 9)
                    .append("@\n");
        }
        JobSpec spec = propose(folder("gedcom", Map.of("individuals", individuals)));
        for (String column : List.of("SURN", "BIRT.PLAC", "DEAT.PLAC", "Burial Place", "FAMC")) {
            assertThat(rule(spec, "individuals", column)).as(column + ": " + comment(spec, "individuals", column))
                    .isNotInstanceOf(ColumnRule.Keep.class);
        }
        assertThat(rule(spec, "individuals", "SEX")).isInstanceOf(ColumnRule.Keep.class);
    }

    @Test
    void germanBirthYearsAreCutLikeYearsOfBirthAndSurnameFirstPhysiciansAreNames() throws IOException {
        StringBuilder cases = new StringBuilder("Fallnummer,Geburtsjahr,Geschlecht,Oberarzt\n");
        String[] doctors = {"Schulte, Anna", "Yilmaz, Deniz", "Hoffmann, Jörg"};
        for (int i = 0; i < 60; i++) {
            cases.append(2_400_000 + i).append(',').append(i < 3 ? 1929 : 1950 + i % 40).append(',').append(i % 2 == 0 ? "w" : "m")
                    .append(",\"").append(doctors[i % 3]).append("\"\n");
        }
        Path in = folder("khentgg", Map.of("fall", cases));
        JobSpec spec = propose(in);
        assertThat(comment(spec, "fall", "Geburtsjahr")).contains("DATE_OF_BIRTH");
        assertThat(rule(spec, "fall", "Oberarzt")).as(comment(spec, "fall", "Oberarzt")).isNotInstanceOf(ColumnRule.Keep.class);
        Path out = dir.resolve("khentgg-out");
        JobReport report = run(in, spec, out);
        assertThat(report.validation().passed()).as(report.validation().toString()).isTrue();
        assertThat(Files.readString(out.resolve("fall.csv"))).doesNotContain("1929", "Schulte").contains("90+");
    }

    @Test
    void vinsAreVehicleIdentifiersByTheirCheckDigitAndAFleetsUnitsByTheirHeader() throws IOException {
        assertThat(SpecProposer.vin("1M8GDM9AXKP042788")).isTrue(); // the check-digit example of 49 CFR 565
        assertThat(SpecProposer.vin("1M8GDM9A1KP042788")).isFalse();
        String[] vins = {"1M8GDM9AXKP042788", "SJ07EA7T0N772KRK1", "AELCWBU78425J0GCJ", "8PT4W39163RYBULXG"};
        StringBuilder trips = new StringBuilder("trip_id,col2,Device,Vehicle Name,distance_km\n");
        for (int i = 0; i < 80; i++) {
            trips.append(10_000 + i).append(',').append(vins[i % vins.length]).append(",GO-").append(114 + i % 4)
                    .append(",Unit ").append(114 + i % 4).append(',').append(5 + i % 37).append('\n');
        }
        JobSpec spec = propose(folder("fleet", Map.of("trips", trips)));
        for (String column : List.of("col2", "Device", "Vehicle Name")) {
            assertThat(rule(spec, "trips", column)).as(column + ": " + comment(spec, "trips", column))
                    .isNotInstanceOf(ColumnRule.Keep.class);
        }
        assertThat(rule(spec, "trips", "distance_km")).isInstanceOf(ColumnRule.Keep.class);
        // a web log's device is a category
        StringBuilder hits = new StringBuilder("hit_id,device\n");
        for (int i = 0; i < 50; i++) {
            hits.append(i + 1).append(',').append(i % 3 == 0 ? "mobile" : "desktop").append('\n');
        }
        JobSpec web = propose(folder("hits", Map.of("hits", hits)));
        assertThat(rule(web, "hits", "device")).as(comment(web, "hits", "device")).isInstanceOf(ColumnRule.Keep.class);
    }

    @Test
    void giftNamesHoldingADonorsFullNameAreProtectedAndAffiliationsAndHonoreesAreNames() throws IOException {
        StringBuilder contacts = new StringBuilder("Contact ID,First Name,Last Name,Birthdate\n");
        StringBuilder gifts = new StringBuilder("Opportunity ID,Contact ID,Opportunity Name,Stage,Amount\n");
        for (int i = 0; i < 40; i++) {
            String family = FAMILY[i % FAMILY.length] + "abcd".charAt(i / FAMILY.length);
            contacts.append("003A").append(1000 + i).append(',').append(GIVEN[i % GIVEN.length]).append(',')
                    .append(family).append(",1970-01-").append(10 + i % 18).append('\n');
            for (int k = 0; k < 2; k++) {
                gifts.append("006B").append(2000 + 2 * i + k).append(",003A").append(1000 + i).append(',')
                        .append(GIVEN[i % GIVEN.length]).append(' ').append(family).append(" Donation ").append(k + 1).append("/1/2024,Closed Won,").append(50 * (k + 1)).append('\n');
            }
        }
        JobSpec spec = propose(folder("npsp", Map.of("contacts", contacts, "opportunities", gifts)));
        assertThat(rule(spec, "opportunities", "Opportunity Name")).as(comment(spec, "opportunities", "Opportunity Name"))
                .isNotInstanceOf(ColumnRule.Keep.class);
        assertThat(rule(spec, "opportunities", "Stage")).isInstanceOf(ColumnRule.Keep.class);
        assertThat(ColumnHeader.meaning("contacts", "Primary Affiliation").type()).hasValue(IdentifierType.NAME);
        assertThat(ColumnHeader.meaning("committees", "CMTE_PTY_AFFILIATION").kind()).isNotEqualTo(ColumnHeader.Kind.IDENTIFIER);
        assertThat(ColumnHeader.meaning("opportunities", "Honoree Name").type()).hasValue(IdentifierType.NAME);
        assertThat(ColumnHeader.meaning("opportunities", "In Memory/Honor Of").type()).hasValue(IdentifierType.NAME);
        assertThat(ColumnHeader.meaning("opportunities", "Tribute").type()).hasValue(IdentifierType.NAME);
        assertThat(ColumnHeader.meaning("opportunities", "npsp__Tribute_Type__c").kind()).isNotEqualTo(ColumnHeader.Kind.IDENTIFIER);
        assertThat(ColumnHeader.meaning("devices", "memory_mb").kind()).isNotEqualTo(ColumnHeader.Kind.IDENTIFIER);
    }

    @Test
    void householdsGreetingsFleetUnitsAndPrescriptionDirectionsAreProtected() throws IOException {
        StringBuilder households = new StringBuilder("Id,Name,Formal_Greeting,Type\n");
        for (int i = 0; i < 40; i++) {
            String family = FAMILY[i % FAMILY.length];
            households.append("001H").append(100 + i).append(",The ").append(family).append(" Household,Mr. and Mrs. ")
                    .append(GIVEN[i % GIVEN.length]).append(' ').append(family).append(",Household Account\n");
        }
        JobSpec spec = propose(folder("households", Map.of("households", households)));
        assertThat(rule(spec, "households", "Name")).as(comment(spec, "households", "Name")).isNotInstanceOf(ColumnRule.Keep.class);
        assertThat(rule(spec, "households", "Formal_Greeting")).as(comment(spec, "households", "Formal_Greeting"))
                .isNotInstanceOf(ColumnRule.Keep.class);
        assertThat(ColumnHeader.meaning("trips", "Fleet No").type()).hasValue(IdentifierType.VEHICLE_IDENTIFIER);
        assertThat(ColumnHeader.meaning("trips", "Truck").type()).hasValue(IdentifierType.VEHICLE_IDENTIFIER);
        assertThat(ColumnHeader.meaning("trips", "Amtliches Kennzeichen").type()).hasValue(IdentifierType.VEHICLE_IDENTIFIER);
        assertThat(ColumnHeader.meaning("trips", "Vehicle Type").kind()).isNotEqualTo(ColumnHeader.Kind.IDENTIFIER);
        assertThat(ColumnHeader.namesWrittenText("SIG")).isTrue();
        assertThat(ColumnHeader.namesWrittenText("Directions")).isTrue();
        assertThat(ColumnHeader.namesWrittenText("signal_strength")).isFalse();
    }
    @Test
    void aColumnPairedOneToOneWithARecurringIdentifierIsProtectedAsIt() throws IOException {
        StringBuilder drivers = new StringBuilder("Employee Number,First Name,Last Name\n");
        for (int i = 0; i < 14; i++) {
            drivers.append(200100 + i).append(',').append(GIVEN[i % GIVEN.length]).append(',').append(FAMILY[i % FAMILY.length]).append('\n');
        }
        StringBuilder trips = new StringBuilder("Trip ID,Device Serial,Reg No,Route,Driver Employee Number,Distance (mi)\n");
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 300; i++) {
            int vehicle = random.nextInt(12);
            trips.append("TRP").append(5510000 + i).append(",G9B9B8F5").append(1400 + vehicle * 7).append(',')
                    .append((char) ('A' + vehicle)).append("KD ").append(4200 + vehicle * 13).append(",R").append(1 + random.nextInt(5))
                    .append(',').append(200100 + random.nextInt(14)).append(',').append(random.nextInt(300)).append('.').append(random.nextInt(10)).append('\n');
        }
        JobSpec spec = propose(folder("fleet-alias", Map.of("drivers", drivers, "trips", trips)));
        assertThat(rule(spec, "trips", "Device Serial")).isEqualTo(new ColumnRule.Identifier(IdentifierType.DEVICE_IDENTIFIER));
        assertThat(rule(spec, "trips", "Reg No")).as(comment(spec, "trips", "Reg No"))
                .isEqualTo(new ColumnRule.Identifier(IdentifierType.DEVICE_IDENTIFIER));
        assertThat(comment(spec, "trips", "Reg No")).contains("pair one to one with those of Device Serial");
        // a category with digits that several vehicles share is no alias
        assertThat(rule(spec, "trips", "Route")).as(comment(spec, "trips", "Route")).isInstanceOf(ColumnRule.Keep.class);
        // one row per value: every unique column would pair, so it is no evidence
        List<String[]> once = List.of(new String[] {"A1", "x1"}, new String[] {"A2", "x2"}, new String[] {"A3", "x3"});
        assertThat(SpecProposer.pairedOneToOne(once, 0, 1)).isFalse();
        List<String[]> recurring = List.of(new String[] {"A1", "x1"}, new String[] {"A2", "x2"}, new String[] {"A3", "x3"},
                new String[] {"A1", "x1"});
        assertThat(SpecProposer.pairedOneToOne(recurring, 0, 1)).isTrue();
        List<String[]> twoNames = List.of(new String[] {"A1", "x1"}, new String[] {"A2", "x2"}, new String[] {"A3", "x3"},
                new String[] {"A1", "x9"});
        assertThat(SpecProposer.pairedOneToOne(twoNames, 0, 1)).isFalse();
    }

    @Test
    void minimumDataSetItemsCredentialsAndSignaturesNameTheResidentAndTheStaff() throws IOException {
        assertThat(ColumnHeader.meaning("assessments", "A0500A").type()).hasValue(IdentifierType.GIVEN_NAME);
        assertThat(ColumnHeader.meaning("assessments", "A0500C_RSDNT_LAST_NAME").type()).hasValue(IdentifierType.FAMILY_NAME);
        assertThat(ColumnHeader.meaning("assessments", "A0700").type()).hasValue(IdentifierType.HEALTH_PLAN_BENEFICIARY_NUMBER);
        assertThat(ColumnHeader.meaning("assessments", "Z0400C").type()).hasValue(IdentifierType.NAME);
        assertThat(ColumnHeader.meaning("assessments", "A0800").kind()).isEqualTo(ColumnHeader.Kind.NONE);
        assertThat(ColumnHeader.meaning("assessments", "Medicaid number").type()).hasValue(IdentifierType.HEALTH_PLAN_BENEFICIARY_NUMBER);
        assertThat(ColumnHeader.meaning("assessments", "Resident middle initial").type()).hasValue(IdentifierType.NAME);
        assertThat(ColumnHeader.meaning("assessments", "Signature of RN Assessment Coordinator").type()).hasValue(IdentifierType.NAME);
        assertThat(ColumnHeader.meaning("assessments", "Signature Date").type()).hasValue(IdentifierType.DATE);
        assertThat(SpecProposer.withoutCredentials("Karen Mulder, RN")).isEqualTo("Karen Mulder");
        assertThat(SpecProposer.withoutCredentials("Lee Ann Park, RN, BSN")).isEqualTo("Lee Ann Park");
        assertThat(SpecProposer.withoutCredentials("Mulder, Karen")).isEqualTo("Mulder, Karen");
        assertThat(SpecProposer.withoutCredentials("Leila Novak, MD, FACC")).isEqualTo("Leila Novak");
        assertThat(SpecProposer.withoutCredentials("Ruth Fischer (RN)")).isEqualTo("Ruth Fischer");
        assertThat(ColumnHeader.meaning("assessments", "a0500c").type()).hasValue(IdentifierType.FAMILY_NAME);
        assertThat(ColumnHeader.meaning("claims", "signature_on_file").kind()).isNotEqualTo(ColumnHeader.Kind.IDENTIFIER);
        assertThat(ColumnHeader.meaning("claims", "signature_count").kind()).isNotEqualTo(ColumnHeader.Kind.IDENTIFIER);
        assertThat(ColumnHeader.meaning("states", "medicaid_enrollment").kind()).isNotEqualTo(ColumnHeader.Kind.IDENTIFIER);
        assertThat(ColumnHeader.meaning("claims", "Adjuster Name").type()).hasValue(IdentifierType.NAME);
        assertThat(ColumnHeader.meaning("applicants", "Counselor Name").type()).hasValue(IdentifierType.NAME);
        assertThat(ColumnHeader.meaning("applicants", "Hometown").type()).hasValue(IdentifierType.CITY);
        assertThat(ColumnHeader.meaning("applicants", "Goes By").type()).hasValue(IdentifierType.GIVEN_NAME);
        // 60 residents, four assessments each, under item codes; the coordinators sign with their credential
        StringBuilder mds = new StringBuilder("RES_INT_ID,A0500A,A0500C,A0700,A0800,C0500,Z0500A\n");
        String[] nurses = {"Karen Mulder, RN", "Lisa Ver Steeg, RN", "Deb Hoksbergen, RN", "Tammy Sackett, RN, BSN", "Julie Frerichs, RN"};
        for (int r = 0; r < 60; r++) {
            for (int a = 0; a < 4; a++) {
                mds.append(842000 + r).append(',').append(GIVEN[r % GIVEN.length].toUpperCase(Locale.ROOT)).append(',')
                        .append(FAMILY[(r * 3) % FAMILY.length].toUpperCase(Locale.ROOT)).append(',')
                        .append(r % 3 == 0 ? "N" : String.valueOf(4609017 + r * 31)).append(',').append(1 + r % 2).append(',')
                        .append(3 + (r + a) % 12).append(",\"").append(nurses[(r + a) % nurses.length]).append("\"\n");
            }
        }
        JobSpec spec = propose(folder("mds", Map.of("assessments", mds)));
        for (String item : List.of("A0500A", "A0500C", "A0700", "Z0500A")) {
            assertThat(rule(spec, "assessments", item)).as(item + ": " + comment(spec, "assessments", item))
                    .isNotInstanceOf(ColumnRule.Keep.class);
        }
        assertThat(rule(spec, "assessments", "A0800")).isInstanceOf(ColumnRule.Keep.class);
    }

    @Test
    void anIntegerColumnWithinAYearOfAnAgeColumnIsAnAgeTooAndAFlagIsKept() throws IOException {
        StringBuilder reports = new StringBuilder("VAERS_ID,AGE_YRS,CAGE_YR,SEX,NUMDAYS,DIED,c4\n");
        java.util.Random random = new java.util.Random(11);
        for (int i = 0; i < 80; i++) {
            int age = i % 9 == 0 ? 90 + random.nextInt(12) : 1 + random.nextInt(88);
            reports.append(2700000 + i).append(',').append(age).append(".0,").append(i % 5 == 0 ? "" : String.valueOf(age - random.nextInt(2)))
                    .append(',').append(i % 2 == 0 ? 'F' : 'M').append(',').append(random.nextInt(30)).append(',')
                    .append(i % 37 == 0 ? "Y" : "").append(',').append(age).append('.').append(random.nextInt(10)).append('\n');
        }
        JobSpec spec = propose(folder("vaers", Map.of("reports", reports)));
        assertThat(rule(spec, "reports", "CAGE_YR")).as(comment(spec, "reports", "CAGE_YR"))
                .isEqualTo(new ColumnRule.Identifier(IdentifierType.AGE));
        assertThat(rule(spec, "reports", "NUMDAYS")).as(comment(spec, "reports", "NUMDAYS")).isInstanceOf(ColumnRule.Keep.class);
        assertThat(ColumnHeader.meaning("reports", "AGEYRS").type()).hasValue(IdentifierType.AGE);
        assertThat(rule(spec, "reports", "c4")).as(comment(spec, "reports", "c4")).isEqualTo(new ColumnRule.Identifier(IdentifierType.AGE));
        // Y on three reports of 80: a flag names no one, however few rows hold it
        assertThat(rule(spec, "reports", "DIED")).as(comment(spec, "reports", "DIED")).isInstanceOf(ColumnRule.Keep.class);
    }

    @Test
    void namesWrittenFamilyNameFirstAreNamesHoweverOftenTheyRepeat() throws IOException {
        StringBuilder events = new StringBuilder("Event Time,Event Type,Door,Cardholder\n");
        String[] doors = {"B2-L3 Server Room Door", "Main Lobby Turnstile 1", "Dock 4 Roll-up", "Lab 2 Airlock"};
        for (int i = 0; i < 400; i++) {
            int p = i % 30;
            events.append("2026-10-05 0").append(i % 10).append(":1").append(i % 6).append(":00,Access Granted,")
                    .append(doors[i % doors.length]).append(",\"").append(FAMILY[p % FAMILY.length].toUpperCase(Locale.ROOT))
                    .append(", ").append(GIVEN[(p * 7) % GIVEN.length].toUpperCase(Locale.ROOT)).append(' ')
                    .append((char) ('A' + p % 26)).append("\"\n");
        }
        StringBuilder log = new StringBuilder("time,col3,market\n");
        String[] particles = {"van der", "de la", "von", "da", "van den"};
        String[] markets = {"Paris, France", "Lyon, France", "Berlin, Germany", "Munich, Germany", "Rome, Italy", "Milan, Italy",
            "Vienna, Austria", "Dublin, Ireland", "Madrid, Spain", "Porto, Portugal"};
        for (int i = 0; i < 300; i++) {
            int p = i % 30;
            log.append("2026-10-05,\"").append(particles[p % particles.length]).append(' ').append(FAMILY[p % FAMILY.length])
                    .append(p % 2 == 0 ? "; " : ", ").append(GIVEN[(p * 7) % GIVEN.length]).append(' ')
                    .append((char) ('A' + p % 26)).append("\",")
                    .append('"').append(markets[i % markets.length]).append("\"\n");
        }
        JobSpec spec = propose(folder("badges", Map.of("access_events", events, "access_log", log)));
        assertThat(rule(spec, "access_log", "col3")).as(comment(spec, "access_log", "col3"))
                .isEqualTo(new ColumnRule.Identifier(IdentifierType.NAME));
        // a town before its country repeats the country, a code system's value: no name
        assertThat(rule(spec, "access_log", "market")).as(comment(spec, "access_log", "market")).isInstanceOf(ColumnRule.Keep.class);
        assertThat(rule(spec, "access_events", "Cardholder")).as(comment(spec, "access_events", "Cardholder"))
                .isEqualTo(new ColumnRule.Identifier(IdentifierType.NAME));
        assertThat(rule(spec, "access_events", "Door")).as(comment(spec, "access_events", "Door")).isInstanceOf(ColumnRule.Keep.class);
        assertThat(ColumnHeader.meaning("access_events", "Badge #").type()).hasValue(IdentifierType.OTHER_UNIQUE_IDENTIFIER);
        assertThat(ColumnHeader.meaning("access_events", "Badge Type").kind()).isEqualTo(ColumnHeader.Kind.VOCABULARY);
    }

    @Test
    void cryptocurrencyAddressesAreAccountsByTheirChecksums() throws Exception {
        // BIP 173, BIP 350 and Bitcoin's genesis block: valid; one character changed: invalid
        assertThat(CryptoAddress.valid("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa")).isTrue();
        assertThat(CryptoAddress.valid("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb")).isFalse();
        assertThat(CryptoAddress.valid("3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy")).isTrue();
        assertThat(CryptoAddress.valid("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4")).isTrue();
        assertThat(CryptoAddress.valid("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5")).isFalse();
        // breaker41: XRP (the genesis account), Bitcoin Cash's CashAddr (the specification's example), Cardano (a
        // CIP-19 test vector) with their checksums, Monero by shape; one character changed fails the checksum
        assertThat(CryptoAddress.valid("rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh")).isTrue();
        assertThat(CryptoAddress.valid("rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTj")).isFalse();
        assertThat(CryptoAddress.valid("bitcoincash:qpm2qsznhks23z7629mms6s4cwef74vcwvy22gdx6a")).isTrue();
        assertThat(CryptoAddress.valid("qpm2qsznhks23z7629mms6s4cwef74vcwvy22gdx6a")).isTrue();
        assertThat(CryptoAddress.valid("bitcoincash:qpm2qsznhks23z7629mms6s4cwef74vcwvy22gdx6b")).isFalse();
        assertThat(CryptoAddress.valid("addr1qx2fxv2umyhttkxyxp8x0dlpdt3k6cwng5pxj3jhsydzer3n0d3vllmyqwsx5wktcd8cc3sq835lu7drv2xwl2wywfgse35a3x")).isTrue();
        assertThat(CryptoAddress.valid("addr1qx2fxv2umyhttkxyxp8x0dlpdt3k6cwng5pxj3jhsydzer3n0d3vllmyqwsx5wktcd8cc3sq835lu7drv2xwl2wywfgse35a3y")).isFalse();
        assertThat(CryptoAddress.valid("45RRaZ6Tsd23sm7vV1bgTvpisNYknmHitaXgWg2zsJjd8tSFfkzSbptS8GdAiRBfYze43i8ZaFaxd4e5s18JwND6bYnNEzM")).isTrue();
        assertThat(CryptoAddress.valid("reference_number_abcdefghijklm")).isFalse();
        assertThat(CryptoAddress.valid("bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0")).isTrue();
        assertThat(CryptoAddress.valid("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed")).isTrue();
        assertThat(CryptoAddress.valid("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeg")).isFalse();
        assertThat(CryptoAddress.valid("12345678901234567890123456")).isFalse();
        assertThat(CryptoAddress.valid("BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4")).isTrue();
        assertThat(CryptoAddress.valid("So11111111111111111111111111111111111111112")).isTrue();
        // any Base58Check address of 25 bytes: Litecoin (version 48, L...), Dogecoin (30, D...)
        for (int version : new int[] {48, 30, 50}) {
            String address = base58Check(version, new java.util.Random(version));
            assertThat(CryptoAddress.valid(address)).as(address).isTrue();
            assertThat(CryptoAddress.valid(address.substring(0, address.length() - 1) + (address.endsWith("z") ? "y" : "z")))
                    .isFalse();
        }
        java.util.Random random = new java.util.Random(5);
        String[] wallets = new String[40];
        for (int i = 0; i < wallets.length; i++) {
            StringBuilder hex = new StringBuilder("0x");
            for (int j = 0; j < 40; j++) {
                hex.append("0123456789abcdefABCDEF".charAt(random.nextInt(22)));
            }
            wallets[i] = hex.toString();
        }
        StringBuilder transfers = new StringBuilder("tx_id,asset,counterparty,deposit_address,amount\n");
        for (int i = 0; i < 400; i++) {
            transfers.append("T").append(100000 + i).append(',').append(i % 3 == 0 ? "ETH" : "USDC").append(',')
                    .append(wallets[random.nextInt(wallets.length)]).append(',').append(wallets[i % 7]).append(',')
                    .append(random.nextInt(5000)).append(".00\n");
        }
        JobSpec spec = propose(folder("transfers", Map.of("transfers", transfers)));
        assertThat(rule(spec, "transfers", "counterparty")).as(comment(spec, "transfers", "counterparty"))
                .isEqualTo(new ColumnRule.Identifier(IdentifierType.ACCOUNT_NUMBER));
        assertThat(rule(spec, "transfers", "deposit_address")).as(comment(spec, "transfers", "deposit_address"))
                .isEqualTo(new ColumnRule.Identifier(IdentifierType.ACCOUNT_NUMBER));
        assertThat(rule(spec, "transfers", "asset")).isInstanceOf(ColumnRule.Keep.class);
    }

    @Test
    void aSparseColumnBesideACountryCodeIsNoDescriptionOfIt() throws IOException {
        String[] countries = {"IN", "UA", "NG", "BR", "DE", "PH", "VN", "TR", "GB", "MX"};
        StringBuilder customers = new StringBuilder("uid,nationality,kyc_tier,doc_back_image\n");
        for (int i = 0; i < 10; i++) {
            customers.append(29054000 + i).append(',').append(countries[i]).append(",T").append(1 + i % 3).append(',')
                    .append(i % 3 == 0 ? "kyc/" + Integer.toHexString(0x5f3a91 + i * 7919) + "_back.jpg" : "").append('\n');
        }
        JobSpec spec = propose(folder("kyc", Map.of("customers", customers)));
        assertThat(rule(spec, "customers", "doc_back_image")).as(comment(spec, "customers", "doc_back_image"))
                .isNotInstanceOf(ColumnRule.Keep.class);
        assertThat(rule(spec, "customers", "nationality")).isInstanceOf(ColumnRule.Keep.class);
    }

    @Test
    void aMailboxWrittenInAnotherCaseThanTheCustodiansLoginIsACopyOfIt() throws IOException {
        StringBuilder custodians = new StringBuilder("user,name,department\n");
        StringBuilder messages = new StringBuilder("Message-ID,user,mailbox,Subject\n");
        for (int i = 0; i < 24; i++) {
            String login = FAMILY[i % FAMILY.length].toLowerCase(Locale.ROOT) + "-" + (char) ('a' + i);
            custodians.append(login).append(',').append(person(i)).append(",Trading\n");
        }
        for (int i = 0; i < 600; i++) {
            int c = i % 24;
            String login = FAMILY[c % FAMILY.length].toLowerCase(Locale.ROOT) + "-" + (char) ('a' + c);
            String mailbox = Character.toUpperCase(login.charAt(0)) + login.substring(1, login.length() - 1)
                    + Character.toUpperCase(login.charAt(login.length() - 1));
            messages.append('<').append(1000 + i).append(".JavaMail.evans@thyme>,").append(login).append(',').append(mailbox)
                    .append(",Re: gas curve ").append(i % 12).append('\n');
        }
        JobSpec spec = propose(folder("mail", Map.of("custodians", custodians, "messages", messages)));
        assertThat(rule(spec, "messages", "mailbox")).as(comment(spec, "messages", "mailbox")).isNotInstanceOf(ColumnRule.Keep.class);
        assertThat(ColumnHeader.meaning("messages", "X-Origin").type()).hasValue(IdentifierType.NAME);
        assertThat(ColumnHeader.meaning("messages", "X-FileName").type()).hasValue(IdentifierType.NAME);
    }

    @Test
    void staffLoginsUnderARoleHeaderAreProtectedHoweverManyClaimsShareOne() throws IOException {
        String[] adjusters = {"cford", "mlincoln", "jkowalski", "aokafor", "tnguyen", "rdiaz"};
        StringBuilder claims = new StringBuilder("Claim Number,Loss Cause,Adjuster,Reserve\n");
        for (int i = 0; i < 200; i++) {
            claims.append("CA-2026-").append(String.format(Locale.ROOT, "%06d", 4500 + i)).append(',')
                    .append(i % 3 == 0 ? "collision" : i % 3 == 1 ? "theft" : "hail").append(',')
                    .append(adjusters[i % adjusters.length]).append(',').append(1000 + i * 7).append('\n');
        }
        JobSpec spec = propose(folder("claims", Map.of("claims", claims)));
        assertThat(rule(spec, "claims", "Adjuster")).as(comment(spec, "claims", "Adjuster"))
                .isEqualTo(new ColumnRule.Identifier(IdentifierType.OTHER_UNIQUE_IDENTIFIER));
        assertThat(rule(spec, "claims", "Loss Cause")).as(comment(spec, "claims", "Loss Cause")).isInstanceOf(ColumnRule.Keep.class);
    }

    @Test
    void aKeyOtherTablesReferToIsKeyedNotSuppressedSoItsJoinsSurvive() throws IOException {
        StringBuilder applicants = new StringBuilder("Ref,Legal First Name,Entry Term\n");
        StringBuilder scores = new StringBuilder("Ref,Read Round,Academic Rating\n");
        java.util.Random random = new java.util.Random(37);
        for (int i = 0; i < 120; i++) {
            int ref = 500000000 + random.nextInt(400000000);
            applicants.append(ref).append(',').append(GIVEN[i % GIVEN.length]).append(",Fall 2027\n");
            for (int r = 0; r < 2; r++) {
                scores.append(ref).append(",R").append(r + 1).append(',').append(1 + random.nextInt(5)).append('\n');
            }
        }
        Path in = folder("slate", Map.of("applicants", applicants, "reader_scores", scores));
        JobSpec spec = propose(in);
        assertThat(foreignKeys(spec, "reader_scores")).extracting(ForeignKey::column).contains("Ref");
        assertThat(rule(spec, "applicants", "Ref")).as(comment(spec, "applicants", "Ref"))
                .isEqualTo(new ColumnRule.Identifier(IdentifierType.OTHER_UNIQUE_IDENTIFIER));
        JobReport report = run(in, spec, dir.resolve("slate-out"));
        assertThat(report.validation().passed()).as(report.validation().toString()).isTrue();
        assertThat(report.validation().toString()).contains("240 values, all join");
    }

    /** A Base58Check address: the version byte, 20 random bytes, the first four bytes of SHA-256(SHA-256) of both. */
    private static String base58Check(int version, java.util.Random random) throws Exception {
        byte[] payload = new byte[25];
        payload[0] = (byte) version;
        for (int i = 1; i < 21; i++) {
            payload[i] = (byte) random.nextInt(256);
        }
        java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
        byte[] check = sha.digest(sha.digest(java.util.Arrays.copyOf(payload, 21)));
        System.arraycopy(check, 0, payload, 21, 4);
        String alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
        StringBuilder out = new StringBuilder();
        for (java.math.BigInteger n = new java.math.BigInteger(1, payload); n.signum() > 0; n = n.divide(java.math.BigInteger.valueOf(58))) {
            out.append(alphabet.charAt(n.mod(java.math.BigInteger.valueOf(58)).intValue()));
        }
        for (int i = 0; i < payload.length && payload[i] == 0; i++) {
            out.append('1');
        }
        return out.reverse().toString();
    }

    /** breaker40: an Egyptian hospital's Arabic headers, read in English word by word. */
    @Test
    void arabicHeadersAreReadInEnglish() throws IOException {
        String[] fathers = {"محمد", "أحمد", "محمود", "علي", "حسن", "إبراهيم"};
        StringBuilder admissions = new StringBuilder("Admission No,اسم الأب,اسم الجد,اللقب,المركز / الحي,السن,المحافظة\n");
        for (int i = 0; i < 300; i++) {
            admissions.append("ADM").append(10000 + i).append(',').append(fathers[i % 6]).append(',').append(fathers[(i / 6) % 6])
                    .append(',').append(fathers[(i / 2) % 6]).append(',').append(i % 3 == 0 ? "مدينة نصر" : "الدقي").append(',')
                    .append(20 + i % 70).append(',').append(i % 2 == 0 ? "القاهرة" : "الجيزة").append('\n');
        }
        JobSpec spec = propose(folder("eg", Map.of("admissions", admissions)));
        for (String c : List.of("اسم الأب", "اسم الجد", "اللقب", "المركز / الحي", "السن")) {
            assertThat(rule(spec, "admissions", c)).as(c + ": " + comment(spec, "admissions", c)).isNotInstanceOf(ColumnRule.Keep.class);
        }
        assertThat(comment(spec, "admissions", "اسم الأب")).contains("father name");
        assertThat(ColumnHeader.arabicInEnglish("اسم الأب")).isEqualTo("father_name");
        assertThat(ColumnHeader.arabicInEnglish("الرقم القومي")).isEqualTo("national_number");
        assertThat(ColumnHeader.meaning("t", "رقم القيد بالنقابة").type()).contains(IdentifierType.CERTIFICATE_LICENSE_NUMBER);
        assertThat(ColumnHeader.meaning("t", "اسم المستشفى").kind()).isEqualTo(ColumnHeader.Kind.THING_NAME);
        assertThat(ColumnHeader.arabicInEnglish("Admission No")).isEqualTo("Admission No");
    }

    /** breaker38-40: headers of Chilean, Belgian, New Zealand and Taiwanese exports, and account abbreviations. */
    @Test
    void headersOfOtherRegistersNameTheirIdentifiers() {
        Map<String, IdentifierType> expected = new java.util.LinkedHashMap<>();
        expected.put("Nombres", IdentifierType.GIVEN_NAME);
        expected.put("RUN Paciente", IdentifierType.NATIONAL_ID);
        expected.put("Comuna", IdentifierType.CITY);
        expected.put("naam / nom", IdentifierType.NAME);
        expected.put("familienaam", IdentifierType.FAMILY_NAME);
        expected.put("geboorteplaats / lieu de naissance", IdentifierType.GEOGRAPHIC_SUBDIVISION);
        expected.put("INSZ", IdentifierType.NATIONAL_ID);
        expected.put("n° registre national", IdentifierType.NATIONAL_ID);
        expected.put("straat", IdentifierType.STREET_ADDRESS);
        expected.put("busnummer", IdentifierType.STREET_ADDRESS);
        expected.put("NHI Number", IdentifierType.NATIONAL_ID);
        expected.put("鄉鎮市區", IdentifierType.CITY);
        expected.put("郵遞區號", IdentifierType.ZIP_CODE);
        expected.put("Acct No", IdentifierType.ACCOUNT_NUMBER);
        expected.put("Bank Acct Last 4", IdentifierType.ACCOUNT_NUMBER);
        expected.put("OperatorsName", IdentifierType.NAME);
        expected.forEach((header, type) -> assertThat(ColumnHeader.meaning("t", header).type()).as(header).contains(type));
        assertThat(ColumnHeader.meaning("t", "備註").kind()).isEqualTo(ColumnHeader.Kind.FREE_TEXT);
    }

    /** breaker39: apartment units under a header that reads as a category (Service Unit). */
    @Test
    void secondaryAddressUnitsAreAddressesWhateverTheHeader() throws IOException {
        StringBuilder accounts = new StringBuilder("Account,Service Unit,Rate Code\n");
        for (int i = 0; i < 200; i++) {
            accounts.append(700000 + i * 13).append(',').append(i % 4 == 0 ? "STE " + (100 + i % 9) : "APT " + (200 + i % 40))
                    .append(',').append(i % 2 == 0 ? "RS-1" : "GS-2").append('\n');
        }
        JobSpec spec = propose(folder("utility", Map.of("accounts", accounts)));
        assertThat(rule(spec, "accounts", "Service Unit")).as(comment(spec, "accounts", "Service Unit"))
                .isEqualTo(new ColumnRule.Identifier(IdentifierType.STREET_ADDRESS));
        assertThat(rule(spec, "accounts", "Rate Code")).isInstanceOf(ColumnRule.Keep.class);
    }

    /** breaker41: logins of other shapes and under other roles; a JSON Lines foreign key left empty on some rows. */
    @Test
    void staffLoginsOfOtherShapesAndEmptyForeignKeysInJsonLines() throws IOException {
        String[] examiners = {"L.Szabo", "I.Halvorsen", "K.Hwang", "S.Lincoln"};
        String[] processors = {"PEREIRAM", "OSTROWSF", "SANDOVAE"};
        String[] adjusters = {"eishikawa", "cwhitaker", "hraman", "gcastellano"};
        StringBuilder tasks = new StringBuilder("Task ID,Task Type,Examiner,Processor,Adjuster ID\n");
        for (int i = 0; i < 240; i++) {
            tasks.append("T").append(100000 + i).append(',').append(i % 2 == 0 ? "Close file" : "Call insured").append(',')
                    .append(examiners[i % 4]).append(',').append(processors[i % 3]).append(',').append(adjusters[i % 4]).append('\n');
        }
        JobSpec spec = propose(folder("tasks", Map.of("tasks", tasks)));
        for (String c : List.of("Examiner", "Processor", "Adjuster ID")) {
            assertThat(rule(spec, "tasks", c)).as(c + ": " + comment(spec, "tasks", c)).isNotInstanceOf(ColumnRule.Keep.class);
        }
        Path in = Files.createTempDirectory("warden-jsonl-fk");
        StringBuilder bids = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            bids.append("{\"id\": \"b").append(i).append("\", \"cid\": \"").append(i % 3 == 0 ? "" : "cmp_" + (31000 + i % 5))
                    .append("\", \"price\": ").append(i % 7).append("}\n");
        }
        Files.writeString(in.resolve("bids.jsonl"), bids);
        StringBuilder campaigns = new StringBuilder("campaign_id,advertiser\n");
        for (int i = 0; i < 5; i++) {
            campaigns.append("cmp_").append(31000 + i).append(",Advertiser ").append((char) ('A' + i)).append('\n');
        }
        Files.writeString(in.resolve("campaigns.csv"), campaigns);
        JobSpec withKey = JobSpec.parse("""
                {"name": "bids", "profile": "hipaa-safe-harbor", "asOf": "2024-12-31",
                 "tables": {"campaigns": {"primaryKey": "campaign_id", "columns": {"campaign_id": "ID", "advertiser": "keep"}},
                            "bids": {"primaryKey": "id", "columns": {"id": "ID", "cid": "ID", "price": "keep"},
                                     "foreignKeys": [{"column": "cid", "references": "campaigns.campaign_id"}]}}}
                """, "bids");
        JobReport report = run(in, withKey, in.resolveSibling(in.getFileName() + "-out"));
        assertThat(report.validation().passed()).as(report.summary()).isTrue();
    }

    /** breaker41: access events other tables refer to, naming their cardholders family name first and their badges. */
    @Test
    void cardholdersAndBadgesOfEventsOtherTablesReferToAreProtected() throws IOException {
        StringBuilder events = new StringBuilder("Event ID,Door,Cardholder,Badge,Result\n");
        StringBuilder alarms = new StringBuilder("Alarm ID,Event ID,Alarm Type\n");
        for (int i = 0; i < 600; i++) {
            int holder = i % 30;
            events.append("E").append(4100000 + i).append(',').append(i % 2 == 0 ? "Lobby North Entry" : "Roof Access").append(",\"")
                    .append(FAMILY[holder % FAMILY.length].toUpperCase(Locale.ROOT)).append(", ")
                    .append(GIVEN[(holder / FAMILY.length + holder) % GIVEN.length].toUpperCase(Locale.ROOT)).append("\",")
                    .append(507000 + holder * 37).append(',').append(i % 5 == 0 ? "Access Denied" : "Access Granted").append('\n');
            if (i % 10 == 0) {
                alarms.append("AL").append(10000 + i).append(",E").append(4100000 + i).append(",Invalid Badge\n");
            }
        }
        JobSpec spec = propose(folder("access", Map.of("events", events, "alarms", alarms)));
        for (String c : List.of("Event ID", "Cardholder", "Badge")) {
            assertThat(rule(spec, "events", c)).as(c + ": " + comment(spec, "events", c)).isNotInstanceOf(ColumnRule.Keep.class);
        }
        assertThat(rule(spec, "events", "Door")).isInstanceOf(ColumnRule.Keep.class);
    }

    /** breaker38, breaker39: national numbers recognised by their check characters, whatever the header. */
    @Test
    void nationalNumbersAreReadByTheirCheckCharacters() {
        assertThat(dev.warden.core.deid.detect.NationalNumbers.scheme("12.345.678-5")).contains("Chilean RUN");
        assertThat(dev.warden.core.deid.detect.NationalNumbers.scheme("16676837-3")).contains("Chilean RUN");
        assertThat(dev.warden.core.deid.detect.NationalNumbers.scheme("12.345.678-4")).isEmpty();
        assertThat(dev.warden.core.deid.detect.NationalNumbers.scheme("ZZZ0016")).contains("New Zealand NHI");
        assertThat(dev.warden.core.deid.detect.NationalNumbers.scheme("ZZZ0024")).contains("New Zealand NHI");
        assertThat(dev.warden.core.deid.detect.NationalNumbers.scheme("ZZZ0017")).isEmpty();
        assertThat(dev.warden.core.deid.detect.NationalNumbers.scheme("85.07.30-033.28")).contains("Belgian national register number");
        assertThat(dev.warden.core.deid.detect.NationalNumbers.scheme("85073003328")).contains("Belgian national register number");
        assertThat(dev.warden.core.deid.detect.NationalNumbers.scheme("85.07.30-033.29")).isEmpty();
        assertThat(dev.warden.core.deid.detect.NationalNumbers.scheme("Verde")).isEmpty();
    }

    /**
     * breaker41 leftovers: names written family name first with credentials, or in an events table another table refers
     * to; other names of a vehicle without digits; ages in months and in bands; and the vocabulary the same rules must
     * leave alone (an analyser's bench, a region's population, a token's mint, a git revision, MDS A0310A).
     */
    @Test
    void otherNamesAgesAndFamilyFirstNamesOfBreaker41() throws IOException {
        StringBuilder encounters = new StringBuilder("encounter_id,admit_date,c5,c7,age,c8,bench,analyser_serial,revision,mint,A0310A\n");
        StringBuilder notes = new StringBuilder("note_id,encounter_id,kind\n");
        StringBuilder regions = new StringBuilder("region,population\n");
        String[] plates = {"CLI FRN", "BOB", "MAX ONE", "RUN FST", "LUV BUG", "ZEN MDE", "GO PKS", "HAPPY", "WAVE ON", "TAX MAN",
            "SKY HI", "NOPAIN", "DR FEEL", "YUM YUM", "BIG RED"};
        String[] credentials = {"RN", "RN, BSN", "CNA", "LPN", "MD, FACC"};
        String[] benches = {"B-1", "B-2", "B-3", "B-4", "B-5", "B-6"};
        String[] mints = {"EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v", "Es9vMFrzaCERmJfrF4H2FYD4KCoNkY11McCe8BenwNYB",
            "So11111111111111111111111111111111111111112"};
        for (int i = 0; i < 450; i++) {
            int who = i % 15;
            int age = 20 + (i * 7) % 78;
            encounters.append("V").append(100000 + i).append(",2024-0").append(1 + i % 9).append("-1").append(i % 10).append(",\"")
                    .append(FAMILY[who % FAMILY.length]).append(", ").append(GIVEN[(who + 3) % GIVEN.length]).append(' ')
                    .append(credentials[who % credentials.length]).append("\",").append(age * 12 + i % 12).append(',')
                    .append(age).append(',').append(age / 5 * 5).append('-').append(age / 5 * 5 + 4).append(',')
                    .append(benches[i % 6]).append(",SN-").append(880000 + (i % 6) * 13).append(",0x")
                    .append(String.format(Locale.ROOT, "%040x", new java.math.BigInteger(160, new java.util.Random(i % 40))))
                    .append(',').append(mints[i % 3]).append(',').append(i % 9 == 0 ? "99" : "0" + (1 + i % 6)).append('\n');
            if (i % 5 == 0) {
                notes.append("N").append(i).append(",V").append(100000 + i).append(",follow-up\n");
            }
        }
        for (int i = 0; i < 40; i++) {
            regions.append("Region ").append(i).append(',').append(10000 + i * 1237).append('\n');
        }
        StringBuilder trips = new StringBuilder("trip_id,vin,Tag,miles\n");
        for (int i = 0; i < 300; i++) {
            int v = i % plates.length;
            trips.append("T").append(5000 + i).append(',').append("1HGCM82633").append(String.format(Locale.ROOT, "%07d", 4000000 + v * 7)).append(',').append(plates[v]).append(',')
                    .append(i % 40).append('\n');
        }
        JobSpec spec = propose(folder("b41", Map.of("encounters", encounters, "notes", notes, "regions", regions, "trips", trips)));
        assertThat(rule(spec, "encounters", "c5")).as(comment(spec, "encounters", "c5")).isInstanceOf(ColumnRule.Identifier.class);
        assertThat(comment(spec, "encounters", "c7")).startsWith("AGE: ").contains("months");
        assertThat(comment(spec, "encounters", "c8")).startsWith("AGE: ").contains("age bands");
        assertThat(rule(spec, "trips", "Tag")).as(comment(spec, "trips", "Tag")).isNotInstanceOf(ColumnRule.Keep.class);
        for (String kept : List.of("bench", "revision", "mint", "A0310A")) {
            assertThat(rule(spec, "encounters", kept)).as(kept + ": " + comment(spec, "encounters", kept))
                    .isInstanceOf(ColumnRule.Keep.class);
        }
        assertThat(rule(spec, "regions", "population")).as(comment(spec, "regions", "population")).isInstanceOf(ColumnRule.Keep.class);
        for (String header : List.of("Known As", "Nick", "Nickname", "AKA")) {
            assertThat(ColumnHeader.meaning("residents", header).type()).as(header).contains(IdentifierType.GIVEN_NAME);
        }
        assertThat(ColumnHeader.meaning("residents", "Born In").type()).contains(IdentifierType.GEOGRAPHIC_SUBDIVISION);
    }

    /**
     * breaker45: a missing value written as a marker (NULL, \\N, NA, a dash) is no reference: the foreign key is still
     * found and joins, and the marker stays as it is rather than becoming one code that everyone's missing SSN shares.
     */
    @Test
    void missingMarkersAreNoReferenceAndStayAsTheyAre() throws IOException {
        StringBuilder members = new StringBuilder("member_id,ssn,plan\n");
        StringBuilder claims = new StringBuilder("claim_id,member_id,amount\n");
        String[] markers = {"NULL", "\\N", "NA", "-", " ", "N/A"};
        for (int i = 0; i < 120; i++) {
            members.append("M").append(70000 + i).append(',').append(i % 10 == 0 ? "NULL" : String.format(Locale.ROOT,
                    "%03d-%02d-%04d", 100 + i, 10 + i % 80, 1000 + i * 7)).append(',').append(i % 2 == 0 ? "Gold" : "Silver").append('\n');
        }
        for (int i = 0; i < 500; i++) {
            claims.append("C").append(900000 + i).append(',').append(i % 83 == 0 ? markers[i / 83 % markers.length]
                    : "M" + (70000 + i % 120)).append(',').append(10 + i % 300).append('\n');
        }
        Path in = folder("markers", Map.of("members", members, "claims", claims));
        JobSpec spec = propose(in);
        assertThat(foreignKeys(spec, "claims")).extracting(ForeignKey::column).containsExactly("member_id");
        Path out = dir.resolve("markers-out");
        JobReport report = run(in, spec, out);
        assertThat(report.validation().passed()).as(report.summary()).isTrue();
        List<String> lines = Files.readAllLines(out.resolve("claims.csv"));
        assertThat(lines.get(1).split(",")[1]).isEqualTo("NULL");
        assertThat(lines).anyMatch(l -> l.split(",")[1].equals("\\N"));
        assertThat(Files.readAllLines(out.resolve("members.csv")).get(1).split(",")[1]).isEqualTo("NULL");
        for (String missing : java.util.Arrays.asList(null, "", " ", "\t", "NULL", " \\N ", "NA", "N/A", "n/a", "#N/A", "NaN", "-", "--")) {
            assertThat(MissingValues.missing(missing)).as(missing).isTrue();
        }
        for (String present : List.of("Na", "NAME", "-5", "N/A2", "Nadia", "null0", "#12", "--x", "0")) {
            assertThat(MissingValues.missing(present)).as(present).isFalse();
        }
    }

    /** breaker45: JSON Lines files ending in .ndjson or in capitals are read as tables, as .jsonl files are. */
    @Test
    void jsonLinesFilesOfOtherEndingsAreTables() throws IOException {
        Path in = Files.createDirectories(dir.resolve("ndjson"));
        Files.writeString(in.resolve("visits.ndjson"), "{\"visit_id\": \"V1\", \"ward\": \"A\"}\n{\"visit_id\": \"V2\", \"ward\": \"B\"}\n");
        Files.writeString(in.resolve("labs.JSONL"), "{\"lab_id\": \"L1\", \"visit_id\": \"V1\"}\n");
        Files.writeString(in.resolve("wards.csv"), "ward,floor\nA,1\nB,2\n");
        try (TableSource source = Datasets.source(in.toString())) {
            assertThat(source.tables()).containsExactlyInAnyOrder("visits", "labs", "wards");
            assertThat(source.schema("labs").columns()).extracting(c -> c.name()).containsExactly("lab_id", "visit_id");
        }
        Files.writeString(in.resolve("visits.jsonl"), "{\"visit_id\": \"V9\"}\n");
        try (TableSource source = Datasets.source(in.toString())) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> source.schema("visits"))
                    .hasMessageContaining("visits.jsonl").hasMessageContaining("visits.ndjson");
        }
    }

    /**
     * breaker42-45: headers of Croatian, Argentine, Swiss and Swahili exports, NEMSIS element ids, an MLS's unit number,
     * a DNA match list; Arabic headers with harakat, tatweel, Persian letters or an English gloss.
     */
    @Test
    void headersOfBreakers42To45NameTheirIdentifiers() {
        Map<String, IdentifierType> headers = new java.util.LinkedHashMap<>();
        headers.put("Adresa stanovanja", IdentifierType.STREET_ADDRESS);
        headers.put("Prebivalište", IdentifierType.STREET_ADDRESS);
        headers.put("Domicilio Particular", IdentifierType.STREET_ADDRESS);
        headers.put("Datum rođenja", IdentifierType.DATE_OF_BIRTH);
        headers.put("Dat. rođ.", IdentifierType.DATE_OF_BIRTH);
        headers.put("Legajo", IdentifierType.OTHER_UNIQUE_IDENTIFIER);
        headers.put("OIB", IdentifierType.NATIONAL_ID);
        headers.put("MBO", IdentifierType.HEALTH_PLAN_BENEFICIARY_NUMBER);
        headers.put("AHV-Nr.", IdentifierType.NATIONAL_ID);
        headers.put("NAVS13", IdentifierType.NATIONAL_ID);
        headers.put("CUIL", IdentifierType.NATIONAL_ID);
        headers.put("Nro. CBU", IdentifierType.ACCOUNT_NUMBER);
        headers.put("No carte d'assuré", IdentifierType.HEALTH_PLAN_BENEFICIARY_NUMBER);
        headers.put("N. tessera sanitaria", IdentifierType.HEALTH_PLAN_BENEFICIARY_NUMBER);
        headers.put("Nambari ya Kitambulisho", IdentifierType.NATIONAL_ID);
        headers.put("Nambari ya Simu", IdentifierType.TELEPHONE_NUMBER);
        headers.put("ePatient.02", IdentifierType.FAMILY_NAME);
        headers.put("eScene.19", IdentifierType.ZIP_CODE);
        headers.put("ePatient_06", IdentifierType.CITY);
        headers.put("dPersonnel.01", IdentifierType.FAMILY_NAME);
        headers.put("UnitNumber", IdentifierType.STREET_ADDRESS);
        headers.put("Unit #", IdentifierType.STREET_ADDRESS);
        headers.put("Kit Number", IdentifierType.OTHER_UNIQUE_IDENTIFIER);
        headers.put("Match Name", IdentifierType.NAME);
        headers.put("Assistant Name", IdentifierType.NAME);
        headers.put("Ancestral Surnames", IdentifierType.FAMILY_NAME);
        headers.put("POB", IdentifierType.GEOGRAPHIC_SUBDIVISION);
        headers.put("اسم الوالدة", IdentifierType.NAME);
        headers.put("اسْمُ الأَبِ", IdentifierType.NAME);
        headers.put("اســم الأب", IdentifierType.NAME);
        headers.put("اسم الاب (Father)", IdentifierType.NAME);
        headers.put("اسم ولی", IdentifierType.NAME);
        headers.forEach((h, type) -> assertThat(ColumnHeader.meaning("t", h).type()).as(h).contains(type));
        for (String vocabulary : List.of("Unit", "unit_price", "Kit Lot", "ePatient.16", "مركز التكلفة / Cost Center")) {
            assertThat(ColumnHeader.meaning("t", vocabulary).kind()).as(vocabulary).isNotEqualTo(ColumnHeader.Kind.IDENTIFIER);
        }
    }

    /**
     * breaker42-45 by values: national numbers by check repeated over few people, digit strings longer than any code's,
     * d.m.yyyy. dates, logins under assignment headers in other languages, organisations with people among them; and
     * what stays: wards and stock lots few and shared, companies' RUTs, token contracts under an asset header.
     */
    @Test
    void valuesOfBreakers42To45() throws IOException {
        String[] runs = {"14.301.544-0", "11.410.760-3", "9.876.543-3", "16.676.837-3"};
        String[] companies = {"76.086.428-5", "96.790.240-3", "77.261.280-K", "76.354.771-K", "99.520.000-7", "61.704.000-K"};
        String[] petitioners = {"Acme Logistics Inc", "Northwind Traders LLC", "Globex Corporation", "Maria Fernanda Lopez",
            "Rahul Mehta", "Chen Wei Ling", "Initech Software Ltd", "Umbrella Health Group", "Stark Industries Inc"};
        String[] handlers = {"jlorenz", "fneumann", "CORP\\HartmannS", "MARINO.E", "Kowalski.F", "tbecker"};
        StringBuilder visits = new StringBuilder("visit_id,col3,card,Datum rođenja,Zugewiesen an,Freigabe durch,Petitioner,Ward,Lot,emisor\n");
        for (int i = 0; i < 300; i++) {
            visits.append("V").append(20000 + i).append(',').append(runs[i % 4]).append(',')
                    .append(String.format(Locale.ROOT, "80756%015d", 1000000L + i % 40 * 7919)).append(',')
                    .append(1 + i % 28).append('.').append(1 + i % 12).append('.').append(1940 + i % 50).append(".,")
                    .append(handlers[i % 6].toLowerCase(Locale.ROOT).replace("\\", "_")).append(',').append(handlers[i % 6]).append(',')
                    .append(petitioners[i % petitioners.length]).append(",Unit ").append(1 + i % 3).append("A,LOT ")
                    .append(24110 + i % 5).append(',').append(companies[i / 7 % 6]).append('\n');
        }
        JobSpec spec = propose(folder("b42to45", Map.of("visits", visits)));
        for (String c : List.of("col3", "card", "Datum rođenja", "Zugewiesen an", "Freigabe durch", "Petitioner")) {
            assertThat(rule(spec, "visits", c)).as(c + ": " + comment(spec, "visits", c)).isNotInstanceOf(ColumnRule.Keep.class);
        }
        assertThat(comment(spec, "visits", "col3")).contains("Chilean RUN");
        assertThat(comment(spec, "visits", "Datum rođenja")).startsWith("DATE_OF_BIRTH");
        for (String c : List.of("Ward", "Lot", "emisor")) {
            assertThat(rule(spec, "visits", c)).as(c + ": " + comment(spec, "visits", c)).isInstanceOf(ColumnRule.Keep.class);
        }
        assertThat(dev.warden.core.deid.detect.NationalNumbers.scheme("756.5510.4265.71")).contains("Swiss AHV number");
        assertThat(dev.warden.core.deid.detect.NationalNumbers.scheme("756.5510.4265.72")).isEmpty();
        assertThat(dev.warden.core.deid.detect.NationalNumbers.scheme("20-34404118-1")).contains("Argentine CUIL");
        assertThat(dev.warden.core.deid.detect.NationalNumbers.scheme("20-34404118-2")).isEmpty();
        assertThat(dev.warden.core.deid.detect.NationalNumbers.scheme("17670531152")).contains("Croatian OIB");
        assertThat(dev.warden.core.deid.detect.NationalNumbers.scheme("17670531153")).isEmpty();
    }

    /**
     * breaker46, on this round's rules: logins among missing markers, months beside ages capped at 90, an address
     * supplement, dates among markers, ages under age headers written as bands or months; and what stays: a dose's
     * range, three order numbers that pass the OIB check, Swiss barcodes, companies named Industries.
     */
    @Test
    void breaker46OnThisRoundsRules() throws IOException {
        String[] logins = {"jsmith", "mkowalski", "prossi", "N/A", "-"};
        String[] companies = {"Stark Industries", "Vandelay Industries", "Wonka Industries", "Acme Corporation",
            "Globex Inc", "Initech LLC", "Hooli Technologies", "Soylent Foods", "Cyberdyne Systems", "Tyrell Corporation"};
        String[] orders = {"17670531152", "99940072281", "86839192154"};
        StringBuilder tickets = new StringBuilder("ticket_id,Assignee,age,c4,Adresszusatz,service_date,age_band,age_months,"
                + "dose_mg_range,store_code,ean,Respondent\n");
        for (int i = 0; i < 300; i++) {
            int age = 20 + i * 7 % 85;
            int capped = Math.min(age, 90);
            tickets.append("T").append(50000 + i).append(',').append(logins[i % 5]).append(',').append(capped).append(',')
                    .append(age * 12 + i % 12).append(",Wohnung ").append(1 + i % 8).append(',')
                    .append(i % 3 == 0 ? "NULL" : "2024-0" + (1 + i % 9) + "-" + (10 + i % 18)).append(',')
                    .append(age / 5 * 5).append('-').append(age / 5 * 5 + 4).append(',').append(age * 12 + i % 12).append(',')
                    .append(80 + i % 4 * 10).append('-').append(89 + i % 4 * 10).append(',').append(orders[i % 3]).append(',')
                    .append(String.format(Locale.ROOT, "%013d", 7613312000000L + i % 25 * 11)).append(',')
                    .append(companies[i % companies.length]).append('\n');
        }
        JobSpec spec = propose(folder("b46", Map.of("tickets", tickets)));
        for (String c : List.of("Assignee", "c4", "Adresszusatz")) {
            assertThat(rule(spec, "tickets", c)).as(c + ": " + comment(spec, "tickets", c)).isNotInstanceOf(ColumnRule.Keep.class);
        }
        assertThat(comment(spec, "tickets", "service_date")).as("service_date").startsWith("DATE");
        assertThat(comment(spec, "tickets", "age_band")).as("age_band").startsWith("AGE");
        assertThat(comment(spec, "tickets", "age_months")).as("age_months").startsWith("AGE").contains("1080+");
        for (String c : List.of("dose_mg_range", "store_code", "ean", "Respondent")) {
            assertThat(rule(spec, "tickets", c)).as(c + ": " + comment(spec, "tickets", c)).isInstanceOf(ColumnRule.Keep.class);
        }
        assertThat(dev.warden.core.deid.detect.NationalNumbers.scheme("7561234567897")).isEmpty();
        Path out = dir.resolve("b46-out");
        JobReport report = run(dir.resolve("b46"), spec, out);
        assertThat(report.validation().passed()).as(report.summary()).isTrue();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // national numbers of several countries in one column; AHV numbers spaced, CUILs dotted; CURPs; Ecuadorian cédulas

    /** Chilean RUNs (dotted, check digits computed by the Registro Civil's modulo 11) and bare. */
    private static final String[] RUNS = {"21.694.556-5", "13.931.308-9", "17.217.087-0", "13.136.270-6", "20.876.902-2",
        "16.074.598-3", "7.858.437-8", "23.068.802-8"};
    /** Argentine CUILs of the same invented people, AFIP's modulo 11, written as AFIP writes them. */
    private static final String[] CUILS = {"27-25058752-5", "20-20288965-5", "27-16610918-9", "27-31430453-0",
        "20-32073393-7", "27-15969786-5", "27-10384255-2", "20-32645834-2"};

    private static String withoutSeparators(String value) {
        return value.replace(".", "").replace("-", "");
    }

    private static boolean nationalId(JobSpec spec, String table, String column) {
        return rule(spec, table, column).equals(new ColumnRule.Identifier(IdentifierType.NATIONAL_ID));
    }

    /**
     * fixA (breaker50's border clinic): RUNs beside CUILs in one column, about half each, under headers that name no
     * register; neither scheme alone reaches four in five, the two together do. A column of RUN- and CUIL-shaped
     * numbers whose check digits are wrong, and one where only half the values pass, stay what they were.
     */
    @Test
    void runsAndCuilsMixedInOneColumnAreNationalIds() throws IOException {
        StringBuilder visits = new StringBuilder("visita,documento,col3,col4,codigo,referencia\n");
        for (int i = 0; i < 240; i++) {
            int p = i % 16;
            String run = RUNS[p % 8];
            String cuil = CUILS[p % 8];
            boolean chilean = p < 8 ? p % 2 == 0 : p % 2 == 1;
            String bareRun = run.startsWith("7.") ? run : withoutSeparators(run);
            // the CUIL with dots for the dashes, or with the DNI dotted in thousands
            String dottedCuil = p % 3 == 0 ? cuil.replace('-', '.')
                    : cuil.substring(0, 5) + "." + cuil.substring(5, 8) + "." + cuil.substring(8);
            // over another cycle than the patients' (so no column pairs one to one with documento): RUNs and CUILs
            // with the check digit moved by one, valid under neither scheme; and half CUILs, half order numbers
            int q = i % 10;
            String valid = q < 5 ? RUNS[q] : CUILS[q - 5];
            String wrong = valid.substring(0, valid.length() - 1) + (char) ('0' + (valid.charAt(valid.length() - 1) - '0' + 1) % 10);
            String half = q % 2 == 0 ? CUILS[q % 8] : String.format(Locale.ROOT, "31-%08d-%d", 40000000 + q * 7919, q);
            visits.append("AT-").append(10000 + i).append(',').append(chilean ? run : cuil).append(',')
                    .append(chilean ? bareRun : dottedCuil).append(',').append(chilean ? withoutSeparators(run) : withoutSeparators(cuil))
                    .append(',').append(wrong).append(',').append(half).append('\n');
        }
        JobSpec spec = propose(folder("frontera", Map.of("atenciones", visits)));
        // (nro_doc, and since the fifteenth round identificacion, are read by their headers, so headers that name
        // nothing take their place)
        for (String c : List.of("documento", "col3", "col4")) {
            assertThat(nationalId(spec, "atenciones", c)).as(c + ": " + comment(spec, "atenciones", c)).isTrue();
            assertThat(comment(spec, "atenciones", c)).as(c).contains("Chilean RUN").contains("Argentine CUIL");
        }
        for (String c : List.of("codigo", "referencia")) {
            assertThat(comment(spec, "atenciones", c)).as(c).doesNotContain("pass the check");
            assertThat(nationalId(spec, "atenciones", c)).as(c + ": " + comment(spec, "atenciones", c)).isFalse();
        }
    }

    /**
     * fixA: Swiss AHV numbers grouped by spaces ({@code 756 1234 5678 97}) and Argentine CUILs dotted, read by their
     * checks whatever the header; thirteen bare digits from 756 (a Swiss product's barcode) still are not.
     */
    @Test
    void spacedAhvNumbersAndDottedCuilsAreNationalIds() throws IOException {
        String[] ahv = {"756 2858 0877 78", "756 8576 6674 07", "756 9985 9837 82", "756 4664 4962 63", "756 7516 9003 21",
            "756 1135 9667 68"};
        StringBuilder staff = new StringBuilder("Personalnummer,Nummer,numero,Artikel\n");
        for (int i = 0; i < 120; i++) {
            String cuil = CUILS[i % 8];
            staff.append("P").append(3000 + i).append(',').append(ahv[i % 6]).append(',')
                    .append(i % 2 == 0 ? cuil.replace('-', '.') : cuil.substring(0, 5) + "." + cuil.substring(5, 8) + "."
                            + cuil.substring(8)).append(',').append(ahv[i % 6].replace(" ", "")).append('\n');
        }
        JobSpec spec = propose(folder("ahv", Map.of("staff", staff)));
        assertThat(nationalId(spec, "staff", "Nummer")).as(comment(spec, "staff", "Nummer")).isTrue();
        assertThat(comment(spec, "staff", "Nummer")).contains("Swiss AHV number");
        assertThat(nationalId(spec, "staff", "numero")).as(comment(spec, "staff", "numero")).isTrue();
        assertThat(comment(spec, "staff", "numero")).contains("Argentine CUIL");
        assertThat(comment(spec, "staff", "Artikel")).doesNotContain("pass the check");
    }

    /**
     * fixA: Mexican CURPs read by RENAPO's check digit whatever the header; codes of the same shape whose check digit is
     * wrong are not read as CURPs.
     */
    @Test
    void mexicanCurpsAreNationalIdsByTheirCheckDigit() throws IOException {
        String[] curps = {"SODJ520809HCHRYF82", "REPM710717MCMPVG03", "MORS620119HGTXFG40", "BUBS640411HMNLVR76",
            "MOCL760725HSPCBD72", "BILS821119MZSDMH65", "CADE520222HDGBMP06", "GUHR510902HDGTQR58"};
        StringBuilder afiliados = new StringBuilder("folio,clave,clave_alt\n");
        for (int i = 0; i < 160; i++) {
            String curp = curps[i % 8];
            char check = curp.charAt(17);
            afiliados.append("F").append(70000 + i).append(',').append(curp).append(',')
                    .append(curp, 0, 17).append((char) ('0' + (check - '0' + 3) % 10)).append('\n');
        }
        JobSpec spec = propose(folder("curp", Map.of("afiliados", afiliados)));
        assertThat(nationalId(spec, "afiliados", "clave")).as(comment(spec, "afiliados", "clave")).isTrue();
        assertThat(comment(spec, "afiliados", "clave")).contains("Mexican CURP");
        assertThat(comment(spec, "afiliados", "clave_alt")).doesNotContain("pass the check");
    }

    /**
     * fixA: Ecuadorian cédulas, bare or with a dash before the check digit, are national ids by the Registro Civil's
     * modulo 10; random ten-digit numbers of the same shape, and three cédulas over many rows (a one-digit check: three
     * pass by chance once in a thousand), are not called national ids by that check.
     */
    @Test
    void ecuadorianCedulasAreNationalIdsAndRandomTenDigitNumbersAreNot() throws IOException {
        String[] cedulas = {"1812344800", "0146343884", "1053516694", "1320466079", "0548747351", "1621321437",
            "0428913529", "1358499778"};
        String[] lots = {"0845706654", "0529604373", "2036561153"}; // cédulas too, but only three of them
        java.util.Random random = new java.util.Random(42);
        StringBuilder muestras = new StringBuilder("muestra,documento,doc_paciente,lote,cuenta\n");
        for (int i = 0; i < 200; i++) {
            String cedula = cedulas[i % 8];
            // province and third digit right, the rest random: the check digit passes one time in ten
            String account = String.format(Locale.ROOT, "%02d%d%07d", 1 + random.nextInt(24), random.nextInt(6),
                    random.nextInt(10_000_000));
            muestras.append("M").append(500000 + i).append(',').append(cedula).append(',')
                    .append(cedula, 0, 9).append('-').append(cedula.charAt(9)).append(',').append(lots[i % 3]).append(',')
                    .append(account).append('\n');
        }
        JobSpec spec = propose(folder("cedula", Map.of("muestras", muestras)));
        for (String c : List.of("documento", "doc_paciente")) {
            assertThat(nationalId(spec, "muestras", c)).as(c + ": " + comment(spec, "muestras", c)).isTrue();
            assertThat(comment(spec, "muestras", c)).as(c).contains("Ecuadorian cédula");
        }
        for (String c : List.of("lote", "cuenta")) {
            assertThat(comment(spec, "muestras", c)).as(c).doesNotContain("Ecuadorian cédula");
            assertThat(nationalId(spec, "muestras", c)).as(c + ": " + comment(spec, "muestras", c)).isFalse();
        }
    }
}
