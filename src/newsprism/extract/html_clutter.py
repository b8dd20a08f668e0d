"""Residual page clutter in extracted paragraphs: a repeated headline and site-furniture lines.

The extractor keeps whole blocks; some pages still leave a headline copy, "Read more: ..."
teasers, share and follow prompts or "Filed under:" lines inside the article's container.
These rules describe such lines by their form only, in any outlet.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from newsprism.model import ClutterLine

__all__ = ["strip_clutter"]

_WORD = re.compile(r"\w+")
# How alike a first paragraph and the page title must be to count as a copy of the headline.
_TITLE_SIMILARITY = 90
# A paragraph inside the title (the title adds a section or site name) must still carry
# most of it to be the headline and not a short phrase that happens to occur in it.
_TITLE_SHARE = 0.6

_RULES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (reason, re.compile(pattern, re.IGNORECASE))
    for reason, pattern in (
        (
            "teaser for another article",
            r"^(related|read more|see more|see also|also read|read also|more on this|recommended"
            r"|you may also like|you might also like|more from"
            r"|related (articles?|stories|posts?|content|coverage))\b.{0,150}$",
        ),
        (
            "page furniture",
            r"^(advertisement|advert|sponsored( content)?|comments?|\d+ comments?|share"
            r"|share this( article| story| post)?|tweet|print|email|more|don.t miss|trending"
            r"|top stories|most popular|most read|related|loading\W*)\W*$",
        ),
        (
            "social media prompt",
            r"^.{0,40}\bfollow (us|\w+( \w+){0,4}) on "
            r"(facebook|twitter|instagram|linkedin|youtube)\b.{0,120}$",
        ),
        ("share prompt", r"^(like|enjoy(ed)?|love)( this)? (story|article|post)\W.{0,60}$"),
        (
            "filing label",
            r"^(filed under|tags?|tagged|categories|category|posted in)\s*:.{0,150}$",
        ),
        ("source label", r"^source\s*:.{0,60}$"),
    )
)

# Lines that close an article page rather than belong to the story: reporter credits and
# contacts, newsletter and social prompts. Only checked from the end backwards, because the
# same words inside the body are usually the story's own.
_TRAILERS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (reason, re.compile(pattern, re.IGNORECASE))
    for reason, pattern in (
        ("credit line", r"^\(?(additional )?(reporting|writing|editing|compiled) by\b.{0,300}$"),
        (
            "credit line",
            r"^.{0,250}\bcontributed (to )?(this )?(reporting|report|story|article)\b.{0,80}$",
        ),
        ("contact line", r"^.{0,200}\b[\w.+-]+@[\w-]+\.[\w.]+\b.{0,200}$"),
        (
            "newsletter prompt",
            r"^.{0,150}\b(sign up|subscribe)\b.{0,150}\b(newsletters?|inbox|e-?mails?)\b.{0,80}$"
            r"|^.{0,150}\b(newsletters?|inbox)\b.{0,150}\b(sign up|subscribe)\b.{0,80}$",
        ),
        (
            "social media prompt",
            r"^.{0,40}\bfollow\b.{0,150}\b(facebook|twitter|instagram|linkedin|youtube)\b.{0,150}$",
        ),
        (
            "membership pitch",
            r"^(if you )?(enjoyed|liked) (this|the) (article|story|post)\b.{0,300}$",
        ),
    )
)


def _words(text: str) -> str:
    return " ".join(_WORD.findall(text.casefold()))


def repeats_title(paragraph: str, title: str | None) -> bool:
    """Whether a paragraph is a copy of the page title (perhaps without its site suffix)."""
    if not title:
        return False
    para, head = _words(paragraph), _words(title)
    if not para or not head:
        return False
    if para in head and len(para) >= _TITLE_SHARE * len(head):
        return True
    return fuzz.ratio(para, head) >= _TITLE_SIMILARITY


def strip_clutter(
    paragraphs: list[str], title: str | None = None
) -> tuple[list[str], list[ClutterLine]]:
    """Split paragraphs into the article's and the removed clutter, each with its reason.

    Only paragraphs before the first kept one are checked against the title: a headline copy
    (sometimes twice, as heading and as teaser) sits on top, while a later paragraph that
    resembles it is the article restating its point. Trailing paragraphs are then checked,
    from the last one up, for credits and prompts that close a page.
    """
    kept: list[str] = []
    removed: list[ClutterLine] = []
    for paragraph in paragraphs:
        if not kept and repeats_title(paragraph, title):
            removed.append(ClutterLine(paragraph, "repeats the title"))
            continue
        reason = next((r for r, rule in _RULES if rule.match(paragraph)), None)
        if reason:
            removed.append(ClutterLine(paragraph, reason))
        else:
            kept.append(paragraph)
    trailing: list[ClutterLine] = []
    while kept and (reason := next((r for r, rule in _TRAILERS if rule.match(kept[-1])), None)):
        trailing.append(ClutterLine(kept.pop(), reason))
    return kept, removed + trailing[::-1]
