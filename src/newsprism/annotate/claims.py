"""The numeric-claims layer: every amount, duration and date an article states, and who says so.

A claim's asserter is the speaker of the (outermost) quote it sits in; else the subject of a
speech verb governing it or an "according to X" (read from the parse); else the source an
attribution credits for that stretch of text; else the outlet. An asserter that is itself a
credited source ("according to a BBC exposé") is named by the attribution's normalised name.
"""

from __future__ import annotations

import re
from typing import Any

from newsprism.annotate.attributions import source_key
from newsprism.annotate.claim_parse import counted_head, counted_span, local_asserter
from newsprism.annotate.names import name_key
from newsprism.annotate.numbers import Amount, Conventions, find_amounts, word_number
from newsprism.annotate.runtime import COUNTED_KINDS, ParsedText
from newsprism.settings import Settings

__all__ = ["amount_record", "conventions_from", "find_claims"]

_DATE_LABELS = ("DATE", "TIME")
# A span of time: an amount before a unit of time ("three days", "several months", "a decade").
_DURATION = re.compile(
    r"(?:\d|\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|"
    r"thirty|forty|fifty|few|several|couple|many|some|hundred|thousand)\b)[\s-]*(?:of\s+)?"
    r"(?:\w+\s+)?(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|"
    r"century)\b",
    re.IGNORECASE,
)
# A date entity worth a claim names a day, month, year or a counted span of time; generic
# time words the tagger also marks ("daily", "the morning") are left out.
_DATED = re.compile(
    r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|"
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:yesterday|today|tomorrow)\b|"
    r"\b(?:last|next|this|past|previous|coming)\s+(?:week|weekend|month|year|decade|century)|"
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
    r"forty|fifty|a few|several|a couple|dozens|hundreds)\b",
    re.IGNORECASE,
)
_BARE_NUMBER = re.compile(r"(?!1[89]\d\d|20\d\d)\d+")
_AGE = re.compile(r"\b(?P<n>\d+|[a-z]+(?:-[a-z]+)?)[- ]years?[- ]old\b", re.IGNORECASE)
_POINT_IN_TIME = re.compile(
    r"\b(?:ago|last|next|this|earlier|later|since|old|previous|coming|yesterday|today|"
    r"tomorrow|on|in)\b",
    re.IGNORECASE,
)


def conventions_from(settings: Settings) -> Conventions:
    """The vague-amount and hedge conventions of these settings (the ``[claims]`` table)."""
    return Conventions.from_section(settings.sections.get("claims"))


def find_claims(
    parsed: ParsedText,
    layers: dict[str, list[dict[str, Any]]],
    settings: Settings,
    outlet: str | None,
    conventions: Conventions | None = None,
) -> list[dict[str, Any]]:
    """The claims of one parsed article: amounts, durations and dates, each with its asserter.

    ``layers`` holds the quotes and attributions computed before (either may be missing).
    """
    conv = conventions or conventions_from(settings)
    text = parsed.text
    people = _people(parsed, layers)
    claims: list[dict[str, Any]] = []
    for sent in parsed.doc.sents:
        s_start = sent.start_char
        s_text = text[s_start : sent.end_char]
        dates = [e for e in parsed.entities_in(s_start, sent.end_char) if e.label_ in _DATE_LABELS]
        amounts = [a for a in find_amounts(s_text, conv) if _keep(a, s_start, dates)]
        parse = parsed.parse_of(sent)
        # What an amount counts is read from POS tags alone, which every sentence holding an
        # amount has; who asserts it needs the parse, which only sentences with a verb of
        # speech or an "according to" get.
        tagged = parsed.tagged_of(sent)
        records = [amount_record(a, s_start, tagged) for a in amounts]
        records.extend(r for e in dates if (r := _date_record(e, text, amounts, s_start)))
        for record in records:
            _assert(record, parsed, parse, s_start, layers, people, outlet)
            claims.append(record)
    claims.sort(key=lambda c: (c["start"], c["end"]))
    return claims


def _keep(amount: Amount, base: int, dates: list[Any]) -> bool:
    """Whether an amount stands as a claim of its own (not the day of a date entity)."""
    if amount.kind in ("duration", "money", "percent", "measure"):
        return True
    start, end = base + amount.start, base + amount.end
    return not any(e.start_char <= start and end <= e.end_char for e in dates)


def amount_record(amount: Amount, base: int, tagged: Any | None) -> dict[str, Any]:
    """A claim record of an amount found at ``base`` in a text (offsets made absolute).

    ``tagged`` is the sentence as a POS-tagged Doc, from which the counted phrase is read; the
    asserter is left to the caller.
    """
    record: dict[str, Any] = {
        "text": amount.text,
        "kind": amount.kind,
        "value": amount.value,
        "low": amount.low,
        "high": amount.high,
        "hedge": amount.hedge,
        "minimiser": amount.minimiser,
        "unit": amount.unit,
        "vague": amount.vague,
        "counted": None,
        "counted_start": None,
        "counted_end": None,
        "counted_head": None,
        "start": base + amount.start,
        "end": base + amount.end,
    }
    if tagged is not None and amount.kind in COUNTED_KINDS:
        span = counted_span(tagged, amount.end, of_only=amount.kind == "duration")
        if span is not None:
            c_start, c_end = span
            record["counted"] = tagged.text[c_start:c_end]
            record["counted_start"], record["counted_end"] = base + c_start, base + c_end
            record["counted_head"] = counted_head(tagged, c_start, c_end)
    return record


def _date_record(entity: Any, text: str, amounts: list[Amount], base: int) -> dict[str, Any] | None:
    """A date, duration or age named by an entity, unless an amount already stands for it."""
    start, end = entity.start_char, entity.end_char
    # Entities may run over a line break or trailing space: keep the first line, trimmed.
    piece = text[start:end].split("\n", 1)[0].rstrip(" ,.;:")
    dated = _DATED.search(piece)
    if dated is None or _BARE_NUMBER.fullmatch(piece):
        return None  # "daily", or a bare "17" the tagger took for a date (an age, a count)
    # The tagger may start a date early ("the school two years ago"): start at the date.
    lead = re.match(r"(?:the|a|an|his|her|its|their|our|my|your)\s+(?:\w+\s+)?", piece, re.I)
    if lead and dated.start() >= lead.end() and not _DATED.search(piece[: lead.end()]):
        start, piece = start + dated.start(), piece[dated.start() :]
    end = start + len(piece)
    for amount in amounts:
        a_start, a_end = base + amount.start, base + amount.end
        if amount.kind in ("duration", "date") and a_start < end and start < a_end:
            return None
    record = _blank(piece, start, end)
    age = _AGE.search(piece)
    if age is not None:
        value = word_number(age.group("n")) if not age.group("n").isdigit() else int(age.group("n"))
        record.update(kind="age", value=value, low=value, high=value, unit="year")
    elif _DURATION.search(piece) and not _POINT_IN_TIME.search(piece):
        record["kind"] = "duration"
    return record


def _blank(piece: str, start: int, end: int) -> dict[str, Any]:
    """A date claim's record before its kind and value are known."""
    return {
        "text": piece,
        "kind": "date",
        "value": None,
        "low": None,
        "high": None,
        "hedge": None,
        "minimiser": False,
        "unit": None,
        "vague": False,
        "counted": None,
        "counted_start": None,
        "counted_end": None,
        "counted_head": None,
        "start": start,
        "end": end,
    }


def _covering(records: list[dict[str, Any]], start: int, end: int) -> dict[str, Any] | None:
    """The outermost quote holding ``start:end``.

    In nested speech ("the BBC reported that officials agreed to the escape of thousands") the
    outer speaker is the one on the record for the whole report, the inner one is reported.
    """
    best = None
    for rec in records:
        if (
            rec.get("start", 0) <= start
            and end <= rec.get("end", -1)
            and (best is None or rec["end"] - rec["start"] > best["end"] - best["start"])
        ):
            best = rec
    return best


def _source_at(attributions: list[dict[str, Any]], start: int, end: int) -> dict[str, Any] | None:
    """The attribution whose mention overlaps ``start:end`` (an asserter that is a source)."""
    for att in attributions:
        if att["start"] < end and start < att["end"]:
            return att
    return None


def _people(parsed: ParsedText, layers: dict[str, list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """The article's person entities with normalised ``name`` and ``key`` (from the layer)."""
    if layers.get("entities"):
        return [e for e in layers["entities"] if e.get("label") == "PERSON"]
    return [
        {"name": e.text, "key": name_key(e.text), "start": e.start_char, "end": e.end_char}
        for e in parsed.doc.ents
        if e.label_ == "PERSON"
    ]


# How far back (in characters) a pronoun's antecedent may be.
_ANTECEDENT_REACH = 1000


# Which speakers a pronoun may stand for: "he" and "she" a person, "it" an organisation.
_PRONOUN_KINDS = {
    "he": ("person",),
    "she": ("person",),
    "i": ("person",),
    "it": ("org",),
    "they": ("person", "org"),
    "we": ("person", "org"),
}


def _antecedent(
    quotes: list[dict[str, Any]], people: list[dict[str, Any]], offset: int, pronoun: str
) -> tuple[str, str, int, int] | None:
    """The speaker or person a pronoun at ``offset`` most likely stands for.

    The nearest earlier named speaker of a quote or earlier named person, whichever is closer,
    of a kind the pronoun fits.
    """
    kinds = _PRONOUN_KINDS.get(pronoun, ())
    best: tuple[int, tuple[str, str, int, int]] | None = None
    for quote in quotes:
        where = quote.get("speaker_end")
        if where is None or where > offset or quote.get("speaker_kind") not in kinds:
            continue
        key = quote.get("speaker_key") or name_key(quote["speaker"])
        if best is None or where > best[0]:
            best = (where, (quote["speaker"], key, quote["speaker_start"], where))
    for person in people if "person" in kinds else []:
        if person["end"] <= offset and (best is None or person["end"] > best[0]):
            best = (person["end"], (person["name"], person["key"], person["start"], person["end"]))
    if best is None or offset - best[0] > _ANTECEDENT_REACH:
        return None
    return best[1]


def _assert(
    record: dict[str, Any],
    parsed: ParsedText,
    parse: Any | None,
    base: int,
    layers: dict[str, list[dict[str, Any]]],
    people: list[dict[str, Any]],
    outlet: str | None,
) -> None:
    """Fill the claim's asserter: quote speaker, local speaker, credited source, or outlet."""
    start, end = record["start"], record["end"]
    quotes = layers.get("quotes", [])
    attributions = layers.get("attributions", [])
    quote = _covering([q for q in quotes if q.get("speaker")], start, end)
    if quote is not None:
        s_start, s_end = quote.get("speaker_start"), quote.get("speaker_end")
        source = None
        if s_start is not None and s_end is not None:
            source = _source_at(attributions, s_start, s_end)
        if source is not None:
            _set(record, source["name"], "source", source["start"], source["end"], source["key"])
        else:
            key = quote.get("speaker_key") or name_key(quote["speaker"])
            _set(record, quote["speaker"], "speaker", s_start, s_end, key)
        return
    found = local_asserter(parse, start - base, end - base) if parse is not None else None
    if found is not None:
        a_start, a_end = base + found.start, base + found.end
        source = _source_at(attributions, a_start, a_end)
        # A subject naming one person ("Former intelligence chief Abu Musab Huthaifa") is
        # asserted by that person; a pronoun by its antecedent; a description stays as written.
        named = [p for p in people if a_start <= p["start"] and p["end"] <= a_end]
        resolved = _antecedent(quotes, people, a_start, found.lemma) if found.pronoun else None
        if source is not None:
            _set(record, source["name"], "source", source["start"], source["end"], source["key"])
        elif len(named) == 1:
            person = named[0]
            _set(record, person["name"], "speaker", person["start"], person["end"], person["key"])
        elif resolved is not None:
            _set(record, resolved[0], "speaker", resolved[2], resolved[3], resolved[1])
        else:
            _set(record, parsed.text[a_start:a_end], "speaker", a_start, a_end, found.lemma)
        return
    for att in attributions:
        if att.get("kind") == "origin" and att["cover_start"] <= start < att["cover_end"]:
            _set(record, att["name"], "source", att["start"], att["end"], att["key"])
            return
    key = source_key(outlet) if outlet else None
    _set(record, outlet, "outlet" if outlet else None, None, None, key)


def _set(
    record: dict[str, Any],
    who: str | None,
    kind: str | None,
    start: int | None,
    end: int | None,
    key: str | None,
) -> None:
    record["asserter"] = who
    record["asserter_kind"] = kind
    record["asserter_key"] = key
    record["asserter_start"] = start
    record["asserter_end"] = end
