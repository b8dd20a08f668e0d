"""Tests of quotation-mark pairing."""

from __future__ import annotations

from newsprism.annotate.quote_marks import find_quote_spans


def _texts(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_quote_spans(text)]


def test_straight_and_curly_marks_pair() -> None:
    text = 'He said "yes." She said \u201cno.\u201d'
    assert _texts(text) == ['"yes."', "\u201cno.\u201d"]


def test_nested_single_quotes_stay_inside() -> None:
    text = "\u201cOur strategy, 'by, with and through' partners,\u201d he said."
    spans = find_quote_spans(text)
    assert len(spans) == 1 and spans[0].end == text.index(" he")


def test_apostrophes_are_not_quotes() -> None:
    assert _texts("We didn't go to ISIS' capital, it's far.") == []


def test_single_quoted_phrase_outside_double_quotes() -> None:
    assert _texts("a 'day of reckoning' came") == ["'day of reckoning'"]


def test_odd_mark_stops_at_the_paragraph_end() -> None:
    text = 'He said "it was over\nThe next paragraph is plain.\n"Another," she said.'
    spans = find_quote_spans(text)
    assert text[spans[0].start : spans[0].end] == '"it was over'
    assert not spans[0].closed
    assert text[spans[1].start : spans[1].end] == '"Another,"'


def test_quote_continues_across_paragraphs_as_one_group() -> None:
    text = '"First part.\n\n"Second part," he said.'
    spans = find_quote_spans(text)
    assert [text[s.start : s.end] for s in spans] == ['"First part.', '"Second part,"']
    assert spans[0].group == spans[1].group == 0


def test_stray_closing_mark_opens_nothing() -> None:
    assert _texts("it ended\u201d and then \u201cbegan\u201d") == ["\u201cbegan\u201d"]


def test_doubled_single_marks_are_a_double_mark() -> None:
    text = "''We will win,'' he said. ''He told me, 'Go,' '' she recalled. Rock 'n' roll."
    spans = [s for s in find_quote_spans(text) if not s.single]
    assert [text[s.start : s.end] for s in spans] == [
        "''We will win,''",
        "''He told me, 'Go,' ''",
    ]
    assert text[spans[0].inner_start : spans[0].inner_end] == "We will win,"
