"""Residual clutter in extracted paragraphs: headline copies and site-furniture lines."""

from __future__ import annotations

import pytest

from newsprism.extract.html_clutter import repeats_title, strip_clutter

BODY = [
    "The council approved the new bus lanes after a two-hour debate on Monday evening.",
    "Residents who opposed the plan said they would appeal to the regional transport board.",
]


@pytest.mark.parametrize(
    ("paragraph", "title", "expected"),
    [
        ("Council approves bus lanes", "Council approves bus lanes", True),
        ("Council approves bus lanes", "Council approves bus lanes | City Courier", True),
        ("Council approves bus-lanes!", "Council Approves Bus Lanes", True),
        ("Bus lanes", "Council approves bus lanes after long debate on Monday", False),
        (BODY[0], "Council approves bus lanes", False),
        ("Council approves bus lanes", None, False),
    ],
)
def test_repeats_title(paragraph: str, title: str | None, expected: bool) -> None:
    assert repeats_title(paragraph, title) is expected


def test_leading_headline_copies_are_removed_but_not_later_ones() -> None:
    title = "Council approves bus lanes"
    kept, removed = strip_clutter([title, title, *BODY, title], title)
    assert kept == [*BODY, title]
    assert [c.reason for c in removed] == ["repeats the title", "repeats the title"]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Read more: Mayor defends budget cuts", "teaser for another article"),
        ("RELATED: Five things to know about the vote", "teaser for another article"),
        ("You may also like", "teaser for another article"),
        ("Advertisement", "page furniture"),
        ("12 comments", "page furniture"),
        ("Share this article", "page furniture"),
        ("Follow us on Twitter and Facebook for updates.", "social media prompt"),
        ("Like this story? Share it with a friend!", "share prompt"),
        ("Filed under: Transport | Council", "filing label"),
        ("Source: agencies", "source label"),
    ],
)
def test_site_furniture_lines_are_removed_with_their_reason(line: str, reason: str) -> None:
    kept, removed = strip_clutter([BODY[0], line, BODY[1]])
    assert kept == BODY
    assert [(c.line, c.reason) for c in removed] == [(line, reason)]


@pytest.mark.parametrize(
    "line",
    [
        "Related talks between the two unions broke down last year over pension contributions "
        "for drivers who joined after 2015, and the council has since refused to reopen them, "
        "citing the cost of the bus lane programme and the pending review of the transport plan.",
        "More than 300 people attended the meeting.",
        "The source said the decision had been expected.",
        "Share prices of the bus operator rose 3% after the vote.",
    ],
)
def test_article_sentences_that_start_like_furniture_are_kept(line: str) -> None:
    kept, removed = strip_clutter([BODY[0], line])
    assert kept == [BODY[0], line] and removed == []


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("(Reporting by Ana Lima; Editing by Tom Hart)", "credit line"),
        ("Additional reporting by Joe Bloggs in Lisbon.", "credit line"),
        ("Maria Costa contributed to this report.", "credit line"),
        ("Write to Sam Reed at sam.reed@courier.example", "contact line"),
        ("Get the latest news in your inbox. Subscribe to our newsletters.", "newsletter prompt"),
        (
            "Follow the city desk on Twitter for live updates from the council.",
            "social media prompt",
        ),
        ("If you enjoyed this article, become a member today.", "membership pitch"),
    ],
)
def test_closing_credits_and_prompts_are_removed_from_the_end(line: str, reason: str) -> None:
    kept, removed = strip_clutter([*BODY, line, "Advertisement"])
    assert kept == BODY
    assert {c.line: c.reason for c in removed} == {"Advertisement": "page furniture", line: reason}


def test_closing_rules_leave_the_same_words_inside_the_body_alone() -> None:
    middle = [
        "Drivers who subscribe to the monthly pass will pay less, the council said.",
        "Additional reporting by the council's own auditors found no irregularities.",
    ]
    kept, removed = strip_clutter([BODY[0], *middle, BODY[1]])
    assert kept == [BODY[0], *middle, BODY[1]] and removed == []


def test_a_story_ending_on_subscriptions_is_not_a_newsletter_prompt() -> None:
    last = "Riders who subscribe before March will keep the old fare for a year."
    kept, _ = strip_clutter([*BODY, last])
    assert kept[-1] == last
