"""Tests of name normalisation: titles, keys and short forms."""

from __future__ import annotations

from newsprism.annotate.names import name_key, resolve_short_forms, split_title, tidy_name


def test_split_title_strips_ranks_and_honorifics() -> None:
    assert split_title("Col. Ryan Dillon") == ("Ryan Dillon", "Col.")
    assert split_title("Colonel Ryan Dillon") == ("Ryan Dillon", "Colonel")
    assert split_title("Lt. Gen. Jane Roe") == ("Jane Roe", "Lt. Gen.")
    assert split_title("Mr. Trump") == ("Trump", "Mr.")


def test_split_title_keeps_a_bare_title_and_plain_names() -> None:
    assert split_title("the Colonel")[0] == "the Colonel"
    assert split_title("Ryan Dillon") == ("Ryan Dillon", "")


def test_tidy_name_cuts_possessive_and_edges() -> None:
    assert tidy_name("  Mattis's ") == "Mattis"
    assert tidy_name('"Dillon",') == "Dillon"


def test_name_key_folds_case_accents_and_article() -> None:
    assert name_key("The BBC") == "bbc"
    assert name_key("José  Martí") == "jose marti"


def test_short_forms_point_to_the_full_name() -> None:
    mapping = resolve_short_forms(["Ryan Dillon", "Dillon", "Ryan", "James Mattis"])
    assert mapping["Dillon"] == "Ryan Dillon"
    assert mapping["Ryan"] == "Ryan"  # a first name alone is not a surname
    assert mapping["James Mattis"] == "James Mattis"


def test_ambiguous_short_form_maps_to_itself() -> None:
    mapping = resolve_short_forms(["Hillary Clinton", "Bill Clinton", "Clinton"])
    assert mapping["Clinton"] == "Clinton"
