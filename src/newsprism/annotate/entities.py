"""The sentence and entity layers: offsets into the article text, names normalised."""

from __future__ import annotations

import re
from typing import Any

from newsprism.annotate.names import name_key, resolve_short_forms, split_title, tidy_name
from newsprism.annotate.runtime import ParsedText
from newsprism.settings import Settings

__all__ = ["find_entities", "find_sentences", "trim_span"]

_LINE_BREAK = re.compile(r"\n+")
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
# Labels the small model gives a lone surname it failed to see as a person.
_SURNAME_MISTAKES = {"ORG", "GPE", "NORP", "PRODUCT", "LOC", "FAC", "WORK_OF_ART"}
# Labels whose mentions name someone or something that can speak or be credited.
_NAMED = {"PERSON", "ORG", "NORP", "GPE", "FAC", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"}


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``text[start:end]`` so it neither starts nor ends with white space."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def find_sentences(parsed: ParsedText) -> list[dict[str, Any]]:
    """The sentence layer: one ``{start, end}`` per sentence, trimmed of surrounding space."""
    records = []
    for sent in parsed.doc.sents:
        start, end = trim_span(parsed.text, sent.start_char, sent.end_char)
        if end > start:
            records.append({"start": start, "end": end})
    return records


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split an entity at line breaks: a name never runs from one paragraph into the next."""
    pieces = []
    cursor = start
    for match in _LINE_BREAK.finditer(text, start, end):
        pieces.append((cursor, match.start()))
        cursor = match.end()
    pieces.append((cursor, end))
    return [p for p in (trim_span(text, a, b) for a, b in pieces) if p[1] > p[0]]


def _clean_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Cut a trailing possessive and edge punctuation the tokenizer left on an entity."""
    piece = text[start:end]
    for suffix in ("'s", "’s", "'", "’"):
        if piece.endswith(suffix) and len(piece) > len(suffix):
            end -= len(suffix)
            break
    while end > start and text[end - 1] in ',;:."“”‘’)' and not text[start:end].endswith("."):
        end -= 1
    while start < end and text[start] in '"“”‘’(':
        start += 1
    return start, end


def find_entities(
    parsed: ParsedText, layers: dict[str, list[dict[str, Any]]], settings: Settings
) -> list[dict[str, Any]]:
    """The entity layer: named entities with offsets, a normalised ``name`` and a ``key``.

    Person names lose their titles ("Col. Ryan Dillon" -> "Ryan Dillon") and a surname or
    short form points to the article's full name ("Dillon" -> "Ryan Dillon").
    """
    text = parsed.text
    records: list[dict[str, Any]] = []
    for ent in parsed.doc.ents:
        for start, end in _pieces(text, ent.start_char, ent.end_char):
            start, end = _clean_bounds(text, start, end)
            if end <= start:
                continue
            if ent.label_ == "PERSON" and not any(c.isupper() for c in text[start:end]):
                continue  # "lorry driver": a lower-case "person" is a description, not a name
            record: dict[str, Any] = {
                "text": text[start:end],
                "label": ent.label_,
                "start": start,
                "end": end,
            }
            if ent.label_ == "PERSON":
                name, title = split_title(record["text"])
                record["name"] = name
                if title:
                    record["title"] = title
            elif ent.label_ in _NAMED:
                record["name"] = _LEADING_THE.sub("", tidy_name(record["text"])) or record["text"]
            else:
                record["name"] = tidy_name(record["text"]) or record["text"]
            records.append(record)
    _relabel_surnames(records)
    people = [r["name"] for r in records if r["label"] == "PERSON"]
    full = resolve_short_forms(people)
    for record in records:
        if record["label"] == "PERSON":
            record["name"] = full.get(record["name"], record["name"])
        record["key"] = name_key(record["name"])
    return records


def _relabel_surnames(records: list[dict[str, Any]]) -> None:
    """Make a lone word that is the surname of a person named in full a PERSON mention.

    The small model often tags "Dillon" as an organisation once "Ryan Dillon" is gone from
    its window; within one article the full name settles who it is.
    """
    surnames = {
        r["name"].split()[-1]
        for r in records
        if r["label"] == "PERSON" and len(r["name"].split()) >= 2
    }
    for record in records:
        if record["label"] in _SURNAME_MISTAKES and record["text"] in surnames:
            record["label"] = "PERSON"
