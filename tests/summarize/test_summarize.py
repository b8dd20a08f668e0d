"""The summarize() API: cited sentences, word budget, copies once, settings and bad input."""

from __future__ import annotations

import pytest

from newsprism.errors import SettingsError
from newsprism.model import Article, article_id
from newsprism.settings import Settings
from newsprism.summarize import RankParams, params_from, summarize

TEXTS = [
    "A fire destroyed the old textile mill in Lowell on Sunday night. "
    "Firefighters from four towns fought the blaze for nine hours. "
    "Nobody was hurt, the fire chief said on Monday morning.",
    "The old textile mill in Lowell burned down on Sunday night after a fire. "
    "Crews from four towns fought the blaze through the night. "
    "The city plans to rebuild the mill as housing next year, the mayor said.",
    "Sign up for our newsletter. Log in to continue reading this story today.",
]


def _articles() -> list[Article]:
    return [Article(id=article_id(t), text=t, source=f"s{n}") for n, t in enumerate(TEXTS)]


def test_every_sentence_cites_exactly_its_text() -> None:
    articles = _articles()
    by_id = {a.id: a for a in articles}
    summary = summarize(articles, words=40)
    assert summary
    for sentence in summary:
        (citation,) = sentence.citations
        assert by_id[citation.article].text[citation.start : citation.end] == sentence.text


def test_about_the_requested_number_of_words() -> None:
    summary = summarize(_articles(), words=25)
    words = [len(s.text.split()) for s in summary]
    assert sum(words) >= 25 and sum(words) - max(words) < 25


def test_off_story_prompts_are_left_out() -> None:
    summary = summarize(_articles(), words=40)
    assert all("newsletter" not in s.text and "Log in" not in s.text for s in summary)


def test_a_known_copy_counts_once() -> None:
    original = _articles()[0]
    copy = Article(id="f" * 16, text=original.text + " Reposted.", source="copy")
    summary = summarize([original, copy], words=200, copies={copy.id: original.id})
    texts = [s.text for s in summary]
    assert len(texts) == len(set(texts))


def test_empty_articles_give_an_empty_summary() -> None:
    assert summarize([]) == []
    assert summarize([Article(id="e" * 16, text="  \n", source="blank")]) == []


def test_words_must_be_positive() -> None:
    with pytest.raises(ValueError, match="words"):
        summarize(_articles(), words=0)


def test_summary_section_of_the_settings_changes_the_parameters() -> None:
    settings = Settings(sections={"summary": {"redundancy": 0.2, "min_words": 3}})
    assert params_from(settings) == RankParams(redundancy=0.2, min_words=3)
    assert params_from(Settings()) == RankParams()


@pytest.mark.parametrize(
    "section",
    [{"bogus": 1}, {"min_words": 2.5}, {"redundancy": "high"}, {"marginal_words": 1}],
)
def test_bad_summary_settings_are_settings_errors(section: dict) -> None:
    with pytest.raises(SettingsError, match=r"\[summary\]"):
        summarize(_articles(), settings=Settings(sections={"summary": section}))


def test_seed_story_summary_opens_with_a_lead_and_cites_every_sentence(seeds: dict) -> None:
    from newsprism.extract import extract
    from newsprism.model import Document

    articles = [
        extract(Document(source=str(path), kind="text", content=path.read_text(encoding="utf-8")))
        for path in seeds.values()
    ]
    by_id = {a.id: a for a in articles}
    summary = summarize(articles, words=100)
    words = [len(s.text.split()) for s in summary]
    # The budget is met by the last sentence picked, which need not be the last one shown.
    assert sum(words) >= 100 and sum(words) - max(words) < 100
    for sentence in summary:
        (c,) = sentence.citations
        assert by_id[c.article].text[c.start : c.end] == sentence.text
    first = summary[0].citations[0]
    assert not by_id[first.article].text[: first.start].strip()
    assert len({s.text for s in summary}) == len(summary)
