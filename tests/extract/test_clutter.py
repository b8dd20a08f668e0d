"""Clutter rules on lines written in the styles of many outlets, and body lines they must spare."""

from __future__ import annotations

import pytest

from newsprism.extract.clutter import clutter_reason, is_comment_header, is_markup, word_count

PROMPT = "newsletter or subscription prompt"
CAPTION = "photo caption or credit"
PRINT = "print-edition or publication note"
BIO = "author bio"
RELATED = "related-articles list"
FOOTER = "share, cookie or footer line"
COMMENTS = "comment thread"
LINK = "link to another article"
COOKIE = "cookie notice"
STAMP = "date stamp or count"
LEGAL = "legal notice"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Sign up for our Morning Briefing newsletter", PROMPT),
        ("Get the latest headlines delivered straight to your inbox every morning.", PROMPT),
        ("Subscribe now for unlimited access to award-winning journalism.", PROMPT),
        ("Support our journalism", PROMPT),
        ("Download the app now", PROMPT),
        ("Follow us on Twitter and Instagram for the latest updates", PROMPT),
        ("Join our WhatsApp channel for breaking news alerts.", PROMPT),
        ("Enter your email address to subscribe to our daily newsletter", PROMPT),
        ("Already a subscriber? Log in", PROMPT),
        ("Newsletter", PROMPT),
        ("A version of this article appears in print on Nov. 19, 2019, Section A, Page 1.", PRINT),
        ("This story was originally published by the Daily Bulletin.", PRINT),
        ("Originally published on Science Weekly.", PRINT),
        ("Protesters gather outside parliament on Tuesday. Photograph: Jane Doe/AP", CAPTION),
        ("Firefighters at the scene. REUTERS/John Smith", CAPTION),
        ("The senator speaks in Washington (AFP)", CAPTION),
        ("Image copyright Getty Images", CAPTION),
        ("A view of the harbour at dusk. Credit...Jane Doe for The Daily", CAPTION),
        ("Photo: Supplied", CAPTION),
        (
            "Maria Lopez is a senior reporter at the Daily Herald covering courts and crime.",
            BIO,
        ),
        ("About the author", BIO),
        ("Read more: How the deal fell apart", LINK),
        ("Related: Five things to know about the budget", LINK),
        ("More from Business", RELATED),
        ("Most read in World", RELATED),
        ("Most Popular", RELATED),
        ("You may also like", RELATED),
        ("By Jane Doe, Metro Desk Published", RELATED),
        ("Share this article", FOOTER),
        ("We use cookies to improve your experience. By continuing you accept our policy.", COOKIE),
        (
            "This website uses cookies to improve your experience while you navigate through "
            "the website. Out of these, the cookies that are categorized as necessary are "
            "stored on your browser as they are essential for the working of basic "
            "functionalities of the website. We also use third-party cookies.",
            COOKIE,
        ),
        ("Next Post: Ten tips for winter riding", RELATED),
        ("Previous article", RELATED),
        ("Post navigation", RELATED),
        ("Get the magazine delivered every month. 12 issues for £20. Click here", PROMPT),
        ("Alex on September 17, 2018 at 6:34 am said:", COMMENTS),
        ("Catherine (Staff) on 3 May 2019 says:", COMMENTS),
        ("Subscribe No thanks", PROMPT),
        ("2019-11-13T23:06:00+01:00", STAMP),
        ("Updated Nov 19, 6:55 AM;Posted Nov 19, 6:51 AM", STAMP),
        ("Immigration (1018)", STAMP),
        ("Last updated: 3 March 2020 10:02 GMT", STAMP),
        ("Stay up to date with Example Corp.", PROMPT),
        ("© 2019 Example Media Group. All rights reserved.", LEGAL),
        ("© 2019 Example Media Group", FOOTER),
        ("Apple and iPhone are registered trademarks of Apple Inc.", LEGAL),
        (
            "These statements have not been evaluated by the Food and Drug Administration.",
            LEGAL,
        ),
        ("This material may not be published, broadcast, rewritten or redistributed.", LEGAL),
        ("Advertisement", FOOTER),
        ("Story continues below advertisement", FOOTER),
        ("Privacy Policy", FOOTER),
        ("3 hours ago", COMMENTS),
        ("jsmith says:", COMMENTS),
        ("Smith says:", None),
        ("Rating: 12 Votes", COMMENTS),
        ("[ 167 comments ]", COMMENTS),
        ("Reply", COMMENTS),
        ('<div class="ad-slot"></div>', "page code"),
    ],
)
def test_clutter_lines_are_named(line: str, reason: str | None) -> None:
    assert clutter_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        # Body sentences that use the clutter vocabulary in passing.
        "The company said it would send a newsletter to shareholders explaining the merger, "
        "which regulators approved on Monday after a year of review, and that it expected "
        "the deal to close by the end of the year.",
        "Police released a photo of the suspect and asked anyone with information to call.",
        "Readers who subscribe to the paper's print edition have fallen by half since 2010, "
        "the company's annual report shows, while online subscriptions rose sharply.",
        "She is a former reporter who now runs a charity for homeless veterans in Ohio, and "
        "she said the new rules would hurt the people she serves.",
        "Share prices fell 3% in early trading.",
        "The minister, seen on the left of the picture, denied the claims.",
        "Die elektronische Patientenakte (ePA) wird seit Jahren intensiv diskutiert.",
        "“We will not stop,” he said.",
        "Like most residents, she has had no access to clean water since the storm hit.",
        "Support for the measure fell today.",
        "Follow-up talks are scheduled for today.",
        "Like father, like son.",
        "The company said the name is not a registered brand in Europe.",
        "Updated figures were released on May 3, 2019, after a review.",
        "4:14 p.m.",
        "38%",
        "John Smith is a professor of economics at Harvard who has studied tariffs for years.",
        "Jane Roe is a staff writer at Harbor Weekly, and her reporting exposed the scheme, "
        "prosecutors said.",
        "Sales of the print edition of the paper fell by a third, the report found.",
        "",
    ],
)
def test_body_lines_are_spared(line: str) -> None:
    assert clutter_reason(line) is None


def test_markup_is_told_from_prose() -> None:
    assert is_markup("[if lte IE 9]> <div class='warn'>")
    assert is_markup("var a = {b: 1}; var c = {d: 2};")
    assert not is_markup("He said prices would rise by 5% = a record; few agreed.")
    assert is_markup('<a href="/news">News</a>')
    # Angle brackets as title quotes, or in a comparison, are prose.
    assert not is_markup("It opened with <The Palace: Tale of Jang Noksu> last year.")
    assert not is_markup("if a <b and c> d then")


def test_word_count_counts_cjk_characters_as_half_words() -> None:
    assert word_count("three plain words") == 3
    assert word_count("엔터미디어") == 2.5


def test_comment_headers() -> None:
    assert is_comment_header("Gary M on September 17, 2018 at 8:50 pm said:")
    assert not is_comment_header("The minister said:")
    assert not is_comment_header("The report on prisons says:")
    assert clutter_reason("The minister said:") is None
    assert not is_comment_header("Officials on Monday said the bridge would reopen next spring.")
