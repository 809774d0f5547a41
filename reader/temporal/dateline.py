"""The reference date of an article: given, from metadata, or from a dateline in its first lines.

A dateline is a full date (day, month and year) near the start of one of the first lines, on
a short line of its own or set off by a separator (``القاهرة - 15 نوفمبر 2023 (رويترز) -``).
The grammar of reader.temporal finds it; dateparser parses what the grammar does not know
(an English or numeric dateline such as ``Nov 15, 2023 10:30 GMT``).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Any

from reader.model import Article
from reader.temporal import finder
from reader.text.arabic import normalize

DATELINE_LINES = 3
DATELINE_MAX_START = 40  # the date starts within this many characters of its line
SHORT_LINE = 80
DATELINE_SCAN = 120  # characters of each line searched
_SEPARATORS = re.compile(r"[-–—|:(/)\]\[]")


def _plausible(day: dt.date) -> bool:
    return 1900 <= day.year <= dt.date.today().year + 1


_DIGIT = re.compile(r"\d")
_FOUR_DIGITS = re.compile(r"\d{4}")


def _grammar_date(line: str) -> dt.date | None:
    if not _DIGIT.search(line, 0, DATELINE_SCAN):
        return None  # a full date has a year in digits (Western or Arabic-Indic): skip the scan
    norm = normalize(line[:DATELINE_SCAN])
    if not _FOUR_DIGITS.search(norm):
        return None  # nor a year from 1900 on (_plausible), Gregorian or Hijri: four digits at least
    for m in finder.scan(norm):
        if m.start > DATELINE_MAX_START:
            break
        if m.family not in ("date", "numeric") or (m.family == "date" and not m.groups["year"]):
            continue
        around = norm[max(0, m.start - 6) : m.start] + norm[m.end : m.end + 6]
        if len(line) > SHORT_LINE and not _SEPARATORS.search(around):
            continue
        ctx = finder.rs.Context(reference=None, future=False, followed_by_from=False, antecedent=None)
        resolved = finder.resolve_match(m, ctx)
        if resolved and resolved.date and resolved.granularity == "day" and _plausible(resolved.date):
            return resolved.date
    return None


@lru_cache(maxsize=1)
def _dateparser() -> Any:
    from dateparser.date import DateDataParser

    return DateDataParser(
        languages=["ar", "en", "fr"],
        settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"]},
    )


# what the grammar leaves to dateparser: a Latin month name, or a numeric date (the grammar reads Arabic)
_FOREIGN_DATE = re.compile(r"[A-Za-z]{3}.*\d{4}|\d{4}.*[A-Za-z]{3}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}")


def _dateparser_date(line: str) -> dt.date | None:
    if len(line) > SHORT_LINE or not _FOREIGN_DATE.search(line):
        return None  # dateparser is slow: only for lines that may hold a date the grammar does not read
    candidate = re.sub(r"\s*[|(].*$", "", line).strip(" -–—:")
    try:
        found = _dateparser().get_date_data(candidate)
    except (ValueError, OverflowError, TypeError):
        return None
    when = found.date_obj if found else None
    return when.date() if when is not None and _plausible(when.date()) else None


def dateline_date(article: Article) -> dt.date | None:
    """A full date in the article's first lines, if there is one."""
    for paragraph in article.paragraphs[:DATELINE_LINES]:
        line = article.body[paragraph.start : paragraph.end]
        found = _grammar_date(line) or _dateparser_date(line)
        if found is not None:
            return found
    return None
