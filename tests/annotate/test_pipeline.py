"""The annotate pipeline: every layer in order, batches, and one bad article never ends a run."""

from __future__ import annotations

from typing import Any

import pytest

from newsprism.annotate import LAYERS, annotate
from newsprism.annotate import pipeline as pipeline_module
from newsprism.annotate.pipeline import Layer, annotate_parsed
from newsprism.annotate.runtime import parse_texts
from newsprism.errors import SettingsError
from newsprism.model import Article, article_id
from newsprism.settings import Settings


def article(text: str, outlet: str | None = "The Daily Example") -> Article:
    return Article(id=article_id(text), text=text, source=f"test:{text[:10]}", outlet=outlet)


TEXT = (
    'The mayor said 40 houses burned, the Guardian reported.\n\n"We will rebuild," '
    "she told Reuters."
)


def test_annotate_fills_every_layer_with_offsets_into_the_text() -> None:
    (done,) = list(annotate([article(TEXT)], Settings()))
    assert tuple(done.layers) == LAYERS
    for name in LAYERS:
        for record in done.layers[name]:
            assert 0 <= record["start"] <= record["end"] <= len(TEXT)
    assert done.layers["sentences"]
    assert [c["text"] for c in done.layers["claims"]] == ["40"]
    assert {a["name"] for a in done.layers["attributions"]} == {"Guardian", "Reuters"}
    assert done.notes == []


def test_batches_keep_input_order() -> None:
    texts = [f"Item {i}: {i + 2} boats sank." for i in range(5)]
    out = list(annotate([article(t) for t in texts], Settings(batch_size=2)))
    assert [a.text for a in out] == texts
    assert [a.layers["claims"][-1]["text"] for a in out] == [str(i + 2) for i in range(5)]


def test_a_failing_layer_is_noted_and_the_rest_go_on(monkeypatch: Any) -> None:
    real = pipeline_module._layer_functions

    def broken(settings: Settings) -> dict[str, Any]:
        functions = real(settings)

        def fail(parsed: Any, layers: Any, s: Any, a: Article) -> list[Any]:
            if "boom" in a.text:
                raise ValueError("cannot read this")
            return functions["quotes"](parsed, layers, s, a)

        return {**functions, "quotes": fail}

    monkeypatch.setattr(pipeline_module, "_layer_functions", broken)
    bad, good = list(annotate([article("boom: 3 ships sank."), article(TEXT)], Settings()))
    assert bad.layers["quotes"] == []
    assert any("quotes layer failed" in n and "cannot read this" in n for n in bad.notes)
    assert bad.layers["claims"]  # later layers still ran
    assert good.notes == [] and good.layers["quotes"]


def test_records_outside_the_text_are_dropped_with_a_note() -> None:
    text = "Five boats sank."
    parsed = next(iter(parse_texts([text], Settings())))
    functions: dict[str, Layer] = {name: (lambda p, layers, s, a: []) for name in LAYERS}
    functions["claims"] = lambda p, layers, s, a: [{"start": 0, "end": 4}, {"start": 3, "end": 99}]
    done = annotate_parsed(article(text), parsed, Settings(), functions)
    assert done.layers["claims"] == [{"start": 0, "end": 4}]
    assert any("outside the text" in n for n in done.notes)


def test_an_unparseable_article_is_noted_and_the_batch_goes_on(monkeypatch: Any) -> None:
    real = pipeline_module.parse_texts

    def picky(texts: list[str], settings: Settings) -> Any:
        if any("poison" in t for t in texts):
            raise RuntimeError("tokenizer failure")
        return real(texts, settings)

    monkeypatch.setattr(pipeline_module, "parse_texts", picky)
    out = list(annotate([article("Two ships."), article("poison"), article("Nine cars.")]))
    assert [a.text for a in out] == ["Two ships.", "poison", "Nine cars."]
    assert any("could not be parsed" in n for n in out[1].notes)
    assert out[1].layers["claims"] == []
    assert out[0].layers["claims"] and out[2].layers["claims"]


def test_annotating_twice_gives_the_same_layers() -> None:
    first = list(annotate([article(TEXT)]))[0]
    again = list(annotate([first]))[0]
    assert again.layers == list(annotate([article(TEXT)]))[0].layers


def test_worker_processes_give_the_same_layers_in_order() -> None:
    texts = [f"Report {i}: {i + 3} ships sank, the Guardian reported." for i in range(6)]
    alone = list(annotate([article(t) for t in texts], Settings(batch_size=2)))
    pooled = list(annotate([article(t) for t in texts], Settings(batch_size=2, processes=2)))
    assert [a.text for a in pooled] == texts
    assert [a.layers for a in pooled] == [a.layers for a in alone]


def test_a_model_that_cannot_load_stops_the_run() -> None:
    with pytest.raises(SettingsError, match="no_such_model_xx"):
        list(annotate([article("Two ships.")], Settings(spacy_model="no_such_model_xx")))
