"""Tests of the story's cast of quoted speakers."""

from __future__ import annotations

from newsprism.compare.speakers import description_key, speakers_of


def _quoted(draft, text, outlet, *quotes):
    """An article whose quotes are (phrase, speaker, key, kind, role) tuples."""
    d = draft(text, outlet)
    for phrase, speaker, key, kind, role in quotes:
        d.quote(phrase, speaker)
        record = d.layers["quotes"][-1]
        record.update(speaker_key=key, speaker_kind=kind, role=role)
    return d.article()


def test_description_key_keeps_the_describing_words():
    assert description_key("A navy spokesman", "spokesman") == "spokesman|navy"
    assert description_key("the Navy spokesman", "spokesman") == "spokesman|navy"
    assert description_key("a German military spokesman", "spokesman") == (
        "spokesman|german military"
    )
    assert description_key("one of the lorry drivers", "driver") == "driver|lorry"
    assert description_key("another driver", "driver") == "driver"


def test_different_described_people_stay_apart_and_a_short_name_joins_the_full_one(draft):
    a = _quoted(
        draft,
        'Robert Gates spoke. "Ships can outrun pirates," Mr Gates said. A navy spokesman '
        'said the boats fled. "We saw two boats," a German military spokesman said.',
        "Daily A",
        ("Robert Gates spoke", "Robert Gates", "robert gates", "person", "Defence Secretary"),
        ('"Ships can outrun pirates,"', "Gates", "gates", "person", "Mr"),
        ("the boats fled", "A navy spokesman", "spokesman", "description", None),
        ('"We saw two boats,"', "a German military spokesman", "spokesman", "description", None),
    )
    b = _quoted(
        draft,
        "The Navy spokesman said the pirates surrendered.",
        "Weekly B",
        ("the pirates surrendered", "the Navy spokesman", "spokesman", "description", None),
    )
    cast = {s["speaker"]: s for s in speakers_of([a, b])}
    assert set(cast) == {"Robert Gates", "A navy spokesman", "a German military spokesman"}
    gates = cast["Robert Gates"]
    assert gates["role"] == "Defence Secretary" and gates["names"] == ["Robert Gates", "Gates"]
    navy = cast["A navy spokesman"]
    assert [q["article"] for q in navy["quotes"]] == [a.id, b.id]


def test_a_bare_description_joins_its_only_described_kind_and_an_honorific_is_no_role(draft):
    a = _quoted(
        draft,
        "A lorry driver said they were scared. The driver said they were not paid. Ms Lee spoke.",
        "Daily A",
        ("they were scared", "A lorry driver", "driver", "description", None),
        ("they were not paid", "The driver", "driver", "description", None),
        ("Ms Lee spoke", "Lee", "lee", "person", "Ms"),
    )
    cast = {s["speaker"]: s for s in speakers_of([a])}
    assert cast["A lorry driver"]["names"] == ["A lorry driver", "The driver"]
    assert cast["Lee"]["role"] is None
