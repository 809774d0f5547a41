"""The TUI's words for its keys, help and messages, in English and Arabic (``--lang``).

Pure data, like ``reader.views.labels`` (which holds the words the TUI shares with the exports);
``localise_bindings`` puts a screen's footer labels in the reader's language.
"""

from __future__ import annotations

import dataclasses

from textual.dom import DOMNode

from reader.ui.display import Display

# Footer labels, by action.
ACTIONS: dict[str, dict[str, str]] = {
    "switch_pane": {"en": "Pane", "ar": "اللوحة"},
    "search": {"en": "Search", "ar": "بحث"},
    "search_next": {"en": "Next hit", "ar": "التالي"},
    "filter": {"en": "Filter", "ar": "تصفية"},
    "export": {"en": "Export", "ar": "تصدير"},
    "swap": {"en": "Swap", "ar": "تبديل"},
    "zoom": {"en": "Zoom", "ar": "تكبير"},
    "reference": {"en": "Date", "ar": "التاريخ"},
    "copy": {"en": "Copy", "ar": "نسخ"},
    "open": {"en": "Open", "ar": "فتح"},
    "escape": {"en": "Back", "ar": "رجوع"},
    "help": {"en": "Help", "ar": "مساعدة"},
    "app.quit": {"en": "Quit", "ar": "خروج"},
    "quit": {"en": "Quit", "ar": "خروج"},
    "command_palette": {"en": "palette", "ar": "الأوامر"},
}

# The ? screen: every key, then what the colours and marks mean.
KEYS: tuple[tuple[str, str, str], ...] = (
    (
        "tab / shift+tab",
        "the other pane (never moves the selection; under 80 columns it shows instead)",
        "اللوحة الأخرى (لا يتغير التحديد؛ تحت 80 عمودًا تظهر بدلًا من الأولى)",
    ),
    (
        "j k  ↓ ↑",
        "next / previous sentence (article) or entry (timeline): both panes follow",
        "الجملة (الخبر) أو المدخل (الخط الزمني) التالي / السابق: تتبعه اللوحتان",
    ),
    ("space b  pgdn pgup", "page down / up", "صفحة إلى الأسفل / الأعلى"),
    ("g G  home end", "first / last", "الأول / الأخير"),
    (
        "enter",
        "timeline: go to the entry's sentence; article: go to the sentence's entries",
        "في الخط الزمني: إلى جملة المدخل؛ في الخبر: إلى مداخل الجملة",
    ),
    (
        "click",
        "select an entry or a sentence (double-click an entry: go to its sentence)",
        "تحديد مدخل أو جملة (نقرتان على مدخل: إلى جملته)",
    ),
    (
        "/",
        "search (alef forms, ta marbuta, alef maqsura, harakat and tatweel are ignored)",
        "بحث (لا فرق بين صور الألف، والتاء المربوطة والهاء، والألف المقصورة والياء، ولا حركات ولا تطويل)",
    ),
    ("n N", "next / previous search hit", "نتيجة البحث التالية / السابقة"),
    ("escape", "clear the search; back to the list of articles", "مسح البحث؛ رجوع إلى قائمة الأخبار"),
    (
        "f",
        "filter the timeline by event type; hide or show the other dated mentions (dimmed)",
        "تصفية الخط الزمني حسب نوع الحدث؛ إخفاء الإشارات المؤرخة الأخرى أو إظهارها (باهتة)",
    ),
    (
        "d",
        "set the reference date (the day relative dates count from); the timeline updates",
        "تحديد تاريخ المرجع (اليوم الذي تُحسب منه التواريخ النسبية)؛ يتجدد الخط الزمني",
    ),
    (
        "y",
        "copy the current sentence (article) or entry (timeline): clipboard and a file",
        "نسخ الجملة الحالية (الخبر) أو المدخل (الخط الزمني): إلى الحافظة وإلى ملف",
    ),
    ("o", "open another article (a file, a folder or a URL)", "فتح خبر آخر (ملف أو مجلد أو رابط)"),
    ("e", "export the timeline as Markdown beside the article", "تصدير الخط الزمني بصيغة ماركداون بجانب الخبر"),
    ("E", "export the Markdown to a path you type", "تصدير ماركداون إلى مسار تكتبه"),
    ("s", "swap the panes", "تبديل مكاني اللوحتين"),
    (
        "z",
        "zoom: one pane, full width (tab flips), or both again",
        "تكبير: لوحة واحدة بالعرض كله (tab للأخرى)، أو اللوحتان",
    ),
    (
        "ctrl+p",
        "command palette (the actions above, the theme switcher)",
        "لوحة الأوامر (الأوامر أعلاه، وتغيير المظهر)",
    ),
    ("?", "this help", "هذه المساعدة"),
    ("q", "quit", "خروج"),
    ("ctrl+c", "quit (exit status 130)", "خروج (برمز 130)"),
)

LEGEND: tuple[tuple[str, str, str], ...] = (
    (
        "badge",
        "the event's type, each in its colour; 'mention': a dated sentence with no event",
        "نوع الحدث، لكل نوع لونه؛ «إشارة»: جملة مؤرخة بلا حدث",
    ),
    (
        "date stated / inferred",
        "the event's date is in its sentence / taken from the text around it",
        "تاريخ الحدث في جملته / مأخوذ من النص حوله",
    ),
    (
        "highlighted sentence",
        "where you are; the selected entry's trigger underlined, its date in colour",
        "موضعك؛ تحت كلمة الحدث المحدد خط، وتاريخه ملون",
    ),
    ("bold timeline row", "an entry of the sentence you are on", "مدخل من مداخل الجملة التي أنت عليها"),
)
LEGEND_KEYS_AR = {
    "badge": "الشارة",
    "date stated / inferred": "تاريخ مذكور / مستنتج",
    "highlighted sentence": "الجملة المظللة",
    "bold timeline row": "سطر عريض",
}

# Headings and messages of the features of this module's keys.
WORDS: dict[str, dict[str, str]] = {
    "help title": {
        "en": "reader: the article (right-to-left) and its timeline, linked both ways",
        "ar": "القارئ: الخبر من اليمين إلى اليسار وخطه الزمني، مترابطين",
    },
    "legend title": {"en": "What the colours mean", "ar": "معاني الألوان"},
    "copied": {
        "en": "Copied to the clipboard (if the terminal allows it) and to {path}",
        "ar": "نُسخ إلى الحافظة (إن سمحت الطرفية) وإلى {path}",
    },
    "copy failed": {
        "en": "Copied to the clipboard only ({path}: {error})",
        "ar": "نُسخ إلى الحافظة فقط ({path}: {error})",
    },
    "nothing to copy": {"en": "Nothing to copy here.", "ar": "لا شيء للنسخ هنا."},
    "open question": {
        "en": "Open another article (a file, a folder or a URL):",
        "ar": "فتح خبر آخر (ملف أو مجلد أو رابط):",
    },
    "articles": {"en": "{n} articles", "ar": "الأخبار: {n}"},
    "picker help": {
        "en": "enter opens, escape comes back here, q quits",
        "ar": "إدخال للفتح، هروب للرجوع إلى هنا، q للخروج",
    },
    "events count": {"en": "{n} events", "ar": "الأحداث: {n}"},
    "no entry here": {
        "en": "No event or dated mention of this sentence in the timeline.",
        "ar": "لا حدث ولا إشارة مؤرخة لهذه الجملة في الخط الزمني.",
    },
    "no search": {"en": "No search yet: press / to search.", "ar": "لا بحث بعد: اضغط / للبحث."},
    "not ready": {"en": "The timeline is not ready yet.", "ar": "لم يكتمل الخط الزمني بعد."},
    "nothing to filter": {"en": "No events to filter.", "ar": "لا أحداث للتصفية."},
    "nothing to export": {"en": "The analysis failed: nothing to export.", "ar": "فشل التحليل: لا شيء للتصدير."},
    "overwrite": {"en": "{path} exists. Overwrite it?", "ar": "{path} موجود. أتستبدله؟"},
    "not exported": {"en": "Not exported.", "ar": "لم يُصدَّر شيء."},
    "export failed": {"en": "Export failed: {error}", "ar": "فشل التصدير: {error}"},
    "exported": {"en": "Timeline exported to {path}", "ar": "صُدِّر الخط الزمني إلى {path}"},
    "yes": {"en": "Yes (y)", "ar": "نعم (y)"},
    "no": {"en": "No (n)", "ar": "لا (n)"},
    "filter question": {
        "en": "Show these in the timeline (space toggles, enter applies, a: all):",
        "ar": "اعرض هذه في الخط الزمني (المسافة تبدّل، الإدخال يطبّق، a: الكل):",
    },
    "mentions entry": {"en": "other dated mentions ({n}, dimmed)", "ar": "إشارات مؤرخة أخرى ({n}، باهتة)"},
    "counting": {"en": "…", "ar": "…"},
}


def word(key: str, lang: str, **values: object) -> str:
    """The word for ``key`` in ``lang`` (``{name}`` fields filled from ``values``)."""
    text = WORDS[key][lang]
    return text.format(**values) if values else text


def localise_bindings(node: DOMNode, lang: str, display: Display) -> None:
    """Put ``node``'s footer labels in ``lang`` (laid out by ``display``); English stays as written."""
    if lang == "en":
        return
    bindings = node._bindings.key_to_bindings
    for key, listed in bindings.items():
        bindings[key] = [
            dataclasses.replace(b, description=display(ACTIONS[b.action][lang])) if b.action in ACTIONS else b
            for b in listed
        ]


def show_binding(node: DOMNode, action: str, shown: bool = True) -> None:
    """Show (or hide) ``node``'s bindings of ``action`` in the footer (``escape``: back, when there
    is a back; ``n``: the next hit, while there is a search)."""
    bindings = node._bindings.key_to_bindings
    for key, listed in bindings.items():
        bindings[key] = [dataclasses.replace(b, show=shown) if b.action == action else b for b in listed]
