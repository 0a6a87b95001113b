#!/usr/bin/env python3
"""people-intl-2-40 is written by ../people-intl-2/generate.py (the first 40 people of people-intl-2 and their orders)."""
import os, runpy
runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "people-intl-2", "generate.py"))
