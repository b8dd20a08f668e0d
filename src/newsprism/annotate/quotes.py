"""The quote layer: direct, partial and indirect quotes, each with its speaker resolved.

Direct and partial quotes come from quotation marks (see quote_marks); indirect ones from the
parse ("X said (that) ...", "X told the BBC that ...", "according to X, ..."). A quote's speaker
is the subject of a cue next to it in its sentence; a pronoun resolves to the previous speaker
or the nearest earlier person; a quote standing alone inherits the previous speaker.
"""

from __future__ import annotations

import bisect
import re
from typing import Any

from newsprism.annotate.entities import trim_span
from newsprism.annotate.quote_marks import QuoteSpan, find_quote_spans
from newsprism.annotate.runtime import ParsedText
from newsprism.annotate.speakers import (
    NAMED_CUES,
    QUOTE_ONLY_CUES,
    Frame,
    Speaker,
    find_colon_frames,
    find_frames,
)
from newsprism.settings import Settings

__all__ = ["find_quotes"]

_PERSONAL = frozenset({"he", "she", "him", "her", "i", "we"})
# Relative pronouns speak for the noun they hang on; the parser already points there.
_SENTENCE_END = ".!?…"
# A direct quote opens a sentence or follows one of these (a colon or a comma after a cue).
_INTRO = ":,"
# Small words a title leaves in lower case.
_MINOR_WORDS = "a an the of and or in on at to for with by from as but nor vs"
_MINOR = frozenset(_MINOR_WORDS.split())
# Words after which a quoted title-case phrase names a work, a show or a headline.
_TITLE_MARKER_WORDS = (
    "on in titled entitled called named dubbed headlined headline show program programme "
    "series film movie book memoir song album drama thriller documentary column magazine "
    "newspaper podcast play musical novel sitcom"
)
_TITLE_MARKERS = frozenset(_TITLE_MARKER_WORDS.split())
_BREAKS = re.compile(r"\n\s*")
# Words whose full stop does not end a sentence.
_ABBREVIATION_WORDS = (
    "mr mrs ms dr col gen lt sgt capt maj adm cmdr gov sen rep rev prof st jr sr inc corp co "
    "ltd no vs etc jan feb mar apr aug sept sep oct nov dec u.s u.k u.n"
)
_ABBREVIATIONS = frozenset(_ABBREVIATION_WORDS.split())


class _Article:
    """What find_quotes consults about one article: sentences, paragraphs, entities, frames."""

    def __init__(self, parsed: ParsedText, entities: list[dict[str, Any]]) -> None:
        """Parse-derived facts of one article, computed once."""
        self.text = parsed.text
        self.entities = entities
        self.sents = [s for s in parsed.doc.sents]
        self.sent_starts = [s.start_char for s in self.sents]
        self.frames: list[Frame] = []
        for sent in self.sents:
            parse = parsed.parse_of(sent)
            if parse is not None:
                self.frames.extend(find_frames(parse, sent.start_char, self.text, entities))
        self.frames.extend(find_colon_frames(self.text, entities))
        self.frames.sort(key=lambda f: f.cue_start)
        # One break per run of line breaks: a blank line between paragraphs is one boundary.
        self.breaks = [m.start() for m in _BREAKS.finditer(self.text)]

    def sentence_index(self, offset: int) -> int:
        """The index of the sentence holding ``offset``."""
        return max(0, bisect.bisect_right(self.sent_starts, offset) - 1)

    def paragraph_index(self, offset: int) -> int:
        """The index of the paragraph holding ``offset`` (blank lines count once)."""
        return bisect.bisect_right(self.breaks, offset)

    def sentence_bounds(self, offset: int) -> tuple[int, int]:
        """The (start, end) of the sentence holding ``offset``."""
        sent = self.sents[self.sentence_index(offset)]
        return sent.start_char, sent.end_char


def _inside(offset: int, spans: list[QuoteSpan]) -> bool:
    """Whether ``offset`` lies inside one of the quotation spans."""
    return any(s.start <= offset < s.end for s in spans)


def _is_title(text: str, span: QuoteSpan) -> bool:
    """Whether a quoted phrase names a work ("Meet the Press", "Bloodline"), not a quote.

    It must be a short phrase in title case right after a word that introduces a name
    ("on", "titled", "drama", ...) or after another such title in a list.
    """
    inner = text[span.inner_start : span.inner_end].strip().rstrip(",.")
    words = inner.split()
    if not 1 <= len(words) <= 7:
        return False
    if not all(w[0].isupper() or w.lower() in _MINOR or not w[0].isalpha() for w in words):
        return False
    lead = text[max(0, span.start - 40) : span.start].rstrip()
    if lead.endswith(("”,", '",', "” and", '" and', "”, and", '", and')):
        return True
    last = lead.split()[-1].strip(",:").lower() if lead.split() else ""
    return last in _TITLE_MARKERS or last.endswith(("’s", "'s"))


def _kind(art: _Article, span: QuoteSpan) -> str:
    """``direct`` for a quoted sentence, ``partial`` for a quoted phrase inside one."""
    text = art.text
    inner = text[span.inner_start : span.inner_end].strip()
    if not inner:
        return "partial"
    starts_upper = inner[0].isupper() or inner[0].isdigit() or inner[0] in "\"“'‘…"
    s_start, _ = art.sentence_bounds(span.start)
    before = text[s_start : span.start].rstrip()
    para_start = text.rfind("\n", 0, span.start) + 1
    lead = text[max(s_start, para_start) : span.start].strip()
    if starts_upper and (not lead or before.endswith(tuple(_INTRO))):
        return "direct"
    if starts_upper and inner[-1] in _SENTENCE_END + "," and len(inner.split()) >= 4:
        return "direct"
    if len(inner.split()) >= 8 and inner[-1] in _SENTENCE_END:
        return "direct"
    return "partial"


def _full_stop(text: str, pos: int) -> bool:
    """Whether the punctuation at ``pos`` ends a sentence (not "Col." or "U.S." mid-sentence)."""
    if text[pos] == ".":
        word = text[text.rfind(" ", 0, pos) + 1 : pos].lstrip("\"“‘'(")
        if word.lower() in _ABBREVIATIONS or (len(word) <= 2 and word[:1].isupper()):
            return False
    # A comma after the stop, or a lower-case word after a closing bracket, goes on with the
    # sentence: "Mitch McConnell, R-Ky., said", "Rand Paul (R-Ky.) said".
    rest = text[pos + 1 : pos + 4].lstrip("\"”’') ")
    return not rest or not (rest[0].islower() or rest[0] in ",;")


def _clause_end(art: _Article, offset: int, spans: list[QuoteSpan]) -> int:
    """Where the sentence going on after ``offset`` ends: its full stop or its paragraph end."""
    text = art.text
    limit = text.find("\n", offset)
    limit = len(text) if limit < 0 else limit
    for pos in range(offset, limit):
        if text[pos] in _SENTENCE_END and not _inside(pos, spans) and _full_stop(text, pos):
            return pos + 1
    return limit


def _clause_start(art: _Article, offset: int, spans: list[QuoteSpan]) -> int:
    """Where the sentence running up to ``offset`` starts: after a full stop, or the paragraph."""
    text = art.text
    start = text.rfind("\n", 0, offset) + 1
    for pos in range(offset - 1, start - 1, -1):
        if text[pos] in _SENTENCE_END and not _inside(pos, spans) and _full_stop(text, pos):
            return pos + 1
    return start


# Cues that PolNeAR annotates inside another statement as well ("X said that Y said …",
# "according to", a report): their subjects were gold sources about half the time or more
# on the train samples; "tell", "add", "argue", "show" inside a statement 1 time in 5 or less.
_NESTED_CUES = frozenset({"say", "according to", "report", "announce"})


def _usable(frame: Frame, spans: list[QuoteSpan]) -> bool:
    """Whether a frame may introduce a quotation: a cue of speech with a speaker, not quoted.

    Verbs of thinking and wanting ("Cruz wants ...") state a position of their own; the
    quotation next to them is someone's speech.
    """
    return (
        frame.speaker is not None
        and frame.cue not in NAMED_CUES
        and not _inside(frame.cue_start, spans)
    )


def _frame_for(
    art: _Article, first: QuoteSpan, last: QuoteSpan, spans: list[QuoteSpan]
) -> Frame | None:
    """The cue that introduces a quote: after it in its sentence, else before it."""
    text = art.text
    nxt = min((s.start for s in spans if s.start >= last.end), default=len(text))
    stop = min(nxt, _clause_end(art, last.end, spans))
    after = [
        f
        for f in art.frames
        if last.end <= f.cue_start < stop
        and _usable(f, spans)
        # A cue with a clause of its own after the quote starts a new statement, unless that
        # clause is the quote's next part ('"First," she told Hewitt, "I would never …"').
        and not (
            f.clause
            and f.content_start is not None
            and f.content_start > f.cue_start
            and not any(q.start <= f.content_start + 1 < q.end for q in spans)
        )
    ]
    closed = text[last.inner_start : last.inner_end].rstrip()[-1:] in (".", "!", "?")
    if closed:
        # After a quoted full sentence, only a cue tied right to it belongs to it: '"…!"
        # Trump said', '"…." said Trump'; "On the trail, Cruz describes …" is a new sentence.
        first_word = last.end
        while first_word < len(text) and text[first_word] in " \t,":
            first_word += 1
        after = [
            f
            for f in after
            if (
                f.cue_start == first_word
                or (f.speaker is not None and f.speaker.start == first_word)
            )
            # '“….” He added, “So …”': a new sentence whose cue runs into the next quotation
            # introduces that one.
            and not (nxt < len(text) and not text[f.cue_end : nxt].strip(" \t,:"))
        ]
    right_before = [
        f
        for f in art.frames
        if f.cue_end <= first.start
        and f.cue != ":"
        and not text[f.cue_end : first.start].strip()
        and _usable(f, spans)
    ]
    if right_before:
        # "what Mr. Hedge called ''the prior economy model,'' the club charged …": a quote
        # right after a cue is what that cue says, whatever cue follows it.
        return right_before[-1]
    if after:
        return after[0]
    prev = max((s.end for s in spans if s.end <= first.start), default=0)
    begin = max(prev, _clause_start(art, first.start, spans))
    before = [f for f in art.frames if begin <= f.cue_start < first.start and _usable(f, spans)]
    if before:
        return before[-1]
    # "X said:" closing the previous sentence or paragraph introduces a quote below it.
    lead = text[: first.start].rstrip()
    if lead.endswith(":"):
        colon = len(lead) - 1
        begin = _clause_start(art, colon, spans)
        near = [f for f in art.frames if begin <= f.cue_start < colon and _usable(f, spans)]
        if near:
            return near[-1]
    return None


_MALE = frozenset({"he", "him", "his"})
_FEMALE = frozenset({"she", "her", "hers"})
_MALE_TITLES = frozenset({"mr", "mr.", "sir", "lord", "king", "prince", "father", "brother"})
_FEMALE_TITLES = frozenset(
    {"mrs", "mrs.", "ms", "ms.", "miss", "lady", "dame", "queen", "princess", "sister"}
)
_GENDERED_PRONOUN = re.compile(r"\b(he|him|his|she|her|hers)\b", re.IGNORECASE)


def _genders(art: _Article) -> dict[str, str]:
    """The gender (``m`` or ``f``) the article shows for each person it names, where it shows one.

    From a title ("Mr.", "Mrs.") or, by majority, from the first gendered pronoun after a
    mention of the person in the same sentence ("Dillon said his unit ...").
    """
    votes: dict[str, list[str]] = {}
    for ent in art.entities:
        if ent["label"] != "PERSON":
            continue
        title = (ent.get("title") or "").split()[:1]
        if title and title[0].lower() in _MALE_TITLES:
            votes.setdefault(ent["key"], []).extend("mm")
        elif title and title[0].lower() in _FEMALE_TITLES:
            votes.setdefault(ent["key"], []).extend("ff")
        _, sent_end = art.sentence_bounds(ent["start"])
        match = _GENDERED_PRONOUN.search(art.text, ent["end"], sent_end)
        if match:
            votes.setdefault(ent["key"], []).append("m" if match.group(1).lower() in _MALE else "f")
    genders = {}
    for key, marks in votes.items():
        m, f = marks.count("m"), marks.count("f")
        if m != f:
            genders[key] = "m" if m > f else "f"
    return genders


class _Resolver:
    """Pronoun and continuation resolution: remembers speakers as the article is read."""

    def __init__(self, art: _Article) -> None:
        """Start with no speaker seen and the genders the article shows."""
        self.art = art
        self.last: Speaker | None = None
        self.last_end = -1
        self.genders = _genders(art)

    def _fits(self, word: str, kind: str, key: str) -> bool:
        """Whether a pronoun can stand for a speaker of this kind (and known gender)."""
        if word in _MALE or word in _FEMALE:
            wanted = "m" if word in _MALE else "f"
            return kind == "person" and self.genders.get(key, wanted) == wanted
        if word in ("i", "me"):
            return kind in ("person", "description")
        if word in ("they", "them", "we", "us"):
            return kind in ("org", "description")
        if word == "it":
            return kind in ("org", "description")
        return True

    def resolve(self, speaker: Speaker) -> Speaker:
        """The speaker a mention stands for: a pronoun resolved when something fits it."""
        if speaker.kind != "pronoun":
            return speaker
        word = speaker.name.lower()
        last = self.last
        if last is not None and self._recent(speaker) and self._fits(word, last.kind, last.key):
            return self._as(last, speaker)
        if word in _PERSONAL:
            person = self._nearest_person(speaker.start, word)
            if person is not None:
                return Speaker(
                    person["name"], person["key"], "person", speaker.start, speaker.end, ""
                )
        return speaker

    def _recent(self, speaker: Speaker) -> bool:
        """Whether the previous speaker spoke within two paragraphs of this mention."""
        art = self.art
        return art.paragraph_index(speaker.start) - art.paragraph_index(max(self.last_end, 0)) <= 2

    @staticmethod
    def _as(known: Speaker, mention: Speaker) -> Speaker:
        """A known speaker placed at another mention of them."""
        return Speaker(known.name, known.key, known.kind, mention.start, mention.end, known.role)

    def _nearest_person(self, offset: int, word: str) -> dict[str, Any] | None:
        """The person a pronoun most likely names among those shortly before it."""
        earlier = [
            e
            for e in self.art.entities
            if e["label"] == "PERSON"
            and e["end"] <= offset
            and self._fits(word, "person", e["key"])
        ]
        if not earlier:
            return None
        nearest_sent = self.art.sentence_index(earlier[-1]["start"])
        if self.art.sentence_index(offset) - nearest_sent > 3:
            return None
        # The first person named in that sentence is most often its subject.
        return next(e for e in earlier if self.art.sentence_index(e["start"]) == nearest_sent)

    def remember(self, speaker: Speaker, end: int) -> None:
        """Record the latest speaker and where their words end."""
        self.last = speaker
        self.last_end = end

    def continuing(self, offset: int) -> Speaker | None:
        """The previous speaker, if a quote at ``offset`` can still be theirs."""
        if self.last is None:
            return None
        art = self.art
        if art.paragraph_index(offset) - art.paragraph_index(max(self.last_end, 0)) > 1:
            return None
        return self.last


def _record(
    art: _Article, start: int, end: int, kind: str, speaker: Speaker | None, frame: Frame | None
) -> dict[str, Any]:
    """The quote record of one span, in the layer's format."""
    return {
        "text": art.text[start:end],
        "kind": kind,
        "speaker": speaker.name if speaker else None,
        "speaker_key": speaker.key if speaker else None,
        "speaker_kind": speaker.kind if speaker else None,
        "role": (speaker.role or None) if speaker else None,
        "cue": frame.cue if frame else None,
        "cue_start": frame.cue_start if frame else None,
        "cue_end": frame.cue_end if frame else None,
        "channel": (frame.channel or None) if frame else None,
        "start": start,
        "end": end,
        "speaker_start": speaker.start if speaker else None,
        "speaker_end": speaker.end if speaker else None,
    }


def find_quotes(
    parsed: ParsedText, layers: dict[str, list[dict[str, Any]]], settings: Settings
) -> list[dict[str, Any]]:
    """The quote layer of one article, in text order (see the module docstring)."""
    art = _Article(parsed, layers.get("entities") or [])
    spans = [span for span in find_quote_spans(art.text) if not _is_title(art.text, span)]
    groups: dict[int, list[QuoteSpan]] = {}
    for span in spans:
        groups.setdefault(span.group, []).append(span)
    events: list[tuple[int, str, Any]] = [(g[0].start, "quote", g) for g in groups.values()]
    used: set[int] = set()
    kinds = {span.start: _kind(art, span) for span in spans}
    direct = [s for s in spans if kinds[s.start] == "direct"]
    frame: Frame | None
    for frame in art.frames:
        if frame.speaker is None or frame.content_start is None or frame.content_end is None:
            continue
        if frame.cue in QUOTE_ONLY_CUES and not frame.speaker.report and not _states(frame):
            continue  # "the study found" reports a finding; "he found ways to" does not
        if _inside(frame.cue_start, spans):
            continue
        if _mostly_quoted(frame.content_start, frame.content_end, direct):
            continue
        if _nested(frame, art.frames):
            continue
        events.append((frame.content_start, "indirect", frame))
    events.sort(key=lambda e: (e[0], e[1] != "quote"))
    resolver = _Resolver(art)
    records: list[dict[str, Any]] = []
    for _, what, payload in events:
        if what == "quote":
            group: list[QuoteSpan] = payload
            frame = _frame_for(art, group[0], group[-1], spans)
            if (
                frame is not None
                and kinds[group[0].start] == "partial"
                and _nested(frame, art.frames)
            ):
                # A phrase quoted inside someone's statement is theirs, not the nested cue's.
                frame = _outer(frame, art.frames)
            speaker: Speaker | None = None
            if frame is not None and frame.speaker is not None:
                speaker = resolver.resolve(frame.speaker)
                if kinds[group[0].start] == "direct":
                    used.add(id(frame))
            elif kinds[group[0].start] == "direct":
                speaker = resolver.continuing(group[0].start)
            if speaker is not None:
                resolver.remember(speaker, group[-1].end)
            for span in group:
                record = _record(art, span.start, span.end, kinds[span.start], speaker, frame)
                if frame is None and speaker is not None and records:
                    # A quote that continues the previous speaker keeps their channel too.
                    record["channel"] = records[-1]["channel"]
                records.append(record)
        else:
            frame = payload
            if frame is None or id(frame) in used:
                continue
            if frame.content_start is None or frame.content_end is None:
                continue
            start, end = trim_span(art.text, frame.content_start, frame.content_end)
            if end - start < 3 or frame.speaker is None:
                continue
            speaker = resolver.resolve(frame.speaker)
            resolver.remember(speaker, max(end, frame.cue_end))
            record = _record(art, start, end, "indirect", speaker, frame)
            if speaker.kind == "org" and (speaker.report or frame.cue == "report"):
                record["_report"] = True
            records.append(record)
    # An indirect quote whose cue also introduced a direct quote is that quote, not another
    # one; around a partial quote it stays, as the statement the quoted phrase belongs to.
    records = [
        r
        for r in records
        if r["kind"] != "indirect"
        or not any(q["kind"] == "direct" and q["cue_start"] == r["cue_start"] for q in records)
    ]
    _credit_channels(records)
    return records


def _states(frame: Frame) -> bool:
    """Whether a cue taken only next to a quotation reports a clause of its own all the same.

    "he maintained that …", "the narrator continues that …" state something; "he maintained
    his lead" does not, and "they found that …" is a finding more often than a statement.
    """
    return frame.clause and frame.cue != "find"


def _nested(frame: Frame, frames: list[Frame]) -> bool:
    """Whether a cue, speaker and all, sits inside what another cue reports.

    "Critics say he should condemn …", "the poll showed that Clinton has touted …": PolNeAR
    seldom annotates a position reported inside someone's statement (its subject was the
    gold source 76 times in 411 on the train samples); "X said that Y said …" it does.
    """
    return frame.cue not in _NESTED_CUES and _outer(frame, frames) is not None


def _outer(frame: Frame, frames: list[Frame]) -> Frame | None:
    """The cue whose reported content holds this cue and its speaker, if any.

    "According to X, the senator rejected …" counts as a statement of X's; a colon ("Trump:
    …") does not, its content being a whole paragraph or headline.
    """
    if frame.speaker is None:
        return None
    return next(
        (
            other
            for other in frames
            if other is not frame
            and other.cue != ":"
            and not (
                frame.modifies is not None and other.cue_start <= frame.modifies < other.cue_end
            )
            and other.speaker is not None
            and other.content_start is not None
            and other.content_end is not None
            and other.content_start <= frame.speaker.start
            and frame.cue_end <= other.content_end
        ),
        None,
    )


def _credit_channels(records: list[dict[str, Any]]) -> None:
    """Give quotes with no channel of their own the outlet whose report the article credits.

    After "according to a BBC exposé" or "the BBC reported", the people quoted (in quotation
    marks) further on spoke to the BBC unless the text names another channel.
    """
    credited: str | None = None
    for record in records:
        if record.pop("_report", False):
            credited = record["speaker"]
            continue
        speaker = record["speaker"]
        # Only words quoted in marks were gathered for the report; a statement in the
        # writer's words may come from anywhere.
        quoted = record["kind"] != "indirect"
        if quoted and record["channel"] is None and credited and speaker and speaker != credited:
            record["channel"] = credited
            record["channel_from"] = "credited report"


def _mostly_quoted(start: int, end: int, spans: list[QuoteSpan]) -> bool:
    """Whether at least half of ``start``-``end`` lies inside the given quotes."""
    covered = sum(max(0, min(end, s.end) - max(start, s.start)) for s in spans)
    return covered * 2 >= max(1, end - start)
