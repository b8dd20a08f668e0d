"""End to end on the two seed articles: clean text, every body sentence kept, metadata found."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest

from newsprism.extract import extract
from newsprism.model import Article, Document

_SENTENCE = re.compile(r"(?<=[.!?\"”])\s+(?=[\"“A-Z])")


def _read(path: Path) -> Article:
    doc = Document(source=path.name, kind="text", content=path.read_text(encoding="utf-8"))
    return extract(doc)


def _sentences(lines: list[str]) -> list[str]:
    return [s.strip() for line in lines for s in _SENTENCE.split(line) if s.strip()]


def _seed_lines(path: Path) -> list[str]:
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def st(seeds: dict[str, Path]) -> Article:
    return _read(seeds["st"])


@pytest.fixture(scope="module")
def week(seeds: dict[str, Path]) -> Article:
    return _read(seeds["week"])


def test_straits_times_metadata(st: Article) -> None:
    assert st.outlet == "The Straits Times"
    assert st.title == "Secret deal let ISIS fighters flee from Raqqa"
    assert st.subtitle == "Pact brokered by Syrian officials meant to end fighting, spare lives"
    assert st.published == "2017-11-15"
    assert st.dateline == "DAMASCUS"
    assert st.fields_from["outlet"] == "print-edition line"
    assert st.fields_from["published"] == "print-edition line"
    assert st.fields_from["dateline"] == "dateline"


def test_straits_times_text_bounds(st: Article) -> None:
    text = st.text.removeprefix("DAMASCUS • ")
    assert text.startswith("Hundreds of Islamic State in Iraq and Syria (ISIS) fighters")
    assert text.endswith("not done fighting.")


def test_straits_times_every_body_sentence_kept(st: Article, seeds: dict[str, Path]) -> None:
    lines = _seed_lines(seeds["st"])
    first = next(i for i, line in enumerate(lines) if line.startswith("DAMASCUS"))
    last = next(i for i, line in enumerate(lines) if line.endswith("not done fighting."))
    body = _sentences(lines[first : last + 1])
    assert len(body) > 20
    missing = [s for s in body if s not in st.text]
    assert missing == []


def test_straits_times_clutter_removed(st: Article) -> None:
    assert "PHOTO: REUTERS" not in st.text
    assert "and disperse across Syria, and possibly overseas. PHOTO" not in st.text
    assert "arrangement also enabled ISIS militants to leave the city and dispers" not in st.text
    assert "Telegram" not in st.text
    assert "print edition" not in st.text
    reasons = {c.reason for c in st.clutter}
    assert "cut-off copy of another line" in reasons
    assert "photo caption or credit" in reasons
    assert "newsletter or subscription prompt" in reasons
    assert "print-edition or publication note" in reasons
    removed = " ".join(c.line for c in st.clutter)
    assert "PHOTO: REUTERS" in removed and "Telegram channel" in removed


def test_the_week_metadata(week: Article) -> None:
    assert week.outlet == "The Week"
    assert week.author == "Kelly O'Meara Morales"
    assert week.title == (
        "Hundreds of ISIS fighters were smuggled out of Raqqa. "
        "And the American-backed coalition let them get away."
    )
    assert week.fields_from["author"] == "bio"
    assert week.fields_from["title"] == "first line"


def test_the_week_text_bounds(week: Article) -> None:
    assert week.text.startswith("Local officials in Raqqa apparently negotiated")
    assert week.text.endswith("Read the full account of ISIS's escape from Raqqa at the BBC.")
    assert week.title not in week.text


def test_the_week_prompts_removed(week: Article) -> None:
    for prompt in ("Subscribe to", "Escape your echo chamber", "Sign up for", "From our morning"):
        assert prompt not in week.text, prompt
    for after in ("staff writer", "Published", "baseball league", "Speed Read", "Prigozhin"):
        assert after not in week.text, after


def test_the_week_every_body_sentence_kept(week: Article, seeds: dict[str, Path]) -> None:
    lines = _seed_lines(seeds["week"])
    last = next(i for i, line in enumerate(lines) if line.startswith("Read the full account"))
    # Body paragraphs are the long lines and the closing pointer; prompts are short.
    body_lines = [line for line in lines[1 : last + 1] if len(line.split()) > 30]
    body_lines.append(lines[last])
    body = _sentences(body_lines)
    assert len(body) >= 10
    missing = [s for s in body if s not in week.text]
    assert missing == []


@pytest.mark.parametrize("name", ["st", "week"])
def test_a_hard_wrapped_copy_of_a_seed_cleans_the_same(
    name: str, seeds: dict[str, Path], st: Article, week: Article
) -> None:
    lines = _seed_lines(seeds[name])
    wrapped = "\n\n".join(textwrap.fill(line, 72) for line in lines)
    article = extract(Document(source="wrapped.txt", kind="text", content=wrapped))
    expected = st if name == "st" else week
    assert article.text == expected.text
    assert (article.title, article.outlet, article.author) == (
        expected.title,
        expected.outlet,
        expected.author,
    )
