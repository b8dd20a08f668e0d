"""Tests of date expressions and their resolution."""

from __future__ import annotations

from datetime import datetime

from newsprism.compare.dates import date_expressions, is_point_in_time, resolve
from newsprism.model import Article

BASE = datetime(2017, 11, 15)


def test_points_in_time_against_durations():
    assert is_point_in_time("last month")
    assert is_point_in_time("Monday")
    assert is_point_in_time("November 15, 2017")
    assert not is_point_in_time("four months")
    assert not is_point_in_time("three days")


def test_relative_dates_resolve_against_the_article_date():
    assert resolve("last month", BASE) == ("2017-10", "month", True)
    assert resolve("Monday", BASE) == ("2017-11-13", "day", True)
    assert resolve("in May", BASE) == ("2017-05", "month", True)
    assert resolve("two days ago", BASE) == ("2017-11-13", "day", True)
    assert resolve("November 15, 2017", None) == ("2017-11-15", "day", False)
    assert resolve("in 2016", None) == ("2016", "year", False)


def test_relative_dates_without_an_article_date_stay_unresolved():
    assert resolve("last month", None) == (None, None, True)
    assert resolve("May", None) == (None, None, True)


def test_expressions_found_in_text_skip_durations_and_the_verb_may():
    text = ("After four months of fighting, the rebels left last month. They may return "
            "in May. The BBC reported Monday.")  # fmt: skip
    article = Article(id="a", text=text, source="a.txt",
                      layers={"entities": [{"text": "four months", "label": "DATE",
                                            "start": 6, "end": 17}]})  # fmt: skip
    found = [text[s:e] for s, e in date_expressions(article)]
    assert found == ["last month", "May", "Monday"]
