"""Tests of mending sentence breaks that fall inside a sentence."""

from __future__ import annotations

import pytest
import spacy

from newsprism.annotate.sentence_breaks import mend_breaks


def _doc(pieces: list[str], seps: list[str] | None = None):
    """A Doc whose sentences start exactly at the given pieces (as a splitter might cut)."""
    seps = seps or [" "] * (len(pieces) - 1)
    text = pieces[0] + "".join(sep + piece for sep, piece in zip(seps, pieces[1:], strict=True))
    nlp = spacy.blank("en")
    doc = nlp(text)
    starts, at = set(), 0
    for i, piece in enumerate(pieces):
        if i:
            at += len(seps[i - 1])
        starts.add(at)
        at += len(piece)
    for token in doc:
        token.is_sent_start = token.idx in starts
    return doc


@pytest.mark.parametrize(
    ("pieces", "sentences"),
    [
        (["Sen. Bernie Sanders (I-Vt.", ") said no.", "He left."], 2),
        (["Sen. Bernie Sanders (I-Vt.)", "called him divisive.", "He left."], 2),
        (["Rep. Jerry Nadler (D-N.Y.)", "said no.", "He left."], 2),
        (["He met Bernie Sanders (I-Vt.)", "Then he left."], 2),
        (["He waited (for hours.)", "then he left."], 2),
        (["It promotes the purposes of the [", "Endangered Species Act].", "Rain fell."], 2),
        (["Ask Gov.", "the governor came.", "Rain fell."], 2),
        (["It was the", "worst day in years.", "Rain fell."], 2),
        (["Republicans hold 29 seats.", "democrats have 20."], 2),
        (["He spoke (at length.", "It was long).", "Then he left."], 2),
        (["Prices rose.", "Wages fell."], 2),
    ],
)
def test_pieces_that_cannot_start_a_sentence_join_the_one_before(pieces, sentences):
    doc = _doc(pieces)
    mend_breaks(doc)
    assert len(list(doc.sents)) == sentences


def test_a_break_at_a_new_line_stays():
    doc = _doc(["A heading without a stop", "and a paragraph in lower case."], ["\n\n"])
    assert mend_breaks(doc) == 0
    assert len(list(doc.sents)) == 2


def test_the_mended_sentences_read_whole():
    doc = _doc(["Sen. Bernie Sanders (I-Vt.", ") said no.", "He left."])
    assert mend_breaks(doc) == 1
    assert [s.text for s in doc.sents] == ["Sen. Bernie Sanders (I-Vt. ) said no.", "He left."]
    doc = _doc(["Republicans hold 29 seats.", "democrats have 20."])
    assert mend_breaks(doc) == 0
