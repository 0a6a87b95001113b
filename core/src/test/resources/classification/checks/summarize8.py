#!/usr/bin/env python3
"""Summarizes breaker6's runs (run_all.sh output under /tmp/breaker7-runs): one Markdown row per set and cut, with the
evaluator's figures and the leaked cells counted here, each output cell once: an identifier-labelled cell output unchanged,
a cell holding another input identifier value (whole cell or word n-gram, as independent_check8.py), an age over 89, a
birth year implying one, or a DATE cell still holding a month or day. Usage: summarize8.py SET...
breaker7's copy: the date shapes, era years and CJK substring matching of independent_check8.py; an unchanged cell of a
column the gold labels non-identifying or quasi-identifying is listed as a coincidence, not counted as a leak; a FREE_TEXT
cell counts only when it holds an identifier value of the input or a name of the generator's GIVEN/FAMILY lists."""
import ast, csv, json, os, re, sys, collections
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
here = os.path.dirname(os.path.abspath(__file__))
def set_dir(name):
    """The set's folder: classification/NAME (held to the floors) or classification-open/NAME."""
    for root in (os.path.join(here, ".."), os.path.join(here, "..", "..", "classification-open")):
        if os.path.isdir(os.path.join(root, name)):
            return os.path.join(root, name)
    raise SystemExit("no set " + name)
TOK = re.compile(r"\w+", re.UNICODE)
DATE_PATTERNS = [re.compile(p) for p in [
    r"\b\d{4}-\d{1,2}-\d{1,2}\b", r"\b\d{1,2}\.\d{1,2}\.\d{2,4}\b", r"\b\d{1,2}/\d{1,2}/\d{2,4}\b", r"^\d{4}-\d{2}$",
    r"^\d{2}\.\d{4}$", r"^\d{2}/\d{4}$", r"\b\d{2}(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)\d{2}\b",
    r"(?<!\d)(19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(\d{4}|\d{6})?(?!\d)",
    r"(?i)\b\d{1,2}-(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)-\d{2,4}\b", r"\b\d{4}/\d{1,2}/\d{1,2}\b",
    r"\d{1,2}月\d{1,2}日",
    r"\b\d{4}\.\d{1,2}\.\d{1,2}\b",  # breaker8: yyyy.MM.dd (Korean)
    r"\b\d{1,2}-\d{1,2}-\d{4}\b",  # breaker8: dd-mm-jjjj (Dutch)
    r"(?i)\b\d{1,2}(st|nd|rd|th)? (January|February|March|April|May|June|July|August|September|October|November|December)\b"]]  # breaker8: 14th March 1954
def ident(lab):
    return lab not in ("QUASI_IDENTIFIER", "NON_IDENTIFYING")
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
def read(p, d):
    if p.endswith(".jsonl"):
        return read_jsonl(p)
    with open(p, encoding="utf-8", newline="") as f:
        r = csv.reader(f, delimiter=d); h = next(r); return h, list(r)
coincidences = collections.Counter()
def leaks(set_name, work):
    gold = json.load(open(os.path.join(set_dir(set_name), "gold.json"), encoding="utf-8"))
    d = gold.get("delimiter", ","); labels = gold["columns"]
    ins = {f.rsplit(".", 1)[0]: read(os.path.join(work, "in", f), d) for f in os.listdir(os.path.join(work, "in")) if f.endswith(".csv") or f.endswith(".jsonl")}
    if not os.path.isdir(os.path.join(work, "out")):
        return None, {}
    outs = {t: read(find_table(os.path.join(work, "out"), t), d) for t in ins if find_table(os.path.join(work, "out"), t)}
    non = set()
    for t, (h, rows) in ins.items():
        for i, c in enumerate(h):
            if not ident(labels[t + "." + c]):
                non.update(r[i].strip().lower() for r in rows)
    needles = {}; cjk = {}
    for t, (h, rows) in ins.items():
        for i, c in enumerate(h):
            lab = labels[t + "." + c]
            if ident(lab) and lab not in ("FREE_TEXT", "AGE"):
                for r in rows:
                    v = r[i].strip(); tk = tuple(TOK.findall(v.lower()))
                    if not tk or len(tk) > 8 or v.lower() in non:
                        continue
                    if len(tk) == 1 and ((tk[0].isdigit() and len(tk[0]) < 5) or (not tk[0].isdigit() and len(tk[0]) < 4)):
                        continue
                    if CJK.search(v) and len(cjk_key(v)) >= 2:
                        cjk.setdefault(cjk_key(v), t + "." + c)
                        if len(tk) == 1:
                            continue
                    needles.setdefault(tk, t + "." + c)
    gen = os.path.join(set_dir(set_name), "generate.py")  # names that occur only inside free text, as independent_check8.py
    for node in ast.parse(open(gen, encoding="utf-8").read()).body if os.path.exists(gen) else []:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") in ("GIVEN", "FAMILY", "PATRONYMIC"):
            for x in ast.literal_eval(node.value):
                for v in (x if isinstance(x, tuple) else (x,)):
                    tk = tuple(TOK.findall(v.lower()))
                    if CJK.search(v) and len(cjk_key(v)) >= 2:
                        cjk.setdefault(cjk_key(v), "generator name list")
                    elif tk and v.lower() not in non and not (len(tk) == 1 and len(tk[0]) < 4):
                        needles.setdefault(tk, "generator name list")
    lens = sorted({len(k) for k in needles})
    per = collections.Counter()
    for t, (h, rows) in outs.items():
        ih, irows = ins[t]
        for j, c in enumerate(h):
            lab = labels.get(t + "." + c, "?")
            i = ih.index(c) if c in ih else None
            for k, r in enumerate(rows):
                v = r[j].strip(); hit = False
                if not v:
                    continue
                if i is not None and ident(lab) and lab not in ("AGE", "FREE_TEXT") and v == irows[k][i].strip() and v.lower() not in non:
                    hit = True
                if not hit:
                    tk = TOK.findall(v.lower())
                    if any(tuple(tk[a:a + L]) in needles for L in lens for a in range(len(tk) - L + 1)) or (
                            cjk and CJK.search(v) and any(k in cjk_key(v) for k in cjk)):
                        if i is not None and ident(lab) and v != irows[k][i].strip():
                            coincidences[t + "." + c] += 1  # a surrogate that equals some other input value
                        elif i is not None and not ident(lab) and v == irows[k][i].strip():
                            coincidences[t + "." + c] += 1  # a vocabulary value kept unchanged that contains an identifier word (a clinic named after its city)
                        else:
                            hit = True
                if not hit and lab == "AGE" and re.fullmatch(r"\d{1,3}", v) and int(v) > 89:
                    hit = True
                if not hit and lab == "QUASI_IDENTIFIER" and re.search(r"(?i)birth|yob|geboorte|syntym", c) and re.fullmatch(r"(18|19|20)\d{2}", v) and 2026 - int(v) > 89:
                    hit = True  # breaker8: a year of birth (gold QUASI) implying an age over 89
                if not hit and lab == "DATE_OF_BIRTH":
                    y = birth_year(v)
                    hit = bool(y and 2026 - y > 89)
                if not hit and lab in ("DATE", "DATE_OF_BIRTH") and any(p.search(v) for p in DATE_PATTERNS):
                    hit = True
                if hit:
                    per[t + "." + c] += 1
    return sum(per.values()), dict(per)
print("| set | cut | recall | keep rate | runs unedited | FKs (declared and joining / gold; own join check) | leaked cells (own check) |")
print("|---|---|---:|---:|---|---|---:|")
details = {}
for s in sys.argv[1:]:
    for cut in ("10", "40", "whole"):
        base = os.path.join(os.environ.get("RUNS", "/tmp/breaker7-runs"), s)
        ev = open("%s/eval-%s.txt" % (base, cut), encoding="utf-8").read()
        ck = json.load(open("%s/check-%s.json" % (base, cut), encoding="utf-8"))
        rec = re.search(r"identifier recall\s+([\d.]+%) \((\d+ of \d+)", ev); kr = re.search(r"keep rate\s+([\d.]+%) \((\d+ of \d+)", ev)
        runs = re.search(r"runs unedited\s+(\w+)", ev).group(1)
        fk = re.search(r"foreign keys\s+(\d+ of \d+)", ev).group(1)
        own = "; ".join(v for v in ck.get("foreign_keys", {}).values()) or "-"
        n, per = leaks(s, "%s/work-%s" % (base, cut))
        details[(s, cut)] = (per, dict(coincidences)); coincidences.clear()
        rows = re.search(r"\((first \d+|whole)\): \d+ tables, \d+ columns, (\d+) rows", ev)
        print("| `%s` | %s (%s rows) | %s (%s) | %s (%s) | %s / deidentify exit %s | %s; %s | %s |" % (
            s, cut, rows.group(2), rec.group(1), rec.group(2), kr.group(1), kr.group(2), runs, ck["deidentify_exit"], fk, own,
            "n/a (no output)" if n is None else n))
print()
for (s, cut), (per, co) in details.items():
    if per or co:
        print("- %s %s: %s%s" % (s, cut, json.dumps(per, ensure_ascii=False),
                                 "; not counted (surrogates equal to another input value): " + json.dumps(co, ensure_ascii=False) if co else ""))
