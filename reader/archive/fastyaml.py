"""Importing ``distributed`` with its configuration files parsed by libyaml.

Importing dask and distributed reads their YAML configuration with ``yaml.safe_load``, PyYAML's
pure-Python parser: 0.1-0.15 s of the 0.5-0.65 s of CPU the import costs, paid by the client and
by the local cluster's fork server before a worker exists. ``import_distributed`` imports it with
``yaml.safe_load`` parsing through libyaml (``yaml.CSafeLoader``: the same scanner's output, the
same safe constructors, the same configuration) for the moment of the import, then puts it back.
"""

from __future__ import annotations

import importlib
import sys
from typing import Any


def import_distributed() -> None:
    """Import ``distributed`` (and dask), its configuration read through libyaml when PyYAML has it."""
    if "distributed" in sys.modules:
        return
    try:
        import yaml
    except ImportError:  # dask needs PyYAML: the import below says so
        importlib.import_module("distributed")
        return
    loader = getattr(yaml, "CSafeLoader", None)
    if loader is None:  # PyYAML built without libyaml
        importlib.import_module("distributed")
        return
    original = yaml.safe_load

    def safe_load(stream: Any) -> Any:
        return yaml.load(stream, Loader=loader)  # CSafeLoader: the safe constructors

    yaml.safe_load = safe_load
    try:
        importlib.import_module("distributed")
    finally:
        yaml.safe_load = original
