"""Sentence splitting and candidate passages: offsets exact, abbreviations and layers respected."""

from __future__ import annotations

from newsprism.model import Article
from newsprism.summarize.sentences import article_passages, split_sentences


def _texts(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


def test_splits_at_full_stops_question_and_exclamation_marks() -> None:
    assert _texts("It rained. Did it stop? No! Then sun.") == [
        "It rained.",
        "Did it stop?",
        "No!",
        "Then sun.",
    ]


def test_titles_initials_and_initialisms_do_not_end_a_sentence() -> None:
    text = "The gov. Lincoln Chafee spoke. J. Smith agreed at 5 p.m. Monday in the U.S. Army base."
    assert _texts(text) == [
        "The gov. Lincoln Chafee spoke.",
        "J. Smith agreed at 5 p.m. Monday in the U.S. Army base.",
    ]


def test_lower_case_continuation_and_closing_quotes() -> None:
    text = 'He said "we are done." Then he left. she said no. ok'
    assert _texts(text) == ['He said "we are done."', "Then he left. she said no. ok"]


def test_glued_full_stop_between_words_splits_but_web_addresses_do_not() -> None:
    text = "Drivers drink coffee.but a bill may stop them. See nj.com or www.example.org/a.b today."
    assert _texts(text) == [
        "Drivers drink coffee.",
        "but a bill may stop them.",
        "See nj.com or www.example.org/a.b today.",
    ]


def test_line_breaks_end_sentences_and_offsets_are_trimmed() -> None:
    text = "  Headline here\n\nFirst sentence. Second one.  \n"
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == ["Headline here", "First sentence.", "Second one."]
    assert all(not text[s].isspace() and not text[e - 1].isspace() for s, e in spans)


def test_empty_and_blank_texts_have_no_sentences() -> None:
    assert split_sentences("") == []
    assert split_sentences(" \n \n") == []


def test_passages_number_articles_and_sentences() -> None:
    a = Article(id="a", text="One. Two here.", source="a")
    b = Article(id="b", text="Three now.", source="b")
    passages = article_passages([a, b])
    assert [(p.article, p.index, p.text) for p in passages] == [
        (0, 0, "One."),
        (0, 1, "Two here."),
        (1, 0, "Three now."),
    ]
    for p in passages:
        assert [a, b][p.article].text[p.start : p.end] == p.text


def test_sentences_layer_is_used_and_trimmed() -> None:
    text = "Dr. Who came. He left."
    layer = [{"start": 0, "end": 14}, {"start": 14, "end": 22}]
    article = Article(id="a", text=text, source="a", layers={"sentences": layer})
    assert [p.text for p in article_passages([article])] == ["Dr. Who came.", "He left."]


def test_broken_sentences_layer_falls_back_to_splitting() -> None:
    text = "First one. Second one."
    article = Article(id="a", text=text, source="a", layers={"sentences": [{"start": 5}]})
    assert [p.text for p in article_passages([article])] == ["First one.", "Second one."]
    outside = Article(
        id="b", text=text, source="b", layers={"sentences": [{"start": 0, "end": 99}]}
    )
    assert [p.text for p in article_passages([outside])] == ["First one.", "Second one."]


def test_a_quotation_over_several_sentences_is_one_passage() -> None:
    text = (
        'The mayor spoke. "We will rebuild. It will take years. But we will do it," she said. '
        "Then she left."
    )
    article = Article(id="a", text=text, source="a")
    assert [p.text for p in article_passages([article])] == [
        "The mayor spoke.",
        '"We will rebuild. It will take years. But we will do it," she said.',
        "Then she left.",
    ]
    assert len(article_passages([article], quote_sentences=1)) == 5


def test_curly_quotations_are_joined_and_a_stray_mark_is_not() -> None:
    text = (
        '\u201cWe won. We really won,\u201d he said. Fine. A stray " mark. One. Two. Three. Four.'
    )
    article = Article(id="a", text=text, source="a")
    passages = [p.text for p in article_passages([article], quote_sentences=3)]
    assert passages[0] == "\u201cWe won. We really won,\u201d he said."
    assert 'A stray " mark.' in passages
