"""Tests of the quote ledger."""

from __future__ import annotations

from newsprism.compare.options import CompareOptions
from newsprism.compare.quotes import build_quotes, statements_of

OPTIONS = CompareOptions(embeddings=False)
FIRST = "We did not want anyone to leave,"
MIDDLE = "But this is how the strategy works on the ground."
LAST = "It comes down to the local leaders, who make the decisions."


def _full(draft):
    text = f'"{FIRST}" said Colonel Jane Roe, a spokeswoman. "{MIDDLE} {LAST}"'
    d = draft(text, "Daily A")
    d.quote(FIRST, "Jane Roe").quote(f"{MIDDLE} {LAST}", "Jane Roe")
    return d.article()


def test_consecutive_quotes_of_one_speaker_are_one_statement(draft):
    (statement,) = statements_of(_full(draft))
    assert statement.speaker == "Jane Roe"
    assert len(statement.spans) == 2
    assert statement.words[:3] == ["we", "did", "not"]


def test_verbatim(draft):
    a = draft(f'"{FIRST}" Roe said.', "A").quote(FIRST, "Jane Roe").article()
    b = draft(f'Roe told reporters: "{FIRST}"', "B").quote(FIRST, "Jane Roe").article()
    (pair,) = build_quotes([a, b], OPTIONS)
    assert pair.kind == "verbatim"
    assert pair.first.text == FIRST and pair.second.article == b.id


def test_truncated_without_ellipsis_names_the_cut(draft):
    full = _full(draft)
    short_text = f'"{FIRST}" Colonel Jane Roe told the paper. "{LAST}"'
    short = draft(short_text, "Weekly B").quote(FIRST, "Jane Roe").quote(LAST, "Jane Roe")
    (pair,) = build_quotes([short.article(), full], OPTIONS)
    assert pair.kind == "truncated"
    assert pair.first.article == full.id and pair.second_outlet == "Weekly B"
    assert [p.text for p in pair.details["cut"]] == [MIDDLE]
    assert pair.details["ellipsis"] is False
    cut = pair.details["cut"][0]
    assert full.text[cut.start : cut.end] == MIDDLE


def test_truncated_with_ellipsis(draft):
    full = _full(draft)
    text = f'"{FIRST} ... {LAST}" Roe said.'
    short = draft(text, "C").quote(f"{FIRST} ... {LAST}", "Jane Roe").article()
    (pair,) = build_quotes([full, short], OPTIONS)
    assert pair.kind == "truncated"
    assert pair.details["ellipsis"] is True


def test_altered_gives_the_word_diff(draft):
    a = draft(f'"{LAST}" Roe said.', "A").quote(LAST, "Jane Roe").article()
    changed = LAST.replace("local leaders", "tribal elders")
    b = draft(f'"{changed}" Roe said.', "B").quote(changed, "Jane Roe").article()
    (pair,) = build_quotes([a, b], OPTIONS)
    assert pair.kind == "altered"
    assert pair.details["diff"] == [
        {"op": "replace", "from": "local leaders", "to": "tribal elders"}
    ]


def test_paraphrased_against_reported_speech(draft):
    a = draft(f'"{LAST}" Roe said.', "A").quote(LAST, "Jane Roe").article()
    reported = "Roe said the decisions come down to local leaders."
    b = draft(reported, "B").quote("the decisions come down to local leaders", "Jane Roe",
                                   kind="indirect").article()  # fmt: skip
    (pair,) = build_quotes([a, b], OPTIONS)
    assert pair.kind == "paraphrased"
    assert pair.details == {"direct": a.id}


def test_different_speakers_with_different_words_are_not_paired(draft):
    a = draft(f'"{LAST}" Roe said.', "A").quote(LAST, "Jane Roe").article()
    b = draft('"The talks failed," Smith said.', "B").quote("The talks failed,", "Al Smith")
    assert build_quotes([a, b.article()], OPTIONS) == []


def test_a_surname_matches_the_full_name(draft):
    a = draft(f'"{LAST}" Roe said.', "A").quote(LAST, "Roe").article()
    b = draft(f'"{LAST}" Jane Roe said.', "B").quote(LAST, "Jane Roe").article()
    (pair,) = build_quotes([a, b], OPTIONS)
    assert pair.kind == "verbatim"


def test_each_version_is_set_against_the_fullest_one(draft):
    full = _full(draft)
    copies = [
        draft(f'"{FIRST}" Roe said. "{LAST}"', name)
        .quote(FIRST, "Jane Roe")
        .quote(LAST, "Jane Roe")
        for name in ("B", "C", "D")
    ]
    pairs = build_quotes([c.article() for c in copies] + [full], OPTIONS)
    assert len(pairs) == 3
    assert {p.first.article for p in pairs} == {full.id}
    assert {p.kind for p in pairs} == {"truncated"}
    assert sorted(p.second_outlet for p in pairs) == ["B", "C", "D"]


def test_a_short_fragment_is_not_a_paraphrase(draft):
    a = draft(f'"{LAST}" Roe said.', "A").quote(LAST, "Jane Roe").article()
    b = draft("Roe spoke about the leaders.", "B")
    b.quote("about the leaders", "Jane Roe", kind="indirect")
    assert build_quotes([a, b.article()], OPTIONS) == []
