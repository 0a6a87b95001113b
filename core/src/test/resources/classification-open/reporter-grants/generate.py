#!/usr/bin/env python3
"""Writes reporter-grants: an invented research-grants export in the shape of NIH RePORTER's ExPORTER project and
publication files, joined to a university sponsored-programs system's investigator table (seeded, stdlib only).
pi: 1,500 principal investigators (eRA person profile id, names, title, degrees, ORCID iD with its ISO 7064 MOD 11-2
check character (some written as https://orcid.org/ URLs, 30% empty), eRA Commons user name, institutional e-mail and
telephone, department, institution, personal profile URL, early-stage flag). projects: one row per application and
fiscal year in ExPORTER's column order (APPLICATION_ID, CORE_PROJECT_NUM `R01CA123456`, FULL_PROJECT_NUM
`5R01CA123456-03`, FY, dates MM/DD/YYYY, institution's DUNS, UEI, congressional district and 9-digit ZIP, PI_IDS and
PI_NAMEs lists with `(contact)`, program officer, study section, amounts) plus CONTACT_PI_PROFILE_ID.
publications: PMID, PMC id, DOI, journal, author list, affiliation; publinks: PMID to core project number.
study_sections: 40 review groups with their scientific review officer.
Deliberate coincidences: investigators surnamed Parkinson, Hodgkin, Huntington, Crohn, Graves, Addison, Wilson, Cushing
beside the terms and titles naming those diseases; surnames Hopkins, Mayo, Duke, Emory, Stanford, Vanderbilt,
Washington, Baylor, Houston beside the institutions and the town named so."""
import csv, json, random
rnd = random.Random(560101)
GIVEN = ["James", "Michael", "David", "Robert", "John", "William", "Richard", "Thomas", "Mark", "Daniel", "Paul",
         "Steven", "Andrew", "Kenneth", "Joshua", "Wei", "Jun", "Hiroshi", "Rajesh", "Sanjay", "Ahmed", "Carlos",
         "Miguel", "Stefan", "Lars", "Jennifer", "Mary", "Patricia", "Linda", "Elizabeth", "Susan", "Karen", "Lisa",
         "Nancy", "Sarah", "Emily", "Rachel", "Laura", "Anna", "Mei", "Xiaoling", "Yuki", "Priya", "Anjali",
         "Fatima", "Maria", "Elena", "Ingrid", "Olga", "Chioma", "Madison", "Jordan", "Austin", "Florence"]
FAMILY = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
          "Anderson", "Taylor", "Thomas", "Moore", "Jackson", "Martin", "Lee", "Thompson", "White", "Harris",
          "Clark", "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Green", "Baker",
          "Adams", "Nelson", "Hill", "Campbell", "Mitchell", "Roberts", "Carter", "Phillips", "Evans", "Chen",
          "Wang", "Zhang", "Liu", "Li", "Yang", "Huang", "Kim", "Park", "Nguyen", "Patel", "Shah", "Gupta", "Kumar",
          "Singh", "Tanaka", "Sato", "Suzuki", "Müller", "Schmidt", "Kowalski", "Rossi", "Cohen", "Levy",
          "O'Connor", "McDonald", "Okafor", "Haddad", "Parkinson", "Hodgkin", "Huntington", "Crohn", "Graves",
          "Addison", "Wilson", "Cushing", "Hopkins", "Mayo", "Duke", "Emory", "Stanford", "Vanderbilt",
          "Washington", "Baylor", "Houston", "Fairweather", "Lindqvist", "Abernathy", "Castellanos", "Whitfield",
          "Vasquez-Ortega", "Nakamura-Jones", "Ostrowski", "Petrosyan", "Achterberg"]
INITIALS = "ABCDEFGHJKLMNPRSTW"
# name, city, state, zip5, district, ED_INST_TYPE, e-mail domain, profile URL pattern
ORGS = [("JOHNS HOPKINS UNIVERSITY", "BALTIMORE", "MD", "21218", "07", "SCHOOLS OF MEDICINE", "jhmi.edu", "https://www.hopkinsmedicine.org/profiles/details/{f}-{l}"),
        ("UNIVERSITY OF MINNESOTA", "MINNEAPOLIS", "MN", "55455", "05", "SCHOOLS OF MEDICINE", "umn.edu", "https://experts.umn.edu/en/persons/{f}-{l}"),
        ("MAYO CLINIC ROCHESTER", "ROCHESTER", "MN", "55905", "01", "INDEPENDENT HOSPITALS", "mayo.edu", "https://www.mayo.edu/research/faculty/{l}-{f}-{deg}/bio-{n}"),
        ("UNIVERSITY OF WASHINGTON", "SEATTLE", "WA", "98195", "07", "SCHOOLS OF MEDICINE", "uw.edu", "https://depts.washington.edu/{dept}/people/{l}"),
        ("WASHINGTON UNIVERSITY", "SAINT LOUIS", "MO", "63130", "01", "SCHOOLS OF MEDICINE", "wustl.edu", "https://profiles.wustl.edu/en/persons/{f}-{l}"),
        ("STANFORD UNIVERSITY", "STANFORD", "CA", "94305", "16", "SCHOOLS OF MEDICINE", "stanford.edu", "https://profiles.stanford.edu/{f}-{l}"),
        ("DUKE UNIVERSITY", "DURHAM", "NC", "27705", "04", "SCHOOLS OF MEDICINE", "duke.edu", "https://scholars.duke.edu/person/{f}.{l}"),
        ("EMORY UNIVERSITY", "ATLANTA", "GA", "30322", "05", "SCHOOLS OF MEDICINE", "emory.edu", "https://med.emory.edu/directory/profile/?u={u}"),
        ("VANDERBILT UNIVERSITY MEDICAL CENTER", "NASHVILLE", "TN", "37232", "05", "SCHOOLS OF MEDICINE", "vumc.org", "https://www.vumc.org/{dept}/person/{f}-{l}"),
        ("BAYLOR COLLEGE OF MEDICINE", "HOUSTON", "TX", "77030", "09", "SCHOOLS OF MEDICINE", "bcm.edu", "https://www.bcm.edu/people-search/{f}-{l}-{n}"),
        ("UNIVERSITY OF TX MD ANDERSON CAN CTR", "HOUSTON", "TX", "77030", "09", "INDEPENDENT HOSPITALS", "mdanderson.org", "https://faculty.mdanderson.org/profiles/{f}_{l}.html"),
        ("UNIVERSITY OF CALIFORNIA, SAN FRANCISCO", "SAN FRANCISCO", "CA", "94143", "11", "SCHOOLS OF MEDICINE", "ucsf.edu", "https://profiles.ucsf.edu/{f}.{l}"),
        ("UNIVERSITY OF MICHIGAN AT ANN ARBOR", "ANN ARBOR", "MI", "48109", "06", "SCHOOLS OF MEDICINE", "umich.edu", "https://medicine.umich.edu/dept/{dept}/{f}-{l}-{deg}"),
        ("UNIVERSITY OF PITTSBURGH AT PITTSBURGH", "PITTSBURGH", "PA", "15213", "12", "SCHOOLS OF MEDICINE", "pitt.edu", "https://www.{dom}/people/{f}-{l}"),
        ("MASSACHUSETTS GENERAL HOSPITAL", "BOSTON", "MA", "02114", "08", "INDEPENDENT HOSPITALS", "mgh.harvard.edu", "https://researchers.mgh.harvard.edu/profile/{n}/{f}-{l}"),
        ("BRIGHAM AND WOMEN'S HOSPITAL", "BOSTON", "MA", "02115", "07", "INDEPENDENT HOSPITALS", "bwh.harvard.edu", "https://connects.catalyst.harvard.edu/Profiles/display/Person/{n}"),
        ("YALE UNIVERSITY", "NEW HAVEN", "CT", "06520", "03", "SCHOOLS OF MEDICINE", "yale.edu", "https://medicine.yale.edu/profile/{f}-{l}/"),
        ("COLUMBIA UNIVERSITY HEALTH SCIENCES", "NEW YORK", "NY", "10032", "13", "SCHOOLS OF MEDICINE", "cumc.columbia.edu", "https://www.vagelos.columbia.edu/profile/{f}-{l}-{deg}"),
        ("UNIVERSITY OF NORTH CAROLINA CHAPEL HILL", "CHAPEL HILL", "NC", "27599", "04", "SCHOOLS OF PUBLIC HEALTH", "unc.edu", "https://sph.unc.edu/adv_profile/{f}-{l}/"),
        ("UNIVERSITY OF WISCONSIN-MADISON", "MADISON", "WI", "53706", "02", "SCHOOLS OF MEDICINE", "wisc.edu", "https://www.med.wisc.edu/people/{u}"),
        ("OHIO STATE UNIVERSITY", "COLUMBUS", "OH", "43210", "03", "SCHOOLS OF MEDICINE", "osumc.edu", "https://wexnermedical.osu.edu/find-a-doctor/{f}-{l}-{deg}-{n}"),
        ("UNIVERSITY OF UTAH", "SALT LAKE CITY", "UT", "84112", "02", "SCHOOLS OF MEDICINE", "utah.edu", "https://faculty.utah.edu/{u}/research/index.hml"),
        ("FRED HUTCHINSON CANCER CENTER", "SEATTLE", "WA", "98109", "07", "RESEARCH INSTITUTES", "fredhutch.org", "https://www.fredhutch.org/en/faculty-lab-directory/{l}-{f}.html"),
        ("SCRIPPS RESEARCH INSTITUTE", "LA JOLLA", "CA", "92037", "52", "RESEARCH INSTITUTES", "scripps.edu", "https://www.scripps.edu/faculty/{l}/"),
        ("UNIVERSITY OF ALABAMA AT BIRMINGHAM", "BIRMINGHAM", "AL", "35294", "07", "SCHOOLS OF MEDICINE", "uab.edu", "https://www.uab.edu/medicine/{dept}/faculty/{f}-{l}"),
        ("UNIVERSITY OF COLORADO DENVER", "AURORA", "CO", "80045", "06", "SCHOOLS OF MEDICINE", "cuanschutz.edu", "https://som.cuanschutz.edu/Profiles/Faculty/Profile/{n}"),
        ("OREGON HEALTH & SCIENCE UNIVERSITY", "PORTLAND", "OR", "97239", "03", "SCHOOLS OF MEDICINE", "ohsu.edu", "https://www.ohsu.edu/people/{f}-{l}-{deg}"),
        ("UNIVERSITY OF IOWA", "IOWA CITY", "IA", "52242", "01", "SCHOOLS OF MEDICINE", "uiowa.edu", "https://medicine.uiowa.edu/{dept}/profile/{f}-{l}"),
        ("HOUSTON METHODIST RESEARCH INSTITUTE", "HOUSTON", "TX", "77030", "09", "RESEARCH INSTITUTES", "houstonmethodist.org", "https://www.houstonmethodist.org/faculty/{f}-{l}/"),
        ("UNIVERSITY OF ROCHESTER", "ROCHESTER", "NY", "14627", "25", "SCHOOLS OF MEDICINE", "urmc.rochester.edu", "https://www.urmc.rochester.edu/people/{n}-{f}-{l}")]
DEPTS = [("Medicine", "INTERNAL MEDICINE/MEDICINE", "medicine"), ("Pediatrics", "PEDIATRICS", "pediatrics"),
         ("Neurology", "NEUROLOGY", "neurology"), ("Biochemistry", "BIOCHEMISTRY", "biochem"),
         ("Pharmacology", "PHARMACOLOGY", "pharmacology"), ("Psychiatry", "PSYCHIATRY", "psychiatry"),
         ("Surgery", "SURGERY", "surgery"), ("Epidemiology", "PUBLIC HEALTH & PREV MEDICINE", "epi"),
         ("Microbiology and Immunology", "MICROBIOLOGY/IMMUN/VIROLOGY", "mi"), ("Radiology", "RADIATION-DIAGNOSTIC/ONCOLOGY", "radiology"),
         ("Genetics", "GENETICS", "genetics"), ("Ophthalmology", "OPHTHALMOLOGY", "ophthalmology"),
         ("Obstetrics and Gynecology", "OBSTETRICS & GYNECOLOGY", "obgyn"), ("Biostatistics", "BIOSTATISTICS & OTHER MATH SCI", "biostat"),
         ("Wilmer Eye Institute", "OPHTHALMOLOGY", "wilmer"), ("Nursing", "NONE", "nursing")]
# activity, IC, IC name, CFDA, FOA
ICS = [("CA", "NATIONAL CANCER INSTITUTE", "93.396"), ("HL", "NATIONAL HEART, LUNG, AND BLOOD INSTITUTE", "93.837"),
       ("NS", "NATIONAL INSTITUTE OF NEUROLOGICAL DISORDERS AND STROKE", "93.853"), ("AG", "NATIONAL INSTITUTE ON AGING", "93.866"),
       ("DK", "NATIONAL INSTITUTE OF DIABETES AND DIGESTIVE AND KIDNEY DISEASES", "93.847"), ("AI", "NATIONAL INSTITUTE OF ALLERGY AND INFECTIOUS DISEASES", "93.855"),
       ("GM", "NATIONAL INSTITUTE OF GENERAL MEDICAL SCIENCES", "93.859"), ("MH", "NATIONAL INSTITUTE OF MENTAL HEALTH", "93.242"),
       ("EY", "NATIONAL EYE INSTITUTE", "93.867"), ("HD", "EUNICE KENNEDY SHRIVER NATIONAL INSTITUTE OF CHILD HEALTH & HUMAN DEVELOPMENT", "93.865")]
ACTIVITIES = ["R01"] * 12 + ["R21"] * 3 + ["R03", "K08", "K23", "K99", "R35", "U01", "P01", "R37", "F32", "T32"]
TOPICS = [("Parkinson Disease", "alpha-synuclein aggregation in Parkinson's disease", "NS"),
          ("Hodgkin Disease", "immune evasion in classical Hodgkin lymphoma", "CA"),
          ("Huntington Disease", "mutant huntingtin clearance in Huntington's disease", "NS"),
          ("Crohn disease", "epithelial barrier defects in Crohn's disease", "DK"),
          ("Graves Disease", "thyroid autoimmunity in Graves' disease", "DK"),
          ("Addison Disease", "adrenal insufficiency and Addison disease outcomes", "DK"),
          ("Hepatolenticular Degeneration", "copper transport in Wilson disease", "DK"),
          ("Cushing Syndrome", "glucocorticoid excess in Cushing syndrome", "DK"),
          ("Alzheimer's Disease", "tau propagation in Alzheimer's disease", "AG"),
          ("Breast Cancer", "endocrine resistance in ER-positive breast cancer", "CA"),
          ("Lung Cancer", "KRAS-driven non-small cell lung cancer", "CA"),
          ("Heart failure", "cardiomyocyte metabolism in heart failure", "HL"),
          ("Asthma", "airway remodeling in severe asthma", "HL"),
          ("HIV", "latent HIV reservoirs in tissue", "AI"), ("Malaria", "Plasmodium falciparum drug resistance", "AI"),
          ("Type 2 diabetes", "beta-cell stress in type 2 diabetes", "DK"), ("Schizophrenia", "cortical circuits in schizophrenia", "MH"),
          ("Depression", "ketamine response in treatment-resistant depression", "MH"), ("Glaucoma", "retinal ganglion cell survival in glaucoma", "EY"),
          ("Preterm Birth", "placental inflammation and preterm birth", "HD"), ("Sepsis", "neutrophil dysfunction in sepsis", "GM"),
          ("Protein folding", "chaperone networks and protein folding", "GM")]
TERMS = ["Address", "Affect", "Animal Model", "Biological Markers", "Cells", "Clinical", "Data", "Development",
         "Disease", "Genes", "Goals", "Human", "In Vitro", "Knowledge", "Link", "Mediating", "Modeling", "Mus",
         "Outcome", "Pathway interactions", "Patients", "Play", "Process", "Proteins", "Research", "Role",
         "Signal Transduction", "Testing", "Therapeutic", "Tissues", "Work", "improved", "insight", "novel",
         "novel strategies", "prevent", "programs", "response", "tool", "treatment strategy"]
TITLE_FORMS = ["Mechanisms of {t}", "Targeting {t}", "Defining the role of {t}", "Novel approaches to {t}",
               "Biomarkers of {t}", "A multi-omic study of {t}", "{T}: a longitudinal cohort"]
OFFICERS = ["HARTMAN, SUSAN L", "REYES, CARLOS", "O'NEILL, BRIDGET", "TAKAHASHI, KENJI", "GOLDBERG, ALAN",
            "BOATENG, AKOSUA", "MADSEN, ERIK", "PRICE, JANET", "WILSON, GEORGE", "NAIR, LAKSHMI", "FOSTER, DEREK",
            "ZIMMERMAN, RUTH", "ABERNATHY, CLAIRE", "DUBOIS, MARC", "HOPKINS, DENISE", "KOWALCZYK, ANNA"]
SECTIONS = [("CAMP", "Cancer Molecular Pathobiology Study Section", "OBT"), ("TME", "Tumor Microenvironment Study Section", "OBT"),
            ("NOMD", "Neural Oxidative Metabolism and Death Study Section", "BDCN"), ("CNN", "Clinical Neuroscience and Neurodegeneration Study Section", "BDCN"),
            ("CDIN", "Chronic Dysfunction and Integrative Neurodegeneration Study Section", "BDCN"), ("HIBP", "Host Interactions with Bacterial Pathogens Study Section", "IDM"),
            ("VIRA", "Virology - A Study Section", "IDM"), ("ACTS", "Arthritis, Connective Tissue and Skin Study Section", "MOSS"),
            ("CICS", "Clinical Integrative Cardiovascular Sciences Study Section", "VH"), ("MCH", "Molecular and Cellular Hematology Study Section", "VH"),
            ("HM", "Hepatobiliary Pathophysiology Study Section", "DKUS"), ("CIDO", "Clinical and Integrative Diabetes and Obesity Study Section", "EMNR"),
            ("IPOD", "Integrative Physiology of Obesity and Diabetes Study Section", "EMNR"), ("MESH", "Biobehavioral Mechanisms of Emotion, Stress and Health Study Section", "RPHB"),
            ("APDA", "Adult Psychopathology and Disorders of Aging Study Section", "RPHB"), ("DPVS", "Diseases and Pathophysiology of the Visual System Study Section", "BDCN"),
            ("PN", "Pregnancy and Neonatology Study Section", "EMNR"), ("MSFA", "Macromolecular Structure and Function A Study Section", "BCMB"),
            ("SBCA", "Synthetic and Biological Chemistry A Study Section", "BCMB"), ("GGG", "Genetics of Health and Disease Study Section", "GGG"),
            ("KNOD", "Kidney, Nutrition, Obesity and Diabetes Study Section", "EMNR"), ("IRAP", "Infectious Diseases, Reproductive Health, Asthma and Pulmonary Conditions Study Section", "HDM"),
            ("NAED", "NIAID Study Section", "NIAID"), ("NCI-J", "Population and Patient-Oriented Training", "NCI"),
            ("ZRG1", "Center for Scientific Review Special Emphasis Panel", "ZRG1"), ("ZCA1", "NCI Special Emphasis Panel", "NCI"),
            ("ZAG1", "NIA Special Emphasis Panel", "NIA"), ("NSD-K", "Neurological Sciences Training Initial Review Group", "NINDS"),
            ("AGCD", "Neuroscience of Aging Review Committee", "NIA"), ("MHK", "Mental Health Research Education Review Committee", "NIMH")]
SROS = ["Parkinson, Elaine", "Mehta, Rohit", "Schneider, Paul", "Baxter, Monica", "Liu, Hong", "Adeyemi, Tunde",
        "Fischer, Karin", "Gallo, Marco", "Houston, Regina", "Ivanova, Natalia", "Jensen, Mette", "Kaplan, Steven"]
JOURNALS = [("Nature", "Nature", "0028-0836", "10.1038/s41586-0{y}-{a:05d}-{c}"), ("Cell", "Cell", "0092-8674", "10.1016/j.cell.20{y}.{m:02d}.{a:03d}"),
            ("Journal of Clinical Investigation", "J Clin Invest", "0021-9738", "10.1172/JCI{a:06d}"),
            ("Proceedings of the National Academy of Sciences of the United States of America", "Proc Natl Acad Sci U S A", "0027-8424", "10.1073/pnas.2{y}{a:05d}1{c}"),
            ("The Journal of biological chemistry", "J Biol Chem", "0021-9258", "10.1016/j.jbc.20{y}.{a:06d}"),
            ("Neuron", "Neuron", "0896-6273", "10.1016/j.neuron.20{y}.{m:02d}.{a:03d}"),
            ("Blood", "Blood", "0006-4971", "10.1182/blood.20{y}0{a:05d}"),
            ("PloS one", "PLoS One", "1932-6203", "10.1371/journal.pone.0{a:06d}"),
            ("JAMA", "JAMA", "0098-7484", "10.1001/jama.20{y}.{a:05d}"), ("Hepatology (Baltimore, Md.)", "Hepatology", "0270-9139", "10.1002/hep.{a:05d}"),
            ("Movement disorders : official journal of the Movement Disorder Society", "Mov Disord", "0885-3185", "10.1002/mds.{a:05d}"),
            ("Cancer research", "Cancer Res", "0008-5472", "10.1158/0008-5472.CAN-{y}-{a:04d}")]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

def orcid():
    if rnd.random() < 0.85:
        base = "0000000" + str(rnd.choice([1, 2, 2, 3, 3, 3])) + "%07d" % rnd.randrange(10 ** 7)
    else:
        base = "0009000" + str(rnd.randrange(0, 8)) + "%07d" % rnd.randrange(10 ** 7)
    total = 0
    for ch in base:
        total = (total + int(ch)) * 2
    r = (12 - total % 11) % 11
    s = base + ("X" if r == 10 else str(r))
    return "-".join(s[i:i + 4] for i in range(0, 16, 4))

def fmt(d):
    y, m, dd = d
    return "%02d/%02d/%04d" % (m, dd, y)

# ---- investigators
pis = []
ids = rnd.sample(range(1860000, 16500000), 1500)
eras = set()
for i in range(1500):
    f = rnd.choice(GIVEN); l = rnd.choice(FAMILY)
    mi = rnd.choice(INITIALS) if rnd.random() < 0.62 else ""
    org = ORGS[min(int(rnd.expovariate(0.11)), len(ORGS) - 1)]
    dept = rnd.choice(DEPTS)
    title = rnd.choices(["Professor", "Associate Professor", "Assistant Professor", "Research Scientist", "Instructor",
                         "Professor and Chair"], [30, 25, 28, 8, 5, 4])[0]
    deg = rnd.choices(["PHD", "MD", "MD, PHD", "PHARMD", "DVM", "SCD", "MD, MPH", "PHD, RN"], [52, 20, 15, 3, 2, 2, 4, 2])[0]
    o = ""
    if rnd.random() < 0.7:
        o = orcid()
        if rnd.random() < 0.12:
            o = "https://orcid.org/" + o
    base = (f[0] + l).upper().replace("'", "").replace("-", "").replace("Ü", "U")[:12]
    era = base
    k = 1
    while era in eras:
        k += 1; era = base + str(k)
    if rnd.random() < 0.2:
        era = (l + f[0]).upper().replace("'", "").replace("-", "").replace("Ü", "U")[:12] + str(rnd.randrange(1, 99))
        while era in eras:
            era += str(rnd.randrange(10))
    eras.add(era)
    lf = l.lower().replace("'", "").replace("ü", "u"); ff = f.lower()
    email = rnd.choice(["{f}.{l}@{d}", "{f}{l}@{d}", "{fi}{l}@{d}", "{l}.{f}@{d}"]).format(f=ff, l=lf, fi=ff[0], d=org[6])
    if rnd.random() < 0.07:
        email = email.upper() if rnd.random() < 0.5 else email.replace("@", "%d@" % rnd.randrange(2, 9))
    area = {"MD": "410", "MN": "612", "WA": "206", "MO": "314", "CA": "650", "NC": "919", "GA": "404", "TN": "615",
            "TX": "713", "MI": "734", "PA": "412", "MA": "617", "CT": "203", "NY": "212", "WI": "608", "OH": "614",
            "UT": "801", "AL": "205", "CO": "303", "OR": "503", "IA": "319"}[org[2]]
    phone = rnd.choice(["({a}) {p}-{q:04d}", "{a}-{p}-{q:04d}", "{a}.{p}.{q:04d}"]).format(a=area, p=rnd.randrange(200, 999), q=rnd.randrange(10000)) if rnd.random() < 0.85 else ""
    url = ""
    if rnd.random() < 0.6:
        url = org[7].format(f=ff, l=lf, u=email.split("@")[0].lower(), n=rnd.randrange(10000, 999999), dept=dept[2],
                            deg=deg.split(",")[0].lower(), dom=org[6])
    esi = "Y" if title in ("Assistant Professor", "Instructor") and rnd.random() < 0.5 else "N"
    pis.append({"PI_PROFILE_ID": str(ids[i]), "PI_LAST_NAME": l, "PI_FIRST_NAME": f, "PI_MIDDLE_NAME": mi,
                "PI_TITLE": title, "PI_DEGREES": deg, "ORCID": o, "ERA_COMMONS_ID": era, "PI_EMAIL": email,
                "PI_PHONE": phone, "DEPARTMENT": dept[0], "ORG_NAME": org[0], "PROFILE_URL": url, "ESI": esi,
                "_org": org, "_dept": dept})
PI_COLS = ["PI_PROFILE_ID", "PI_LAST_NAME", "PI_FIRST_NAME", "PI_MIDDLE_NAME", "PI_TITLE", "PI_DEGREES", "ORCID",
           "ERA_COMMONS_ID", "PI_EMAIL", "PI_PHONE", "DEPARTMENT", "ORG_NAME", "PROFILE_URL", "ESI"]

def pi_name(p):
    return ("%s, %s %s" % (p["PI_LAST_NAME"], p["PI_FIRST_NAME"], p["PI_MIDDLE_NAME"])).strip().upper()

# ---- projects
PROJ_COLS = ["APPLICATION_ID", "ACTIVITY", "ADMINISTERING_IC", "APPLICATION_TYPE", "ARRA_FUNDED", "AWARD_NOTICE_DATE",
             "BUDGET_START", "BUDGET_END", "CFDA_CODE", "CORE_PROJECT_NUM", "ED_INST_TYPE", "FOA_NUMBER",
             "FULL_PROJECT_NUM", "FUNDING_ICs", "FY", "IC_NAME", "NIH_SPENDING_CATS", "ORG_CITY", "ORG_COUNTRY",
             "ORG_DEPT", "ORG_DISTRICT", "ORG_DUNS", "ORG_FIPS", "ORG_NAME", "ORG_STATE", "ORG_UEI", "ORG_ZIPCODE",
             "PHR", "PI_IDS", "PI_NAMEs", "PROGRAM_OFFICER_NAME", "PROJECT_START", "PROJECT_END", "PROJECT_TERMS",
             "PROJECT_TITLE", "SERIAL_NUMBER", "STUDY_SECTION", "STUDY_SECTION_NAME", "SUBPROJECT_ID", "SUFFIX",
             "SUPPORT_YEAR", "DIRECT_COST_AMT", "INDIRECT_COST_AMT", "TOTAL_COST", "TOTAL_COST_SUB_PROJECT",
             "CONTACT_PI_PROFILE_ID"]
orginfo = {}
for o in ORGS:
    orginfo[o[0]] = {"duns": "%09d" % rnd.randrange(10 ** 7, 10 ** 9), "uei": "".join(rnd.choice("ABCDEFGHJKLMNPQRSTUVWXYZ123456789") for _ in range(12)),
                     "zip": o[3] + "%04d" % rnd.randrange(1, 9999)}
projects = []; cores = []
appids = iter(rnd.sample(range(9600000, 11200000), 6000))
serials = set()
for p in pis:
    n = min(1 + int(rnd.expovariate(0.9)), 5)
    for _ in range(n):
        topic = rnd.choice(TOPICS)
        ic = next(x for x in ICS if x[0] == topic[2]) if rnd.random() < 0.85 else rnd.choice(ICS)
        act = rnd.choice(ACTIVITIES)
        s = rnd.randrange(1000, 999999)
        while (ic[0], s) in serials:
            s = rnd.randrange(1000, 999999)
        serials.add((ic[0], s))
        core = "%s%s%06d" % (act, ic[0], s)
        start_y = rnd.randrange(2014, 2024); start_m = rnd.choice([4, 7, 9, 12, 1, 8]); dur = rnd.choice([2, 3, 4, 5, 5, 5])
        title = rnd.choice(TITLE_FORMS).format(t=topic[1], T=topic[1][0].upper() + topic[1][1:])
        co = [q for q in rnd.sample(pis, 2) if q is not p] if rnd.random() < 0.15 else []
        section = rnd.choice(SECTIONS)
        po = rnd.choice(OFFICERS)
        cores.append(core)
        fys = [y for y in range(start_y, start_y + dur) if 2019 <= y <= 2024]
        if not fys:
            fys = [max(2019, min(2024, start_y))]
        fys = fys[:rnd.choice([1, 2, 2, 3, 3, 4])]
        terms = "; ".join(sorted(set([topic[0]] + rnd.sample(TERMS, rnd.randrange(8, 20)))))
        for fy in fys:
            sy = 1 + fy - start_y if fy >= start_y else 1
            atype = "1" if sy == 1 else "5"
            direct = rnd.randrange(150, 500) * 1000 + rnd.choice([0, 0, 250, 500, 875])
            if act in ("F32", "T32"):
                direct = rnd.randrange(40, 90) * 1000
            ind = int(direct * rnd.choice([0.52, 0.56, 0.6, 0.615, 0.69])) if act not in ("F32",) else 0
            tot = direct + ind
            pe = (start_y + dur, start_m, 28 if start_m == 2 else 30) if start_m != 1 else (start_y + dur - 1, 12, 31)
            bs = (fy, start_m, 1)
            be = (fy + 1, start_m - 1 if start_m > 1 else 12, 30 if start_m - 1 in (4, 6, 9, 11) else (28 if start_m == 3 else 31)) if start_m > 1 else (fy, 12, 31)
            notice = (fy, max(1, start_m - 1), rnd.randrange(1, 28))
            ids_cell = "%s (contact); " % p["PI_PROFILE_ID"] + "".join("%s; " % q["PI_PROFILE_ID"] for q in co)
            names_cell = "%s (contact); " % pi_name(p) + "".join("%s; " % pi_name(q) for q in co)
            phr = ("PROJECT NARRATIVE %s affects millions of people. This project will study %s and may lead to new "
                   "treatments." % (topic[0], topic[1])) if rnd.random() < 0.9 else ""
            if phr and rnd.random() < 0.05 and co:
                phr += " The work builds on preliminary data from the laboratory of Dr. %s %s." % (co[0]["PI_FIRST_NAME"], co[0]["PI_LAST_NAME"])
            org = p["_org"]; oi = orginfo[org[0]]
            projects.append({"APPLICATION_ID": str(next(appids)), "ACTIVITY": act, "ADMINISTERING_IC": ic[0],
                "APPLICATION_TYPE": atype, "ARRA_FUNDED": "N", "AWARD_NOTICE_DATE": fmt(notice) if rnd.random() < 0.95 else "",
                "BUDGET_START": fmt(bs), "BUDGET_END": fmt(be), "CFDA_CODE": ic[2], "CORE_PROJECT_NUM": core,
                "ED_INST_TYPE": org[5], "FOA_NUMBER": rnd.choice(["PA-20-185", "PA-19-056", "PAR-21-123", "PA-21-268", "RFA-CA-22-011", "PA-18-484", "PAR-18-882"]),
                "FULL_PROJECT_NUM": "%s%s-%02d" % (atype, core, sy) + ("A1" if atype == "1" and rnd.random() < 0.3 else ""),
                "FUNDING_ICs": "%s:%d\\" % (ic[1].replace("NATIONAL ", "").split(" ")[0] and {"CA": "NCI", "HL": "NHLBI", "NS": "NINDS", "AG": "NIA", "DK": "NIDDK", "AI": "NIAID", "GM": "NIGMS", "MH": "NIMH", "EY": "NEI", "HD": "NICHD"}[ic[0]], tot),
                "FY": str(fy), "IC_NAME": ic[1],
                "NIH_SPENDING_CATS": ";".join(sorted(rnd.sample(["Aging", "Biotechnology", "Cancer", "Clinical Research", "Genetics", "Neurosciences", "Neurodegenerative", "Brain Disorders", "Rare Diseases", "Digestive Diseases", "Diabetes", "Cardiovascular", "Infectious Diseases", "HIV/AIDS", "Mental Health", "Prevention", "Women's Health", "Pediatric"], rnd.randrange(1, 5)))) if rnd.random() < 0.9 else "",
                "ORG_CITY": org[1], "ORG_COUNTRY": "UNITED STATES", "ORG_DEPT": p["_dept"][1], "ORG_DISTRICT": org[4],
                "ORG_DUNS": oi["duns"], "ORG_FIPS": "US", "ORG_NAME": org[0], "ORG_STATE": org[2], "ORG_UEI": oi["uei"],
                "ORG_ZIPCODE": oi["zip"], "PHR": phr, "PI_IDS": ids_cell, "PI_NAMEs": names_cell,
                "PROGRAM_OFFICER_NAME": po, "PROJECT_START": fmt((start_y, start_m, 1)), "PROJECT_END": fmt(pe),
                "PROJECT_TERMS": terms, "PROJECT_TITLE": title, "SERIAL_NUMBER": str(s), "STUDY_SECTION": section[0],
                "STUDY_SECTION_NAME": section[1], "SUBPROJECT_ID": "", "SUFFIX": "", "SUPPORT_YEAR": str(sy),
                "DIRECT_COST_AMT": str(direct), "INDIRECT_COST_AMT": str(ind), "TOTAL_COST": str(tot),
                "TOTAL_COST_SUB_PROJECT": "", "CONTACT_PI_PROFILE_ID": p["PI_PROFILE_ID"], "_pi": p, "_co": co,
                "_topic": topic})

# ---- study sections (small table)
sections = []
for j, (code, name, irg) in enumerate(SECTIONS):
    sro = SROS[j % len(SROS)]
    last, first = sro.split(", ")
    sections.append({"STUDY_SECTION": code, "STUDY_SECTION_NAME": name, "IRG": irg, "SRO_NAME": sro,
                     "SRO_EMAIL": "%s.%s@nih.gov" % (first.lower(), last.lower()) if j % 5 else "%s%s@csr.nih.gov" % (first[0].lower(), last.lower()),
                     "MEETING_ROSTER_URL": "https://public.era.nih.gov/pubroster/roster.era?CID=%d" % (100000 + j * 37)})

# ---- publications and links
pubs = []; links = []
pmids = iter(rnd.sample(range(30000000, 39500000), 2600))
for k in range(2600):
    pr = rnd.choice(projects)
    p = pr["_pi"]
    j = rnd.choice(JOURNALS)
    y = rnd.randrange(2019, 2026); m = rnd.randrange(1, 13)
    doi = j[3].format(y=y % 100, m=m, a=rnd.randrange(100, 99999), c=rnd.randrange(10))
    authors = ["%s %s" % (rnd.choice(FAMILY), "".join(rnd.sample(INITIALS, rnd.choice([1, 1, 2])))) for _ in range(rnd.randrange(2, 9))]
    pos = rnd.choice([len(authors), len(authors), 0, 1])
    authors.insert(pos, "%s %s%s" % (p["PI_LAST_NAME"], p["PI_FIRST_NAME"][0], p["PI_MIDDLE_NAME"]))
    if pr["_co"]:
        authors.insert(len(authors) - 1, "%s %s" % (pr["_co"][0]["PI_LAST_NAME"], pr["_co"][0]["PI_FIRST_NAME"][0]))
    org = p["_org"]
    aff = "Department of %s, %s, %s, %s, USA." % (p["_dept"][0], org[0].title().replace("Of ", "of ").replace("At ", "at "), org[1].title(), org[2])
    pd = rnd.choice(["%d %s %d" % (y, MONTHS[m - 1], rnd.randrange(1, 29)), "%d %s" % (y, MONTHS[m - 1]), "%d" % y])
    pubs.append({"AFFILIATION": aff if rnd.random() < 0.93 else "", "AUTHOR_LIST": "; ".join(authors), "COUNTRY": "United States",
                 "ISSN": j[2], "JOURNAL_ISSUE": str(rnd.randrange(1, 25)) if rnd.random() < 0.9 else "",
                 "JOURNAL_TITLE": j[0], "JOURNAL_TITLE_ABBR": j[1], "JOURNAL_VOLUME": str(rnd.randrange(10, 620)),
                 "LANG": "eng", "PAGE_NUMBER": "%d-%d" % ((a := rnd.randrange(1, 9000)), a + rnd.randrange(3, 15)) if rnd.random() < 0.8 else "e%d" % rnd.randrange(10000, 99999),
                 "PMC_ID": "PMC%d" % rnd.randrange(6000000, 11500000) if rnd.random() < 0.62 else "",
                 "PMID": str(next(pmids)), "PUB_DATE": pd,
                 "PUB_TITLE": rnd.choice(["%s: insights from %s.", "Single-cell atlas of %s (%s).", "Role of %s in %s."]) % (pr["_topic"][1][0].upper() + pr["_topic"][1][1:], rnd.choice(["mouse models", "a prospective cohort", "human tissue", "iPSC-derived cells"])),
                 "PUB_YEAR": str(y), "DOI": doi})
    cs = {pr["CORE_PROJECT_NUM"]}
    if rnd.random() < 0.35:
        cs.add(rnd.choice(cores))
    for c in sorted(cs):
        links.append({"PMID": pubs[-1]["PMID"], "PROJECT_NUMBER": c})
PUB_COLS = ["AFFILIATION", "AUTHOR_LIST", "COUNTRY", "ISSN", "JOURNAL_ISSUE", "JOURNAL_TITLE", "JOURNAL_TITLE_ABBR",
            "JOURNAL_VOLUME", "LANG", "PAGE_NUMBER", "PMC_ID", "PMID", "PUB_DATE", "PUB_TITLE", "PUB_YEAR", "DOI"]

def write(name, cols, rows):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(cols)
        for r in rows:
            w.writerow([r[c] for c in cols])

write("pi", PI_COLS, pis)
write("projects", PROJ_COLS, projects)
write("study_sections", ["STUDY_SECTION", "STUDY_SECTION_NAME", "IRG", "SRO_NAME", "SRO_EMAIL", "MEETING_ROSTER_URL"], sections)
write("publications", PUB_COLS, pubs)
write("publinks", ["PMID", "PROJECT_NUMBER"], links)

L = {}
L.update({"pi." + c: v for c, v in [("PI_PROFILE_ID", "OTHER_UNIQUE_IDENTIFIER"), ("PI_LAST_NAME", "FAMILY_NAME"),
    ("PI_FIRST_NAME", "GIVEN_NAME"), ("PI_MIDDLE_NAME", "NAME"), ("PI_TITLE", "NON_IDENTIFYING"),
    ("PI_DEGREES", "NON_IDENTIFYING"), ("ORCID", "OTHER_UNIQUE_IDENTIFIER"), ("ERA_COMMONS_ID", "OTHER_UNIQUE_IDENTIFIER"),
    ("PI_EMAIL", "EMAIL_ADDRESS"), ("PI_PHONE", "TELEPHONE_NUMBER"), ("DEPARTMENT", "NON_IDENTIFYING"),
    ("ORG_NAME", "NON_IDENTIFYING"), ("PROFILE_URL", "URL"), ("ESI", "NON_IDENTIFYING")]})
PL = {c: "NON_IDENTIFYING" for c in PROJ_COLS}
PL.update({"APPLICATION_ID": "QUASI_IDENTIFIER", "CORE_PROJECT_NUM": "QUASI_IDENTIFIER", "FULL_PROJECT_NUM": "QUASI_IDENTIFIER",
           "SERIAL_NUMBER": "QUASI_IDENTIFIER", "PROJECT_TITLE": "QUASI_IDENTIFIER", "FUNDING_ICs": "NON_IDENTIFYING",
           "AWARD_NOTICE_DATE": "DATE", "BUDGET_START": "DATE", "BUDGET_END": "DATE", "PROJECT_START": "DATE", "PROJECT_END": "DATE",
           "ORG_CITY": "CITY", "ORG_ZIPCODE": "ZIP_CODE", "ORG_DISTRICT": "GEOGRAPHIC_SUBDIVISION", "PHR": "FREE_TEXT",
           "PI_IDS": "OTHER_UNIQUE_IDENTIFIER", "PI_NAMEs": "NAME", "PROGRAM_OFFICER_NAME": "NAME",
           "CONTACT_PI_PROFILE_ID": "OTHER_UNIQUE_IDENTIFIER"})
L.update({"projects." + c: v for c, v in PL.items()})
L.update({"study_sections.STUDY_SECTION": "NON_IDENTIFYING", "study_sections.STUDY_SECTION_NAME": "NON_IDENTIFYING",
          "study_sections.IRG": "NON_IDENTIFYING", "study_sections.SRO_NAME": "NAME", "study_sections.SRO_EMAIL": "EMAIL_ADDRESS",
          "study_sections.MEETING_ROSTER_URL": "NON_IDENTIFYING"})
UL = {c: "NON_IDENTIFYING" for c in PUB_COLS}
UL.update({"AFFILIATION": "QUASI_IDENTIFIER", "AUTHOR_LIST": "NAME", "PUB_DATE": "DATE", "PUB_TITLE": "QUASI_IDENTIFIER"})
L.update({"publications." + c: v for c, v in UL.items()})
L.update({"publinks.PMID": "NON_IDENTIFYING", "publinks.PROJECT_NUMBER": "QUASI_IDENTIFIER"})
gold = {"dataset": "reporter-grants",
        "description": "Invented research-grants export in the shape of NIH RePORTER's ExPORTER files and a university sponsored-programs system: 1,500 principal investigators (eRA profile id, names, ORCID iD with MOD 11-2 check character, 12%% as https://orcid.org/ URLs, eRA Commons user name, e-mail, phone, department, profile URL), %d project-years in ExPORTER column order (core project numbers R01CA123456, DUNS, UEI, congressional district, 9-digit ZIP, PI_IDS/PI_NAMEs lists with (contact), program officer), 30 study sections with their review officer, 2,600 publications (PMID, PMC id, DOI, author list) and %d publication-project links. Coincidences: investigators surnamed Parkinson, Hodgkin, Huntington, Crohn, Graves, Addison, Wilson, Cushing beside disease terms; Hopkins, Mayo, Duke, Emory, Stanford, Vanderbilt, Washington, Baylor, Houston beside institutions and the town" % (len(projects), len(links)),
        "delimiter": ",", "entity": "pi", "columns": L,
        "foreignKeys": [{"column": "projects.CONTACT_PI_PROFILE_ID", "references": "pi.PI_PROFILE_ID"},
                        {"column": "projects.STUDY_SECTION", "references": "study_sections.STUDY_SECTION"},
                        {"column": "publinks.PMID", "references": "publications.PMID"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, indent=2, ensure_ascii=False); f.write("\n")
