"""A small hand-made briefing used by the renderer tests."""

from __future__ import annotations

from typing import Any

A_TEXT = "Hundreds of fighters left the city.\n\nThe drivers said they were not paid."
B_TEXT = "Thousands of fighters escaped, a report said.\n\nTrucks were booby-trapped <b>."


def passage(article: str, text: str, needle: str) -> dict[str, Any]:
    start = text.index(needle)
    return {"article": article, "start": start, "end": start + len(needle), "text": needle}


def sample_briefing() -> dict[str, Any]:
    """A two-article briefing touching every section of the schema."""
    a = passage("aaaa", A_TEXT, "Hundreds of fighters left the city.")
    b = passage("bbbb", B_TEXT, "Thousands of fighters escaped, a report said.")
    return {
        "version": 1,
        "story": {
            "id": "s1",
            "title": "Fighters leave the city",
            "articles": [
                {"id": "aaaa", "outlet": "The Daily", "title": "Fighters flee", "author": None,
                 "published": "2017-11-15", "url": "https://daily.example/a", "text": A_TEXT},
                {"id": "bbbb", "outlet": "The Weekly", "title": "Coalition let them go",
                 "author": "A. Writer", "published": None, "url": None, "text": B_TEXT},
            ],
            "origins": [{"name": "BBC", "articles": ["aaaa", "bbbb"]}],
            "independent_origins": 1,
            "summary": [{"text": a["text"], "citations": [
                {"article": "aaaa", "start": a["start"], "end": a["end"]}]}],
            "agreements": [{"statement": "Fighters left the city.", "articles": 2, "origins": 1,
                            "origin_names": ["BBC"], "passages": [a, b]}],
            "conflicts": [{"about": "fighters who left", "kind": "contradiction", "note": None,
                           "values": [
                               {"text": "Hundreds", "low": 200, "high": 999, "asserter": "The Daily",
                                "article": "aaaa", "outlet": "The Daily", "passage": a},
                               {"text": "Thousands", "low": 2000, "high": 9999,
                                "asserter": "a report", "article": "bbbb", "outlet": "The Weekly",
                                "passage": b}]}],
            "unique": [{"article": "aaaa", "outlet": "The Daily",
                        "passage": passage("aaaa", A_TEXT, "The drivers said they were not paid.")}],
            "quotes": [{"speaker": "A driver", "role": None, "kind": "single",
                        "details": {}, "versions": [{"article": "aaaa", "outlet": "The Daily",
                                                     "passage": a}]}],
            "framing": {"articles": [{"article": "aaaa", "outlet": "The Daily",
                                      "headline": "Fighters flee", "actor": "fighters",
                                      "voice": "active", "verb": "flee", "loaded_words": [],
                                      "lead": "Hundreds of fighters"}],
                        "differences": ["The Daily makes the fighters the actor."]},
            "timeline": [{"date": "2017-10", "text": "Fighters left", "passage": a}],
            "entities": [{"name": "BBC", "label": "ORG", "articles": ["aaaa", "bbbb"]}],
        },
    }
