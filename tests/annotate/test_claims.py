"""The claims layer on small hand-written texts: what is counted and who asserts it."""

from __future__ import annotations

from typing import Any

from newsprism.annotate.attributions import find_attributions
from newsprism.annotate.claims import conventions_from, find_claims
from newsprism.annotate.runtime import ParsedText, parse_texts
from newsprism.settings import Settings, load_settings

SETTINGS = Settings()


def parse(text: str) -> ParsedText:
    return next(iter(parse_texts([text], SETTINGS)))


def claims_of(text: str, quotes: list[dict[str, Any]] | None = None) -> list[dict[str, Any]]:
    parsed = parse(text)
    layers: dict[str, list[dict[str, Any]]] = {"quotes": quotes or []}
    layers["attributions"] = find_attributions(parsed, layers, SETTINGS)
    found = find_claims(parsed, layers, SETTINGS, "The Daily Example")
    for claim in found:
        assert text[claim["start"] : claim["end"]] == claim["text"]
        if claim["counted"]:
            assert text[claim["counted_start"] : claim["counted_end"]] == claim["counted"]
    return found


def by_text(found: list[dict[str, Any]], text: str) -> dict[str, Any]:
    return next(c for c in found if c["text"] == text)


def test_counted_keeps_conjuncts_and_scope() -> None:
    found = claims_of(
        "Around 300 soldiers and their families were evacuated. "
        "The ships carried 4,000 people, including women and children, to the port."
    )
    assert by_text(found, "Around 300")["counted"] == "soldiers and their families"
    assert by_text(found, "4,000")["counted"] == "people, including women and children"


def test_counted_stops_at_the_next_amount() -> None:
    found = claims_of("The fleet had almost 50 trucks, 13 buses and more than 100 cars.")
    assert [c["counted"] for c in found] == ["trucks", "buses", "cars"]


def test_unattributed_claim_is_asserted_by_the_outlet() -> None:
    claim = by_text(claims_of("Ten trucks were loaded with grain."), "Ten")
    assert (claim["asserter"], claim["asserter_kind"]) == ("The Daily Example", "outlet")
    assert claim["low"] == claim["high"] == 10


def test_speech_verb_subject_asserts_the_claim() -> None:
    text = "After the vote, party officials said that only a few dozen members had resigned."
    claim = by_text(claims_of(text), "a few dozen")
    assert claim["asserter"] == "party officials"
    assert claim["asserter_kind"] == "speaker"
    assert claim["minimiser"] is True


def test_according_to_a_person_names_the_asserter() -> None:
    text = "The queue was 2km long, according to a local shopkeeper."
    claim = by_text(claims_of(text), "2km")
    assert claim["asserter"] == "a local shopkeeper"


def test_a_credited_source_asserts_claims_it_covers() -> None:
    text = (
        "Hundreds of residents fled the town, according to a Reuters investigation.\n\n"
        "Twelve bridges were destroyed."
    )
    found = claims_of(text)
    assert by_text(found, "Hundreds")["asserter"] == "Reuters"
    assert by_text(found, "Hundreds")["asserter_kind"] == "source"
    assert by_text(found, "Twelve")["asserter"] == "Reuters"


def test_the_quote_a_claim_sits_in_names_its_speaker() -> None:
    text = 'The mayor said: "We rebuilt 40 houses in a year."'
    start = text.index('"')
    quote = {
        "text": text[start:],
        "kind": "direct",
        "speaker": "The mayor",
        "start": start,
        "end": len(text),
        "speaker_start": 0,
        "speaker_end": 9,
    }
    claim = by_text(claims_of(text, [quote]), "40")
    assert (claim["asserter"], claim["asserter_kind"]) == ("The mayor", "speaker")


def test_dates_and_durations_are_claims_with_their_kind() -> None:
    found = claims_of("After four months of talks, the deal was signed last month.")
    assert by_text(found, "four months")["kind"] == "duration"
    assert by_text(found, "four months")["value"] == 4
    assert by_text(found, "last month")["kind"] == "date"


def test_a_text_without_amounts_has_no_claims() -> None:
    assert claims_of("Nothing was counted here.") == []


def test_claims_conventions_come_from_the_config_file(tmp_path: Any) -> None:
    config = tmp_path / "newsprism.toml"
    config.write_text(
        '[claims.vague]\nhundreds = [100, 999]\n[claims.hedges]\n"more than" = [1.0, 2.0]\n'
        '[claims]\nminimisers = ["barely"]\n',
        encoding="utf-8",
    )
    settings = load_settings(config)
    conv = conventions_from(settings)
    assert conv.vague["hundreds"] == (100, 999)
    assert conv.hedges["more than"] == (1.0, 2.0)
    assert conv.minimisers == ("barely",)
    parsed = parse("Hundreds of people came and more than 10 left. Only 3 stayed.")
    found = find_claims(parsed, {}, settings, None)
    assert (found[0]["low"], found[0]["high"]) == (100, 999)
    assert (found[1]["low"], found[1]["high"]) == (10, 20)
    assert found[2]["minimiser"] is False  # "only" is no longer a minimiser
    assert found[2]["asserter"] is None and found[2]["asserter_kind"] is None


def test_ages_and_bare_numbers_tagged_as_dates() -> None:
    found = claims_of("The 27-year-old actor arrived on Monday. Curry, 17, left in 1925.")
    age = by_text(found, "27-year-old")
    assert (age["kind"], age["value"], age["unit"]) == ("age", 27, "year")
    assert by_text(found, "Monday")["kind"] == "date"
    assert not [c for c in found if c["text"] == "17" and c["kind"] == "date"]


def test_a_date_entity_starts_at_the_date() -> None:
    found = claims_of("Since the shuttering of the school two years ago, nobody came back.")
    assert any(c["text"] == "two years ago" and c["kind"] == "date" for c in found), found


def test_duration_counts_only_an_of_phrase() -> None:
    found = claims_of("He gave a four-hour interview over two days this week.")
    assert all(c["counted"] is None for c in found if c["kind"] == "duration")


def test_a_numbered_week_is_a_date_not_a_duration() -> None:
    found = claims_of("He signed with the club in Week 12 after three weeks of talks.")
    kinds = {c["text"]: c["kind"] for c in found}
    assert kinds.get("Week 12", "date") == "date"
    assert kinds["three weeks"] == "duration"


def test_a_pronoun_asserter_resolves_to_the_person_named_before() -> None:
    text = "Maria Lopez runs the shelter.\n\nShe said that 45 families had arrived."
    claim = by_text(claims_of(text), "45")
    assert (claim["asserter"], claim["asserter_kind"]) == ("Maria Lopez", "speaker")
    assert claim["asserter_key"] == "maria lopez"
    assert text[claim["asserter_start"] : claim["asserter_end"]] == "Maria Lopez"


def test_asserter_keys_and_counted_heads_for_matching_across_outlets() -> None:
    found = claims_of("Rescuers said 300 miners and their relatives were trapped. Ten trucks left.")
    miners = by_text(found, "300")
    assert miners["counted_head"] == "miner"
    assert miners["asserter_key"] == "rescuer"
    trucks = by_text(found, "Ten")
    assert trucks["counted_head"] == "truck"
    assert trucks["asserter_key"] == "thedailyexample"


def test_he_never_resolves_to_an_organisation() -> None:
    text = "The company said it had cut 3,000 jobs.\n\nHe said he had seen about 200 soldiers."
    quote = {
        "text": "it had cut 3,000 jobs",
        "kind": "indirect",
        "speaker": "The company",
        "speaker_kind": "org",
        "speaker_key": "company",
        "start": text.index("it had"),
        "end": text.index("jobs") + 4,
        "speaker_start": 0,
        "speaker_end": 11,
    }
    soldiers = by_text(claims_of(text, [quote]), "about 200")
    assert soldiers["asserter"] == "He"
    assert (soldiers["low"], soldiers["high"]) == (180, 220)


def test_amount_trigger_skips_plain_sentences_but_keeps_quantifier_phrases() -> None:
    trigger = conventions_from(SETTINGS).trigger
    assert trigger.search("The size of the crowd was not known.") is None
    found = claims_of("A handful of protesters came; a couple of reporters stayed.")
    assert [(c["text"], c["counted"], c["high"]) for c in found] == [
        ("A handful of", "protesters", 5.0),
        ("a couple of", "reporters", 3.0),
    ]
