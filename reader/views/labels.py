"""The words the views show, in Arabic or English: ``--lang ar|en``, ``READER_LANG``, the locale.

Pure data and small functions, no Textual: the TUI, ``reader timeline`` and the Markdown export
take their labels from here, so the three say the same thing in the same words.
"""

from __future__ import annotations

import datetime as dt
import os
import re

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
    "analysed": {"en": "analysed {done} of {n} sentences…", "ar": "حُلّلت {done} من {n} جملة…"},
    "analysis failed": {"en": "analysis failed", "ar": "فشل التحليل"},
    "search placeholder": {"en": "search (enter finds, escape cancels)", "ar": "ابحث (إدخال للبحث، هروب للإلغاء)"},
    "mention tag": {"en": "mention", "ar": "إشارة"},
    "analysing article": {"en": "Analysing the article…", "ar": "جار تحليل الخبر…"},
    "unknown": {"en": "unknown", "ar": "غير معروف"},
    "when": {"en": "when", "ar": "متى"},
    "type": {"en": "type", "ar": "النوع"},
    "how dated": {"en": "how dated", "ar": "مصدر التاريخ"},
    "who": {"en": "who", "ar": "الجهة"},
    "table caption": {
        "en": "reference date {reference}; {events} events",
        "ar": "تاريخ المرجع {reference}؛ الأحداث: {events}",
    },
    "table mentions": {"en": ", {n} other dated mentions (dimmed)", "ar": "، إشارات مؤرخة أخرى: {n} (باهتة)"},
    "no events found": {"en": "No events found.", "ar": "لم يُعثر على أحداث."},
    "untitled": {"en": "Untitled article", "ar": "خبر بلا عنوان"},
    "source": {"en": "Source", "ar": "المصدر"},
    "md reference": {"en": "Reference date: {day} ({source})", "ar": "تاريخ المرجع: {day} ({source})"},
    "md reference unknown": {
        "en": "Reference date: unknown (relative dates are counted from the day of the report)",
        "ar": "تاريخ المرجع: غير معروف (التواريخ النسبية محسوبة من يوم الخبر)",
    },
    "md counts": {
        "en": "Events: {events} ({dated} dated); other dated mentions: {others}",
        "ar": "الأحداث: {events} (المؤرخة منها: {dated})؛ إشارات مؤرخة أخرى: {others}",
    },
    "at a glance": {"en": "Timeline at a glance", "ar": "الخط الزمني في لمحة"},
    "other mentions title": {"en": "Other dated mentions", "ar": "إشارات مؤرخة أخرى"},
    "the article": {"en": "The article", "ar": "نص الخبر"},
    "no date": {"en": "no date", "ar": "بلا تاريخ"},
    "no date given": {"en": "No date given", "ar": "بلا تاريخ"},
    "also in": {"en": "; also in ", "ar": "؛ ورد أيضًا في "},
    "no events": {"en": "No events found in this article.", "ar": "لم يُعثر على أحداث في هذا الخبر."},
    "no events of types": {"en": "No events of the chosen types.", "ar": "لا أحداث من الأنواع المختارة."},
    "mentions hidden": {"en": "Other dated mentions are hidden (f).", "ar": "الإشارات المؤرخة الأخرى مخفية (f)."},
    "analysis failed at": {"en": "The analysis failed: {detail}", "ar": "فشل التحليل: {detail}"},
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


# -- dates in words ----------------------------------------------------------------------------
# "week of 6 Nov 2023" / "الأسبوع الذي يبدأ 6 نوفمبر 2023", never 2023-W45; "a month before the
# report", never D-30 days. The values are read with reader.views.timeline's ``period_start``; only the
# wording is here.

WEEKDAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "ar": ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"),
}
MONTHS = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "ar": (
        "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو",
        "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر",
    ),
}  # fmt: skip
MONTHS_LONG_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
SEASONS = {
    "en": {"WI": "winter", "SP": "spring", "SU": "summer", "FA": "autumn"},
    "ar": {"WI": "شتاء", "SP": "ربيع", "SU": "صيف", "FA": "خريف"},
}
ORDINALS = {"en": ("first", "second", "third", "fourth"), "ar": ("الأول", "الثاني", "الثالث", "الرابع")}
VAGUE = {
    "PAST_REF": {"en": "recently", "ar": "مؤخرا"},
    "PRESENT_REF": {"en": "now", "ar": "حاليا"},
    "FUTURE_REF": {"en": "soon", "ar": "قريبا"},
}
# Units of an offset from the report's day: English singular and plural; Arabic one, two, 3-10, 11+.
UNITS = {
    "Y": {"en": ("year", "years"), "ar": ("عام", "عامين", "أعوام", "عامًا")},
    "M": {"en": ("month", "months"), "ar": ("شهر", "شهرين", "أشهر", "شهرًا")},
    "W": {"en": ("week", "weeks"), "ar": ("أسبوع", "أسبوعين", "أسابيع", "أسبوعًا")},
    "D": {"en": ("day", "days"), "ar": ("يوم", "يومين", "أيام", "يومًا")},
    "H": {"en": ("hour", "hours"), "ar": ("ساعة", "ساعتين", "ساعات", "ساعة")},
}
_OFFSET_PARTS = re.compile(
    r"(-)?P(?:(?P<Y>[\d.]+)Y)?(?:(?P<M>[\d.]+)M)?(?:(?P<W>[\d.]+)W)?(?:(?P<D>[\d.]+)D)?(?:T(?:(?P<H>[\d.]+)H)?)?"
)


def day_words(day: dt.date, lang: str, weekday: bool = True) -> str:
    """``Wednesday 15 Nov 2023`` / ``الأربعاء 15 نوفمبر 2023``."""
    text = f"{day.day} {MONTHS[lang][day.month - 1]} {day.year}"
    return f"{WEEKDAYS[lang][day.weekday()]} {text}" if weekday else text


def value_words(value: str, lang: str) -> str:
    """A date value as a reader says it: a day, a week, a month... a century, or a vague time."""
    from reader.views.timeline import period_start

    if value in VAGUE:
        return VAGUE[value][lang]
    start = period_start(value)
    if start is None:
        return value
    ar = lang == "ar"
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return day_words(start, lang)
    if "W" in value:
        first = day_words(start, lang, weekday=False)
        return f"الأسبوع الذي يبدأ {first}" if ar else f"week of {first}"
    if re.fullmatch(r"\d{4}-\d{2}", value):
        month = MONTHS["ar"][start.month - 1] if ar else MONTHS_LONG_EN[start.month - 1]
        return f"{month} {start.year}"
    if m := re.fullmatch(r"(\d{4})-Q([1-4])", value):
        nth = ORDINALS[lang][int(m[2]) - 1]
        return f"الربع {nth} من {m[1]}" if ar else f"{nth} quarter of {m[1]}"
    if m := re.fullmatch(r"(\d{4})-H([12])", value):
        nth = ORDINALS[lang][int(m[2]) - 1]
        return f"النصف {nth} من {m[1]}" if ar else f"{nth} half of {m[1]}"
    if m := re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value):
        return f"{SEASONS[lang][m[2]]} {m[1]}"
    if re.fullmatch(r"\d{4}", value):
        return f"عام {value}" if ar else value
    if re.fullmatch(r"\d{3}", value):
        return f"السنوات {start.year}–{start.year + 9}" if ar else f"the {start.year}s"
    if re.fullmatch(r"\d{2}", value):
        return f"القرن {int(value) + 1}" if ar else f"century {int(value) + 1} ({start.year}s)"
    return value


def offset_words(offset: str, lang: str) -> str:
    """A distance from the report's day (when that day is unknown): ``-P1M`` is "a month before
    the report" / "قبل الخبر بشهر", ``P0D`` "the day of the report" / "يوم الخبر"."""
    m = _OFFSET_PARTS.fullmatch(offset or "")
    parts = [(unit, float(m[unit])) for unit in "YMWDH" if m and m[unit] and float(m[unit])] if m else []
    ar = lang == "ar"
    if m and not parts:
        return "يوم الخبر" if ar else "the day of the report"
    if not parts:
        return offset
    unit, count = parts[0]  # the largest unit tells the distance well enough for a heading
    before = bool(m[1])  # type: ignore[index]
    whole = int(count) if count == int(count) else count
    if ar:
        one, two, few, many = UNITS[unit]["ar"]
        if whole == 1:
            amount = f"ب{one}"
        elif whole == 2:
            amount = f"ب{two}"
        elif isinstance(whole, int) and 3 <= whole <= 10:
            amount = f"بـ{whole} {few}"
        else:
            amount = f"بـ{whole} {many}"
        return f"{'قبل' if before else 'بعد'} الخبر {amount}"
    single, plural = UNITS[unit]["en"]
    if whole == 1 and unit == "D":
        return "the day before the report" if before else "the day after the report"
    amount = f"a {single}" if whole == 1 else f"{whole} {plural}"
    if unit == "H" and whole == 1:
        amount = "an hour"
    return f"{amount} {'before' if before else 'after'} the report"


def undated_words(reference: dt.date | None, lang: str) -> str:
    """The heading of the events with no date: when they were reported, if that is known."""
    if reference is None:
        return "بلا تاريخ (يوم الخبر غير معروف)" if lang == "ar" else "No date given (the report's day is unknown)"
    day = day_words(reference, lang)
    return f"بلا تاريخ (نُشر الخبر {day})" if lang == "ar" else f"No date given (reported on {day})"


def group_words(group, analysis, lang: str) -> str:
    """A timeline group's heading in words (``DateGroup`` of ``reader.views.timeline.group_events``)."""
    if not group.dated:
        return undated_words(analysis.reference, lang)
    if group.key.startswith("D") and not group.key[1:2].isdigit() and group.events:
        timexes = {t.id: t for t in analysis.timexes}
        timex = timexes.get(group.events[0].timex or "")
        if timex is not None and timex.offset:
            return offset_words(timex.offset, lang)
    if group.key == "D":
        return offset_words("P0D", lang)
    if m := re.fullmatch(r"D([+-])(\d+)", group.key):
        return offset_words(f"{'-' if m[1] == '-' else ''}P{m[2]}D", lang)
    return value_words(group.key, lang)
