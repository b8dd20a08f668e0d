"""The records a story comparison produces: passages, origins, findings and the Comparison.

Every finding carries :class:`Passage` evidence whose offsets point into the ``text`` of the
article it names, so a reader can click from a finding to the words that carry it. Each
record has ``to_dict()`` giving JSON-ready values.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from newsprism.errors import InputError
from newsprism.model import Article, Rejection

__all__ = [
    "Agreement",
    "ArticleFraming",
    "ArticleOrigins",
    "Comparison",
    "Conflict",
    "ConflictValue",
    "Credit",
    "EntityEntry",
    "Framing",
    "FramingClause",
    "Origin",
    "Origins",
    "Passage",
    "QuotePair",
    "Relation",
    "TimelineEvent",
    "UniqueFact",
    "field_text",
    "passage_of",
]


@dataclass(frozen=True)
class Passage:
    """A stretch of one article: ``text == article.text[start:end]``.

    ``field`` is ``"text"`` for the article's body, or ``"title"`` for a headline that the
    body does not repeat (then ``text == article.title[start:end]``).
    """

    article: str
    start: int
    end: int
    text: str
    field: str = "text"

    def to_dict(self) -> dict[str, Any]:
        """The passage as a JSON-ready dict."""
        return {
            "article": self.article,
            "field": self.field,
            "start": self.start,
            "end": self.end,
            "text": self.text,
        }


def field_text(article: Article, field: str = "text") -> str:
    """The string a passage's offsets point into: the body, or the title."""
    return article.text if field == "text" else (article.title or "")


def passage_of(article: Article, start: int, end: int, field: str = "text") -> Passage:
    """The passage of ``article`` between two offsets, trimmed of surrounding white space.

    Offsets outside the text are an error in the layer that produced them, reported as an
    :class:`~newsprism.errors.InputError` naming the article.
    """
    text = field_text(article, field)
    if not 0 <= start <= end <= len(text):
        raise InputError(
            article.source or article.id,
            f"offsets {start}..{end} lie outside the article {field} ({len(text)} chars)",
        )
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Passage(article.id, start, end, text[start:end], field)


@dataclass(frozen=True)
class Credit:
    """A primary source an article credits ("according to a BBC expose"), with its passage."""

    name: str
    key: str
    kind: str
    passage: Passage

    def to_dict(self) -> dict[str, Any]:
        """The credit as a JSON-ready dict."""
        return {
            "name": self.name,
            "key": self.key,
            "kind": self.kind,
            "passage": self.passage.to_dict(),
        }


@dataclass
class ArticleOrigins:
    """What one article rests on: the sources it credits, the article it copies, its copies."""

    article: str
    outlet: str | None
    credits: list[Credit] = field(default_factory=list)
    copy_of: str | None = None
    copied_by: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The article's origins as a JSON-ready dict."""
        return {
            "article": self.article,
            "outlet": self.outlet,
            "credits": [c.to_dict() for c in self.credits],
            "copy_of": self.copy_of,
            "copied_by": list(self.copied_by),
        }


@dataclass
class Origin:
    """One independent origin of the story and the articles that rest on it."""

    name: str
    articles: list[str]

    def to_dict(self) -> dict[str, Any]:
        """The origin as a JSON-ready dict (``{name, articles}``)."""
        return {"name": self.name, "articles": list(self.articles)}


@dataclass
class Origins:
    """Origins and independence of a story's articles.

    ``groups`` maps each article id to the index of its independent origin in ``origins``:
    articles crediting a common source, and copies with their original, share one origin.
    """

    per_article: list[ArticleOrigins]
    origins: list[Origin]
    groups: dict[str, int]

    @property
    def independent_origins(self) -> int:
        """How many independent origins stand behind the whole story."""
        return len(self.origins)

    def count(self, articles: list[str]) -> int:
        """How many independent origins stand behind a set of articles."""
        return len({self.groups[a] for a in articles if a in self.groups})

    def names(self, articles: list[str]) -> list[str]:
        """The names of the independent origins behind a set of articles."""
        indexes = sorted({self.groups[a] for a in articles if a in self.groups})
        return [self.origins[i].name for i in indexes]

    def to_dict(self) -> dict[str, Any]:
        """The origins as a JSON-ready dict."""
        return {
            "per_article": [a.to_dict() for a in self.per_article],
            "origins": [o.to_dict() for o in self.origins],
            "independent_origins": self.independent_origins,
        }


@dataclass
class Agreement:
    """A fact reported by two or more articles, with the supporting passage in each."""

    fact: str
    passages: list[Passage]
    articles: int
    origins: int
    origin_names: list[str]
    #: Articles whose passage hedges the fact ("reportedly", "around") where another asserts it.
    hedged: list[str] = field(default_factory=list)
    similarity: float = 0.0
    #: Who says the fact when its sentence is a direct quote (the quote layer's speaker).
    speaker: str | None = None
    #: How early the fact comes in its articles (0.0 headline .. 1.0 last words): the order shown.
    position: float = 1.0

    @property
    def support(self) -> str:
        """The support in words: "2 articles, 1 origin: BBC"."""
        articles = f"{self.articles} article{'s' if self.articles != 1 else ''}"
        origins = f"{self.origins} origin{'s' if self.origins != 1 else ''}"
        return f"{articles}, {origins}: {', '.join(self.origin_names)}"

    def to_dict(self) -> dict[str, Any]:
        """The agreement as a JSON-ready dict."""
        return {
            "fact": self.fact,
            "support": self.support,
            "articles": self.articles,
            "origins": self.origins,
            "origin_names": list(self.origin_names),
            "hedged": list(self.hedged),
            "similarity": round(self.similarity, 3),
            "speaker": self.speaker,
            "passages": [p.to_dict() for p in self.passages],
        }


@dataclass
class ConflictValue:
    """One stated value in a conflict: the amount, its interval, who asserted it, and where."""

    text: str
    low: float
    high: float
    counted: str
    vague: bool
    minimiser: bool
    asserter: str
    asserter_kind: str
    article: str
    outlet: str | None
    passage: Passage
    sentence: Passage

    def to_dict(self) -> dict[str, Any]:
        """The value as a JSON-ready dict."""
        return {
            "text": self.text,
            "low": self.low,
            "high": self.high,
            "counted": self.counted,
            "vague": self.vague,
            "minimiser": self.minimiser,
            "asserter": self.asserter,
            "asserter_kind": self.asserter_kind,
            "article": self.article,
            "outlet": self.outlet,
            "passage": self.passage.to_dict(),
            "sentence": self.sentence.to_dict(),
        }


@dataclass(frozen=True)
class Relation:
    """How two values of a conflict relate: indexes into ``values`` and the kind of difference."""

    a: int
    b: int
    kind: str
    note: str

    def to_dict(self) -> dict[str, Any]:
        """The relation as a JSON-ready dict."""
        return {"a": self.a, "b": self.b, "kind": self.kind, "note": self.note}


@dataclass
class Conflict:
    """Differing amounts for one counted thing in one event.

    ``kind`` is the strongest relation found: ``contradiction`` (same scope, intervals that do
    not overlap), ``scope difference`` (different counted things, e.g. fighters and people) or
    ``vague vs precise``; ``relations`` lists every pair of values that differ.
    """

    counted: str
    kind: str
    values: list[ConflictValue]
    relations: list[Relation]
    scopes: list[str]

    def to_dict(self) -> dict[str, Any]:
        """The conflict as a JSON-ready dict."""
        return {
            "counted": self.counted,
            "kind": self.kind,
            "scopes": list(self.scopes),
            "values": [v.to_dict() for v in self.values],
            "relations": [r.to_dict() for r in self.relations],
        }


@dataclass
class UniqueFact:
    """A fact only one article reports, with the closest passage elsewhere when one came near."""

    article: str
    outlet: str | None
    passage: Passage
    #: Why a near passage elsewhere was not counted as the same fact (e.g. a changed number).
    near: Passage | None = None
    reason: str | None = None
    #: Who says the fact when its sentence is a direct quote (the quote layer's speaker).
    speaker: str | None = None

    @property
    def fact(self) -> str:
        """The passage's sentence for display (no quotation mark left unpaired at its ends)."""
        from newsprism.compare.speech import display_text

        return display_text(self.passage.text, quoted=self.speaker is not None)

    def to_dict(self) -> dict[str, Any]:
        """The unique fact as a JSON-ready dict."""
        return {
            "article": self.article,
            "outlet": self.outlet,
            "fact": self.fact,
            "speaker": self.speaker,
            "passage": self.passage.to_dict(),
            "near": self.near.to_dict() if self.near else None,
            "reason": self.reason,
        }


@dataclass
class QuotePair:
    """One speaker's quote as two outlets carry it, and how the second differs from the first.

    ``kind`` is ``verbatim``, ``truncated`` (``details["cut"]`` holds the passages left out and
    ``details["ellipsis"]`` whether an ellipsis marks the cut), ``altered`` (``details["diff"]``
    the word-level changes) or ``paraphrased`` (a direct quote against reported speech).
    """

    speaker: str
    kind: str
    first: Passage
    second: Passage
    first_outlet: str | None
    second_outlet: str | None
    details: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The quote pair as a JSON-ready dict."""
        details = dict(self.details)
        if "cut" in details:
            details["cut"] = [p.to_dict() for p in details["cut"]]
        return {
            "speaker": self.speaker,
            "kind": self.kind,
            "first": self.first.to_dict(),
            "second": self.second.to_dict(),
            "first_outlet": self.first_outlet,
            "second_outlet": self.second_outlet,
            "details": details,
        }


@dataclass
class FramingClause:
    """One clause of a headline: who acts, the verb chosen, and the voice."""

    actor: str | None
    verb: str
    voice: str
    passage: Passage | None
    actor_passage: Passage | None = None

    def to_dict(self) -> dict[str, Any]:
        """The clause as a JSON-ready dict."""
        return {
            "actor": self.actor,
            "verb": self.verb,
            "voice": self.voice,
            "passage": self.passage.to_dict() if self.passage else None,
            "actor_passage": self.actor_passage.to_dict() if self.actor_passage else None,
        }


@dataclass
class ArticleFraming:
    """How one article frames the event: headline actor and verb, loaded words, the lead's focus."""

    article: str
    outlet: str | None
    headline: str | None
    actor: str
    verb: str | None
    clauses: list[FramingClause]
    loaded: list[Passage]
    lead_first: str | None
    lead: Passage | None

    def to_dict(self) -> dict[str, Any]:
        """The article's framing as a JSON-ready dict."""
        return {
            "article": self.article,
            "outlet": self.outlet,
            "headline": self.headline,
            "actor": self.actor,
            "verb": self.verb,
            "clauses": [c.to_dict() for c in self.clauses],
            "loaded": [p.to_dict() for p in self.loaded],
            "lead_first": self.lead_first,
            "lead": self.lead.to_dict() if self.lead else None,
        }


@dataclass
class Framing:
    """Framing of every article of a story and the differences between outlets, stated plainly."""

    articles: list[ArticleFraming]
    differences: list[str]

    def to_dict(self) -> dict[str, Any]:
        """The framing as a JSON-ready dict."""
        return {
            "articles": [a.to_dict() for a in self.articles],
            "differences": list(self.differences),
        }


@dataclass
class TimelineEvent:
    """A dated event: the date expression, its resolved date and precision, and the sentence."""

    date: str | None
    precision: str | None
    expression: Passage
    sentence: Passage
    outlet: str | None
    relative: bool

    def to_dict(self) -> dict[str, Any]:
        """The event as a JSON-ready dict."""
        return {
            "date": self.date,
            "precision": self.precision,
            "relative": self.relative,
            "outlet": self.outlet,
            "expression": self.expression.to_dict(),
            "sentence": self.sentence.to_dict(),
        }


@dataclass
class EntityEntry:
    """A person, organisation or place across the story, with the articles mentioning it."""

    name: str
    key: str
    label: str
    articles: list[str]
    mentions: int
    passages: list[Passage]

    def to_dict(self) -> dict[str, Any]:
        """The entity as a JSON-ready dict."""
        return {
            "name": self.name,
            "key": self.key,
            "label": self.label,
            "articles": list(self.articles),
            "mentions": self.mentions,
            "passages": [p.to_dict() for p in self.passages],
        }


@dataclass
class Comparison:
    """Everything the comparison of one story found, ready for the briefing view model."""

    articles: list[str]
    origins: Origins
    agreements: list[Agreement]
    conflicts: list[Conflict]
    unique: list[UniqueFact]
    quotes: list[QuotePair]
    framing: Framing
    timeline: list[TimelineEvent]
    entities: list[EntityEntry]
    #: Articles left out of the comparison, each with the reason.
    rejected: list[Rejection] = field(default_factory=list)

    @property
    def independent_origins(self) -> int:
        """How many independent origins stand behind the story."""
        return self.origins.independent_origins

    def unique_by_outlet(self) -> dict[str, list[UniqueFact]]:
        """The facts only one article reports, grouped by outlet (the article id when unknown)."""
        groups: dict[str, list[UniqueFact]] = {}
        for fact in self.unique:
            groups.setdefault(fact.outlet or fact.article, []).append(fact)
        return groups

    def passages(self) -> list[Passage]:
        """Every passage any finding points at (for checking offsets)."""
        out: list[Passage] = []
        for art in self.origins.per_article:
            out.extend(c.passage for c in art.credits)
        for agreement in self.agreements:
            out.extend(agreement.passages)
        for conflict in self.conflicts:
            for value in conflict.values:
                out.extend((value.passage, value.sentence))
        for fact in self.unique:
            out.append(fact.passage)
            if fact.near:
                out.append(fact.near)
        for pair in self.quotes:
            out.extend((pair.first, pair.second))
            out.extend(pair.details.get("cut", []))
        for framing in self.framing.articles:
            out.extend(framing.loaded)
            if framing.lead:
                out.append(framing.lead)
            for clause in framing.clauses:
                out.extend(p for p in (clause.passage, clause.actor_passage) if p)
        for event in self.timeline:
            out.extend((event.expression, event.sentence))
        for entity in self.entities:
            out.extend(entity.passages)
        return out

    def to_dict(self) -> dict[str, Any]:
        """The comparison as a JSON-ready dict."""
        return {
            "articles": list(self.articles),
            "origins": [o.to_dict() for o in self.origins.origins],
            "independent_origins": self.independent_origins,
            "sources": [a.to_dict() for a in self.origins.per_article],
            "agreements": [a.to_dict() for a in self.agreements],
            "conflicts": [c.to_dict() for c in self.conflicts],
            "unique": [u.to_dict() for u in self.unique],
            "quotes": [q.to_dict() for q in self.quotes],
            "framing": self.framing.to_dict(),
            "timeline": [t.to_dict() for t in self.timeline],
            "entities": [e.to_dict() for e in self.entities],
            "rejected": [{"source": r.source, "reason": r.reason} for r in self.rejected],
        }
