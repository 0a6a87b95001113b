package dev.warden.core.deid.detect;

import dev.warden.deid.IdentifierType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a column's header (and its table's name) says about the column, by the naming conventions of common schemas:
 * plain English names ({@code first_name}, {@code mothersMaidenName}, {@code home_phone}), the Synthea CSV export
 * ({@code FIRST}, {@code MAIDEN}, {@code BIRTHPLACE}, {@code Id}), the OMOP Common Data Model ({@code *_concept_id},
 * {@code year_of_birth}, {@code month_of_birth}, {@code birth_datetime}, {@code *_source_value}) and flattened FHIR
 * ({@code name_given}, {@code telecom_value}, {@code birthDate}).
 *
 * <p>A header is split into lower-case words at non-alphanumerics and at lower-to-upper case changes
 * ({@code mothersMaidenName} gives {@code mothers, maiden, name}); a rule matches whole words, never a substring of a
 * word, so {@code stage} is not an age and {@code description} not an IP address. A header is evidence, never proof:
 * the proposer weighs it with the values. Never sees a value.
 */
public final class ColumnHeader {

    /** What a header names. */
    public enum Kind {
        /** One of the identifiers: {@link Meaning#type()} says which. */
        IDENTIFIER,
        /** A credential (password, PIN, secret answer, API token): dropped, never kept or hashed. */
        CREDENTIAL,
        /**
         * The month or day of a birth date, or of a date of death, admission or discharge: removed under 45 CFR
         * 164.514(b)(2)(i)(C).
         */
        BIRTH_DATE_PART,
        /** The year of birth alone: kept as a year, with years implying an age over 89 aggregated. */
        BIRTH_YEAR,
        /** An OMOP CDM concept id ({@code *_concept_id}): a shared vocabulary id, the same for everyone. */
        CONCEPT_ID,
        /** A word of shared vocabulary (gender, race, country, status, type, unit, ...). */
        VOCABULARY,
        /** The name of an organisation, product or other thing that is not a person. */
        THING_NAME,
        /** A row or record number. */
        RECORD_NUMBER,
        /** Free text (notes, comments): may embed any identifier. */
        FREE_TEXT,
        /** Nothing recognised. */
        NONE
    }

    /**
     * @param kind what the header names
     * @param type the identifier type when {@code kind} is {@link Kind#IDENTIFIER}
     * @param rule the convention that matched, for the proposal's comment (never a value)
     */
    public record Meaning(Kind kind, Optional<IdentifierType> type, String rule) {
        static Meaning of(Kind kind, String rule) {
            return new Meaning(kind, Optional.empty(), rule);
        }

        static Meaning identifier(IdentifierType type, String rule) {
            return new Meaning(Kind.IDENTIFIER, Optional.of(type), rule);
        }
    }

    /** A municipality's name followed by a word of its official number ({@code kommunkod}, {@code kuntanumero}). */
    private static final java.util.regex.Pattern MUNICIPALITY_CODE = java.util.regex.Pattern.compile(
            "(kommun|kommune|kunta|gemeinde|gemeente|hemkommun|kotikunta)(kod|kode|koodi|nr|nro|nummer|numero|code|id|"
                    + "schlüssel|schluessel|kennziffer|kennzahl)");
    /** Header words of the UK's census output areas (OA, LSOA, MSOA) and Scotland's data zones. */
    private static final Set<String> CENSUS_AREA_WORDS = Set.of("lsoa", "msoa", "datazone");
    /** The ONS's column names of census areas: {@code lsoa11cd}, {@code msoa21nm}, {@code oa11cd}. */
    private static final java.util.regex.Pattern CENSUS_AREA_CODE = java.util.regex.Pattern.compile(
            "(lsoa|msoa|oa|dz)\\d{2}(cd|nm)");

    private static final Set<String> CREDENTIAL_WORDS = Set.of("password", "passwd", "pwd", "passcode", "passphrase",
            "pin", "pw", "pwhash", "secret", "salt", "otp", "totp", "apikey", "token", "pass", "cvv", "cvc", "cvv2", "cvc2", "puk",
            "puk1", "puk2", "pukcode", "combination", "passwort", "kennwort", "senha", "contrasena", "contraseña",
            // card security codes by their other names (card security code, card verification number)
            "csc", "cvn", "cav2", "cvd");
    private static final List<String> CREDENTIAL_PARTS = List.of("password", "passwd", "securityanswer", "secretanswer",
            "securityquestion", "apikey", "accesskey", "privatekey", "secretkey", "authtoken", "accesstoken",
            "refreshtoken", "sessiontoken", "passwordhash", "pinhash", "pincode", "motdepasse", "securitycode",
            "cardverification", "clavebanca", "claveacceso", "clavesecreta", "claveonline", "geheimzahl", "seccode",
            "verificationcode", "verifcode", "cardcode");
    private static final Set<String> NATIONAL_ID = Set.of("nationalid", "nationalidentifier", "nationalidnumber",
            "nationalinsurancenumber", "nino", "nin", "taxid", "tin", "taxnumber", "taxidentificationnumber", "steuerid",
            "steueridentifikationsnummer", "insee", "nir", "aadhaar", "aadhar", "cpf", "cnpj", "dni", "nie", "nif",
            "personnummer", "bsn", "pesel", "idnumber", "idcard", "identitycard", "identitynumber", "citizenid",
            "socialinsurancenumber", "personalidentitycode", "curp", "rut", "codicefiscale", "passport",
            "passportnumber", "passportno", "nhsnumber", "medicarenumber", "healthcard",
            // Belgium's national register number (INSZ, NISS, RRN), New Zealand's National Health Index, Chile's RUN
            // (breaker38, breaker39)
            "nationalnumber", "nationalno", "registrenational", "numeroregistrenational", "nregistrenational",
            "nationalregisternumber", "insz", "niss", "rrn", "nhi", "nhinumber", "nhino", "patientnhi", "runpaciente");
    /**
     * Last words of a header that make it a category of what the words before name: {@code Card AVS Zip Status},
     * {@code Phone Type}, {@code Billing Address Country}, {@code SSN Status}.
     */
    private static final Set<String> CATEGORY_OF_WORDS = Set.of("status", "type", "result", "outcome",
            "country", "state", "province", "category", "kind", "class", "flag", "indicator", "ind", "optin", "optout");
    /**
     * @param table the table's name
     * @param header a column's header
     * @return whether the header names a status, type, class, kind or other category of a person or of an identifier
     *     ({@code Patient Type}, {@code Attending Physician Status}, {@code MRN Type}, {@code card_type}): its values
     *     may be that person's or identifier's own (names, record numbers) rather than categories
     */
    public static boolean namesCategoryOfSomeone(String table, String header) {
        return categoryOf(table, words(header)).filter(c -> c.person() || c.ofIdentifier()).isPresent();
    }

    /**
     * A header whose last word is a category word ({@link #CATEGORY_OF_WORDS}) read as a category of what the words
     * before it name.
     *
     * @param thing the reading of the words before it
     * @param person whether those words name a person (a role, an actor)
     * @param event whether they name a date, so the place of an event (birthState, Death Country)
     * @param placeWithItsState whether it is a town with its state or country (City/State, Town Country)
     */
    private record CategoryOf(Meaning thing, boolean person, boolean event, boolean placeWithItsState) {
        /** Whether the words before name an identifier (not a date): Phone Type, MRN Type, SSN Status. */
        boolean ofIdentifier() {
            return thing.kind() == Kind.IDENTIFIER && thing.type().isPresent() && !event;
        }
    }

    /** The category reading of a header's words, if its last word is a category word and others come before it. */
    private static Optional<CategoryOf> categoryOf(String table, List<String> w) {
        if (w.size() < 2 || !CATEGORY_OF_WORDS.contains(w.get(w.size() - 1))) {
            return Optional.empty();
        }
        String last = w.get(w.size() - 1);
        List<String> before = w.subList(0, w.size() - 1);
        Meaning thing = literalMeaning(table, String.join("_", before));
        boolean event = thing.type().filter(x -> x == IdentifierType.DATE || x == IdentifierType.DATE_OF_BIRTH).isPresent();
        boolean person = before.stream().anyMatch(x -> NAMED_ROLES.contains(x) || ACTOR_WORDS.contains(x)
                || PERSON_WORDS.contains(x) && !NOT_PEOPLE_ALONE.contains(x));
        boolean placeWithItsState = (last.equals("state") || last.equals("province") || last.equals("country"))
                && before.size() == 1 && thing.type().filter(PLACES_WITH_A_STATE::contains).isPresent();
        return Optional.of(new CategoryOf(thing, person, event, placeWithItsState));
    }

    /** Last words naming a kind of the thing before them: a category (card_type), not a status about it. */
    private static final Set<String> KIND_WORDS = Set.of("type", "kind", "category", "class");
    /** The reading of a header naming a kind of an identifier (card_type, national_id_type, MRN Type). */
    public static final String KIND_OF_IDENTIFIER = "the header names a kind of an identifier, not the identifier";

    /** HDX's administrative levels below the first: adm2 to adm5, maybe admin, maybe a name, code or language after. */
    private static final java.util.regex.Pattern ADMIN_LEVEL = java.util.regex.Pattern.compile(
            "adm(?:in)?([2-5])(?:name|pcode|code|ref|alt|en|fr|es|pt|ar)*");

    /** Words before "lic" naming whose licence it is: an ordering or prescribing provider, a state's, a driver's. */
    private static final Set<String> LICENSED_ROLES = Set.of("ordering", "prescribing", "rendering", "state", "medical",
            "nursing", "professional", "prof", "drivers", "pharmacist", "physician", "md", "rn", "np", "dea");

    /** Words before "time" that make it a race's duration, not a time of day (Chip Time, Gun Time, Net Time). */
    private static final Set<String> RACE_TIME_WORDS = Set.of("chip", "gun", "net", "elapsed", "split", "lap", "race",
            "moving", "total", "swim", "bike", "run");

    /** Places written with their state or country in one column (City/State, Zip Country). */
    private static final Set<IdentifierType> PLACES_WITH_A_STATE = Set.of(IdentifierType.CITY, IdentifierType.ZIP_CODE,
            IdentifierType.COUNTY);
    /**
     * Words of {@link #PERSON_WORDS} that name no person on their own, only before {@code name} (Account Type,
     * Billing Country, Sales Status, Birth State, Display Class are categories of things or events).
     */
    private static final Set<String> NOT_PEOPLE_ALONE = Set.of("account", "ship", "billing", "birth", "sales", "full",
            "middle", "nick", "display", "legal", "preferred", "given", "family", "first", "last", "sur", "fore", "own",
            "emergency", "household", "parent", "child");
    /**
     * First words of a header in Spanish, Portuguese, Italian, French, German, Polish and Czech that make it a category
     * of what follows: {@code Tipo de Documento}, {@code Estado Civil}, {@code Statut}, {@code Typ}. (Not English
     * ones: {@code Status Date} is a date.)
     */
    private static final Set<String> CATEGORY_OF_FIRST_WORDS = Set.of("tipo", "estado", "statut", "stato", "typ");

    private static final Set<String> VOCABULARY = Set.of("gender", "sex", "race", "ethnicity", "ethnic", "marital",
            "maritalstatus", "religion", "language", "languages", "nationality", "citizenship", "country", "state",
            "province", "bloodtype", "bloodgroup", "status", "type", "category", "class", "kind", "priority", "channel",
            "currency", "unit", "units", "specialty", "speciality", "tier", "severity", "outcome", "flag", "active",
            "deleted", "enabled", "ownership", "modality", "route", "stage", "grade", "level", "segment", "plan",
            "relationship", "veteran", "smoker", "smoking", "sexualorientation", "occupation", "workclass",
            "education", "income", "salary", "jobtitle", "title", "profession", "department", "role", "diagnosis",
            "region", "insurer", "insurance",
            // the same categories in German, French, Spanish, Italian and Dutch headers
            "geschlecht", "sexe", "sexo", "sesso", "geslacht", "familienstand", "zivilstand", "etatcivil",
            "situationfamiliale", "estadocivil", "statocivile", "burgerlijkestaat", "staatsangehoerigkeit",
            "staatsangehorigkeit", "staatsbuergerschaft", "nationalite", "nacionalidad", "nazionalita",
            "nationaliteit", "konfession", "religionszugehoerigkeit", "religione", "religio", "sprache", "langue",
            "idioma", "lingua", "beruf", "taetigkeit", "krankenkasse", "krankenversicherung", "versicherung",
            "steuerklasse", "bundesland", "kanton", "provinz", "abteilung", "kategorie", "categorie", "categoria",
            "typ", "tipo", "art", "stufe", "niveau", "nivel", "livello", "profesion", "professione", "beroep",
            "ocupacion", "estado", "etat", "stato", "statut", "segmento",
            // an animal's species and breed (veterinary, farm and registry exports)
            "species", "breed", "especie", "espécie", "espece", "espèce", "specie", "raca", "raça", "raza", "rasse",
            "razza", "ras", "rasa", "tierart",
            // kinds, sources, results and relations of a record, and education, department and position, as
            // English, Romance, Germanic and Slavic headers name them
            "relation", "band", "payband", "source", "result", "results", "form", "mode", "model", "allergy",
            "allergies", "allergen", "method", "frequency", "colour", "color", "division", "contract", "parentesco",
            "parentela", "verwandtschaft", "relacion", "relación", "resultado", "risultato", "ergebnis", "resultat",
            "résultat", "wynik", "fuente", "origen", "quelle", "herkunft", "fonte", "origine", "bron", "źródło",
            "forma", "tryb", "etap", "escolaridade", "scolarité", "bildungsabschluss", "istruzione", "opleiding",
            "utbildning", "wykształcenie", "département", "departamento", "reparto", "afdeling", "avdelning",
            "osasto", "dział", "stanowisko", "puesto", "cargo", "mansione", "functie",
            // faculties, degrees, civil status, blood groups, departments and positions (Dutch, German, Finnish,
            // Scandinavian, Portuguese, Korean, Chinese), travel classes and service codes, reasons and conditions
            "faculty", "faculteit", "fakultät", "faculté", "facultad", "degree", "graad", "grado", "abschluss",
            "siviilisääty", "sivilstand", "civilstand", "porte", "situacao", "situação", "situacion", "situación",
            "혈액형", "진료과", "직위", "부서", "직급", "血型", "科室", "职位", "职称", "职务", "部门", "ssr", "rbd", "cabin", "farebasis",
            "condition", "peruste");
    /** The rule of a company column in a table whose name says its rows are organisations. */
    public static final String ORGANISATION_COMPANY_RULE = "a company column of a table of organisations";

    /**
     * @param column a foreign key column's header
     * @return whether its words name a person acting on the row (head, approver, author of a change) rather than the
     *     row's subject
     */
    public static boolean namesActor(String column) {
        return words(column).stream().anyMatch(ACTOR_WORDS::contains);
    }

    /** Words of a key that names one person, or one person's account, session or device (user_id, PHPSESSID). */
    private static final Set<String> PERSON_KEY_WORDS = Set.of("user", "uid", "userid", "account", "acct", "player",
            "visitor", "session", "sessionid", "sid", "phpsessid", "jsessionid", "cookie", "actor", "login", "owner",
            "rider", "device", "contact", "subscriber", "msisdn", "imsi",
            // a gift's donor and a funeral's decedent on each line of a statement or a gift (breaker71)
            "donor", "decedent", "deceased");

    /**
     * @param column a column's header
     * @return whether a word of it names a data subject or the subject's account, session or device
     *     ({@code patient_id}, {@code userId}, {@code uid}, {@code cookie_sessionid}): in a table whose rows are
     *     linked to no other data subject, such a column names them, however many rows each value has
     */
    public static boolean namesPersonKey(String column) {
        List<String> w = words(column);
        if (w.stream().anyMatch(x -> SUBJECT_WORDS.contains(x) || PERSON_KEY_WORDS.contains(x) || ACTOR_WORDS.contains(x))) {
            return true;
        }
        // Emp Code, Cust No: the words written out (a salary register's employee on every month; breaker65)
        String expanded = withAbbreviationsWrittenOut(column);
        if (!expanded.equals(column) && words(expanded).stream().anyMatch(SUBJECT_WORDS::contains)) {
            return true;
        }
        // Moodle's run-together headers: modifierid, relateduserid, usermodified
        String n = String.join("", w);
        if (PERSON_HEADERS.contains(n)) {
            return true;
        }
        String stem = n.endsWith("id") && n.length() > 2 ? n.substring(0, n.length() - 2) : n;
        return PERSON_KEY_STEMS.stream().anyMatch(x -> stem.startsWith(x) || stem.endsWith(x));
    }

    /**
     * @param column a column's header
     * @return whether it names the key of a person acting on the row: a word of {@link #namesActor}'s, or a
     *     run-together header beginning with one ({@code modifierid}, {@code creatorid}, {@code authorid})
     */
    public static boolean namesActorKey(String column) {
        if (namesActor(column)) {
            return true;
        }
        String n = joinedWords(column);
        return ACTOR_KEY_STEMS.stream().anyMatch(n::startsWith);
    }

    /** Beginnings of run-together headers naming a person acting on the row (modifierid, creatorid, authorid). */
    private static final List<String> ACTOR_KEY_STEMS = List.of("modifier", "creator", "author", "editor", "approver",
            "reviewer", "grader", "assessor");
    /**
     * Beginnings or ends of run-together headers naming a person's key (modifierid, relateduserid, usermodified): the
     * actors' and the data subjects'.
     */
    private static final List<String> PERSON_KEY_STEMS = java.util.stream.Stream.concat(ACTOR_KEY_STEMS.stream(),
            java.util.stream.Stream.of("user", "owner", "actor", "member", "patient", "customer", "student", "person",
                    "teacher",
                    // a clinical trial's subject: SDTM USUBJID, SUBJID; ParticipantID
                    "subj", "subject", "participant")).toList();

    /** A fleet's units: Vehicle Name, Fleet No, Truck, Trailer Number. */
    private static final Set<String> FLEET_WORDS = Set.of("vehicle", "fleet", "truck", "trailer", "lorry", "van",
            // German: Kfz (Kraftfahrzeug), as a rental's or a fleet's column of plates (breaker73); not Fahrzeug, a
            // vehicle class as often (Kleinwagen; breaker81)
            "kfz");

    /** Words beside "plate" that make it a vehicle's registration plate. */
    private static final Set<String> PLATE_WORDS = Set.of("car", "vehicle", "license", "licence", "number", "no", "nr",
            "reg", "registration", "auto", "truck", "motor", "kfz");

    /** Events of a life whose place, beside the word place, is a geographic subdivision (GEDCOM tags too). */
    private static final Set<String> LIFE_EVENT_WORDS = Set.of("death", "deat", "burial", "buri", "marriage", "marr",
            "baptism", "bapm", "chr", "christening", "residence", "resi", "birth", "birt", "wedding");
    /** Whole headers naming a year of birth in other languages. */
    private static final Set<String> BIRTH_YEAR_WORDS = Set.of("geburtsjahr", "gebjahr", "jahrgang", "anneedenaissance",
            "annéedenaissance", "anodenacimiento", "añodenacimiento", "annodinascita", "geboortejaar", "fodelsear",
            "födelseår", "rokurodzenia", "anonascimento", "anodenascimento",
            // Kinyarwanda: the year of birth (breaker89)
            "umwakawamavuko");

    /** Beginnings or ends of a key naming a study's or a record's data subject: patient_id, USUBJID, ParticipantID. */
    private static final List<String> SUBJECT_KEY_STEMS = List.of("patient", "person", "subject", "subj", "participant");

    /**
     * @param column a column's header
     * @return whether it names the key of a data subject (a patient, person, study subject or participant), not of an
     *     account, session or device ({@code USUBJID}, {@code patient_id}; not {@code account_id})
     */
    public static boolean namesSubjectKey(String column) {
        String n = joinedWords(column);
        String stem = n.endsWith("id") && n.length() > 2 ? n.substring(0, n.length() - 2) : n;
        return SUBJECT_KEY_STEMS.stream().anyMatch(x -> stem.startsWith(x) || stem.endsWith(x));
    }

    /** Header words of a person's demographics: a table with one describes people, not things. */
    private static final Set<String> DEMOGRAPHIC_WORDS = Set.of("sex", "gender", "race", "ethnicity", "ethnic",
            "marital", "maritalstatus");

    /**
     * @param column a column's header
     * @return whether it names a person's sex, gender, race, ethnicity or marital status ({@code SEX}, {@code gender},
     *     {@code eeo_race}): a table holding one describes people
     */
    public static boolean namesDemographic(String column) {
        return words(column).stream().anyMatch(DEMOGRAPHIC_WORDS::contains);
    }

    /**
     * @param header a column's header
     * @return whether a word of it names a region larger than a city: a state, province, region or country
     *     (birthState, province, country_of_residence)
     */
    public static boolean namesRegion(String header) {
        return words(header).stream().anyMatch(REGION_WORDS::contains);
    }

    /**
     * @param header a column's header
     * @return whether it names a company (company, company_name, raison_sociale, Firma), as the row's own name or a
     *     person's employer
     */
    public static boolean namesCompany(String header) {
        List<String> w = words(header);
        String n = String.join("", w);
        return w.contains("company") || n.startsWith("company") || n.endsWith("company") || n.contains("companyname")
                || COMPANY_NAMES_IN_OTHER_LANGUAGES.stream().anyMatch(n::startsWith);
    }

    /**
     * Whether a table's name says its rows are organisations (suppliers, payers, organizations, hospitals).
     *
     * @param table the table's name
     * @return true when a word of the name begins like a kind of organisation
     */
    public static boolean namesOrganisations(String table) {
        List<String> w = words(table);
        return w.stream().anyMatch(ColumnHeader::organisationWord) || organisationWord(String.join("", w));
    }

    /**
     * A word that names a kind of organisation: one of {@link #ORGANISATION_TABLES}, its plural, or a word beginning
     * with one of its stems of five letters or more (compan-ies, organi-zations, pharmac-ies). A short one (lab, site,
     * bank) is a whole word only, so that the Hindi labharthi (beneficiary) or a label is no lab.
     */
    private static boolean organisationWord(String w) {
        for (String o : ORGANISATION_TABLES) {
            // German compounds put the organisation last (Abholfiliale, Heimatfiliale; breaker73)
            if (w.equals(o) || w.equals(o + "s") || w.equals(o + "es") || o.length() >= 5 && w.startsWith(o)
                    || o.length() >= 7 && w.endsWith(o)) {
                return true;
            }
        }
        return false;
    }

    /** Headers (or their last word) that name what is bought, sold or stocked: things, not people. */
    private static final Set<String> THING_WORDS = Set.of("item", "items", "product", "products", "article", "articles",
            "merchandise", "goods", "sku", "commodity", "produk", "produkt", "produkte", "producto", "productos",
            "prodotto", "prodotti", "produit", "produits", "produto", "artikel", "barang", "товар", "商品", "상품");
    /** Words before "name" that make it a person's name. */
    private static final Set<String> PERSON_WORDS = Set.of("full", "hoh", "household", "patient", "person", "contact", "owner", "customer",
            "employee", "user", "member", "mother", "mothers", "father", "fathers", "spouse", "emergency", "guardian",
            "recipient", "middle", "nick", "display", "legal", "preferred", "subscriber", "insured", "beneficiary",
            "client", "student", "applicant", "holder", "cardholder", "account", "ship", "billing", "next", "kin",
            "parent", "child", "maiden", "birth", "author", "signer", "witness", "doctor", "physician", "nurse",
            "provider", "practitioner", "caregiver", "manager", "supervisor", "representative", "agent", "sales",
            "rep", "responsible", "given", "family", "first", "last", "sur", "fore",
            // staff named on a claim or an application (Adjuster Name, Counselor Name, Recommender 1 Name)
            "adjuster", "counselor", "counsellor", "recommender", "advisor", "adviser", "caseworker", "assessor",
            // a studio's piercer and tattooer, an audiology practice's audiologist and hearing-aid dispenser (breaker91)
            "piercer", "tattooer", "audiologist", "dispenser",
            // an office's executive director (EXEC_DIR_NM; breaker63); a safety report's reporter (E2B; breaker67)
            "director", "executive", "reporter", "notifier",
            // people by the role they play (worker_name, driver_name): a role is a person, not a thing
            "worker", "staff", "carer", "officer", "seller", "buyer", "driver", "courier", "rider", "teacher", "instructor", "coach", "trainer", "therapist", "dentist", "pharmacist", "surgeon", "clinician", "technician", "operator", "reviewer", "approver", "assignee", "referrer", "interviewer", "recruiter", "examiner", "inspector", "collector", "vaccinator", "pemilik", "penjual", "pembeli",
            // people of a register's events: marriages, baptisms, burials, court cases, donations, trips
            // a money transfer's remitter and the party ordering it (Remitter Name, Ordenante; breaker74's probes)
            "remitter", "remittee", "remitente", "ordenante",
            // a food bank's proxy and shopper, who collect for a household (breaker79)
            "proxy", "shopper",
            "pledgor", "pawnor", "consignor", "transferee", "transferor", "purchaser", "mortgagor", "groom", "bride", "husband", "wife", "son", "daughter", "baby", "infant", "deceased", "decedent", "informant", "godparent", "godfather", "godmother", "officiant", "widow", "widower", "heir", "victim", "suspect", "defendant", "plaintiff", "donor", "passenger", "guest", "tenant", "bridegroom", "partner",
            // people of public records and logs: assessor rolls, bookings, births, contributions (breaker23)
            "own", "attendant", "certifier", "midwife", "inmate", "prisoner", "bookee", "subj", "mom", "dad", "arrestee", "offender", "detainee", "contributor", "filer", "payee", "borrower", "debtor", "grantor", "grantee", "landlord", "lessee", "lessor", "registrant", "enrollee", "insuree", "dependent", "dependant", "relative", "sibling", "brother", "sister", "friend", "neighbour", "neighbor", "visitor", "caller", "sender", "addressee", "cosigner", "signatory", "notary", "coroner", "registrar", "judge", "attorney", "lawyer", "counsel", "complainant", "respondent", "petitioner", "appellant", "juror", "broker", "realtor", "appraiser", "volunteer", "trainee", "patron", "taxpayer", "voter", "citizen", "resident", "participant", "claimant", "policyholder", "accountholder", "learner", "pupil", "candidate", "mum", "mommy", "daddy", "grandparent", "grandmother", "grandfather", "stepparent", "foster",
            // a clinical trial's staff (SDTM INVNAM, investigator_name); a grant's principal investigators and project
            // leaders (NIH ExPORTER's PI_NAMEs, RePORTER's Other PI or Project Leader(s); breaker56)
            "investigator", "coordinator", "pi", "pis", "leader", "leaders", "mentor",
            // a logbook's pilots and crew (Pilot ID, Airman ID; breaker57)
            "pilot", "copilot", "airman", "aviator", "crewmember",
            // a building permit's contractor, often a sole proprietor named as the business (breaker60)
            "contractor", "subcontractor",
            // a full name in German (Teams' Vollständiger Name; breaker61)
            "vollständiger", "vollstaendiger", "vollstandiger",
            // field survey staff and attendants (Kobo enum_name, SubmitterName, اسم الباحث, DHIS2's MCH Name of TBA;
            // breaker52)
            "enumerator", "enum", "enqueteur", "enquêteur", "surveyor", "submitter", "researcher", "الباحث", "tba",
            // a vehicle's registered owner (R/O Name; breaker55)
            "ro",
            // DICOM's OperatorsName, PerformingPhysicianName; a technologist (breaker38)
            "operators", "technologist", "performing", "referring", "requesting", "attending", "ordering",
            // a gift's honoree (NPSP Honoree Name, In Memory Of); a household's greetings and addressees
            "honoree", "honouree", "tributee", "greeting", "envelope");
    /** Tables whose rows are organisations: a "company" column there names the row itself, not a person's employer. */
    private static final List<String> ORGANISATION_TABLES = List.of("supplier", "shipper", "vendor", "compan",
            "organi", "payer", "insurer", "manufacturer", "carrier", "partner", "store", "hospital", "facilit",
            "caresite", "site", "clinic", "pharmac", "lab", "laborator", "bank", "branch", "department", "dept", "division",
            "agency", "agencies", "school", "librar", "employer", "warehouse",
            // in other languages: Abteilung, Filiale, Niederlassung, Klinik, Krankenhaus, Schule, Firma, Unternehmen,
            // Lieferant (de); département, agence, hôpital, école, entreprise, fournisseur (fr); departamento,
            // sucursal, empresa, proveedor (es); reparto, azienda, fornitore (it)
            "abteilung", "filiale", "niederlassung", "klinik", "krankenhaus", "schule", "firma", "unternehmen",
            "lieferant", "departement", "agence", "hopital", "ecole", "entreprise", "fournisseur", "departamento",
            "sucursal", "empresa", "proveedor", "reparto", "azienda", "fornitore");
    /** Header words that name an identifier wherever they stand in the header (callingMsisdn, unitMac, device_imei). */
    private static final java.util.Map<String, IdentifierType> IDENTIFIER_WORDS = java.util.Map.of(
            "msisdn", IdentifierType.TELEPHONE_NUMBER, "imei", IdentifierType.DEVICE_IDENTIFIER,
            "imsi", IdentifierType.OTHER_UNIQUE_IDENTIFIER, "iccid", IdentifierType.DEVICE_IDENTIFIER,
            "mac", IdentifierType.DEVICE_IDENTIFIER, "macaddress", IdentifierType.DEVICE_IDENTIFIER,
            "iban", IdentifierType.IBAN);
    /** Words for "number" at either end of a header. */
    private static final Set<String> NUMBER_WORDS = Set.of("number", "num", "no", "nr", "nbr", "numero", "nummer",
            "ref", "code", "key");
    /** Words that make a header a number or an id of what it names (Badge No, Medicaid number): no ref, code or key. */
    private static final Set<String> NUMBER_OR_ID = Set.of("number", "num", "no", "nr", "nbr", "id");
    /** "Authorisation" in English, Spanish, Portuguese, French, Italian and German headers. */
    private static final Set<String> AUTHORISATION_WORDS = Set.of("authorization", "authorisation", "autorizacion",
            "autorización", "autorização", "autorizacao", "autorisation", "autorizzazione", "genehmigungsnummer");
    /** "Number" in Spanish, Portuguese, Italian and French headers, written out or abbreviated. */
    private static final Set<String> NUMBER_WORDS_IN_OTHER_LANGUAGES = Set.of("numero", "número", "nro", "nº", "núm",
            "nro.", "numéro", "num", "n");
    /** Words naming the people a record is about, in a number's header (student, patient, client). */
    private static final Set<String> SUBJECT_WORDS = Set.of("student", "pupil", "patient", "member", "customer",
            "client", "cliente", "employee", "user", "person", "subscriber", "citizen", "voter", "taxpayer", "insured",
            "beneficiary", "applicant", "candidate", "participant", "subject", "resident", "guest", "passenger",
            "driver", "personnel", "staff", "learner", "claimant", "policyholder", "accountholder",
            "kunde", "kunden", "eleve", "alumno", "paciente", "mitglied", "socio", "adherent",
            // a hotel's guest in German, Spanish, Italian, French, Polish (breaker30)
            "gast", "huesped", "huésped", "ospite", "hote", "hôte", "gosc", "gość");
    /** A company's name in French, Spanish, Italian, German and Dutch headers (raison sociale, razón social, Firma). */
    private static final List<String> COMPANY_NAMES_IN_OTHER_LANGUAGES = List.of("raisonsociale", "razonsocial",
            "ragionesociale", "firmenname", "firma", "empresa", "societe", "entreprise", "bedrijfsnaam", "arbeitgeber",
            // Austria's word for an employer (breaker77)
            "dienstgeber",
            "employeur", "empleador", "datoredilavoro", "werkgever", "работодатель", "pracodawca", "zaměstnavatel",
            "zamestnavatel", "munkáltató", "munkahely", "tööandja", "työnantaja", "arbetsgivare", "arbejdsgiver",
            "arbeidsgiver", "işveren", "empregador", "εργοδότης", "雇主", "勤務先", "직장");
    /** Words for notes and remarks in German, French, Spanish, Italian and Dutch headers. */
    private static final Set<String> NOTES_IN_OTHER_LANGUAGES = Set.of("notas", "opombe", "opomba", "備考", "メモ", "备注", "備註", "附註", "附注", "비고", "notlar",
            "ghichú", "ghichu",
            "açıklama", "aciklama", "ملاحظات", "टिप्पणी", "примечание", "примечания", "комментарий",
            "заметки", "σημειώσεις", "σημειωσεις", "σχόλια", "σχολια", "παρατηρήσεις", "observacoes", "observações",
            "anteckning", "anteckningar", "journalanteckning", "merknad", "bemærkning", "huomautus", "anmerkung", "anmerkungen", "bemerkung",
            "bemerkungen", "kommentar", "kommentare", "notiz", "notizen", "hinweis", "hinweise", "commentaire",
            "commentaires", "remarque", "remarques", "comentario", "comentarios", "observaciones", "commento",
            "commenti", "osservazioni", "opmerking", "opmerkingen",
            // a Brazilian consultation's chief complaint and history, a prescription's dosage directions (breaker74)
            "queixa", "queixaprincipal", "anamnese", "anamnesis", "posologia", "posología");
    /**
     * Header words of a link to a person acting on a row rather than the row's subject: the head of a department, who
     * approved, created or changed it ({@code leiter_personalnummer}, {@code approved_by}, {@code genehmigt_von}).
     */
    private static final Set<String> ACTOR_WORDS = Set.of("leiter", "leiterin", "manager", "head", "chef", "lead",
            "leader", "supervisor", "vorgesetzter", "approved", "approver", "genehmigt", "created", "creator", "updated",
            "modified", "responsible", "verantwortlich", "reviewer", "reviewed", "signed", "entered", "recorded",
            "assigned", "by", "von", "par", "por", "reports", "erstellt", "geaendert", "bearbeiter");
    private static final Set<String> NOT_AN_ID = Set.of(
            // Danish, Norwegian and Swedish "tid" (time): opening hours, waiting and working times
            "åbningstid", "ventetid", "arbejdstid", "starttid", "sluttid", "mødetid", "öppettid", "väntetid", "arbetstid",
            "åpningstid", "arbeidstid", "leveringstid", "leveranstid", "behandlingstid", "svartid", "responstid",
            "spisetid", "sovetid", "paid", "valid", "invalid", "fluid", "acid", "liquid", "solid",
            "hybrid", "thyroid", "steroid", "covid", "rapid", "humid", "unpaid", "prepaid", "overpaid", "android",
            "avoid", "void", "david", "squid", "vivid", "lucid", "rigid", "candid", "timid", "aid", "said", "maid",
            "raid", "grid", "bid", "kid", "lid", "mid", "rid", "did", "hid", "orchid", "pyramid", "opioid", "lipid",
            "druid", "humanoid", "asteroid", "fibroid", "keloid", "adenoid", "mermaid", "bridesmaid", "medicaid",
            "postpaid", "forbid", "amid", "afraid", "splendid", "stupid", "torrid", "horrid", "morbid", "insipid");

    /** Common header words of other languages (German, French, Spanish, Italian, Portuguese, Dutch, Nordic, Polish). */
    private static final java.util.Map<String, IdentifierType> OTHER_LANGUAGES = java.util.Map.ofEntries(
            java.util.Map.entry("vorname", IdentifierType.GIVEN_NAME),
            // a cédula anywhere in the header: the patient's, the tutor's, the teacher's (Cédula Docente, Cédula/DIMEX;
            // breaker90)
            java.util.Map.entry("cédula", IdentifierType.NATIONAL_ID), java.util.Map.entry("cedula", IdentifierType.NATIONAL_ID),
            java.util.Map.entry("dimex", IdentifierType.NATIONAL_ID),
            // Spanish (Chile: nombres, comuna), Dutch and French (Belgium: naam, familienaam, geboorteplaats, straat,
            // INSZ/NISS), New Zealand's NHI (breaker38, breaker39)
            java.util.Map.entry("nombres", IdentifierType.GIVEN_NAME), java.util.Map.entry("comuna", IdentifierType.CITY),
            // Welsh and Irish names (enw, enw cyntaf, cyfenw; ainm, céadainm, sloinne: breaker68)
            java.util.Map.entry("enw", IdentifierType.NAME), java.util.Map.entry("ainm", IdentifierType.NAME),
            java.util.Map.entry("céadainm", IdentifierType.GIVEN_NAME), java.util.Map.entry("ceadainm", IdentifierType.GIVEN_NAME),
            java.util.Map.entry("sloinne", IdentifierType.FAMILY_NAME),
            // a county in Spanish and Swahili (condado, kaunti, kaunti ndogo), a Kenyan ward (wadi), a town in French
            // (municipalité, localité); a latitude in Spanish, Italian and German (breaker62, breaker63, breaker64)
            java.util.Map.entry("condado", IdentifierType.COUNTY), java.util.Map.entry("kaunti", IdentifierType.COUNTY),
            // an Afrikaans ward (wyk, wyknommer; breaker68)
            java.util.Map.entry("wyk", IdentifierType.GEOGRAPHIC_SUBDIVISION), java.util.Map.entry("wyknommer", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("wadi", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("municipalité", IdentifierType.CITY), java.util.Map.entry("municipalite", IdentifierType.CITY),
            java.util.Map.entry("localité", IdentifierType.CITY), java.util.Map.entry("localite", IdentifierType.CITY),
            // not longitud, which is also Spanish for a length (Longitud (cm); breaker66)
            java.util.Map.entry("latitud", IdentifierType.GEOCOORDINATE),
            java.util.Map.entry("latitudine", IdentifierType.GEOCOORDINATE), java.util.Map.entry("longitudine", IdentifierType.GEOCOORDINATE),
            java.util.Map.entry("breitengrad", IdentifierType.GEOCOORDINATE), java.util.Map.entry("längengrad", IdentifierType.GEOCOORDINATE),
            java.util.Map.entry("laengengrad", IdentifierType.GEOCOORDINATE),

            java.util.Map.entry("naam", IdentifierType.NAME), java.util.Map.entry("familienaam", IdentifierType.FAMILY_NAME),
            java.util.Map.entry("nomdefamille", IdentifierType.FAMILY_NAME),
            java.util.Map.entry("geboorteplaats", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("lieunaissance", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("busnummer", IdentifierType.STREET_ADDRESS), java.util.Map.entry("straat", IdentifierType.STREET_ADDRESS), java.util.Map.entry("straatnaam", IdentifierType.STREET_ADDRESS),
            java.util.Map.entry("insz", IdentifierType.NATIONAL_ID), java.util.Map.entry("niss", IdentifierType.NATIONAL_ID),
            java.util.Map.entry("ménage", IdentifierType.OTHER_UNIQUE_IDENTIFIER),
            java.util.Map.entry("menage", IdentifierType.OTHER_UNIQUE_IDENTIFIER),
            // Traditional and Simplified Chinese: township or district, village, neighbourhood, postcode (breaker40)
            java.util.Map.entry("鄉鎮市區", IdentifierType.CITY), java.util.Map.entry("乡镇市区", IdentifierType.CITY),
            java.util.Map.entry("鄉鎮", IdentifierType.CITY), java.util.Map.entry("乡镇", IdentifierType.CITY),
            java.util.Map.entry("行政區", IdentifierType.CITY), java.util.Map.entry("行政区", IdentifierType.CITY),
            java.util.Map.entry("村里", IdentifierType.GEOGRAPHIC_SUBDIVISION), java.util.Map.entry("鄰", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("郵遞區號", IdentifierType.ZIP_CODE), java.util.Map.entry("邮递区号", IdentifierType.ZIP_CODE),
            java.util.Map.entry("郵遞區號3碼", IdentifierType.ZIP_CODE), java.util.Map.entry("郵政編碼", IdentifierType.ZIP_CODE),
            java.util.Map.entry("邮政编码", IdentifierType.ZIP_CODE),
            // Georgian and Welsh (breaker16); "surname" as a word of any header (cyfenw_surname)
            java.util.Map.entry("ქალაქი", IdentifierType.CITY), java.util.Map.entry("სოფელი", IdentifierType.CITY),
            java.util.Map.entry("სახელი", IdentifierType.GIVEN_NAME), java.util.Map.entry("გვარი", IdentifierType.FAMILY_NAME),
            java.util.Map.entry("ასაკი", IdentifierType.AGE), java.util.Map.entry("მისამართი", IdentifierType.STREET_ADDRESS),
            java.util.Map.entry("surname", IdentifierType.FAMILY_NAME), java.util.Map.entry("cyfenw", IdentifierType.FAMILY_NAME),
            java.util.Map.entry("surnames", IdentifierType.FAMILY_NAME),
            // Croatian, Serbian, Bosnian and Spanish addresses; Argentine payroll's employee number, CUIL/CUIT and bank
            // accounts (CBU, CVU); Croatian OIB and MBO; Swiss AHV/AVS numbers and insurance cards; Swahili national
            // id and telephone (breaker42, breaker43)
            java.util.Map.entry("adresa", IdentifierType.STREET_ADDRESS), java.util.Map.entry("adresszusatz", IdentifierType.STREET_ADDRESS), java.util.Map.entry("prebivalište", IdentifierType.STREET_ADDRESS),
            java.util.Map.entry("prebivaliste", IdentifierType.STREET_ADDRESS), java.util.Map.entry("domicilio", IdentifierType.STREET_ADDRESS),
            java.util.Map.entry("legajo", IdentifierType.OTHER_UNIQUE_IDENTIFIER),
            java.util.Map.entry("cuil", IdentifierType.NATIONAL_ID), java.util.Map.entry("cuit", IdentifierType.NATIONAL_ID),
            java.util.Map.entry("cbu", IdentifierType.ACCOUNT_NUMBER), java.util.Map.entry("cvu", IdentifierType.ACCOUNT_NUMBER),
            java.util.Map.entry("oib", IdentifierType.NATIONAL_ID), java.util.Map.entry("mbo", IdentifierType.HEALTH_PLAN_BENEFICIARY_NUMBER),
            java.util.Map.entry("ahv", IdentifierType.NATIONAL_ID), java.util.Map.entry("avs", IdentifierType.NATIONAL_ID),
            java.util.Map.entry("ahvn", IdentifierType.NATIONAL_ID), java.util.Map.entry("navs", IdentifierType.NATIONAL_ID),
            java.util.Map.entry("versichertenkarte", IdentifierType.HEALTH_PLAN_BENEFICIARY_NUMBER),
            java.util.Map.entry("tessera", IdentifierType.HEALTH_PLAN_BENEFICIARY_NUMBER),
            java.util.Map.entry("kitambulisho", IdentifierType.NATIONAL_ID), java.util.Map.entry("simu", IdentifierType.TELEPHONE_NUMBER),
            java.util.Map.entry("tref", IdentifierType.CITY), java.util.Map.entry("cyfeiriad", IdentifierType.STREET_ADDRESS),
            java.util.Map.entry("dyddiadgeni", IdentifierType.DATE_OF_BIRTH), java.util.Map.entry("codpost", IdentifierType.ZIP_CODE),
            // towns, villages, names, addresses in Ukrainian, Lithuanian and Swahili (breaker15)
            java.util.Map.entry("місто", IdentifierType.CITY), java.util.Map.entry("село", IdentifierType.CITY),
            java.util.Map.entry("селище", IdentifierType.CITY), java.util.Map.entry("miestas", IdentifierType.CITY),
            java.util.Map.entry("kaimas", IdentifierType.CITY), java.util.Map.entry("gyvenviete", IdentifierType.CITY),
            java.util.Map.entry("gyvenvietė", IdentifierType.CITY), java.util.Map.entry("kijiji", IdentifierType.CITY),
            java.util.Map.entry("mji", IdentifierType.CITY), java.util.Map.entry("jina", IdentifierType.NAME),
            java.util.Map.entry("anwani", IdentifierType.STREET_ADDRESS), java.util.Map.entry("makazi", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("mkuuwakaya", IdentifierType.NAME), java.util.Map.entry("headofhousehold", IdentifierType.NAME),
            // names, places, postcodes, ages and birth dates in Hebrew, Persian, Bulgarian and Malay (breaker14)
            java.util.Map.entry("שם", IdentifierType.NAME), java.util.Map.entry("שםפרטי", IdentifierType.GIVEN_NAME),
            java.util.Map.entry("שםמשפחה", IdentifierType.FAMILY_NAME), java.util.Map.entry("עיר", IdentifierType.CITY),
            java.util.Map.entry("יישוב", IdentifierType.CITY), java.util.Map.entry("ישוב", IdentifierType.CITY),
            java.util.Map.entry("מיקוד", IdentifierType.ZIP_CODE), java.util.Map.entry("גיל", IdentifierType.AGE),
            java.util.Map.entry("תאריךלידה", IdentifierType.DATE_OF_BIRTH), java.util.Map.entry("כתובת", IdentifierType.STREET_ADDRESS),
            java.util.Map.entry("نام", IdentifierType.NAME), java.util.Map.entry("نامخانوادگی", IdentifierType.FAMILY_NAME),
            java.util.Map.entry("نامپدر", IdentifierType.NAME), java.util.Map.entry("شهر", IdentifierType.CITY),
            java.util.Map.entry("کدپستی", IdentifierType.ZIP_CODE), java.util.Map.entry("سن", IdentifierType.AGE),
            java.util.Map.entry("تاریختولد", IdentifierType.DATE_OF_BIRTH), java.util.Map.entry("نشانی", IdentifierType.STREET_ADDRESS),
            java.util.Map.entry("име", IdentifierType.GIVEN_NAME), java.util.Map.entry("презиме", IdentifierType.NAME),
            java.util.Map.entry("град", IdentifierType.CITY),
            java.util.Map.entry("пощенскикод", IdentifierType.ZIP_CODE), java.util.Map.entry("възраст", IdentifierType.AGE),
            java.util.Map.entry("датанараждане", IdentifierType.DATE_OF_BIRTH), java.util.Map.entry("bandar", IdentifierType.CITY),
            java.util.Map.entry("poskod", IdentifierType.ZIP_CODE), java.util.Map.entry("namapenuh", IdentifierType.NAME),
            java.util.Map.entry("tarikhlahir", IdentifierType.DATE_OF_BIRTH),
            // names, ages, places, postcodes and dates in Romanian, Afrikaans, Thai and Hindi (breaker13): "van" (an
            // Afrikaans and Dutch surname) only as the whole header
            java.util.Map.entry("nume", IdentifierType.FAMILY_NAME), java.util.Map.entry("prenume", IdentifierType.GIVEN_NAME),
            java.util.Map.entry("numefamilie", IdentifierType.FAMILY_NAME), java.util.Map.entry("varsta", IdentifierType.AGE),
            java.util.Map.entry("vârsta", IdentifierType.AGE), java.util.Map.entry("vârstă", IdentifierType.AGE),
            java.util.Map.entry("localitate", IdentifierType.CITY), java.util.Map.entry("localitatea", IdentifierType.CITY),
            java.util.Map.entry("oras", IdentifierType.CITY), java.util.Map.entry("oraș", IdentifierType.CITY),
            java.util.Map.entry("judet", IdentifierType.COUNTY), java.util.Map.entry("județ", IdentifierType.COUNTY),
            java.util.Map.entry("judeţ", IdentifierType.COUNTY), java.util.Map.entry("codpostal", IdentifierType.ZIP_CODE),
            java.util.Map.entry("datanasterii", IdentifierType.DATE_OF_BIRTH),
            java.util.Map.entry("voorname", IdentifierType.GIVEN_NAME),
            java.util.Map.entry("van", IdentifierType.FAMILY_NAME), java.util.Map.entry("ouderdom", IdentifierType.AGE),
            java.util.Map.entry("voorstad", IdentifierType.GEOGRAPHIC_SUBDIVISION), java.util.Map.entry("dorp", IdentifierType.CITY),
            java.util.Map.entry("poskode", IdentifierType.ZIP_CODE), java.util.Map.entry("postkode", IdentifierType.ZIP_CODE),
            java.util.Map.entry("suburb", IdentifierType.GEOGRAPHIC_SUBDIVISION), java.util.Map.entry("subdistrict", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("tehsil", IdentifierType.COUNTY),
            // Latin America's subdivisions below a province or department (breaker48): a Peruvian district's
            // ubigeo code, an Ecuadorian parish (a distrito is Portugal's first level and Peru's third: read by
            // SpecProposer's subdivisionsBelowTheFirst); Pakistan's and India's abbreviated district; Nigeria's local
            // government area; Kazakh and Russian districts and localities (breaker47)
            java.util.Map.entry("ubigeo", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("parroquia", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("corregimiento", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("distt", IdentifierType.COUNTY), java.util.Map.entry("teh", IdentifierType.COUNTY),
            java.util.Map.entry("lga", IdentifierType.COUNTY),
            java.util.Map.entry("район", IdentifierType.COUNTY), java.util.Map.entry("аудан", IdentifierType.COUNTY),
            java.util.Map.entry("ауданы", IdentifierType.COUNTY), java.util.Map.entry("мекен", IdentifierType.CITY),
            java.util.Map.entry("мекені", IdentifierType.CITY), java.util.Map.entry("қала", IdentifierType.CITY),
            java.util.Map.entry("қаласы", IdentifierType.CITY), java.util.Map.entry("населённый", IdentifierType.CITY),
            java.util.Map.entry("населенный", IdentifierType.CITY),
            java.util.Map.entry("ауыл", IdentifierType.CITY),
            // Kazakh names: surname, given name, father's (patronymic)
            java.util.Map.entry("тегі", IdentifierType.FAMILY_NAME), java.util.Map.entry("аты", IdentifierType.GIVEN_NAME),
            java.util.Map.entry("әкесінің", IdentifierType.NAME),
            // Peruvian and Mexican surname columns: paterno, materno (APE_PATERNO, AP_MATERNO, APEPAT)
            java.util.Map.entry("paterno", IdentifierType.FAMILY_NAME), java.util.Map.entry("materno", IdentifierType.FAMILY_NAME),
            java.util.Map.entry("apepat", IdentifierType.FAMILY_NAME), java.util.Map.entry("apemat", IdentifierType.FAMILY_NAME),
            // a professional's registration: Peru's colegiatura (CMP, CEP), Pakistan's PMDC/PMC number
            java.util.Map.entry("colegiatura", IdentifierType.CERTIFICATE_LICENSE_NUMBER),
            java.util.Map.entry("pmdc", IdentifierType.CERTIFICATE_LICENSE_NUMBER),
            java.util.Map.entry("pmc", IdentifierType.CERTIFICATE_LICENSE_NUMBER),
            // Nigeria's GSM (a mobile number), a mother's maiden name abbreviated
            java.util.Map.entry("gsm", IdentifierType.TELEPHONE_NUMBER),
            // "father / husband" transliterated from Urdu (Walid/Shohar): a relative's name
            java.util.Map.entry("walid", IdentifierType.NAME), java.util.Map.entry("shohar", IdentifierType.NAME),
            java.util.Map.entry("walidiyat", IdentifierType.NAME),
            java.util.Map.entry("mmn", IdentifierType.FAMILY_NAME), java.util.Map.entry("taluk", IdentifierType.COUNTY),
            java.util.Map.entry("ชื่อ", IdentifierType.GIVEN_NAME), java.util.Map.entry("นามสกุล", IdentifierType.FAMILY_NAME),
            java.util.Map.entry("อายุ", IdentifierType.AGE), java.util.Map.entry("ตำบล", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("อำเภอ", IdentifierType.COUNTY), java.util.Map.entry("รหัสไปรษณีย์", IdentifierType.ZIP_CODE),
            java.util.Map.entry("วันเกิด", IdentifierType.DATE_OF_BIRTH), java.util.Map.entry("หมู่บ้าน", IdentifierType.CITY),
            java.util.Map.entry("आयु", IdentifierType.AGE), java.util.Map.entry("उमेर", IdentifierType.AGE), java.util.Map.entry("उमर", IdentifierType.AGE),
            java.util.Map.entry("गाँव", IdentifierType.CITY),
            java.util.Map.entry("गांव", IdentifierType.CITY), java.util.Map.entry("शहर", IdentifierType.CITY),
            java.util.Map.entry("तहसील", IdentifierType.COUNTY), java.util.Map.entry("ज़िला", IdentifierType.COUNTY),
            java.util.Map.entry("जिला", IdentifierType.COUNTY), java.util.Map.entry("पिनकोड", IdentifierType.ZIP_CODE),
            java.util.Map.entry("जन्मतिथि", IdentifierType.DATE_OF_BIRTH), java.util.Map.entry("तिथि", IdentifierType.DATE),
            java.util.Map.entry("तारीख", IdentifierType.DATE), java.util.Map.entry("मोबाइल", IdentifierType.TELEPHONE_NUMBER),
            // ages, names, towns and postcodes in Czech, Slovak, Hungarian, Icelandic, Estonian, Finnish, Danish,
            // Dutch, Indonesian and Filipino (breaker12)
            java.util.Map.entry("vek", IdentifierType.AGE), java.util.Map.entry("věk", IdentifierType.AGE), java.util.Map.entry("aldur", IdentifierType.AGE), java.util.Map.entry("umur", IdentifierType.AGE), java.util.Map.entry("usia", IdentifierType.AGE), java.util.Map.entry("vanus", IdentifierType.AGE), java.util.Map.entry("életkor", IdentifierType.AGE), java.util.Map.entry("kor", IdentifierType.AGE), java.util.Map.entry("jmeno", IdentifierType.GIVEN_NAME), java.util.Map.entry("jméno", IdentifierType.GIVEN_NAME), java.util.Map.entry("krestnijmeno", IdentifierType.GIVEN_NAME), java.util.Map.entry("prijmeni", IdentifierType.FAMILY_NAME), java.util.Map.entry("příjmení", IdentifierType.FAMILY_NAME), java.util.Map.entry("meno", IdentifierType.GIVEN_NAME), java.util.Map.entry("priezvisko", IdentifierType.FAMILY_NAME), java.util.Map.entry("keresztnév", IdentifierType.GIVEN_NAME), java.util.Map.entry("vezetéknév", IdentifierType.FAMILY_NAME), java.util.Map.entry("név", IdentifierType.NAME), java.util.Map.entry("nafn", IdentifierType.NAME), java.util.Map.entry("fornafn", IdentifierType.GIVEN_NAME), java.util.Map.entry("eftirnafn", IdentifierType.FAMILY_NAME), java.util.Map.entry("föðurnafn", IdentifierType.FAMILY_NAME), java.util.Map.entry("eesnimi", IdentifierType.GIVEN_NAME), java.util.Map.entry("perekonnanimi", IdentifierType.FAMILY_NAME), java.util.Map.entry("pangalan", IdentifierType.NAME), java.util.Map.entry("apelyido", IdentifierType.FAMILY_NAME), java.util.Map.entry("lungsod", IdentifierType.CITY), java.util.Map.entry("bayan", IdentifierType.CITY), java.util.Map.entry("barangay", IdentifierType.GEOGRAPHIC_SUBDIVISION), java.util.Map.entry("sveitarfelag", IdentifierType.CITY), java.util.Map.entry("sveitarfélag", IdentifierType.CITY), java.util.Map.entry("postnumer", IdentifierType.ZIP_CODE), java.util.Map.entry("póstnúmer", IdentifierType.ZIP_CODE), java.util.Map.entry("irányítószám", IdentifierType.ZIP_CODE), java.util.Map.entry("psc", IdentifierType.ZIP_CODE), java.util.Map.entry("psč", IdentifierType.ZIP_CODE), java.util.Map.entry("obec", IdentifierType.CITY), java.util.Map.entry("mesto", IdentifierType.CITY), java.util.Map.entry("město", IdentifierType.CITY), java.util.Map.entry("város", IdentifierType.CITY), java.util.Map.entry("linn", IdentifierType.CITY), java.util.Map.entry("bær", IdentifierType.CITY),
            // municipalities and call names (Finnish, Danish/Norwegian, Dutch, German, French, Polish, Swedish); Danish
            // "by" (town) only as the whole header; French birth and usual names, Norwegian and Danish "navn" and
            // "poststed", Indonesian "nama lengkap" (full name: "nama" alone begins nama_toko, a shop's name), "kota",
            // "kabupaten"
            java.util.Map.entry("nomnaissance", IdentifierType.FAMILY_NAME), java.util.Map.entry("nomdenaissance", IdentifierType.FAMILY_NAME), java.util.Map.entry("nomusage", IdentifierType.FAMILY_NAME), java.util.Map.entry("nomdusage", IdentifierType.FAMILY_NAME), java.util.Map.entry("navn", IdentifierType.NAME), java.util.Map.entry("fulltnavn", IdentifierType.NAME), java.util.Map.entry("poststed", IdentifierType.CITY), java.util.Map.entry("kota", IdentifierType.CITY), java.util.Map.entry("namalengkap", IdentifierType.NAME), java.util.Map.entry("kabupaten", IdentifierType.CITY), java.util.Map.entry("by", IdentifierType.CITY), java.util.Map.entry("bynavn", IdentifierType.CITY), java.util.Map.entry("postby", IdentifierType.CITY), java.util.Map.entry("postdistrikt", IdentifierType.CITY), java.util.Map.entry("kotikunta", IdentifierType.CITY), java.util.Map.entry("kunta", IdentifierType.CITY), java.util.Map.entry("asuinkunta", IdentifierType.CITY), java.util.Map.entry("paikkakunta", IdentifierType.CITY), java.util.Map.entry("kommune", IdentifierType.CITY), java.util.Map.entry("gemeente", IdentifierType.CITY), java.util.Map.entry("gemeinde", IdentifierType.CITY), java.util.Map.entry("commune", IdentifierType.CITY), java.util.Map.entry("roepnaam", IdentifierType.GIVEN_NAME), java.util.Map.entry("voornamen", IdentifierType.GIVEN_NAME), java.util.Map.entry("rufname", IdentifierType.GIVEN_NAME), java.util.Map.entry("tilltalsnamn", IdentifierType.GIVEN_NAME), java.util.Map.entry("kutsumanimi", IdentifierType.GIVEN_NAME),
            // Portuguese, Swedish, Danish, Norwegian, Finnish, Russian and Greek
            java.util.Map.entry("logradouro", IdentifierType.STREET_ADDRESS), java.util.Map.entry("complemento", IdentifierType.STREET_ADDRESS),
            java.util.Map.entry("bairro", IdentifierType.GEOGRAPHIC_SUBDIVISION), java.util.Map.entry("municipio", IdentifierType.CITY),
            java.util.Map.entry("município", IdentifierType.CITY), java.util.Map.entry("cep", IdentifierType.ZIP_CODE),
            java.util.Map.entry("telefone", IdentifierType.TELEPHONE_NUMBER), java.util.Map.entry("nomemae", IdentifierType.NAME),
            java.util.Map.entry("nomedamae", IdentifierType.NAME), java.util.Map.entry("nomepai", IdentifierType.NAME),
            java.util.Map.entry("nomedopai", IdentifierType.NAME), java.util.Map.entry("nascimento", IdentifierType.DATE_OF_BIRTH),
            java.util.Map.entry("postort", IdentifierType.CITY), java.util.Map.entry("gatuadress", IdentifierType.STREET_ADDRESS),
            java.util.Map.entry("adress", IdentifierType.STREET_ADDRESS), java.util.Map.entry("kommun", IdentifierType.CITY),
            java.util.Map.entry("epost", IdentifierType.EMAIL_ADDRESS), java.util.Map.entry("anhörig", IdentifierType.NAME),
            java.util.Map.entry("anhorig", IdentifierType.NAME), java.util.Map.entry("födelsedatum", IdentifierType.DATE_OF_BIRTH),
            java.util.Map.entry("fodelsedatum", IdentifierType.DATE_OF_BIRTH), java.util.Map.entry("fødselsdato", IdentifierType.DATE_OF_BIRTH),
            java.util.Map.entry("postnr", IdentifierType.ZIP_CODE), java.util.Map.entry("postinumero", IdentifierType.ZIP_CODE),
            java.util.Map.entry("osoite", IdentifierType.STREET_ADDRESS), java.util.Map.entry("kaupunki", IdentifierType.CITY),
            java.util.Map.entry("etunimi", IdentifierType.GIVEN_NAME), java.util.Map.entry("sukunimi", IdentifierType.FAMILY_NAME),
            java.util.Map.entry("ikä", IdentifierType.AGE), java.util.Map.entry("фамилия", IdentifierType.FAMILY_NAME),
            java.util.Map.entry("имя", IdentifierType.GIVEN_NAME), java.util.Map.entry("отчество", IdentifierType.NAME),
            java.util.Map.entry("фио", IdentifierType.NAME), java.util.Map.entry("телефон", IdentifierType.TELEPHONE_NUMBER),
            java.util.Map.entry("адрес", IdentifierType.STREET_ADDRESS), java.util.Map.entry("город", IdentifierType.CITY),
            java.util.Map.entry("индекс", IdentifierType.ZIP_CODE), java.util.Map.entry("почта", IdentifierType.EMAIL_ADDRESS),
            java.util.Map.entry("снилс", IdentifierType.NATIONAL_ID), java.util.Map.entry("паспорт", IdentifierType.NATIONAL_ID),
            java.util.Map.entry("инн", IdentifierType.NATIONAL_ID), java.util.Map.entry("возраст", IdentifierType.AGE),
            java.util.Map.entry("рождения", IdentifierType.DATE_OF_BIRTH), java.util.Map.entry("датарождения", IdentifierType.DATE_OF_BIRTH),
            java.util.Map.entry("улица", IdentifierType.STREET_ADDRESS), java.util.Map.entry("επώνυμο", IdentifierType.FAMILY_NAME),
            java.util.Map.entry("επωνυμο", IdentifierType.FAMILY_NAME), java.util.Map.entry("όνομα", IdentifierType.GIVEN_NAME),
            java.util.Map.entry("ονομα", IdentifierType.GIVEN_NAME), java.util.Map.entry("πατρώνυμο", IdentifierType.NAME),
            java.util.Map.entry("πατρωνυμο", IdentifierType.NAME), java.util.Map.entry("μητρώνυμο", IdentifierType.NAME),
            java.util.Map.entry("μητρωνυμο", IdentifierType.NAME), java.util.Map.entry("ηλικία", IdentifierType.AGE),
            java.util.Map.entry("ηλικια", IdentifierType.AGE), java.util.Map.entry("διεύθυνση", IdentifierType.STREET_ADDRESS),
            java.util.Map.entry("διευθυνση", IdentifierType.STREET_ADDRESS), java.util.Map.entry("οδός", IdentifierType.STREET_ADDRESS),
            java.util.Map.entry("οδος", IdentifierType.STREET_ADDRESS), java.util.Map.entry("περιοχή", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("περιοχη", IdentifierType.GEOGRAPHIC_SUBDIVISION), java.util.Map.entry("πόλη", IdentifierType.CITY),
            java.util.Map.entry("πολη", IdentifierType.CITY), java.util.Map.entry("τκ", IdentifierType.ZIP_CODE),
            java.util.Map.entry("τηλέφωνο", IdentifierType.TELEPHONE_NUMBER), java.util.Map.entry("τηλεφωνο", IdentifierType.TELEPHONE_NUMBER),
            java.util.Map.entry("κινητό", IdentifierType.TELEPHONE_NUMBER), java.util.Map.entry("κινητο", IdentifierType.TELEPHONE_NUMBER),
            java.util.Map.entry("αφμ", IdentifierType.NATIONAL_ID), java.util.Map.entry("αμκα", IdentifierType.NATIONAL_ID),
            java.util.Map.entry("γέννησης", IdentifierType.DATE_OF_BIRTH), java.util.Map.entry("γεννησης", IdentifierType.DATE_OF_BIRTH),
            // Turkish, Japanese, Chinese, Korean, Arabic and Hindi
            java.util.Map.entry("adı", IdentifierType.GIVEN_NAME), java.util.Map.entry("adi", IdentifierType.GIVEN_NAME),
            java.util.Map.entry("soyadı", IdentifierType.FAMILY_NAME), java.util.Map.entry("soyadi", IdentifierType.FAMILY_NAME),
            // Turkish surnames without the possessive, a flat's and a door's number, an invoice's name (breaker72)
            java.util.Map.entry("soyad", IdentifierType.FAMILY_NAME), java.util.Map.entry("soyisim", IdentifierType.FAMILY_NAME),
            java.util.Map.entry("soyismi", IdentifierType.FAMILY_NAME),
            java.util.Map.entry("içkapıno", IdentifierType.STREET_ADDRESS), java.util.Map.entry("ickapino", IdentifierType.STREET_ADDRESS),
            java.util.Map.entry("dışkapıno", IdentifierType.STREET_ADDRESS), java.util.Map.entry("diskapino", IdentifierType.STREET_ADDRESS),
            java.util.Map.entry("binano", IdentifierType.STREET_ADDRESS),
            java.util.Map.entry("faturaünvanı", IdentifierType.NAME), java.util.Map.entry("faturaunvani", IdentifierType.NAME),
            // Italian registers: a census section, the place and province of birth, a household's code (breaker72)
            java.util.Map.entry("sezionecensimento", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("sezionedicensimento", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("sezcens", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("provnasc", IdentifierType.COUNTY), java.util.Map.entry("prnasc", IdentifierType.COUNTY),
            java.util.Map.entry("luogonascita", IdentifierType.CITY), java.util.Map.entry("luogodinascita", IdentifierType.CITY),
            java.util.Map.entry("natoa", IdentifierType.CITY), java.util.Map.entry("comunedinascita", IdentifierType.CITY),
            java.util.Map.entry("provnascita", IdentifierType.COUNTY), java.util.Map.entry("provincianascita", IdentifierType.COUNTY),
            java.util.Map.entry("provinciadinascita", IdentifierType.COUNTY),
            java.util.Map.entry("codicefamiglia", IdentifierType.OTHER_UNIQUE_IDENTIFIER),
            // Hong Kong's districts (地區, 地區(中文)) and a hospital's patient master index number (PMI No)
            java.util.Map.entry("地區", IdentifierType.GEOGRAPHIC_SUBDIVISION), java.util.Map.entry("地区", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("地區中文", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("pmino", IdentifierType.MEDICAL_RECORD_NUMBER), java.util.Map.entry("pminumber", IdentifierType.MEDICAL_RECORD_NUMBER),
            java.util.Map.entry("babaadı", IdentifierType.NAME), java.util.Map.entry("babaadi", IdentifierType.NAME),
            java.util.Map.entry("anneadı", IdentifierType.NAME), java.util.Map.entry("anneadi", IdentifierType.NAME),
            java.util.Map.entry("adsoyad", IdentifierType.NAME), java.util.Map.entry("yaş", IdentifierType.AGE),
            java.util.Map.entry("yas", IdentifierType.AGE), java.util.Map.entry("ilçe", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("ilce", IdentifierType.GEOGRAPHIC_SUBDIVISION), java.util.Map.entry("mahalle", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("doğumtarihi", IdentifierType.DATE_OF_BIRTH), java.util.Map.entry("dogumtarihi", IdentifierType.DATE_OF_BIRTH),
            java.util.Map.entry("tckimlik", IdentifierType.NATIONAL_ID), java.util.Map.entry("tckimlikno", IdentifierType.NATIONAL_ID),
            java.util.Map.entry("eposta", IdentifierType.EMAIL_ADDRESS), java.util.Map.entry("ceptelefonu", IdentifierType.TELEPHONE_NUMBER),
            java.util.Map.entry("postakodu", IdentifierType.ZIP_CODE), java.util.Map.entry("şehir", IdentifierType.CITY),
            java.util.Map.entry("sehir", IdentifierType.CITY), java.util.Map.entry("氏名", IdentifierType.NAME),
            java.util.Map.entry("名前", IdentifierType.NAME), java.util.Map.entry("姓", IdentifierType.FAMILY_NAME),
            java.util.Map.entry("名", IdentifierType.GIVEN_NAME), java.util.Map.entry("フリガナ", IdentifierType.NAME),
            java.util.Map.entry("ふりがな", IdentifierType.NAME), java.util.Map.entry("氏名カナ", IdentifierType.NAME),
            java.util.Map.entry("住所", IdentifierType.STREET_ADDRESS), java.util.Map.entry("電話番号", IdentifierType.TELEPHONE_NUMBER),
            java.util.Map.entry("電話", IdentifierType.TELEPHONE_NUMBER), java.util.Map.entry("携帯電話", IdentifierType.TELEPHONE_NUMBER),
            java.util.Map.entry("生年月日", IdentifierType.DATE_OF_BIRTH), java.util.Map.entry("年齢", IdentifierType.AGE),
            java.util.Map.entry("郵便番号", IdentifierType.ZIP_CODE), java.util.Map.entry("メールアドレス", IdentifierType.EMAIL_ADDRESS),
            java.util.Map.entry("メール", IdentifierType.EMAIL_ADDRESS), java.util.Map.entry("契約者", IdentifierType.NAME),
            java.util.Map.entry("世帯主", IdentifierType.NAME), java.util.Map.entry("姓名", IdentifierType.NAME),
            java.util.Map.entry("地址", IdentifierType.STREET_ADDRESS), java.util.Map.entry("电话", IdentifierType.TELEPHONE_NUMBER),
            java.util.Map.entry("電話號碼", IdentifierType.TELEPHONE_NUMBER), java.util.Map.entry("手机", IdentifierType.TELEPHONE_NUMBER),
            java.util.Map.entry("出生日期", IdentifierType.DATE_OF_BIRTH), java.util.Map.entry("年龄", IdentifierType.AGE),
            java.util.Map.entry("邮编", IdentifierType.ZIP_CODE), java.util.Map.entry("身份证号", IdentifierType.NATIONAL_ID),
            java.util.Map.entry("邮箱", IdentifierType.EMAIL_ADDRESS), java.util.Map.entry("이름", IdentifierType.NAME),
            // Japanese municipalities (市区町村, 市町村, 区市町村, romanised), Korean si/gun/gu and eup/myeon/dong,
            // Chinese districts (breaker29)
            java.util.Map.entry("市区町村", IdentifierType.CITY), java.util.Map.entry("市町村", IdentifierType.CITY),
            // Salesforce's Japanese labels (市区郡(郵送先)), German billing and delivery towns (breaker65)
            java.util.Map.entry("市区郡", IdentifierType.CITY), java.util.Map.entry("rechnungsort", IdentifierType.CITY),
            java.util.Map.entry("lieferort", IdentifierType.CITY), java.util.Map.entry("versandort", IdentifierType.CITY),
            java.util.Map.entry("postanschriftort", IdentifierType.CITY),
            java.util.Map.entry("区市町村", IdentifierType.CITY), java.util.Map.entry("shikuchoson", IdentifierType.CITY),
            java.util.Map.entry("shichoson", IdentifierType.CITY), java.util.Map.entry("shikuchouson", IdentifierType.CITY),
            java.util.Map.entry("시군구", IdentifierType.CITY), java.util.Map.entry("읍면동", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("区县", IdentifierType.GEOGRAPHIC_SUBDIVISION), java.util.Map.entry("町名", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("성명", IdentifierType.NAME), java.util.Map.entry("주소", IdentifierType.STREET_ADDRESS),
            java.util.Map.entry("전화번호", IdentifierType.TELEPHONE_NUMBER), java.util.Map.entry("생년월일", IdentifierType.DATE_OF_BIRTH),
            java.util.Map.entry("나이", IdentifierType.AGE), java.util.Map.entry("우편번호", IdentifierType.ZIP_CODE),
            java.util.Map.entry("주민등록번호", IdentifierType.NATIONAL_ID), java.util.Map.entry("이메일", IdentifierType.EMAIL_ADDRESS),
            java.util.Map.entry("الاسم", IdentifierType.NAME), java.util.Map.entry("العنوان", IdentifierType.STREET_ADDRESS),
            java.util.Map.entry("الهاتف", IdentifierType.TELEPHONE_NUMBER), java.util.Map.entry("العمر", IdentifierType.AGE),
            java.util.Map.entry("تاريخالميلاد", IdentifierType.DATE_OF_BIRTH), java.util.Map.entry("नाम", IdentifierType.NAME),
            java.util.Map.entry("पता", IdentifierType.STREET_ADDRESS), java.util.Map.entry("फ़ोन", IdentifierType.TELEPHONE_NUMBER),
            java.util.Map.entry("उम्र", IdentifierType.AGE),
            java.util.Map.entry("edad", IdentifierType.AGE), java.util.Map.entry("alter", IdentifierType.AGE),
            java.util.Map.entry("âge", IdentifierType.AGE), java.util.Map.entry("età", IdentifierType.AGE),
            // written without its accent in ASCII exports (eta_anni); Italy's postcode (CAP), Switzerland's (NPA)
            java.util.Map.entry("eta", IdentifierType.AGE), java.util.Map.entry("cap", IdentifierType.ZIP_CODE),
            java.util.Map.entry("npa", IdentifierType.ZIP_CODE),
            java.util.Map.entry("leeftijd", IdentifierType.AGE), java.util.Map.entry("wiek", IdentifierType.AGE),
            java.util.Map.entry("idade", IdentifierType.AGE), java.util.Map.entry("ålder", IdentifierType.AGE),
            java.util.Map.entry("alder", IdentifierType.AGE), java.util.Map.entry("lebensalter", IdentifierType.AGE), java.util.Map.entry("prenom", IdentifierType.GIVEN_NAME),
            java.util.Map.entry("prénom", IdentifierType.GIVEN_NAME), java.util.Map.entry("nombre", IdentifierType.GIVEN_NAME),
            java.util.Map.entry("nome", IdentifierType.GIVEN_NAME), java.util.Map.entry("voornaam", IdentifierType.GIVEN_NAME),
            java.util.Map.entry("fornavn", IdentifierType.GIVEN_NAME), java.util.Map.entry("förnamn", IdentifierType.GIVEN_NAME),
            java.util.Map.entry("imie", IdentifierType.GIVEN_NAME), java.util.Map.entry("imię", IdentifierType.GIVEN_NAME),
            java.util.Map.entry("nachname", IdentifierType.FAMILY_NAME), java.util.Map.entry("familienname", IdentifierType.FAMILY_NAME),
            java.util.Map.entry("nom", IdentifierType.FAMILY_NAME), java.util.Map.entry("apellido", IdentifierType.FAMILY_NAME),
            java.util.Map.entry("apellidos", IdentifierType.FAMILY_NAME), java.util.Map.entry("cognome", IdentifierType.FAMILY_NAME),
            java.util.Map.entry("achternaam", IdentifierType.FAMILY_NAME), java.util.Map.entry("nazwisko", IdentifierType.FAMILY_NAME),
            java.util.Map.entry("efternavn", IdentifierType.FAMILY_NAME), java.util.Map.entry("efternamn", IdentifierType.FAMILY_NAME),
            java.util.Map.entry("sobrenome", IdentifierType.FAMILY_NAME), java.util.Map.entry("nomcomplet", IdentifierType.NAME),
            java.util.Map.entry("nombrecompleto", IdentifierType.NAME), java.util.Map.entry("adresse", IdentifierType.STREET_ADDRESS),
            java.util.Map.entry("strasse", IdentifierType.STREET_ADDRESS), java.util.Map.entry("straße", IdentifierType.STREET_ADDRESS),
            java.util.Map.entry("direccion", IdentifierType.STREET_ADDRESS), java.util.Map.entry("dirección", IdentifierType.STREET_ADDRESS),
            java.util.Map.entry("indirizzo", IdentifierType.STREET_ADDRESS), java.util.Map.entry("endereco", IdentifierType.STREET_ADDRESS),
            java.util.Map.entry("endereço", IdentifierType.STREET_ADDRESS), java.util.Map.entry("calle", IdentifierType.STREET_ADDRESS),
            java.util.Map.entry("stadt", IdentifierType.CITY), java.util.Map.entry("ville", IdentifierType.CITY),
            java.util.Map.entry("ciudad", IdentifierType.CITY), java.util.Map.entry("citta", IdentifierType.CITY),
            java.util.Map.entry("città", IdentifierType.CITY), java.util.Map.entry("cidade", IdentifierType.CITY),
            java.util.Map.entry("wohnort", IdentifierType.CITY), java.util.Map.entry("miasto", IdentifierType.CITY),
            java.util.Map.entry("telefon", IdentifierType.TELEPHONE_NUMBER), java.util.Map.entry("telefono", IdentifierType.TELEPHONE_NUMBER),
            java.util.Map.entry("teléfono", IdentifierType.TELEPHONE_NUMBER), java.util.Map.entry("téléphone", IdentifierType.TELEPHONE_NUMBER),
            java.util.Map.entry("telephone", IdentifierType.TELEPHONE_NUMBER), java.util.Map.entry("handy", IdentifierType.TELEPHONE_NUMBER),
            java.util.Map.entry("movil", IdentifierType.TELEPHONE_NUMBER), java.util.Map.entry("móvil", IdentifierType.TELEPHONE_NUMBER),
            java.util.Map.entry("celular", IdentifierType.TELEPHONE_NUMBER), java.util.Map.entry("correo", IdentifierType.EMAIL_ADDRESS),
            java.util.Map.entry("courriel", IdentifierType.EMAIL_ADDRESS), java.util.Map.entry("geburtsdatum", IdentifierType.DATE_OF_BIRTH),
            java.util.Map.entry("fechanacimiento", IdentifierType.DATE_OF_BIRTH), java.util.Map.entry("fechadenacimiento", IdentifierType.DATE_OF_BIRTH),
            java.util.Map.entry("datenaissance", IdentifierType.DATE_OF_BIRTH), java.util.Map.entry("datedenaissance", IdentifierType.DATE_OF_BIRTH),
            java.util.Map.entry("datanascita", IdentifierType.DATE_OF_BIRTH), java.util.Map.entry("datadinascita", IdentifierType.DATE_OF_BIRTH),
            java.util.Map.entry("geboortedatum", IdentifierType.DATE_OF_BIRTH), java.util.Map.entry("postleitzahl", IdentifierType.ZIP_CODE),
            java.util.Map.entry("codepostal", IdentifierType.ZIP_CODE), java.util.Map.entry("codigopostal", IdentifierType.ZIP_CODE),
            java.util.Map.entry("códigopostal", IdentifierType.ZIP_CODE), java.util.Map.entry("postnummer", IdentifierType.ZIP_CODE),
            java.util.Map.entry("plz", IdentifierType.ZIP_CODE), java.util.Map.entry("ort", IdentifierType.CITY),
            java.util.Map.entry("plaats", IdentifierType.CITY), java.util.Map.entry("woonplaats", IdentifierType.CITY),
            java.util.Map.entry("stad", IdentifierType.CITY), java.util.Map.entry("localidad", IdentifierType.CITY),
            java.util.Map.entry("localita", IdentifierType.CITY), java.util.Map.entry("località", IdentifierType.CITY),
            java.util.Map.entry("geburtsort", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("lieudenaissance", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("lugardenacimiento", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("hausnummer", IdentifierType.STREET_ADDRESS),
            // Polish, Portuguese and Italian
            java.util.Map.entry("miejscowosc", IdentifierType.CITY), java.util.Map.entry("miejscowość", IdentifierType.CITY),
            java.util.Map.entry("kodpocztowy", IdentifierType.ZIP_CODE), java.util.Map.entry("ulica", IdentifierType.STREET_ADDRESS),
            java.util.Map.entry("adres", IdentifierType.STREET_ADDRESS), java.util.Map.entry("morada", IdentifierType.STREET_ADDRESS),
            java.util.Map.entry("telemovel", IdentifierType.TELEPHONE_NUMBER), java.util.Map.entry("telemóvel", IdentifierType.TELEPHONE_NUMBER),
            java.util.Map.entry("cellulare", IdentifierType.TELEPHONE_NUMBER), java.util.Map.entry("comune", IdentifierType.CITY),
            java.util.Map.entry("localidade", IdentifierType.CITY), java.util.Map.entry("concelho", IdentifierType.CITY),
            java.util.Map.entry("freguesia", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("gmina", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("datanascimento", IdentifierType.DATE_OF_BIRTH),
            java.util.Map.entry("datadenascimento", IdentifierType.DATE_OF_BIRTH),
            java.util.Map.entry("dataurodzenia", IdentifierType.DATE_OF_BIRTH),
            java.util.Map.entry("telefonnummer", IdentifierType.TELEPHONE_NUMBER),
            java.util.Map.entry("geburtsname", IdentifierType.FAMILY_NAME),
            java.util.Map.entry("maedchenname", IdentifierType.FAMILY_NAME),
            java.util.Map.entry("mädchenname", IdentifierType.FAMILY_NAME),
            java.util.Map.entry("svnummer", IdentifierType.NATIONAL_ID),
            java.util.Map.entry("sozialversicherungsnummer", IdentifierType.NATIONAL_ID),
            java.util.Map.entry("rentenversicherungsnummer", IdentifierType.NATIONAL_ID),
            // towns, counties, postcodes and names in Hungarian, Estonian, Latvian, Serbian (both scripts), Bengali and
            // Nepali (breaker25)
            java.util.Map.entry("település", IdentifierType.CITY),
            java.util.Map.entry("helység", IdentifierType.CITY),
            java.util.Map.entry("helyseg", IdentifierType.CITY),
            java.util.Map.entry("lakhely", IdentifierType.CITY),
            java.util.Map.entry("hely", IdentifierType.CITY),
            java.util.Map.entry("születésihely", IdentifierType.CITY),
            java.util.Map.entry("keresztnev", IdentifierType.GIVEN_NAME),
            java.util.Map.entry("utónév", IdentifierType.GIVEN_NAME),
            java.util.Map.entry("utonev", IdentifierType.GIVEN_NAME),
            java.util.Map.entry("vezeteknev", IdentifierType.FAMILY_NAME),
            java.util.Map.entry("neve", IdentifierType.NAME),
            java.util.Map.entry("irsz", IdentifierType.ZIP_CODE),
            java.util.Map.entry("irszám", IdentifierType.ZIP_CODE),
            java.util.Map.entry("irszam", IdentifierType.ZIP_CODE),
            java.util.Map.entry("megye", IdentifierType.COUNTY),
            java.util.Map.entry("perenimi", IdentifierType.FAMILY_NAME),
            java.util.Map.entry("maakond", IdentifierType.COUNTY),
            java.util.Map.entry("vald", IdentifierType.COUNTY),
            java.util.Map.entry("küla", IdentifierType.CITY),
            java.util.Map.entry("asula", IdentifierType.CITY),
            java.util.Map.entry("postiindeks", IdentifierType.ZIP_CODE),
            java.util.Map.entry("уезд", IdentifierType.COUNTY),
            java.util.Map.entry("деревня", IdentifierType.CITY),
            java.util.Map.entry("pilsēta", IdentifierType.CITY),
            java.util.Map.entry("pilseta", IdentifierType.CITY),
            java.util.Map.entry("novads", IdentifierType.COUNTY),
            java.util.Map.entry("pagasts", IdentifierType.COUNTY),
            java.util.Map.entry("uzvārds", IdentifierType.FAMILY_NAME),
            java.util.Map.entry("uzvards", IdentifierType.FAMILY_NAME),
            java.util.Map.entry("pastaindekss", IdentifierType.ZIP_CODE),
            java.util.Map.entry("indekss", IdentifierType.ZIP_CODE),
            java.util.Map.entry("место", IdentifierType.CITY),
            java.util.Map.entry("poštanski", IdentifierType.ZIP_CODE),
            java.util.Map.entry("postanski", IdentifierType.ZIP_CODE),
            java.util.Map.entry("поштански", IdentifierType.ZIP_CODE),
            java.util.Map.entry("opština", IdentifierType.COUNTY),
            java.util.Map.entry("opstina", IdentifierType.COUNTY),
            java.util.Map.entry("општина", IdentifierType.COUNTY),
            java.util.Map.entry("okrug", IdentifierType.COUNTY),
            java.util.Map.entry("округ", IdentifierType.COUNTY),
            java.util.Map.entry("prezime", IdentifierType.FAMILY_NAME),
            java.util.Map.entry("jmbg", IdentifierType.NATIONAL_ID),
            java.util.Map.entry("јмбг", IdentifierType.NATIONAL_ID),
            java.util.Map.entry("адреса", IdentifierType.STREET_ADDRESS),
            java.util.Map.entry("গ্রাম", IdentifierType.CITY),
            java.util.Map.entry("ইউনিয়ন", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("উপজেলা", IdentifierType.COUNTY),
            java.util.Map.entry("জেলা", IdentifierType.COUNTY),
            java.util.Map.entry("থানা", IdentifierType.COUNTY),
            java.util.Map.entry("ঠিকানা", IdentifierType.STREET_ADDRESS),
            java.util.Map.entry("পিতা", IdentifierType.NAME),
            java.util.Map.entry("পিতার", IdentifierType.NAME),
            java.util.Map.entry("স্বামী", IdentifierType.NAME),
            java.util.Map.entry("স্বামীর", IdentifierType.NAME),
            java.util.Map.entry("মাতা", IdentifierType.NAME),
            java.util.Map.entry("মাতার", IdentifierType.NAME),
            java.util.Map.entry("जिल्ला", IdentifierType.COUNTY),
            java.util.Map.entry("टोल", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("वडा", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("नगरपालिका", IdentifierType.CITY),
            java.util.Map.entry("गाउँपालिका", IdentifierType.CITY),
            java.util.Map.entry("थर", IdentifierType.FAMILY_NAME),
            java.util.Map.entry("बुबा", IdentifierType.NAME),
            java.util.Map.entry("बुवा", IdentifierType.NAME),
            java.util.Map.entry("upazila", IdentifierType.COUNTY),
            java.util.Map.entry("zilla", IdentifierType.COUNTY));

    /**
     * Words of other languages read only as a whole header, as they are English words or parts of them too: Serbian
     * {@code grad} (town; English grad_year), {@code ime} (given name), transliterated Bengali {@code gram} (village;
     * a weight in grams), {@code union} (the smallest rural council), {@code pita} (father).
     */
    /**
     * Whole headers of public schemas and trades that name an identifier by abbreviation or convention (breaker52,
     * breaker53): a vehicle's registrant, lessee or registered owner (RO), a Medicare number (HIC, HICN, MBI), a
     * patient's account, a house number, a licence plate (LPN, TAG NO), a DHIS2 tracked entity instance, the second to
     * fourth administrative levels of humanitarian data (HDX's adm2 to adm4 and their P-codes), a village.
     */
    private static final java.util.Map<String, IdentifierType> WHOLE_HEADER_CONVENTIONS = java.util.Map.ofEntries(
            java.util.Map.entry("registrant", IdentifierType.NAME), java.util.Map.entry("lessee", IdentifierType.NAME),
            // a laboratory's technician who examined a specimen (a TB register's Lab Tech, J. Banda; breaker89)
            java.util.Map.entry("labtech", IdentifierType.NAME), java.util.Map.entry("labtechnician", IdentifierType.NAME),
            java.util.Map.entry("technician", IdentifierType.NAME),
            // a British supply point's MPAN and MPRN, its meter's serial; a call record's A and B numbers (the calling
            // and the called party); AFCARS' record number; Quebec's NAM (numéro d'assurance maladie) (breaker62,
            // breaker63; not MSN, HIN or sub-location, which breaker66 found to be ad spend, Hindi and warehouse bins)
            java.util.Map.entry("mpan", IdentifierType.OTHER_UNIQUE_IDENTIFIER), java.util.Map.entry("mpancore", IdentifierType.OTHER_UNIQUE_IDENTIFIER),
            java.util.Map.entry("fullmpan", IdentifierType.OTHER_UNIQUE_IDENTIFIER), java.util.Map.entry("mprn", IdentifierType.OTHER_UNIQUE_IDENTIFIER),
            java.util.Map.entry("meterserial", IdentifierType.DEVICE_IDENTIFIER),
            java.util.Map.entry("anumber", IdentifierType.TELEPHONE_NUMBER), java.util.Map.entry("bnumber", IdentifierType.TELEPHONE_NUMBER),
            java.util.Map.entry("aparty", IdentifierType.TELEPHONE_NUMBER), java.util.Map.entry("bparty", IdentifierType.TELEPHONE_NUMBER),
            java.util.Map.entry("recnumbr", IdentifierType.OTHER_UNIQUE_IDENTIFIER),
            // ICH E2B(R2) tags and E2B(R3) element ids of the reporter and the patient (breaker67); a school's admission
            // number and UK pupil and learner numbers (Adno, UPN, ULN; breaker68)
            java.util.Map.entry("reportergivename", IdentifierType.GIVEN_NAME), java.util.Map.entry("reporterfamilyname", IdentifierType.FAMILY_NAME),
            java.util.Map.entry("reportermiddlename", IdentifierType.NAME), java.util.Map.entry("reportercity", IdentifierType.CITY),
            java.util.Map.entry("reporterstreet", IdentifierType.STREET_ADDRESS), java.util.Map.entry("reporterpostcode", IdentifierType.ZIP_CODE),
            java.util.Map.entry("patientinitial", IdentifierType.NAME), java.util.Map.entry("patientonsetage", IdentifierType.AGE),
            java.util.Map.entry("patientbirthdate", IdentifierType.DATE_OF_BIRTH),
            java.util.Map.entry("c2r12", IdentifierType.GIVEN_NAME), java.util.Map.entry("c2r13", IdentifierType.NAME),
            java.util.Map.entry("c2r14", IdentifierType.FAMILY_NAME), java.util.Map.entry("c2r23", IdentifierType.STREET_ADDRESS),
            java.util.Map.entry("c2r24", IdentifierType.CITY), java.util.Map.entry("c2r26", IdentifierType.ZIP_CODE),
            java.util.Map.entry("c2r27", IdentifierType.TELEPHONE_NUMBER),
            java.util.Map.entry("adno", IdentifierType.OTHER_UNIQUE_IDENTIFIER), java.util.Map.entry("admno", IdentifierType.OTHER_UNIQUE_IDENTIFIER),
            java.util.Map.entry("admissionno", IdentifierType.OTHER_UNIQUE_IDENTIFIER),
            java.util.Map.entry("admissionnumber", IdentifierType.OTHER_UNIQUE_IDENTIFIER),
            java.util.Map.entry("upn", IdentifierType.OTHER_UNIQUE_IDENTIFIER), java.util.Map.entry("uln", IdentifierType.OTHER_UNIQUE_IDENTIFIER),
            // an account and a meter in Afrikaans and Dutch: the household's on every reading (breaker68)
            java.util.Map.entry("rekeningnommer", IdentifierType.ACCOUNT_NUMBER), java.util.Map.entry("rekeningnummer", IdentifierType.ACCOUNT_NUMBER),
            java.util.Map.entry("rekeningno", IdentifierType.ACCOUNT_NUMBER), java.util.Map.entry("rekening", IdentifierType.ACCOUNT_NUMBER),
            java.util.Map.entry("meternommer", IdentifierType.DEVICE_IDENTIFIER), java.util.Map.entry("meternummer", IdentifierType.DEVICE_IDENTIFIER),
            java.util.Map.entry("nam", IdentifierType.HEALTH_PLAN_BENEFICIARY_NUMBER),
            java.util.Map.entry("nampatient", IdentifierType.HEALTH_PLAN_BENEFICIARY_NUMBER),

            java.util.Map.entry("ro", IdentifierType.NAME), java.util.Map.entry("propietario", IdentifierType.NAME),
            java.util.Map.entry("propietaria", IdentifierType.NAME), java.util.Map.entry("proprietario", IdentifierType.NAME),
            java.util.Map.entry("propriétaire", IdentifierType.NAME), java.util.Map.entry("proprietaire", IdentifierType.NAME),
            java.util.Map.entry("fahrzeughalter", IdentifierType.NAME), java.util.Map.entry("halter", IdentifierType.NAME),
            java.util.Map.entry("medicare", IdentifierType.HEALTH_PLAN_BENEFICIARY_NUMBER),
            java.util.Map.entry("medicareno", IdentifierType.HEALTH_PLAN_BENEFICIARY_NUMBER),
            java.util.Map.entry("medicaid", IdentifierType.HEALTH_PLAN_BENEFICIARY_NUMBER),
            java.util.Map.entry("medicaidno", IdentifierType.HEALTH_PLAN_BENEFICIARY_NUMBER),
            java.util.Map.entry("hic", IdentifierType.HEALTH_PLAN_BENEFICIARY_NUMBER),
            java.util.Map.entry("hicn", IdentifierType.HEALTH_PLAN_BENEFICIARY_NUMBER),
            java.util.Map.entry("hicnumber", IdentifierType.HEALTH_PLAN_BENEFICIARY_NUMBER),
            java.util.Map.entry("hicno", IdentifierType.HEALTH_PLAN_BENEFICIARY_NUMBER),
            java.util.Map.entry("mbi", IdentifierType.HEALTH_PLAN_BENEFICIARY_NUMBER),
            java.util.Map.entry("policyno", IdentifierType.HEALTH_PLAN_BENEFICIARY_NUMBER),
            java.util.Map.entry("patientacct", IdentifierType.ACCOUNT_NUMBER),
            java.util.Map.entry("patientaccount", IdentifierType.ACCOUNT_NUMBER),
            java.util.Map.entry("ptacct", IdentifierType.ACCOUNT_NUMBER),
            java.util.Map.entry("housenumber", IdentifierType.STREET_ADDRESS), java.util.Map.entry("houseno", IdentifierType.STREET_ADDRESS),
            java.util.Map.entry("husnummer", IdentifierType.STREET_ADDRESS), java.util.Map.entry("huisnummer", IdentifierType.STREET_ADDRESS),
            java.util.Map.entry("hausnummer", IdentifierType.STREET_ADDRESS), java.util.Map.entry("numerocivico", IdentifierType.STREET_ADDRESS),
            // a runner's bib (start number) in race results, in English, French, German, Spanish and Italian: the
            // public results give the runner's name back (breaker54)
            java.util.Map.entry("bib", IdentifierType.OTHER_UNIQUE_IDENTIFIER), java.util.Map.entry("bibno", IdentifierType.OTHER_UNIQUE_IDENTIFIER),
            java.util.Map.entry("bibnumber", IdentifierType.OTHER_UNIQUE_IDENTIFIER), java.util.Map.entry("racenumber", IdentifierType.OTHER_UNIQUE_IDENTIFIER),
            java.util.Map.entry("raceno", IdentifierType.OTHER_UNIQUE_IDENTIFIER), java.util.Map.entry("dossard", IdentifierType.OTHER_UNIQUE_IDENTIFIER),
            java.util.Map.entry("startnr", IdentifierType.OTHER_UNIQUE_IDENTIFIER), java.util.Map.entry("startnummer", IdentifierType.OTHER_UNIQUE_IDENTIFIER),
            java.util.Map.entry("dorsal", IdentifierType.OTHER_UNIQUE_IDENTIFIER), java.util.Map.entry("pettorale", IdentifierType.OTHER_UNIQUE_IDENTIFIER),
            // an identity card (Ausweis), a licence or permit by its holder
            java.util.Map.entry("ausweis", IdentifierType.NATIONAL_ID), java.util.Map.entry("ausweisnr", IdentifierType.NATIONAL_ID),
            java.util.Map.entry("lizenz", IdentifierType.CERTIFICATE_LICENSE_NUMBER), java.util.Map.entry("lizenznr", IdentifierType.CERTIFICATE_LICENSE_NUMBER),
            java.util.Map.entry("permit", IdentifierType.CERTIFICATE_LICENSE_NUMBER), java.util.Map.entry("permitno", IdentifierType.CERTIFICATE_LICENSE_NUMBER),
            java.util.Map.entry("permitnumber", IdentifierType.CERTIFICATE_LICENSE_NUMBER),
            // a birth as rating lists and race results write it, a year or a date: Born, Jg. (Jahrgang), BYear, Rok
            // ur. (rok urodzenia) (breaker54)
            java.util.Map.entry("born", IdentifierType.DATE_OF_BIRTH), java.util.Map.entry("jg", IdentifierType.DATE_OF_BIRTH),
            java.util.Map.entry("byear", IdentifierType.DATE_OF_BIRTH), java.util.Map.entry("rokur", IdentifierType.DATE_OF_BIRTH),
            java.util.Map.entry("birthyr", IdentifierType.DATE_OF_BIRTH), java.util.Map.entry("yearborn", IdentifierType.DATE_OF_BIRTH),
            // CDASH's birth year and Medidata Rave's split birth date (BRTHYR, BRTHDAT_YYYY; breaker65)
            java.util.Map.entry("brthyr", IdentifierType.DATE_OF_BIRTH), java.util.Map.entry("brthdat", IdentifierType.DATE_OF_BIRTH),
            java.util.Map.entry("brthdatyyyy", IdentifierType.DATE_OF_BIRTH), java.util.Map.entry("brthdtc", IdentifierType.DATE_OF_BIRTH),
            // NCHS's IJE death record fields: the date of death (DOD_MO, DOD_DY are dates' parts), the residence's and the place of
            // death's town and county written out (CITYTEXT_R, COUNTYTEXT_D), the street's name (breaker71)
            java.util.Map.entry("dod", IdentifierType.DATE),
            // the Census Bureau's geographic identifier (GEOID: a state, county, tract or block group)
            java.util.Map.entry("geoid", IdentifierType.GEOGRAPHIC_SUBDIVISION), java.util.Map.entry("geoid10", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("geoid20", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("citytextr", IdentifierType.CITY), java.util.Map.entry("citytextd", IdentifierType.CITY),
            java.util.Map.entry("countytextr", IdentifierType.COUNTY), java.util.Map.entry("countytextd", IdentifierType.COUNTY),
            java.util.Map.entry("dplacecity", IdentifierType.CITY), java.util.Map.entry("dplacecounty", IdentifierType.COUNTY),
            java.util.Map.entry("stnamer", IdentifierType.STREET_ADDRESS), java.util.Map.entry("stnamed", IdentifierType.STREET_ADDRESS),
            // where a person lives, as race results and registers write it
            java.util.Map.entry("hometown", IdentifierType.CITY),
            java.util.Map.entry("hjemsted", IdentifierType.CITY), java.util.Map.entry("bosted", IdentifierType.CITY),
            java.util.Map.entry("lpn", IdentifierType.VEHICLE_IDENTIFIER), java.util.Map.entry("tagno", IdentifierType.VEHICLE_IDENTIFIER),
            java.util.Map.entry("tagnumber", IdentifierType.VEHICLE_IDENTIFIER),
            java.util.Map.entry("trackedentityinstance", IdentifierType.OTHER_UNIQUE_IDENTIFIER),
            java.util.Map.entry("trackedentity", IdentifierType.OTHER_UNIQUE_IDENTIFIER),
            java.util.Map.entry("tei", IdentifierType.OTHER_UNIQUE_IDENTIFIER),
            java.util.Map.entry("adm2", IdentifierType.COUNTY), java.util.Map.entry("admin2", IdentifierType.COUNTY),
            java.util.Map.entry("adm2name", IdentifierType.COUNTY), java.util.Map.entry("admin2name", IdentifierType.COUNTY),
            java.util.Map.entry("adm2en", IdentifierType.COUNTY), java.util.Map.entry("adm2pcode", IdentifierType.COUNTY),
            java.util.Map.entry("admin2pcode", IdentifierType.COUNTY),
            java.util.Map.entry("adm3", IdentifierType.GEOGRAPHIC_SUBDIVISION), java.util.Map.entry("admin3", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("adm3name", IdentifierType.GEOGRAPHIC_SUBDIVISION), java.util.Map.entry("admin3name", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("adm3en", IdentifierType.GEOGRAPHIC_SUBDIVISION), java.util.Map.entry("adm3pcode", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("admin3pcode", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("adm4", IdentifierType.GEOGRAPHIC_SUBDIVISION), java.util.Map.entry("admin4", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("adm4name", IdentifierType.GEOGRAPHIC_SUBDIVISION), java.util.Map.entry("adm4pcode", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            // a sub-prefecture (Guinea, Chad, Côte d'Ivoire), an administrative post (Mozambique), a Yemeni district
            // (mudiriyah) and sub-district (uzla)
            java.util.Map.entry("sousprefecture", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("souspréfecture", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("postoadministrativo", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("المديرية", IdentifierType.COUNTY), java.util.Map.entry("مديرية", IdentifierType.COUNTY),
            java.util.Map.entry("العزلة", IdentifierType.GEOGRAPHIC_SUBDIVISION), java.util.Map.entry("عزلة", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("vill", IdentifierType.CITY), java.util.Map.entry("vlg", IdentifierType.CITY),
            // a person's age under public surveys' variable names: the ACS PUMS's AGEP, the CPS's PRTAGE, the NHIS's
            // AGEP_A, NHANES' RIDAGEYR (breaker56; SIPP's TAGE is not read: German Tage are days, breaker59)
            java.util.Map.entry("agep", IdentifierType.AGE), java.util.Map.entry("agepa", IdentifierType.AGE),
            java.util.Map.entry("prtage", IdentifierType.AGE), java.util.Map.entry("ridageyr", IdentifierType.AGE),
            // Myanmar's townships (myo nay), Cambodia's villages, communes and districts (phum, khum, sangkat, srok),
            // in Latin letters and in their own scripts (breaker58)
            java.util.Map.entry("township", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("twp", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("townshipcode", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("townshipname", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("myonay", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("မြို့နယ်", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("phum", IdentifierType.GEOGRAPHIC_SUBDIVISION), java.util.Map.entry("khum", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("sangkat", IdentifierType.GEOGRAPHIC_SUBDIVISION), java.util.Map.entry("srok", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("ភូមិ", IdentifierType.GEOGRAPHIC_SUBDIVISION), java.util.Map.entry("ឃុំ", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("សង្កាត់", IdentifierType.GEOGRAPHIC_SUBDIVISION), java.util.Map.entry("ស្រុក", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("ខណ្ឌ", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            // wildlife agencies' deer, wildlife and game management units and hunt areas, and where game was killed:
            // areas smaller than a state (breaker57)
            java.util.Map.entry("dmu", IdentifierType.GEOGRAPHIC_SUBDIVISION), java.util.Map.entry("wmu", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("gmu", IdentifierType.GEOGRAPHIC_SUBDIVISION), java.util.Map.entry("huntunit", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("huntarea", IdentifierType.GEOGRAPHIC_SUBDIVISION), java.util.Map.entry("huntzone", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("deermanagementunit", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("wildlifemanagementunit", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("gamemanagementunit", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("antlerlessunit", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("wherekilled", IdentifierType.GEOGRAPHIC_SUBDIVISION), java.util.Map.entry("killsite", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("killlocation", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            // a licence plate and a charging card in Dutch (Kenteken, Laadpas; breaker61)
            java.util.Map.entry("kenteken", IdentifierType.VEHICLE_IDENTIFIER),
            java.util.Map.entry("laadpas", IdentifierType.OTHER_UNIQUE_IDENTIFIER),
            java.util.Map.entry("laadpasnummer", IdentifierType.OTHER_UNIQUE_IDENTIFIER),
            // a 311 request's landmark (a place smaller than a state), an apartment (breaker60)
            // Iran's national code as a word of a longer header (کد ملی سرپرست, code_melli_bimar; breaker78)
            java.util.Map.entry("ملی", IdentifierType.NATIONAL_ID), java.util.Map.entry("melli", IdentifierType.NATIONAL_ID),
            java.util.Map.entry("landmark", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("landmarkname", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("pointofinterest", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("apt", IdentifierType.STREET_ADDRESS), java.util.Map.entry("aptno", IdentifierType.STREET_ADDRESS),
            java.util.Map.entry("contactapt", IdentifierType.STREET_ADDRESS), java.util.Map.entry("apartment", IdentifierType.STREET_ADDRESS),
            java.util.Map.entry("apartmentnumber", IdentifierType.STREET_ADDRESS),
            // a county abbreviated: CNTY_RES, CNTY_NAME
            // (not Cnty Name alone, which may be a country's; breaker59)
            java.util.Map.entry("cntyres", IdentifierType.COUNTY), java.util.Map.entry("cntyfips", IdentifierType.COUNTY),
            java.util.Map.entry("cntyresidence", IdentifierType.COUNTY));
    /** Headers of publications' identifiers: PMID, PMCID (PMC_ID), DOI, ISSN, eISSN, ISBN. */
    private static final Set<String> PUBLICATION_IDS = Set.of("pmid", "pmcid", "pubmedid", "pubmedcentralid", "doi",
            "issn", "eissn", "pissn", "isbn", "isbn10", "isbn13");
    /**
     * Sri Lanka's Grama Niladhari (GN) and Divisional Secretariat divisions, named with the word division; DS alone
     * only in a header that also writes it in Sinhala or Tamil (a company's DS Division is no place; breaker59).
     */
    private static final Set<String> SRI_LANKAN_DIVISIONS = Set.of("gn", "grama", "niladhari", "divisional");
    /** Words of a projected coordinate's header: UTM northing and easting, a state plane's or a datum's x and y. */
    private static final Set<String> PROJECTED_COORDINATE_WORDS = Set.of("utm", "nad", "nad83", "nad27", "wgs84", "spcs",
            "stateplane");
    /**
     * The Census Bureau's Public Use Microdata Areas (about 100,000 people each: smaller than a state) as the ACS
     * PUMS and IPUMS name them: PUMA, PUMA20, POWPUMA, PWPUMA00, MIGPUMA1, a PUMA's name (breaker56).
     */
    private static final java.util.regex.Pattern PUMA = java.util.regex.Pattern.compile("(?:pow|pw|mig)?puma(?:\\d{1,2}|ce|name)?");
    private static final java.util.Map<String, IdentifierType> WHOLE_HEADERS_IN_OTHER_LANGUAGES = java.util.Map.ofEntries(
            // a Brazilian doctor's or nurse's council registration (CRM, COREN) and specialist registration (RQE), read
            // only as whole headers (uf_crm is the council's state; breaker74)
            // thirteenth round (breaker76-78): Mexico's colonias and settlements, a dispatch's common place or premise;
            // national numbers by their short names (Mexico's NSS, Finland's hetu and sotu, Sweden's personbeteckning,
            // Iran's code melli); Iran's insurance booklet number, a Russian outpatient card; transliterated Russian and
            // Persian name headers and abbreviated Polish, German and Finnish ones; towns by their post offices
            // Ukrainian registers (breaker80): surname, given name, patronymic as the apostrophe is written or dropped,
            // the territorial community (громада, ОТГ), the settlement, the taxpayer number (РНОКПП, ІПН); a Bulgarian
            // or Russian община; Kobo's English patronymic and hromada; Sweden's municipality of registration; a
            // Ugandan village council (LC1)
            java.util.Map.entry("прізвище", IdentifierType.FAMILY_NAME), java.util.Map.entry("імя", IdentifierType.GIVEN_NAME),
            java.util.Map.entry("ім'я", IdentifierType.GIVEN_NAME), java.util.Map.entry("ім’я", IdentifierType.GIVEN_NAME),
            java.util.Map.entry("імʼя", IdentifierType.GIVEN_NAME), java.util.Map.entry("побатькові", IdentifierType.NAME),
            java.util.Map.entry("батькові", IdentifierType.NAME), java.util.Map.entry("піб", IdentifierType.NAME),
            java.util.Map.entry("громада", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("отг", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("тг", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("населенийпункт", IdentifierType.CITY), java.util.Map.entry("наспункт", IdentifierType.CITY),
            java.util.Map.entry("рнокпп", IdentifierType.NATIONAL_ID), java.util.Map.entry("іпн", IdentifierType.NATIONAL_ID),
            java.util.Map.entry("община", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("patronymic", IdentifierType.NAME), java.util.Map.entry("hromada", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("folkbokföringskommun", IdentifierType.CITY), java.util.Map.entry("bostadskommun", IdentifierType.CITY),
                        java.util.Map.entry("pnr", IdentifierType.NATIONAL_ID), java.util.Map.entry("patnr", IdentifierType.OTHER_UNIQUE_IDENTIFIER),
            // a client's host name as a mail or web server logs it, its reverse DNS often spelling the IP address
            // (breaker79)
            java.util.Map.entry("remotehostname", IdentifierType.DEVICE_IDENTIFIER),
            java.util.Map.entry("clienthostname", IdentifierType.DEVICE_IDENTIFIER),
            java.util.Map.entry("휴대폰", IdentifierType.TELEPHONE_NUMBER), java.util.Map.entry("핸드폰", IdentifierType.TELEPHONE_NUMBER),
            // Slovenian health centres' registers (breaker82): Priimek, Pošta (1241 Kamnik), Občina, the chosen doctor (IOZ), the tax number, Starost
            java.util.Map.entry("priimek", IdentifierType.FAMILY_NAME),
            java.util.Map.entry("pošta", IdentifierType.ZIP_CODE),
            java.util.Map.entry("poštnaštevilka", IdentifierType.ZIP_CODE),
            java.util.Map.entry("občina", IdentifierType.CITY), java.util.Map.entry("obcina", IdentifierType.CITY),
            java.util.Map.entry("izbraniosebnizdravnik", IdentifierType.NAME),
            java.util.Map.entry("ioz", IdentifierType.NAME), java.util.Map.entry("zdravnik", IdentifierType.NAME),
            java.util.Map.entry("davčnaštevilka", IdentifierType.NATIONAL_ID),
            java.util.Map.entry("davcnastevilka", IdentifierType.NATIONAL_ID),
            java.util.Map.entry("starost", IdentifierType.AGE),
            // Morocco's places below a commune and a hospital's patient numbers (breaker82): douar, quartier, caïdat, annexe; IPP, NIP
            java.util.Map.entry("douar", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("quartier", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("douarquartier", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("quartierdouar", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("caïdat", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("caidat", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("arrondissement", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("annexeadministrative", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("cercle", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("lieudit", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("ipp", IdentifierType.MEDICAL_RECORD_NUMBER),
            java.util.Map.entry("nip", IdentifierType.MEDICAL_RECORD_NUMBER),
            java.util.Map.entry("ndossier", IdentifierType.MEDICAL_RECORD_NUMBER),
            java.util.Map.entry("numérodossier", IdentifierType.MEDICAL_RECORD_NUMBER),
            // Ghana's districts (Metropolitan, Municipal and District Assemblies) and its national card (breaker82)
            java.util.Map.entry("mmda", IdentifierType.COUNTY),
            java.util.Map.entry("ghanacard", IdentifierType.NATIONAL_ID),
            java.util.Map.entry("ghanacardno", IdentifierType.NATIONAL_ID),
            java.util.Map.entry("ghanacardpin", IdentifierType.NATIONAL_ID),
            java.util.Map.entry("ghanacardnumber", IdentifierType.NATIONAL_ID),
            // a French farm register's holder and clerks, a German municipality's clerk, owner and file references (breaker83)
            java.util.Map.entry("exploitant", IdentifierType.FAMILY_NAME),
            java.util.Map.entry("nomexploitant", IdentifierType.FAMILY_NAME),
            java.util.Map.entry("nomdelexploitant", IdentifierType.FAMILY_NAME),
            java.util.Map.entry("nomexpl", IdentifierType.FAMILY_NAME),
            java.util.Map.entry("demandeur", IdentifierType.FAMILY_NAME),
            java.util.Map.entry("nomdudemandeur", IdentifierType.FAMILY_NAME),
            java.util.Map.entry("nomdemandeur", IdentifierType.FAMILY_NAME),
            java.util.Map.entry("nomdugérant", IdentifierType.FAMILY_NAME),
            java.util.Map.entry("nomgérant", IdentifierType.FAMILY_NAME),
            java.util.Map.entry("nomdugerant", IdentifierType.FAMILY_NAME),
            java.util.Map.entry("instructeur", IdentifierType.NAME),
            java.util.Map.entry("valideur", IdentifierType.NAME),
            java.util.Map.entry("sachbearbeiter", IdentifierType.NAME),
            java.util.Map.entry("sachbearbeiterin", IdentifierType.NAME),
            java.util.Map.entry("bearbeiter", IdentifierType.NAME),
            java.util.Map.entry("sachbearb", IdentifierType.NAME),
            java.util.Map.entry("zuname", IdentifierType.FAMILY_NAME),
            java.util.Map.entry("haltername", IdentifierType.NAME),
            java.util.Map.entry("namehalter", IdentifierType.NAME),
            java.util.Map.entry("hundehalter", IdentifierType.NAME),
            java.util.Map.entry("kassenzeichen", IdentifierType.ACCOUNT_NUMBER),
            java.util.Map.entry("kassenz", IdentifierType.ACCOUNT_NUMBER),
            java.util.Map.entry("aktenzeichen", IdentifierType.OTHER_UNIQUE_IDENTIFIER),
            // the UK's General Optical Council registration of an optometrist or a dispensing optician (breaker83)
            java.util.Map.entry("goc", IdentifierType.CERTIFICATE_LICENSE_NUMBER),
            java.util.Map.entry("gocno", IdentifierType.CERTIFICATE_LICENSE_NUMBER),
            java.util.Map.entry("gocnumber", IdentifierType.CERTIFICATE_LICENSE_NUMBER),
            java.util.Map.entry("gocregno", IdentifierType.CERTIFICATE_LICENSE_NUMBER),
            java.util.Map.entry("gocregistration", IdentifierType.CERTIFICATE_LICENSE_NUMBER),
            java.util.Map.entry("dispensergoc", IdentifierType.CERTIFICATE_LICENSE_NUMBER),
            java.util.Map.entry("optomgoc", IdentifierType.CERTIFICATE_LICENSE_NUMBER),
            java.util.Map.entry("optometristgoc", IdentifierType.CERTIFICATE_LICENSE_NUMBER),
            // an Uzbek register's names and places, in Latin and Cyrillic (breaker84): Familiyasi, Ismi, Otasining ismi, Tuman, Mahalla
            java.util.Map.entry("familiyasi", IdentifierType.FAMILY_NAME),
            java.util.Map.entry("фамилияси", IdentifierType.FAMILY_NAME),
            java.util.Map.entry("ismi", IdentifierType.GIVEN_NAME),
            java.util.Map.entry("исми", IdentifierType.GIVEN_NAME),
            java.util.Map.entry("otasiningismi", IdentifierType.NAME),
            java.util.Map.entry("отасинингисми", IdentifierType.NAME),
            java.util.Map.entry("sharifi", IdentifierType.NAME), java.util.Map.entry("шарифи", IdentifierType.NAME),
            java.util.Map.entry("tuman", IdentifierType.COUNTY), java.util.Map.entry("туман", IdentifierType.COUNTY),
            java.util.Map.entry("tumanshahar", IdentifierType.COUNTY),
            java.util.Map.entry("shahartuman", IdentifierType.COUNTY),
            java.util.Map.entry("mahalla", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("маҳалла", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("махалла", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("махалля", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("mfy", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("мфй", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            // a Uruguayan or Argentine neighbourhood and town (breaker84), Nepali romanised surname, district, address and age
            java.util.Map.entry("barrio", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("barriozona", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("pueblo", IdentifierType.CITY),
            java.util.Map.entry("thar", IdentifierType.FAMILY_NAME),
            java.util.Map.entry("jilla", IdentifierType.COUNTY),
            java.util.Map.entry("tole", IdentifierType.STREET_ADDRESS),
            java.util.Map.entry("umer", IdentifierType.AGE), java.util.Map.entry("umar", IdentifierType.AGE),
            // France's INSEE code of a commune (the national number is the NIR): a town (breaker83)
            java.util.Map.entry("codeinsee", IdentifierType.CITY),
            java.util.Map.entry("codecommuneinsee", IdentifierType.CITY),
            java.util.Map.entry("inseecommune", IdentifierType.CITY),
            java.util.Map.entry("codeinseecommune", IdentifierType.CITY),
            java.util.Map.entry("communeinsee", IdentifierType.CITY),
            java.util.Map.entry("codgeo", IdentifierType.CITY),
            // a person's number in an event table without the people (breaker82, breaker84's probes): Ghana's NHIS membership, a Uruguayan cédula and mutualista member number, a Nepali hospital's OPD and registration numbers
            java.util.Map.entry("nhisno", IdentifierType.HEALTH_PLAN_BENEFICIARY_NUMBER),
            java.util.Map.entry("nhisnumber", IdentifierType.HEALTH_PLAN_BENEFICIARY_NUMBER),
            java.util.Map.entry("nhismembershipno", IdentifierType.HEALTH_PLAN_BENEFICIARY_NUMBER),
            java.util.Map.entry("nhismembershipnumber", IdentifierType.HEALTH_PLAN_BENEFICIARY_NUMBER),
            java.util.Map.entry("nhisid", IdentifierType.HEALTH_PLAN_BENEFICIARY_NUMBER),
            java.util.Map.entry("cipaciente", IdentifierType.NATIONAL_ID),
            java.util.Map.entry("cisocio", IdentifierType.NATIONAL_ID),
            java.util.Map.entry("ciafiliado", IdentifierType.NATIONAL_ID),
            java.util.Map.entry("nºsocio", IdentifierType.HEALTH_PLAN_BENEFICIARY_NUMBER),
            java.util.Map.entry("nsocio", IdentifierType.HEALTH_PLAN_BENEFICIARY_NUMBER),
            java.util.Map.entry("numerosocio", IdentifierType.HEALTH_PLAN_BENEFICIARY_NUMBER),
            java.util.Map.entry("númerosocio", IdentifierType.HEALTH_PLAN_BENEFICIARY_NUMBER),
            java.util.Map.entry("opdno", IdentifierType.MEDICAL_RECORD_NUMBER),
            java.util.Map.entry("opdnumber", IdentifierType.MEDICAL_RECORD_NUMBER),
            java.util.Map.entry("ipdno", IdentifierType.MEDICAL_RECORD_NUMBER),
            java.util.Map.entry("दर्तानं", IdentifierType.MEDICAL_RECORD_NUMBER),
            java.util.Map.entry("दर्ता", IdentifierType.MEDICAL_RECORD_NUMBER),
            // a French farm's PACAGE number and a business's SIREN or SIRET: nine or fourteen digits a ZIP+4 reading
            // would suppress, and a sole farmer's own number (breaker83's probes); names written per script (nom_fr,
            // nom_ar; breaker82)
            java.util.Map.entry("pacage", IdentifierType.OTHER_UNIQUE_IDENTIFIER),
            java.util.Map.entry("npacage", IdentifierType.OTHER_UNIQUE_IDENTIFIER),
            java.util.Map.entry("numeropacage", IdentifierType.OTHER_UNIQUE_IDENTIFIER),
            java.util.Map.entry("numéropacage", IdentifierType.OTHER_UNIQUE_IDENTIFIER),
            java.util.Map.entry("siren", IdentifierType.OTHER_UNIQUE_IDENTIFIER),
            java.util.Map.entry("nsiren", IdentifierType.OTHER_UNIQUE_IDENTIFIER),
            java.util.Map.entry("siret", IdentifierType.OTHER_UNIQUE_IDENTIFIER),
            java.util.Map.entry("nsiret", IdentifierType.OTHER_UNIQUE_IDENTIFIER),
            java.util.Map.entry("numerosiret", IdentifierType.OTHER_UNIQUE_IDENTIFIER),
            java.util.Map.entry("nomfr", IdentifierType.FAMILY_NAME),
            java.util.Map.entry("nomar", IdentifierType.FAMILY_NAME),
            java.util.Map.entry("nomarabe", IdentifierType.FAMILY_NAME),
            java.util.Map.entry("prenomfr", IdentifierType.GIVEN_NAME),
            java.util.Map.entry("prenomar", IdentifierType.GIVEN_NAME),
            java.util.Map.entry("prénomfr", IdentifierType.GIVEN_NAME),
            java.util.Map.entry("prénomar", IdentifierType.GIVEN_NAME),
            java.util.Map.entry("prénomarabe", IdentifierType.GIVEN_NAME),
            // Indonesia's villages, hamlets and neighbourhood units (Kelurahan/Desa, Dusun, RT/RW), districts
            // (Kecamatan), medical record and BPJS card numbers (breaker86)
            java.util.Map.entry("kelurahan", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("desa", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("kelurahandesa", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("desakelurahan", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("desakel", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("keldesa", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("dusun", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("padukuhan", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("rtrw", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("kecamatan", IdentifierType.COUNTY), java.util.Map.entry("kec", IdentifierType.COUNTY),
            java.util.Map.entry("rekammedis", IdentifierType.MEDICAL_RECORD_NUMBER),
            java.util.Map.entry("norekammedis", IdentifierType.MEDICAL_RECORD_NUMBER),
            java.util.Map.entry("nomorrekammedis", IdentifierType.MEDICAL_RECORD_NUMBER),

            java.util.Map.entry("nopeserta", IdentifierType.HEALTH_PLAN_BENEFICIARY_NUMBER),
            java.util.Map.entry("nomorpeserta", IdentifierType.HEALTH_PLAN_BENEFICIARY_NUMBER),
            java.util.Map.entry("nobpjs", IdentifierType.HEALTH_PLAN_BENEFICIARY_NUMBER),
            java.util.Map.entry("nokartubpjs", IdentifierType.HEALTH_PLAN_BENEFICIARY_NUMBER),
            java.util.Map.entry("nokartu", IdentifierType.HEALTH_PLAN_BENEFICIARY_NUMBER),
            // the Philippines' sitios and puroks (below a barangay), midwives and barangay health workers, PhilHealth
            // (breaker86)
            java.util.Map.entry("sitio", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("purok", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("purokno", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("puroksitio", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("sitiopurok", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("sitioname", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("brgy", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("midwife", IdentifierType.NAME),
            java.util.Map.entry("attendingmidwife", IdentifierType.NAME),
            java.util.Map.entry("bhw", IdentifierType.NAME), java.util.Map.entry("bhwname", IdentifierType.NAME),
            java.util.Map.entry("philhealthpin", IdentifierType.HEALTH_PLAN_BENEFICIARY_NUMBER),
            java.util.Map.entry("philhealthno", IdentifierType.HEALTH_PLAN_BENEFICIARY_NUMBER),
            java.util.Map.entry("philhealthnumber", IdentifierType.HEALTH_PLAN_BENEFICIARY_NUMBER),
            java.util.Map.entry("philhealth", IdentifierType.HEALTH_PLAN_BENEFICIARY_NUMBER),
            // Greek headers in Greek and in Latin letters (Greeklish): surname, name, patronymic, town, postcode,
            // municipality (breaker86)
            // Rwanda (breaker89): Kinyarwanda names (izina, amazina; the family's and the baptismal name), the
            // district (akarere), sector (umurenge), cell (akagari) and village (umudugudu) below the province (intara,
            // the first level, stays), age (imyaka), the household's head, the clinician and the receiving clerk, a
            // mobile-money number
            java.util.Map.entry("izina", IdentifierType.NAME), java.util.Map.entry("amazina", IdentifierType.NAME),
            java.util.Map.entry("izinaryumuryango", IdentifierType.FAMILY_NAME),
            java.util.Map.entry("izinaryidini", IdentifierType.GIVEN_NAME),
            java.util.Map.entry("akarere", IdentifierType.COUNTY),
            java.util.Map.entry("umurenge", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("akagari", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("umudugudu", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("imyaka", IdentifierType.AGE),
            java.util.Map.entry("umukuruwurugo", IdentifierType.NAME),
            java.util.Map.entry("uwamuvuye", IdentifierType.NAME), java.util.Map.entry("yakiriwena", IdentifierType.NAME),
            java.util.Map.entry("nimeroyamomo", IdentifierType.TELEPHONE_NUMBER),
            // Ethiopia (breaker89): Amharic given, father's and grandfather's names, age, house number, zone, woreda and
            // kebele, in Ge'ez script and romanised (not Sim alone: a SIM card's)
            java.util.Map.entry("ስም", IdentifierType.GIVEN_NAME),
            java.util.Map.entry("የአባትስም", IdentifierType.NAME), java.util.Map.entry("yeabatsim", IdentifierType.NAME),
            java.util.Map.entry("የአያትስም", IdentifierType.NAME), java.util.Map.entry("yeayatsim", IdentifierType.NAME),
            java.util.Map.entry("ዕድሜ", IdentifierType.AGE), java.util.Map.entry("እድሜ", IdentifierType.AGE),
            java.util.Map.entry("edme", IdentifierType.AGE),
            java.util.Map.entry("የቤትቁጥር", IdentifierType.STREET_ADDRESS),
            java.util.Map.entry("yebetkutir", IdentifierType.STREET_ADDRESS), java.util.Map.entry("hno", IdentifierType.STREET_ADDRESS),
            java.util.Map.entry("ዞን", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("ወረዳ", IdentifierType.COUNTY), java.util.Map.entry("woreda", IdentifierType.COUNTY),
            java.util.Map.entry("ቀበሌ", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("kebele", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            // fifteenth round: Latvian (breaker88) personal code, given name, patient number; Slovak and Czech birth
            // number, insured's number, abbreviated surname, a crew, latitude and longitude; Portuguese SNS user number,
            // surname, the two parts of a postcode (CP4, CP3); Costa Rican, Paraguayan and Dominican (breaker90) ids,
            // a canton (written with its accent: Switzerland's cantons are its first level), city, neighbourhood and
            // house number in Spanish and Guaraní, a student's national register number (RNE); Irish (breaker91) town,
            // county and townland; a driver's licence (DL #), a medical card's number
            java.util.Map.entry("personaskods", IdentifierType.NATIONAL_ID),
            java.util.Map.entry("perskods", IdentifierType.NATIONAL_ID),
            java.util.Map.entry("vārds", IdentifierType.GIVEN_NAME), java.util.Map.entry("vards", IdentifierType.GIVEN_NAME),
            java.util.Map.entry("pacientanr", IdentifierType.MEDICAL_RECORD_NUMBER),
            java.util.Map.entry("rodnéčíslo", IdentifierType.NATIONAL_ID),
            java.util.Map.entry("rodnecislo", IdentifierType.NATIONAL_ID), java.util.Map.entry("rč", IdentifierType.NATIONAL_ID),
            java.util.Map.entry("číslopoistenca", IdentifierType.HEALTH_PLAN_BENEFICIARY_NUMBER),
            java.util.Map.entry("cislopoistenca", IdentifierType.HEALTH_PLAN_BENEFICIARY_NUMBER),
            java.util.Map.entry("priezv", IdentifierType.FAMILY_NAME),
            java.util.Map.entry("posádka", IdentifierType.NAME), java.util.Map.entry("posadka", IdentifierType.NAME),
            java.util.Map.entry("zemšírka", IdentifierType.GEOCOORDINATE),
            java.util.Map.entry("zemdĺžka", IdentifierType.GEOCOORDINATE),
            java.util.Map.entry("gpsn", IdentifierType.GEOCOORDINATE), java.util.Map.entry("gpse", IdentifierType.GEOCOORDINATE),
            java.util.Map.entry("utente", IdentifierType.HEALTH_PLAN_BENEFICIARY_NUMBER),
            java.util.Map.entry("nºutente", IdentifierType.HEALTH_PLAN_BENEFICIARY_NUMBER),
            java.util.Map.entry("nºutentesns", IdentifierType.HEALTH_PLAN_BENEFICIARY_NUMBER),
            java.util.Map.entry("apelido", IdentifierType.FAMILY_NAME),
            java.util.Map.entry("cp4", IdentifierType.ZIP_CODE), java.util.Map.entry("cp3", IdentifierType.ZIP_CODE),
            java.util.Map.entry("cinº", IdentifierType.NATIONAL_ID), java.util.Map.entry("cino", IdentifierType.NATIONAL_ID),
            java.util.Map.entry("cinro", IdentifierType.NATIONAL_ID),
            java.util.Map.entry("rne", IdentifierType.OTHER_UNIQUE_IDENTIFIER),
            java.util.Map.entry("cantón", IdentifierType.COUNTY),
            java.util.Map.entry("cdad", IdentifierType.CITY),
            java.util.Map.entry("bº", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("táva", IdentifierType.CITY), java.util.Map.entry("tava", IdentifierType.CITY),
            java.util.Map.entry("tekoha", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("barriocompañía", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("casano", IdentifierType.STREET_ADDRESS),
            java.util.Map.entry("baile", IdentifierType.CITY), java.util.Map.entry("contae", IdentifierType.COUNTY),
            java.util.Map.entry("townland", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("dl", IdentifierType.CERTIFICATE_LICENSE_NUMBER),
            java.util.Map.entry("medicalcardno", IdentifierType.HEALTH_PLAN_BENEFICIARY_NUMBER),
            java.util.Map.entry("cardno", IdentifierType.OTHER_UNIQUE_IDENTIFIER),
            // breaker92's probes: a Brazilian municipality's IBGE code, a Greek municipality and prefecture in Greeklish,
            // Dutch initials
            java.util.Map.entry("códibge", IdentifierType.CITY), java.util.Map.entry("codibge", IdentifierType.CITY),
            java.util.Map.entry("ibge", IdentifierType.CITY), java.util.Map.entry("codigoibge", IdentifierType.CITY),
            java.util.Map.entry("códigoibge", IdentifierType.CITY),
            java.util.Map.entry("dimos", IdentifierType.CITY), java.util.Map.entry("nomos", IdentifierType.COUNTY),
            java.util.Map.entry("voorletters", IdentifierType.GIVEN_NAME),
            java.util.Map.entry("eponymo", IdentifierType.FAMILY_NAME),
            java.util.Map.entry("eponimo", IdentifierType.FAMILY_NAME),
            java.util.Map.entry("onoma", IdentifierType.GIVEN_NAME),
            java.util.Map.entry("patronymo", IdentifierType.NAME),
            java.util.Map.entry("patronimo", IdentifierType.NAME),
            java.util.Map.entry("mitronymo", IdentifierType.NAME),
            java.util.Map.entry("mitronimo", IdentifierType.NAME),
            java.util.Map.entry("ταχκωδικας", IdentifierType.ZIP_CODE),
            java.util.Map.entry("ταχκώδικας", IdentifierType.ZIP_CODE),
            java.util.Map.entry("ταχυδρομικόςκώδικας", IdentifierType.ZIP_CODE),
            java.util.Map.entry("δήμος", IdentifierType.CITY), java.util.Map.entry("δημος", IdentifierType.CITY),
            java.util.Map.entry("πατέρας", IdentifierType.NAME), java.util.Map.entry("πατρός", IdentifierType.NAME),
            java.util.Map.entry("αμκαιατρού", IdentifierType.NATIONAL_ID),
            java.util.Map.entry("αμκαιατρου", IdentifierType.NATIONAL_ID),
            // a Dutch GP's register (breaker87): official surname, call name, town, street, house number, letter and
            // suffix, the practitioner; Australian hospitals' unit record numbers (URN)
            java.util.Map.entry("geslachtsnaam", IdentifierType.FAMILY_NAME),
            java.util.Map.entry("roepn", IdentifierType.GIVEN_NAME),
            java.util.Map.entry("rnaam", IdentifierType.GIVEN_NAME),
            java.util.Map.entry("rnm", IdentifierType.GIVEN_NAME), java.util.Map.entry("wpl", IdentifierType.CITY),
            java.util.Map.entry("woonpl", IdentifierType.CITY), java.util.Map.entry("plaatsnaam", IdentifierType.CITY),
            java.util.Map.entry("str", IdentifierType.STREET_ADDRESS),
            java.util.Map.entry("huisnr", IdentifierType.STREET_ADDRESS),
            java.util.Map.entry("huisletter", IdentifierType.STREET_ADDRESS),
            java.util.Map.entry("toevoeging", IdentifierType.STREET_ADDRESS),
            java.util.Map.entry("toev", IdentifierType.STREET_ADDRESS),
            java.util.Map.entry("hnrtoev", IdentifierType.STREET_ADDRESS),
            java.util.Map.entry("behandelaar", IdentifierType.NAME),
            java.util.Map.entry("hulpverlener", IdentifierType.NAME),
            java.util.Map.entry("patiënt", IdentifierType.OTHER_UNIQUE_IDENTIFIER),
            java.util.Map.entry("urn", IdentifierType.MEDICAL_RECORD_NUMBER), java.util.Map.entry("urnumber", IdentifierType.MEDICAL_RECORD_NUMBER),
            java.util.Map.entry("urno", IdentifierType.MEDICAL_RECORD_NUMBER),
            java.util.Map.entry("ur", IdentifierType.MEDICAL_RECORD_NUMBER),
            java.util.Map.entry("hospno", IdentifierType.MEDICAL_RECORD_NUMBER),
            java.util.Map.entry("hospitalno", IdentifierType.MEDICAL_RECORD_NUMBER),
            java.util.Map.entry("unitrecordno", IdentifierType.MEDICAL_RECORD_NUMBER),
            java.util.Map.entry("unitrecordnumber", IdentifierType.MEDICAL_RECORD_NUMBER),
            // municipalities' official numbers under their national names (breaker85): Norway's kommunenummer, the
            // Dutch gemeentenummer, Czech and Slovak kód obce, Polish TERYT, Spanish INE, Italian ISTAT, Swiss BFS,
            // Austrian GKZ, French DEPCOM; districts (okres, powiat); census areas of Scotland, Ireland and Australia
            java.util.Map.entry("kommunenummer", IdentifierType.CITY),
            java.util.Map.entry("kommunenr", IdentifierType.CITY),
            java.util.Map.entry("gemeentenummer", IdentifierType.CITY),
            java.util.Map.entry("gemeentenr", IdentifierType.CITY),
            java.util.Map.entry("kódobce", IdentifierType.CITY), java.util.Map.entry("kodobce", IdentifierType.CITY),
            java.util.Map.entry("kodgminy", IdentifierType.CITY), java.util.Map.entry("teryt", IdentifierType.CITY),
            java.util.Map.entry("codine", IdentifierType.CITY), java.util.Map.entry("codigoine", IdentifierType.CITY),
            java.util.Map.entry("codiceistat", IdentifierType.CITY), java.util.Map.entry("bfsnr", IdentifierType.CITY),
            java.util.Map.entry("bfsnummer", IdentifierType.CITY), java.util.Map.entry("gkz", IdentifierType.CITY),
            java.util.Map.entry("gemeindekennzahl", IdentifierType.CITY),
            java.util.Map.entry("depcom", IdentifierType.CITY),
            java.util.Map.entry("codegeographique", IdentifierType.CITY),
            java.util.Map.entry("codegéographique", IdentifierType.CITY),
            java.util.Map.entry("okres", IdentifierType.COUNTY), java.util.Map.entry("powiat", IdentifierType.COUNTY),
            java.util.Map.entry("smallarea", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("sa1", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("sa2", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("meshblock", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("colonia", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("asentamiento", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("fraccionamiento", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("commonplace", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("commonplacename", IdentifierType.GEOGRAPHIC_SUBDIVISION),
                        java.util.Map.entry("premisename", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("nssasegurado", IdentifierType.NATIONAL_ID),
            java.util.Map.entry("numerodeafiliacion", IdentifierType.NATIONAL_ID),
            java.util.Map.entry("númerodeafiliación", IdentifierType.NATIONAL_ID),
            java.util.Map.entry("hetu", IdentifierType.NATIONAL_ID), java.util.Map.entry("henkilötunnus", IdentifierType.NATIONAL_ID),
            java.util.Map.entry("henkilotunnus", IdentifierType.NATIONAL_ID), java.util.Map.entry("sotu", IdentifierType.NATIONAL_ID),
            java.util.Map.entry("personbeteckning", IdentifierType.NATIONAL_ID),
            java.util.Map.entry("codemelli", IdentifierType.NATIONAL_ID), java.util.Map.entry("kodmelli", IdentifierType.NATIONAL_ID),
            java.util.Map.entry("کدملی", IdentifierType.NATIONAL_ID),
            java.util.Map.entry("شمارهبیمه", IdentifierType.HEALTH_PLAN_BENEFICIARY_NUMBER),
            java.util.Map.entry("insuranceno", IdentifierType.HEALTH_PLAN_BENEFICIARY_NUMBER),
            java.util.Map.entry("insurancenumber", IdentifierType.HEALTH_PLAN_BENEFICIARY_NUMBER),
            java.util.Map.entry("амбкарты", IdentifierType.MEDICAL_RECORD_NUMBER),
            java.util.Map.entry("номерамбкарты", IdentifierType.MEDICAL_RECORD_NUMBER),
            java.util.Map.entry("номеркарты", IdentifierType.MEDICAL_RECORD_NUMBER),
            java.util.Map.entry("мк", IdentifierType.MEDICAL_RECORD_NUMBER), java.util.Map.entry("номермк", IdentifierType.MEDICAL_RECORD_NUMBER),
            java.util.Map.entry("familiya", IdentifierType.FAMILY_NAME), java.util.Map.entry("imya", IdentifierType.GIVEN_NAME),
            java.util.Map.entry("otchestvo", IdentifierType.NAME),
            java.util.Map.entry("namkhanevadegi", IdentifierType.FAMILY_NAME),
            java.util.Map.entry("namekhanevadegi", IdentifierType.FAMILY_NAME),
            java.util.Map.entry("nampedar", IdentifierType.NAME), java.util.Map.entry("namepedar", IdentifierType.NAME),
            java.util.Map.entry("nachn", IdentifierType.FAMILY_NAME),
            java.util.Map.entry("snimi", IdentifierType.FAMILY_NAME),
            java.util.Map.entry("naselennyipunkt", IdentifierType.CITY), java.util.Map.entry("naselennyjpunkt", IdentifierType.CITY),
            java.util.Map.entry("miejsc", IdentifierType.CITY), java.util.Map.entry("postitoimipaikka", IdentifierType.CITY),
            java.util.Map.entry("postanstalt", IdentifierType.CITY), java.util.Map.entry("hemkommun", IdentifierType.CITY),
            java.util.Map.entry("csn", IdentifierType.OTHER_UNIQUE_IDENTIFIER),
            java.util.Map.entry("encounternumber", IdentifierType.OTHER_UNIQUE_IDENTIFIER),
            java.util.Map.entry("encounterno", IdentifierType.OTHER_UNIQUE_IDENTIFIER),
            java.util.Map.entry("encounternbr", IdentifierType.OTHER_UNIQUE_IDENTIFIER),
            java.util.Map.entry("crm", IdentifierType.CERTIFICATE_LICENSE_NUMBER),
            java.util.Map.entry("numerocrm", IdentifierType.CERTIFICATE_LICENSE_NUMBER),
            java.util.Map.entry("crmnumero", IdentifierType.CERTIFICATE_LICENSE_NUMBER),
            java.util.Map.entry("coren", IdentifierType.CERTIFICATE_LICENSE_NUMBER),
            java.util.Map.entry("rqe", IdentifierType.CERTIFICATE_LICENSE_NUMBER),
            java.util.Map.entry("numeroconselho", IdentifierType.CERTIFICATE_LICENSE_NUMBER),
            java.util.Map.entry("numerodoconselho", IdentifierType.CERTIFICATE_LICENSE_NUMBER),
            java.util.Map.entry("registroprofissional", IdentifierType.CERTIFICATE_LICENSE_NUMBER),
            // Italian registers' flat (interno) and land register's parcel and unit (particella, mappale, subalterno),
            // read only as whole headers (Codice Interno is an internal code; breaker72); not foglio (a spreadsheet's
            // sheet as often as the land register's) nor daire (a court's chamber as often as a flat; breaker75), whose
            // flat is read after the building's number (Bina No, Daire No)
            java.util.Map.entry("interno", IdentifierType.STREET_ADDRESS),
            java.util.Map.entry("particella", IdentifierType.OTHER_UNIQUE_IDENTIFIER),
            java.util.Map.entry("mappale", IdentifierType.OTHER_UNIQUE_IDENTIFIER),
            java.util.Map.entry("subalterno", IdentifierType.OTHER_UNIQUE_IDENTIFIER),
            java.util.Map.entry("grad", IdentifierType.CITY),
            // Vietnamese headers, with their diacritics and as exports write them without (ho_ten, so_dien_thoai):
            // full name, citizen id card (CCCD) and the older CMND, phone, licence plate, birth date, address
            java.util.Map.entry("họtên", IdentifierType.NAME), java.util.Map.entry("hoten", IdentifierType.NAME),
            java.util.Map.entry("họvàtên", IdentifierType.NAME), java.util.Map.entry("hovaten", IdentifierType.NAME),
            java.util.Map.entry("cccd", IdentifierType.NATIONAL_ID), java.util.Map.entry("cmnd", IdentifierType.NATIONAL_ID),
            java.util.Map.entry("sốcccd", IdentifierType.NATIONAL_ID), java.util.Map.entry("socccd", IdentifierType.NATIONAL_ID),
            java.util.Map.entry("sốcmnd", IdentifierType.NATIONAL_ID), java.util.Map.entry("socmnd", IdentifierType.NATIONAL_ID),
            java.util.Map.entry("căncước", IdentifierType.NATIONAL_ID), java.util.Map.entry("cancuoc", IdentifierType.NATIONAL_ID),
            java.util.Map.entry("sốđiệnthoại", IdentifierType.TELEPHONE_NUMBER), java.util.Map.entry("sodienthoai", IdentifierType.TELEPHONE_NUMBER),
            java.util.Map.entry("điệnthoại", IdentifierType.TELEPHONE_NUMBER), java.util.Map.entry("dienthoai", IdentifierType.TELEPHONE_NUMBER),
            java.util.Map.entry("sđt", IdentifierType.TELEPHONE_NUMBER), java.util.Map.entry("sdt", IdentifierType.TELEPHONE_NUMBER),
            java.util.Map.entry("biểnsốxe", IdentifierType.VEHICLE_IDENTIFIER), java.util.Map.entry("biensoxe", IdentifierType.VEHICLE_IDENTIFIER),
            java.util.Map.entry("biểnsố", IdentifierType.VEHICLE_IDENTIFIER), java.util.Map.entry("bienso", IdentifierType.VEHICLE_IDENTIFIER),
            java.util.Map.entry("ngàysinh", IdentifierType.DATE_OF_BIRTH), java.util.Map.entry("ngaysinh", IdentifierType.DATE_OF_BIRTH),
            java.util.Map.entry("địachỉ", IdentifierType.STREET_ADDRESS), java.util.Map.entry("diachi", IdentifierType.STREET_ADDRESS),
            // a birth date and place in Croatian, Serbian and Bosnian (d.m.yyyy. dates; breaker42); a French
            // insurance number; a place of birth abbreviated
            java.util.Map.entry("datumrođenja", IdentifierType.DATE_OF_BIRTH), java.util.Map.entry("datumrodjenja", IdentifierType.DATE_OF_BIRTH),
            java.util.Map.entry("datumrodenja", IdentifierType.DATE_OF_BIRTH), java.util.Map.entry("datrođ", IdentifierType.DATE_OF_BIRTH),
            java.util.Map.entry("datrod", IdentifierType.DATE_OF_BIRTH), java.util.Map.entry("датумрођења", IdentifierType.DATE_OF_BIRTH),
            java.util.Map.entry("mjestorođenja", IdentifierType.GEOGRAPHIC_SUBDIVISION), java.util.Map.entry("mjestorodjenja", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("mestorođenja", IdentifierType.GEOGRAPHIC_SUBDIVISION), java.util.Map.entry("mestorodjenja", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("noassuré", IdentifierType.HEALTH_PLAN_BENEFICIARY_NUMBER), java.util.Map.entry("nodassuré", IdentifierType.HEALTH_PLAN_BENEFICIARY_NUMBER),
            java.util.Map.entry("nocartedassuré", IdentifierType.HEALTH_PLAN_BENEFICIARY_NUMBER), java.util.Map.entry("numérodassuré", IdentifierType.HEALTH_PLAN_BENEFICIARY_NUMBER),
            java.util.Map.entry("ncartedassuré", IdentifierType.HEALTH_PLAN_BENEFICIARY_NUMBER), java.util.Map.entry("nassuré", IdentifierType.HEALTH_PLAN_BENEFICIARY_NUMBER),
            java.util.Map.entry("pob", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("ptt", IdentifierType.ZIP_CODE),
            java.util.Map.entry("птт", IdentifierType.ZIP_CODE),
            java.util.Map.entry("ime", IdentifierType.GIVEN_NAME),
            java.util.Map.entry("pita", IdentifierType.NAME),
            java.util.Map.entry("swami", IdentifierType.NAME),
            java.util.Map.entry("pitaswami", IdentifierType.NAME),
            java.util.Map.entry("gram", IdentifierType.CITY),
            java.util.Map.entry("union", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("zila", IdentifierType.COUNTY),
            java.util.Map.entry("thana", IdentifierType.COUNTY),
            java.util.Map.entry("mouza", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("szulhely", IdentifierType.CITY),
            // French and Dutch: a street, a letterbox (boîte, bus) of a Belgian address; Chinese: a district (區)
            java.util.Map.entry("rue", IdentifierType.STREET_ADDRESS), java.util.Map.entry("bte", IdentifierType.STREET_ADDRESS),
            java.util.Map.entry("boîte", IdentifierType.STREET_ADDRESS), java.util.Map.entry("boite", IdentifierType.STREET_ADDRESS),
            java.util.Map.entry("区", IdentifierType.CITY), java.util.Map.entry("區", IdentifierType.CITY),
            java.util.Map.entry("apt", IdentifierType.STREET_ADDRESS), java.util.Map.entry("aptunit", IdentifierType.STREET_ADDRESS),
            java.util.Map.entry("aptno", IdentifierType.STREET_ADDRESS), java.util.Map.entry("apartment", IdentifierType.STREET_ADDRESS));

    private ColumnHeader() {
    }

    /** Words that say a header is a column or an answer without saying of what. */
    private static final Set<String> SAY_NOTHING_WORDS = Set.of("col", "column", "field", "var", "variable", "item",
            "question", "answer", "response", "value", "val", "attr", "attribute", "data", "unnamed", "untitled", "spalte",
            "feld", "colonne", "champ", "columna", "campo", "kolom", "veld", "kolumna", "pole");

    /**
     * @param word a lower-case header word
     * @return whether it names notes or comments in German, French, Spanish, Italian, Dutch, Portuguese, Swedish,
     *     Norwegian, Danish, Finnish, Russian or Greek ({@code bemerkung}, {@code примечание}, {@code σημειώσεις})
     */
    public static boolean namesNotesInOtherLanguages(String word) {
        return NOTES_IN_OTHER_LANGUAGES.contains(word);
    }

    /** Abbreviations of measurements that say what a column holds though they are two letters or fewer. */
    private static final Set<String> MEASURE_ABBREVIATIONS = Set.of("hr", "bp", "rr", "kg", "cm", "mm", "ml", "mg", "km",
            "ht", "wt", "lb", "kw", "hz");

    /**
     * A header that names nothing: each of its words is a number, one or two letters, or a word that only says "a
     * column" or "an answer" ({@code q8}, {@code c12}, {@code V3}, {@code Unnamed: 4}, {@code item_7},
     * {@code Question 8}). Such a column's values are its only evidence.
     *
     * @param header a column header
     * @return whether no word of the header says what the column holds
     */
    public static boolean saysNothing(String header) {
        for (String w : words(header)) {
            String letters = w.replaceAll("[0-9]+", "");
            if (letters.codePointCount(0, letters.length()) > 2 && !SAY_NOTHING_WORDS.contains(letters)) {
                return false;
            }
            if (MEASURE_ABBREVIATIONS.contains(letters)) {
                return false; // hr_07, bp_sys: a heart rate, a blood pressure
            }
        }
        return true;
    }

    /**
     * A column of a flattened HL7 v2 message ({@code PID_5}, {@code PID.5}, {@code OBR-16}, {@code PID_11_3}): segment,
     * field and optional component numbers.
     */
    private static final java.util.regex.Pattern HL7_FIELD = java.util.regex.Pattern.compile(
            "(MSH|EVN|PID|PD1|NK1|PV1|PV2|ORC|OBR|OBX|NTE|IN1|IN2|GT1|DG1|AL1|MRG|SPM|TQ1|PR1|RXA|RXE|RXO|FT1)[_.\\-]([0-9]{1,3})"
                    + "([_.\\-][0-9]{1,2})*", java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * The HL7 v2 fields that identify a person or an event of one (HL7 Version 2.5.1, chapters 2, 3, 4, 6, 7: PID, NK1,
     * PV1, ORC, OBR, OBX, IN1, GT1, ...), by segment and field number: patient ids, names, birth date, address, phones,
     * account and social security numbers, next of kin, providers (XCN), order and message control ids, dates and
     * times. Fields not listed (PID-8 sex, OBX-3 the LOINC code, OBX-5 the value) are judged by their values.
     */
    private static final java.util.Map<String, IdentifierType> HL7_FIELDS = java.util.Map.ofEntries(
            java.util.Map.entry("MSH-7", IdentifierType.DATE), java.util.Map.entry("MSH-10", IdentifierType.OTHER_UNIQUE_IDENTIFIER), java.util.Map.entry("EVN-2", IdentifierType.DATE),
            java.util.Map.entry("EVN-5", IdentifierType.NAME), java.util.Map.entry("EVN-6", IdentifierType.DATE), java.util.Map.entry("PID-2", IdentifierType.MEDICAL_RECORD_NUMBER),
            java.util.Map.entry("PID-3", IdentifierType.MEDICAL_RECORD_NUMBER), java.util.Map.entry("PID-4", IdentifierType.MEDICAL_RECORD_NUMBER), java.util.Map.entry("PID-5", IdentifierType.NAME),
            java.util.Map.entry("PID-6", IdentifierType.FAMILY_NAME), java.util.Map.entry("PID-7", IdentifierType.DATE_OF_BIRTH), java.util.Map.entry("PID-9", IdentifierType.NAME),
            java.util.Map.entry("PID-11", IdentifierType.STREET_ADDRESS), java.util.Map.entry("PID-12", IdentifierType.COUNTY), java.util.Map.entry("PID-13", IdentifierType.TELEPHONE_NUMBER),
            java.util.Map.entry("PID-14", IdentifierType.TELEPHONE_NUMBER), java.util.Map.entry("PID-18", IdentifierType.ACCOUNT_NUMBER), java.util.Map.entry("PID-19", IdentifierType.SOCIAL_SECURITY_NUMBER),
            java.util.Map.entry("PID-20", IdentifierType.CERTIFICATE_LICENSE_NUMBER), java.util.Map.entry("PID-21", IdentifierType.OTHER_UNIQUE_IDENTIFIER), java.util.Map.entry("PID-23", IdentifierType.GEOGRAPHIC_SUBDIVISION),
            java.util.Map.entry("PID-29", IdentifierType.DATE), java.util.Map.entry("PID-33", IdentifierType.DATE), java.util.Map.entry("PD1-4", IdentifierType.NAME),
            java.util.Map.entry("NK1-2", IdentifierType.NAME), java.util.Map.entry("NK1-4", IdentifierType.STREET_ADDRESS), java.util.Map.entry("NK1-5", IdentifierType.TELEPHONE_NUMBER),
            java.util.Map.entry("NK1-6", IdentifierType.TELEPHONE_NUMBER), java.util.Map.entry("NK1-8", IdentifierType.DATE), java.util.Map.entry("NK1-9", IdentifierType.DATE),
            java.util.Map.entry("NK1-16", IdentifierType.DATE_OF_BIRTH), java.util.Map.entry("NK1-30", IdentifierType.NAME), java.util.Map.entry("NK1-31", IdentifierType.TELEPHONE_NUMBER),
            java.util.Map.entry("NK1-32", IdentifierType.STREET_ADDRESS), java.util.Map.entry("NK1-33", IdentifierType.OTHER_UNIQUE_IDENTIFIER), java.util.Map.entry("NK1-37", IdentifierType.SOCIAL_SECURITY_NUMBER),
            java.util.Map.entry("PV1-7", IdentifierType.NAME), java.util.Map.entry("PV1-8", IdentifierType.NAME), java.util.Map.entry("PV1-9", IdentifierType.NAME),
            java.util.Map.entry("PV1-17", IdentifierType.NAME), java.util.Map.entry("PV1-19", IdentifierType.OTHER_UNIQUE_IDENTIFIER), java.util.Map.entry("PV1-44", IdentifierType.DATE),
            java.util.Map.entry("PV1-45", IdentifierType.DATE), java.util.Map.entry("PV1-50", IdentifierType.OTHER_UNIQUE_IDENTIFIER), java.util.Map.entry("PV1-52", IdentifierType.NAME),
            java.util.Map.entry("PV2-8", IdentifierType.DATE), java.util.Map.entry("PV2-9", IdentifierType.DATE), java.util.Map.entry("ORC-2", IdentifierType.OTHER_UNIQUE_IDENTIFIER),
            java.util.Map.entry("ORC-3", IdentifierType.OTHER_UNIQUE_IDENTIFIER), java.util.Map.entry("ORC-4", IdentifierType.OTHER_UNIQUE_IDENTIFIER), java.util.Map.entry("ORC-9", IdentifierType.DATE),
            java.util.Map.entry("ORC-10", IdentifierType.NAME), java.util.Map.entry("ORC-11", IdentifierType.NAME), java.util.Map.entry("ORC-12", IdentifierType.NAME),
            java.util.Map.entry("ORC-14", IdentifierType.TELEPHONE_NUMBER), java.util.Map.entry("ORC-15", IdentifierType.DATE), java.util.Map.entry("ORC-24", IdentifierType.STREET_ADDRESS),
            java.util.Map.entry("OBR-2", IdentifierType.OTHER_UNIQUE_IDENTIFIER), java.util.Map.entry("OBR-3", IdentifierType.OTHER_UNIQUE_IDENTIFIER), java.util.Map.entry("OBR-6", IdentifierType.DATE),
            java.util.Map.entry("OBR-7", IdentifierType.DATE), java.util.Map.entry("OBR-8", IdentifierType.DATE), java.util.Map.entry("OBR-10", IdentifierType.NAME),
            java.util.Map.entry("OBR-14", IdentifierType.DATE), java.util.Map.entry("OBR-16", IdentifierType.NAME), java.util.Map.entry("OBR-17", IdentifierType.TELEPHONE_NUMBER),
            java.util.Map.entry("OBR-22", IdentifierType.DATE), java.util.Map.entry("OBR-28", IdentifierType.NAME), java.util.Map.entry("OBR-32", IdentifierType.NAME),
            java.util.Map.entry("OBR-33", IdentifierType.NAME), java.util.Map.entry("OBR-34", IdentifierType.NAME), java.util.Map.entry("OBR-35", IdentifierType.NAME),
            java.util.Map.entry("OBR-36", IdentifierType.DATE), java.util.Map.entry("OBX-14", IdentifierType.DATE), java.util.Map.entry("OBX-16", IdentifierType.NAME),
            java.util.Map.entry("OBX-19", IdentifierType.DATE), java.util.Map.entry("IN1-12", IdentifierType.DATE), java.util.Map.entry("IN1-13", IdentifierType.DATE),
            java.util.Map.entry("IN1-16", IdentifierType.NAME), java.util.Map.entry("IN1-18", IdentifierType.DATE_OF_BIRTH), java.util.Map.entry("IN1-19", IdentifierType.STREET_ADDRESS),
            java.util.Map.entry("IN1-36", IdentifierType.HEALTH_PLAN_BENEFICIARY_NUMBER), java.util.Map.entry("IN1-49", IdentifierType.OTHER_UNIQUE_IDENTIFIER), java.util.Map.entry("GT1-2", IdentifierType.OTHER_UNIQUE_IDENTIFIER),
            java.util.Map.entry("GT1-3", IdentifierType.NAME), java.util.Map.entry("GT1-5", IdentifierType.STREET_ADDRESS), java.util.Map.entry("GT1-6", IdentifierType.TELEPHONE_NUMBER),
            java.util.Map.entry("GT1-7", IdentifierType.TELEPHONE_NUMBER), java.util.Map.entry("GT1-8", IdentifierType.DATE_OF_BIRTH), java.util.Map.entry("GT1-12", IdentifierType.SOCIAL_SECURITY_NUMBER),
            java.util.Map.entry("DG1-5", IdentifierType.DATE), java.util.Map.entry("DG1-16", IdentifierType.NAME), java.util.Map.entry("AL1-6", IdentifierType.DATE),
            java.util.Map.entry("MRG-1", IdentifierType.MEDICAL_RECORD_NUMBER), java.util.Map.entry("MRG-2", IdentifierType.MEDICAL_RECORD_NUMBER), java.util.Map.entry("MRG-3", IdentifierType.ACCOUNT_NUMBER),
            java.util.Map.entry("MRG-4", IdentifierType.MEDICAL_RECORD_NUMBER), java.util.Map.entry("MRG-5", IdentifierType.OTHER_UNIQUE_IDENTIFIER), java.util.Map.entry("MRG-7", IdentifierType.NAME),
            java.util.Map.entry("SPM-2", IdentifierType.OTHER_UNIQUE_IDENTIFIER), java.util.Map.entry("SPM-17", IdentifierType.DATE), java.util.Map.entry("SPM-18", IdentifierType.DATE),
            java.util.Map.entry("TQ1-7", IdentifierType.DATE), java.util.Map.entry("TQ1-8", IdentifierType.DATE), java.util.Map.entry("PR1-5", IdentifierType.DATE),
            java.util.Map.entry("PR1-8", IdentifierType.NAME), java.util.Map.entry("PR1-11", IdentifierType.NAME), java.util.Map.entry("PR1-12", IdentifierType.NAME),
            java.util.Map.entry("RXA-3", IdentifierType.DATE), java.util.Map.entry("RXA-4", IdentifierType.DATE), java.util.Map.entry("RXA-10", IdentifierType.NAME),
            java.util.Map.entry("FT1-4", IdentifierType.DATE), java.util.Map.entry("FT1-5", IdentifierType.DATE), java.util.Map.entry("FT1-20", IdentifierType.NAME),
            java.util.Map.entry("FT1-21", IdentifierType.NAME));

    /** @return the meaning of an HL7 v2 field header that the standard defines as identifying, or of NTE-3 (notes) */
    private static Optional<Meaning> hl7Field(String header) {
        java.util.regex.Matcher m = HL7_FIELD.matcher(header.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String field = m.group(1).toUpperCase(java.util.Locale.ROOT) + "-" + Integer.parseInt(m.group(2));
        if (field.equals("NTE-3")) {
            return Optional.of(Meaning.of(Kind.FREE_TEXT, "the header is HL7 v2 field NTE-3 (a comment): free text"));
        }
        IdentifierType type = HL7_FIELDS.get(field);
        return type == null ? Optional.empty() : Optional.of(Meaning.identifier(type, "the header is HL7 v2 field "
                + field + ", which holds a " + type + " by the HL7 Version 2.5.1 standard"));
    }

    /**
     * Splits a header into lower-case words.
     *
     * @param header a column header
     * @return its words, in order; {@code mothersMaidenName} gives {@code [mothers, maiden, name]}
     */
    public static List<String> words(String header) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        int prev = 0;
        for (int i = 0; i < header.length(); ) {
            int cp = header.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK) {
                // A vowel sign or tone mark of Devanagari, Thai, Bengali...: part of the word it follows (आयु, อายุ)
                if (w.length() > 0) {
                    w.appendCodePoint(cp);
                }
                continue;
            }
            if (!Character.isLetterOrDigit(cp)) {
                flush(w, out);
            } else {
                boolean boundary = Character.isUpperCase(cp) && (Character.isLowerCase(prev) || Character.isDigit(prev))
                        || Character.isDigit(cp) != Character.isDigit(prev) && w.length() > 0 && !Character.isDigit(cp)
                        // apellido1, address2: a number after a word of three letters or more is a word of its own
                        || Character.isDigit(cp) && Character.isLetter(prev) && w.length() >= 3;
                if (boundary) {
                    flush(w, out);
                }
                w.appendCodePoint(Character.toLowerCase(cp));
            }
            prev = cp;
        }
        flush(w, out);
        return out;
    }

    /**
     * @return the header's {@link #words} joined, in any script ({@code Nr lokalu}: nrlokalu, {@code Квартира}:
     *     квартира, {@code Província}: província), where a lower-cased ASCII key would drop the letters outside ASCII
     */
    public static String joinedWords(String header) {
        return String.join("", words(header));
    }

    private static void flush(StringBuilder w, List<String> out) {
        if (w.length() > 0) {
            out.add(w.toString());
            w.setLength(0);
        }
    }

    /**
     * @param table the table's name (decides whether "company" names the row itself or a person's employer)
     * @param header the column's header
     * @return what the header names; {@link Kind#NONE} when no convention matches
     */
    public static Meaning meaning(String table, String header) {
        if (header.indexOf('.') > 0 && header.indexOf('.') < header.length() - 1) {
            Optional<Meaning> path = pathMeaning(table, header);
            if (path.isPresent()) {
                return path.get();
            }
        }
        // Hungarian notation of Access and VB applications (strFirstName, txtForename, dtmDOB, lngPatientID, where lng
        // is a long integer, not a longitude): read without the type prefix when that reading says something
        java.util.regex.Matcher hungarian = HUNGARIAN_PREFIX.matcher(header);
        if (hungarian.lookingAt() && header.length() > hungarian.end() + 1) {
            Meaning unprefixed = meaning(table, header.substring(hungarian.end()));
            if (unprefixed.kind() != Kind.NONE) {
                return unprefixed;
            }
        }
        Meaning m = literalMeaning(table, header);
        if (m.kind() != Kind.NONE && m.kind() != Kind.THING_NAME) {
            return m;
        }
        // a qualifier in brackets after the name (Stripe's order_id (metadata), Phone [home]): read without it when the
        // whole says nothing; not a unit (Idle Time (min), Distance (mi): a duration, a length)
        java.util.regex.Matcher qualified = QUALIFIER_IN_BRACKETS.matcher(header);
        if (m.kind() == Kind.NONE && qualified.matches() && qualified.group(2).codePoints().filter(Character::isLetter).count() >= 4) {
            Meaning unqualified = meaning(table, qualified.group(1));
            if (unqualified.kind() != Kind.NONE) {
                return unqualified;
            }
        }
        String english = arabicInEnglish(header);
        if (!english.equals(header)) {
            Meaning read = meaning(table, english);
            if (read.kind() != Kind.NONE) {
                return new Meaning(read.kind(), read.type(), "read in English as '" + english.replace('_', ' ') + "': "
                        + read.rule());
            }
        }
        // Abbreviated headers of mainframe and warehouse exports (PT_LNM, LST_NM, RES_CTY, PT_MI): read again with
        // each abbreviation written out, only when the header read as written says nothing.
        String expanded = withAbbreviationsWrittenOut(header);
        if (expanded.equals(header)) {
            return m;
        }
        Meaning read = literalMeaning(table, expanded);
        if (m.kind() == Kind.THING_NAME) {
            // pt_name, mbr_nm: a thing's name as written, a person's name once pt and mbr are written out
            return read.kind() == Kind.IDENTIFIER ? read : m;
        }
        // LINE_BENE_PTB_DDCTBL_AMT_1, BENE_HI_CVRAGE_TOT_MONS: an amount or a count about the beneficiary, not the
        // beneficiary's number
        return read.kind() == Kind.IDENTIFIER && words(header).stream().anyMatch(AMOUNT_WORDS::contains) ? m : read;
    }

    /** A header, then a qualifier in round or square brackets at its end: {@code order_id (metadata)}. */
    private static final java.util.regex.Pattern QUALIFIER_IN_BRACKETS = java.util.regex.Pattern.compile(
            "\\s*(\\S.*?)\\s*[(\\[]([^()\\[\\]]*)[)\\]]\\s*");

    /** Leaves of a nested record that describe the value beside them, not a person: FHIR's use, system, type. */
    private static final Set<String> PATH_METADATA = Set.of("use", "system", "type", "status", "rank", "unit",
            "resourcetype", "relationship", "coding", "version", "userselected");

    /**
     * A header that is the path of a value nested in a JSON Lines record ({@code address.0.state},
     * {@code telecom.0.value}, {@code name.0.family}): its last named segment speaks first ({@code state} is a
     * vocabulary, {@code postalCode} a ZIP code), a segment of metadata ({@code use}, {@code system}) names no one, and
     * a leaf that says nothing ({@code value}, {@code text}, {@code family}) is read with the segments before it.
     */
    private static Optional<Meaning> pathMeaning(String table, String header) {
        List<String> segments = java.util.Arrays.stream(header.split("\\.")).filter(x -> !x.isEmpty()
                && !x.chars().allMatch(Character::isDigit)).toList();
        if (segments.size() < 2) {
            return Optional.empty();
        }
        String leaf = segments.get(segments.size() - 1);
        if (PATH_METADATA.contains(leaf.toLowerCase(java.util.Locale.ROOT))) {
            return Optional.of(Meaning.of(Kind.VOCABULARY, "the path ends in " + leaf + ", which describes the value "
                    + "beside it (a nested record's metadata)"));
        }
        Meaning m = literalMeaning(table, leaf);
        if (m.kind() != Kind.NONE && m.kind() != Kind.THING_NAME && m.kind() != Kind.RECORD_NUMBER) {
            return Optional.of(m); // not address.0.line, an address's line rather than a line number
        }
        Meaning whole = literalMeaning(table, String.join("_", segments));
        return whole.kind() == Kind.NONE ? Optional.empty() : Optional.of(whole);
    }

    /**
     * Arabic header words in English, keyed by the word without its article ({@code ال}) and with the alef and taa
     * marbuta written one way ({@link #arabicKey}): names of people and relatives, places smaller than a governorate,
     * dates of a stay, numbers and contacts, as hospital, bank and civil-registry exports write them (breaker40:
     * {@code اسم الأب}, the father's name, {@code المركز / الحي}, district, {@code السن}, age).
     */
    private static final java.util.Map<String, String> ARABIC_WORDS = java.util.Map.ofEntries(
            java.util.Map.entry("اسم", "name"), java.util.Map.entry("اب", "father"), java.util.Map.entry("ام", "mother"),
            java.util.Map.entry("والد", "father"), java.util.Map.entry("والده", "mother"),
            java.util.Map.entry("جد", "grandfather"), java.util.Map.entry("جده", "grandmother"),
            java.util.Map.entry("عائله", "family"), java.util.Map.entry("اسره", "family"),
            java.util.Map.entry("لقب", "surname"), java.util.Map.entry("كنيه", "surname"), java.util.Map.entry("شهره", "surname"),
            java.util.Map.entry("زوج", "husband"), java.util.Map.entry("زوجه", "wife"), java.util.Map.entry("ولي", "guardian"),
            java.util.Map.entry("مريض", "patient"), java.util.Map.entry("مريضه", "patient"),
            java.util.Map.entry("طبيب", "doctor"), java.util.Map.entry("طبيبه", "doctor"), java.util.Map.entry("ممرض", "nurse"),
            java.util.Map.entry("ممرضه", "nurse"), java.util.Map.entry("موظف", "employee"),
            java.util.Map.entry("مستفيد", "beneficiary"), java.util.Map.entry("كفيل", "sponsor"),
            java.util.Map.entry("شاهد", "witness"), java.util.Map.entry("مرافق", "contact"),
            java.util.Map.entry("اول", "first"), java.util.Map.entry("اخير", "last"), java.util.Map.entry("كامل", "full"),
            java.util.Map.entry("رباعي", "full"), java.util.Map.entry("ثلاثي", "full"),
            java.util.Map.entry("مركز", "district"), java.util.Map.entry("حي", "neighborhood"),
            java.util.Map.entry("قريه", "village"), java.util.Map.entry("مدينه", "city"), java.util.Map.entry("بلده", "town"),
            java.util.Map.entry("شارع", "street"), java.util.Map.entry("عنوان", "address"),
            java.util.Map.entry("اقامه", "residence"), java.util.Map.entry("سكن", "residence"),
            java.util.Map.entry("محل", "place"), java.util.Map.entry("مكان", "place"),
            java.util.Map.entry("نسب", "surname"), java.util.Map.entry("دوار", "village"),
            java.util.Map.entry("جماعه", "municipality"), java.util.Map.entry("اقليم", "county"),
            java.util.Map.entry("سن", "age"), java.util.Map.entry("عمر", "age"),
            java.util.Map.entry("تاريخ", "date"), java.util.Map.entry("ميلاد", "birth"), java.util.Map.entry("دخول", "admission"),
            java.util.Map.entry("خروج", "discharge"), java.util.Map.entry("وفاه", "death"),
            java.util.Map.entry("رقم", "number"), java.util.Map.entry("قومي", "national"), java.util.Map.entry("هويه", "identity"),
            java.util.Map.entry("جواز", "passport"), java.util.Map.entry("قيد", "registration"),
            java.util.Map.entry("هاتف", "phone"), java.util.Map.entry("تليفون", "phone"), java.util.Map.entry("موبايل", "mobile"),
            java.util.Map.entry("جوال", "mobile"), java.util.Map.entry("محمول", "mobile"),
            java.util.Map.entry("بريد", "mail"), java.util.Map.entry("الكتروني", "e"),
            java.util.Map.entry("ملاحظات", "notes"),
            // Urdu, as Pakistani clinic and NADRA-style exports write it (ی and ک read as ي and ك first; breaker47):
            // tehsil, district, city (شہر, with the Urdu heh: Arabic شهر is a month), village, mobile, phone,
            // parentage (the father's name) and the husband's name
            java.util.Map.entry("تحصيل", "tehsil"), java.util.Map.entry("ضلع", "district"), java.util.Map.entry("شہر", "city"),
            java.util.Map.entry("گاؤں", "village"), java.util.Map.entry("گاوں", "village"), java.util.Map.entry("موبائل", "mobile"),
            java.util.Map.entry("فون", "phone"), java.util.Map.entry("ولديت", "father_name"),
            java.util.Map.entry("زوجيت", "husband_name"), java.util.Map.entry("پتہ", "address"));

    /**
     * Arabic marks that do not change a word: the short vowels and other harakat (tashkeel, U+064B-U+065F), the
     * superscript alef (U+0670) and the tatweel that stretches a word (U+0640).
     */
    private static final java.util.regex.Pattern ARABIC_MARKS = java.util.regex.Pattern.compile("[\u064B-\u065F\u0670\u0640]");

    /** @return an Arabic word without its article and with one spelling of alef and taa marbuta ({@code الأب} gives {@code اب}) */
    private static String arabicKey(String word) {
        String w = word.replace('أ', 'ا').replace('إ', 'ا').replace('آ', 'ا').replace('ة', 'ه').replace('ى', 'ي');
        if (ARABIC_WORDS.containsKey(w)) {
            return w;
        }
        // and (و), with/in (ب), like (ك) before the article: بالنقابة, والعنوان; for (ل) with it: للمريض
        for (String prefix : List.of("وال", "بال", "كال", "ال", "لل", "و")) {
            if (w.startsWith(prefix) && w.length() > prefix.length() + 1) {
                String rest = w.substring(prefix.length());
                if (ARABIC_WORDS.containsKey(rest)) {
                    return rest;
                }
            }
        }
        return w;
    }

    /**
     * Reads an Arabic header in English, word by word ({@link #ARABIC_WORDS}), in English order: Arabic puts the head
     * of a phrase first ({@code اسم الأب}, name of the father, gives {@code father_name}; {@code الرقم القومي},
     * number national, gives {@code national_number}). Words it does not know are kept as written.
     *
     * @return the English reading joined by {@code _}, or the header itself when no word of it is known Arabic or
     *     some word in Latin letters is not one of its English reading (a gloss, اسم الاب (Father)); harakat and tatweel are ignored and the Persian
     *     forms of ya and kaf read as the Arabic
     */
    public static String arabicInEnglish(String header) {
        List<String> w = words(ARABIC_MARKS.matcher(header).replaceAll("").replace('\u06CC', '\u064A').replace('\u06A9', '\u0643'));
        List<String> latin = w.stream().filter(x -> Character.UnicodeScript.of(x.codePointAt(0)) == Character.UnicodeScript.LATIN).toList();
        List<String> arabic = w.stream().filter(x -> !latin.contains(x)).toList();
        List<String> out = new ArrayList<>();
        boolean any = false;
        for (int i = arabic.size() - 1; i >= 0; i--) {
            String key = arabicKey(arabic.get(i));
            String english = ARABIC_WORDS.get(key);
            any |= english != null;
            out.add(english != null ? english : arabic.get(i));
        }
        // مركز التكلفة / Cost Center: a header written in both says it in English already; اسم الاب (Father): the
        // English words only gloss what the Arabic says, which is read whole (breaker45)
        if (!latin.isEmpty() && (arabic.isEmpty() || !out.containsAll(latin))) {
            return header;
        }
        return any ? String.join("_", out) : header;
    }

    /**
     * @param header a header
     * @return its words joined by {@code _}, each abbreviation written out ({@code PT_MI} gives
     *     {@code patient_middle_initial}); the header itself when it holds none
     */
    public static String withAbbreviationsWrittenOut(String header) {
        List<String> expanded = new ArrayList<>();
        boolean any = false;
        String before = "";
        List<String> all = words(header);
        // distance_mi, trip_mi: miles after a length, not a middle initial; AETERM_PT: MedDRA's preferred term, not a
        // patient (breaker64, breaker65)
        boolean length = all.stream().anyMatch(LENGTH_WORDS::contains);
        boolean term = all.stream().anyMatch(x -> x.equals("term") || x.endsWith("term") || x.equals("meddra")
                || x.equals("llt") || x.equals("soc") || x.equals("hlt") || x.equals("hlgt"));
        for (int i = 0; i < all.size(); i++) {
            String x = all.get(i);
            // EXEC_DIR_NM: an executive director (breaker63); exec_name and dir_name alone are a program's and a folder's
            boolean executiveDirector = x.equals("exec") && i + 1 < all.size() && all.get(i + 1).equals("dir")
                    || x.equals("dir") && before.equals("exec");
            String full = executiveDirector ? (x.equals("exec") ? "executive" : "director")
                    : x.equals("emp") && EMPLOYER_BEFORE_EMP.contains(before) ? "employer"
                    : x.equals("mi") && length || x.equals("pt") && term ? null : ABBREVIATIONS.get(x);
            before = x;
            any |= full != null;
            expanded.add(full != null ? full : x);
        }
        return any ? String.join("_", expanded) : header;
    }

    /** Headers ending in "time" that name an amount of time: overtime, runtime, turnaround time, wait time. */
    private static final List<String> DURATION_TIMES = List.of("overtime", "runtime", "downtime", "uptime", "airtime",
            "screentime", "leadtime", "waittime", "waitingtime", "responsetime", "traveltime", "cycletime", "idletime",
            "talktime", "holdtime", "handletime", "dwelltime", "transittime", "turnaroundtime", "processingtime");

    /** Words of a length or a distance, after which mi is miles. */
    private static final Set<String> LENGTH_WORDS = Set.of("distance", "dist", "trip", "length", "odometer", "odo",
            "mileage", "range", "radius", "elevation", "route", "travel", "travelled", "traveled", "driven");

    /** Abbreviated header words of an amount, a count or a flag: a header holding one names no identifier. */
    /** Things whose name a Spanish or Portuguese header gives after nombre de / nome do (Nombre del Centro). */
    private static final Set<String> NAMED_THINGS_IN_SPANISH_AND_PORTUGUESE = Set.of("centro", "escuela", "colegio",
            "establecimiento", "institución", "institucion", "hospital", "clínica", "clinica", "empresa", "producto",
            "medicamento", "servicio", "programa", "curso", "banco", "sede", "unidad", "proyecto", "evento", "archivo",
            "escola", "unidade", "produto", "estabelecimento", "serviço", "servico", "instituição", "instituicao",
            "farmacia", "farmácia", "laboratorio", "laboratório", "plan", "plano", "seguro", "aseguradora", "ars",
            "regional", "distrito", "municipio", "município", "sector", "setor");

    /**
     * Organisations a Spanish header numbers: a provider, an entity, an insurer (EPS, IPS; ARS and institución are
     * among {@link #NAMED_THINGS_IN_SPANISH_AND_PORTUGUESE}).
     */
    private static final Set<String> ORGANISATIONS_IN_SPANISH = Set.of("prestador", "entidad", "proveedor", "ips", "eps",
            "administradora");

    /** Words of a header naming money paid: a premium, a contribution, a fee (PhilHealth Contribution; breaker92). */
    private static final Set<String> MONEY_WORDS = Set.of("contribution", "contributions", "premium", "premiums", "fee",
            "fees", "charge", "charges", "paid", "payment", "deduction", "share", "remittance", "balance", "due");
    private static final Set<String> AMOUNT_WORDS = Set.of("amt", "amount", "pmt", "pymt", "cst", "cost", "tot",
            "total", "mons", "mos", "months", "cnt", "count", "qty", "days", "ind", "flag", "flg", "sum", "avg", "pct",
            "rate", "ddctbl");
    /** Whole headers that name a person, by abbreviation or role (an event log's only key to who acted). */
    private static final Set<String> PERSON_HEADERS = Set.of("usr", "cust", "pid", "who", "actor", "learner", "visitor",
            "pt", "pat", "mbr", "clt",
            // who wrote, asked for or was given a piece of work: a pull request's author, a ticket's requester and
            // assignee (breaker79's probes: logins kept as shared values)
            // (not author: a catalogue's books have authors, who are no data subjects)
            // (nor assignee, requester, reviewer, contributor, uploader, 作成者: queues, departments, statuses, companies and
            // bots as often; breaker81)
            "submitter", "requestor", "proposer", "担当者");

    /** Words beside "address" that make it a network address: remote_addr, client_address, upstream_addr. */
    private static final Set<String> NETWORK_ADDRESS_WORDS = Set.of("remote", "client", "upstream", "peer", "src",
            "dst", "ip", "ipv4", "ipv6", "host", "server", "forwarded", "mac", "network", "net");
    /** Last words of a header that name a part of a name after a person's word (patient_last, attending_first). */
    private static final Set<String> NAME_PART_ENDINGS = Set.of("last", "first", "given", "middle", "family", "sur");
    /** Roles whose holders are named in claims and clinical extracts. */
    private static final Set<String> NAMED_ROLES = Set.of("attending", "referring", "rendering", "operating",
            "prescriber", "prescribing", "physician", "provider", "doctor", "nurse", "pcp", "guarantor", "insured",
            "subscriber", "member", "patient", "pt", "pat", "emergency", "responsible");
    /** Type prefixes of Hungarian notation before a capital: str, txt, int, lng, dtm, ysn, mem, chr, dbl, cur, ... */
    private static final java.util.regex.Pattern HUNGARIAN_PREFIX = java.util.regex.Pattern.compile(
            "(str|txt|int|lng|dtm|dte|dt|ysn|mem|chr|dbl|cur|bln|bool|sng|byt)(?=\\p{Lu})");
    /** Words of three letters read in other languages all the same (eta_anni, npa_domicile); cap only as the whole header (credit_cap is a limit). */
    private static final Set<String> SHORT_WORDS = Set.of("eta", "età", "npa", "cep", "plz", "nhi", "rrn", "cbu", "cvu",
            "oib", "mbo", "ahv", "avs", "teh", "lga", "pmc", "gsm", "mmn",
            // Afrikaans wyk (ward; breaker68), Welsh enw (name); not German Ort, which is also oral rehydration (breaker69)
            "wyk", "enw",
            // French âge (Âge au début: an age at onset; breaker67)
            "âge");
    /** Header words beside {@code mail} that make it a postal address, not an e-mail. */
    private static final Set<String> POSTAL_WORDS = Set.of("addr", "address", "city", "zip", "zipcode", "street",
            "line1", "line2", "postal", "postcode", "state", "country", "house", "town",
            // a benefits system's MAIL_CTY, MAIL_LN1 (breaker63)
            "cty", "ln", "ln1", "ln2", "ln3", "line", "addr1", "addr2", "str", "st");
    /** Table names of a hospital's stays, whose {@code ward} is a care unit, not an area. */
    private static final java.util.regex.Pattern HOSPITAL_TABLE = java.util.regex.Pattern.compile(
            "stay|admission|admit|transfer|bed|encounter|visit|inpatient|episode|hospital|icu|ward|census|movement");
    private static final Set<String> YEAR_WORDS = Set.of("year", "yr", "season", "jahr", "annee", "año", "anno", "ano");
    private static final Set<String> REGION_WORDS = Set.of("state", "province", "region", "country", "prefecture",
            "territory", "canton", "oblast", "estado", "pais", "país", "land", "bundesland", "pays");
    /** Words of the dates 45 CFR 164.514(b)(2)(i)(C) names beside the birth date, in headers. */
    private static final Set<String> EVENT_DATE_WORDS = Set.of("death", "died", "dod", "deceased", "admission", "admit",
            "admitted", "discharge", "discharged", "disch");
    /** Abbreviations of header words, written out when a header says nothing as written. */
    private static final java.util.Map<String, String> ABBREVIATIONS = java.util.Map.ofEntries(
            java.util.Map.entry("nm", "name"), java.util.Map.entry("lnm", "last_name"), java.util.Map.entry("fnm", "first_name"),
            java.util.Map.entry("mnm", "middle_name"), java.util.Map.entry("mi", "middle_initial"), java.util.Map.entry("lst", "last"),
            java.util.Map.entry("fst", "first"), java.util.Map.entry("frst", "first"), java.util.Map.entry("mid", "middle"),
            java.util.Map.entry("cty", "city"), java.util.Map.entry("addr", "address"), java.util.Map.entry("ph", "phone"),
            java.util.Map.entry("tel", "telephone"), java.util.Map.entry("pt", "patient"), java.util.Map.entry("bene", "beneficiary"),
            java.util.Map.entry("hoh", "head_of_household"), java.util.Map.entry("bdate", "birth_date"),
            java.util.Map.entry("sname", "surname"), java.util.Map.entry("gname", "given_name"),
            java.util.Map.entry("mgr", "manager"), java.util.Map.entry("emp", "employee"), java.util.Map.entry("cust", "customer"),
            java.util.Map.entry("mbr", "member"), java.util.Map.entry("ln", "last_name"), java.util.Map.entry("fn", "first_name"),
            java.util.Map.entry("pstl", "postal_code"), java.util.Map.entry("nok", "next_of_kin"), java.util.Map.entry("emer", "emergency"), java.util.Map.entry("emplr", "employer"),
            // an applicant-tracking export's pref_nm, cand_nm, curr_emp (breaker28)
            java.util.Map.entry("pref", "preferred"), java.util.Map.entry("cand", "candidate"),
            java.util.Map.entry("curr", "current"), java.util.Map.entry("prev", "previous"),
            // a safety database's Rptr First, Rptr Last (breaker67)
            java.util.Map.entry("rptr", "reporter"),
            // a court system's AttyName, Atty Bar No (breaker73)
            java.util.Map.entry("atty", "attorney"));
    /** Words before {@code emp} that make it an employer, not an employee: curr_emp, prev_emp. */
    private static final Set<String> EMPLOYER_BEFORE_EMP = Set.of("curr", "current", "prev", "previous", "former", "past");

    private static Meaning literalMeaning(String table, String header) {
        List<String> w = words(header);
        String n = String.join("", w);
        if (n.isEmpty()) {
            return Meaning.of(Kind.NONE, "");
        }
        String last = w.get(w.size() - 1);
        Optional<Meaning> hl7 = hl7Field(header);
        if (hl7.isPresent()) {
            return hl7.get();
        }
        // Iran's national code (kod-e melli) as a word of any header: the head of household's, the patient's
        // (کد ملی سرپرست, code_melli_bimar; breaker78), before a relative's word can make it a category of someone
        if (w.contains("ملی") || w.contains("melli") || n.contains("کدملی") || n.contains("codemelli")) {
            return Meaning.identifier(IdentifierType.NATIONAL_ID, "the header names Iran's national code (kod-e melli)");
        }
        // Policy #, Medicare #, Tag #: the sign is the word "number" (breaker53)
        if (header.indexOf('#') >= 0 && !w.contains("number")) {
            Meaning numbered = literalMeaning(table, header.replace("#", " number "));
            if (numbered.kind() == Kind.IDENTIFIER) {
                return numbered;
            }
        }
        // Ordering Lic, Physician Lic: a licence's number, not a plate's (Lic Plate)
        if (w.size() >= 2 && last.equals("lic") && !w.contains("plate") && w.subList(0, w.size() - 1).stream()
                .anyMatch(x -> NAMED_ROLES.contains(x) || PERSON_WORDS.contains(x) || LICENSED_ROLES.contains(x))) {
            return Meaning.identifier(IdentifierType.CERTIFICATE_LICENSE_NUMBER, "the header names a licence (lic) "
                    + "of the role before it: its number identifies the holder");
        }
        // the status, type or result of an identifier or of a person (Card AVS Zip Status, Phone Type, Card Address
        // State, SSN Status, Attending Physician Status): a category about it, not the identifier, so the header says
        // nothing and the values decide. Not a category to keep either: names under Patient Type, record numbers under
        // MRN Type, addresses under Address Type and physicians under Attending Physician Status stay protected by
        // their values, and Visa, Mobile or Inpatient are kept as the shared values they are (breaker49, breaker51).
        // Not a verified, valid or consent flag: Age at Consent is an age. Not the place of an event (birthState, Death
        // Country: a category) nor a town with its state (City/State, Town Country: Minneapolis, MN is the town).
        Optional<CategoryOf> category = categoryOf(table, w).filter(c -> !c.event() && !c.placeWithItsState());
        if (category.isPresent() && category.get().person()) {
            return Meaning.of(Kind.NONE, "");
        }
        if (category.isPresent() && (category.get().thing().kind() == Kind.IDENTIFIER
                || category.get().thing().kind() == Kind.CREDENTIAL)) {
            // a kind of it (card_type, national_id_type: Visa, passport) is a category whose values are checked
            // for the thing's shape (record numbers under MRN Type are not kept); its status, result, state or
            // country is about it and may be anything
            return KIND_WORDS.contains(last) ? Meaning.of(Kind.VOCABULARY, KIND_OF_IDENTIFIER + " (" + last + ")")
                    : Meaning.of(Kind.NONE, "");
        }
        // Spanish and Italian put the category first (Tipo de Documento, Estado Civil)
        if (w.size() >= 2 && CATEGORY_OF_FIRST_WORDS.contains(w.get(0))) {
            return Meaning.of(Kind.VOCABULARY, "the header names a category (" + w.get(0) + ") of what its other words "
                    + "name, not that thing");
        }
        // the Ghana Card's PIN is its holder's Personal Identification Number, printed on the card (breaker82), and
        // PhilHealth's PIN its member's number (breaker86)
        if ((n.startsWith("ghanacard") || n.startsWith("philhealth"))
                // PhilHealth Contribution, Ghana Card Fee: an amount paid, not the number (breaker92)
                && w.stream().noneMatch(x -> AMOUNT_WORDS.contains(x) || MONEY_WORDS.contains(x))) {
            return n.startsWith("philhealth")
                    ? Meaning.identifier(IdentifierType.HEALTH_PLAN_BENEFICIARY_NUMBER, "the header names a PhilHealth "
                            + "identification number (PIN), a member's health plan number")
                    : Meaning.identifier(IdentifierType.NATIONAL_ID, "the header names the Ghana Card's personal "
                            + "identification number (GHA-123456789-0), a national id");
        }
        if (w.stream().anyMatch(CREDENTIAL_WORDS::contains) || CREDENTIAL_PARTS.stream().anyMatch(n::contains)) {
            return Meaning.of(Kind.CREDENTIAL, "the header names a credential");
        }
        Optional<Meaning> sdtm = sdtmVariable(header);
        if (sdtm.isPresent()) {
            return sdtm.get();
        }
        // e-mail exports in the Enron corpus' layout (EDRM): the custodian whose mailbox the message came from
        String mailHeader = header.strip().toLowerCase(java.util.Locale.ROOT);
        if (mailHeader.equals("x-origin") || mailHeader.equals("x-filename")) {
            return Meaning.identifier(IdentifierType.NAME, "the header names the custodian of a mailbox (" + header.strip()
                    + "): the person whose mail it is, by name or login");
        }
        Optional<Meaning> mds = mdsItem(header);
        if (mds.isPresent()) {
            return mds.get();
        }
        Optional<Meaning> nemsis = nemsisElement(header);
        if (nemsis.isPresent()) {
            return nemsis.get();
        }
        if (n.contains("birthplace") || n.equals("placeofbirth") || n.equals("cityofbirth") || n.equals("bornin")
                || n.equals("townofbirth") || n.equals("birthtown") || n.equals("birthcity")) {
            return Meaning.identifier(IdentifierType.GEOGRAPHIC_SUBDIVISION, "the header names a place of birth");
        }
        // the place of another event of a life (Death Place, Place of Marriage, GEDCOM's DEAT.PLAC, BURI.PLAC, PLAC),
        // a cemetery
        if (n.equals("plac") || n.equals("cemetery") || (w.contains("place") || w.contains("plac") || n.startsWith("placeof"))
                && w.stream().anyMatch(x -> LIFE_EVENT_WORDS.contains(x) || LIFE_EVENT_WORDS.stream().anyMatch(e -> n.endsWith("of" + e)))) {
            return Meaning.identifier(IdentifierType.GEOGRAPHIC_SUBDIVISION, "the header names the place of an event of a "
                    + "person's life (" + String.join(" ", w) + ")");
        }
        // GEDCOM's name tags
        if (n.equals("surn")) {
            return Meaning.identifier(IdentifierType.FAMILY_NAME, "the header is GEDCOM's SURN: a surname");
        }
        if (n.equals("givn")) {
            return Meaning.identifier(IdentifierType.GIVEN_NAME, "the header is GEDCOM's GIVN: a given name");
        }
        // a birth year in German, French, Spanish, Italian, Dutch, Swedish, Polish (Geburtsjahr, Geb.-Jahr, Jahrgang)
        if (BIRTH_YEAR_WORDS.contains(n)) {
            return Meaning.of(Kind.BIRTH_YEAR, "the header names a year of birth (" + header + ")");
        }
        if (n.contains("countryofbirth") || n.contains("birthcountry") || n.contains("statebirth")
                || n.contains("stateofbirth")) {
            return Meaning.of(Kind.VOCABULARY, "the header names a country or state of birth");
        }
        boolean birth = w.stream().anyMatch(x -> x.equals("birth") || x.equals("dob") || x.equals("born"))
                || n.startsWith("birth") || n.startsWith("dob");
        if (birth && (w.contains("month") || w.contains("mm") || w.contains("mon") || w.contains("day") || w.contains("dd")
                || n.contains("birthmonth") || n.endsWith("dobmonth") || n.endsWith("dobday"))) {
            return Meaning.of(Kind.BIRTH_DATE_PART, "the header names the month or day of a birth date");
        }
        // The other dates Safe Harbor names (death, admission, discharge): their month or day is a date element too
        // (deathMonth, dod_day, admit_mm, monthOfDeath).
        boolean event = w.stream().anyMatch(EVENT_DATE_WORDS::contains) || EVENT_DATE_WORDS.stream().anyMatch(
                x -> x.length() >= 5 && (n.startsWith(x) || n.endsWith(x)));
        // NCHS IJE's DOD_MO and DOD_DY too (breaker75)
        boolean part = w.contains("month") || w.contains("mm") || w.contains("mon") || w.contains("day") || w.contains("dd")
                || w.contains("mo") || w.contains("dy")
                || n.startsWith("month") || n.startsWith("day") || n.endsWith("month") || n.endsWith("day");
        if (event && part && !w.contains("days") && !w.contains("months")) {
            return Meaning.of(Kind.BIRTH_DATE_PART, "the header names the month or day of a date of death, admission or "
                    + "discharge");
        }
        if (birth && (w.contains("year") || w.contains("yr") || w.contains("yyyy") || n.contains("birthyear"))
                || n.equals("yob") || n.equals("yearofbirth")) {
            return Meaning.of(Kind.BIRTH_YEAR, "the header names a year of birth");
        }
        boolean dateWord = w.contains("date") || w.contains("datetime") || w.contains("dt") || w.contains("time")
                || w.contains("day") || w.contains("on") || n.endsWith("date") || n.endsWith("datetime")
                // a birth date as Unix time (dob_ms, birth_epoch)
                || w.contains("ms") || w.contains("millis") || w.contains("epoch") || w.contains("ts")
                || w.contains("timestamp") || w.contains("unix");
        if (birth && (dateWord || n.equals("dob") || n.equals("birth") || n.equals("birthdate")) || n.equals("birthday")
                || n.equals("bday") || n.equals("dateofbirth")) {
            return Meaning.identifier(IdentifierType.DATE_OF_BIRTH, "the header names a birth date");
        }
        // OMOP CDM: person_source_value is "an (encrypted) key derived from the person identifier in the source
        // data" (an MRN); provider_source_value and care_site_source_value name who and where
        if (w.contains("source") && (w.contains("value") || n.endsWith("sourcevalue"))
                && w.stream().anyMatch(x -> x.equals("person") || x.equals("patient") || x.equals("member"))) {
            return Meaning.identifier(IdentifierType.OTHER_UNIQUE_IDENTIFIER, "the header names the source's key of a "
                    + "person (OMOP person_source_value: the record number in the source system)");
        }
        if (n.matches(".*conceptid[0-9]*")) {
            return Meaning.of(Kind.CONCEPT_ID, "an OMOP CDM concept id (*_concept_id): a shared vocabulary id");
        }
        // a contact number, as South Asian and African exports name a phone (Contact No.), a messenger's number
        if (n.equals("contactno") || n.equals("contactnumber") || n.equals("contactnum") || n.equals("contactnr")
                || n.contains("whatsapp") || n.equals("viber") || n.equals("telegram")) {
            return Meaning.identifier(IdentifierType.TELEPHONE_NUMBER, "the header names a contact or messenger number ("
                    + String.join(" ", w) + "): a telephone number");
        }
        // the number of an authorisation of one person's care or payment (RIPS' Número Autorización, a prior
        // authorisation number; breaker48), not a card approval's auth_code
        if (w.stream().anyMatch(AUTHORISATION_WORDS::contains) && (w.size() == 1 || w.stream().anyMatch(
                x -> NUMBER_OR_ID.contains(x) || NUMBER_WORDS_IN_OTHER_LANGUAGES.contains(x)))) {
            return Meaning.identifier(IdentifierType.OTHER_UNIQUE_IDENTIFIER, "the header names an authorisation number: "
                    + "the prior authorisation of one person's care or payment");
        }
        // the number of a person's identity document in Spanish and Portuguese exports (NRO_DOC, NUM_DOC,
        // NUMERO_DOCUMENTO, DOC_IDENTIDAD; breaker48, breaker50): a national id or a foreigner's card number
        if (w.stream().anyMatch(x -> x.equals("identificacion") || x.equals("identificación"))
                && w.stream().noneMatch(x -> x.equals("tipo") || CATEGORY_OF_WORDS.contains(x)
                        // RIPS' Número Identificación Prestador: a provider's, an institution's tax number
                        || NAMED_THINGS_IN_SPANISH_AND_PORTUGUESE.contains(x) || ORGANISATIONS_IN_SPANISH.contains(x))) {
            // Costa Rica's Identificación, Número de identificación: the patient's cédula or DIMEX (breaker90)
            return Meaning.identifier(IdentifierType.NATIONAL_ID, "the header names a person's identification number ("
                    + String.join(" ", w) + ")");
        }
        if (w.stream().anyMatch(x -> x.equals("doc") || x.equals("documento") || x.equals("identidad"))
                && w.stream().anyMatch(x -> NUMBER_OR_ID.contains(x) || NUMBER_WORDS_IN_OTHER_LANGUAGES.contains(x)
                        || x.equals("identidad") || x.equals("identificacion") || x.equals("identificación"))) {
            return Meaning.identifier(IdentifierType.NATIONAL_ID, "the header names the number of an identity document "
                    + "(" + String.join(" ", w) + ")");
        }
        if (PUBLICATION_IDS.contains(n)) {
            // PubMed's and PubMed Central's ids, a DOI, a journal's ISSN, a book's ISBN (breaker56)
            return Meaning.of(Kind.VOCABULARY, "the header names a publication's identifier (" + String.join(" ", w)
                    + "): a paper's, a journal's or a book's, no one's");
        }
        IdentifierType convention = WHOLE_HEADER_CONVENTIONS.get(n);
        if (convention == null && w.size() >= 2 && NUMBER_OR_ID.contains(last)) {
            // HICN No., MBI Number: the convention with a number word after it
            convention = WHOLE_HEADER_CONVENTIONS.get(String.join("", w.subList(0, w.size() - 1)));
        }
        // PUMA in the Census Bureau's capitals or with its prefix or suffix (a camera trap's Puma is an animal; breaker59)
        boolean puma = PUMA.matcher(n).matches() && (!n.equals("puma") || header.strip().equals("PUMA"));
        boolean sinhalaOrTamil = header.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.SINHALA
                || Character.UnicodeScript.of(cp) == Character.UnicodeScript.TAMIL);
        if (convention == null && (puma || w.contains("division") && (w.stream().anyMatch(SRI_LANKAN_DIVISIONS::contains)
                || (w.contains("ds") || w.contains("gs")) && sinhalaOrTamil))) {
            convention = IdentifierType.GEOGRAPHIC_SUBDIVISION;
        }
        java.util.regex.Matcher admin = ADMIN_LEVEL.matcher(n);
        if (convention == null && admin.matches()) {
            // HDX's common operational datasets: admin2Name_en, ADM3_PCODE, adm4_name (breaker52, breaker55)
            convention = admin.group(1).equals("2") ? IdentifierType.COUNTY : IdentifierType.GEOGRAPHIC_SUBDIVISION;
        }
        if (convention == null && w.size() == 2 && FRENCH_NAME_PARTS.contains(w.get(0))
                && (WHOLE_HEADER_CONVENTIONS.get(w.get(1)) == IdentifierType.NAME || PERSON_WORDS.contains(w.get(1))
                        || SUBJECT_WORDS.contains(w.get(1)) || FRENCH_PERSON_WORDS.contains(w.get(1)))) {
            // NOM_PROPRIETAIRE, prenom_client: the owner's or the client's family or given name (breaker62)
            convention = w.get(0).equals("nom") ? IdentifierType.FAMILY_NAME : IdentifierType.GIVEN_NAME;
        }
        if (convention == null && w.size() <= 2 && w.get(0).length() > 7 && w.get(0).endsWith("address")
                && (w.size() == 1 || w.get(1).chars().allMatch(Character::isDigit))
                && GLUED_ADDRESSES_OF_ANOTHER_KIND.stream().noneMatch(w.get(0)::endsWith)) {
            // Koha's altcontactaddress1, a guarantor's guarantoraddress: a street address after words written as one
            convention = IdentifierType.STREET_ADDRESS;
        }
        if (convention != null) {
            return Meaning.identifier(convention, "the header is a common name for " + convention + " ("
                    + String.join(" ", w) + ")");
        }
        if (w.size() >= 3 && (w.get(0).equals("nombre") || w.get(0).equals("nome"))
                && NAMED_THINGS_IN_SPANISH_AND_PORTUGUESE.contains(w.get(w.size() - 1))) {
            // Nombre del Centro, Nome da Escola: a school's, a product's name, no person's (breaker90)
            return Meaning.of(Kind.THING_NAME, "the header names a thing (" + String.join(" ", w) + ")");
        }
        IdentifierType foreign = OTHER_LANGUAGES.getOrDefault(n, WHOLE_HEADERS_IN_OTHER_LANGUAGES.get(n));
        if (foreign == null) {
            // A word of the header (telefon_privat, ort_geburt): words of four letters or more only.
            // Words of four letters or more (telefon_privat, ort_geburt), or of two or more in a script without
            // Latin letters, where a word is shorter (पति_पिता_का_नाम: "husband or father's name").
            foreign = w.stream().filter(x -> x.length() >= 4 || SHORT_WORDS.contains(x) || x.codePointCount(0, x.length()) >= 2
                            && Character.UnicodeScript.of(x.codePointAt(0)) != Character.UnicodeScript.LATIN
                            && !Character.isDigit(x.codePointAt(0)))
                    .map(OTHER_LANGUAGES::get).filter(java.util.Objects::nonNull)
                    .findFirst().orElse(null);
        }
        if (foreign == IdentifierType.STREET_ADDRESS && (w.contains("ip") || w.contains("mail") || w.contains("email")
                // adresse courriel, dirección de correo electrónico, indirizzo di posta elettronica (breaker63)
                || w.stream().anyMatch(ELECTRONIC_MAIL_WORDS::contains))) {
            // an address of another kind: IP-Adresse, Dirección IP, Indirizzo IP; E-Mail-Adresse, Adresse e-mail
            // (breaker61)
            IdentifierType kind = w.contains("ip") ? IdentifierType.IP_ADDRESS : IdentifierType.EMAIL_ADDRESS;
            return Meaning.identifier(kind, "the header names an " + (w.contains("ip") ? "IP" : "e-mail")
                    + " address in another language (" + String.join(" ", w) + ")");
        }
        if (foreign != null) {
            return Meaning.identifier(foreign, "the header is a common name for " + foreign + " in another language");
        }
        if (n.endsWith("streetnumber") || n.endsWith("streetnum") || n.equals("streetno") || CIVIC_NUMBERS.contains(n)) {
            // Koha's streetnumber and B_streetnumber, Quebec's no_civique: the house's number on its street (breaker63,
            // breaker64)
            return Meaning.identifier(IdentifierType.STREET_ADDRESS, "the header names a house's number on its street: "
                    + "a part of the street address (45 CFR 164.514(b)(2)(i)(B))");
        }
        if (w.size() == 1 && PEOPLE_NUMBERED.stream().anyMatch(p -> n.length() > p.length() && n.startsWith(p)
                && NUMBER_OR_ID.contains(n.substring(p.length())))
                || w.size() > 1 && NUMBER_OR_ID.contains(last) && w.stream().anyMatch(PEOPLE_NUMBERED::contains)
                        // a software test's case, a shipment's (Test Case No, Packing Case Number; breaker66, breaker75)
                        && !(w.contains("case") && w.stream().noneMatch(x -> !x.equals("case") && PEOPLE_NUMBERED.contains(x))
                                && w.stream().anyMatch(NOT_A_PERSONS_CASE::contains))) {
            // Koha's borrowernumber, a SNAP case's CASE_NO: the number of a person, a household or their case
            // (breaker63, breaker64)
            return Meaning.identifier(IdentifierType.OTHER_UNIQUE_IDENTIFIER, PEOPLE_NUMBERED_RULE + " ("
                    + String.join(" ", w) + ")");
        }
        if (w.stream().anyMatch(CHIP_WORDS::contains) && w.stream().allMatch(x -> CHIP_WORDS.contains(x)
                || NUMBER_OR_ID.contains(x) || NUMBER_WORDS_IN_OTHER_LANGUAGES.contains(x) || x.equals("n"))) {
            // a pet's microchip (N° transpondeur, Puce, Microchip Number; breaker62): not its issuer or brand (breaker69)
            return Meaning.identifier(IdentifierType.OTHER_UNIQUE_IDENTIFIER, "the header names an animal's microchip "
                    + "or transponder number, which its owner's record gives back");
        }
        if ((n.endsWith("nummer") || n.endsWith("nommer")) && n.length() > 6) {
            // German Nummer and Afrikaans nommer (Rekeningnommer, Meternommer; breaker68)
            return Meaning.identifier(IdentifierType.OTHER_UNIQUE_IDENTIFIER, "the header names a number (German "
                    + "'Nummer': personnel, customer or patient number)");
        }
        IdentifierType exact = ColumnClassifier.lexicon(n);
        if (exact != null) {
            return Meaning.identifier(exact, "the header is a common name for " + exact);
        }
        IdentifierType word = w.stream().map(IDENTIFIER_WORDS::get).filter(java.util.Objects::nonNull).findFirst().orElse(null);
        if (word != null) {
            return Meaning.identifier(word, "a word of the header names " + word + " ("
                    + w.stream().filter(IDENTIFIER_WORDS::containsKey).findFirst().orElseThrow() + ")");
        }
        // A person's number (StateStudentNumber, patient_no, id_client): the record number of a person.
        if (w.size() > 1 && (NUMBER_WORDS.contains(last) || NUMBER_WORDS.contains(w.get(0)) || w.get(0).equals("id"))
                && w.stream().anyMatch(SUBJECT_WORDS::contains)) {
            return Meaning.identifier(IdentifierType.OTHER_UNIQUE_IDENTIFIER, "the header names a person's number or id");
        }
        if (w.size() > 1 && w.get(0).equals("id")) {
            return Meaning.identifier(IdentifierType.OTHER_UNIQUE_IDENTIFIER, "the header names an id (id_*)");
        }
        if (w.size() > 1 && (last.equals("ref") || last.equals("reference"))) {
            return Meaning.identifier(IdentifierType.OTHER_UNIQUE_IDENTIFIER, "the header names a reference (*_ref)");
        }
        // X12 and claims extracts: patient_last, attending_first, subscriber_given: a person's word, then a name part
        if (w.size() >= 2 && NAME_PART_ENDINGS.contains(last) && w.subList(0, w.size() - 1).stream()
                .anyMatch(x -> PERSON_WORDS.contains(x) || NAMED_ROLES.contains(x))) {
            return Meaning.identifier(last.equals("first") || last.equals("given") ? IdentifierType.GIVEN_NAME
                    : last.equals("middle") ? IdentifierType.NAME : IdentifierType.FAMILY_NAME, "the header names a part of a person's name (" + String.join(" ", w) + ")");
        }
        // whom a gift honours: Tribute, In Memory/Honor Of (In memory of Margaret Hale)
        if (w.contains("tribute") && !w.contains("type") || w.contains("memory") && (w.contains("in") || w.contains("honor")
                || w.contains("honour")) || w.contains("memoriam")) {
            return Meaning.identifier(IdentifierType.NAME, "the header names whom a gift honours ("
                    + String.join(" ", w) + ")");
        }
        // how a person or a household is addressed: Formal Greeting (Mr. and Mrs. Daniel Okafor), Addressee, Dear line
        if (w.contains("greeting") || w.contains("addressee") || n.contains("envelopename") || n.equals("dearline")) {
            return Meaning.identifier(IdentifierType.NAME, "the header names how a person is addressed ("
                    + String.join(" ", w) + ")");
        }
        // Resident middle initial; the signature of whoever completed a form (Signature of RN Assessment Coordinator)
        if (w.contains("middle") && (w.contains("initial") || w.contains("name"))) {
            return Meaning.identifier(IdentifierType.NAME, "the header names a middle name or initial");
        }
        if (w.contains("signature") && (w.size() == 1 || w.contains("of") || w.contains("by") || w.contains("name")
                || w.contains("signer") || w.contains("signatory"))) {
            return Meaning.identifier(IdentifierType.NAME, "the header names a signature: the signer's name");
        }
        if (w.contains("maiden")) {
            return Meaning.identifier(IdentifierType.FAMILY_NAME, "the header names a maiden name");
        }
        // an MLS's UnitNumber, Unit #: the secondary unit of a street address (breaker44)
        if (w.size() <= 2 && w.get(0).equals("unit") && (w.size() == 1 ? header.contains("#")
                : w.get(1).equals("number") || w.get(1).equals("no") || w.get(1).equals("num") || w.get(1).equals("nbr"))
                || n.equals("aptno") || n.equals("aptnumber") || n.equals("apartmentnumber") || n.equals("suitenumber")) {
            return Meaning.identifier(IdentifierType.STREET_ADDRESS, "the header names a secondary address unit (an "
                    + "apartment's or suite's number): part of a street address");
        }
        // a genetic-genealogy match list: the tester's and the match's kit numbers, the match's name (breaker44)
        if (w.contains("kit") && (w.size() == 1 || w.stream().anyMatch(x -> x.equals("number") || x.equals("no")
                || x.equals("id") || x.equals("primary") || x.equals("match") || x.equals("tester")))) {
            return Meaning.identifier(IdentifierType.OTHER_UNIQUE_IDENTIFIER, "the header names a DNA kit's number: "
                    + "one tester's");
        }
        if (n.equals("matchname") || n.equals("assistantname")) {
            return Meaning.identifier(IdentifierType.NAME, "the header names a person (a match, an assistant) by name");
        }
        // a nickname, the name a resident is known as (breaker41)
        if (n.equals("knownas") || n.equals("nick") || n.equals("nickname") || n.equals("nicknames") || n.equals("aka")
                || n.equals("alsoknownas") || n.equals("callname") || n.equals("rufname")) {
            return Meaning.identifier(IdentifierType.GIVEN_NAME, "the header names the name a person is known by");
        }
        if (n.equals("goesby")) {
            return Meaning.identifier(IdentifierType.GIVEN_NAME, "the header names the name a person goes by");
        }
        if (n.equals("given") || n.equals("givens")) {
            return Meaning.identifier(IdentifierType.GIVEN_NAME, "the header is just 'given': a given name");
        }
        // a column headed by the person alone (usr, cust, client, member, learner, who, pid): who the row is about or
        // by, in an event log its only key
        if (PERSON_HEADERS.contains(n) || SUBJECT_WORDS.contains(n)) {
            return Meaning.identifier(IdentifierType.OTHER_UNIQUE_IDENTIFIER, "the header names a person ("
                    + n + "): who the row is about or by");
        }
        // nginx's remote_user, a log's user: the login a request was made as
        if (n.equals("user") || w.size() >= 2 && last.equals("user") && !w.contains("agent") && !w.contains("type")) {
            return Meaning.identifier(IdentifierType.OTHER_UNIQUE_IDENTIFIER, "the header names a user (a login)");
        }
        if ((n.contains("username") || n.contains("userlogin") || n.equals("login") || w.contains("login")) && !w.contains("ip")
                || w.contains("handle") || n.contains("screenname") || n.contains("nickname") || n.contains("loginname")) {
            return Meaning.identifier(IdentifierType.OTHER_UNIQUE_IDENTIFIER, "the header names a user name");
        }
        if (w.contains("employer") || n.contains("employername") || n.contains("workplace")
                // NPSP's Primary Affiliation: the organisation a contact works for; not a party or a religion
                || w.contains("affiliation") && !w.contains("party") && !w.contains("pty") && !w.contains("political")
                        && !w.contains("religious")
                || w.contains("company") || n.startsWith("company") || n.endsWith("company")
                || COMPANY_NAMES_IN_OTHER_LANGUAGES.stream().anyMatch(n::startsWith)) {
            if (namesOrganisations(table)) {
                return Meaning.of(Kind.THING_NAME, ORGANISATION_COMPANY_RULE);
            }
            return Meaning.identifier(IdentifierType.NAME,
                    "the header names an employer or company (employers' names are identifiers, 164.514(b)(2)(i)(A))");
        }
        if (w.contains("website") || w.contains("homepage") || w.contains("domain") || w.contains("webpage")
                // the page a visitor came from (HTTP's Referer, Segment's context_page_referrer)
                || w.contains("referrer") || w.contains("referer") || w.contains("href")
                || w.contains("url") || w.contains("blog") || n.contains("webaddress") || n.contains("website")) {
            return Meaning.identifier(IdentifierType.URL, "the header names a web address or domain");
        }
        if (w.contains("fax")) {
            return Meaning.identifier(IdentifierType.FAX_NUMBER, "the header names a fax number");
        }
        if (n.contains("phone") || w.contains("tel") || w.contains("telephone") || w.contains("mobile")
                || w.contains("cell") && !isIdentifierWord(last) || w.contains("cellphone") || n.contains("telecom") || n.equals("extension")
                || n.equals("ext") || n.equals("phoneext")) {
            return Meaning.identifier(IdentifierType.TELEPHONE_NUMBER, "the header names a telephone number");
        }
        // mail_addr1, mail_city, mail_zipcode: a postal address for mail, read below as an address, a city or a ZIP
        boolean postal = w.stream().anyMatch(POSTAL_WORDS::contains);
        if (w.contains("email") || w.contains("mail") && !postal || n.contains("emailaddress")
                || w.contains("e") && w.contains("mail") && !postal) {
            return Meaning.identifier(IdentifierType.EMAIL_ADDRESS, "the header names an e-mail address");
        }
        if (w.contains("ssn") || n.contains("socialsecurity") || n.startsWith("ssn") && n.length() <= 10
                // SOC_SEC_NO, SocSecNum (breaker63)
                || SOCIAL_SECURITY_ABBREVIATIONS.contains(n)
                || n.endsWith("ssn") && n.length() <= 10 && !n.endsWith("issn")) {
            return Meaning.identifier(IdentifierType.SOCIAL_SECURITY_NUMBER, "the header names a social security number");
        }
        if (NATIONAL_ID.contains(n) || w.stream().anyMatch(NATIONAL_ID::contains)) {
            return Meaning.identifier(IdentifierType.NATIONAL_ID, "the header names a national id or passport number");
        }
        // an Indian ESIC insured person's IP Number and IP Name (breaker65): a person's number and name, not an address
        if (w.contains("ip") && w.size() == 2 && (NUMBER_OR_ID.contains(last) || last.equals("name"))) {
            return last.equals("name") ? Meaning.identifier(IdentifierType.NAME, "the header names an insured person "
                    + "(IP, as India's ESIC writes it): a name")
                    : Meaning.identifier(IdentifierType.OTHER_UNIQUE_IDENTIFIER, "the header names an insured person's "
                    + "number (IP, as India's ESIC writes it)");
        }
        // a bank account written A/c (Credited to A/c, A/c No; breaker65)
        if (header.toLowerCase(java.util.Locale.ROOT).contains("a/c") && w.stream().anyMatch(BANK_ACCOUNT_WORDS::contains)) {
            return Meaning.identifier(IdentifierType.ACCOUNT_NUMBER, "the header names a bank account (A/c)");
        }
        // a CRM record owner's alias (Owner Alias: jdoe): the staff member's login (breaker65)
        if (w.contains("alias") && w.stream().anyMatch(x -> PERSON_WORDS.contains(x) || SUBJECT_WORDS.contains(x))) {
            return Meaning.identifier(IdentifierType.OTHER_UNIQUE_IDENTIFIER, "the header names a person's alias: a "
                    + "login that names them");
        }
        // Not ship_address, whose letters hold "ipaddress" across two words.
        if (w.contains("ip") || w.stream().anyMatch(x -> x.endsWith("ipaddress") && !x.endsWith("shipaddress"))
                || n.contains("ipv4") || n.contains("ipv6")) {
            return Meaning.identifier(IdentifierType.IP_ADDRESS, "the header names an IP address");
        }
        if (n.contains("macaddress") || w.contains("imei") || w.contains("udi") || n.contains("serialnumber")
                // a telematics export's Device (the unit's name, GO-114): values without digits (mobile, desktop) are
                // a category, which the proposer tells by the values
                || n.equals("device")
                // a device's serial (device_serial, hw_serial, device_sn, watch_sn): 164.514(b)(2)(i)(M)
                || w.contains("serial") || w.contains("sn") || n.equals("serialno") || n.equals("sernum")
                || namesCharger(w)) {
            return Meaning.identifier(IdentifierType.DEVICE_IDENTIFIER, "the header names a device identifier");
        }
        // the holder of a card or a badge (Cardholder, Badge Holder, card_holder): a person (breaker41)
        if (n.equals("cardholder") || n.equals("badgeholder") || n.equals("holder")
                || w.size() == 2 && w.get(1).equals("holder") && (w.get(0).equals("card") || w.get(0).equals("badge"))) {
            return Meaning.identifier(IdentifierType.NAME, "the header names the holder of a card or a badge: a person");
        }
        // an access badge's number (Badge, Badge #, Badge Number, badge_no, BadgeID): it names the badge's holder
        if (w.contains("badge") && w.stream().allMatch(x -> x.equals("badge") || NUMBER_OR_ID.contains(x))
                || n.equals("badgeno") || n.equals("badgeid") || n.equals("badgenumber")) {
            return Meaning.identifier(IdentifierType.OTHER_UNIQUE_IDENTIFIER, "the header names a badge number, which "
                    + "identifies the badge's holder");
        }
        if (w.contains("iban")) {
            return Meaning.identifier(IdentifierType.IBAN, "the header names an IBAN");
        }
        // a health card (Ontario's, Quebec's RAMQ card) or an insurance card: the holder's health plan number (breaker63)
        if (w.contains("card") && w.stream().anyMatch(x -> x.equals("health") || x.equals("medicare") || x.equals("insurance"))
                // not its copay, fee or year of issue (breaker69)
                && w.stream().allMatch(x -> HEALTH_CARD_WORDS.contains(x) || NUMBER_OR_ID.contains(x))) {
            return Meaning.identifier(IdentifierType.HEALTH_PLAN_BENEFICIARY_NUMBER, "the header names a health or "
                    + "insurance card: the holder's health plan number");
        }
        if (n.contains("cardnumber") || n.contains("creditcard") || w.contains("pan") || n.contains("ccnumber")) {
            return Meaning.identifier(IdentifierType.CREDIT_CARD_NUMBER, "the header names a payment card number");
        }
        if (n.contains("accountnumber") || n.contains("accountno") || n.contains("bankaccount") || n.equals("acct")
                // Acct No, Acct Nbr, Cust Acct, Bank Acct Last 4 (breaker39): the abbreviation beside a number word, a
                // customer or a bank, or the last digits of one
                || w.contains("acct") && w.stream().anyMatch(x -> NUMBER_OR_ID.contains(x) || x.equals("cust")
                        || x.equals("customer") || x.equals("bank") || x.equals("last"))) {
            return Meaning.identifier(IdentifierType.ACCOUNT_NUMBER, "the header names an account number");
        }
        // a professional's or a member's registration with a body (a syndicate, a council, a register): Registration
        // No, رقم القيد بالنقابة read in English (breaker40)
        if (w.contains("registration") && w.stream().anyMatch(NUMBER_OR_ID::contains)) {
            return Meaning.identifier(IdentifierType.CERTIFICATE_LICENSE_NUMBER, "the header names a registration "
                    + "number: a person's entry in a register, as a licence is");
        }
        if (n.contains("license") || n.contains("licence") || n.contains("drivers") || w.contains("npi")
                || w.contains("dea") || n.contains("certificate")) {
            return Meaning.identifier(IdentifierType.CERTIFICATE_LICENSE_NUMBER,
                    "the header names a certificate, licence or registration number");
        }
        if (n.contains("mrn") || n.contains("medicalrecord")) {
            return Meaning.identifier(IdentifierType.MEDICAL_RECORD_NUMBER, "the header names a medical record number");
        }
        if (n.contains("memberid") || n.contains("subscriberid") || n.contains("policynumber")
                || n.contains("beneficiary") && !last.equals("name") && !last.equals("names")
                || n.contains("insuranceid") || n.contains("healthplanid")
                // Medicaid number, medicaid_id, Medicaid No (a state's health plan number)
                || w.contains("medicaid") && w.stream().anyMatch(NUMBER_OR_ID::contains)) {
            return Meaning.identifier(IdentifierType.HEALTH_PLAN_BENEFICIARY_NUMBER, "the header names a health plan number");
        }
        if (w.contains("vin") || n.contains("licenseplate") || n.contains("numberplate") || w.contains("medallion")
                // a fleet's own unit: Vehicle Name, Vehicle Number, Vehicle No (Unit 114)
                || w.stream().anyMatch(FLEET_WORDS::contains) && (w.size() == 1 || w.stream().anyMatch(x -> x.equals("name")
                        || x.equals("number") || x.equals("no") || x.equals("nr") || x.equals("unit") || x.equals("id")))
                || (w.contains("kennzeichen") || w.contains("kennz")) && (w.contains("amtliches") || w.contains("kfz"))
                || w.contains("plate") && w.contains("lic")
                // Car_Plate, plate_no, vehicle_plate; not a lab's 96-well plate (plate_id, plate_well)
                || w.contains("plate") && w.stream().anyMatch(PLATE_WORDS::contains) || n.equals("plateno")
                || n.equals("platenumber") || n.equals("kennzeichen") || n.equals("matricula") || n.equals("matrícula")
                || n.equals("targa") || n.equals("immatriculation")) {
            return Meaning.identifier(IdentifierType.VEHICLE_IDENTIFIER, "the header names a vehicle identifier");
        }
        if (w.contains("photo") || w.contains("photograph") || w.contains("picture") || w.contains("portrait")
                || w.contains("avatar") || w.contains("selfie") || n.contains("faceimage")) {
            return Meaning.identifier(IdentifierType.FULL_FACE_PHOTOGRAPH, "the header names a photograph");
        }
        if (w.contains("fingerprint") || w.contains("biometric") || w.contains("voiceprint") || n.contains("retina")) {
            return Meaning.identifier(IdentifierType.BIOMETRIC_IDENTIFIER, "the header names a biometric identifier");
        }
        if (w.contains("latitude") || w.contains("longitude") || w.contains("lat") || w.contains("lon") || w.contains("lng")
                || w.contains("geo") || w.contains("geocode") || w.contains("coordinates")
                // a kill site's UTM northing and easting, a state plane's X_COORD, NAD83_Y (breaker57)
                || w.contains("northing") || w.contains("easting")
                || (w.contains("x") || w.contains("y") || w.contains("n") || w.contains("e"))
                        && (w.stream().anyMatch(PROJECTED_COORDINATE_WORDS::contains) || w.contains("state") && w.contains("plane"))) {
            return Meaning.identifier(IdentifierType.GEOCOORDINATE, "the header names a geographic coordinate");
        }
        if (w.contains("zip") || n.contains("zipcode") || n.contains("postal") || n.contains("postcode")
                || w.contains("plz")) {
            return Meaning.identifier(IdentifierType.ZIP_CODE, "the header names a ZIP or postal code");
        }
        // cancer registries' abbreviations of the address at diagnosis: DXCNTY, DXCITY
        if (w.contains("county") || n.equals("dxcnty") || n.equals("dxcounty") || n.equals("cnty")) {
            return Meaning.identifier(IdentifierType.COUNTY, "the header names a county");
        }
        if (w.contains("city") || w.contains("town") || n.equals("dxcity") || n.equals("hometown") || w.contains("municipality") || w.contains("village")
                || w.contains("locality")) {
            return Meaning.identifier(IdentifierType.CITY, "the header names a city or town");
        }
        // a municipality's official number: Sweden's kommunkod, Finland's kuntanumero, Norway's kommunenummer,
        // Germany's (Amtlicher) Gemeindeschlüssel, the Netherlands' gemeentecode: one town, as its name (lead's probe)
        if (MUNICIPALITY_CODE.matcher(n).matches() || n.equals("ags") || n.equals("amtlichergemeindeschlüssel")
                || n.equals("amtlichergemeindeschluessel")) {
            return Meaning.identifier(IdentifierType.CITY, "the header names a municipality's official code");
        }
        // the census areas of the UK's statistics: output areas, lower and middle layer super output areas (LSOA,
        // MSOA; lsoa11cd), a few hundred to a few thousand residents each (lead's probe)
        // (OA alone is osteoarthritis or open access as often: an output area's E00 codes are read by their values)
        if (w.stream().anyMatch(CENSUS_AREA_WORDS::contains) || CENSUS_AREA_CODE.matcher(n).matches()
                || n.equals("lowerlayersuperoutputarea") || n.equals("middlelayersuperoutputarea")) {
            return Meaning.identifier(IdentifierType.GEOGRAPHIC_SUBDIVISION, "the header names a census output area");
        }
        // nginx's remote_addr, upstream_addr: a network address
        if ((w.contains("addr") || w.contains("address")) && w.stream().anyMatch(NETWORK_ADDRESS_WORDS::contains)) {
            return Meaning.identifier(IdentifierType.IP_ADDRESS, "the header names a network address ("
                    + String.join(" ", w) + ")");
        }
        if (w.contains("address") || w.contains("street") || w.contains("addr") || n.contains("addressline")
                || n.startsWith("addline") || n.contains("addrline") // Epic's ADD_LINE_1, ADD_LINE_2
                || w.contains("line1") || w.contains("line2") || n.equals("address1") || n.equals("address2")
                || w.contains("apartment") || w.contains("suite")
                // the FEC's CMTE_ST1, CMTE_ST2: street lines
                || w.contains("st1") || w.contains("st2") || w.contains("st3") || w.contains("street1")
                || w.contains("street2")) {
            return Meaning.identifier(IdentifierType.STREET_ADDRESS, "the header names a street address");
        }
        if (w.contains("fips") || w.contains("census") || w.contains("tract") || w.contains("precinct")
                || w.contains("neighborhood") || w.contains("neighbourhood") || w.contains("district")
                || w.contains("borough") || w.contains("suburb")
                // a housing tract on an assessor's roll; the HIPAA term itself
                || w.contains("subdivision") || w.contains("subdiv")
                // an electoral or city ward (ward_abbrv), not a hospital's (a stay's ward, ward_bed)
                || w.contains("ward") && !w.contains("bed")
                        && (table == null || !HOSPITAL_TABLE.matcher(table.toLowerCase(java.util.Locale.ROOT)).find())) {
            return Meaning.identifier(IdentifierType.GEOGRAPHIC_SUBDIVISION,
                    "the header names a geographic subdivision smaller than a state");
        }
        // glued abbreviations: AGEYRS, CAGE_YR and CAGE_MO (VAERS' computed age in years, months), AGEDX (age at
        // diagnosis, cancer registries)
        if (w.contains("age") || n.equals("ageyears") || n.startsWith("ageat") || n.startsWith("agein")
                || n.equals("ageyrs") || n.equals("ageyr") || n.equals("cageyr") || n.equals("cageyrs") || n.equals("agedx")
                || n.equals("cagemo") || n.equals("agemo") || n.equals("agemos")) {
            return Meaning.identifier(IdentifierType.AGE, "the header names an age");
        }
        if (w.contains("name") || w.contains("names") || n.endsWith("name")) {
            return nameMeaning(w, n);
        }
        if (w.contains("surname") || w.contains("forename") || w.contains("lastname") || w.contains("firstname")) {
            return Meaning.identifier(w.contains("forename") || w.contains("firstname") ? IdentifierType.GIVEN_NAME
                    : IdentifierType.FAMILY_NAME, "the header names a part of a person's name");
        }
        if (w.contains("date") || w.contains("datetime") || w.contains("timestamp") || n.endsWith("date")
                || n.endsWith("datetime") || n.endsWith("timestamp") || w.size() > 1 && last.equals("at")
                || w.contains("dt") || n.endsWith("time") && !n.endsWith("lifetime") && !n.contains("duration")
                        // Overtime, Runtime, Turnaround Time: amounts of time, not times (breaker65)
                        && DURATION_TIMES.stream().noneMatch(n::endsWith)
                        // a race's Chip Time, Gun Time, Net Time: durations (breaker54, breaker55)
                        && w.stream().noneMatch(RACE_TIME_WORDS::contains)
                // German, Dutch and Swedish "Datum" (eintrittsdatum), Spanish "fecha" (fecha_alta)
                || n.endsWith("datum") || w.contains("fecha") || n.startsWith("fecha") || cjkDate(n)
                // Nepali and Hindi: मिति (miti), तारीख, दिनांक (breaker84's दर्ता मिति, Janma Miti); Kinyarwanda itariki
                || w.stream().anyMatch(DATE_WORDS_IN_OTHER_LANGUAGES::contains)) {
            return Meaning.identifier(IdentifierType.DATE, "the header names a date or time");
        }
        if (isIdentifierWord(last) && w.size() == 2 && YEAR_WORDS.contains(w.get(0))) {
            // Lahman's yearID, a season's year: a year alone is no date element (45 CFR 164.514(b)(2)(i)(C))
            return Meaning.of(Kind.VOCABULARY, "the header names a year (" + header + "), not a record");
        }
        if (isIdentifierWord(last) || n.endsWith("uuid") || n.endsWith("guid")) {
            return Meaning.identifier(IdentifierType.OTHER_UNIQUE_IDENTIFIER, "the header names an id (*_id)");
        }
        if (w.contains("row") || w.contains("rownum") || n.equals("rownumber") || n.equals("index") || n.equals("idx")
                || n.equals("seq") || n.equals("sequence") || n.equals("recordnumber") || n.equals("recno")
                || n.equals("no") || n.equals("nr") || n.equals("num") || n.equals("number") || n.equals("unnamed0")
                || n.equals("n") || n.equals("line") || n.equals("lineno")) {
            return Meaning.of(Kind.RECORD_NUMBER, "the header names a row or record number");
        }
        if (w.contains("note") || w.contains("notes") || w.contains("comment") || w.contains("comments")
                || w.contains("remark") || w.contains("remarks") || w.contains("narrative") || w.contains("memo")
                || w.contains("details") || w.contains("observations") || w.contains("findings") || w.contains("anamnesis")
                || w.contains("freetext") || w.contains("message") || w.contains("body") || n.equals("text")
                || w.contains("msg") || w.contains("sms") || w.contains("reply") || w.contains("replies")
                || w.contains("verbatim") || w.contains("reported") && w.contains("term")
                // users' own tags (MovieLens tags.tag): whatever a user typed
                || last.equals("tag") || last.equals("tags") || last.equals("hashtag") || last.equals("hashtags")
                || last.equals("text") || w.contains("bio") || w.contains("biography") || w.contains("summary")
                || w.stream().anyMatch(NOTES_IN_OTHER_LANGUAGES::contains) || NOTES_IN_OTHER_LANGUAGES.contains(n)) {
            return Meaning.of(Kind.FREE_TEXT, "the header names free text");
        }
        if (THING_WORDS.contains(n) || THING_WORDS.contains(last)) {
            return Meaning.of(Kind.THING_NAME, "the header names a product or an item (" + String.join(" ", w) + ")");
        }
        if (VOCABULARY.contains(n) || VOCABULARY.contains(last) || w.stream().anyMatch(VOCABULARY::contains)
                || VOCABULARY.stream().anyMatch(v -> v.length() >= 4 && n.endsWith(v))) {
            return Meaning.of(Kind.VOCABULARY, "the header names a category (" + (VOCABULARY.contains(last) ? last
                    : w.stream().filter(VOCABULARY::contains).findFirst().orElse(n)) + ")");
        }
        return Meaning.of(Kind.NONE, "");
    }

    /** An MDS 3.0 item: a section letter, four digits, maybe a letter and a digit, maybe followed by _ and a label. */
    private static final java.util.regex.Pattern MDS_ITEM = java.util.regex.Pattern.compile(
            "([A-Z][0-9]{4}[A-Z]?[0-9]?)(?:_.*)?");

    /** MDS 3.0 items that identify the resident or name the staff, by item number. */
    private static final java.util.Map<String, Meaning> MDS_ITEMS = java.util.Map.ofEntries(
            java.util.Map.entry("A0500A", Meaning.identifier(IdentifierType.GIVEN_NAME, "MDS 3.0 A0500A: the resident's first name")),
            java.util.Map.entry("A0500B", Meaning.identifier(IdentifierType.NAME, "MDS 3.0 A0500B: the resident's middle initial")),
            java.util.Map.entry("A0500C", Meaning.identifier(IdentifierType.FAMILY_NAME, "MDS 3.0 A0500C: the resident's last name")),
            java.util.Map.entry("A0500D", Meaning.identifier(IdentifierType.NAME, "MDS 3.0 A0500D: the resident's name suffix")),
            java.util.Map.entry("A0600A", Meaning.identifier(IdentifierType.SOCIAL_SECURITY_NUMBER, "MDS 3.0 A0600A: the resident's Social Security number")),
            java.util.Map.entry("A0600B", Meaning.identifier(IdentifierType.HEALTH_PLAN_BENEFICIARY_NUMBER, "MDS 3.0 A0600B: the resident's Medicare number")),
            java.util.Map.entry("A0700", Meaning.identifier(IdentifierType.HEALTH_PLAN_BENEFICIARY_NUMBER, "MDS 3.0 A0700: the resident's Medicaid number")),
            java.util.Map.entry("A0900", Meaning.identifier(IdentifierType.DATE_OF_BIRTH, "MDS 3.0 A0900: the resident's birth date")),
            java.util.Map.entry("A1300A", Meaning.identifier(IdentifierType.MEDICAL_RECORD_NUMBER, "MDS 3.0 A1300A: the resident's medical record number")),
            java.util.Map.entry("A1300C", Meaning.identifier(IdentifierType.GIVEN_NAME, "MDS 3.0 A1300C: the name the resident prefers to be addressed by")),
            java.util.Map.entry("X0200A", Meaning.identifier(IdentifierType.GIVEN_NAME, "MDS 3.0 X0200A: the resident's first name on the record corrected")),
            java.util.Map.entry("X0200C", Meaning.identifier(IdentifierType.FAMILY_NAME, "MDS 3.0 X0200C: the resident's last name on the record corrected")),
            java.util.Map.entry("X0400", Meaning.identifier(IdentifierType.DATE_OF_BIRTH, "MDS 3.0 X0400: the resident's birth date on the record corrected")),
            java.util.Map.entry("X0500", Meaning.identifier(IdentifierType.SOCIAL_SECURITY_NUMBER, "MDS 3.0 X0500: the resident's Social Security number on the record corrected")),
            java.util.Map.entry("X1100A", Meaning.identifier(IdentifierType.GIVEN_NAME, "MDS 3.0 X1100A: the attesting staff member's first name")),
            java.util.Map.entry("X1100B", Meaning.identifier(IdentifierType.FAMILY_NAME, "MDS 3.0 X1100B: the attesting staff member's last name")),
            java.util.Map.entry("Z0500A", Meaning.identifier(IdentifierType.NAME, "MDS 3.0 Z0500A: the signature of the RN assessment coordinator")));

    /**
     * Items of the Minimum Data Set 3.0 (CMS, Long-Term Care Facility Resident Assessment Instrument 3.0 User's Manual,
     * Chapter 3), as nursing-home assessment exports head their columns ({@code A0500A} in either case, maybe followed
     * by {@code _} and a label): the resident's names, numbers and birth date (section A), the staff named on a correction request
     * (section X) and the signatures of section Z ({@code Z0400A}-{@code Z0400L}, {@code Z0500A}), which the general
     * words cannot read.
     */
    private static Optional<Meaning> mdsItem(String header) {
        java.util.regex.Matcher m = MDS_ITEM.matcher(header.strip().toUpperCase(java.util.Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        String item = m.group(1);
        if (item.startsWith("A0310")) {
            // the type of assessment: codes 01-06 and 99 (none of the above), not ages (breaker41)
            return Optional.of(Meaning.of(Kind.VOCABULARY, "MDS 3.0 " + item + ": the type of assessment, a code of the item set"));
        }
        if (item.startsWith("Z0400") && item.length() == 6) {
            return Optional.of(Meaning.identifier(IdentifierType.NAME, "MDS 3.0 " + item + ": the signature of a person who completed part of the assessment"));
        }
        return Optional.ofNullable(MDS_ITEMS.get(item));
    }

    /** A NEMSIS v3 element id: a dataset letter, a section, a point or underscore, two digits (ePatient.02, dPersonnel_01). */
    private static final java.util.regex.Pattern NEMSIS_ELEMENT = java.util.regex.Pattern.compile(
            "([ed](?:Patient|Scene|Crew|Personnel|Narrative))[._]?([0-9]{2})(?![0-9]).*", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** NEMSIS v3.5 elements that name, locate, number or describe in free text the patient, the scene or the crew. */
    private static final java.util.Map<String, Meaning> NEMSIS_ELEMENTS = java.util.Map.ofEntries(
            java.util.Map.entry("epatient.01", Meaning.identifier(IdentifierType.MEDICAL_RECORD_NUMBER, "NEMSIS ePatient.01: the EMS patient ID")),
            java.util.Map.entry("epatient.02", Meaning.identifier(IdentifierType.FAMILY_NAME, "NEMSIS ePatient.02: the patient's last name")),
            java.util.Map.entry("epatient.03", Meaning.identifier(IdentifierType.GIVEN_NAME, "NEMSIS ePatient.03: the patient's first name")),
            java.util.Map.entry("epatient.04", Meaning.identifier(IdentifierType.NAME, "NEMSIS ePatient.04: the patient's middle initial or name")),
            java.util.Map.entry("epatient.05", Meaning.identifier(IdentifierType.STREET_ADDRESS, "NEMSIS ePatient.05: the patient's home address")),
            java.util.Map.entry("epatient.06", Meaning.identifier(IdentifierType.CITY, "NEMSIS ePatient.06: the patient's home city (a GNIS code)")),
            java.util.Map.entry("epatient.07", Meaning.identifier(IdentifierType.COUNTY, "NEMSIS ePatient.07: the patient's home county (a FIPS code)")),
            java.util.Map.entry("epatient.09", Meaning.identifier(IdentifierType.ZIP_CODE, "NEMSIS ePatient.09: the patient's home ZIP code")),
            java.util.Map.entry("epatient.11", Meaning.identifier(IdentifierType.GEOGRAPHIC_SUBDIVISION, "NEMSIS ePatient.11: the patient's home census tract")),
            java.util.Map.entry("epatient.12", Meaning.identifier(IdentifierType.SOCIAL_SECURITY_NUMBER, "NEMSIS ePatient.12: the patient's Social Security number")),
            java.util.Map.entry("epatient.15", Meaning.identifier(IdentifierType.AGE, "NEMSIS ePatient.15: the patient's age")),
            java.util.Map.entry("epatient.17", Meaning.identifier(IdentifierType.DATE_OF_BIRTH, "NEMSIS ePatient.17: the patient's date of birth")),
            java.util.Map.entry("epatient.18", Meaning.identifier(IdentifierType.TELEPHONE_NUMBER, "NEMSIS ePatient.18: the patient's phone number")),
            java.util.Map.entry("epatient.19", Meaning.identifier(IdentifierType.EMAIL_ADDRESS, "NEMSIS ePatient.19: the patient's e-mail address")),
            java.util.Map.entry("epatient.21", Meaning.identifier(IdentifierType.CERTIFICATE_LICENSE_NUMBER, "NEMSIS ePatient.21: the patient's driver's license number")),
            java.util.Map.entry("epatient.23", Meaning.identifier(IdentifierType.NAME, "NEMSIS ePatient.23: the patient's name suffix")),
            java.util.Map.entry("escene.11", Meaning.identifier(IdentifierType.GEOGRAPHIC_SUBDIVISION, "NEMSIS eScene.11: the scene's GPS location")),
            java.util.Map.entry("escene.12", Meaning.identifier(IdentifierType.GEOGRAPHIC_SUBDIVISION, "NEMSIS eScene.12: the scene's US National Grid coordinates")),
            java.util.Map.entry("escene.15", Meaning.identifier(IdentifierType.STREET_ADDRESS, "NEMSIS eScene.15: the incident's street address")),
            java.util.Map.entry("escene.16", Meaning.identifier(IdentifierType.STREET_ADDRESS, "NEMSIS eScene.16: the incident's apartment, suite or room")),
            java.util.Map.entry("escene.17", Meaning.identifier(IdentifierType.CITY, "NEMSIS eScene.17: the incident's city (a GNIS code)")),
            java.util.Map.entry("escene.19", Meaning.identifier(IdentifierType.ZIP_CODE, "NEMSIS eScene.19: the incident's ZIP code")),
            java.util.Map.entry("escene.20", Meaning.identifier(IdentifierType.STREET_ADDRESS, "NEMSIS eScene.20: the scene's cross street")),
            java.util.Map.entry("escene.21", Meaning.identifier(IdentifierType.COUNTY, "NEMSIS eScene.21: the incident's county (a FIPS code)")),
            java.util.Map.entry("escene.23", Meaning.identifier(IdentifierType.GEOGRAPHIC_SUBDIVISION, "NEMSIS eScene.23: the incident's census tract")),
            java.util.Map.entry("ecrew.01", Meaning.identifier(IdentifierType.OTHER_UNIQUE_IDENTIFIER, "NEMSIS eCrew.01: a crew member's ID")),
            java.util.Map.entry("dpersonnel.01", Meaning.identifier(IdentifierType.FAMILY_NAME, "NEMSIS dPersonnel.01: a crew member's last name")),
            java.util.Map.entry("dpersonnel.02", Meaning.identifier(IdentifierType.GIVEN_NAME, "NEMSIS dPersonnel.02: a crew member's first name")),
            java.util.Map.entry("dpersonnel.03", Meaning.identifier(IdentifierType.NAME, "NEMSIS dPersonnel.03: a crew member's middle initial or name")),
            java.util.Map.entry("enarrative.01", Meaning.of(Kind.FREE_TEXT, "NEMSIS eNarrative.01: the patient care report's narrative")));

    /**
     * Elements of the National EMS Information System data standard (NEMSIS v3.5 data dictionary), as ambulance
     * services' patient care report exports head their columns ({@code ePatient.02}, maybe followed by the element's
     * name): the patient's names, home address, city and county codes, ZIP, SSN, age, birth date, phone, e-mail and
     * licence, the incident's address and location, the crew's ids and names, and the narrative, which the general
     * words cannot read.
     */
    private static Optional<Meaning> nemsisElement(String header) {
        java.util.regex.Matcher m = NEMSIS_ELEMENT.matcher(header.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.ofNullable(NEMSIS_ELEMENTS.get(m.group(1).toLowerCase(java.util.Locale.ROOT) + "." + m.group(2)));
    }

    /** An SDTM verbatim term: a two-letter domain prefix, then TERM (AETERM, MHTERM, CETERM). */
    private static final java.util.regex.Pattern SDTM_TERM = java.util.regex.Pattern.compile("[A-Z]{2}TERM");

    /**
     * Variables of the CDISC Study Data Tabulation Model (SDTM Implementation Guide 3.x: upper-case names of at most
     * eight characters) whose reading the general words miss or get wrong: {@code STUDYID} (the study's identifier,
     * the same for every subject), {@code DOMAIN} and {@code RDOMAIN} (a dataset's two-letter code, not a web domain),
     * {@code INVNAM} (the investigator's name), {@code BRTHDTC} (the birth date, ISO 8601, possibly partial),
     * {@code DTHDTC} (the date of death), {@code --TERM} (the verbatim reported term, as the subject or investigator
     * wrote it: free text) and {@code COVAL} (a comment).
     */
    private static Optional<Meaning> sdtmVariable(String header) {
        if (header.length() > 8 || !header.chars().allMatch(ch -> ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9')) {
            return Optional.empty();
        }
        switch (header) {
            case "STUDYID":
                return Optional.of(Meaning.of(Kind.VOCABULARY, "SDTM STUDYID: the study's identifier, the same for every "
                        + "subject of the study"));
            case "DOMAIN", "RDOMAIN":
                return Optional.of(Meaning.of(Kind.VOCABULARY, "SDTM " + header + ": the two-letter code of a dataset "
                        + "(DM, AE), not a web domain"));
            case "INVNAM":
                return Optional.of(Meaning.identifier(IdentifierType.NAME, "SDTM INVNAM: the investigator's name"));
            case "BRTHDTC":
                return Optional.of(Meaning.identifier(IdentifierType.DATE_OF_BIRTH, "SDTM BRTHDTC: the birth date"));
            case "DTHDTC":
                return Optional.of(Meaning.identifier(IdentifierType.DATE, "SDTM DTHDTC: the date of death"));
            default:
                break;
        }
        if (sdtmWrittenText(header)) {
            return Optional.of(Meaning.of(Kind.FREE_TEXT, "SDTM " + header + ": "
                    + (header.startsWith("COVAL") ? "a comment" : "the verbatim term as reported") + ", free text"));
        }
        return Optional.empty();
    }

    /**
     * @param header a header
     * @return whether it names text written as someone said or typed it, which can name anyone however often its values
     *     repeat: a verbatim or reported term ({@code AE_VERBATIM}, {@code verbatim_term}, "Reported Term for the
     *     Adverse Event"), SDTM's {@code --TERM} and {@code COVAL}, a prescription's {@code SIG} or directions
     */
    public static boolean namesWrittenText(String header) {
        List<String> w = words(header);
        String n = String.join("", w);
        // a prescription's directions (NCPDP SIG), typed by the pharmacist for one patient
        if (w.contains("verbatim") || w.contains("reported") && w.contains("term") || w.contains("sig")
                || n.equals("directions") || n.equals("directionsforuse")) {
            return true;
        }
        // a person's scars, marks and tattoos (NCIC's SMT, TAT NECK 'LATOYA'), an item's engraving (breaker70): what
        // is written on a body or a ring names people and singles them out
        // (the header's last word, or before a word of text: not Engraving Font, Tattoo Style; breaker75)
        String lastWord = w.isEmpty() ? "" : w.get(w.size() - 1);
        String beforeLast = w.size() < 2 ? "" : w.get(w.size() - 2);
        if (MARKS_WORDS.contains(n) || WRITTEN_MARKS.contains(lastWord)
                || WRITTEN_MARKS.contains(beforeLast) && (lastWord.equals("text") || lastWord.equals("description"))) {
            return true;
        }
        return sdtmWrittenText(header.strip().toUpperCase(java.util.Locale.ROOT));
    }

    /** The rule of a header naming the number of a person, a household or their case (borrowernumber, CASE_NO). */
    public static final String PEOPLE_NUMBERED_RULE = "the header names the number of a person, a household or their case";

    /** Last header words naming what is written on a body or an item: a tattoo's, an engraving's words. */
    private static final Set<String> WRITTEN_MARKS = Set.of("tattoo", "tattoos", "engraving", "engravings", "inscription",
            "inscriptions");
    /** Whole headers naming the marks on a person's body, as police and pawn reports write them. */
    private static final Set<String> MARKS_WORDS = Set.of("smt", "scarsmarkstattoos", "scarsmarks", "scarsandmarks",
            "scarsmarksandtattoos", "distinguishingmarks", "identifyingmarks", "birthmarks");

    /** @return whether an upper-case header is SDTM's COVAL (a comment) or a --TERM (a verbatim term) */
    private static boolean sdtmWrittenText(String upper) {
        return upper.length() <= 8 && (upper.matches("COVAL[0-9]*") || SDTM_TERM.matcher(upper).matches());
    }

    /** The French words for a family name and a given name before whose it is (nom_proprietaire, prénom_client). */
    private static final Set<String> FRENCH_NAME_PARTS = Set.of("nom", "prenom", "prénom");
    /** Addresses written as one word that are no street address (emailaddress, ipaddress, macaddress). */
    private static final List<String> GLUED_ADDRESSES_OF_ANOTHER_KIND = List.of("mailaddress", "ipaddress", "macaddress",
            "webaddress", "walletaddress", "btaddress", "hwaddress");

    /** Person's words that say which of a name, not whose (productfamilyname is a product's family). */
    private static final Set<String> NAME_KIND_WORDS = Set.of("family", "given", "first", "middle", "maiden", "legal",
            "display", "preferred", "birth");
    /** Words of a health card's number header: Health Card Number, Insurance Card No. */
    private static final Set<String> HEALTH_CARD_WORDS = Set.of("health", "medicare", "insurance", "card");
    /** Words beside A/c that make it a bank account (A/c No, Credited to A/c), not an air conditioner (A/C Units). */
    private static final Set<String> BANK_ACCOUNT_WORDS = Set.of("no", "number", "num", "nr", "nbr", "credited",
            "debited", "bank", "holder", "payee", "beneficiary");
    /** Social security numbers abbreviated (SOC_SEC_NO), not socsec_wages or SocSecTax (breaker69). */
    private static final Set<String> SOCIAL_SECURITY_ABBREVIATIONS = Set.of("socsec", "socsecno", "socsecnum",
            "socsecnumber", "socsecnbr", "socsecnr");
    /** Headers of a vessel's own name (vessel_name, Name of Vessel, boatname, yacht_name). */
    private static final Set<String> VESSEL_NAMES = Set.of("vesselname", "boatname", "yachtname", "nameofvessel",
            "nameofboat", "nameofyacht");
    /** French words of people whose name a header gives after nom or prénom (nom_medecin, prenom_titulaire). */
    private static final Set<String> FRENCH_PERSON_WORDS = Set.of("medecin", "médecin", "titulaire", "conjoint", "pere",
            "père", "mere", "mère", "tuteur", "tutrice", "veterinaire", "vétérinaire", "employe", "employé", "salarie",
            "salarié", "assure", "assuré", "detenteur", "détenteur", "responsable", "contact", "eleve", "élève",
            // a pharmacovigilance report's notifier (Nom notificateur; breaker67)
            "notificateur", "notificatrice", "declarant", "déclarant");

    /** A house's number on its street in French and German headers (numéro de rue, no civique, Hausnr). */
    private static final Set<String> CIVIC_NUMBERS = Set.of("numéroderue", "numeroderue", "nocivique", "numérocivique",
            "numerocivique", "civicnumber", "civicno", "hausnr");
    /** Whose number a header of one word or several names (borrowernumber, CASE_NO, Patron No). */
    /** Last characters of a Chinese, Japanese or Korean header that name a date or a time (就诊日期, 来院日, 방문일자). */
    private static final List<String> CJK_DATE_ENDINGS = List.of("日期", "日付", "日時", "时间", "時間", "일자", "일시",
            "날짜", "日", "일");
    /** Headers ending in 日 or 일 that name no date: a weekday, a holiday flag, every day, a count of days. */
    private static final List<String> CJK_NOT_DATES = List.of("曜日", "요일", "休日", "祝日", "毎日", "每日", "本日",
            "휴일", "평일", "공휴일", "매일", "당일", "今日", "每周日",
            // days counted from an event: a stay's or an operation's day (術後病日, 病日), days elapsed (경과일; breaker81)
            "病日", "経過日", "경과일");

    /**
     * @return whether a header in Chinese, Japanese or Korean names a date: it ends in 日期, 日付, 日時, 时间, 일자, 일시,
     *     날짜, or in 日 or 일 after at least one other character (来院日, 방문일), and is no weekday or holiday (曜日, 요일,
     *     休日) (breaker74's probes: Korean visit dates written 2026.03.14 were kept as shared values)
     */
    /**
     * A date in Nepali and Hindi headers, in Devanagari and romanised (मिति, miti, तारीख, तारिख, दिनांक), and in
     * Kinyarwanda (itariki).
     */
    private static final Set<String> DATE_WORDS_IN_OTHER_LANGUAGES = Set.of("मिति", "मिती", "तारीख", "तारिख", "दिनांक",
            "miti", "itariki");

    static boolean cjkDate(String n) {
        if (n.length() < 2 || Character.UnicodeScript.of(n.codePointAt(0)) == Character.UnicodeScript.LATIN) {
            return false;
        }
        return CJK_DATE_ENDINGS.stream().anyMatch(n::endsWith) && CJK_NOT_DATES.stream().noneMatch(n::endsWith);
    }

    /** Header words before "case" that make it a thing's: a software test's, a shipment's (breaker66, breaker75). */
    private static final Set<String> NOT_A_PERSONS_CASE = Set.of("test", "packing", "shipping", "pallet", "carton",
            "display", "storage", "wine", "use");

    private static final Set<String> PEOPLE_NUMBERED = Set.of("borrower", "patron", "case", "household",
            "recipient", "enrollee", "patient", "client", "customer", "member", "student", "employee", "subscriber");

    /** Words that make an address in another language an e-mail address: courriel, correo, electrónico. */
    private static final Set<String> ELECTRONIC_MAIL_WORDS = Set.of("courriel", "correo", "electronico", "electrónico",
            "eletronico", "eletrônico", "elettronica", "elektronische");

    /** Words of a header naming an animal's microchip or transponder (French puce, transpondeur). */
    private static final Set<String> CHIP_WORDS = Set.of("microchip", "mikrochip", "transponder", "transpondeur", "puce",
            "chip", "chipnummer");

    /** Words of a header that name an EV charger: OCPP's chargeBoxId, an EVSE, the Dutch laadpunt, a wallbox. */
    private static final Set<String> CHARGER_WORDS = Set.of("charge", "charging", "box", "point", "station", "evse",
            "charger", "wallbox", "laadpunt", "laadpaal", "ladepunkt", "ladesäule", "ladestation");
    /** Words that may stand beside a charger's without making the header name something else (its vendor, model). */
    private static final Set<String> CHARGER_NUMBER_WORDS = Set.of("id", "identity", "identifier", "no", "nr", "number",
            "num", "code");

    /**
     * @param w the header's words, lower case
     * @return whether the header names one EV charger by its id ({@code chargeBoxId}, {@code EVSE ID}, {@code Laadpunt}):
     *     a private charger is one household's device, however many sessions share it; not its vendor or model
     */
    private static boolean namesCharger(List<String> w) {
        boolean charger = w.contains("evse") || w.contains("charger") || w.contains("wallbox")
                || w.contains("charge") && (w.contains("box") || w.contains("point"))
                // a charging station by its id, not by its site's name (IKEA Wembley; breaker69)
                || w.contains("charging") && (w.contains("station") || w.contains("point"))
                        && w.stream().anyMatch(CHARGER_NUMBER_WORDS::contains)
                || w.stream().anyMatch(x -> x.startsWith("laadpunt") || x.startsWith("laadpaal")
                        || x.startsWith("ladepunkt") || x.startsWith("ladesäule") || x.startsWith("ladestation"));
        return charger && w.stream().allMatch(x -> CHARGER_WORDS.contains(x) || CHARGER_NUMBER_WORDS.contains(x)
                || x.startsWith("laad") || x.startsWith("lade"));
    }

    private static Meaning nameMeaning(List<String> w, String n) {
        if (n.equals("name") || n.equals("names")) {
            return Meaning.identifier(IdentifierType.NAME, "the header is just 'name'");
        }
        // REDCap's pt_fname, pt_lname: a name part written as one word
        if (w.stream().anyMatch(x -> x.equals("fname") || x.equals("firstname") || x.equals("givenname"))
                || w.contains("christian") || w.contains("forename") || w.contains("forenames")) {
            return Meaning.identifier(IdentifierType.GIVEN_NAME, "the header names a given name");
        }
        if (w.stream().anyMatch(x -> x.equals("lname") || x.equals("lastname") || x.equals("surname")
                || x.equals("familyname"))) {
            return Meaning.identifier(IdentifierType.FAMILY_NAME, "the header names a family name");
        }
        if (w.stream().anyMatch(x -> x.equals("mname") || x.equals("middlename") || x.equals("fullname")
                || x.equals("nickname") || x.equals("maidenname"))) {
            return Meaning.identifier(IdentifierType.NAME, "the header names a person's name");
        }
        if (w.contains("first") || w.contains("given") || w.contains("fore") || n.startsWith("firstname")
                || n.startsWith("givenname") || n.startsWith("forename") || n.contains("namegiven")) {
            return Meaning.identifier(IdentifierType.GIVEN_NAME, "the header names a given name");
        }
        if (w.contains("last") || w.contains("family") || w.contains("sur") || n.startsWith("lastname")
                || n.startsWith("surname") || n.startsWith("familyname") || n.contains("namefamily")) {
            return Meaning.identifier(IdentifierType.FAMILY_NAME, "the header names a family name");
        }
        if (w.stream().anyMatch(PERSON_WORDS::contains) || PERSON_WORDS.stream().anyMatch(p -> n.startsWith(p + "name"))) {
            return Meaning.identifier(IdentifierType.NAME, "the header names a person's name");
        }
        // Koha's altcontactsurname, altcontactfirstname: a part of a name after a person's word, written as one (not
        // PRODUCTFAMILYNAME; breaker66)
        boolean personBefore = w.size() == 1 && PERSON_WORDS.stream().anyMatch(p -> p.length() >= 5 && n.indexOf(p) >= 0
                && n.indexOf(p) + p.length() <= n.length() - 7);
        if (personBefore && (n.endsWith("firstname") || n.endsWith("givenname") || n.endsWith("forename"))) {
            return Meaning.identifier(IdentifierType.GIVEN_NAME, "the header ends in a given name (" + n + ")");
        }
        if (personBefore && (n.endsWith("surname") || n.endsWith("lastname") || n.endsWith("familyname"))) {
            return Meaning.identifier(IdentifierType.FAMILY_NAME, "the header ends in a family name (" + n + ")");
        }
        if (w.size() == 1 && PERSON_WORDS.stream().anyMatch(p -> p.length() >= 5 && !NAME_KIND_WORDS.contains(p)
                && n.endsWith(p + "name"))) {
            return Meaning.identifier(IdentifierType.NAME, "the header ends in a person's name (" + n + ")");
        }
        // vessel_name, Name of Vessel, boatname; not Yacht Club Name or Vessel Type Name (breaker66)
        if (VESSEL_NAMES.contains(n)) {
            // a boat's name is painted on its hull and registered with its owner (breaker64)
            return Meaning.identifier(IdentifierType.VEHICLE_IDENTIFIER, "the header names a vessel's name: painted on "
                    + "its hull and registered with its owner, it identifies the boat (45 CFR 164.514(b)(2)(i)(L))");
        }
        return Meaning.of(Kind.THING_NAME, "the header names a thing (" + String.join(" ", w) + ")");
    }

    private static boolean isIdentifierWord(String word) {
        if (word.equals("id") || word.equals("uuid") || word.equals("guid") || word.equals("uid") || word.equals("oid")) {
            return true;
        }
        // Dutch nouns in -heid (eenheid, a unit; hoeveelheid, a quantity; nauwkeurigheid) are no ids (breaker87)
        return word.length() >= 4 && word.endsWith("id") && !NOT_AN_ID.contains(word) && !word.endsWith("heid");
    }
}
