"""Building an Article from extracted pieces, with container metadata taking its rightful place."""

from __future__ import annotations

from typing import Any

from newsprism.extract.language import guess_language
from newsprism.model import Article, ClutterLine, Document, article_id

__all__ = ["build_article", "CONTAINER_FIELDS"]

#: Fields a container (JSON record, feed entry) may carry; they beat guesses from the text.
CONTAINER_FIELDS = ("title", "subtitle", "author", "outlet", "published", "language", "url")


def build_article(
    doc: Document,
    text: str,
    found: dict[str, tuple[Any, str]],
    clutter: list[ClutterLine] | None = None,
) -> Article:
    """Assemble an Article from its clean ``text`` and ``found`` metadata.

    ``found`` maps a field name to ``(value, method)``. A value the container supplied in
    ``doc.meta`` overrides a guess from the content and is recorded as method ``"record"``.
    """
    values: dict[str, Any] = {}
    methods: dict[str, str] = {}
    for name, (value, method) in found.items():
        if value not in (None, ""):
            values[name] = value
            methods[name] = method
    for name in CONTAINER_FIELDS:
        value = doc.meta.get(name)
        if value not in (None, ""):
            values[name] = value
            methods[name] = "record"
    if "language" not in values:
        language = guess_language(text)
        if language:
            values["language"], methods["language"] = language, "function words"
    url = values.pop("url", None) or doc.url
    if url and "url" not in methods:
        methods["url"] = "input"
    urls = [u for u in dict.fromkeys([url, doc.url]) if u]
    return Article(
        id=article_id(text),
        text=text,
        source=doc.source,
        url=url,
        urls=urls,
        outlet=values.get("outlet"),
        title=values.get("title"),
        subtitle=values.get("subtitle"),
        author=values.get("author"),
        published=values.get("published"),
        language=values.get("language"),
        dateline=values.get("dateline"),
        clutter=list(clutter or []),
        fields_from=methods,
        notes=list(doc.notes),
    )
