"""Who says a sentence, and how a finding's sentence is shown on its own.

A sentence lifted out of a quotation ("Even their children and women had suicide belts on.")
reads as the outlet's own statement unless the reader is told who said it, and it often
carries the one quotation mark that closed the quote. These helpers give a finding its speaker
and a clean display text; the passages keep the exact text of the article.
"""

from __future__ import annotations

import re

from newsprism.model import Article

__all__ = ["display_text", "is_fragment", "speaker_of", "position_of"]

# Only double marks: a single one is as often an apostrophe ("the fighters' families").
_OPENING = '"\u201c'
_CLOSING = '"\u201d'
_MARKS = re.compile('["\u201c\u201d]')
_WORD = re.compile(r"\w")
# A pronoun names nobody a reader can place once the sentence stands alone.
_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "us"})


def speaker_of(article: Article, start: int, end: int, source: str = "text") -> str | None:
    """The speaker of the direct quote that holds all the words of the sentence start..end.

    Only a sentence wholly inside a quotation gets one: a sentence that also says who speaks
    ('"We left," said the driver.') names its speaker itself, and reported speech is the
    outlet's own wording.
    """
    if source != "text" or end <= start:
        return None
    text = article.text
    for quote in article.layers.get("quotes", []) or []:
        if quote.get("kind") != "direct" or not quote.get("speaker"):
            continue
        q_start, q_end = int(quote["start"]), int(quote["end"])
        if q_start >= end or q_end <= start:
            continue
        outside = text[start : max(start, q_start)] + text[min(end, q_end) : end]
        if not _WORD.search(outside):
            speaker = str(quote["speaker"])
            return None if speaker.strip().lower() in _PRONOUNS else speaker
    return None


def display_text(text: str, quoted: bool = False) -> str:
    """A sentence for display: stripped, and without a quotation mark left unpaired at its ends.

    A sentence cut from a longer quotation keeps only the mark that opened or closed it; once
    the finding is shown as its speaker's words, that lone mark only confuses. With ``quoted``
    (the sentence is all a speaker's words, shown as such) enclosing marks go too.
    """
    text = text.strip()
    marks = len(_MARKS.findall(text))
    if quoted and marks == 2 and text[:1] in _OPENING:
        if text[-1:] in _CLOSING:
            return text[1:-1].strip()
        if len(text) > 2 and text[-2] in _CLOSING:
            return text[1:-2].strip() + text[-1]
    if marks % 2 == 0:
        return text
    if text[:1] in _OPENING:
        return text[1:].lstrip()
    if text[-1:] in _CLOSING:
        return text[:-1].rstrip()
    # The closing mark may also come before the full stop: 'on".'
    if len(text) > 1 and text[-2] in _CLOSING:
        return text[:-2].rstrip() + text[-1]
    return text


def is_fragment(text: str) -> bool:
    """Whether a sentence is a piece cut from one: it opens in lower case or leaves a bracket open.

    Sentence splitting sometimes breaks inside a quotation or a bracket ("...promotes the
    purposes of the [Endangered Species Act]."); such a piece cannot stand as a finding.
    """
    body = text.strip().lstrip("\"\u201c\u2018'([ ")
    if not body or body[0].islower():
        return True
    return text.count("[") != text.count("]") or text.count("(") != text.count(")")


def position_of(article: Article, start: int, source: str = "text") -> float:
    """How far into its article a passage starts, from 0.0 (headline, first words) to 1.0."""
    if source == "title":
        return 0.0
    return min(1.0, start / max(1, len(article.text)))
