#!/usr/bin/env python3
"""breaker17: a plain second count beside summarize8.py. Per output column whose gold label is an identifier (not
NON_IDENTIFYING, QUASI_IDENTIFIER, FREE_TEXT or AGE): the non-empty cells output byte-identical to the same row's input
cell, with NO exclusion of values that also occur in vocabulary columns (summarize8.py skips those, so small integers
such as a death month 1-12 or a district id 1-77 are never counted there). Usage: unchanged17.py RUNS_DIR SET..."""
import csv, json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
def set_dir(name):
    for root in (os.path.join(here, ".."), os.path.join(here, "..", "..", "classification-open")):
        if os.path.isdir(os.path.join(root, name)):
            return os.path.join(root, name)
runs = sys.argv[1]
for s in sys.argv[2:]:
    gold = json.load(open(os.path.join(set_dir(s), "gold.json"), encoding="utf-8")); d = gold.get("delimiter", ",")
    for cut in ("10", "40", "whole"):
        w = os.path.join(runs, s, "work-" + cut); per = {}
        if not os.path.isdir(os.path.join(w, "out")):
            print(s, cut, "no output"); continue
        for f in sorted(os.listdir(os.path.join(w, "in"))):
            if not f.endswith(".csv") or not os.path.exists(os.path.join(w, "out", f)):
                continue
            t = f[:-4]
            ih, *ir = list(csv.reader(open(os.path.join(w, "in", f), encoding="utf-8", newline=""), delimiter=d))
            oh, *orows = list(csv.reader(open(os.path.join(w, "out", f), encoding="utf-8", newline=""), delimiter=d))
            for j, c in enumerate(oh):
                lab = gold["columns"].get(t + "." + c, "?")
                if lab in ("NON_IDENTIFYING", "QUASI_IDENTIFIER", "FREE_TEXT", "AGE", "?") or c not in ih:
                    continue
                i = ih.index(c)
                n = sum(1 for a, b in zip(ir, orows) if b[j].strip() and b[j] == a[i])
                if n:
                    per[t + "." + c] = n
        print(s, cut, sum(per.values()), json.dumps(per))
