"""Amounts in text: numbers in digits and words, ranges, vague amounts, hedges and units."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsprism.annotate.numbers import Conventions, find_amounts, word_number
from newsprism.errors import SettingsError


def one(text: str, conventions: Conventions | None = None):
    """The single amount of ``text``, checked to point at its own text."""
    found = find_amounts(text, conventions)
    assert len(found) == 1, found
    amount = found[0]
    assert text[amount.start : amount.end] == amount.text
    return amount


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("ten", 10),
        ("twenty-five", 25),
        ("one hundred and twelve", 112),
        ("a dozen", 12),
        ("two thousand five hundred", 2500),
        ("three million", 3_000_000),
    ],
)
def test_word_number_reads_numbers_in_words(words: str, value: float) -> None:
    assert word_number(words) == value


def test_word_number_refuses_other_words() -> None:
    assert word_number("hundreds") is None
    assert word_number("the") is None


def test_digits_with_separators_and_scale_words() -> None:
    assert one("They counted 4,000 people").value == 4000
    assert one("a budget of 1.5 million").value == 1_500_000


def test_hedge_is_part_of_the_amount_and_widens_the_interval() -> None:
    amount = one("We took out around 4,000 people")
    assert amount.text == "around 4,000"
    assert amount.hedge == "around"
    assert (amount.low, amount.high) == pytest.approx((3600, 4400))


def test_almost_and_more_than_shift_the_interval_one_way() -> None:
    almost = one("with almost 50 trucks")
    assert almost.low < 50 and almost.high == 50
    more = one("more than 100 vehicles")
    assert more.low == 100 and more.high > 100


def test_minimiser_is_a_flag_not_part_of_the_number() -> None:
    amount = one("only a few dozen fighters had left")
    assert amount.text == "a few dozen"
    assert amount.minimiser
    assert amount.vague
    assert (amount.low, amount.high) == (24, 60)


def test_vague_amounts_follow_the_conventions() -> None:
    assert (one("Hundreds of fighters").low, one("Hundreds of fighters").high) == (200, 999)
    tens = one("tens of thousands of people")
    assert tens.text == "tens of thousands"
    assert (tens.low, tens.high) == (20_000, 99_000)
    several = one("several hundred homes")
    assert (several.low, several.high) == (300, 700)


def test_ranges_come_out_as_one_amount_with_their_unit() -> None:
    convoy = one("The convoy was 6km to 7km long")
    assert convoy.text == "6km to 7km"
    assert (convoy.low, convoy.high, convoy.unit, convoy.kind) == (6, 7, "km", "measure")
    assert convoy.value is None
    between = one("between 10 and 20 people died")
    assert (between.low, between.high) == (10, 20)
    dashed = one("10-20 people")
    assert (dashed.low, dashed.high) == (10, 20)


def test_a_list_of_amounts_splits_at_each_number() -> None:
    found = find_amounts("almost 50 trucks, 13 buses and more than 100 of its own vehicles")
    assert [a.text for a in found] == ["almost 50", "13", "more than 100"]


@pytest.mark.parametrize(
    ("text", "kind", "unit"),
    [
        ("cost $3.5bn", "money", "USD"),
        ("rose 20 per cent", "percent", "%"),
        ("rose 20%", "percent", "%"),
        ("after four months of fighting", "duration", "month"),
        ("two years ago", "date", "year"),
        ("weighs 12 kg", "measure", "kg"),
    ],
)
def test_units_decide_the_kind(text: str, kind: str, unit: str) -> None:
    amount = one(text)
    assert (amount.kind, amount.unit) == (kind, unit)


def test_years_and_the_pronoun_one_are_not_amounts() -> None:
    assert find_amounts("In 2017, one of them left.") == []


def test_odd_input_gives_no_amounts_and_no_error() -> None:
    assert find_amounts("") == []
    assert find_amounts("between and to - more than") == []


def test_conventions_from_config_section_override_defaults() -> None:
    conv = Conventions.from_section(
        {"vague": {"hundreds": [100, 900]}, "hedges": {"about": [0.8, 1.2]}}
    )
    assert (one("hundreds of people", conv).low, one("hundreds of people", conv).high) == (100, 900)
    about = one("about 10 people", conv)
    assert (about.low, about.high) == pytest.approx((8, 12))
    assert one("thousands of people", conv).low == 2000  # defaults kept


@pytest.mark.parametrize(
    "section",
    [
        {"vague": {"hundreds": [900, 100]}},
        {"hedges": {"about": "lots"}},
        {"vague": [1, 2]},
        {"minimisers": "only"},
        {"unknown": 1},
    ],
)
def test_bad_conventions_raise_a_settings_error(section: dict) -> None:
    with pytest.raises(SettingsError, match=r"\[claims"):
        Conventions.from_section(section)


@pytest.mark.parametrize(
    "text",
    [
        "see pic.twitter.com/xww41g5nho now",
        "from hq-ta000 sent",
        "the 24th annual release",
        "sent at 9:33 am",
        "New at 5: 00, a report",
        "faces a sept. 30 deadline",
        "an AK-47 rifle",
        "an AK - 47 rifle",
        "an AK 47 rifle",
        "the Covid-19 outbreak",
        "an F-16 jet",
        "flight MH 17",
        "the 9/11 attacks",
        "24/7 coverage",
        "at 11 am",
        "at 10.30 p.m. on Monday",
        "at about 1100 hrs IST",
        "by 0930 hours",
    ],
)
def test_codes_ordinals_times_and_days_of_months_are_not_amounts(text: str) -> None:
    assert find_amounts(text) == []


@pytest.mark.parametrize(
    ("text", "amounts"),
    [
        ("six AK-47 rifles and 300 rounds", ["six", "300"]),
        ("On Tuesday - 23 people died", ["23"]),
        ("The 23 pirates", ["23"]),
        ("about 300 hours of work", ["about 300 hours"]),
        ("ages 18-25", ["18-25"]),
    ],
)
def test_counts_beside_names_and_times_are_still_amounts(text: str, amounts: list[str]) -> None:
    assert [a.text for a in find_amounts(text)] == amounts


def test_word_numbers_do_not_start_with_and() -> None:
    assert [a.text for a in find_amounts("all republicans and two democrats")] == ["two"]


def test_short_scales() -> None:
    assert one("a 3bn plan").value == 3e9
    money = one("a £2.5bn plan")
    assert (money.value, money.unit, money.kind) == (2.5e9, "GBP", "money")


def test_a_multiplies_only_scales() -> None:
    assert word_number("a five") is None
    assert [a.text for a in find_amounts("seeking a five - year deal")] == ["five"]
    assert find_amounts("free-agent 1B Mark Teixeira") == []


def test_a_huge_digit_run_is_an_identifier() -> None:
    assert find_amounts("order " + "1" * 400 + " placed") == []


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789 ,.-$%£abdhnorstuvwxyz'")), max_size=60))
def test_any_text_gives_amounts_inside_it_with_finite_ordered_intervals(text: str) -> None:
    for amount in find_amounts(text):
        assert 0 <= amount.start < amount.end <= len(text)
        assert text[amount.start : amount.end] == amount.text
        assert math.isfinite(amount.low) and math.isfinite(amount.high)
        assert amount.low <= amount.high


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["about", "more", "than", "a", "few", "dozen", "hundreds", "of", "tens", "thousands",
             "between", "and", "to", "12", "3,000", "km", "per", "cent", "only", "two", "-"]
        ),
        max_size=12,
    )
)  # fmt: skip
def test_any_phrase_of_number_words_gives_ordered_intervals(words: list[str]) -> None:
    text = " ".join(words)
    for amount in find_amounts(text):
        assert text[amount.start : amount.end] == amount.text
        assert amount.low <= amount.high


def test_quantifiers_alone_before_a_noun_are_vague_counts() -> None:
    several = one("several trucks left")
    assert (several.text, several.low, several.high, several.vague) == ("several", 3, 7, True)
    hours = one("for a couple of hours")
    assert (hours.kind, hours.unit, hours.low, hours.high) == ("duration", "hour", 2, 3)
    assert find_amounts("a few more came, and a couple of them stayed several times") == []


def test_scores_and_votes_are_not_ranges() -> None:
    assert [a.text for a in find_amounts("won 88-72 at home")] == ["88", "72"]
    assert [a.text for a in find_amounts("the 2008-09 season")] == []
    assert one("10-20 people").text == "10-20"
