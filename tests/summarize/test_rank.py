"""Sentence selection: budget, redundancy, length floor and story order."""

from __future__ import annotations

from newsprism.model import Article
from newsprism.summarize.rank import RankParams, choose
from newsprism.summarize.sentences import article_passages

A = (
    "A fire destroyed the old textile mill in Lowell on Sunday night. "
    "Firefighters from four towns fought the blaze for nine hours. "
    "Nobody was hurt, the fire chief said on Monday morning."
)
B = (
    "The old textile mill in Lowell burned down on Sunday night after a fire. "
    "Crews from four towns fought the blaze through the night. "
    "The city plans to rebuild the mill as housing next year."
)


def _story() -> tuple[list[Article], list]:
    articles = [Article(id="a" * 16, text=A, source="a"), Article(id="b" * 16, text=B, source="b")]
    return articles, article_passages(articles)


def test_budget_is_met_with_whole_sentences() -> None:
    articles, passages = _story()
    chosen = choose(articles, passages, 20, RankParams())
    words = [len(passages[i].text.split()) for i in chosen]
    assert sum(words) >= 20
    assert sum(words) - max(words) < 20


def test_near_duplicate_sentences_are_not_both_chosen() -> None:
    articles, passages = _story()
    chosen = choose(articles, passages, 1000, RankParams(max_similarity=0.3))
    texts = [passages[i].text for i in chosen]
    assert len(texts) < len(passages)
    everything = choose(articles, passages, 1000, RankParams(max_similarity=1.01))
    assert len(everything) == len(passages)


def test_summary_opens_with_a_lead_then_goes_article_by_article() -> None:
    articles, passages = _story()
    chosen = choose(articles, passages, 1000, RankParams(max_similarity=1.01))
    keys = [(passages[i].article, passages[i].index) for i in chosen]
    assert keys[0][1] == 0
    assert keys[1:] == sorted(keys[1:])
    plain = choose(articles, passages, 1000, RankParams(max_similarity=1.01, open_with_lead=False))
    keys = [(passages[i].article, passages[i].index) for i in plain]
    assert keys == sorted(keys)


def test_off_story_leads_do_not_open_the_summary() -> None:
    articles, _ = _story()
    prompt = Article(
        id="e" * 16,
        text="Subscribe to our newsletter for weekly recipes and garden tips from our editors.",
        source="e",
    )
    story = [prompt, *articles]
    passages = article_passages(story)
    chosen = choose(story, passages, 10, RankParams())
    assert passages[chosen[0]].article != 0 and passages[chosen[0]].index == 0


def test_the_lead_prior_favours_early_sentences() -> None:
    articles, passages = _story()
    params = RankParams(lead=5.0, open_with_lead=False, max_similarity=1.01, redundancy=0.0)
    early = choose(articles, passages, 20, params)
    assert [passages[i].index for i in early] == [0, 0]


def test_short_fragments_are_skipped_unless_nothing_else_exists() -> None:
    text = "Photo: AP. The council voted to close the old bridge for repairs in May."
    articles = [Article(id="c" * 16, text=text, source="c")]
    passages = article_passages(articles)
    chosen = choose(articles, passages, 100, RankParams(min_words=4))
    assert [passages[i].text for i in chosen] == [passages[1].text]
    tiny = [Article(id="d" * 16, text="Photo: AP.", source="d")]
    assert choose(tiny, article_passages(tiny), 100, RankParams()) == [0]


def test_no_passages_no_choice() -> None:
    assert choose([], [], 100, RankParams()) == []


def test_added_value_counts_only_what_is_not_yet_taken() -> None:
    from collections import Counter

    from newsprism.summarize.rank import _added_value

    words = [Counter({"mill": 1, "fire": 1, "the": 2}), Counter({"rebuild": 1, "housing": 1})]
    expected = {"mill": 1.0, "fire": 0.5, "the": 3.0, "rebuild": 0.2, "housing": 0.2}
    fresh = _added_value(words, Counter(), expected)
    assert fresh.tolist() == [0.75, 0.2]
    after = _added_value(words, Counter({"mill": 1}), expected)
    assert after.tolist() == [0.25, 0.2]


def test_marginal_word_value_still_gives_a_full_summary() -> None:
    articles, passages = _story()
    chosen = choose(articles, passages, 40, RankParams(marginal_words=True))
    assert len(chosen) == len(set(chosen))
    assert sum(len(passages[i].text.split()) for i in chosen) >= 40


def test_quoted_share_of_sentences() -> None:
    from newsprism.summarize.rank import quoted_share

    assert quoted_share("Some drivers were tortured by the militants.") == 0.0
    assert quoted_share('"We were supposed to go in with the SDF, but we went alone.') == 1.0
    assert 0.4 < quoted_share('"We were scared," said the driver.') < 0.6
    assert quoted_share("Mattis called it a war of \u201cannihilation\u201d in May.") < 0.3
    assert quoted_share("The rebels' base, the city's heart, fell.") == 0.0


def test_quoted_share_sees_quotes_running_over_several_sentences() -> None:
    from newsprism.summarize.rank import quoted_share

    text = 'The driver said: "We went alone. They trapped our trucks. Even children had belts on."'
    middle = text.index("They")
    assert quoted_share(text, middle, middle + len("They trapped our trucks.")) == 1.0
    last = text.index("Even")
    assert quoted_share(text, last, len(text)) == 1.0
    assert quoted_share(text, 0, text.index(":")) == 0.0
