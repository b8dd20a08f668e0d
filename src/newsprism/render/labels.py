"""Wording shared by the renderers: article labels, citations, intervals, quote differences."""

from __future__ import annotations

from typing import Any

__all__ = ["Labels", "interval", "short"]


def short(text: str, limit: int = 240) -> str:
    """One line of at most ``limit`` characters (cut with an ellipsis)."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _num(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,g}"


def interval(low: float | None, high: float | None) -> str:
    """An amount's interval as a reader would write it: ``4,000``, ``200–999``, ``100–∞``."""
    if low is None and high is None:
        return "?"
    if low == high and low is not None:
        return _num(low)
    return f"{'?' if low is None else _num(low)}–{'∞' if high is None else _num(high)}"


class Labels:
    """Names for a story's articles: the outlet, or "article N" when the outlet is unknown."""

    def __init__(self, articles: list[dict[str, Any]]) -> None:
        self.by_id = {a["id"]: a for a in articles}
        self.number = {a["id"]: i for i, a in enumerate(articles, start=1)}

    def __call__(self, article_id: str) -> str:
        art = self.by_id.get(article_id, {})
        return str(art.get("outlet") or f"article {self.number.get(article_id, '?')}")

    def cite(self, ref: dict[str, Any]) -> str:
        """A compact citation: ``[source number:start-end]`` (``t`` marks the headline)."""
        where = "t" if ref.get("field") == "title" else ""
        return f"[{self.number.get(ref['article'], '?')}:{where}{ref['start']}-{ref['end']}]"

    def origin(self, name: str) -> str:
        """An origin's name for display: an article that is its own origin by its label.

        An article of unknown outlet that credits no source is an origin named by its id;
        the reader knows it as "article N".
        """
        return self(name) if name in self.by_id else name

    def origins(self, names: list[str]) -> str:
        """Origin names for display, joined with commas."""
        return ", ".join(self.origin(n) for n in names)

    def overview(self, story: dict[str, Any]) -> str:
        """One line: how many articles from which outlets, on how many independent origins."""
        known = [a["outlet"] for a in story["articles"] if a.get("outlet")]
        unknown = len(story["articles"]) - len(known)
        outlets = ", ".join(dict.fromkeys(known))
        if unknown:
            # Listing "article 1, article 2, ..." says nothing the sources list does not.
            rest = f"{unknown} of unknown outlet" if known else "outlets unknown"
            outlets = f"{outlets}, {rest}" if outlets else rest
        copies = sum(1 for a in story["articles"] if a.get("copy_of"))
        origins = self.origins([o["name"] for o in story["origins"]]) or "none credited"
        line = f"{len(story['articles'])} articles ({outlets})"
        if copies:
            line += f", {copies} of them copies"
        n = story["independent_origins"]
        return line + f" · {n} independent origin{'s' if n != 1 else ''}: {origins}"

    @staticmethod
    def also_named(speaker: dict[str, Any]) -> str:
        """The other forms a speaker is named by, e.g. " (also: another driver, Drivers)"."""
        others = [n for n in speaker.get("names") or [] if n != speaker["speaker"]]
        return f" (also: {', '.join(others)})" if others else ""

    def quote_counts(self, speaker: dict[str, Any]) -> str:
        """Where and how a speaker is quoted: "The Week: 2 direct, 1 reported; …"."""
        by_outlet: dict[str, dict[str, int]] = {}
        for q in speaker["quotes"]:
            kinds = by_outlet.setdefault(self(q["article"]), {})
            kind = "reported" if q["kind"] == "indirect" else q["kind"]
            kinds[kind] = kinds.get(kind, 0) + 1
        return "; ".join(
            f"{outlet}: " + ", ".join(f"{n} {kind}" for kind, n in kinds.items())
            for outlet, kinds in by_outlet.items()
        )

    def quote_detail(self, pair: dict[str, Any]) -> str:
        """What differs between two outlets' versions of one quote, in plain words."""
        details = pair.get("details") or {}
        kind = pair["kind"]
        if kind == "truncated":
            # The first version is the fuller one; the second leaves words out.
            cut = " / ".join(f"“{short(p['text'], 200)}”" for p in details.get("cut", []))
            marked = "an ellipsis marks the cut" if details.get("ellipsis") else "no ellipsis"
            shorter = self(pair["second"]["article"])
            return f"{shorter} leaves out {cut} ({marked})" if cut else marked
        if kind == "altered":
            changes = [
                f"“{c['from']}” → “{c['to']}”" if c.get("from") and c.get("to")
                else f"“{c.get('from') or c.get('to')}” {'dropped' if c.get('from') else 'added'}"
                for c in details.get("diff", [])
            ]
            return "words changed: " + "; ".join(changes) if changes else "words changed"
        if kind == "paraphrased":
            return "a direct quote in one outlet, reported speech in the other"
        return "word for word the same" if kind == "verbatim" else ""


#: How many notes on the relations of one conflict a rendered briefing lists; the JSON has all.
MAX_NOTES = 8


def conflict_notes(conflict: dict[str, Any]) -> list[str]:
    """A conflict's distinct relation notes, at most ``MAX_NOTES``, then how many were left."""
    notes = list(dict.fromkeys(r["note"] for r in conflict.get("relations", [])))
    if len(notes) <= MAX_NOTES:
        return notes
    rest = len(notes) - MAX_NOTES
    return notes[:MAX_NOTES] + [f"and {rest} more pair{'s' if rest != 1 else ''} of values"]
