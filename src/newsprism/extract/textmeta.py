"""Metadata read from a cleaned page's text: title, subtitle, dateline, outlet, author, date.

Each finder returns ``(value, method)`` so the Article can record in ``fields_from`` which
signal supplied each field. The signals are general shapes ("A version of this article appeared
in the print edition of X", "By X", "X is a staff writer at Y", "DAMASCUS •"), not one outlet's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from urllib.parse import urlsplit

from newsprism.extract.clutter import word_count
from newsprism.extract.text_body import is_sentence_like
from newsprism.extract.text_clean import CleanedText, Line

__all__ = [
    "find_author",
    "find_dateline",
    "find_outlet",
    "find_published",
    "find_title",
    "leading_addresses",
    "page_address",
    "parse_date",
    "text_metadata",
]

Found = tuple[str, str] | None

# A page's address as scraped text often carries it, some copies with spaces around every
# punctuation mark ("http: / / www. example. com / news / story. html").
_ADDRESS = re.compile(
    r"(?:https?://(?:www\.)?|www\.)(?P<host>[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})(?:[/?#]\S*)?",
    re.IGNORECASE,
)

_MONTHS = {
    name: i + 1
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ]
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DATE_PATTERNS = [
    re.compile(_MONTH + r"\s+(?P<day>\d{1,2})(st|nd|rd|th)?,?\s+(?P<year>(19|20)\d\d)\b", re.I),
    re.compile(
        r"\b(?P<day>\d{1,2})(st|nd|rd|th)?\s+(of\s+)?" + _MONTH + r",?\s+(?P<year>(19|20)\d\d)\b",
        re.I,
    ),
    re.compile(r"\b(?P<year>(19|20)\d\d)-(?P<mon>\d\d)-(?P<day>\d\d)(?!\d)"),
]
# A name: two to four capitalised words (initials, particles and apostrophes allowed).
_NAME = (
    r"[A-Z][\w'’.-]+(?:\s+(?:(?:de|la|van|von|der|den|da|di|del|le|bin|al)\s+){0,2}"
    r"[A-Z][\w'’.-]+){1,3}"
)
# An outlet: capitalised words, possibly opening with "The".
# A dot joins parts of one word ("TheWeek.com"); followed by a space it ends the name.
_OUTLET_WORD = r"[A-Z][\w'’&-]*(?:\.[\w'’&-]+)*"
_OUTLET = r"(?:The\s+)?" + _OUTLET_WORD + r"(?:\s+" + _OUTLET_WORD + r"){0,4}"
# Case matters here: a name is capitalised, so "Jane Doe and John Roe" stops at each name.
_BYLINE = re.compile(
    r"^\s*(?:[Bb]y|BY|[Ww]ritten by|[Ww]ords by)\s+(?P<name>"
    + _NAME
    + r"(?:(?:,\s*|\s+and\s+|\s*&\s*)"
    + _NAME
    + r")*)"
)
_BIO = re.compile(
    r"^\s*(?P<name>" + _NAME + r") (?:is|was|has been) (?:a|an|the) (?:[\w-]+ ){0,4}?"
    r"(?:writer|reporter|editor|correspondent|columnist|journalist|contributor|producer)"
    r"\b(?: (?:at|for|with|of) (?P<outlet>" + _OUTLET + r"))?"
)
_OUTLET_SIGNALS = [
    (re.compile(r"\bprint edition of (?P<outlet>" + _OUTLET + r")"), "print-edition line"),
    (re.compile(r"\bappeared in (?P<outlet>" + _OUTLET + r")\b"), "print-edition line"),
    (
        re.compile(r"^\s*(?i:subscribe to) (?P<outlet>" + _OUTLET + r")\s*[.!]?\s*$"),
        "subscribe prompt",
    ),
    (re.compile(r"\b(?i:sign up for) (?P<outlet>" + _OUTLET + r")['’]s\b"), "newsletter prompt"),
    (
        re.compile(r"\b(?:originally )?published (?:by|on|in) (?P<outlet>" + _OUTLET + r")\s*\.?$"),
        "publication note",
    ),
    (
        re.compile(
            r"^\s*(?:©|\([cC]\)|(?i:copyright))\s*(?:\d{4}\s*)?(?P<outlet>" + _OUTLET + r")"
        ),
        "copyright line",
    ),
    (
        re.compile(
            r"\b(?i:join) (?P<outlet>" + _OUTLET + r")['’]s (?i:telegram|whatsapp) channel\b"
        ),
        "channel prompt",
    ),
]
# "DAMASCUS •", "WASHINGTON (AP) —", "LONDON, Nov 15 (Reuters) -": a capitalised place, then a mark.
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’-]+(?:[ -][A-Z][A-Z.'’-]+){0,3})"
    r"(?:,\s*[A-Z][\w.]+(?:\s+[A-Z\d][\w.]*){0,2})?"
    r"(?:\s*\([^)]{1,40}\))?\s*(?:•|—|–|-|:)\s+(?=\S)"
)
# Capitalised labels that open a line the way a dateline does but name no place.
_LABELS = {
    "breaking",
    "breaking news",
    "update",
    "updated",
    "exclusive",
    "watch",
    "live",
    "opinion",
    "analysis",
    "editor's note",
    "editor’s note",
    "correction",
    "note",
    "photos",
    "video",
}
_GENERIC_OUTLET_WORDS = {"our", "the", "this", "newsletter", "newsletters", "free", "today"}


def parse_date(text: str) -> str | None:
    """The first calendar date written in ``text``, as ``YYYY-MM-DD``, or None."""
    best: tuple[int, str] | None = None
    for pattern in _DATE_PATTERNS:
        match = pattern.search(text)
        if not match:
            continue
        parts = match.groupdict()
        month = int(parts["mon"]) if parts.get("mon") else _MONTHS[parts["month"].lower()]
        day, year = int(parts["day"]), int(parts["year"])
        if 1 <= month <= 12 and 1 <= day <= 31 and (best is None or match.start() < best[0]):
            best = (match.start(), f"{year:04d}-{month:02d}-{day:02d}")
    return best[1] if best else None


def _usable_outlet(name: str) -> str | None:
    name = name.strip(" .,'’")
    if not name or name.casefold() in _GENERIC_OUTLET_WORDS:
        return None
    return name


def page_address(line: str) -> str | None:
    """The web address a line consists of (spaces inside it closed up), or None.

    Only a line that is nothing but an address counts: a sentence that mentions a site is
    part of the text.
    """
    compact = re.sub(r"\s+", "", line)
    if len(compact) > 2000 or not _ADDRESS.fullmatch(compact):
        return None
    return compact if "://" in compact else "http://" + compact


def leading_addresses(cleaned: CleanedText) -> list[Line]:
    """The lines at the top of the page, before anything else, that are its web address."""
    lines: list[Line] = []
    for line in cleaned.lines:
        if page_address(line.text) is None:
            break
        lines.append(line)
    return lines


def find_title(cleaned: CleanedText) -> tuple[Line | None, str]:
    """The title line: the page's first line when it reads like a headline.

    A web address standing alone at the top is passed over: the headline follows it.
    """
    skip = len(leading_addresses(cleaned))
    first = cleaned.lines[skip] if len(cleaned.lines) > skip else None
    if first is None or first.reason not in (None, "before the article body"):
        return None, ""
    if first.body and sum(line.body for line in cleaned.lines) == 1:
        return None, ""  # a text of one sentence is that sentence, not a headline
    words = word_count(first.text)
    # A report's opening sentence is no headline: it carries a dateline, or runs past the
    # length of a headline that ends with a full stop.
    if (
        2 <= words <= 30
        and not _BYLINE.match(first.text)
        and not _DATELINE.match(first.text)
        and (words <= 20 or not is_sentence_like(first.text))
    ):
        return first, "first line after the address" if skip else "first line"
    return None, ""


def find_dateline(first_body_line: str) -> Found:
    """The place a report was filed from, when the body opens with a dateline."""
    match = _DATELINE.match(first_body_line)
    if not match:
        return None
    place = match.group("place").strip(" .-")
    if len(place) < 3 or word_count(place) > 4 or place.casefold() in _LABELS:
        return None
    return place, "dateline"


def find_outlet(lines: Sequence[str], url: str | None) -> Found:
    """The publishing outlet, from a print-edition line, prompt, bio or copyright, else the URL."""
    for pattern, method in _OUTLET_SIGNALS:
        for line in lines:
            match = pattern.search(line)
            if match and (name := _usable_outlet(match.group("outlet"))):
                return name, method
    for line in lines:
        match = _BIO.match(line)
        if match and match.group("outlet") and (name := _usable_outlet(match.group("outlet"))):
            return name, "bio"
    if url:
        host = urlsplit(url).hostname or ""
        host = host.removeprefix("www.")
        if host:
            return host, "url domain"
    return None


def find_author(before: Sequence[str], lines: Sequence[str]) -> Found:
    """The author: a byline above the body, else a bio line ("X is a staff writer at Y")."""
    for line in before:
        match = _BYLINE.match(line)
        if match and word_count(line) <= 12:
            return match.group("name").strip(" .,"), "byline"
    for line in lines:
        match = _BIO.match(line)
        if match:
            return match.group("name"), "bio"
    return None


def find_published(before: Sequence[str], lines: Sequence[str]) -> Found:
    """The publication date: from a print-edition line, else a date line above the body."""
    for line in lines:
        if re.search(
            r"\b(print edition|appeared in|originally published|first published)\b", line, re.I
        ):
            date = parse_date(line)
            if date:
                return date, "print-edition line"
    # Dates near the top of the article (by the byline) are its own; dates lower down are
    # often other articles' in a list.
    for line in reversed(before[-8:]):
        if word_count(line) <= 15:
            date = parse_date(line)
            if date:
                return date, "date near byline"
    return None


def text_metadata(cleaned: CleanedText, url: str | None = None) -> dict[str, tuple[str, str]]:
    """Every metadata field found in a cleaned text, as ``{field: (value, method)}``."""
    found: dict[str, tuple[str, str]] = {}
    # Outlet, bio and print-edition signals live in the clutter: a body sentence such as "he
    # appeared in Federal Court" or "published in Nature" names no outlet of this article.
    clutter = [line.text for line in cleaned.lines if not line.body]
    addresses = leading_addresses(cleaned)
    if addresses and not url:
        url = page_address(addresses[0].text)
        found["url"] = (str(url), "address line")
    title, method = find_title(cleaned)
    before = [line.text for line in cleaned.before() if line is not title]
    if title:
        found["title"] = (title.text, method)
        after = cleaned.lines.index(title) + 1
        after_title = cleaned.lines[after] if len(cleaned.lines) > after else None
        if (
            after_title
            and not after_title.body
            and after_title.reason == "before the article body"
            and 4 <= word_count(after_title.text) <= 40
            and not _BYLINE.match(after_title.text)
            and not parse_date(after_title.text)
        ):
            found["subtitle"] = (after_title.text, "line after title")
    body = [line.text for line in cleaned.lines if line.body]
    if body and (dateline := find_dateline(body[0])):
        found["dateline"] = dateline
    for name, value in (
        ("outlet", find_outlet(clutter, url)),
        ("author", find_author(before, clutter)),
        ("published", find_published(before, clutter)),
    ):
        if value:
            found[name] = value
    return found
