"""extract_text on hand-built pages with the clutter of wire, newspaper and broadcaster sites."""

from __future__ import annotations

import pytest

from newsprism.errors import ExtractionError
from newsprism.extract import extract
from newsprism.extract.text import extract_text
from newsprism.model import Document, article_id
from newsprism.settings import Settings

BODY = [
    "WASHINGTON (AP) — The Senate voted on Tuesday to extend funding for the national flood "
    "insurance program, averting a lapse that would have stalled thousands of home sales "
    "across coastal states.",
    "The measure passed 84 to 12 after a week of negotiations between party leaders, who "
    "had disagreed over how long the extension should last and whether to attach reforms.",
    "Programme changes",
    "“This buys us time, but it does not fix the underlying problem,” said one senator, "
    "who has pushed for years to overhaul how the program prices risk.",
    "The bill now goes to the House, which is expected to take it up next week.",
]

PAGE = "\n".join(
    [
        "Senate extends flood insurance program",
        "Lawmakers avert a lapse that would have stalled home sales",
        "By Jane Doe and John Roe",
        "November 19, 2019",
        "Share this article",
        "A house surrounded by floodwater in Houston. Photograph: David Smith/AP",
        BODY[0],
        BODY[1],
        "Read more: Flood maps are out of date, report finds",
        BODY[2],
        BODY[3],
        "Sign up for our Politics Weekly newsletter",
        "Get the week's best political analysis delivered straight to your inbox.",
        "Enter your email address",
        BODY[4],
        "Copyright 2019 The Associated Press. All rights reserved.",
        "We use cookies to give you the best experience. By browsing you accept our policy.",
        "Most Popular",
        "Storm season ends with record losses",
        "Why insurers are leaving the coast",
        "Privacy Policy",
        "Terms of Use",
    ]
)


def _doc(content: str | bytes, **meta: str) -> Document:
    return Document(source="page.txt", kind="text", content=content, meta=dict(meta))


def test_every_body_paragraph_is_kept_and_clutter_removed() -> None:
    article = extract_text(_doc(PAGE), Settings())
    assert article.text.split("\n\n") == BODY
    removed = {c.line: c.reason for c in article.clutter}
    assert removed["Share this article"] == "share, cookie or footer line"
    assert removed["Read more: Flood maps are out of date, report finds"] == (
        "link to another article"
    )
    assert removed["Sign up for our Politics Weekly newsletter"] == (
        "newsletter or subscription prompt"
    )
    assert "part of a block of prompts" in removed.values() or (
        removed["Get the week's best political analysis delivered straight to your inbox."]
        == "newsletter or subscription prompt"
    )
    assert removed["A house surrounded by floodwater in Houston. Photograph: David Smith/AP"] == (
        "photo caption or credit"
    )
    assert "Why insurers are leaving the coast" in removed


def test_metadata_from_the_text() -> None:
    article = extract_text(_doc(PAGE), Settings())
    assert article.title == "Senate extends flood insurance program"
    assert article.subtitle == "Lawmakers avert a lapse that would have stalled home sales"
    assert article.author == "Jane Doe and John Roe"
    assert article.published == "2019-11-19"
    assert article.dateline == "WASHINGTON"
    assert article.fields_from == {
        "title": "first line",
        "subtitle": "line after title",
        "author": "byline",
        "published": "date near byline",
        "dateline": "dateline",
        "language": "function words",
        "outlet": "copyright line",
    }
    assert article.outlet == "The Associated Press"
    assert article.id == article_id(article.text)


def test_container_fields_beat_guesses_from_the_text() -> None:
    article = extract_text(_doc(PAGE, outlet="Wire Service", title="Flood bill"), Settings())
    assert article.outlet == "Wire Service"
    assert article.title == "Flood bill"
    assert article.fields_from["outlet"] == "record"


def test_outlet_falls_back_to_the_url_domain() -> None:
    page = "\n".join(["A headline", *BODY])
    doc = Document("p.txt", "text", page, url="https://www.example-news.com/a/1")
    article = extract_text(doc, Settings())
    assert article.outlet == "example-news.com"
    assert article.fields_from["outlet"] == "url domain"


def test_a_title_that_ends_in_a_full_stop_leaves_the_body() -> None:
    title = "Storms hit the coast. And insurers are counting the cost."
    article = extract_text(_doc("\n".join([title, *BODY])), Settings())
    assert article.title == title
    assert title not in article.text
    assert BODY[1] in article.text


def test_a_repeated_line_inside_the_body_is_kept_once() -> None:
    promo = "Officials expect more votes on the program before the end of the year, aides said."
    page = "\n".join(["Headline here", BODY[0], promo, BODY[1], promo, BODY[3], BODY[4]])
    article = extract_text(_doc(page), Settings())
    assert article.text.count(promo) == 1
    assert any(c.reason == "repeats another line" for c in article.clutter)


def test_mojibake_is_repaired() -> None:
    broken = BODY[3].encode("utf-8").decode("latin-1")
    article = extract_text(_doc("\n".join(["Headline", BODY[0], broken, BODY[1]])), Settings())
    assert BODY[3] in article.text


def test_bytes_content_is_rejected_with_the_input_named() -> None:
    with pytest.raises(ExtractionError, match="page.txt"):
        extract_text(_doc(b"raw bytes"), Settings())


@pytest.mark.parametrize("content", ["", "\n\n", "Home\nNews\nSport\nPrivacy Policy"])
def test_a_page_without_body_is_rejected(content: str) -> None:
    with pytest.raises(ExtractionError, match="page.txt: no article text"):
        extract(_doc(content))


def test_a_text_without_headline_keeps_its_opening_paragraph() -> None:
    # Longer than a headline that ends with a full stop (20 words), so it is no title.
    lede = (
        "Lawmakers in the state capital approved a new budget late on Monday, ending a "
        "three-week standoff over school funding that had closed two districts."
    )
    article = extract_text(_doc("\n".join([lede, BODY[1], BODY[3]])), Settings())
    assert article.text.startswith(lede)
    assert article.title is None
    article = extract_text(_doc("\n".join(BODY)), Settings())
    assert article.text.startswith(BODY[0])
    assert article.title is None


def test_a_container_title_removes_only_the_line_that_repeats_it() -> None:
    page = "\n".join(["Senate Extends Flood Insurance Program", *BODY])
    article = extract_text(_doc(page, title="Senate extends flood insurance program"), Settings())
    assert article.text.split("\n\n") == BODY
    assert article.fields_from["title"] == "record"
    lede_first = extract_text(_doc("\n".join(BODY), title="Flood bill"), Settings())
    assert lede_first.text.split("\n\n") == BODY


@pytest.mark.parametrize(
    "address",
    [
        "http: / / www. dailyherald. example. com / news / senate - extends - flood. html",
        "https://www.dailyherald.example.com/news/senate-extends-flood-insurance.html",
        "www.dailyherald.example.com/news/2019/11/19",
    ],
)
def test_a_web_address_at_the_top_is_the_pages_url_and_the_headline_follows_it(
    address: str,
) -> None:
    article = extract_text(_doc(address + "\n" + PAGE), Settings())
    assert article.title == "Senate extends flood insurance program"
    assert article.subtitle == "Lawmakers avert a lapse that would have stalled home sales"
    assert article.url is not None and " " not in article.url
    assert article.url.split("://", 1)[1].startswith("www.dailyherald.example.com/news/")
    assert article.fields_from["url"] == "address line"
    assert article.text.split("\n\n") == BODY
    assert article.id == extract_text(_doc(PAGE), Settings()).id


def test_a_url_the_input_gives_wins_over_an_address_line() -> None:
    page = "https://mirror.example.org/copy/1\n" + PAGE
    doc = Document(source="page.txt", kind="text", content=page, url="https://news.example/a")
    article = extract_text(doc, Settings())
    assert article.url == "https://news.example/a"
    assert article.title == "Senate extends flood insurance program"


def test_a_sentence_naming_a_site_is_no_address_line() -> None:
    page = "Read the full report at www.example.org today\n" + PAGE
    article = extract_text(_doc(page), Settings())
    assert "url" not in article.fields_from


def test_an_address_line_the_cleaner_kept_as_body_leaves_the_text() -> None:
    body = (
        "Wladimir Klitschko stopped Tony Thompson in the sixth round to retain his three "
        "heavyweight titles on Saturday night in Bern."
    )
    page = "\n".join(
        [
            "http: / / www. sports. example / boxing / klitschko - stops - thompson / 208622 /",
            "Klitschko stops Thompson to retain his titles",
            body,
        ]
    )
    article = extract_text(_doc(page), Settings())
    assert article.text == body
    assert article.title == "Klitschko stops Thompson to retain his titles"
    assert {c.line[:12]: c.reason for c in article.clutter}["http: / / ww"] == "page address"


def test_a_text_of_one_sentence_is_its_body_not_a_headline() -> None:
    article = extract_text(_doc("The parliament election is over in Turkmenistan."), Settings())
    assert article.text == "The parliament election is over in Turkmenistan."
    assert article.title is None
