"""Page furniture: texts with no news in them (archive notices, login walls, widget labels).

Such texts reach the grouper when a page's article could not be extracted. They recur across
unrelated stories, so copy detection would chain those stories together, and their embeddings
sit close to each other whatever the event: each is kept alone instead.
"""

from __future__ import annotations

import re

__all__ = ["FURNITURE_WORDS", "furniture_share", "is_furniture"]

# The vocabulary pages use about themselves (accounts, cookies, sharing, archiving, players,
# subscriptions) rather than about events.
_VOCABULARY = """
    access account accounts ad adblock ads advertisement advertising alerts app apps archive
    archived archives archiving browser browsers button capture captures click collection
    collections comment commenting comments content cookie cookies crawl crawled crawler crawls
    device devices disabled domain domains download email enable enabled error expired facebook
    feature follow followers glitch host hosts inbox information instagram interactive
    javascript loaded loading location locations login log loginwidget member members
    membership menu mobile newsletter outlinks page pages password personal playback policy
    premium privacy profile publicly register registration rented reprint reprints search
    seed seeds settings share sharing sign signed site sites sponsored subscribe subscriber
    subscribers subscribing subscription support tap tweet tweets twitter unlimited url urls
    user users watchlist wayback web webcrawl website websites widget
"""
#: Words a page uses about itself rather than about an event.
FURNITURE_WORDS = frozenset(_VOCABULARY.split())

_WORD = re.compile(r"[^\W\d_]{2,}", re.UNICODE)
#: Below this many content words a text cannot report an event.
_TOO_SHORT = 6
#: Longer texts hold an article even when the page around it spoke about itself.
_LONG = 200
#: Share of content words from :data:`FURNITURE_WORDS` that marks a short text as furniture.
_SHARE = 0.25


def _content_words(text: str) -> list[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return [w for w in _WORD.findall(text.casefold()) if w not in STOP_WORDS]


def furniture_share(text: str) -> float:
    """The share of a text's content words (stop words dropped) that are page furniture."""
    words = _content_words(text)
    if not words:
        return 1.0
    return sum(w in FURNITURE_WORDS for w in words) / len(words)


def is_furniture(text: str, named: bool = False) -> bool:
    """Whether a text is page furniture: almost no words and nothing ``named`` (no entity, no
    number), or short and mostly about the page."""
    words = _content_words(text)
    if len(words) < _TOO_SHORT:
        # A one-line report ("The election in Turkmenistan is over.") still names something.
        return not named
    if len(words) >= _LONG:
        return False
    return sum(w in FURNITURE_WORDS for w in words) / len(words) >= _SHARE
