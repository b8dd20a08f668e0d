"""Per-story comparison: origins, agreements, conflicts, unique facts, quotes, framing, timeline.

:func:`compare_story` takes the annotated articles of one story and returns a
:class:`~newsprism.compare.model.Comparison` whose every finding points at offsets in the
articles' texts.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from newsprism.annotate.nlp import load_parser
from newsprism.compare.agreements import build_agreements
from newsprism.compare.align import AgentParser, align
from newsprism.compare.conflicts import build_conflicts
from newsprism.compare.entities import build_entities
from newsprism.compare.framing import build_framing
from newsprism.compare.headlines import headline_units
from newsprism.compare.model import Comparison, Passage
from newsprism.compare.options import CompareOptions
from newsprism.compare.origins import find_origins
from newsprism.compare.quotes import build_quotes
from newsprism.compare.timeline import build_timeline
from newsprism.compare.unique import build_unique
from newsprism.compare.units import units_of
from newsprism.compare.validate import layer_problem
from newsprism.errors import InputError
from newsprism.model import Article, Rejection
from newsprism.settings import Settings

__all__ = ["CompareOptions", "Comparison", "Passage", "compare_story"]


def compare_story(
    articles: Sequence[Article],
    settings: Settings | None = None,
    copies: Mapping[str, str] | None = None,
) -> Comparison:
    """Compare the annotated articles of one story.

    ``copies`` maps an article id to the id of the original it copies (from copy detection);
    a copy whose original is in the story counts in origins, framing and cast only.
    Two articles with one id are one article: the later is dropped. An article without text or
    with a layer record pointing outside its text is left out and listed in
    ``Comparison.rejected`` with the reason; when no article is left, an
    :class:`~newsprism.errors.InputError` says why.
    """
    settings = settings or Settings()
    options = CompareOptions.from_settings(settings)
    kept, rejected = _usable(articles)
    origins = find_origins(kept, copies)
    # A copy of an article in the story says nothing its original does not: it counts in the
    # origins, framing and cast, but adds no agreement, conflict, quote or date of its own.
    ids = {a.id for a in kept}
    compared = [a for a in kept if (copies or {}).get(a.id) not in ids]
    nlp = load_parser(settings.spacy_model)
    units = [u for a in compared for u in headline_units(a, settings, nlp) + units_of(a)]
    pairs, scores = align(units, options, AgentParser(settings.spacy_model))
    return Comparison(
        articles=[a.id for a in kept],
        origins=origins,
        agreements=build_agreements(pairs, origins, units, scores, options.group_similarity),
        conflicts=build_conflicts(units, scores, options),
        unique=build_unique(units, pairs, scores, options),
        quotes=build_quotes(compared, options),
        framing=build_framing(kept, settings),
        timeline=build_timeline(compared),
        entities=build_entities(kept),
        rejected=rejected,
    )


def _usable(articles: Sequence[Article]) -> tuple[list[Article], list[Rejection]]:
    """The articles that can be compared (first of each id) and the rejected ones with reasons."""
    kept: list[Article] = []
    rejected: list[Rejection] = []
    seen: set[str] = set()
    for article in articles:
        if article.id in seen:
            continue
        seen.add(article.id)
        problem = layer_problem(article)
        if problem:
            rejected.append(Rejection(article.source or article.id, problem))
        else:
            kept.append(article)
    if not kept:
        reasons = "; ".join(str(r) for r in rejected) or "no articles given"
        raise InputError("story", f"nothing to compare ({reasons})")
    return kept, rejected
