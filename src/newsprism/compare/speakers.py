"""Who is quoted in a story: each speaker once, with every quote they are given.

The quote layer keys a speaker per article: a person by name, a description ("a lorry
driver") by its head noun. Across a story that key is too coarse for descriptions ("a navy
spokesman" and "a German military spokesman" are two people) and too fine for names ("Mr
Gates" is the "Robert Gates" quoted a paragraph earlier). This module settles both.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from newsprism.model import Article

__all__ = ["description_key", "speakers_of"]

_WORD = re.compile(r"[\w'\u2019-]+")
# Words that pick out one of a kind without describing it: "one of the", "another", "some".
_PICKERS = frozenset({
    "a", "an", "the", "one", "of", "another", "other", "some", "several", "many", "two",
    "three", "his", "her", "its", "their", "our", "this", "that", "these", "those", "who",
    "spoke", "to", "at", "in", "with", "for", "from", "on", "by", "and",
})  # fmt: skip
_SETS_APART = re.compile(r"^(?:another|other|some|more|further)\b", re.IGNORECASE)
# A role that is only an honorific or an article says nothing about the speaker.
_EMPTY_ROLE = re.compile(r"^(?:(?:mr|mrs|ms|miss|mx|dr|the|a|an)\.?\s*)+$", re.IGNORECASE)


def _singular(word: str) -> str:
    """A word without a plain plural ending ("drivers" -> "driver")."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def description_key(description: str, head: str) -> str:
    """A description's match key: its head noun and the words that describe it.

    "A navy spokesman" and "the Navy spokesman" share "spokesman|navy"; "a German military
    spokesman" is "spokesman|german military"; "the spokesman" is plain "spokesman".
    """
    words = [_singular(w.lower()) for w in _WORD.findall(description)]
    head = _singular(head.lower())
    describing = sorted({w for w in words if w not in _PICKERS and w != head})
    return f"{head}|{' '.join(describing)}" if describing else head


def _key_of(quote: dict[str, Any], speaker: str) -> str:
    """The story-wide key of a quote's speaker."""
    key = str(quote.get("speaker_key") or speaker.casefold())
    if quote.get("speaker_kind") == "description":
        return description_key(speaker, key)
    return key


def _merge(entries: dict[str, dict[str, Any]], short: str, full: str) -> None:
    """Fold the entry under ``short`` into the one under ``full``."""
    gone = entries.pop(short)
    kept = entries[full]
    kept["quotes"].extend(gone["quotes"])
    known = {n.casefold() for n in kept["names"]}
    kept["names"].extend(n for n in gone["names"] if n.casefold() not in known)
    kept["role"] = kept["role"] or gone["role"]


def _fold_short_forms(entries: dict[str, dict[str, Any]]) -> None:
    """A one-word name joins the one fuller name it ends ("Gates" -> "Robert Gates").

    Likewise a bare description ("the spokesman") joins the one described speaker of its
    kind ("a navy spokesman"); with two or more candidates it stays apart, as it may be
    either.
    """
    names = {frozenset(k.split(" ")): k for k in entries if "|" not in k}
    for key in list(entries):
        if "|" in key:
            # "The Indian navy", read as a description, is the organisation "Indian Navy".
            head, describing = key.split("|", 1)
            same = names.get(frozenset([*describing.split(" "), head]))
            if same is not None:
                _merge(entries, key, same)
    for key in list(entries):
        if key not in entries:
            continue
        if " " not in key and "|" not in key:
            fuller = [
                k for k in entries
                if k != key and "|" not in k and k.split(" ")[-1] == key
            ]  # fmt: skip
            described = [k for k in entries if k.split("|")[0] == key and "|" in k]
            candidates = fuller or described
            if len(candidates) == 1:
                _merge(entries, key, candidates[0])


def speakers_of(articles: Sequence[Article]) -> list[dict[str, Any]]:
    """Everyone quoted in a story, with each of their quotes (direct, partial or reported).

    The fullest form of a name and the first informative role are shown, and ``names`` keeps
    every form used. Most-quoted first.
    """
    found: dict[str, dict[str, Any]] = {}
    kinds: dict[str, str] = {}
    for article in articles:
        for q in article.layers.get("quotes", []):
            speaker = (q.get("speaker") or "").strip()
            if not speaker or not 0 <= q["start"] < q["end"] <= len(article.text):
                continue
            key = _key_of(q, speaker)
            kinds.setdefault(key, str(q.get("speaker_kind") or ""))
            entry = found.setdefault(
                key, {"speaker": speaker, "key": key, "role": None, "names": [], "quotes": []}
            )
            if speaker.casefold() not in {n.casefold() for n in entry["names"]}:
                entry["names"].append(speaker)
            role = (q.get("role") or "").strip()
            if role and not _EMPTY_ROLE.match(role):
                entry["role"] = entry["role"] or role
            entry["quotes"].append({
                "article": article.id,
                "kind": q.get("kind") or "direct",
                "channel": q.get("channel"),
                "passage": {"article": article.id, "field": "text", "start": q["start"],
                            "end": q["end"], "text": article.text[q["start"]:q["end"]]},
            })  # fmt: skip
    _fold_short_forms(found)
    order = {a.id: i for i, a in enumerate(articles)}
    for entry in found.values():
        entry["quotes"].sort(key=lambda q: (order[q["article"]], q["passage"]["start"]))
        if kinds.get(entry["key"]) == "description":
            # A description is shown as first written ("one of the lorry drivers"), unless
            # that form only sets one apart from another ("another driver", "some drivers").
            plain = [n for n in entry["names"] if not _SETS_APART.match(n)]
            entry["speaker"] = (plain or entry["names"])[0]
        else:
            entry["speaker"] = max(
                (n for n in entry["names"] if n[:1].isupper()), key=len, default=entry["speaker"]
            )
    return sorted(found.values(), key=lambda e: (-len(e["quotes"]), e["speaker"].casefold()))
