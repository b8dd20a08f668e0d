"""Metadata signals in text: dates, datelines, outlets, authors, titles and subtitles."""

from __future__ import annotations

import pytest

from newsprism.extract.text_clean import clean_text
from newsprism.extract.textmeta import (
    find_author,
    find_dateline,
    find_outlet,
    find_published,
    page_address,
    parse_date,
    text_metadata,
)

PARAGRAPH = (
    "The council approved the budget on Monday after a long debate about school funding, "
    "and the mayor said she would sign it this week."
)
SECOND = (
    "Opponents said the plan relied on optimistic revenue forecasts and warned that cuts "
    "would follow next year if the economy slowed as many expect."
)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("on November 15, 2017, with the headline", "2017-11-15"),
        ("Published: 3 March 2020 10:02 GMT", "2020-03-03"),
        ("Updated Nov. 19, 2019 at 8:40 AM", "2019-11-19"),
        ("Tuesday 19th November 2019", "2019-11-19"),
        ("2019-11-20T08:00:00Z", "2019-11-20"),
        ("Posted 12 hours ago", None),
        ("February 30, 2019", "2019-02-30"),
    ],
)
def test_parse_date(text: str, date: str | None) -> None:
    assert parse_date(text) == date


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("DAMASCUS • Hundreds of fighters left the city.", "DAMASCUS"),
        ("WASHINGTON (AP) — The Senate voted on Tuesday.", "WASHINGTON"),
        ("LONDON, Nov 15 (Reuters) - Shares fell on Friday.", "LONDON"),
        ("NEW YORK — A fire broke out overnight.", "NEW YORK"),
        ("The Senate voted on Tuesday.", None),
        ("A — B testing is common.", None),
        ("BREAKING: Lawan moves motion for adjournment.", None),
        ("UPDATE — The road has reopened.", None),
    ],
)
def test_find_dateline(line: str, place: str | None) -> None:
    found = find_dateline(line)
    assert (found[0] if found else None) == place
    if found:
        assert found[1] == "dateline"


@pytest.mark.parametrize(
    ("line", "outlet", "method"),
    [
        (
            "A version of this article appeared in the print edition of The Daily Courier "
            "on May 2, 2019.",
            "The Daily Courier",
            "print-edition line",
        ),
        ("Subscribe to The Morning Post", "The Morning Post", "subscribe prompt"),
        ("Sign up for Metro Weekly's free newsletters", "Metro Weekly", "newsletter prompt"),
        ("© 2019 Harbor Media Group. All rights reserved.", "Harbor Media Group", "copyright line"),
        (
            "Sam Lee is a staff writer at The Valley Times. He covers transport.",
            "The Valley Times",
            "bio",
        ),
    ],
)
def test_find_outlet_signals(line: str, outlet: str, method: str) -> None:
    assert find_outlet(["Some body text here.", line], None) == (outlet, method)


def test_outlet_from_url_when_the_text_says_nothing() -> None:
    assert find_outlet(["Body."], "https://www.harbor-news.example/x") == (
        "harbor-news.example",
        "url domain",
    )
    assert find_outlet(["Body."], None) is None


def test_generic_words_are_no_outlet() -> None:
    assert find_outlet(["Subscribe to our newsletter"], None) is None


def test_find_author_prefers_the_byline_over_a_bio() -> None:
    bio = "Ann Park is a senior correspondent for the Harbor News."
    assert find_author(["By Maria de la Cruz", "Updated"], [bio]) == ("Maria de la Cruz", "byline")
    assert find_author(["Home"], [bio]) == ("Ann Park", "bio")
    assert find_author(["By the way, this is not a byline of anyone at all here"], []) is None


def test_find_published_prefers_the_print_edition_line() -> None:
    lines = ["A version of this article appeared in print on April 3, 2018."]
    assert find_published(["March 1, 2018"], lines) == ("2018-04-03", "print-edition line")
    assert find_published(["By Ann Park", "March 1, 2018 at 5:00 pm"], []) == (
        "2018-03-01",
        "date near byline",
    )


def test_text_metadata_reads_title_and_subtitle_above_the_body() -> None:
    page = "\n".join(
        ["Budget passes after long night", "Schools win the most from the deal", PARAGRAPH, SECOND]
    )
    found = text_metadata(clean_text(page))
    assert found["title"] == ("Budget passes after long night", "first line")
    assert found["subtitle"] == ("Schools win the most from the deal", "line after title")


def test_no_subtitle_when_the_body_follows_the_title() -> None:
    found = text_metadata(clean_text("\n".join(["Budget passes", PARAGRAPH, SECOND])))
    assert "subtitle" not in found
    assert found["title"][0] == "Budget passes"


def test_body_sentences_name_no_outlet_or_author() -> None:
    body = [
        "The suspect appeared in Federal Court on Monday, where prosecutors described the scheme "
        "in detail and asked for him to be held without bail.",
        "Jane Roe is a staff writer at Harbor Weekly, and her reporting first exposed the scheme "
        "last year, the prosecutors said in their filing.",
        "The findings were published in Nature.",
    ]
    found = text_metadata(clean_text("\n".join(["Fraud case opens", *body])))
    assert "outlet" not in found
    assert "author" not in found


@pytest.mark.parametrize(
    ("line", "address"),
    [
        (
            "http: / / www. ndtv. example / article / 26 - pirates",
            "http://www.ndtv.example/article/26-pirates",
        ),
        ("www.example.co.uk", "http://www.example.co.uk"),
        ("https://example.org/a?b=1", "https://example.org/a?b=1"),
        ("See www.example.org for more", None),
        ("http://", None),
        ("Navy foils piracy bid", None),
    ],
)
def test_page_address(line: str, address: str | None) -> None:
    assert page_address(line) == address
