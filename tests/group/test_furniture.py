"""Tests for newsprism.group.furniture: telling page notices from news texts."""

from __future__ import annotations

from newsprism.group.furniture import furniture_share, is_furniture

_NEWS = (
    "Rescuers in Elm said on Monday the river had risen four metres and 300 homes were "
    "evacuated as the flood spread through the valley, the mayor told reporters."
)


def test_a_login_wall_is_furniture_and_a_report_is_not() -> None:
    wall = (
        "Please sign in to your account to continue. Enable cookies in your browser settings, "
        "or subscribe to our newsletter for unlimited access to the website."
    )
    assert is_furniture(wall)
    assert furniture_share(wall) > 0.5
    assert not is_furniture(_NEWS)
    assert furniture_share(_NEWS) == 0.0


def test_a_text_too_short_to_report_anything_is_furniture() -> None:
    assert is_furniture("Read more here")
    assert is_furniture("...")


def test_a_long_article_is_never_furniture_however_it_talks_about_the_web() -> None:
    words = " ".join(f"twitter website users browser accounts number{i}" for i in range(60))
    assert furniture_share(words) > 0.5
    assert not is_furniture(words)


def test_a_one_line_report_that_names_something_is_not_furniture() -> None:
    line = "The election in Turkmenistan is over."
    assert is_furniture(line)
    assert not is_furniture(line, named=True)
