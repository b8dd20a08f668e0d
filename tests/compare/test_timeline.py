"""Tests of the story timeline."""

from __future__ import annotations

from newsprism.compare.timeline import build_timeline
from newsprism.model import Article


def test_timeline_orders_resolved_events_and_keeps_unresolved_last():
    a = Article(id="a", text="The city fell last month. Talks began in May.", source="a.txt",
                outlet="A", published="2017-11-15T08:00:00Z")  # fmt: skip
    b = Article(id="b", text="The BBC reported the deal on Monday.", source="b.txt", outlet="B")
    events = build_timeline([a, b])
    assert [(e.date, e.expression.text) for e in events] == [
        ("2017-05", "May"),
        ("2017-10", "last month"),
        (None, "Monday"),
    ]
    assert events[1].sentence.text == "The city fell last month."
    assert events[1].relative and events[1].outlet == "A"
    assert events[2].sentence.text == "The BBC reported the deal on Monday."
