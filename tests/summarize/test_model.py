"""Summary records: JSON-ready output."""

from __future__ import annotations

from newsprism.summarize.model import Citation, SummarySentence


def test_summary_sentence_record_carries_its_citations() -> None:
    sentence = SummarySentence("It rained.", [Citation("abc", 3, 13)])
    assert sentence.to_record() == {
        "text": "It rained.",
        "citations": [{"article": "abc", "start": 3, "end": 13}],
    }
