"""The main text of an HTML page: a precision pass, a recall pass when it falls short."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import trafilatura
from trafilatura.utils import load_html

from newsprism.extract.html_chunks import complete_chunks
from newsprism.extract.html_clutter import strip_clutter
from newsprism.model import ClutterLine

__all__ = ["MainText", "main_text"]

# A precision pass that keeps less than this share of what a recall pass finds has most
# likely cut the article itself, not just clutter around it.
_MIN_SHARE = 0.5
_WS = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")


@dataclass
class MainText:
    """A page's article text with blank-line paragraphs, the pass that found it, removed lines."""

    text: str
    method: str
    clutter: list[ClutterLine] = field(default_factory=list)


def _extract(html: str, url: str | None, *, precision: bool) -> str:
    """One trafilatura pass; comments are never article text, tables often are."""
    text = trafilatura.extract(
        html,
        url=url,
        favor_precision=precision,
        favor_recall=not precision,
        # The recall pass skips trafilatura's own readability/justext comparison, whose
        # extra text is mostly clutter once recall is favoured already.
        fast=not precision,
        include_comments=False,
        include_tables=True,
    )
    return text or ""


def _paragraphs(text: str) -> list[str]:
    """Non-empty lines of trafilatura's text output, white space collapsed."""
    lines = (_WS.sub(" ", line).strip() for line in text.splitlines())
    return [line for line in lines if line]


def main_text(html: str, url: str | None = None, title: str | None = None) -> MainText:
    """Extract the article text of a decoded HTML page ("" when it holds none).

    The precision pass is trusted unless it kept less than half of the recall pass's text,
    the sign that it dropped the article body and not just its surroundings. Paragraphs in
    sibling chunks of the article's own template are added; then a leading copy of ``title``
    and site-furniture lines are removed and listed as clutter.
    """
    precise = _extract(html, url, precision=True)
    recalled = _extract(html, url, precision=False)
    if len(precise) >= _MIN_SHARE * len(recalled):
        text, method = precise, "trafilatura (precision)"
    else:
        text, method = recalled, "trafilatura (recall)"
    paragraphs = _paragraphs(text)
    tree = load_html(html) if paragraphs else None
    if tree is not None:
        paragraphs, added = complete_chunks(tree, paragraphs)
        if added:
            method += " + sibling chunks"
    kept, clutter = strip_clutter(paragraphs, title)
    return MainText("\n\n".join(kept), method, clutter)
