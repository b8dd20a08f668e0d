"""The attributions layer: which organisations an article credits, as origin or as channel.

An *origin* is where the reported facts come from ("according to a BBC exposé", "the BBC
reported Monday", "first reported by", "read the full account at the BBC"); a *channel* is
where a speaker spoke ("told the BBC", "in an interview with CNN"). Names are normalised
("BBC News" -> "BBC") and descriptive aliases ("the British broadcaster") resolve to the source
credited last. An origin covers its own sentence and carries forward until another origin
replaces it; the first origin also covers the lede before it. A channel covers its sentence.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from newsprism.annotate.runtime import ParsedText
from newsprism.errors import SettingsError
from newsprism.settings import Settings

__all__ = ["find_attributions", "normalise_source", "source_key"]

# A capitalised name: "BBC", "The New York Times", "Al Jazeera", "TheWeek.com".
_WORD = r"[A-Z][\w&'\u2019-]*(?:\.[A-Za-z]\w*)*"
_NAME = rf"{_WORD}(?:\s+(?:of\s+|de\s+|al[- ])?{_WORD})*"
_ART = r"(?:the\s+|a\s+|an\s+)?"
# Nouns for a published piece: "a BBC exposé", "a report by Reuters".
_REPORT_NOUNS = (
    r"(?:report|reports|reporting|exposé|expose|investigation|documentary|analysis|survey|"
    r"study|statement|article|interview|estimate|estimates|poll|review|inquiry|dispatch)"
)
# Nouns after which "according to" credits a source ("according to ONS figures").
_SOURCE_NOUNS = (
    rf"(?:{_REPORT_NOUNS[3:-1]}|story|data|figures|tally|count|footage|broadcast|programme|"
    r"program|podcast|account|update|website|blog|records|analysis)"
)
_ORIGIN_VERBS = (
    r"(?:reported|reports|revealed|reveals|first\s+reported|broke\s+the\s+news|"
    r"has\s+reported|have\s+reported|has\s+learned|learned|found|discovered|published|"
    r"obtained|uncovered|confirmed)"
)
_DESCRIPTIVE = re.compile(
    # An adjective of nationality may stand before the noun ("the British broadcaster"); a
    # capitalised name there ("the Reuters news agency") makes it a named mention instead.
    r"\bthe\s+(?:[A-Z][a-z]+(?:an|ish|ese|i|ch)\s+|state-run\s+|state\s+|public\s+|"
    r"national\s+)?"
    r"(?P<noun>broadcaster|newspaper|paper|network|news\s+agency|agency|channel|outlet|"
    r"website|magazine|publication|tabloid)\b"
)

# Each pattern: (regex with a ``src`` group, kind). The name inside ``src`` is found afterwards.
_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(rf"\b(?i:according\s+to)\s+(?P<src>{_ART}(?:[^,.;:()\"\u201c]{{1,80}}))"),
     "origin"),
    (re.compile(rf"\b(?i:(?:first\s+)?(?:reported|revealed|published|broadcast|aired|obtained|"
                rf"uncovered)\s+by)\s+(?P<src>{_ART}{_NAME})"), "origin"),
    (re.compile(rf"(?P<src>{_ART}{_NAME})\s+(?:first\s+)?{_ORIGIN_VERBS}\b(?!\s+to\b)"),
     "origin"),
    (re.compile(rf"\b(?i:citing|cited\s+by|quoted\s+by|via)\s+(?P<src>{_ART}{_NAME})"), "origin"),
    (re.compile(rf"(?P<src>{_ART}{_NAME})(?:'s|\u2019s)?\s+{_REPORT_NOUNS}\b(?!\s+to\b)"),
     "origin"),
    (re.compile(rf"\b{_REPORT_NOUNS}\s+(?:by|from)\s+(?P<src>{_ART}{_NAME})"), "origin"),
    (re.compile(rf"\b(?:report|article|story|interview|column|op-ed|editorial)\s+(?:in|on)\s+"
                rf"(?P<src>{_ART}{_NAME})"), "origin"),
    (re.compile(rf"\b(?i:read|see|watch|listen\s+to)\b[^.!?\n]{{0,120}}?\b(?:at|on|from|in)\s+"
                rf"(?P<src>{_ART}{_NAME})\s*[.!]?\s*$"), "origin"),
    (re.compile(rf"\b(?:told|telling|tells|tell)\s+(?P<src>{_ART}{_NAME})"), "channel"),
    (re.compile(rf"\b(?i:spoke|speaking|talking|talked|spoken)\s+(?:to|with)\s+"
                rf"(?P<src>{_ART}{_NAME})"), "channel"),
    (re.compile(rf"\b(?i:in\s+an?\s+interview|interviewed)\s+(?:with|by)\s+"
                rf"(?P<src>{_ART}{_NAME})"), "channel"),
    (re.compile(rf"\b(?:said|says|wrote|writes|posted|appeared)\s+on\s+(?P<src>{_ART}{_NAME})"),
     "channel"),
]  # fmt: skip

# Words of a matched attribution that are not its cue ("has reported" -> "reported").
_NOT_CUES = frozenset({"has", "have", "had", "first", "the", "a", "an", "'s", "\u2019s"})

# What may stand before a source that is the subject of "reported" / "revealed".
_OPENS = re.compile(r"(?:^|[,;:(\u2014\u2013]|\b(?:as|and|but|while|so|that|which)\s)\s*$")

# Capitalised words that open sentences or stand for someone, never a source's name.
_NOT_NAMES = frozenset(
    {
        "I", "He", "She", "It", "We", "They", "You", "Her", "His", "Its", "Their", "Our", "My",
        "Your", "But", "And", "Or", "So", "When", "While", "Despite", "Originally", "If", "As",
        "This", "That", "These", "Those", "There", "Here", "Then", "Also", "However",
        "Meanwhile", "After", "Before", "In", "On", "At", "For", "With", "From", "Police",
        "Officials", "Authorities", "Officers", "Investigators", "Prosecutors", "Witnesses",
    }
)  # fmt: skip
_PERSONISH = {"PERSON", "DATE", "TIME", "CARDINAL", "ORDINAL"}
# Lower-case words that may follow a channel's name ("told CNN that ..."); any other word
# makes the name a modifier ("told Detroit broadcast stations").
_AFTER_CHANNEL = frozenset(
    {
        "that", "on", "in", "about", "last", "this", "the", "a", "an", "after", "before",
        "during", "when", "while", "and", "but", "by", "for", "of", "from", "with", "at", "to",
        "earlier", "later", "yesterday", "today", "tonight", "exclusively", "recently", "news",
        "agency", "it", "he", "she", "they", "we", "i", "his", "her", "their", "its", "there",
        "what", "how", "why", "who", "which", "as",
    }
)  # fmt: skip

#: Labels of named entities that can be a credited source.
_SOURCE_LABELS = {"ORG", "WORK_OF_ART", "PRODUCT", "FAC"}
# Labels that rule a name out (a person credited is a speaker, handled by the quotes layer).
_NOT_SOURCE_LABELS = {"PERSON", "GPE", "NORP", "LOC", "DATE", "TIME", "CARDINAL", "ORDINAL"}
_SUFFIXES = re.compile(
    r"(?:\s+(?:News|News\s+Online|Online|Newspaper|Television|TV|Radio|World\s+Service|"
    r"Network|News\s+Agency|\.com))+$"
)
#: Default aliases (lower-case mention -> normalised name); the ``[attributions]`` table's
#: ``aliases`` adds to them.
DEFAULT_ALIASES: dict[str, str] = {
    "associated press": "AP",
    "the associated press": "AP",
    "agence france-presse": "AFP",
    "agence france presse": "AFP",
    "reuters news agency": "Reuters",
}


def normalise_source(mention: str, aliases: Mapping[str, str] | None = None) -> str:
    """The normalised name of a credited source: article, possessive and media suffix gone."""
    name = re.sub(r"\s+", " ", mention).strip(" \t\n.,;:")
    table = {**DEFAULT_ALIASES, **{k.lower(): v for k, v in (aliases or {}).items()}}
    if name.lower() in table:
        return table[name.lower()]
    name = re.sub(r"^(?:the|a|an)\s+", "", name, flags=re.IGNORECASE)
    name = re.sub(r"(?:'s|\u2019s|'|\u2019)$", "", name)
    if name.lower() in table:
        return table[name.lower()]
    # "BBC News" is the BBC, but "Daily News" or "Sky News" is not "Daily" or "Sky": a media
    # suffix goes only after an acronym.
    stripped = _SUFFIXES.sub("", name)
    if stripped != name and re.fullmatch(r"[A-Z][A-Z0-9&]{1,5}", stripped):
        name = stripped
    return table.get(name.lower(), name)


def source_key(name: str) -> str:
    """The match key of a source name: lower case, letters and digits only."""
    return re.sub(r"[^0-9a-z]+", "", name.lower())


def _aliases(settings: Settings) -> dict[str, str]:
    section = settings.sections.get("attributions") or {}
    aliases = section.get("aliases", {})
    if not isinstance(aliases, Mapping) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in aliases.items()
    ):
        raise SettingsError("[attributions.aliases] must map a mention to a source name")
    return dict(aliases)


def _entities(
    parsed: ParsedText, layers: dict[str, list[dict[str, Any]]]
) -> list[tuple[int, int, str]]:
    """(start, end, label) of the article's entities, from the entities layer if computed."""
    if layers.get("entities"):
        return [(e["start"], e["end"], e.get("label", "")) for e in layers["entities"]]
    return [(e.start_char, e.end_char, e.label_) for e in parsed.doc.ents]


def _source_in(
    text: str,
    start: int,
    end: int,
    entities: list[tuple[int, int, str]],
    kind: str,
    according: bool,
    sentence_start: int,
) -> tuple[int, int] | None:
    """The offsets of the organisation named in ``text[start:end]``, if one is named there.

    A named ORG entity wins; else a capitalised name that no entity marks as a person (or, but
    after a channel cue such as "told", as a place). In an "according to" phrase a person
    anywhere rules the phrase out, and a bare capitalised name must be the whole phrase or stand
    before a report noun, so "according to a French fighter" credits no one.
    """
    inside = [e for e in entities if e[0] >= start and e[1] <= end + 1]
    if according and any(label == "PERSON" for _, _, label in inside):
        return None
    for e_start, e_end, label in inside:
        if label in _SOURCE_LABELS:
            return _cut_possessive(text, e_start, min(e_end, end))
    # After a cue only an organisation fits ("told"), a place-like tag is a tagger's guess
    # ("Bloomberg" as a city); elsewhere a place or nationality is not a source.
    vetoes = _PERSONISH if kind == "channel" and not according else _NOT_SOURCE_LABELS
    region = text[start:end]
    for match in re.finditer(_NAME, region):
        m_start, m_end = _cut_possessive(text, start + match.start(), start + match.end())
        word = text[m_start:m_end]
        if word.lower() in ("the", "a", "an", "according"):
            continue
        if any(e[0] < m_end and m_start < e[1] and e[2] in vetoes for e in entities):
            return None
        if word in _NOT_NAMES or word.split()[0] in _NOT_NAMES:
            return None
        opening = not text[sentence_start:m_start].strip(" \"'\u201c\u2018(")
        if opening and " " not in word and not word.isupper():
            return None  # "Officers found": a capitalised common noun opening the sentence
        rest = text[m_end:end]
        if (
            not according
            or not rest.strip()
            or re.match(rf"(?:'s|\u2019s)?\s+{_SOURCE_NOUNS}\b", rest)
        ):
            return m_start, m_end
        return None
    return None


def _cut_possessive(text: str, start: int, end: int) -> tuple[int, int]:
    """A mention cut before a possessive inside it: "NBC10's Rosemary Connors" -> "NBC10"."""
    cut = re.search(r"['\u2019]s\b", text[start:end])
    return (start, start + cut.start()) if cut else (start, end)


def find_attributions(
    parsed: ParsedText, layers: dict[str, list[dict[str, Any]]], settings: Settings
) -> list[dict[str, Any]]:
    """The sources an article credits, each with its kind and the stretch of text it covers."""
    text = parsed.text
    aliases = _aliases(settings)
    entities = _entities(parsed, layers)
    sentences = [(s.start_char, len(s.text.rstrip()) + s.start_char) for s in parsed.doc.sents]
    found: list[dict[str, Any]] = []
    for s_start, s_end in sentences:
        sentence = text[s_start:s_end]
        taken: list[tuple[int, int]] = []
        # Descriptive mentions first, so "told the British broadcaster" is not read as "British".
        described = _descriptive(text, sentence, s_start, found, taken)
        taken.extend((a["start"], a["end"]) for a in described)
        found.extend(described)
        for pattern, kind in _PATTERNS:
            for match in pattern.finditer(sentence):
                g_start, g_end = s_start + match.start("src"), s_start + match.end("src")
                if any(a < g_end and g_start < b for a, b in taken):
                    continue
                if (
                    kind == "origin"
                    and match.start("src") == match.start()
                    and not _OPENS.search(sentence[: match.start()])
                ):
                    continue  # "out of Raqqa revealed": the name ends a phrase, not a subject
                according = "according" in pattern.pattern
                name_span = _source_in(text, g_start, g_end, entities, kind, according, s_start)
                if name_span is None:
                    continue
                if kind == "channel":
                    after = re.match(r"\s+([a-z]+)\b", text[name_span[1] : s_end])
                    if after and after.group(1) not in _AFTER_CHANNEL:
                        continue  # "told Detroit broadcast stations": a modifier, not a name
                mention = text[name_span[0] : name_span[1]]
                name = normalise_source(mention, aliases)
                if not source_key(name):
                    continue
                taken.append((g_start, g_end))
                outside = (
                    sentence[match.start() : match.start("src")]
                    + " "
                    + sentence[match.end("src") : match.end()]
                )
                cue = next((w.lower() for w in outside.split() if w.lower() not in _NOT_CUES), "?")
                m_end = s_start + match.end()
                if according:
                    # "according to the agency's analysis of 100 bars ...": end at the source,
                    # or at the report noun right after it.
                    after = re.match(rf"(?:'s|\u2019s)?\s+{_REPORT_NOUNS}\b", text[name_span[1] :])
                    m_end = name_span[1] + (after.end() if after else 0)
                found.append(
                    _record(text, s_start + match.start(), m_end, name_span, name, kind, cue)
                )
    found.sort(key=lambda a: a["start"])
    _cover(found, sentences, len(text))
    return found


def _record(
    text: str, start: int, end: int, name_span: tuple[int, int], name: str, kind: str, cue: str
) -> dict[str, Any]:
    return {
        "text": text[start:end],
        "name": name,
        "key": source_key(name),
        "kind": kind,
        "cue": cue,
        "start": start,
        "end": end,
        "source_start": name_span[0],
        "source_end": name_span[1],
    }


def _descriptive(
    text: str,
    sentence: str,
    base: int,
    found: list[dict[str, Any]],
    taken: list[tuple[int, int]],
) -> list[dict[str, Any]]:
    """Descriptive mentions ("the British broadcaster") of the source credited last."""
    out: list[dict[str, Any]] = []
    for match in _DESCRIPTIVE.finditer(sentence):
        start, end = base + match.start(), base + match.end()
        if any(a < end and start < b for a, b in taken):
            continue
        earlier = [a for a in found if a["start"] < start]
        if not earlier:
            continue
        last = max(earlier, key=lambda a: a["start"])
        before = sentence[: match.start()].rstrip().lower()
        kind = "channel" if re.search(r"\b(?:told|tell|tells|spoke to|speaking to)$", before) \
            else "origin"  # fmt: skip
        record = _record(text, start, end, (start, end), last["name"], kind, "alias")
        out.append(record)
    return out


def _cover(found: list[dict[str, Any]], sentences: list[tuple[int, int]], length: int) -> None:
    """Set each attribution's ``cover_start``/``cover_end`` (see the module docstring)."""

    def sentence_of(offset: int) -> tuple[int, int]:
        for s_start, s_end in sentences:
            if s_start <= offset < max(s_end, s_start + 1):
                return s_start, s_end
        return offset, offset

    origins = [a for a in found if a["kind"] == "origin"]
    starts = sorted({sentence_of(a["start"])[0] for a in origins})
    for att in found:
        s_start, s_end = sentence_of(att["start"])
        if att["kind"] != "origin":
            att["cover_start"], att["cover_end"] = s_start, s_end
            continue
        later = [s for s in starts if s > s_start]
        att["cover_start"] = 0 if s_start == starts[0] else s_start
        att["cover_end"] = later[0] if later else length
