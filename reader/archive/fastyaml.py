"""Importing ``distributed`` with its configuration files parsed by libyaml, and without the
optional packages it only looks for.

Importing dask and distributed reads their YAML configuration with ``yaml.safe_load``, PyYAML's
pure-Python parser: 0.1-0.15 s of the 0.5-0.65 s of CPU the import costs, paid by the client and
by the local cluster's fork server before a worker exists. ``import_distributed`` imports it with
``yaml.safe_load`` parsing through libyaml (``yaml.CSafeLoader``: the same scanner's output, the
same safe constructors, the same configuration) for the moment of the import, then puts it back.

It also hides ``OPTIONAL`` for that moment, the packages dask and distributed import only when
they can, for what ``reader`` never asks of them: numpy (to allocate the buffers of large
messages without zeroing them; the buffers fall back to a ``bytearray``) and jinja2 (dask's HTML
reprs for notebooks). numpy alone is 0.1-0.2 s of the client's CPU before it can send a task, and
its OpenBLAS starts a thread per core. A package already imported is not hidden (pyarrow imports
numpy); both stay importable afterwards.
"""

from __future__ import annotations

import contextlib
import importlib
import sys
from collections.abc import Iterator
from typing import Any

OPTIONAL = ("numpy", "jinja2")


class _Optional:
    """A finder that says ``OPTIONAL`` cannot be imported (first in ``sys.meta_path``, for a moment)."""

    @staticmethod
    def find_spec(name: str, path: object = None, target: object = None) -> None:
        if name.partition(".")[0] in OPTIONAL:
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)


@contextlib.contextmanager
def _without_optional() -> Iterator[None]:
    sys.meta_path.insert(0, _Optional)
    try:
        yield
    finally:
        sys.meta_path.remove(_Optional)


def import_distributed() -> None:
    """Import ``distributed`` (and dask), its configuration read through libyaml when PyYAML has
    it, ``OPTIONAL`` hidden."""
    if "distributed" in sys.modules:
        return
    with _without_optional():
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
