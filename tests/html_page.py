"""Builds a saved news page around an article, as a browser's "save page" would keep it."""

from __future__ import annotations

import html


def news_page(title: str, published: str, paragraphs: list[str], site: str = "Example News") -> str:
    """An HTML page with navigation, the article, related links and a footer."""
    body = "\n".join(f"    <p>{html.escape(p)}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
  <meta charset="utf-8">
  <title>{html.escape(title)} | {site}</title>
  <meta property="og:title" content="{html.escape(title)}">
  <meta property="og:site_name" content="{site}">
  <meta property="article:published_time" content="{published}T09:30:00+00:00">
</head>
<body>
  <header><nav><a href="/">الرئيسية</a> <a href="/world">العالم</a> <a href="/sport">رياضة</a></nav></header>
  <main>
  <article>
    <h1>{html.escape(title)}</h1>
    <time datetime="{published}">{published}</time>
{body}
  </article>
  </main>
  <aside><h2>اقرأ أيضا</h2><ul><li><a href="/a">خبر آخر</a></li><li><a href="/b">خبر ثالث</a></li></ul></aside>
  <footer>جميع الحقوق محفوظة © {site}</footer>
</body>
</html>
"""
