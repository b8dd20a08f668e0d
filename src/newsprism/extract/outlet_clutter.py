"""Learned outlet clutter: lines that recur across one outlet's articles are that outlet's clutter.

A sign-off, a standing prompt or a recurring disclaimer is hard to recognise in one article but
plain to see across several from the same outlet: a body paragraph is written once, boilerplate
is repeated. Learning is a map step over a corpus (:func:`learn_outlet_clutter`); applying the
learned lines to one article is a pure per-article step (:func:`apply_outlet_clutter`).
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter, defaultdict
from collections.abc import Iterable

from newsprism.model import Article, ClutterLine, article_id, normalise_text

__all__ = ["apply_outlet_clutter", "article_lines", "learn_outlet_clutter"]

#: Two articles sharing more than this share of their lines are versions of one article.
SAME_ARTICLE_OVERLAP = 0.5
#: Longest line learned as clutter, in words: boilerplate is short, while a long paragraph that
#: recurs is more likely background an outlet reuses across follow-up stories.
MAX_LEARNED_WORDS = 60
_BLANK_RUNS = re.compile(r"\n{3,}")


def article_lines(article: Article) -> list[str]:
    """The non-blank lines (paragraphs) of an article's text, stripped."""
    return [line.strip() for line in article.text.splitlines() if line.strip()]


def _line_keys(article: Article) -> set[str]:
    return {
        normalise_text(line)
        for line in article_lines(article)
        if len(line.split()) <= MAX_LEARNED_WORDS
    }


def learn_outlet_clutter(articles: Iterable[Article], min_repeats: int) -> dict[str, set[str]]:
    """Lines found in at least ``min_repeats`` distinct articles of one outlet, by outlet.

    Lines are returned in :func:`newsprism.model.normalise_text` form. Articles without an
    outlet teach nothing; the same article seen twice, or two versions of one article (most of
    their lines shared), count once, so an updated story does not turn its own paragraphs into
    clutter. Lines longer than :data:`MAX_LEARNED_WORDS` words are never learned.
    ``min_repeats`` below 2 is raised to 2: a line seen once recurs nowhere.
    """
    min_repeats = max(2, min_repeats)
    kept: dict[str, list[set[str]]] = defaultdict(list)
    seen_ids: set[str] = set()
    for article in articles:
        if not article.outlet or article.id in seen_ids:
            continue
        seen_ids.add(article.id)
        keys = _line_keys(article)
        if not keys:
            continue
        versions = kept[article.outlet]
        if any(
            len(keys & other) > SAME_ARTICLE_OVERLAP * min(len(keys), len(other))
            for other in versions
        ):
            continue
        versions.append(keys)
    learned: dict[str, set[str]] = {}
    for outlet, line_sets in kept.items():
        counts = Counter(key for keys in line_sets for key in keys)
        lines = {key for key, count in counts.items() if count >= min_repeats}
        if lines:
            learned[outlet] = lines
    return learned


def apply_outlet_clutter(article: Article, lines: set[str]) -> Article:
    """The article with every line found in ``lines`` moved from its text to its clutter.

    ``lines`` are in :func:`normalise_text` form (as :func:`learn_outlet_clutter` returns them).
    The id is recomputed from the new text and annotation layers, whose offsets no longer hold,
    are dropped. An article all of whose lines match is returned unchanged: learned clutter
    never empties an article.
    """
    if not lines:
        return article
    outlet = article.outlet or "this outlet's"
    reason = f"recurs across {outlet} articles"
    removed: list[ClutterLine] = []
    kept: list[str] = []
    for line in article.text.split("\n"):
        if line.strip() and normalise_text(line) in lines:
            removed.append(ClutterLine(line.strip(), reason))
        else:
            kept.append(line)
    if not removed:
        return article
    text = _BLANK_RUNS.sub("\n\n", "\n".join(kept)).strip()
    if not text:
        return article
    return dataclasses.replace(
        article,
        id=article_id(text),
        text=text,
        clutter=[*article.clutter, *removed],
        layers={},
    )
