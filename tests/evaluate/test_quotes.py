"""Tests of the PolNeAR quote evaluation: the scoring rules, and the dev scores pinned."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from newsprism.evaluate.polnear import GoldAttribution, PolnearArticle
from newsprism.evaluate.quotes import evaluate_quotes, score_article, trim

_TEXT = '"We will win," Smith said. Jones said the vote was "rigged" and late.'


def _record(text: str, part: str, kind: str, speaker: str | None, mention: str) -> dict[str, Any]:
    start = text.index(part)
    s_start = text.index(mention)
    return {
        "kind": kind,
        "start": start,
        "end": start + len(part),
        "speaker": speaker,
        "speaker_start": s_start,
        "speaker_end": s_start + len(mention),
        "cue_start": None,
        "cue_end": None,
    }


def _span(text: str, part: str) -> tuple[tuple[int, int], ...]:
    start = text.index(part)
    return ((start, start + len(part)),)


def _article() -> PolnearArticle:
    gold = (
        GoldAttribution(
            _span(_TEXT, "Smith"), _span(_TEXT, "said"), _span(_TEXT, '"We will win,"')
        ),
        GoldAttribution(
            _span(_TEXT, "Jones"),
            _span(_TEXT, "said the")[:1],
            _span(_TEXT, 'the vote was "rigged" and late'),
        ),
    )
    return PolnearArticle("t", _TEXT, gold)


def test_trim_drops_marks_and_edge_punctuation() -> None:
    text = '  "Yes, we can,"  '
    start, end = trim(text, 0, len(text))
    assert text[start:end] == "Yes, we can"


def test_trim_drops_no_break_spaces_too() -> None:
    text = "Trump\xa0 said"
    assert trim(text, 0, 6) == (0, 5)


def test_doubled_single_marks_make_a_gold_direct_quote() -> None:
    text = "''We will win,'' Smith said."
    content = _span(text, "We will win,")
    gold = (GoldAttribution(_span(text, "Smith"), _span(text, "said"), content),)
    record = _record(text, "''We will win,''", "direct", "Smith", "Smith")
    scores = score_article(PolnearArticle("t", text, gold), [record])
    assert scores.direct_exact.tp == scores.direct_exact.gold == 1


def test_direct_quote_matched_with_right_speaker() -> None:
    record = _record(_TEXT, '"We will win,"', "direct", "John Smith", "Smith")
    scores = score_article(_article(), [record])
    assert scores.direct_exact.tp == 1 and scores.direct_exact.gold == 1
    assert scores.speaker_right == scores.speaker_judged == 1


def test_wrong_speaker_and_missing_quote_count_against() -> None:
    record = _record(_TEXT, '"We will win,"', "direct", "Jones", "Jones")
    scores = score_article(_article(), [record])
    assert scores.speaker_judged == 1 and scores.speaker_right == 0
    assert score_article(_article(), []).direct_overlap.recall == 0.0


def test_partial_quote_inside_indirect_content_is_not_scored() -> None:
    record = _record(_TEXT, '"rigged"', "partial", "Jones", "Jones")
    scores = score_article(_article(), [record])
    assert scores.direct_overlap.predicted == 0


def test_speakerless_scare_quote_is_not_a_prediction() -> None:
    record = _record(_TEXT, '"We will win,"', "direct", None, "Smith")
    assert score_article(_article(), [record]).direct_overlap.predicted == 0


def test_all_attribution_spans_match_exactly() -> None:
    record = _record(_TEXT, '"We will win,"', "direct", "Smith", "Smith")
    record["cue_start"] = _TEXT.index("said")
    record["cue_end"] = record["cue_start"] + 4
    scores = score_article(_article(), [record])
    assert (scores.source.tp, scores.source.gold) == (1, 2)
    assert scores.cue.tp == 1 and scores.content.tp == 1
    assert scores.source.precision == 1.0 and scores.source.recall == 0.5


def test_cueless_quote_after_an_indirect_one_is_part_of_it() -> None:
    text = 'Jones said the vote was late. "It was rigged." Smith agreed.'
    indirect = _record(text, "the vote was late", "indirect", "Jones", "Jones")
    indirect["cue_start"] = text.index("said")
    indirect["cue_end"] = indirect["cue_start"] + 4
    going_on = _record(text, '"It was rigged."', "direct", "Jones", "Jones")
    gold = (GoldAttribution(_span(text, "Jones"), _span(text, "said"), _span(text, "the vote")),)
    scores = score_article(PolnearArticle("t", text, gold), [indirect, going_on])
    assert (scores.source.tp, scores.source.predicted) == (1, 1)


@pytest.fixture(scope="module")
def dev_scores(shared_data: Path) -> Any:
    """The quote evaluation over the whole PolNeAR dev split (about a minute)."""
    return evaluate_quotes(shared_data / "bench" / "quotes-polnear" / "dev")


def test_dev_direct_quotes_floor(dev_scores: Any) -> None:
    assert dev_scores.articles == 84
    assert dev_scores.direct_overlap.f1 >= 0.920
    assert dev_scores.direct_exact.f1 >= 0.911


def test_dev_speaker_accuracy_floor(dev_scores: Any) -> None:
    assert dev_scores.speaker_accuracy >= 0.940


def test_dev_all_attributions_floor(dev_scores: Any) -> None:
    assert dev_scores.source.f1 >= 0.715
    assert dev_scores.cue.f1 >= 0.667
    assert dev_scores.content.f1 >= 0.498


def test_quote_pieces_and_partial_quotes_join_into_one_attribution() -> None:
    from newsprism.evaluate.quotes import _attributions

    base = {"speaker_start": 0, "speaker_end": 5, "speaker": "Smith"}
    pieces = [
        {**base, "kind": "direct", "start": 10, "end": 20, "cue_start": 22, "cue_end": 26},
        {**base, "kind": "direct", "start": 30, "end": 40, "cue_start": None, "cue_end": None},
        {**base, "kind": "indirect", "start": 50, "end": 90, "cue_start": 45, "cue_end": 49},
        {**base, "kind": "partial", "start": 60, "end": 70, "cue_start": 45, "cue_end": 49},
    ]
    joined = _attributions(pieces)
    assert [(a["start"], a["end"]) for a in joined] == [(10, 40), (50, 90)]
