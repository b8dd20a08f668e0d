"""Mojibake repair: UTF-8 read as Latin-1 or cp1252 is turned back, correct text left alone."""

from __future__ import annotations

import pytest

from newsprism.extract.text_repair import repair_mojibake


@pytest.mark.parametrize(
    "text",
    [
        "Today’s paper — “quoted” text",
        "Москва, 19 ноября",
        "엔터미디어 정덕현의 이슈공감",
        "Ça coûte 5 € à São Paulo",
    ],
)
def test_mis_decoded_text_is_repaired(text: str) -> None:
    assert repair_mojibake(text.encode("utf-8").decode("latin-1")) == text


def test_cp1252_mojibake_is_repaired() -> None:
    text = "It’s a ‘fine’ day – really"
    assert repair_mojibake(text.encode("utf-8").decode("cp1252")) == text


@pytest.mark.parametrize(
    "text",
    ["café au lait, naïve façade", "Straße in München", "plain ASCII line", "Ã la carte"],
)
def test_correct_text_is_left_alone(text: str) -> None:
    assert repair_mojibake(text) == text


def test_each_line_is_judged_on_its_own() -> None:
    good = "café"
    broken = "Today’s".encode().decode("latin-1")
    assert repair_mojibake(f"{good}\n{broken}") == "café\nToday’s"


@pytest.mark.parametrize("text", ["엔터미디어 정덕현의 이슈공감", "Москва, хорошо", "Рим и Рига"])
def test_bytes_a_scraper_turned_into_spaces_are_restored(text: str) -> None:
    # 0xA0 read as a no-break space and 0x85 as "next line" both end up as plain spaces.
    spaced = text.encode("utf-8").decode("latin-1").replace("\xa0", " ").replace("\x85", " ")
    assert spaced != text.encode("utf-8").decode("latin-1")
    assert repair_mojibake(spaced) == text


def test_bytes_lost_for_good_are_dropped_not_invented() -> None:
    damaged = ("и мир, " + "Москва").encode("utf-8")[:-1].decode("latin-1")
    repaired = repair_mojibake(damaged)
    assert repaired == "и мир, Москв"
