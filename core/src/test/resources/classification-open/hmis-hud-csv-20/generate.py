#!/usr/bin/env python3
"""Writes hmis-hud-csv-20: the first 20 clients of ../hmis-hud-csv (same seed, same generator) and their enrollments
and exits, all projects and organizations, and the users their rows name (Python 3 standard library)."""
import os, subprocess, sys
here = os.path.dirname(os.path.abspath(__file__))
subprocess.check_call([sys.executable, os.path.join(here, "..", "hmis-hud-csv", "generate.py"), "20", here])
