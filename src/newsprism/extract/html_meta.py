"""An HTML page's metadata: title, author, outlet, canonical URL, language and date.

Each field is looked up in a cascade, most explicit evidence first, and returned with the name
of the method that supplied it, so an Article can say where each of its fields came from.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urljoin, urlsplit

import trafilatura
from lxml.html import HtmlElement
from trafilatura.utils import load_html

__all__ = ["language_code", "page_metadata", "title_without_site"]

_LANG = re.compile(r"^([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*$")
_SPACE = re.compile(r"\s+")
_DOMAIN = re.compile(r"(www\.)?[\w-]+(\.[\w-]+)+/?")
_SEPARATOR = r"[|\-\u2013\u2014:\u00b7\u2022/]"
# htmldate settings: the original publication date, not the last modification, and the slower
# search through the page text when markup says nothing.
_DATE_CONFIG = {"original_date": True, "extensive_search": True}


def _clean(value: Any) -> str | None:
    """A metadata value as one trimmed line, or None when it is empty."""
    if not isinstance(value, str):
        return None
    value = _SPACE.sub(" ", value).strip()
    return value or None


def _meta(tree: HtmlElement, attribute: str, name: str) -> str | None:
    """The content of the first ``<meta {attribute}="{name}">`` tag, case-insensitively."""
    for element in tree.iter("meta"):
        if (element.get(attribute) or "").strip().lower() == name:
            value = _clean(element.get("content"))
            if value:
                return value
    return None


def _name(value: str | None) -> str | None:
    """A site name, or None when the page put a URL or a domain where its name belongs."""
    value = (value or "").lstrip("@").strip()  # a social-media handle stands for the name
    if not value or "://" in value or _DOMAIN.fullmatch(value):
        return None
    return value


def _hostname(url: str | None) -> str | None:
    """The host of a URL without a leading ``www.``: the outlet's name of last resort."""
    host = urlsplit(url).hostname if url else None
    return host.removeprefix("www.") if host else None


def title_without_site(title: str | None, outlet: str | None) -> str | None:
    """A title with a trailing or leading " | Outlet" (or " - Outlet") part removed."""
    if not title or not outlet:
        return title
    name = re.escape(outlet)
    # A space on the title's side of the separator keeps hyphenated names ("Anti-Post") whole.
    for pattern in (rf"^(.+?)\s+{_SEPARATOR}\s*{name}$", rf"^{name}\s*{_SEPARATOR}\s+(.+)$"):
        match = re.match(pattern, title, re.IGNORECASE)
        if match:
            return match.group(1)
    return title


def _canonical(tree: HtmlElement) -> str | None:
    """The href of ``<link rel="canonical">``."""
    for element in tree.iter("link"):
        if "canonical" in (element.get("rel") or "").lower().split():
            value = _clean(element.get("href"))
            if value:
                return value
    return None


def _absolute(url: str | None, base: str | None) -> str | None:
    """``url`` made absolute against ``base``; None unless the result is an http(s) URL."""
    if not url:
        return None
    url = urljoin(base, url) if base else url
    return url if urlsplit(url).scheme in ("http", "https") else None


def language_code(value: str | None) -> str | None:
    """The primary language subtag of a BCP 47 or locale tag (``en-GB``, ``pt_BR``), lower-case."""
    match = _LANG.match((value or "").strip())
    return match.group(1).lower() if match else None


def _first(*candidates: tuple[str | None, str]) -> tuple[str | None, str]:
    """The first candidate with a value, as ``(value, method)``; ``(None, "")`` if none has one."""
    for value, method in candidates:
        if value:
            return value, method
    return None, ""


def page_metadata(html: str, url: str | None = None) -> dict[str, tuple[str | None, str]]:
    """Metadata fields of a decoded HTML page, each as ``(value, method)``.

    ``url`` is where the page was found; it resolves a relative canonical link and helps
    htmldate read dates out of URLs.
    """
    tree = load_html(html)
    if tree is None:
        return {}
    # Read the head before trafilatura and htmldate walk (and clean) the tree.
    html_lang = tree.get("lang") or next(
        (e.get("lang") for e in tree.iter("body") if e.get("lang")), None
    )
    title_element = next(tree.iter("title"), None)
    own = {
        "og:title": _meta(tree, "property", "og:title"),
        "title": _clean(title_element.text_content()) if title_element is not None else None,
        "og:site_name": _name(_meta(tree, "property", "og:site_name")),
        "application-name": _name(_meta(tree, "name", "application-name")),
        "canonical": _absolute(_canonical(tree), url),
        "og:url": _absolute(_meta(tree, "property", "og:url"), url),
        "html lang": language_code(html_lang),
        "content-language": language_code(_meta(tree, "http-equiv", "content-language")),
        "og:locale": language_code(_meta(tree, "property", "og:locale")),
    }
    found = trafilatura.extract_metadata(tree, default_url=url, date_config=dict(_DATE_CONFIG))
    canonical = _first((own["canonical"], "canonical"), (own["og:url"], "og:url"))
    outlet = _first(
        (own["og:site_name"], "og:site_name"),
        (own["application-name"], "application-name"),
        (_name(_clean(found.sitename)), "trafilatura"),
        (_hostname(canonical[0] or url), "hostname"),
    )
    title = _first(
        (_clean(found.title), "trafilatura"),
        (own["og:title"], "og:title"),
        (own["title"], "title"),
    )
    # Only a real name is cut from a title; a hostname never appears in one that way.
    site = outlet[0] if outlet[1] != "hostname" else None
    return {
        "title": (title_without_site(title[0], site), title[1]),
        "author": _first((_clean(found.author), "trafilatura")),
        "outlet": outlet,
        "url": canonical,
        "language": _first(
            (own["html lang"], "html lang"),
            (own["content-language"], "content-language"),
            (own["og:locale"], "og:locale"),
        ),
        "published": _first((_clean(found.date), "htmldate")),
    }
