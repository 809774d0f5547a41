"""reader: a terminal reader for Arabic news with a timeline of its events.

Library use::

    from reader import load, analyse
    analysis = analyse(load("article.txt"))
"""

from reader.analysis import analyse
from reader.document import load
from reader.errors import ReaderError

__all__ = ["ReaderError", "analyse", "load"]
__version__ = "0.1.0"
