"""The cleaner's verdicts line by line: body block, prompt blocks, copies and page code."""

from __future__ import annotations

from newsprism.extract.text_clean import clean_text

P1 = (
    "The council approved the budget on Monday after a long debate about school funding, "
    "and the mayor said she would sign it this week."
)
P2 = (
    "Opponents said the plan relied on optimistic revenue forecasts and warned that cuts "
    "would follow next year if the economy slowed as many expect."
)
P3 = "Ten schools will get new roofs."


def test_menu_above_and_footer_below_are_outside_the_body() -> None:
    page = "\n".join(["Home", "News", "Sport", P1, P3, P2, "About us", "Contact", "Jobs"])
    cleaned = clean_text(page)
    assert cleaned.text == "\n\n".join([P1, P3, P2])
    assert [line.text for line in cleaned.before()] == ["Home", "News", "Sport"]
    reasons = {c.line: c.reason for c in cleaned.clutter}
    assert reasons["Home"] == "before the article body"
    assert reasons["Jobs"] == "after the article body"


def test_a_pitch_between_two_prompts_goes_with_them() -> None:
    pitch = "Smart analysis of the week's news, from every side."
    page = "\n".join([P1, "Subscribe to The Ledger", pitch, "Sign up for our free newsletters", P2])
    cleaned = clean_text(page)
    assert cleaned.text == f"{P1}\n\n{P2}"
    assert {c.line: c.reason for c in cleaned.clutter}[pitch] == "part of a block of prompts"


def test_page_code_neither_breaks_nor_joins_the_body() -> None:
    page = "\n".join([P1, '<div class="ad"></div>', "{{ template }}", P2])
    cleaned = clean_text(page)
    assert cleaned.text == f"{P1}\n\n{P2}"
    assert [c.reason for c in cleaned.clutter] == ["page code", "page code"]


def test_a_teaser_above_the_body_does_not_cost_the_body_its_paragraph() -> None:
    page = "\n".join(["Menu", P2, "Share", "Tweet", "Email", "Menu", "Login", P1, P2, P3])
    cleaned = clean_text(page)
    assert cleaned.text.count(P2) == 1
    assert cleaned.text.startswith(P1)


def test_empty_and_clutter_only_pages_have_no_body() -> None:
    assert clean_text("").text == ""
    cleaned = clean_text("Home\nNews\nPrivacy Policy")
    assert cleaned.text == ""
    assert len(cleaned.clutter) == 3


def test_the_article_comes_before_its_comment_thread() -> None:
    reply = " ".join([P1, P2, P1.replace("council", "board"), P2.replace("plan", "scheme")])
    page = "\n".join(
        [
            "Home",
            P3 + " " + P1,
            "Comments",
            "Alex on May 2, 2019 at 6:34 am said:",
            reply,
            "Sam (Editor) on May 3, 2019 at 9:00 am said:",
            reply.upper().capitalize(),
        ]
    )
    cleaned = clean_text(page)
    assert cleaned.text == P3 + " " + P1
    assert {c.reason for c in cleaned.clutter} >= {"comment thread", "after the article body"}


def test_a_line_shown_three_times_is_kept_once_at_its_last_place() -> None:
    page = "\n".join(["Menu", P2, "Home", P2, "Login", P1, P2, P3])
    cleaned = clean_text(page)
    assert cleaned.text == "\n\n".join([P1, P2, P3])


def test_legal_small_print_ends_the_article() -> None:
    disclaimer = (
        "The information on this website is provided for informational purposes only and "
        "does not constitute medical advice of any kind, and results will vary."
    )
    page = "\n".join([P1, P2, "© 2019 Example LLC. All rights reserved.", disclaimer, P3])
    cleaned = clean_text(page)
    assert cleaned.text == f"{P1}\n\n{P2}"
