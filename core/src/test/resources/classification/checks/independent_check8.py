#!/usr/bin/env python3
"""Independent check of `warden classify` -> `warden deidentify` on a labelled set (gold.json), not using Warden's own
evaluator: cuts the input itself, runs the two CLI commands unedited, then checks the output.
Usage: independent_check8.py SET_DIR CUT(10|40|200|whole) WORK_DIR JAR
breaker6's copy of ../classification/independent_check.py, extended with: exact-cell hits of identifier values (any
length), ages over 89 kept in AGE columns, years of birth implying an age over 89, more date shapes (DDMMMYY,
YYYYMMDD[hhmm[ss]], ISO datetimes), the generator name lists GIVEN/FAMILY/PATRONYMIC, and quasi-identifier columns.
breaker7's copy of breaker6's, extended with: dd-MMM-yyyy, yyyy/MM/dd and Japanese N月N日 date shapes, Japanese era
birth years (昭和8年 = 1933) in the over-89 test, and CJK identifier values matched as substrings (no word boundaries)."""
import ast, csv, json, os, re, subprocess, sys, collections
ERA = {"明治": 1867, "大正": 1911, "昭和": 1925, "平成": 1988, "令和": 2018}
def birth_year(v):
    """The year of a date cell: Gregorian digits or a Japanese era year (昭和8年 = 1933)."""
    m = re.search(r"(明治|大正|昭和|平成|令和)(\d{1,2}|元)年", v)
    if m:
        return ERA[m.group(1)] + (1 if m.group(2) == "元" else int(m.group(2)))
    m = re.search(r"(18|19|20)\d{2}", v)
    return int(m.group(0)) if m else None
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")  # breaker8: Hangul syllables too
def cjk_key(v):
    """CJK identifier values are matched as substrings with spaces removed (no word boundaries in the script)."""
    return re.sub(r"\s+", "", v)

set_dir, cut, work, jar = sys.argv[1:5]
gold = json.load(open(os.path.join(set_dir, "gold.json"), encoding="utf-8"))
delim = gold.get("delimiter", ",")
entity = gold["entity"]
labels = gold["columns"]
fks = [(f["column"].split(".", 1), f["references"].split(".", 1)) for f in gold["foreignKeys"]]
ID_LABELS_EXTRA = {"CREDENTIAL", "FREE_TEXT"}
def is_identifier(label):
    return label not in ("QUASI_IDENTIFIER", "NON_IDENTIFYING")

class Row(list):
    """A row of cell strings; for JSON Lines also the original object (written back as it was)."""
    obj = None
def read_jsonl(path):
    """breaker8: JSON Lines as a table: the keys in order of first appearance; null or absent -> "", strings as they
    are, other JSON values (numbers, booleans) as their JSON text."""
    objs = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
    head = []
    for o in objs:
        head += [k for k in o if k not in head]
    rows = []
    for o in objs:
        r = Row("" if o.get(k) is None else o[k] if isinstance(o[k], str) else json.dumps(o[k], ensure_ascii=False) for k in head)
        r.obj = o; rows.append(r)
    return head, rows
def find_table(d, t):
    """The file of table t in folder d: t.csv or t.jsonl (breaker8), or None."""
    for ext in (".csv", ".jsonl"):
        if os.path.exists(os.path.join(d, t + ext)):
            return os.path.join(d, t + ext)
    return None
def read(path):
    if path.endswith(".jsonl"):
        return read_jsonl(path)
    with open(path, encoding="utf-8", newline="") as f:
        r = csv.reader(f, delimiter=delim)
        head = next(r)
        return head, [row for row in r]

tables = {}
jsonl = set()  # breaker8: tables read from JSON Lines
for name in sorted(os.listdir(set_dir)):
    if name.endswith(".csv") or name.endswith(".jsonl"):
        tables[name.rsplit(".", 1)[0]] = read(os.path.join(set_dir, name))
        if name.endswith(".jsonl"):
            jsonl.add(name[:-6])

# --- cut: first N entity rows, then child tables (transitively referring to the entity) filtered by their FKs
if cut != "whole":
    n = int(cut)
    head, rows = tables[entity]
    tables[entity] = (head, rows[:n])
    derived = {entity}
    changed = True
    while changed:
        changed = False
        for (ct, cc), (pt, pc) in fks:
            if pt in derived and ct not in derived and ct != entity:
                derived.add(ct); changed = True
    order = [entity]
    while len(order) < len(derived):
        for t in sorted(derived - set(order)):
            parents = {pt for (ct, _), (pt, _) in fks if ct == t and pt in derived and pt != t}
            if parents <= set(order):
                order.append(t)
    for t in order[1:]:
        head, rows = tables[t]
        kept = []
        for row in rows:
            ok = True
            for (ct, cc), (pt, pc) in fks:
                if ct != t or pt not in derived or pt == t:
                    continue
                v = row[head.index(cc)]
                ph, prow = tables[pt]
                if v and v not in {r[ph.index(pc)] for r in prow}:
                    ok = False; break
            if ok:
                kept.append(row)
        tables[t] = (head, kept)
inp = os.path.join(work, "in"); out = os.path.join(work, "out")
os.makedirs(inp, exist_ok=True)
for t, (head, rows) in tables.items():
    if t in jsonl:
        with open(os.path.join(inp, t + ".jsonl"), "w", encoding="utf-8") as f:
            f.writelines(json.dumps(r.obj, ensure_ascii=False) + "\n" for r in rows)
        continue
    with open(os.path.join(inp, t + ".csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=delim, lineterminator="\n"); w.writerow(head); w.writerows(rows)

# --- run the CLI unedited
env = dict(os.environ, WARDEN_JOB_KEY=os.urandom(32).hex())
spec = os.path.join(work, "spec.json")
r1 = subprocess.run(["java", "-jar", jar, "classify", "--input", inp, "--output", spec],
                    capture_output=True, text=True, env=env)
r2 = subprocess.run(["java", "-jar", jar, "deidentify", "-q", "--input", inp, "--spec", spec,
                     "--key", "env:WARDEN_JOB_KEY", "--output", out, "--report", os.path.join(work, "report.json")],
                    capture_output=True, text=True, env=env)
result = {"set": gold["dataset"], "cut": cut, "classify_exit": r1.returncode, "deidentify_exit": r2.returncode}
if r2.returncode != 0:
    result["deidentify_error"] = (r2.stderr or r2.stdout)[-1500:]
    print(json.dumps(result, ensure_ascii=False, indent=1)); sys.exit(0)
outt = {}
for t in tables:
    p = find_table(out, t)
    outt[t] = read(p) if p else None

# --- 1. identifier values anywhere in the output (whole cell, token or token n-gram)
TOK = re.compile(r"\w+", re.UNICODE)
def toks(s):
    return TOK.findall(s.lower())
non_values = set()
for t, (head, rows) in tables.items():
    for i, c in enumerate(head):
        if not is_identifier(labels[t + "." + c]):
            for row in rows:
                non_values.add(row[i].strip().lower())
needles = {}  # token tuple -> source column
cjk_needles = {}  # CJK value without spaces -> source column
shared = collections.Counter()
def add_needle(value, source):
    v = value.strip()
    tk = tuple(toks(v))
    if not tk or len(tk) > 8:
        return
    if len(tk) == 1:
        x = tk[0]
        if x.isdigit() and len(x) < 5 or (not x.isdigit() and len(x) < 4):
            return  # too short to mean anything on its own (house numbers, ages, initials)
    if v.lower() in non_values:
        shared[source] += 1
        return
    if CJK.search(v) and len(cjk_key(v)) >= 2:
        cjk_needles.setdefault(cjk_key(v), source)
        if len(tk) == 1:
            return
    needles.setdefault(tk, source)
for t, (head, rows) in tables.items():
    for i, c in enumerate(head):
        lab = labels[t + "." + c]
        if is_identifier(lab) and lab != "FREE_TEXT":
            for row in rows:
                if row[i]:
                    add_needle(row[i], t + "." + c)
# names that occur only inside free text (taken from the generator's name lists)
gen = os.path.join(set_dir, "generate.py")
if os.path.exists(gen):
    for node in ast.parse(open(gen, encoding="utf-8").read()).body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") in ("GIVEN", "FAMILY", "PATRONYMIC", "MEMBERS", "VORNAMEN_M", "VORNAMEN_W", "NACHNAMEN"):
            for v in ast.literal_eval(node.value):
                for x in (v if isinstance(v, tuple) else (v,)):
                    add_needle(x, "generator name list")
lengths = sorted({len(k) for k in needles})
hits = collections.defaultdict(lambda: collections.Counter())
examples = {}
for t, o in outt.items():
    if o is None:
        continue
    head, rows = o
    for i, c in enumerate(head):
        for row in rows:
            tk = toks(row[i])
            for L in lengths:
                for j in range(len(tk) - L + 1):
                    g = tuple(tk[j:j + L])
                    if g in needles:
                        hits[t + "." + c][needles[g]] += 1
                        examples.setdefault((t + "." + c, needles[g]), " ".join(g)[:3] + "…")
            if cjk_needles and CJK.search(row[i]):
                cell = cjk_key(row[i])
                for k, src in cjk_needles.items():
                    if k in cell:
                        hits[t + "." + c][src] += 1
result["identifier_values_in_output"] = {col: dict(src) for col, src in hits.items()}
# exact cells: any identifier value (any length) equal to a whole output cell of the same column
exact = collections.Counter(); exact_ex = {}
for t, (head, rows) in tables.items():
    o = outt.get(t)
    if o is None:
        continue
    for i, c in enumerate(head):
        lab = labels[t + "." + c]
        if not is_identifier(lab) or c not in o[0]:
            continue
        j = o[0].index(c)
        for row, orow in zip(rows, o[1]):
            v = row[i].strip()
            if v and orow[j].strip() == v and v.lower() not in non_values:
                exact[t + "." + c] += 1
                exact_ex.setdefault(t + "." + c, v[:2] + "…")
result["identifier_cells_unchanged_same_row"] = dict(exact)
# ages over 89 (AGE columns) and years of birth implying an age over 89 in any kept date-of-birth column
old = collections.Counter()
for key, lab in labels.items():
    t, c = key.split(".", 1)
    o = outt.get(t)
    if o is None or c not in o[0]:
        continue
    j = o[0].index(c)
    for orow in o[1]:
        v = orow[j].strip()
        if lab == "AGE" and re.fullmatch(r"\d{1,3}", v) and int(v) > 89:
            old["%s (AGE) value > 89" % key] += 1
        if lab == "QUASI_IDENTIFIER" and re.search(r"(?i)birth|yob|geboorte|syntym", c) and re.fullmatch(r"(18|19|20)\d{2}", v) and 2026 - int(v) > 89:
            old["%s (birth year) year implies age > 89" % key] += 1  # breaker8: a kept year of birth labelled QUASI
        if lab == "DATE_OF_BIRTH":
            y = birth_year(v)
            if y and 2026 - y > 89:
                old["%s (DOB) year implies age > 89" % key] += 1
result["over_89_in_output"] = dict(old)
result["identifier_values_also_in_non_identifying_input_columns"] = dict(shared)

# --- 2/3. dates: no month or day anywhere (full date, year-month, month.year patterns)
DATE_PATTERNS = [re.compile(p) for p in [
    r"\b\d{4}-\d{1,2}-\d{1,2}\b", r"\b\d{1,2}\.\d{1,2}\.\d{2,4}\b", r"\b\d{1,2}/\d{1,2}/\d{2,4}\b",
    r"^\d{4}-\d{2}$", r"^\d{2}\.\d{4}$", r"^\d{2}/\d{4}$",
    r"\b(January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}\b",
    r"\b\d{2}(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)\d{2}\b",
    r"(?<!\d)(19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(\d{4}|\d{6})?(?!\d)",
    r"(?i)\b\d{1,2}-(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)-\d{2,4}\b", r"\b\d{4}/\d{1,2}/\d{1,2}\b",
    r"\d{1,2}月\d{1,2}日",
    r"\b\d{4}\.\d{1,2}\.\d{1,2}\b",  # breaker8: yyyy.MM.dd (Korean)
    r"\b\d{1,2}-\d{1,2}-\d{4}\b",  # breaker8: dd-mm-jjjj (Dutch)
    r"(?i)\b\d{1,2}(st|nd|rd|th)? (January|February|March|April|May|June|July|August|September|October|November|December)\b"]]  # breaker8: 14th March 1954
date_cells = collections.Counter()
for t, o in outt.items():
    if o is None:
        continue
    head, rows = o
    for i, c in enumerate(head):
        for row in rows:
            if any(p.search(row[i]) for p in DATE_PATTERNS):
                date_cells["%s.%s (%s)" % (t, c, labels.get(t + "." + c, "?"))] += 1
result["cells_with_month_or_day"] = dict(date_cells)
# birth month/day of each data subject: no output row of the entity table holds a DOB's dd.mm / mm-dd
# (covered by the patterns above for the DOB column; here: DOB columns output as anything but a year or empty)
dob = {}
for key, lab in labels.items():
    if lab == "DATE_OF_BIRTH":
        t, c = key.split(".", 1)
        if outt.get(t):
            head, rows = outt[t]
            if c in head:
                vals = collections.Counter(re.sub(r"\d", "9", r[head.index(c)]) for r in rows)
                dob[key] = dict(vals.most_common(4))
            else:
                dob[key] = "column dropped"
result["date_of_birth_output_shapes"] = dob

# --- 4. foreign keys join in the output
fkres = {}
for (ct, cc), (pt, pc) in fks:
    if outt.get(ct) is None or outt.get(pt) is None:
        fkres["%s.%s" % (ct, cc)] = "table missing"; continue
    ih, irows = tables[ct]; ph, prow = tables[pt]
    parent_in = {r[ph.index(pc)] for r in prow}
    oh, orows = outt[ct]; oph, oprows = outt[pt]
    if cc not in oh or pc not in oph:
        fkres["%s.%s" % (ct, cc)] = "column missing"; continue
    parent_out = {r[oph.index(pc)] for r in oprows}
    joinable = [k for k, r in enumerate(irows) if r[ih.index(cc)] and r[ih.index(cc)] in parent_in]
    ok = sum(1 for k in joinable if orows[k][oh.index(cc)] in parent_out and orows[k][oh.index(cc)])
    fkres["%s.%s -> %s.%s" % (ct, cc, pt, pc)] = "%d/%d join" % (ok, len(joinable))
result["foreign_keys"] = fkres
result["row_counts_equal"] = all(outt[t] is not None and len(outt[t][1]) == len(tables[t][1]) for t in tables)

# --- 5. non-identifying columns byte-identical
same, total, changed = 0, 0, []
for key, lab in labels.items():
    if lab != "NON_IDENTIFYING":
        continue
    t, c = key.split(".", 1)
    total += 1
    ih, irows = tables[t]
    o = outt.get(t)
    if o and c in o[0] and [r[ih.index(c)] for r in irows] == [r[o[0].index(c)] for r in o[1]]:
        same += 1
    else:
        changed.append(key)
result["non_identifying_byte_identical"] = "%d/%d (%.1f%%)" % (same, total, 100.0 * same / max(total, 1))
result["non_identifying_changed"] = changed
qs, qt = [], 0
for key, lab in labels.items():
    if lab != "QUASI_IDENTIFIER":
        continue
    t, c = key.split(".", 1); qt += 1
    ih, irows = tables[t]; o = outt.get(t)
    if o and c in o[0] and [r[ih.index(c)] for r in irows] == [r[o[0].index(c)] for r in o[1]]:
        qs.append(key)
result["quasi_identifiers_kept_unchanged"] = qs
result["validation_warnings"] = [l for l in (r2.stderr or "").splitlines() if "warn" in l.lower()][:5]
print(json.dumps(result, ensure_ascii=False, indent=1))
