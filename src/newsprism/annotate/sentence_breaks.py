"""Mending the sentence splitter's breaks that fall inside a sentence.

The statistical splitter sometimes breaks where no sentence ends: inside a bracket after an
abbreviation ("Sen. Bernie Sanders (I-Vt. | ) said"), before a bracketed insertion ("the
purposes of the | [Endangered Species Act]"), or after a title ("Gov. | Lincoln Chafee"). A piece
that then opens in lower case or with closing punctuation cannot start a sentence; it is joined
to the one before, so every layer reads whole sentences.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["mend_breaks"]

# What a sentence may end with: terminal punctuation, then closing quotes or brackets.
_ENDS = re.compile(r"[.!?\u2026][\"'\u201d\u2019)\]]*$")
# A short capitalised word with a full stop ("Vt.", "Sen.", "Gov.", "U.S.") ends no sentence
# when what follows is in lower case.
# So does one closing a bracket after a dash or an opening bracket: a party and state label,
# "Sen. Bernie Sanders (I-Vt.)", "(D-N.Y.)".
_ABBREVIATION = re.compile(
    r"(?:^|\s)(?:[A-Z][A-Za-z]{0,3}\.|(?:[A-Z]\.){2,})$"
    r"|[(\-](?:[A-Z][A-Za-z]{0,3}\.|(?:[A-Z]\.){2,})\)$"
)
_OPENERS = "\"'\u201c\u2018([{"
_CLOSERS = ")]},;:"


def _first_char(text: str) -> str:
    """The first character of a sentence after any opening quotes or brackets."""
    stripped = text.lstrip(_OPENERS + " ")
    return stripped[:1]


def _joins_previous(previous: str, gap: str, sentence: str) -> bool:
    """Whether ``sentence`` goes on the one before it rather than starting a new one."""
    if "\n" in gap or not sentence:
        return False  # a line or paragraph break is always a real boundary
    if sentence[0] in _CLOSERS:
        return True
    previous = previous.rstrip()
    if previous[-1:] in "([{\u201c\u2018":
        return True  # no sentence ends by opening a bracket or a quotation
    for opener, closer in ("()", "[]"):
        # A bracket the sentence before left open, closed here before anything else opens.
        if previous.count(opener) > previous.count(closer):
            close, reopen = sentence.find(closer), sentence.find(opener)
            if close >= 0 and (reopen < 0 or close < reopen):
                return True
    first = _first_char(sentence)
    if not first.islower():
        return False
    return not _ENDS.search(previous) or bool(_ABBREVIATION.search(previous))


def mend_breaks(doc: Any) -> int:
    """Join pieces the splitter cut from their sentence; returns how many breaks were removed.

    ``doc`` is a spaCy Doc with sentence starts set but no parse (the light pass), so its
    boundaries may still be changed.
    """
    sentences = list(doc.sents)
    text = doc.text
    mended = 0
    for before, sent in zip(sentences, sentences[1:], strict=False):
        # White space after a sentence may sit inside its span (a newline token) or after it.
        gap = before.text[len(before.text.rstrip()) :] + text[before.end_char : sent.start_char]
        if _joins_previous(before.text, gap, sent.text):
            sent[0].is_sent_start = False
            mended += 1
    return mended
