"""The annotation pipeline: the layers in their order, run over articles in batches.

Each layer is a function of the parsed text, the layers computed before it and the settings.
A layer that fails on one article leaves a note on that article and the rest go on.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from functools import partial
from typing import Any

from newsprism.annotate.runtime import ParsedText, parse_texts
from newsprism.errors import SettingsError
from newsprism.model import Article
from newsprism.settings import Settings

__all__ = ["LAYERS", "Layer", "annotate", "annotate_parsed"]

Layer = Callable[[ParsedText, dict[str, list[dict[str, Any]]], Settings, Article], list[Any]]

_START_METHODS = multiprocessing.get_all_start_methods()

#: The layers, in the order they are computed (each may read those before it).
LAYERS: tuple[str, ...] = ("sentences", "entities", "quotes", "attributions", "claims")


def _layer_functions(settings: Settings) -> dict[str, Layer]:
    """The function computing each layer (imported late: spaCy loads only when annotating)."""
    from newsprism.annotate.attributions import find_attributions
    from newsprism.annotate.claims import conventions_from, find_claims
    from newsprism.annotate.entities import find_entities, find_sentences
    from newsprism.annotate.quotes import find_quotes

    conventions = conventions_from(settings)  # a bad [claims] table fails here, once
    claims = partial(find_claims, conventions=conventions)
    return {
        "sentences": lambda p, layers, s, a: find_sentences(p),
        "entities": lambda p, layers, s, a: find_entities(p, layers, s),
        "quotes": lambda p, layers, s, a: find_quotes(p, layers, s),
        "attributions": lambda p, layers, s, a: find_attributions(p, layers, s),
        "claims": lambda p, layers, s, a: claims(p, layers, s, a.outlet),
    }


def _offsets_ok(record: dict[str, Any], length: int) -> bool:
    start, end = record.get("start"), record.get("end")
    return isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= length


def annotate_parsed(
    article: Article,
    parsed: ParsedText,
    settings: Settings,
    functions: dict[str, Layer] | None = None,
) -> Article:
    """Fill ``article.layers`` from its parsed text, layer by layer, noting any layer that fails.

    A failed layer is stored empty (later layers run without it); a record whose offsets fall
    outside the text is dropped with a note, so every offset kept points into ``article.text``.
    """
    functions = functions or _layer_functions(settings)
    layers: dict[str, list[dict[str, Any]]] = {}
    length = len(article.text)
    for name in LAYERS:
        try:
            records = functions[name](parsed, layers, settings, article)
        except Exception as exc:  # noqa: BLE001 - one bad article must never end the batch
            article.notes.append(f"annotate: {name} layer failed ({type(exc).__name__}: {exc})")
            records = []
        kept = [r for r in records if _offsets_ok(r, length)]
        if len(kept) < len(records):
            article.notes.append(
                f"annotate: {len(records) - len(kept)} {name} record(s) with offsets outside "
                "the text dropped"
            )
        layers[name] = kept
    article.layers.update(layers)
    return article


def _parse_each(articles: list[Article], settings: Settings) -> Iterator[ParsedText | Exception]:
    """Parse a batch; if spaCy fails on the batch, parse article by article to isolate the fault."""
    try:
        yield from list(parse_texts([a.text for a in articles], settings))
        return
    except SettingsError:
        raise  # the model cannot load: no article can be annotated, so the run stops
    except Exception:  # noqa: BLE001 - retried one by one below
        pass
    for article in articles:
        try:
            yield next(iter(parse_texts([article.text], settings)))
        except Exception as exc:  # noqa: BLE001 - reported on the article
            yield exc


def _batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    batch: list[Article] = []
    for article in articles:
        batch.append(article)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def annotate(articles: Iterable[Article], settings: Settings | None = None) -> Iterator[Article]:
    """Annotate articles in batches of ``settings.batch_size``, yielding each in input order.

    Fills ``article.layers`` with sentences, entities, quotes, attributions and claims. An
    article that cannot be annotated keeps empty layers and a note saying why; a model that
    cannot be loaded raises SettingsError. With
    ``settings.processes`` above 1, batches are spread over that many worker processes.
    """
    settings = settings or Settings()
    functions = _layer_functions(settings)
    batches = _batches(articles, max(1, settings.batch_size))
    if settings.processes > 1:
        yield from _annotate_in_workers(batches, settings, functions)
        return
    for batch in batches:
        yield from _annotate_batch(batch, settings, functions)


def _worker_batch(batch: list[Article], settings: Settings) -> list[Article]:
    """One batch annotated in a worker process (layer functions are set up per process)."""
    return list(_annotate_batch(batch, settings, _layer_functions(settings)))


def _annotate_in_workers(
    batches: Iterator[list[Article]], settings: Settings, functions: dict[str, Layer]
) -> Iterator[Article]:
    """Batches annotated by a pool of worker processes, yielded in input order.

    At most two batches per worker are in flight, so a long input never sits in memory whole.
    A batch whose worker fails is annotated again in this process.
    """
    context = multiprocessing.get_context("fork" if "fork" in _START_METHODS else "spawn")
    with ProcessPoolExecutor(settings.processes, mp_context=context) as pool:
        pending: deque[tuple[list[Article], Future[list[Article]]]] = deque()
        for batch in batches:
            pending.append((batch, pool.submit(_worker_batch, batch, settings)))
            if len(pending) >= 2 * settings.processes:
                yield from _collect(*pending.popleft(), settings, functions)
        while pending:
            yield from _collect(*pending.popleft(), settings, functions)


def _collect(
    batch: list[Article],
    future: Future[list[Article]],
    settings: Settings,
    functions: dict[str, Layer],
) -> Iterator[Article]:
    try:
        yield from future.result()
    except Exception:  # noqa: BLE001 - a lost worker must not lose its batch
        yield from _annotate_batch(batch, settings, functions)


def _annotate_batch(
    batch: list[Article], settings: Settings, functions: dict[str, Layer]
) -> Iterator[Article]:
    for article, parsed in zip(batch, _parse_each(batch, settings), strict=True):
        if isinstance(parsed, Exception):
            article.notes.append(
                f"annotate: text could not be parsed ({type(parsed).__name__}: {parsed})"
            )
            article.layers.update({name: [] for name in LAYERS})
        else:
            annotate_parsed(article, parsed, settings, functions)
        yield article
