"""The briefing as Markdown: reads well in a terminal and in a notes app."""

from __future__ import annotations

from typing import Any

__all__ = ["briefing_markdown"]


def _short(text: str, limit: int = 220) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _interval(low: Any, high: Any) -> str:
    if low is None and high is None:
        return "?"
    if low == high:
        return f"{low:,g}"
    lo = "?" if low is None else f"{low:,g}"
    hi = "∞" if high is None else f"{high:,g}"
    return f"{lo}–{hi}"


class _Names:
    """Short labels for articles: the outlet, or the title when the outlet is unknown."""

    def __init__(self, articles: list[dict[str, Any]]) -> None:
        self.by_id = {a["id"]: a for a in articles}
        self.number = {a["id"]: i for i, a in enumerate(articles, start=1)}

    def __call__(self, article_id: str) -> str:
        art = self.by_id.get(article_id, {})
        return art.get("outlet") or f"article {self.number.get(article_id, '?')}"

    def cite(self, ref: dict[str, Any]) -> str:
        return f"[{self.number.get(ref['article'], '?')}:{ref['start']}-{ref['end']}]"


def briefing_markdown(briefing: dict[str, Any]) -> str:
    """Render one story's briefing (a dict valid against the briefing schema) as Markdown."""
    story = briefing["story"]
    name = _Names(story["articles"])
    out: list[str] = [f"# {story['title']}", ""]
    outlets = ", ".join(dict.fromkeys(name(a["id"]) for a in story["articles"]))
    origin_names = ", ".join(o["name"] for o in story["origins"]) or "none credited"
    out += [
        f"*{len(story['articles'])} articles ({outlets}) · "
        f"{story['independent_origins']} independent origin(s): {origin_names}*",
        "",
    ]
    if story["summary"]:
        out += ["## Summary", ""]
        out += [
            f"{s['text']} " + " ".join(name.cite(c) for c in s["citations"])
            for s in story["summary"]
        ]
        out.append("")
    if story["agreements"]:
        out += ["## What the outlets agree on", ""]
        for agr in story["agreements"]:
            names = ", ".join(agr.get("origin_names") or [])
            out.append(
                f"- {_short(agr['statement'])} — **{agr['articles']} articles, "
                f"{agr['origins']} origin{'s' if agr['origins'] != 1 else ''}**"
                + (f" ({names})" if names else "")
            )
            for p in agr["passages"]:
                out.append(f"  - {name(p['article'])}: “{_short(p['text'])}” {name.cite(p)}")
        out.append("")
    if story["conflicts"]:
        out += ["## Where they differ", ""]
        for con in story["conflicts"]:
            out += [f"### {con['about']} — {con['kind']}", ""]
            if con.get("note"):
                out += [con["note"], ""]
            out += [
                "| value | range | asserted by | in | passage |",
                "| --- | --- | --- | --- | --- |",
            ]
            for v in con["values"]:
                out.append(
                    f"| {v['text']} | {_interval(v['low'], v['high'])} | {v['asserter'] or '?'} "
                    f"| {name(v['article'])} | {name.cite(v['passage'])} |"
                )
            out.append("")
    if story["unique"]:
        out += ["## Only in one outlet", ""]
        by_article: dict[str, list[dict[str, Any]]] = {}
        for item in story["unique"]:
            by_article.setdefault(item["article"], []).append(item)
        for article_id, items in by_article.items():
            out += [f"### {name(article_id)}", ""]
            out += [f"- {_short(i['passage']['text'])} {name.cite(i['passage'])}" for i in items]
            out.append("")
    if story["quotes"]:
        out += ["## Who is quoted", ""]
        for q in story["quotes"]:
            role = f", {q['role']}" if q.get("role") else ""
            out.append(f"- **{q['speaker']}**{role} — {q['kind']}")
            for v in q["versions"]:
                out.append(f"  - {name(v['article'])}: “{_short(v['passage']['text'], 300)}”")
            details = q.get("details") or {}
            for key, value in details.items():
                if value not in (None, "", [], {}):
                    out.append(f"  - {key.replace('_', ' ')}: {_short(str(value), 300)}")
        out.append("")
    framing = story["framing"]
    if framing["articles"]:
        out += ["## How each outlet frames it", ""]
        out += [
            "| outlet | headline | actor | verb | loaded words |",
            "| --- | --- | --- | --- | --- |",
        ]
        for f in framing["articles"]:
            out.append(
                f"| {name(f['article'])} | {f.get('headline') or ''} | {f.get('actor') or ''} "
                f"| {f.get('verb') or ''} | {', '.join(f.get('loaded_words') or [])} |"
            )
        out.append("")
        out += [f"- {d}" for d in framing["differences"]]
        out.append("")
    if story["timeline"]:
        out += ["## Timeline", ""]
        out += [
            f"- **{t['date']}** — {_short(t['text'])} ({name(t['passage']['article'])})"
            for t in story["timeline"]
        ]
        out.append("")
    out += ["## Sources", ""]
    for i, a in enumerate(story["articles"], start=1):
        parts = [a.get("outlet") or "unknown outlet", a.get("title") or "(untitled)"]
        parts += [x for x in (a.get("author"), a.get("published"), a.get("url")) if x]
        copy = f" — copy of {name(a['copy_of'])}" if a.get("copy_of") else ""
        out.append(f"{i}. " + " — ".join(parts) + f" (`{a['id']}`){copy}")
    out.append("")
    out.append("Citations read [source number:start-end], character offsets into that article.")
    return "\n".join(out) + "\n"
