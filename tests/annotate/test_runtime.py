"""The spaCy runtime: a light pass everywhere, a parse only for sentences that need one."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from newsprism.annotate.nlp import load_nlp
from newsprism.annotate.runtime import (
    PARSE_LEMMAS,
    SELDOM_CUES,
    CueForms,
    _unbound,
    needs_parse,
    parse_texts,
    wants_tree,
)
from newsprism.settings import Settings


def test_needs_parse_spots_quotes_cues_and_numbers() -> None:
    assert needs_parse('"We left," he said.')
    assert needs_parse("Hundreds fled.")
    assert needs_parse("It cost 40 dollars.")
    assert needs_parse("The BBC reported it.")
    assert not needs_parse("The sky was grey over the harbour.")


def test_parsed_sentences_map_back_to_text_offsets() -> None:
    text = "The sky was grey.\n\nOfficials said 40 homes burned. Rain fell."
    parsed = next(iter(parse_texts([text], Settings())))
    sentences = list(parsed.doc.sents)
    assert all("\n" not in s.text.strip() for s in sentences)  # a line break ends a sentence
    with_parse = [s for s in sentences if parsed.parse_of(s) is not None]
    assert [s.text.strip() for s in with_parse] == ["Officials said 40 homes burned."]
    sent = with_parse[0]
    tree = parsed.parse_of(sent)
    assert tree is not None
    for tok in tree:
        offset = sent.start_char + tok.idx
        assert text[offset : offset + len(tok.text)] == tok.text


def test_parse_all_parses_every_sentence_and_batches_keep_order() -> None:
    texts = [f"Text number {i} is here. The sky was grey." for i in range(5)]
    out = list(parse_texts(texts, Settings(batch_size=2), parse_all=True))
    assert [p.text for p in out] == texts
    for item in out:
        assert all(item.parse_of(s) is not None for s in item.doc.sents)


def test_entities_in_returns_entities_inside_a_range() -> None:
    text = "Angela Merkel met Emmanuel Macron in Paris."
    parsed = next(iter(parse_texts([text], Settings())))
    inside = parsed.entities_in(0, text.index(" met"))
    assert [e.text for e in inside] == ["Angela Merkel"]


def test_only_sentences_with_speech_get_a_tree_but_amounts_get_tags() -> None:
    text = "Around 300 soldiers and their families left. The BBC said 40 homes burned."
    parsed = next(iter(parse_texts([text], Settings())))
    amounts, speech = list(parsed.doc.sents)
    assert parsed.parse_of(amounts) is None
    tagged = parsed.tagged_of(amounts)
    assert tagged is not None
    assert [t.pos_ for t in tagged][:4] == ["ADV", "NUM", "NOUN", "CCONJ"]
    tree = parsed.parse_of(speech)
    assert parsed.tagged_of(speech) is tree
    assert tree is not None
    said = next(t for t in tree if t.text == "said")
    assert said.lemma_ == "say" and [c.dep_ for c in said.children if c.dep_ == "nsubj"]


def test_parse_all_gives_a_tree_to_sentences_without_speech() -> None:
    text = "Around 300 soldiers left."
    parsed = next(iter(parse_texts([text], Settings(), parse_all=True)))
    (sent,) = list(parsed.doc.sents)
    tree = parsed.parse_of(sent)
    assert tree is not None and tree.has_annotation("DEP")


def test_wants_tree_looks_for_speech_verbs_and_according_to() -> None:
    heavy = load_nlp(Settings().spacy_model, ("ner",))
    said, report, according, plain = heavy.pipe(
        [
            "Officials said so.",
            "The report came out.",
            "According to police, it rained.",
            "It rained.",
        ]
    )
    assert wants_tree(said) and wants_tree(according)
    assert not wants_tree(report)  # a noun, not a verb of speech
    assert not wants_tree(plain)


def test_cue_forms_cover_inflections_and_leave_other_words_out() -> None:
    heavy = load_nlp(Settings().spacy_model, ("ner",))
    forms = CueForms.of(heavy.get_pipe("attribute_ruler"), heavy.get_pipe("lemmatizer"))
    assert forms is not None
    for word in ("said", "says", "told", "reported", "according", "estimates", "wrote"):
        assert forms(word), word
    for word in ("sky", "harbour", "investigation", "grey"):
        assert not forms(word), word


def test_sentences_with_only_quote_marks_get_no_tags() -> None:
    text = 'The sky was "grey" over the harbour. She wrote "nothing" then. It had "40" boats.'
    parsed = next(iter(parse_texts([text], Settings())))
    grey, wrote, boats = list(parsed.doc.sents)
    assert parsed.tagged_of(grey) is None and parsed.parse_of(grey) is None
    assert parsed.parse_of(wrote) is not None
    assert parsed.tagged_of(boats) is not None


def test_sentences_whose_amounts_count_nothing_get_no_tags() -> None:
    text = "Prices rose 40 percent to $3 million. Around 300 soldiers left."
    parsed = next(iter(parse_texts([text], Settings())))
    money, soldiers = list(parsed.doc.sents)
    assert parsed.tagged_of(money) is None
    assert parsed.tagged_of(soldiers) is not None


def _dev_articles(shared_data: Path, stories: int) -> list[str]:
    path = shared_data / "bench" / "summaries-multinews" / "dev.jsonl.gz"
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        records = [json.loads(line) for _, line in zip(range(stories), handle, strict=False)]
    return [text for record in records for text in record["documents"] if text.strip()]


def test_no_sentence_a_reader_needs_a_tree_for_goes_without(shared_data: Path) -> None:
    """Against the parser's own view of every sentence (parse_all): the shortcuts miss none."""
    texts = _dev_articles(shared_data, 12)
    settings = Settings()
    for quick, full in zip(
        parse_texts(texts, settings), parse_texts(texts, settings, parse_all=True), strict=True
    ):
        for sent in full.doc.sents:
            tree = full.parse_of(sent)
            assert tree is not None
            # A verb use of a form that is a noun far more often ("state") is left out on purpose,
            # and so are cues read only next to a quotation, away from one.
            unbound = _unbound(quick.text, sent)
            named = any(e.label_ in ("PERSON", "ORG", "GPE", "NORP", "FAC") for e in sent.ents)
            cues = [t for t in tree if t.lower_ == "according" or t.lemma_.lower() in PARSE_LEMMAS]
            if wants_tree(tree, unbound, named) and any(t.lower_ not in SELDOM_CUES for t in cues):
                assert quick.parse_of(sent) is not None, sent.text


def test_quote_bound_cue_gets_a_tree_only_next_to_a_quotation() -> None:
    text = (
        '"We will win," the senator continued.\n'
        "The poll found that most voters were undecided.\n"
        "The senator continued her tour of the state."
    )
    parsed = next(iter(parse_texts([text], Settings())))
    quoted, poll, away = list(parsed.doc.sents)
    assert parsed.parse_of(away) is None
    assert parsed.parse_of(quoted) is not None
    assert parsed.parse_of(poll) is not None


def test_name_bound_cue_gets_a_tree_only_with_a_name_in_its_sentence() -> None:
    text = "Senator Elizabeth Warren wants a vote on the bill.\nWe want a vote on the bill."
    parsed = next(iter(parse_texts([text], Settings())))
    named, unnamed = list(parsed.doc.sents)
    assert parsed.parse_of(named) is not None
    assert parsed.tagged_of(unnamed) is None


def test_a_cue_word_outside_the_old_word_list_gets_a_tree() -> None:
    text = "The senator pledged support for the bill. The mayor mocked the plan."
    parsed = next(iter(parse_texts([text], Settings())))
    assert all(parsed.parse_of(sent) is not None for sent in parsed.doc.sents)


def test_a_form_that_is_seldom_a_cue_alone_gets_no_tags() -> None:
    text = "The state has many issues. The state said the issues were old."
    parsed = next(iter(parse_texts([text], Settings())))
    nouns, speech = list(parsed.doc.sents)
    assert parsed.tagged_of(nouns) is None
    assert parsed.parse_of(speech) is not None


def test_first_person_thinking_counts_as_a_name_for_a_tree() -> None:
    text = (
        "I really think the vote will pass.\nWe don't know the cost.\n"
        "They think the vote will pass."
    )
    parsed = next(iter(parse_texts([text], Settings())))
    first, negated, third = list(parsed.doc.sents)
    assert parsed.parse_of(first) is not None
    assert parsed.parse_of(negated) is not None
    assert parsed.tagged_of(third) is None


def test_a_seldom_form_followed_by_out_or_that_gets_a_tree() -> None:
    text = "The senator points out that the bill failed.\nThe senator made good points."
    parsed = next(iter(parse_texts([text], Settings())))
    verb, noun = list(parsed.doc.sents)
    assert parsed.parse_of(verb) is not None
    assert parsed.tagged_of(noun) is None
