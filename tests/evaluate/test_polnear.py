"""Tests of the PolNeAR brat reader."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsprism.errors import InputError
from newsprism.evaluate.polnear import parse_ann, read_polnear

_ANN = (
    "T1\tSource 0 5\tSmith\n"
    "T2\tCue 6 10\tsaid\n"
    "T3\tContent 11 20;22 30\tit rained hard.\n"
    "T4\tAttribution 6 10\tsaid\n"
    "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
    "T5\tCue 31 37\tmocked\n"
    "T6\tContent 38 42\tthem\n"
    "T7\tAttribution-no-source 31 37\tmocked\n"
    "E2\tAttribution-no-source:T7 Cue:T5 Content:T6\n"
    "#1\tAnnotatorNotes T1\ta note\n"
    "broken line\n"
)


def test_parse_ann_ties_roles_and_fragments() -> None:
    first, second = parse_ann(_ANN)
    assert first.source == ((0, 5),)
    assert first.cue == ((6, 10),)
    assert first.content == ((11, 20), (22, 30))
    assert second.source is None and second.cue == ((31, 37),)


def test_read_polnear_takes_one_annotation_per_article(tmp_path: Path) -> None:
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "a.txt").write_text("Smith said it rained.", encoding="utf-8")
    (tmp_path / "attributions" / "a_0a.ann").write_text(_ANN, encoding="utf-8")
    (tmp_path / "attributions" / "a_1b.ann").write_text("", encoding="utf-8")
    articles = read_polnear(tmp_path)
    assert [a.name for a in articles] == ["a"]
    assert len(articles[0].attributions) == 2


def test_read_polnear_names_a_bad_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="text/ and attributions/"):
        read_polnear(tmp_path)


def test_read_polnear_on_the_dev_split(shared_data: Path) -> None:
    articles = read_polnear(shared_data / "bench" / "quotes-polnear" / "dev")
    assert len(articles) == 84
    article = articles[0]
    spans = [a.source for a in article.attributions if a.source]
    start, end = spans[0][0]
    assert article.text[start:end].strip() == article.text[start:end]
