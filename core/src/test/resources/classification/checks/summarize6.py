#!/usr/bin/env python3
"""Summarizes breaker6's runs (run_all.sh output under /tmp/breaker6-runs): one Markdown row per set and cut, with the
evaluator's figures and the leaked cells counted here, each output cell once: an identifier-labelled cell output unchanged,
a cell holding another input identifier value (whole cell or word n-gram, as the checker does), an age over 89, a
birth year implying one, or a DATE cell still holding a month or day. Usage: summarize6.py SET...
Kept for breaker6's counting (an unchanged FREE_TEXT cell counts); the runs come from run_all8.sh, whose checker only
adds to breaker6's (independent_check6.py and 7 were copies that independent_check8.py extends)."""
import csv, json, os, re, sys, collections
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
    r"(?<!\d)(19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(\d{4}|\d{6})?(?!\d)"]]
def ident(lab):
    return lab not in ("QUASI_IDENTIFIER", "NON_IDENTIFYING")
def read(p, d):
    with open(p, encoding="utf-8", newline="") as f:
        r = csv.reader(f, delimiter=d); h = next(r); return h, list(r)
coincidences = collections.Counter()
def leaks(set_name, work):
    gold = json.load(open(os.path.join(set_dir(set_name), "gold.json"), encoding="utf-8"))
    d = gold.get("delimiter", ","); labels = gold["columns"]
    ins = {f[:-4]: read(os.path.join(work, "in", f), d) for f in os.listdir(os.path.join(work, "in")) if f.endswith(".csv")}
    if not os.path.isdir(os.path.join(work, "out")):
        return None, {}
    outs = {t: read(os.path.join(work, "out", t + ".csv"), d) for t in ins if os.path.exists(os.path.join(work, "out", t + ".csv"))}
    non = set()
    for t, (h, rows) in ins.items():
        for i, c in enumerate(h):
            if not ident(labels[t + "." + c]):
                non.update(r[i].strip().lower() for r in rows)
    needles = {}
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
                    needles.setdefault(tk, t + "." + c)
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
                if i is not None and ident(lab) and lab != "AGE" and v == irows[k][i].strip() and v.lower() not in non:
                    hit = True
                if not hit:
                    tk = TOK.findall(v.lower())
                    if any(tuple(tk[a:a + L]) in needles for L in lens for a in range(len(tk) - L + 1)):
                        if i is not None and ident(lab) and v != irows[k][i].strip():
                            coincidences[t + "." + c] += 1  # a surrogate that equals some other input value
                        else:
                            hit = True
                if not hit and lab == "AGE" and re.fullmatch(r"\d{1,3}", v) and int(v) > 89:
                    hit = True
                if not hit and lab == "DATE_OF_BIRTH":
                    m = re.search(r"(18|19|20)\d{2}", v)
                    hit = bool(m and 2026 - int(m.group(0)) > 89)
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
        base = os.path.join(os.environ.get("RUNS", "/tmp/breaker6-runs"), s)
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
