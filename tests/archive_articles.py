"""Short Arabic articles written for the archive tests (front matter, dated events of each type)."""

from __future__ import annotations

from pathlib import Path

ARTICLES = {
    "a_visit.txt": """---
title: وزير الخارجية المصري في عمّان
source: وكالة أنباء النيل
published: 2023-03-10
---
وصل وزير الخارجية المصري إلى عمّان يوم الأربعاء 8 مارس 2023 في زيارة رسمية تستغرق يومين.
والتقى الوزير نظيره الأردني في العاصمة الأردنية وبحثا العلاقات الثنائية.
وقال المتحدث باسم الخارجية إن الزيارة ناجحة.
""",
    "b_accuse.txt": """---
title: الخرطوم تتهم قوات الدعم السريع
source: صحيفة الشرق
published: 2023-06-20
---
اتهمت الحكومة السودانية قوات الدعم السريع بقصف مستشفى في مدينة أم درمان أمس.
ونفت قوات الدعم السريع الاتهام في بيان صدر اليوم.
""",
    "c_agree.txt": """---
title: اتفاقية للطاقة بين مصر والأردن
source: Sky News عربية
published: 2024-01-05
---
وقعت مصر والأردن اتفاقية للتعاون في مجال الطاقة المتجددة يوم الثلاثاء الماضي.
وحذر الرئيس الأردني من مخاطر التصعيد في المنطقة خلال كلمة ألقاها في الثالث من يناير.
""",
    "d_harakat.txt": """---
title: رئيس الوزراء في الإسكندرية
source: وكالة أنباء النيل
published: 2023-11-02
---
زَارَ رَئِيسُ الوُزَرَاءِ مَدِينَةَ الإِسْكَنْدَرِيَّةِ يَوْمَ الأَحَدِ 29 أُكْتُوبَر 2023 لِتَفَقُّدِ مَشْرُوعَاتِ المَدْرَسَةِ الجَدِيدَةِ.
""",
}


def write_articles(folder: Path) -> list[Path]:
    """The four articles in ``folder``, in name order."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in ARTICLES.items():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def many_articles(folder: Path, count: int) -> list[Path]:
    """``count`` distinct articles (the four again and again, each with its own day and numbers,
    their paragraphs repeated so that each takes a moment to analyse)."""
    folder.mkdir(parents=True, exist_ok=True)
    bodies = list(ARTICLES.values())
    paths = []
    for n in range(count):
        head, body = bodies[n % len(bodies)].split("---\n", 2)[1:]
        day = 1 + n % 28
        extra = "\n".join(f"وقال مسؤول إن الاجتماع رقم {n * 10 + k} عقد يوم {day} مايو 2022." for k in range(12))
        path = folder / f"article_{n:04d}.txt"
        path.write_text(f"---\n{head}---\n{body}{extra}\n", encoding="utf-8")
        paths.append(path)
    return paths
