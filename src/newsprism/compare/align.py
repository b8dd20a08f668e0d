"""Alignment of sentences across a story's articles: similarity proposes, fields decide.

Sentence embeddings (when available) and content-word overlap only propose candidate pairs.
Whether a pair states the same fact is decided by its fields: negation, amounts and what they
count, named entities, and the agent of a shared verb. A negated copy or a changed number
never counts as agreement.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from newsprism.compare.counted import counted_head, same_thing
from newsprism.compare.options import CompareOptions
from newsprism.compare.units import Unit

__all__ = ["Pair", "Verdict", "align", "decide", "similarities"]

log = logging.getLogger(__name__)

# Entity labels whose values must match when both sentences name one.
_NAMED_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "DATE", "EVENT"})
# Relative difference under which two exact amounts are one number (rounding in conversions).
_TOLERANCE = 0.005
_DIGITS = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")
_PRONOUNS = frozenset(
    {"i", "me", "we", "us", "you", "he", "him", "she", "her", "it", "they", "them", "this",
     "that", "these", "those", "who", "which", "one"}
)  # fmt: skip


@dataclass(frozen=True)
class Verdict:
    """Whether two candidate sentences state the same fact, and if not, why."""

    agree: bool
    reason: str | None = None


@dataclass
class Pair:
    """Two sentences of different articles proposed as the same fact, with the verdict."""

    a: Unit
    b: Unit
    score: float
    verdict: Verdict


def _shared_words(units: Sequence[Unit]) -> tuple[np.ndarray, np.ndarray]:
    """Counts of distinct content words shared by each pair of units, and each unit's count."""
    from scipy.sparse import csr_matrix

    vocabulary: dict[str, int] = {}
    rows: list[int] = []
    cols: list[int] = []
    for i, unit in enumerate(units):
        for word in set(unit.words):
            rows.append(i)
            cols.append(vocabulary.setdefault(word, len(vocabulary)))
    matrix = csr_matrix(
        (np.ones(len(rows), dtype=np.float32), (rows, cols)),
        shape=(len(units), max(1, len(vocabulary))),
    )
    shared = np.asarray((matrix @ matrix.T).todense(), dtype=np.float32)
    return shared, np.asarray(matrix.sum(axis=1), dtype=np.float32).ravel()


def _embeddings(units: Sequence[Unit], options: CompareOptions) -> np.ndarray | None:
    """Sentence embeddings of the units, or None when off or unavailable."""
    if not options.embeddings:
        return None
    try:
        from newsprism.group.embed import embed
    except ImportError:
        return None
    try:
        return embed([u.text for u in units])
    except Exception as exc:  # noqa: BLE001 - a missing model only costs the embedding signal
        log.warning("sentence embeddings unavailable, using word overlap only: %s", exc)
        return None


def similarities(units: Sequence[Unit], options: CompareOptions) -> np.ndarray:
    """Pairwise candidate scores of units: the larger of embedding cosine and word containment.

    Containment counts only when the pair shares at least three content words, so a short
    sentence is not proposed for every long one that happens to hold its two words.
    """
    n = len(units)
    scores = np.zeros((n, n), dtype=np.float32)
    vectors = _embeddings(units, options)
    if vectors is not None and len(vectors):
        scores = np.clip(vectors @ vectors.T, 0.0, 1.0).astype(np.float32)
    shared, sizes = _shared_words(units)
    smaller = np.minimum.outer(sizes, sizes).astype(np.float32)
    contained = np.divide(shared, smaller, out=np.zeros_like(smaller), where=smaller > 0)
    # Containment is scaled to the embedding threshold's range so both signals mean the same
    # when compared against one cut-off.
    value = np.minimum(contained * options.embedding_similarity / options.containment, 1.0)
    value[shared < 3] = 0.0
    np.fill_diagonal(value, 0.0)
    scores = np.maximum(scores, value.astype(np.float32))
    return scores


def _precise(amount: dict[str, Any]) -> bool:
    """Whether an amount is stated exactly: a number or a range, neither vague nor hedged."""
    vague = amount.get("vague")
    if vague is None:
        vague = amount.get("value") is None and amount.get("low") != amount.get("high")
    return not vague and not amount.get("hedge")


def _same(x: float, y: float) -> bool:
    """Whether two numbers are equal up to the rounding tolerance."""
    return abs(x - y) <= _TOLERANCE * max(abs(x), abs(y), 1.0)


def _overlaps(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether two amounts can state the same quantity.

    Two exact amounts must be equal (a changed range end is a changed number); when either is
    vague or hedged ("about 50", "hundreds") their intervals need only overlap.
    """
    a_low, a_high, b_low, b_high = (float(v) for v in (a["low"], a["high"], b["low"], b["high"]))
    if _precise(a) and _precise(b):
        return _same(a_low, b_low) and _same(a_high, b_high)
    return a_low <= b_high and b_low <= a_high


def _amount_verdict(a: Unit, b: Unit, options: CompareOptions) -> Verdict | None:
    """A rejection when one of a's amounts has rivals in b and none can be the same."""
    for x in a.amounts:
        rivals = [y for y in b.amounts if same_thing(x, y, options) is not False]
        if not rivals:
            continue
        if any(_overlaps(x, y) for y in rivals):
            matched = [y for y in rivals if _overlaps(x, y)]
            heads = {counted_head(y, options) for y in matched} - {""}
            head = counted_head(x, options)
            if head and heads and head not in heads:
                return Verdict(False, f"counts {head} where the other counts {sorted(heads)[0]}")
            continue
        other = rivals[0].get("text")
        return Verdict(False, f"amount differs: {x.get('text')!r} against {other!r}")
    return None


def _matched(unit: Unit, other: Unit, options: CompareOptions) -> list[dict[str, Any]]:
    """The unit's amounts that overlap an amount of the same thing in the other unit."""
    return [
        x
        for x in unit.amounts
        if any(same_thing(x, y, options) is not False and _overlaps(x, y) for y in other.amounts)
    ]


def _digits(unit: Unit, matched: list[dict[str, Any]]) -> Counter[str]:
    """Numbers written in digits, leaving out amounts already matched with the other side."""
    text = list(unit.text)
    for amount in matched:
        start = max(0, int(amount["start"]) - unit.start)
        end = min(len(text), int(amount["end"]) - unit.start)
        text[start:end] = " " * max(0, end - start)
    return Counter(m.replace(",", "") for m in _DIGITS.findall("".join(text)))


def _digit_verdict(a: Unit, b: Unit, options: CompareOptions) -> Verdict | None:
    """A safety net for numbers the claims layer read on one side only, or not at all.

    When both sentences write numbers in digits and neither's numbers contain the other's, a
    number was changed ("in 2017" and "in 2018", "12 died" and "21 died"). Amounts already
    matched as overlapping intervals ("about 50" and "52") are left out.
    """
    da, db = _digits(a, _matched(a, b, options)), _digits(b, _matched(b, a, options))
    if da and db and da - db and db - da:
        return Verdict(False, f"numbers differ: {', '.join(sorted(da - db))} against "
                       f"{', '.join(sorted(db - da))}")  # fmt: skip
    return None


def _entity_verdict(a: Unit, b: Unit) -> Verdict | None:
    """A rejection when both sentences name entities of one label and share none."""
    for label in _NAMED_LABELS:
        ea = {k for k, v in a.entities.items() if v == label}
        eb = {k for k, v in b.entities.items() if v == label}
        if ea and eb and not ea & eb and not _loosely_shared(ea, eb):
            return Verdict(False, f"different {label}: {sorted(ea)[0]} against {sorted(eb)[0]}")
    return None


def _loosely_shared(ea: set[str], eb: set[str]) -> bool:
    # "dillon" and "ryan dillon" are one person when the layer did not resolve the short form.
    """Whether two sets of entity keys share a word."""
    words_a = {w for k in ea for w in k.split()}
    words_b = {w for k in eb for w in k.split()}
    return bool(words_a & words_b)


def _agents(doc: Any) -> dict[str, str]:
    """Verb lemma -> lemma of its subject or passive agent in a parsed sentence."""
    found: dict[str, str] = {}
    for token in doc:
        if token.pos_ not in {"VERB", "AUX"}:
            continue
        for child in token.children:
            if child.dep_ == "nsubj" or (child.dep_ == "agent" and any(child.children)):
                head = child if child.dep_ == "nsubj" else next(iter(child.children))
                if head.lower_ not in _PRONOUNS and head.pos_ in {"NOUN", "PROPN"}:
                    found[token.lemma_.lower()] = head.lemma_.lower()
    return found


class AgentParser:
    """Finds the doer of each verb in a sentence with spaCy, parsing each sentence once."""

    def __init__(self, model: str) -> None:
        """A parser over the named spaCy pipeline (loaded on first use)."""
        self.model = model
        self._cache: dict[tuple[str, str, int], dict[str, str]] = {}

    def prepare(self, units: Sequence[Unit]) -> None:
        """Parse the units not parsed yet in one batch (much cheaper than one at a time)."""
        todo = {(u.article.id, u.source, u.start): u for u in units}
        todo = {k: u for k, u in todo.items() if k not in self._cache}
        if not todo:
            return
        from newsprism.annotate.nlp import load_parser

        docs = load_parser(self.model).pipe([u.text for u in todo.values()], batch_size=64)
        for key, doc in zip(todo, docs, strict=True):
            self._cache[key] = _agents(doc)

    def agents(self, unit: Unit) -> dict[str, str]:
        """Verb lemma -> lemma of its subject (active) or agent (passive), pronouns left out."""
        key = (unit.article.id, unit.source, unit.start)
        if key not in self._cache:
            from newsprism.annotate.nlp import load_parser

            self._cache[key] = _agents(load_parser(self.model)(unit.text))
        return self._cache[key]


def _agent_verdict(a: Unit, b: Unit, parser: AgentParser | None) -> Verdict | None:
    """A rejection when a verb both sentences use has different doers."""
    if parser is None:
        return None
    agents_a, agents_b = parser.agents(a), parser.agents(b)
    for verb in set(agents_a) & set(agents_b):
        doer_a, doer_b = agents_a[verb], agents_b[verb]
        if doer_a != doer_b and doer_a not in b.words and doer_b not in a.words:
            return Verdict(False, f"different agent of {verb!r}: {doer_a} against {doer_b}")
    return None


def decide(a: Unit, b: Unit, options: CompareOptions, parser: AgentParser | None = None) -> Verdict:
    """Whether two sentences state the same fact, judged on their fields, not their similarity."""
    if a.negated != b.negated:
        negated = a if a.negated else b
        return Verdict(False, f"negated in {negated.article.outlet or negated.article.id}")
    for check in (
        _amount_verdict(a, b, options),
        _amount_verdict(b, a, options),
        _digit_verdict(a, b, options),
        _entity_verdict(a, b),
    ):
        if check is not None:
            return check
    agent = _agent_verdict(a, b, parser)
    return agent or Verdict(True)


def align(
    units: Sequence[Unit], options: CompareOptions, parser: AgentParser | None = None
) -> tuple[list[Pair], np.ndarray]:
    """Candidate pairs across articles with their verdicts, and the full score matrix.

    A pair is kept when each sentence is the other's best candidate in that article, or when
    the two are nearly identical (a caption repeating a body sentence), so one long sentence
    does not chain unrelated facts together.
    """
    scores = similarities(units, options)
    articles = np.array([u.article.id for u in units])
    sizes = np.array([len(set(u.words)) for u in units])
    # best[i, k]: unit i's best score against any sentence of the k-th article.
    names = sorted(set(articles.tolist()))
    best = np.stack([(scores * (articles == name)).max(axis=1) for name in names], axis=1)
    column = {name: k for k, name in enumerate(names)}
    candidates = np.argwhere(np.triu(scores >= options.embedding_similarity, k=1))
    kept: list[tuple[int, int]] = []
    for i, j in candidates.tolist():
        if articles[i] == articles[j] or min(sizes[i], sizes[j]) < options.min_words:
            continue
        score = float(scores[i, j])
        mutual = score >= best[i, column[articles[j]]] and score >= best[j, column[articles[i]]]
        if mutual or score >= options.near_identical:
            kept.append((i, j))
    if parser is not None:
        parser.prepare([units[k] for pair in kept for k in pair])
    pairs = [
        Pair(units[i], units[j], float(scores[i, j]), decide(units[i], units[j], options, parser))
        for i, j in kept
    ]
    return pairs, scores
