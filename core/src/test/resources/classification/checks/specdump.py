#!/usr/bin/env python3
"""Prints, per column of a spec written by `warden classify --output`, the proposed action or identifier and the
comment, with the gold label beside it. Usage: specdump.py SPEC.json GOLD.json"""
import json, sys
spec = json.load(open(sys.argv[1], encoding="utf-8")); gold = json.load(open(sys.argv[2], encoding="utf-8"))["columns"]
for t, tab in spec["tables"].items():
    for c, col in tab["columns"].items():
        what = col.get("identifier") or col.get("action") or "?"
        print("%-40s %-32s %-24s %s" % (t + "." + c, gold.get(t + "." + c, "?"), what, col.get("comment", "")[:220]))
    for fk in tab.get("foreignKeys", []) or []:
        print("  FK", t, json.dumps(fk, ensure_ascii=False))
