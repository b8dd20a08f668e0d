"""One article as Markdown: its metadata (with where each field came from), text and clutter."""

from __future__ import annotations

from newsprism.model import Article

__all__ = ["article_markdown"]

_FIELDS = ("outlet", "author", "published", "dateline", "url", "language")


def article_markdown(article: Article) -> str:
    """Render an article for reading in a terminal or a notes app."""
    lines = [f"# {article.title or '(untitled)'}", ""]
    if article.subtitle:
        lines += [f"*{article.subtitle}*", ""]
    for name in _FIELDS:
        value = getattr(article, name)
        if value:
            method = article.fields_from.get(name)
            lines.append(f"- **{name}**: {value}" + (f" _(from {method})_" if method else ""))
    lines += [f"- **id**: `{article.id}`", f"- **source**: {article.source}", "", article.text]
    if article.clutter:
        summary = f"<details><summary>{len(article.clutter)} clutter lines removed</summary>"
        lines += ["", summary, ""]
        lines += [f"- [{c.reason}] {c.line}" for c in article.clutter]
        lines += ["", "</details>"]
    if article.notes:
        lines += ["", *(f"> note: {n}" for n in article.notes)]
    return "\n".join(lines)
