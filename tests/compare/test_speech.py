"""Tests of a finding's speaker, display text and position."""

from __future__ import annotations

import numpy as np

from newsprism.compare.agreements import build_agreements
from newsprism.compare.align import align
from newsprism.compare.options import CompareOptions
from newsprism.compare.origins import find_origins
from newsprism.compare.speech import display_text, position_of, speaker_of
from newsprism.compare.unique import build_unique
from newsprism.compare.units import units_of

OPTIONS = CompareOptions(embeddings=False)


def test_a_sentence_inside_a_direct_quote_has_its_speaker(draft):
    text = 'The mayor spoke. "We rebuilt the bridge. It took two years," said Ann Lee. Rain fell.'
    art = (
        draft(text, "Daily A")
        .quote('"We rebuilt the bridge. It took two years,"', "Ann Lee")
        .article()
    )
    start, end = text.index("We rebuilt"), text.index("bridge.") + len("bridge.")
    assert speaker_of(art, start, end) == "Ann Lee"
    # The sentence that names the speaker is mostly the outlet's own words.
    said = text.index("It took"), text.index("Lee.") + 4
    assert speaker_of(art, *said) is None
    assert speaker_of(art, text.index("Rain"), len(text)) is None
    assert speaker_of(art, start, end, source="title") is None


def test_reported_speech_has_no_speaker_of_its_own(draft):
    text = "Ann Lee said the bridge was rebuilt in two years."
    art = draft(text, "A").quote("the bridge was rebuilt in two years", "Ann Lee", "indirect")
    assert speaker_of(art.article(), 0, len(text)) is None


def test_display_text_drops_only_an_unpaired_mark_at_an_end():
    assert display_text('Even their children had belts on."') == "Even their children had belts on."
    assert display_text("Even their children had belts on\u201d.") == (
        "Even their children had belts on."
    )
    assert display_text('  "We went alone.') == "We went alone."
    assert display_text('A war of "annihilation" was declared.') == (
        'A war of "annihilation" was declared.'
    )
    opened = 'He told the BBC: "There were many.'
    assert display_text(opened) == opened
    assert display_text("The fighters' families left.") == "The fighters' families left."


def test_position_runs_from_the_headline_to_the_last_words(draft):
    art = draft("One. Two. Three.", "A", title="Headline").article()
    assert position_of(art, 0, "title") == 0.0
    assert position_of(art, 0) == 0.0
    assert 0.5 < position_of(art, art.text.index("Three")) < 1.0


def test_agreements_put_what_the_articles_lead_with_first_and_name_quoted_speakers(draft):
    a = draft(
        'Floods closed the coastal highway on Monday. "The water rose over the guard rails '
        'within minutes," said Ann Lee.',
        "Daily A",
    ).quote('"The water rose over the guard rails within minutes,"', "Ann Lee")
    b = draft(
        'Officials said Ann Lee watched the road. "The water rose over the guard rails within '
        'minutes." Floods closed the coastal highway on Monday.',
        "Weekly B",
    ).quote('"The water rose over the guard rails within minutes."', "Ann Lee")
    articles = [a.article(), b.article()]
    units = [u for art in articles for u in units_of(art)]
    pairs, _ = align(units, OPTIONS)
    agreements = build_agreements(pairs, find_origins(articles))
    assert [g.speaker for g in agreements] == [None, "Ann Lee"]
    assert agreements[0].fact == "Floods closed the coastal highway on Monday."
    assert agreements[1].fact == "The water rose over the guard rails within minutes."
    assert agreements[0].to_dict()["speaker"] is None


def test_a_quoted_fact_only_one_outlet_reports_carries_its_speaker(draft):
    a = draft(
        'Floods closed the coastal highway. "My truck floated away," said Ann Lee. "We rowed '
        'a boat to the hill."',
        "A",
    )
    a.quote('"My truck floated away,"', "Ann Lee")
    a.quote('"We rowed a boat to the hill."', "Ann Lee")
    b = draft("Floods closed the coastal highway.", "B")
    articles = [a.article(), b.article()]
    units = [u for art in articles for u in units_of(art)]
    pairs, scores = align(units, OPTIONS)
    unique = build_unique(units, pairs, np.asarray(scores), OPTIONS)
    (fact,) = [u for u in unique if "truck" in u.passage.text]
    assert fact.speaker is None  # the sentence names its speaker itself
    assert fact.to_dict()["fact"] == fact.passage.text
    (alone,) = [u for u in unique if "boat" in u.passage.text]
    assert alone.speaker == "Ann Lee"
    assert alone.to_dict() | {"passage": None} == {
        "article": articles[0].id, "outlet": "A", "fact": "We rowed a boat to the hill.",
        "speaker": "Ann Lee", "passage": None, "near": None, "reason": None,
    }  # fmt: skip


def test_a_whole_quoted_sentence_loses_its_marks_only_when_shown_as_its_speakers_words():
    assert display_text('"We went alone."', quoted=True) == "We went alone."
    assert display_text('"We went alone".', quoted=True) == "We went alone."
    assert display_text('"We went alone."') == '"We went alone."'
    assert display_text('"We went" and "alone."', quoted=True) == '"We went" and "alone."'


def test_is_fragment():
    from newsprism.compare.speech import is_fragment

    assert is_fragment("Endangered Species Act].")
    assert is_fragment("the purposes of the law.")
    assert is_fragment('"booby-trapped our trucks.')
    assert not is_fragment("They booby-trapped our trucks.")
    assert not is_fragment('"We went alone," he said.')
    assert not is_fragment("The law (passed in 1973) stands.")


def test_a_pronoun_is_no_speaker_to_show(draft):
    text = 'Officials met. "The rules protect nobody."'
    art = draft(text, "A").quote('"The rules protect nobody."', "they").article()
    assert speaker_of(art, text.index('"The'), len(text)) is None


def test_agreements_told_only_by_pieces_of_sentences_come_last_marked_as_pieces(draft):
    a = draft(
        "The purposes of the [Endangered Species Act]. Floods closed the coastal highway.", "A"
    )
    b = draft("It weakens [Endangered Species Act]. Floods closed the coastal highway.", "B")
    for d in (a, b):
        cut = d.text.index("Endangered")
        floods = d.text.index("Floods")
        d.layers["sentences"] = [
            {"start": 0, "end": cut - 1},
            {"start": cut, "end": floods - 1},
            {"start": floods, "end": len(d.text)},
        ]
    articles = [a.article(), b.article()]
    units = [u for art in articles for u in units_of(art)]
    pairs, _ = align(units, OPTIONS)
    facts = [g.fact for g in build_agreements(pairs, find_origins(articles))]
    assert facts[0] == "Floods closed the coastal highway."
    assert facts[-1] == "\u2026Endangered Species Act]."
