"""The briefing as Markdown: reads well in a terminal and in a notes app."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from newsprism.render.labels import Labels, conflict_notes, interval, short

__all__ = ["briefing_markdown"]

#: Entities listed under "Who and what" (the most widely covered first).
MAX_ENTITIES = 15


def briefing_markdown(briefing: dict[str, Any]) -> str:
    """Render one story's briefing (a dict valid against the briefing schema) as Markdown."""
    story = briefing["story"]
    names = Labels(story["articles"])
    out: list[str] = [f"# {story['title']}", "", f"*{names.overview(story)}*", ""]
    out += _summary(story, names)
    out += _agreements(story, names)
    out += _conflicts(story, names)
    out += _unique(story, names)
    out += _quotes(story, names)
    out += _framing(story, names)
    out += _timeline(story, names)
    out += _entities(story, names)
    out += _sources(story, names)
    return "\n".join(out) + "\n"


def _summary(story: dict[str, Any], names: Labels) -> list[str]:
    if not story["summary"]:
        return []
    sentences = [
        s["text"] + " " + " ".join(names.cite(c) for c in s["citations"]) for s in story["summary"]
    ]
    return ["## Summary", "", " ".join(sentences), ""]


def _said(finding: dict[str, Any], text: str) -> str:
    """A finding's text, as its speaker's words when its sentence is a direct quote."""
    speaker = finding.get("speaker")
    return f"{speaker}: “{text}”" if speaker else text


def _agreements(story: dict[str, Any], names: Labels) -> list[str]:
    out = ["## What the outlets agree on", ""]
    if not story["agreements"]:
        return out + ["No fact is reported by two or more articles.", ""]
    for agr in story["agreements"]:
        origin_names = names.origins(agr.get("origin_names") or [])
        out.append(
            f"- {_said(agr, short(agr['fact']))} — **{agr['articles']} articles, "
            f"{agr['origins']} independent origin{'s' if agr['origins'] != 1 else ''}**"
            + (f" ({origin_names})" if origin_names else "")
        )
        for p in agr["passages"]:
            out.append(f"  - {names(p['article'])}: “{short(p['text'])}” {names.cite(p)}")
        if agr.get("hedged"):
            hedgers = ", ".join(names(a) for a in agr["hedged"])
            out.append(f"  - hedged by {hedgers}")
    return out + [""]


def _conflicts(story: dict[str, Any], names: Labels) -> list[str]:
    out = ["## Where they differ", ""]
    if not story["conflicts"]:
        return out + ["No conflicting figures found.", ""]
    for con in story["conflicts"]:
        out += [f"### How many {con['counted']}? — {con['kind']}", ""]
        out += [
            "| value | range | counts | asserted by | in | passage |",
            "| --- | --- | --- | --- | --- | --- |",
        ]
        for v in con["values"]:
            out.append(
                f"| {v['text']} | {interval(v['low'], v['high'])} | {v.get('counted') or ''} "
                f"| {names.origin(v['asserter'] or '?')} | {names(v['article'])} "
                f"| {names.cite(v['passage'])} |"
            )
        out.append("")
        out += [f"- {note}" for note in conflict_notes(con)]
        out.append("")
    return out


def _unique(story: dict[str, Any], names: Labels) -> list[str]:
    out = ["## Only in one outlet", ""]
    if not story["unique"]:
        return out + ["Every reported fact appears in more than one article.", ""]
    by_article: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for item in story["unique"]:
        by_article[item["article"]].append(item)
    for article_id, items in by_article.items():
        out += [f"### {names(article_id)}", ""]
        for i in items:
            why = f" _({i['reason']})_" if i.get("reason") else ""
            fact = short(i.get("fact") or i["passage"]["text"])
            out.append(f"- {_said(i, fact)} {names.cite(i['passage'])}{why}")
        out.append("")
    return out


def _quotes(story: dict[str, Any], names: Labels) -> list[str]:
    out = ["## Who is quoted, and how", ""]
    speakers = story.get("speakers") or []
    if not speakers and not story["quotes"]:
        return out + ["Nobody is quoted.", ""]
    for sp in speakers:
        role = f", {sp['role']}" if sp.get("role") else ""
        also = names.also_named(sp)
        out.append(f"- **{sp['speaker']}**{role}{also} — {names.quote_counts(sp)}")
    if speakers:
        out.append("")
    if not story["quotes"]:
        return out + ["No quote appears in more than one outlet.", ""]
    out += ["### The same quote in different outlets", ""]
    for q in story["quotes"]:
        first, second = names(q["first"]["article"]), names(q["second"]["article"])
        out.append(f"- **{q['speaker']}** — {q['kind']} ({first} / {second})")
        out.append(f"  - {first}: “{short(q['first']['text'], 400)}” {names.cite(q['first'])}")
        out.append(f"  - {second}: “{short(q['second']['text'], 400)}” {names.cite(q['second'])}")
        detail = names.quote_detail(q)
        if detail:
            out.append(f"  - {detail}")
    return out + [""]


def _framing(story: dict[str, Any], names: Labels) -> list[str]:
    framing = story["framing"]
    if not framing["articles"]:
        return []
    out = ["## How each outlet frames it", ""]
    out += [
        "| outlet | headline | actor | verb | voice | loaded words | lead puts first |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for f in framing["articles"]:
        voice = (f.get("clauses") or [{}])[0].get("voice", "")
        loaded = ", ".join({p["text"].lower(): p["text"] for p in f.get("loaded") or []}.values())
        out.append(
            f"| {names(f['article'])} | {f.get('headline') or ''} | {f['actor']} "
            f"| {f.get('verb') or ''} | {voice} | {loaded} | {f.get('lead_first') or ''} |"
        )
    out.append("")
    out += [f"- {d}" for d in framing["differences"]]
    return out + [""]


def _timeline(story: dict[str, Any], names: Labels) -> list[str]:
    if not story["timeline"]:
        return []
    out = ["## Timeline", ""]
    for t in sorted(story["timeline"], key=lambda t: (t["date"] is None, t["date"] or "")):
        when = t["date"] or f"undated ({t['expression']['text']})"
        out.append(
            f"- **{when}** — {short(t['sentence']['text'])} "
            f"({names(t['sentence']['article'])}) {names.cite(t['sentence'])}"
        )
    return out + [""]


def _entities(story: dict[str, Any], names: Labels) -> list[str]:
    if not story["entities"]:
        return []
    ranked = sorted(story["entities"], key=lambda e: (-len(e["articles"]), -e.get("mentions", 0)))
    out = ["## Who and what", ""]
    for e in ranked[:MAX_ENTITIES]:
        where = ", ".join(names(a) for a in e["articles"])
        out.append(f"- {e['name']} ({e['label']}) — {where}")
    return out + [""]


def _sources(story: dict[str, Any], names: Labels) -> list[str]:
    out = ["## Sources", ""]
    credits = {s["article"]: s for s in story.get("sources", [])}
    for i, a in enumerate(story["articles"], start=1):
        parts = [a.get("outlet") or "unknown outlet", a.get("title") or "(untitled)"]
        parts += [x for x in (a.get("author"), a.get("published"), a.get("url")) if x]
        line = f"{i}. " + " — ".join(parts) + f" (`{a['id']}`)"
        if a.get("copy_of"):
            line += f" — a copy of {names(a['copy_of'])}"
        credited = sorted({c["name"] for c in credits.get(a["id"], {}).get("credits", [])
                           if c["kind"] == "origin"})
        if credited:
            line += f" — credits {', '.join(credited)}"
        out.append(line)
    return out + ["", "Citations read [source number:start-end], character offsets into its text."]
