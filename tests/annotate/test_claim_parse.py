"""Reading what an amount counts, and who asserts it, from a sentence parse."""

from __future__ import annotations

from typing import Any

from newsprism.annotate.claim_parse import counted_head, counted_span, local_asserter
from newsprism.annotate.nlp import load_nlp


def parsed(sentence: str) -> Any:
    return load_nlp()(sentence)


def counted(sentence: str, after: str) -> str | None:
    doc = parsed(sentence)
    span = counted_span(doc, sentence.index(after) + len(after))
    return sentence[span[0] : span[1]] if span else None


def asserter(sentence: str, amount: str) -> str | None:
    doc = parsed(sentence)
    start = sentence.index(amount)
    span = local_asserter(doc, start, start + len(amount))
    return sentence[span[0] : span[1]] if span else None


def test_counted_reads_past_of_and_keeps_conjuncts() -> None:
    sentence = "Hundreds of rebel fighters and their relatives were allowed to leave."
    assert counted(sentence, "Hundreds") == "rebel fighters and their relatives"


def test_counted_takes_the_scope_after_a_comma() -> None:
    sentence = "They rescued 200 people, including women and children, from the roof."
    assert counted(sentence, "200") == "people, including women and children"


def test_counted_is_none_when_no_noun_follows() -> None:
    assert counted("The total rose to 50.", "50") is None


def test_asserter_is_the_subject_of_the_speech_verb() -> None:
    sentence = "Local officials said that 30 homes had burned."
    assert asserter(sentence, "30") == "Local officials"


def test_asserter_drops_relative_clauses() -> None:
    sentence = "One of the drivers who carried them told reporters that 40 trucks left."
    assert asserter(sentence, "40") == "One of the drivers"


def test_according_to_names_the_asserter() -> None:
    sentence = "The line was 3km long, according to a witness."
    assert asserter(sentence, "3km") == "a witness"


def test_no_speech_no_asserter() -> None:
    assert asserter("Ten trucks were loaded with grain.", "Ten") is None


def test_subject_holding_the_amount_is_not_its_asserter() -> None:
    assert asserter("Fifty residents said they would leave.", "Fifty") is None


def test_counted_head_is_the_common_noun_before_conjuncts() -> None:
    sentence = "Hundreds of Islamic State fighters and their family members left."
    doc = parsed(sentence)
    start = sentence.index("Islamic")
    end = sentence.index(" left")
    assert counted_head(doc, start, end) == "fighter"
    scope = "They saved 4,000 people, including women and children."
    start = scope.index("people")
    assert counted_head(parsed(scope), start, len(scope) - 1) == "people"
