"""The attribute rules applied from tables give exactly what spaCy's AttributeRuler gives."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from newsprism.annotate.nlp import load_nlp
from newsprism.annotate.runtime import parse_texts
from newsprism.annotate.runtime_attributes import FastAttributes, FastLemmas
from newsprism.settings import Settings

SENTENCES = [
    "There is no way we ain't gonna finish, let's go, y'all.",
    "He said that it isn't true and that they've done it before.",
    "I did not see him; you gave it to me, and she's been there.",
    "Whether or not the 40 trucks left, which nobody knows, was nothin' new.",
    '"We got ta leave," said one of the drivers who did the job.',
    "C'mon, those were the days when I'm told they'd won.",
]


def test_tables_give_the_rulers_attributes() -> None:
    heavy = load_nlp(Settings().spacy_model, ("ner",))
    reference = list(heavy.pipe(SENTENCES))
    fast = FastAttributes(heavy.get_pipe("attribute_ruler"))
    lemmatizer = heavy.get_pipe("lemmatizer")
    with heavy.select_pipes(disable=["attribute_ruler", "lemmatizer"]):
        ours = list(heavy.pipe(SENTENCES))
    for doc in ours:
        fast(doc)
        lemmatizer(doc)
    for expected, got in zip(reference, ours, strict=True):
        assert [(t.pos_, t.lemma_, str(t.morph)) for t in got] == [
            (t.pos_, t.lemma_, str(t.morph)) for t in expected
        ]


def test_parse_texts_uses_the_tables_and_keeps_pos_and_lemmas() -> None:
    parsed = next(iter(parse_texts(["Officials said 40 homes burned."], Settings())))
    (sent,) = list(parsed.doc.sents)
    doc = parsed.parse_of(sent)
    assert [(t.pos_, t.lemma_) for t in doc][:3] == [("NOUN", "official"), ("VERB", "say"),
                                                      ("NUM", "40")]  # fmt: skip


def test_unsupported_rules_are_refused() -> None:
    vocab = load_nlp(Settings().spacy_model, ("ner",)).vocab
    ruler = SimpleNamespace(
        vocab=vocab,
        attrs=[{}],
        indices=[0],
        patterns=[{"patterns": [[{"LENGTH": 3}]], "attrs": {}}],
    )
    with pytest.raises(ValueError, match="LENGTH"):
        FastAttributes(ruler)
    ruler.patterns = [{"patterns": [[{"LOWER": {"FUZZY": "x"}}]], "attrs": {}}]
    with pytest.raises(ValueError, match="FUZZY"):
        FastAttributes(ruler)


def test_cached_lemmas_equal_the_lemmatizers() -> None:
    heavy = load_nlp(Settings().spacy_model, ("ner",))
    reference = list(heavy.pipe(SENTENCES * 2))
    fast = FastAttributes(heavy.get_pipe("attribute_ruler"))
    lemmas = FastLemmas(heavy.get_pipe("lemmatizer"))
    with heavy.select_pipes(disable=["attribute_ruler", "lemmatizer"]):
        ours = list(heavy.pipe(SENTENCES * 2))  # twice: the second round reads the cache
    for doc in ours:
        fast(doc)
        lemmas(doc)
    for expected, got in zip(reference, ours, strict=True):
        assert [t.lemma_ for t in got] == [t.lemma_ for t in expected]


def test_cached_lemmas_need_a_rule_lemmatizer() -> None:
    with pytest.raises(ValueError, match="rule"):
        FastLemmas(SimpleNamespace(mode="lookup"))
