package dev.warden.core.deid.detect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.core.deid.detect.ColumnHeader.Kind;
import dev.warden.deid.IdentifierType;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ColumnHeaderTest {

    @Test
    void headersSplitIntoWordsAtSeparatorsAndCaseChanges() {
        assertThat(ColumnHeader.words("mothersMaidenName")).containsExactly("mothers", "maiden", "name");
        assertThat(ColumnHeader.words("person_source_value")).containsExactly("person", "source", "value");
        assertThat(ColumnHeader.words("address_1")).containsExactly("address", "1");
        assertThat(ColumnHeader.words("SSN")).containsExactly("ssn");
        assertThat(ColumnHeader.words("  ")).isEmpty();
    }

    @Test
    void aShippingAddressIsNoIpAddressAndHl7FieldsTheStandardDoesNotListAreJudgedByValues() {
        assertThat(ColumnHeader.meaning("orders", "ship_address").type()).contains(IdentifierType.STREET_ADDRESS);
        assertThat(ColumnHeader.meaning("orders", "shipaddress").type()).isNotEqualTo(Optional.of(IdentifierType.IP_ADDRESS));
        assertThat(ColumnHeader.meaning("oru_observations", "OBX_3").kind()).isEqualTo(Kind.NONE);
        assertThat(ColumnHeader.meaning("oru_observations", "NTE_3").kind()).isEqualTo(Kind.FREE_TEXT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"q8", "Q12", "c1", "V3", "x", "Unnamed: 4", "item_7", "Question 8", "col12", "field_3", "  "})
    void headersOfNumbersAndLettersAloneSayNothing(String header) {
        assertThat(ColumnHeader.saysNothing(header)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"åbningstid", "ventetid", "arbetstid"})
    void scandinavianTimesAreNoIds(String header) {
        assertThat(ColumnHeader.meaning("t", header).type()).isEmpty();
    }

    @Test
    void byAloneIsADanishTownButAfterAVerbItNamesAnActor() {
        assertThat(ColumnHeader.meaning("t", "created_by").type()).isNotEqualTo(Optional.of(IdentifierType.CITY));
    }

    @ParameterizedTest
    @ValueSource(strings = {"hr_07", "HR12", "bp_1", "wt3"})
    void measurementAbbreviationsSaySomething(String header) {
        assertThat(ColumnHeader.saysNothing(header)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"kotikunta,CITY", "Gemeinde,CITY", "roepnaam,GIVEN_NAME", "groom_name,NAME", "bride_name,NAME", "by,CITY",
        "apellido1,FAMILY_NAME", "apellido2,FAMILY_NAME", "nom_naissance,FAMILY_NAME", "navn,NAME", "poststed,CITY",
        "kota,CITY", "worker_name,NAME", "driver_name,NAME", "vek,AGE", "aldur,AGE", "příjmení,FAMILY_NAME",
        "jmeno,GIVEN_NAME", "lungsod,CITY", "sveitarfelag,CITY"})
    void municipalitiesCallNamesAndPeopleOfRegistersAreIdentifiers(String header, String type) {
        assertThat(ColumnHeader.meaning("t", header).type().map(Enum::name)).contains(type);
    }

    @ParameterizedTest
    @ValueSource(strings = {"hours_per_week", "score", "q8_age", "qty", "Anzahl", "nb_enfants", "bp_sys"})
    void headersWithAWordOfThreeLettersSaySomething(String header) {
        assertThat(ColumnHeader.saysNothing(header)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"password", "PASSWORD_HASH", "user_pwd", "pin", "security_answer", "api_key", "accessToken",
        "passwd", "salt", "cvv", "pukCode", "LockerCombination", "mot_de_passe", "clave_banca_online", "Kennwort"})
    void credentialsAreCredentials(String header) {
        assertThat(ColumnHeader.meaning("users", header).kind()).isEqualTo(Kind.CREDENTIAL);
    }

    @ParameterizedTest
    @CsvSource({
        "people, username, OTHER_UNIQUE_IDENTIFIER", "people, login, OTHER_UNIQUE_IDENTIFIER",
        "people, mothers_maiden_name, FAMILY_NAME", "people, MAIDEN, FAMILY_NAME",
        "people, employer, NAME", "customers, company_name, NAME",
        "people, personal_website, URL", "people, domain, URL",
        "people, telephone_number, TELEPHONE_NUMBER", "people, home_phone, TELEPHONE_NUMBER",
        "people, national_id, NATIONAL_ID", "people, nino, NATIONAL_ID", "people, aadhaar, NATIONAL_ID",
        "people, Age, AGE", "people, age_at_visit, AGE",
        "person, birth_datetime, DATE_OF_BIRTH", "people, dob, DATE_OF_BIRTH",
        "people, created_at, DATE", "visit_occurrence, visit_start_datetime, DATE",
        "people, Nachname, FAMILY_NAME", "people, prénom, GIVEN_NAME", "people, telefono, TELEPHONE_NUMBER",
        "location, address_1, STREET_ADDRESS", "provider, provider_name, NAME", "provider, npi, CERTIFICATE_LICENSE_NUMBER",
        "person, person_id, OTHER_UNIQUE_IDENTIFIER", "imaging_studies, SERIES_UID, OTHER_UNIQUE_IDENTIFIER",
        "callRecords, callingMsisdn, TELEPHONE_NUMBER", "subscribers, imsi, OTHER_UNIQUE_IDENTIFIER",
        "vehicles, unitMac, DEVICE_IDENTIFIER", "Students, StateStudentNumber, OTHER_UNIQUE_IDENTIFIER",
        "clients, id_client, OTHER_UNIQUE_IDENTIFIER", "trips, driverRef, OTHER_UNIQUE_IDENTIFIER",
        "cells, cellId, OTHER_UNIQUE_IDENTIFIER", "mitarbeiter, eintrittsdatum, DATE", "altas, fecha_alta, DATE",
        "pacientes, edad, AGE", "patienten, Alter, AGE", "clients, âge, AGE", "pazienti, età, AGE",
        "patienten, leeftijd, AGE", "pacjenci, wiek, AGE", "pacientes, idade, AGE", "patienter, ålder, AGE",
    })
    void identifierHeadersNameTheirType(String table, String header, IdentifierType type) {
        ColumnHeader.Meaning m = ColumnHeader.meaning(table, header);
        assertThat(m.kind()).as(header).isEqualTo(Kind.IDENTIFIER);
        assertThat(m.type()).as(header).isEqualTo(Optional.of(type));
    }

    @ParameterizedTest
    @CsvSource({
        "person, month_of_birth, BIRTH_DATE_PART", "person, day_of_birth, BIRTH_DATE_PART",
        "person, year_of_birth, BIRTH_YEAR", "person, gender_concept_id, CONCEPT_ID",
        "fact_relationship, domain_concept_id_1, CONCEPT_ID",
        "suppliers, company_name, THING_NAME", "products, product_name, THING_NAME", "care_site, care_site_name, THING_NAME",
        "patients, GENDER, VOCABULARY", "people, card_type, VOCABULARY", "people, ticket_type, VOCABULARY", "encounters, ENCOUNTERCLASS, VOCABULARY",
        "people, row_number, RECORD_NUMBER", "note, note_text, FREE_TEXT", "tickets, notes, FREE_TEXT",
        "mitarbeiter, bemerkung, FREE_TEXT", "clients, commentaire, FREE_TEXT", "mitarbeiter, familienstand, VOCABULARY",
        "mitarbeiter, staatsangehoerigkeit, VOCABULARY", "mitarbeiter, krankenkasse, VOCABULARY",
    })
    void conventionsThatAreNotIdentifierTypesHaveTheirOwnKinds(String table, String header, Kind kind) {
        assertThat(ColumnHeader.meaning(table, header).kind()).as(header).isEqualTo(kind);
    }

    @ParameterizedTest
    @ValueSource(strings = {"stage", "dosage", "language", "description", "paid", "valid", "CODE", "quantity"})
    void wordsInsideOtherWordsDoNotMatch(String header) {
        ColumnHeader.Meaning m = ColumnHeader.meaning("t", header);
        assertThat(m.type()).as(header).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "pacienti, prenume, GIVEN_NAME", "pacienti, nume, FAMILY_NAME", "pacienti, varsta, AGE", "pacienti, judet, COUNTY",
        "pacienti, localitate, CITY", "huurders, van, FAMILY_NAME", "huurders, voorname, GIVEN_NAME",
        "huurders, ouderdom, AGE", "huurders, poskode, ZIP_CODE", "huurders, voorstad, GEOGRAPHIC_SUBDIVISION",
        "phu_puai, อายุ, AGE", "phu_puai, นามสกุล, FAMILY_NAME", "phu_puai, รหัสไปรษณีย์, ZIP_CODE",
        "phu_puai, วันเกิด, DATE_OF_BIRTH", "labharthi, आयु, AGE", "labharthi, पति_पिता_का_नाम, NAME",
        "labharthi, जन्म_तिथि, DATE_OF_BIRTH", "labharthi, पिन_कोड, ZIP_CODE", "labharthi, तहसील, COUNTY",
    })
    void headersOfRomanianAfrikaansThaiAndHindi(String table, String header, IdentifierType type) {
        assertThat(ColumnHeader.meaning(table, header).type()).as(header).isEqualTo(Optional.of(type));
    }

    @Test
    void vowelSignsAndToneMarksStayInTheirWord() {
        assertThat(ColumnHeader.words("आयु")).containsExactly("आयु");
        assertThat(ColumnHeader.words("पति_पिता_का_नाम")).containsExactly("पति", "पिता", "का", "नाम");
        assertThat(ColumnHeader.words("รหัสไปรษณีย์")).containsExactly("รหัสไปรษณีย์");
        assertThat(ColumnHeader.words("Województwo")).containsExactly("województwo");
    }

    @Test
    void organisationTablesByWholeWordsOrLongStems() {
        assertThat(ColumnHeader.namesOrganisations("labs")).isTrue();
        assertThat(ColumnHeader.namesOrganisations("lab_sites")).isTrue();
        assertThat(ColumnHeader.namesOrganisations("laboratories")).isTrue();
        assertThat(ColumnHeader.namesOrganisations("companies")).isTrue();
        assertThat(ColumnHeader.namesOrganisations("care_site")).isTrue();
        assertThat(ColumnHeader.namesOrganisations("labharthi")).as("Hindi: beneficiary").isFalse();
        assertThat(ColumnHeader.namesOrganisations("labels")).isFalse();
        assertThat(ColumnHeader.namesOrganisations("bankruptcy_filings")).isFalse();
        assertThat(ColumnHeader.namesOrganisations("websites")).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
        "MBRS, PT_LNM, FAMILY_NAME", "MBRS, PT_FNM, GIVEN_NAME", "MBRS, LST_NM, FAMILY_NAME", "MBRS, RES_CTY, CITY",
        "MGRS, MGR_NM, NAME", "wakimbizi, jina_la_ukoo, NAME", "hromadiany, місто, CITY", "savininkai, miestas, CITY",
        "clients, ln, FAMILY_NAME", "clients, pstl, ZIP_CODE", "cleifion, cyfenw_surname, FAMILY_NAME", "pacientebi, ქალაქი, CITY",
    })
    void abbreviatedHeadersAreReadWithTheirWordsWrittenOut(String table, String header, IdentifierType type) {
        assertThat(ColumnHeader.meaning(table, header).type()).as(header).isEqualTo(Optional.of(type));
        assertThat(ColumnHeader.withAbbreviationsWrittenOut("PT_MI")).isEqualTo("patient_middle_initial");
        assertThat(ColumnHeader.withAbbreviationsWrittenOut("status")).isEqualTo("status");
    }

    /**
     * The category rule has two readers: the header's own meaning (a person's category says nothing, a kind of an
     * identifier is a category whose values are checked, a town with its state is the town) and whether the values
     * may be the person's or the identifier's own. Both come from one reading of the words before the category word.
     */
    @ParameterizedTest
    @CsvSource(textBlock = """
            Patient Type, true, NONE, ''
            Emergency Contact Type, true, NONE, ''
            MRN Type, true, VOCABULARY, ''
            card_type, true, VOCABULARY, ''
            Phone Type, true, VOCABULARY, ''
            City/State, true, IDENTIFIER, CITY
            birthState, false, VOCABULARY, ''
            Death Country, false, VOCABULARY, ''
            Owner Category, true, NONE, ''
            Gender, false, VOCABULARY, ''
            Visit Type, false, VOCABULARY, ''
            Nurse Class, true, NONE, ''
            Attending Physician Status, true, NONE, ''
            password_type, false, VOCABULARY, ''
            SSN Status, true, NONE, ''
            Card AVS Zip Status, true, NONE, ''
            Address Type, true, VOCABULARY, ''
            national_id_type, true, VOCABULARY, ''
            Billing Address Country, true, NONE, ''
            Account Class, true, VOCABULARY, ''
            Age at Consent Flag, true, NONE, ''
            Claim Status, false, VOCABULARY, ''
            Town Country, true, IDENTIFIER, CITY
            Driver License State, true, NONE, ''
            Email Status, true, NONE, ''
            """)
    void theCategoryOfSomeoneIsOneReadingForBothRules(String header, boolean ofSomeone, Kind kind, String type) {
        assertThat(ColumnHeader.namesCategoryOfSomeone("t", header)).as(header).isEqualTo(ofSomeone);
        ColumnHeader.Meaning meaning = ColumnHeader.meaning("t", header);
        assertThat(meaning.kind()).as(header).isEqualTo(kind);
        assertThat(meaning.type().map(Enum::name).orElse("")).as(header).isEqualTo(type);
    }
}
