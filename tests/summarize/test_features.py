"""Story features: copies, off-story articles, word and sentence feature rows."""

from __future__ import annotations

import numpy as np

from newsprism.model import Article
from newsprism.summarize.features import (
    SENTENCE_FEATURES,
    WORD_FEATURES,
    copy_groups,
    off_story,
    story_features,
    word_features,
)
from newsprism.summarize.sentences import article_passages
from newsprism.summarize.terms import content_terms, tfidf_matrix
from newsprism.summarize.weights import WORD_WEIGHTS

FIRE = "A fire destroyed the old mill in Lowell on Sunday. Firefighters fought the blaze for hours."
FIRE2 = "The old mill in Lowell burned down on Sunday. Crews fought the fire through the night."
ARCHIVE = "Log in to continue reading. Your subscription supports our newsroom."


def _article(text: str, name: str, notes: list[str] | None = None) -> Article:
    return Article(id=name * 16, text=text, source=name, notes=notes or [])


def _vectors(articles: list[Article]) -> np.ndarray:
    return tfidf_matrix([content_terms(a.text) for a in articles])


def test_near_identical_articles_are_one_copy_group() -> None:
    articles = [_article(FIRE, "a"), _article(FIRE2, "b"), _article(FIRE + " ", "c")]
    assert copy_groups(articles, _vectors(articles), 0.9) == [0, 1, 0]


def test_copies_given_by_mapping_or_notes_join_their_original() -> None:
    articles = [_article(FIRE, "a"), _article(FIRE2, "b"), _article(ARCHIVE, "c")]
    vectors = _vectors(articles)
    assert copy_groups(articles, vectors, 0.99, {"b" * 16: "a" * 16}) == [0, 0, 2]
    noted = [articles[0], articles[1], _article(ARCHIVE, "c", [f"copy of {'b' * 16}"])]
    assert copy_groups(noted, vectors, 0.99) == [0, 1, 1]
    # A mapping naming an article outside the story changes nothing.
    assert copy_groups(articles, vectors, 0.99, {"b" * 16: "z" * 16}) == [0, 1, 2]


def test_an_article_sharing_nothing_with_the_others_is_off_story() -> None:
    articles = [_article(FIRE, "a"), _article(FIRE2, "b"), _article(ARCHIVE, "c")]
    assert off_story(_vectors(articles), 0.12).tolist() == [False, False, True]


def test_two_unrelated_articles_cannot_be_told_apart() -> None:
    articles = [_article(FIRE, "a"), _article(ARCHIVE, "c")]
    assert off_story(_vectors(articles), 0.12).tolist() == [False, False]
    assert off_story(_vectors(articles[:1]), 0.12).tolist() == [False]


def test_word_features_count_words_and_the_articles_using_them() -> None:
    tokens = [["mill", "the"], ["mill", "fire"], ["login"]]
    vocabulary, rows = word_features(tokens, [0, 1, 2], [0, 1, 2], np.array([False, False, True]))
    table = {
        w: dict(zip(WORD_FEATURES, r, strict=True)) for w, r in zip(vocabulary, rows, strict=True)
    }
    assert rows.shape == (4, len(WORD_FEATURES))
    assert table["mill"]["per_hundred"] == 40.0
    assert table["mill"]["article_share"] == 1.0
    assert table["fire"]["article_share"] == 0.5
    assert table["the"]["stop"] == 1.0 and table["mill"]["stop"] == 0.0
    assert table["login"]["off_story_only"] == 1.0


def test_story_features_shape_and_agreement() -> None:
    articles = [_article(FIRE, "a"), _article(FIRE2, "b"), _article(ARCHIVE, "c")]
    passages = article_passages(articles)
    features = story_features(articles, passages, WORD_WEIGHTS, 0.9, 0.12)
    assert features.sentences.shape == (len(passages), len(SENTENCE_FEATURES))
    assert features.similarity.shape == (len(passages), len(passages))
    column = dict(zip(SENTENCE_FEATURES, features.sentences.T, strict=True))
    # The mill sentences agree with the other fire article; the login prompt agrees with none.
    assert column["agreement"][0] > column["agreement"][-1]
    assert column["off_story"].tolist() == [0.0, 0.0, 0.0, 0.0, 1.0, 1.0]
    assert column["web_words"][-2] >= 1
    assert all(isinstance(c, type(features.words[0])) for c in features.words)
