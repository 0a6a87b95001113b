#!/usr/bin/env python3
"""Writes kobo-household-pilot (20 households): runs ../kobo-household-survey/generate.py as if it stood in this folder
(that script picks size, seed and export type by the folder it runs in; see its docstring). Python 3 stdlib only.
Run: python3 generate.py (in its folder)."""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SCRIPT = os.path.join(HERE, "..", "kobo-household-survey", "generate.py")
with open(SCRIPT, encoding="utf-8") as f:
    exec(compile(f.read(), SCRIPT, "exec"), {"__file__": os.path.join(HERE, "generate.py"), "__name__": "__main__"})
