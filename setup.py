"""The build's one step beyond pyproject.toml: the event passes compiled to C by mypyc.

The passes that read every sentence (``reader.events.COMPILED``) are compiled when mypyc (from
mypy, a build requirement) and a C compiler are there: the analysis runs about 1.2x faster, with
the same results. Without them, or with ``READER_PURE=1`` set for the install, the build is the
plain Python sources. The build also writes ``reader/events/compiled.json``, the SHA-256 of each
compiled source, so that an edited source runs as written instead of its stale compiled copy
(``reader.events.compiled``).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sys
import sysconfig
from pathlib import Path
from typing import Any

from setuptools import setup

ROOT = Path(__file__).resolve().parent
EVENTS = ROOT / "reader" / "events"
# the same list as reader.events.compiled.COMPILED (a test checks they agree)
COMPILED = ("actors", "classify", "frames", "mentions", "morphology", "triggers")
MANIFEST = EVENTS / "compiled.json"
# the setup.py commands that build (pip runs it for egg_info and dist_info too)
BUILDING = {"build", "build_ext", "bdist_wheel", "editable_wheel", "develop", "install"}


def compiled_extensions() -> list[Any]:
    """The mypyc extensions of the hot passes, or none (pure Python) when they cannot be built."""
    if not BUILDING.intersection(sys.argv[1:]):
        return []  # pip's questions (the requirements, the metadata): no compiling for those
    MANIFEST.unlink(missing_ok=True)
    if os.environ.get("READER_PURE"):
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:
        print("reader: mypyc is not installed: the event passes stay pure Python", file=sys.stderr)
        return []
    compiler = shutil.which(os.environ.get("CC", "cc").split()[0])
    headers = Path(sysconfig.get_paths()["include"], "Python.h").exists()
    if not compiler or not headers:
        print("reader: no C compiler or no Python.h: the event passes stay pure Python", file=sys.stderr)
        return []
    sources = [f"reader/events/{name}.py" for name in COMPILED]
    try:
        # the build environment has none of the run-time dependencies: their types are not needed
        extensions = mypycify(["--ignore-missing-imports", *sources], opt_level="3")
    except (Exception, SystemExit) as error:  # a type error stops mypyc with SystemExit
        print(f"reader: mypyc failed ({error}): the event passes stay pure Python", file=sys.stderr)
        return []
    digests = {name: hashlib.sha256((EVENTS / f"{name}.py").read_bytes()).hexdigest() for name in COMPILED}
    MANIFEST.write_text(json.dumps(digests, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return extensions


setup(ext_modules=compiled_extensions())
