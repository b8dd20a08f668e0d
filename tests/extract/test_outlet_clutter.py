"""Learned outlet clutter: lines recurring across one outlet's articles leave their text."""

from __future__ import annotations

from newsprism.extract.outlet_clutter import apply_outlet_clutter, learn_outlet_clutter
from newsprism.model import Article, ClutterLine, article_id, normalise_text

SIGN_OFF = "Got a tip? Write to the newsroom at any hour."
DISCLAIMER = "Views expressed are the writer’s own."


def _article(outlet: str | None, *paragraphs: str) -> Article:
    text = "\n\n".join(paragraphs)
    return Article(id=article_id(text), text=text, source="s", outlet=outlet)


def _corpus() -> list[Article]:
    return [
        _article("Ledger", "Rates rose again on Monday.", SIGN_OFF),
        _article("Ledger", "The port reopened after the storm.", SIGN_OFF, DISCLAIMER),
        _article("Ledger", "A new mayor was sworn in.", SIGN_OFF.upper()),
        _article("Courier", "Rates rose again on Monday.", DISCLAIMER),
        _article(None, SIGN_OFF),
    ]


def test_lines_recurring_within_one_outlet_are_learned() -> None:
    learned = learn_outlet_clutter(_corpus(), min_repeats=2)
    assert learned == {"Ledger": {normalise_text(SIGN_OFF)}}


def test_min_repeats_is_respected() -> None:
    assert learn_outlet_clutter(_corpus(), min_repeats=3) == {"Ledger": {normalise_text(SIGN_OFF)}}
    assert learn_outlet_clutter(_corpus(), min_repeats=4) == {}
    # Fewer than two can never mean "recurs".
    assert learn_outlet_clutter(_corpus(), min_repeats=1) == learn_outlet_clutter(_corpus(), 2)


def test_versions_of_one_article_teach_nothing() -> None:
    first = _article("Ledger", "Rates rose.", "Markets fell.", "Bonds rallied.")
    update = _article("Ledger", "Rates rose.", "Markets fell.", "Bonds rallied.", "Update: 5pm.")
    assert learn_outlet_clutter([first, first, update], min_repeats=2) == {}


def test_apply_moves_lines_to_clutter_and_recomputes_the_id() -> None:
    article = _article("Ledger", "Rates rose again on Monday.", SIGN_OFF, "Markets fell.")
    article.layers["sentences"] = [{"start": 0, "end": 5}]
    cleaned = apply_outlet_clutter(article, {normalise_text(SIGN_OFF)})
    assert cleaned.text == "Rates rose again on Monday.\n\nMarkets fell."
    assert cleaned.id == article_id(cleaned.text) != article.id
    assert cleaned.clutter == [ClutterLine(SIGN_OFF, "recurs across Ledger articles")]
    assert cleaned.layers == {}
    assert article.text.count(SIGN_OFF) == 1  # the input is not changed


def test_apply_without_a_match_or_emptying_returns_the_article() -> None:
    article = _article("Ledger", SIGN_OFF)
    assert apply_outlet_clutter(article, {normalise_text(SIGN_OFF)}) is article
    other = _article("Ledger", "Rates rose.")
    assert apply_outlet_clutter(other, {normalise_text(SIGN_OFF)}) is other
    assert apply_outlet_clutter(other, set()) is other


def test_long_recurring_paragraphs_are_not_learned() -> None:
    background = " ".join(["The dam, built in 1961, has been the subject of a long dispute."] * 6)
    corpus = [
        _article("Ledger", "Talks resumed on Monday.", background, SIGN_OFF),
        _article("Ledger", "Talks broke down again.", background, SIGN_OFF),
    ]
    assert learn_outlet_clutter(corpus, min_repeats=2) == {"Ledger": {normalise_text(SIGN_OFF)}}
