"""Imported by an indexing worker before its first task: the analysis made ready in advance.

Importing this module imports the analysis, pyarrow's Parquet writer and ``distributed``, analyses
the bundled sample article once (its rules, lexicons and date tables are loaded on first use: some
0.1-0.2 s) and writes its rows as a shard into a temporary folder, which is then removed. pyarrow's
first conversion of Python lists asks whether they are pandas objects, importing pandas to know
(0.3-0.45 s of CPU, which each worker paid in its first task before, then the warm-up): it is asked
here with pandas hidden (``_without_pandas``), so pyarrow takes it as absent and never imports it
for a shard; pandas stays importable (``to_pandas`` imports it then). The local Dask cluster's fork
server imports this module, so every worker forked from it starts ready (one warm-up, not one per
worker); on a real cluster, ``dask worker ... --preload reader.archive.warm`` does the same for each
worker.
"""

from __future__ import annotations

import contextlib
import gc
import sys


class _NoPandas:
    """A finder that says pandas cannot be imported (first in ``sys.meta_path``, for a moment)."""

    @staticmethod
    def find_spec(name: str, path: object = None, target: object = None) -> None:
        if name == "pandas" or name.startswith("pandas."):
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)


def _without_pandas() -> None:
    """Let pyarrow look for pandas once while it cannot be imported (it looks once per process and
    remembers): its conversions of Python lists then never import it (0.3-0.45 s of CPU)."""
    if "pandas" in sys.modules:
        return
    import pyarrow as pa

    sys.meta_path.insert(0, _NoPandas)
    try:
        pa.array([""], type=pa.string())
    finally:
        sys.meta_path.remove(_NoPandas)


def warm_up() -> None:
    """Analyse the bundled sample article as a worker would, and write it as a shard that is then
    removed (when pyarrow is there); keep nothing of either."""
    import tempfile

    from reader.archive.work import Prepared, process
    from reader.io.document import seed_path

    seed = str(seed_path())
    outcome = process(seed, seed, None)
    if isinstance(outcome, Prepared):
        # a warm-up that fails (no pyarrow, no temporary folder) leaves the first task to do it; never the worker down
        with contextlib.suppress(Exception), tempfile.TemporaryDirectory(prefix="reader-warm-") as folder:
            from reader.archive.cluster import write_shard

            write_shard(folder, "warm", [outcome])


with contextlib.suppress(ImportError):  # the cluster extra: what a worker imports for its first task
    import pyarrow.parquet  # noqa: F401  (first: distributed, if not imported yet, then has its numpy)

    from reader.archive.fastyaml import import_distributed

    import_distributed()
    _without_pandas()
warm_up()
gc.freeze()  # what is loaded by now lives as long as the worker: its collections need not walk it
