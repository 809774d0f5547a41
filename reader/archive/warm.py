"""Imported by an indexing worker before its first task: the analysis made ready in advance.

Importing this module imports the analysis, pyarrow's Parquet writer and ``distributed``, analyses
the bundled sample article once (its rules, lexicons and date tables are loaded on first use: some
0.1-0.2 s) and writes its rows as a shard into a temporary folder, which is then removed: pyarrow's
first conversion of Python lists imports pandas when it is installed (0.3-0.45 s of CPU, which each
worker paid in its first task before). The local Dask cluster's fork server imports it, so every
worker forked from it starts ready (one warm-up, not one per worker); on a real cluster, ``dask
worker ... --preload reader.archive.warm`` does the same for each worker.
"""

from __future__ import annotations

import contextlib


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
    import distributed  # noqa: F401
    import pyarrow.parquet  # noqa: F401
warm_up()
