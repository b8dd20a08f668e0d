"""The evidence summary sentences are chosen on: per-story features of words and sentences.

Two linear models use these features (their weights live in :mod:`newsprism.summarize.weights`):
the word model estimates how often each word of the sources will appear in a good summary, and
the sentence model scores each sentence from its centrality, its agreement with the other
articles, its article's standing in the story and the expected value of its words.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from newsprism.model import Article
from newsprism.summarize.sentences import Passage
from newsprism.summarize.terms import content_terms, is_stop_word, tfidf_matrix, word_tokens

__all__ = [
    "SENTENCE_FEATURES",
    "WORD_FEATURES",
    "StoryFeatures",
    "copy_groups",
    "off_story",
    "story_features",
    "word_features",
]

#: The word model's inputs, in the order of its weights.
WORD_FEATURES = (
    "bias",
    "log_count",  # log of the word's count in all the sources
    "per_hundred",  # its count per hundred source words
    "article_share",  # share of the on-story articles (copies once) that use it
    "stop",  # it is a function word
    "stop_per_hundred",  # per_hundred, for function words only
    "off_story_only",  # it occurs only in off-story articles
    "number",  # it is all digits
)

#: The sentence model's inputs, in the order of its weights.
SENTENCE_FEATURES = (
    "bias",
    "centrality",  # TF-IDF cosine with the story's centroid
    "agreement",  # mean best cosine with each other article (copies once)
    "log_length",  # log(1 + words)
    "article_centrality",  # the article's cosine with the centroid of all articles
    "article_agreement",  # the article's mean cosine with the other articles
    "article_share",  # the article's share of the story's words
    "off_story",  # the article shares next to nothing with the others
    "web_words",  # how many words of web furniture ("click", "subscribe") it has
    "word_value",  # expected summary words per word, from the word model
    "stop_share",  # share of function words
    "quote",  # it holds a quotation mark
)

_COPY_NOTE = re.compile(r"\bcop(?:y|ies)\b.*?\b([0-9a-f]{16})\b", re.IGNORECASE)
# Page furniture that leaks into scraped article text: players, sharing, sign-up and cookie
# prompts. Such words rarely belong in a story's summary.
_WEB_WORDS = re.compile(
    r"\b(?:click|javascript|browser|cookies?|subscribe|newsletter|advertisement|sign up|log in|"
    r"login|tweets?|videos?|facebook|twitter|instagram|e-?mail|notifications|privacy|"
    r"copyright|all rights reserved|photos?|image|caption|autoplay|skip|follow us|read more|"
    r"comments?)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class StoryFeatures:
    """A story's sentences with their feature rows and their pairwise TF-IDF similarity.

    ``words`` holds each sentence's word counts and ``expected`` the word model's estimate of
    how often each word appears in a good summary, for judging what a sentence adds.
    """

    passages: list[Passage]
    sentences: np.ndarray
    similarity: np.ndarray
    words: list[Counter[str]]
    expected: dict[str, float]


def copy_groups(
    articles: Sequence[Article],
    vectors: np.ndarray,
    similarity: float,
    copies: Mapping[str, str] | None = None,
) -> list[int]:
    """The group of each article: copies of one text share a group (its first member's number).

    An article that ``copies`` (copy id -> original id) or its notes say copies another
    article of the story joins that article's group; otherwise two articles whose TF-IDF
    ``vectors`` have a cosine of at least ``similarity`` are taken as copies, so a text
    re-posted five times does not outvote the rest.
    """
    numbers = {a.id: n for n, a in enumerate(articles)}
    group = list(range(len(articles)))

    def root(n: int) -> int:
        while group[n] != n:
            n = group[n]
        return n

    def join(i: int, j: int) -> None:
        a, b = sorted((root(i), root(j)))
        group[b] = a

    for copy, original in (copies or {}).items():
        if copy in numbers and original in numbers:
            join(numbers[copy], numbers[original])
    for n, article in enumerate(articles):
        for note in article.notes:
            match = _COPY_NOTE.search(note)
            if match and match.group(1) in numbers:
                join(n, numbers[match.group(1)])
    sims = vectors @ vectors.T
    for i in range(len(articles)):
        for j in range(i + 1, len(articles)):
            if sims[i, j] >= similarity:
                join(i, j)
    return [root(n) for n in range(len(articles))]


def off_story(vectors: np.ndarray, threshold: float) -> np.ndarray:
    """Which articles are off the story: next to nothing in common with any other article.

    Scraped "articles" are sometimes an archive notice, a login wall or a weather box. Such a
    text has a best cosine below ``threshold`` with every other article. When no article
    passes, nothing can be told apart and none is flagged.
    """
    if len(vectors) < 2:
        return np.zeros(len(vectors), dtype=bool)
    sims = vectors @ vectors.T
    np.fill_diagonal(sims, 0.0)
    related = sims.max(axis=1) >= threshold
    return ~related if related.any() else np.zeros(len(vectors), dtype=bool)


def word_features(
    tokens: Sequence[Sequence[str]],
    article_of: Sequence[int],
    groups: Sequence[int],
    off: np.ndarray,
) -> tuple[list[str], np.ndarray]:
    """The story's distinct words and their word-model feature rows.

    ``tokens`` holds each sentence's words and ``article_of`` the article of each sentence.
    """
    counts: Counter[str] = Counter()
    users: dict[str, set[int]] = {}
    for words, article in zip(tokens, article_of, strict=True):
        counts.update(words)
        if not off[article]:
            for word in words:
                users.setdefault(word, set()).add(groups[article])
    on_story = len({groups[a] for a in set(article_of) if not off[a]}) or 1
    total = sum(counts.values()) or 1
    vocabulary = list(counts)
    rows = []
    for word in vocabulary:
        per_hundred = 100.0 * counts[word] / total
        stop = float(is_stop_word(word))
        rows.append(
            [
                1.0,
                math.log(counts[word]),
                per_hundred,
                len(users.get(word, ())) / on_story,
                stop,
                stop * per_hundred,
                float(word not in users),
                float(word.isdigit()),
            ]
        )
    return vocabulary, np.array(rows, dtype=np.float64).reshape(-1, len(WORD_FEATURES))


def story_features(
    articles: Sequence[Article],
    passages: Sequence[Passage],
    word_weights: np.ndarray,
    copy_similarity: float,
    off_story_similarity: float,
    copies: Mapping[str, str] | None = None,
) -> StoryFeatures:
    """Every sentence's feature row, with the sentence-by-sentence similarity matrix."""
    documents = tfidf_matrix([content_terms(a.text) for a in articles])
    groups = copy_groups(articles, documents, copy_similarity, copies)
    off = off_story(documents, off_story_similarity)
    doc_sims = documents @ documents.T
    middle = documents.sum(axis=0)
    norm = np.linalg.norm(middle)
    doc_centrality = documents @ (middle / norm) if norm else np.zeros(len(articles))
    others = max(1, len(articles) - 1)
    doc_agreement = (doc_sims.sum(axis=1) - np.diag(doc_sims)) / others

    vectors = tfidf_matrix([content_terms(p.text) for p in passages])
    sims = vectors @ vectors.T
    middle = vectors.sum(axis=0)
    norm = np.linalg.norm(middle)
    centrality = vectors @ (middle / norm) if norm else np.zeros(len(passages))
    group_of = np.array([groups[p.article] for p in passages])
    distinct = sorted(set(group_of.tolist()))
    agreement = np.zeros(len(passages))
    if len(distinct) > 1:
        for g in distinct:
            # Each sentence's best match inside group g, counted for sentences outside g only.
            best = np.where(group_of == g, sims, 0.0).max(axis=1)
            agreement += np.where(group_of != g, best, 0.0)
        agreement /= len(distinct) - 1

    tokens = [word_tokens(p.text) for p in passages]
    vocabulary, rows = word_features(tokens, [p.article for p in passages], groups, off)
    expected = dict(zip(vocabulary, np.maximum(rows @ word_weights, 0.0).tolist(), strict=True))
    lengths = np.array([len(p.text.split()) for p in passages], dtype=np.float64)
    article_words = np.bincount([p.article for p in passages], weights=lengths)
    total_words = lengths.sum() or 1.0

    table = np.zeros((len(passages), len(SENTENCE_FEATURES)))
    counts = [Counter(words) for words in tokens]
    for i, passage in enumerate(passages):
        words = tokens[i]
        size = max(1, len(words))
        content = [(w, n) for w, n in counts[i].items() if not is_stop_word(w)]
        value = sum(min(n, expected[w]) for w, n in content) / max(1, sum(n for _, n in content))
        a = passage.article
        table[i] = [
            1.0,
            centrality[i],
            agreement[i],
            math.log1p(lengths[i]),
            doc_centrality[a],
            doc_agreement[a],
            article_words[a] / total_words,
            float(off[a]),
            len(_WEB_WORDS.findall(passage.text)),
            value,
            sum(is_stop_word(w) for w in words) / size,
            float(any(q in passage.text for q in '"\u201c\u201d')),
        ]
    return StoryFeatures(list(passages), table, sims, counts, expected)
