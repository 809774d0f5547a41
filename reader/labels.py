"""The words the views show, in Arabic or English: ``--lang ar|en``, ``READER_LANG``, the locale.

Pure data and small functions, no Textual: the TUI, ``reader timeline`` and the Markdown export
take their labels from here, so the three say the same thing in the same words.
"""

from __future__ import annotations

import os

LANGS = ("ar", "en")
LANG_ENV = "READER_LANG"


def default_lang() -> str:
    """``READER_LANG`` (ar or en), else Arabic when the locale is Arabic (``ar_EG.UTF-8``), else English."""
    value = os.environ.get(LANG_ENV, "").strip().lower()
    if value in LANGS:
        return value
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        locale = os.environ.get(name, "")
        if locale:
            return "ar" if locale.lower().startswith("ar") else "en"
    return "en"


def check_lang(lang: str | None) -> str:
    """``lang`` if it is one of ``LANGS``; None: the default."""
    if lang is None:
        return default_lang()
    if lang not in LANGS:
        raise ValueError(f"language must be one of {', '.join(LANGS)}, not {lang!r}")
    return lang


# The TUI's own words (pane titles, status line, prompts).
UI: dict[str, dict[str, str]] = {
    "article": {"en": "Article", "ar": "الخبر"},
    "timeline": {"en": "Timeline", "ar": "الخط الزمني"},
    "sentence": {"en": "sentence", "ar": "الجملة"},
    "event": {"en": "event", "ar": "الحدث"},
    "mention": {"en": "dated mention", "ar": "إشارة مؤرخة"},
    "none here": {"en": "none here", "ar": "لا شيء هنا"},
    "events": {"en": "events", "ar": "الأحداث"},
    "other mentions": {"en": "other dated mentions", "ar": "إشارات مؤرخة أخرى"},
    "hidden": {"en": "hidden", "ar": "مخفية"},
    "filter": {"en": "filter", "ar": "التصفية"},
    "search": {"en": "search", "ar": "البحث"},
    "analysing": {"en": "analysing {n} sentences…", "ar": "جار تحليل {n} جملة…"},
    "analysis failed": {"en": "analysis failed", "ar": "فشل التحليل"},
    "search placeholder": {"en": "search (enter finds, escape cancels)", "ar": "ابحث (إدخال للبحث، هروب للإلغاء)"},
    "mention tag": {"en": "mention", "ar": "إشارة"},
    "reference": {"en": "reference date {date} ({source})", "ar": "تاريخ المرجع {date} ({source})"},
    "reference unknown": {"en": "reference date unknown (d sets it)", "ar": "تاريخ المرجع غير معروف (d لتحديده)"},
    "published": {"en": "published {date}", "ar": "نُشر في {date}"},
    "reference question": {
        "en": "The reference date, the day relative dates count from (2023-11-15 or 15/11/2023):",
        "ar": "تاريخ المرجع الذي تُحسب منه التواريخ النسبية (2023-11-15 أو 15/11/2023):",
    },
    "not a day": {
        "en": "Not a day of the calendar: type it as 2023-11-15 or 15/11/2023.",
        "ar": "ليس يومًا من التقويم: اكتبه هكذا 2023-11-15 أو 15/11/2023.",
    },
    "export question": {"en": "Export the timeline as Markdown to:", "ar": "تصدير الخط الزمني بصيغة ماركداون إلى:"},
    "no path": {"en": "Type the path of the file to write.", "ar": "اكتب مسار الملف."},
}

# Where the reference date came from (``Analysis.reference_source``), in words.
REFERENCE_SOURCES: dict[str, dict[str, str]] = {
    "command line": {"en": "given with --published", "ar": "من ‎--published"},
    "metadata": {"en": "the article's date", "ar": "تاريخ الخبر"},
    "dateline": {"en": "from the dateline", "ar": "من سطر التاريخ"},
    "reader": {"en": "set by you", "ar": "حددته أنت"},
}

# Event types as the reader names them.
TYPE_NAMES: dict[str, dict[str, str]] = {
    "visit": {"en": "visit", "ar": "زيارة"},
    "meeting": {"en": "meeting", "ar": "لقاء"},
    "statement": {"en": "statement", "ar": "تصريح"},
    "accusation": {"en": "accusation", "ar": "اتهام"},
    "denial": {"en": "denial", "ar": "نفي"},
    "agreement": {"en": "agreement", "ar": "اتفاق"},
    "warning": {"en": "warning", "ar": "تحذير"},
    "attack": {"en": "attack", "ar": "هجوم"},
    "measure": {"en": "measure", "ar": "إجراء"},
}

# How an event got its date (``date_source``), in words: stated in its sentence, inferred from
# the text around it, or none.
SOURCE_TAGS: dict[str, dict[str, str]] = {
    "explicit": {"en": "date stated", "ar": "تاريخ مذكور"},
    "context": {"en": "date inferred", "ar": "تاريخ مستنتج"},
    "none": {"en": "no date", "ar": "بلا تاريخ"},
}
NO_ACTOR = {"en": "actor not named", "ar": "جهة غير مذكورة"}


def type_name(event_type: str, lang: str) -> str:
    """An event type's name (``attack`` / هجوم); an unknown type as it is."""
    return TYPE_NAMES.get(event_type, {}).get(lang, event_type)


def source_tag(date_source: str, lang: str) -> str:
    """How an event was dated, in words; empty for an undated event (its group says so)."""
    return "" if date_source == "none" else SOURCE_TAGS.get(date_source, {}).get(lang, date_source)


def no_actor(lang: str) -> str:
    """What stands where the actor was not found."""
    return NO_ACTOR[lang]


def reference_source(source: str, lang: str) -> str:
    """Where the reference date came from, in words."""
    return REFERENCE_SOURCES.get(source, {}).get(lang, source)


def ui(key: str, lang: str, **values: object) -> str:
    """The TUI's word for ``key`` in ``lang`` (``{n}``-style fields filled from ``values``)."""
    text = UI[key][lang]
    return text.format(**values) if values else text
