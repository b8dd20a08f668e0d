"""Article identity and record round trips."""

from newsprism.model import Article, ClutterLine, article_id, normalise_text


def test_identity_ignores_typography_case_and_spacing() -> None:
    a = "\u201cWe didn\u2019t want anyone to leave,\u201d said  Col. Dillon \u2014 today."
    b = '"we didn\'t want anyone to leave," said col. dillon - today.\n'
    assert normalise_text(a) == normalise_text(b)
    assert article_id(a) == article_id(b)


def test_identity_differs_for_different_text() -> None:
    assert article_id("Hundreds left Raqqa.") != article_id("Thousands left Raqqa.")


def test_record_round_trip_keeps_layers_and_clutter() -> None:
    art = Article(
        id="x",
        text="Body.",
        source="a.txt",
        clutter=[ClutterLine("Subscribe now", "subscription prompt")],
        fields_from={"title": "first line"},
        layers={"sentences": [{"start": 0, "end": 5}]},
    )
    back = Article.from_record(art.to_record())
    assert back == art
