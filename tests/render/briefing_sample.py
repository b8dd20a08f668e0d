"""A small hand-made briefing used by the renderer tests."""

from __future__ import annotations

from typing import Any

A_TITLE = "Fighters flee"
A_TEXT = "Hundreds of fighters left the city.\n\nThe drivers said they were not paid."
B_TEXT = "Thousands of fighters escaped, a report said.\n\nTrucks were booby-trapped <b>."


def passage(article: str, text: str, needle: str, field: str = "text") -> dict[str, Any]:
    start = text.index(needle)
    return {"article": article, "field": field, "start": start, "end": start + len(needle),
            "text": needle}


def sample_briefing() -> dict[str, Any]:
    """A two-article briefing touching every section of the schema."""
    a = passage("aaaa", A_TEXT, "Hundreds of fighters left the city.")
    b = passage("bbbb", B_TEXT, "Thousands of fighters escaped, a report said.")
    a_num = passage("aaaa", A_TEXT, "Hundreds")
    b_num = passage("bbbb", B_TEXT, "Thousands")
    title = passage("aaaa", A_TITLE, A_TITLE, field="title")
    unpaid = passage("aaaa", A_TEXT, "The drivers said they were not paid.")
    return {
        "version": 1,
        "story": {
            "id": "s1",
            "title": "Fighters leave the city",
            "articles": [
                {"id": "aaaa", "outlet": "The Daily", "title": A_TITLE, "author": None,
                 "published": "2017-11-15", "url": "https://daily.example/a", "text": A_TEXT},
                {"id": "bbbb", "outlet": "The Weekly", "title": "Coalition let them go",
                 "author": "A. Writer", "published": None, "url": None, "text": B_TEXT},
            ],
            "origins": [{"name": "BBC", "articles": ["aaaa", "bbbb"]}],
            "independent_origins": 1,
            "summary": [{"text": a["text"], "citations": [
                {"article": "aaaa", "start": a["start"], "end": a["end"]}]}],
            "agreements": [{"fact": "Fighters left the city.", "articles": 2, "origins": 1,
                            "origin_names": ["BBC"], "passages": [a, b]}],
            "conflicts": [{
                "counted": "fighters", "kind": "contradiction", "scopes": ["fighters"],
                "values": [
                    {"text": "Hundreds", "low": 200, "high": 999, "counted": "fighters",
                     "asserter": "The Daily", "article": "aaaa", "outlet": "The Daily",
                     "passage": a_num, "sentence": a},
                    {"text": "Thousands", "low": 2000, "high": 9999, "counted": "fighters",
                     "asserter": "a report", "article": "bbbb", "outlet": "The Weekly",
                     "passage": b_num, "sentence": b},
                ],
                "relations": [{"a": 0, "b": 1, "kind": "contradiction",
                               "note": "'Hundreds' and 'Thousands' do not overlap"}],
            }],
            "unique": [{"article": "aaaa", "outlet": "The Daily", "passage": unpaid}],
            "quotes": [{"speaker": "A driver", "kind": "truncated", "first": unpaid,
                        "second": b, "details": {"cut": [unpaid], "ellipsis": False}}],
            "framing": {"articles": [{"article": "aaaa", "outlet": "The Daily",
                                      "headline": A_TITLE, "actor": "fighters", "verb": "flee",
                                      "clauses": [{"actor": "fighters", "verb": "flee",
                                                   "voice": "active", "passage": title}],
                                      "loaded": [title], "lead_first": "Hundreds of fighters",
                                      "lead": a}],
                        "differences": ["The Daily makes the fighters the actor."]},
            "timeline": [{"date": "2017-10", "expression": a_num, "sentence": a},
                         {"date": None, "expression": b_num, "sentence": b}],
            "entities": [{"name": "BBC", "label": "ORG", "articles": ["aaaa", "bbbb"]}],
            "speakers": [{"speaker": "The drivers", "key": "driver", "role": None, "quotes": [
                {"article": "aaaa", "kind": "indirect", "channel": None, "passage": unpaid}]}],
        },
    }
