"""Markdown, HTML and JSON renderings of a briefing."""

from __future__ import annotations

import json
import re

import jsonschema
import pytest

from newsprism.render.briefing_json import (
    briefing_json,
    briefing_schema,
    validate_briefing,
    walk_passages,
)
from newsprism.render.html import briefing_html
from newsprism.render.markdown import briefing_markdown

from .briefing_sample import sample_briefing


def test_sample_is_valid_and_schema_rejects_broken_briefings() -> None:
    briefing = sample_briefing()
    validate_briefing(briefing)
    broken = sample_briefing()
    del broken["story"]["independent_origins"]
    with pytest.raises(jsonschema.ValidationError):
        validate_briefing(broken)
    broken = sample_briefing()
    broken["story"]["summary"][0]["citations"] = []
    with pytest.raises(jsonschema.ValidationError):
        validate_briefing(broken)
    assert briefing_schema()["title"] == "newsprism briefing"


def test_walk_finds_every_passage_and_citation() -> None:
    story = sample_briefing()["story"]
    refs = walk_passages(story)
    # summary 1, agreements 2, conflicts 4, unique 1, quotes 3, framing 3, timeline 4, speakers 1
    assert len(refs) == 19
    by_id = {a["id"]: a for a in story["articles"]}
    for ref in refs:
        if "text" in ref:
            source = by_id[ref["article"]][ref.get("field", "text")]
            assert source[ref["start"] : ref["end"]] == ref["text"]


def test_markdown_has_every_section_and_citations() -> None:
    md = briefing_markdown(sample_briefing())
    for heading in (
        "# Fighters leave the city",
        "## Summary",
        "## What the outlets agree on",
        "## Where they differ",
        "## Only in one outlet",
        "## Who is quoted, and how",
        "## How each outlet frames it",
        "## Timeline",
        "## Who and what",
        "## Sources",
    ):
        assert heading in md
    assert "2 articles, 1 independent origin** (BBC)" in md
    assert "| Thousands | 2,000–9,999 | fighters | a report | The Weekly |" in md
    assert "[1:0-35]" in md
    assert "The Weekly leaves out “The drivers said they were not paid.” (no ellipsis)" in md
    assert "- **The drivers** — The Daily: 1 reported" in md
    assert md.index("**2017-10**") < md.index("**undated (Thousands)**")


def test_html_is_self_contained_escaped_and_links_to_highlighted_passages() -> None:
    page = briefing_html(sample_briefing())
    assert page.startswith("<!doctype html>")
    assert 'name="viewport"' in page
    # No external resources: no scripts, stylesheets or images fetched from anywhere.
    assert not re.search(r"<(script|link|img|iframe)\b", page)
    assert "src=" not in page
    assert "&lt;b&gt;" in page and "<b>" not in page
    targets = re.findall(r'href="#([pt]\d+-\d+-\d+)"', page)
    assert "t1-0-13" in targets
    for target in targets:
        assert f'id="{target}"' in page
    assert '<mark class="conflict">Hundreds</mark>' in page
    assert '<mark class="conflict"> of fighters left the city.</mark>' in page
    assert '<mark class="unique">The drivers said they were not paid.</mark>' in page


def test_json_round_trips() -> None:
    briefing = sample_briefing()
    assert json.loads(briefing_json(briefing)) == briefing


def test_a_quoted_finding_is_shown_as_its_speakers_words() -> None:
    briefing = sample_briefing()
    story = briefing["story"]
    story["agreements"][0] |= {"speaker": "A <driver>", "fact": "Fighters left the city."}
    story["unique"][0] |= {"speaker": "A driver", "fact": "We were not paid."}
    validate_briefing(briefing)
    md = briefing_markdown(briefing)
    assert "- A <driver>: “Fighters left the city.” — **2 articles" in md
    assert "- A driver: “We were not paid.” [1:" in md
    page = briefing_html(briefing)
    assert '<span class="who">A &lt;driver&gt;:</span> “Fighters left the city.”' in page
    assert '<span class="who">A driver:</span> “We were not paid.”' in page


def test_markdown_lists_a_loaded_word_once_whatever_its_case() -> None:
    briefing = sample_briefing()
    framing = briefing["story"]["framing"]["articles"][0]
    title = framing["loaded"][0]
    framing["loaded"] = [title, {**title, "text": title["text"].lower()}]
    md = briefing_markdown(briefing)
    row = next(line for line in md.splitlines() if line.startswith("| The Daily | Fighters"))
    assert row.lower().count("fighters flee") == 2  # the headline cell and one loaded word


def test_articles_of_unknown_outlet_are_counted_and_named_as_in_the_sources_list() -> None:
    briefing = sample_briefing()
    story = briefing["story"]
    story["articles"][1]["outlet"] = None
    story["origins"] = [
        {"name": "BBC", "articles": ["aaaa"]},
        {"name": "bbbb", "articles": ["bbbb"]},
    ]
    story["independent_origins"] = 2
    story["agreements"][0] |= {"origins": 2, "origin_names": ["BBC", "bbbb"]}
    md = briefing_markdown(briefing)
    assert (
        "2 articles (The Daily, 1 of unknown outlet) · 2 independent origins: BBC, article 2" in md
    )
    assert "**2 articles, 2 independent origins** (BBC, article 2)" in md
    assert "bbbb" not in md.split("## Sources")[0]
    assert "2 independent origins: BBC, article 2" in briefing_html(briefing)
    for article in story["articles"]:
        article["outlet"] = None
    assert "2 articles (outlets unknown)" in briefing_markdown(briefing)


def test_a_conflict_lists_at_most_eight_notes_and_names_an_article_asserter_by_its_label() -> None:
    briefing = sample_briefing()
    conflict = briefing["story"]["conflicts"][0]
    conflict["values"][1]["asserter"] = "bbbb"
    conflict["relations"] = [
        {"a": 0, "b": 1, "kind": "contradiction", "note": f"note {i}"} for i in range(11)
    ]
    md = briefing_markdown(briefing)
    assert "- note 7\n- and 3 more pairs of values" in md and "note 8" not in md
    assert "| Thousands | 2,000–9,999 | fighters | The Weekly | The Weekly |" in md
    page = briefing_html(briefing)
    assert "<li>and 3 more pairs of values</li>" in page and "note 8" not in page
