"""Imported by an indexing worker before its first task: the analysis made ready in advance.

Importing this module imports the analysis, pyarrow's Parquet writer and ``distributed``, and
analyses the bundled sample article once (its rules, lexicons and date tables are loaded on first
use: some 0.1-0.2 s). The local Dask cluster's fork server imports it, so every worker forked from
it starts ready (one warm-up, not one per worker); on a real cluster, ``dask worker ... --preload
reader.archive.warm`` does the same for each worker.
"""

from __future__ import annotations

import contextlib


def warm_up() -> None:
    """Analyse the bundled sample article as a worker would, and keep nothing of it."""
    from reader.archive.work import process
    from reader.io.document import seed_path

    seed = str(seed_path())
    process(seed, seed, None)


with contextlib.suppress(ImportError):  # the cluster extra: what a worker imports for its first task
    import distributed  # noqa: F401
    import pyarrow.parquet  # noqa: F401
warm_up()
