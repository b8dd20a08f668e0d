"""The briefing as one self-contained HTML page: inline CSS, no external requests, phone-ready.

Every finding links to its passage, which is highlighted inside the full article text; the
articles stand side by side on a wide screen and one under another on a phone.
"""

from __future__ import annotations

from collections import defaultdict
from html import escape
from typing import Any

from newsprism.render.briefing_json import walk_passages
from newsprism.render.labels import Labels, conflict_notes, interval

__all__ = ["briefing_html"]

_CSS = """
:root{--ink:#1d232a;--muted:#5b6670;--line:#d9dee3;--agree:#d8f0dc;--conflict:#fbd9d3;
--unique:#dce8fb;--quote:#f6ecc8;--cited:#ece3f7;--bg:#fff}
@media (prefers-color-scheme:dark){:root{--ink:#e6e9ec;--muted:#9aa5ae;--line:#39424b;
--agree:#1f4a2a;--conflict:#5a2620;--unique:#1f3558;--quote:#4f4419;--cited:#3b2d52;--bg:#14181c}}
*{box-sizing:border-box}
body{margin:0;font:16px/1.55 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;
color:var(--ink);background:var(--bg)}main{max-width:72rem;margin:0 auto;padding:1rem}
h1{font-size:1.6rem;line-height:1.25;margin:.5rem 0}h2{font-size:1.2rem;margin-top:2rem;
border-bottom:1px solid var(--line);padding-bottom:.25rem}h3{font-size:1rem;margin:1.2rem 0 .4rem}
.meta{color:var(--muted)}nav{display:flex;flex-wrap:wrap;gap:.4rem .9rem;font-size:.9rem;
margin:.8rem 0}a{color:inherit}a.cite{font-size:.8rem;color:var(--muted);text-decoration:none;
white-space:nowrap}a.cite:hover{text-decoration:underline}.who{font-weight:600}
ul{padding-left:1.2rem}li{margin:.35rem 0}
.table{overflow-x:auto}table{border-collapse:collapse;width:100%;font-size:.92rem}
th,td{border:1px solid var(--line);padding:.35rem .5rem;text-align:left;vertical-align:top}
.conflict{background:var(--conflict);border-radius:.4rem;padding:.6rem .8rem;margin:.8rem 0}
.badge{display:inline-block;font-size:.75rem;border:1px solid var(--line);border-radius:1rem;
padding:0 .5rem;margin-left:.3rem;color:var(--muted)}
.side{display:grid;grid-template-columns:repeat(auto-fit,minmax(17rem,1fr));gap:1rem}
.card{border:1px solid var(--line);border-radius:.5rem;padding:.8rem}
.text{white-space:pre-wrap;font-size:.95rem}
mark{color:inherit;border-radius:.2rem;padding:0 .05rem}mark.agree{background:var(--agree)}
mark.conflict{background:var(--conflict)}mark.unique{background:var(--unique)}
mark.quote{background:var(--quote)}mark.cited{background:var(--cited)}
.legend mark{padding:0 .3rem}:target+mark{outline:2px solid var(--ink)}
"""

# Which highlight a passage gets, by the briefing section it was found in (first wins).
_SECTION_CLASS = (
    ("conflicts", "conflict"),
    ("agreements", "agree"),
    ("unique", "unique"),
    ("quotes", "quote"),
    ("speakers", "quote"),
    ("summary", "cited"),
    ("framing", "quote"),
)


def _anchor(number: int, ref: dict[str, Any]) -> str:
    where = "t" if ref.get("field") == "title" else "p"
    return f"{where}{number}-{ref['start']}-{ref['end']}"


class _Page:
    """Shared state of one rendering: article numbers, outlet labels, citation links."""

    def __init__(self, story: dict[str, Any]) -> None:
        self.labels = Labels(story["articles"])
        self.number = self.labels.number

    def label(self, article_id: str) -> str:
        return escape(self.labels(article_id))

    def cite(self, ref: dict[str, Any]) -> str:
        n = self.number.get(ref["article"], 0)
        where = "headline" if ref.get("field") == "title" else "characters"
        return (
            f'<a class="cite" href="#{_anchor(n, ref)}" title="{self.label(ref["article"])}, '
            f'{where} {ref["start"]}–{ref["end"]}">[{n}]</a>'
        )


def _highlighted(text: str, number: int, marks: list[tuple[int, int, str]], field: str) -> str:
    """A text with every cited passage wrapped in a <mark> and given an anchor to link to."""
    bounds = {0, len(text)}
    starts: dict[int, list[str]] = defaultdict(list)
    for start, end, _ in marks:
        bounds.update((start, end))
        anchor = _anchor(number, {"start": start, "end": end, "field": field})
        if anchor not in starts[start]:
            starts[start].append(anchor)
    points = sorted(b for b in bounds if 0 <= b <= len(text))
    parts: list[str] = []
    for a, b in zip(points, points[1:], strict=False):
        parts.extend(f'<span id="{anchor}"></span>' for anchor in starts.get(a, []))
        covering = [cls for s, e, cls in marks if s <= a and b <= e]
        chunk = escape(text[a:b])
        parts.append(f'<mark class="{covering[0]}">{chunk}</mark>' if covering else chunk)
    return "".join(parts)


def briefing_html(briefing: dict[str, Any]) -> str:
    """Render one story's briefing (a dict valid against the briefing schema) as an HTML page."""
    story = briefing["story"]
    page = _Page(story)
    body: list[str] = [
        f"<h1>{escape(story['title'])}</h1>",
        f'<p class="meta">{escape(page.labels.overview(story))}</p>',
        '<nav><a href="#summary">Summary</a><a href="#agree">Agreed</a><a href="#differ">'
        'Contested</a><a href="#only">Only here</a><a href="#quotes">Quotes</a><a href="#framing">'
        'Framing</a><a href="#timeline">Timeline</a><a href="#articles">Articles</a></nav>',
    ]
    for section in (_summary, _agreements, _conflicts, _unique, _quotes, _framing, _timeline,
                    _articles):
        body += section(story, page)
    title = escape(story["title"])
    return (
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        f"<title>{title} — newsprism briefing</title><style>{_CSS}</style></head>"
        f"<body><main>{''.join(body)}</main></body></html>\n"
    )


def _summary(story: dict[str, Any], page: _Page) -> list[str]:
    out = ['<h2 id="summary">Summary</h2>']
    if not story["summary"]:
        return out + ["<p>No summary.</p>"]
    sentences = [
        escape(s["text"]) + " " + "".join(page.cite(c) for c in s["citations"])
        for s in story["summary"]
    ]
    return out + ["<p>" + " ".join(sentences) + "</p>"]


def _said(finding: dict[str, Any], text: str) -> str:
    """A finding's text, escaped, as its speaker's words when its sentence is a direct quote."""
    speaker = finding.get("speaker")
    if not speaker:
        return escape(text)
    return f'<span class="who">{escape(speaker)}:</span> “{escape(text)}”'


def _agreements(story: dict[str, Any], page: _Page) -> list[str]:
    out = ['<h2 id="agree">What the outlets agree on</h2>']
    if not story["agreements"]:
        return out + ["<p>No fact is reported by two or more articles.</p>"]
    out.append("<ul>")
    for agr in story["agreements"]:
        names = escape(page.labels.origins(agr.get("origin_names") or []))
        plural = "s" if agr["origins"] != 1 else ""
        out.append(
            f"<li>{_said(agr, agr['fact'])}<span class=\"badge\">{agr['articles']} articles, "
            f"{agr['origins']} independent origin{plural}{': ' + names if names else ''}</span> "
            + "".join(page.cite(p) for p in agr["passages"])
            + "</li>"
        )
    return out + ["</ul>"]


def _conflicts(story: dict[str, Any], page: _Page) -> list[str]:
    out = ['<h2 id="differ">Where they differ</h2>']
    if not story["conflicts"]:
        return out + ["<p>No conflicting figures found.</p>"]
    for con in story["conflicts"]:
        out.append(f'<div class="conflict"><h3>How many {escape(con["counted"])}?'
                   f'<span class="badge">{escape(con["kind"])}</span></h3>')
        out.append('<div class="table"><table><tr><th>value</th><th>range</th><th>counts</th>'
                   "<th>asserted by</th><th>in</th></tr>")
        for v in con["values"]:
            out.append(
                f"<tr><td>{escape(v['text'])} {page.cite(v['passage'])}</td>"
                f"<td>{interval(v['low'], v['high'])}</td><td>{escape(v.get('counted') or '')}</td>"
                f"<td>{escape(page.labels.origin(v['asserter'] or '?'))}</td>"
                f"<td>{page.label(v['article'])}</td></tr>"
            )
        out.append("</table></div>")
        notes = [f"<li>{escape(note)}</li>" for note in conflict_notes(con)]
        out += ["<ul>", *notes, "</ul></div>"] if notes else ["</div>"]
    return out


def _unique(story: dict[str, Any], page: _Page) -> list[str]:
    out = ['<h2 id="only">Only in one outlet</h2>']
    if not story["unique"]:
        return out + ["<p>Every reported fact appears in more than one article.</p>"]
    by_article: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for item in story["unique"]:
        by_article[item["article"]].append(item)
    out.append('<div class="side">')
    for article_id, items in by_article.items():
        out.append(f'<div class="card"><h3>{page.label(article_id)}</h3><ul>')
        for i in items:
            why = f' <em>({escape(i["reason"])})</em>' if i.get("reason") else ""
            fact = _said(i, i.get("fact") or i["passage"]["text"])
            out.append(f"<li>{fact} {page.cite(i['passage'])}{why}</li>")
        out.append("</ul></div>")
    return out + ["</div>"]


def _quotes(story: dict[str, Any], page: _Page) -> list[str]:
    out = ['<h2 id="quotes">Who is quoted, and how</h2>']
    speakers = story.get("speakers") or []
    if not speakers and not story["quotes"]:
        return out + ["<p>Nobody is quoted.</p>"]
    if speakers:
        out.append("<ul>")
        for sp in speakers:
            role = f", {escape(sp['role'])}" if sp.get("role") else ""
            cites = "".join(page.cite(q["passage"]) for q in sp["quotes"])
            also = escape(page.labels.also_named(sp))
            out.append(f"<li><strong>{escape(sp['speaker'])}</strong>{role}{also} — "
                       f"{escape(page.labels.quote_counts(sp))} {cites}</li>")
        out.append("</ul>")
    if not story["quotes"]:
        return out + ["<p>No quote appears in more than one outlet.</p>"]
    out += ["<h3>The same quote in different outlets</h3>", "<ul>"]
    for q in story["quotes"]:
        out.append(f"<li><strong>{escape(q['speaker'])}</strong>"
                   f"<span class=\"badge\">{escape(q['kind'])}</span><ul>")
        for side in ("first", "second"):
            ref = q[side]
            out.append(f"<li>{page.label(ref['article'])}: “{escape(ref['text'])}” "
                       f"{page.cite(ref)}</li>")
        detail = page.labels.quote_detail(q)
        if detail:
            out.append(f"<li><em>{escape(detail)}</em></li>")
        out.append("</ul></li>")
    return out + ["</ul>"]


def _framing(story: dict[str, Any], page: _Page) -> list[str]:
    framing = story["framing"]
    out = ['<h2 id="framing">How each outlet frames it</h2>', '<div class="side">']
    for f in framing["articles"]:
        voice = (f.get("clauses") or [{}])[0].get("voice")
        rows = [
            ("headline", f.get("headline")),
            ("actor", f.get("actor")),
            ("verb", f.get("verb")),
            ("voice", voice),
            ("lead puts first", f.get("lead_first")),
        ]
        out.append(f'<div class="card"><h3>{page.label(f["article"])}</h3><table>')
        out += [f"<tr><th>{k}</th><td>{escape(v)}</td></tr>" for k, v in rows if v]
        loaded = ", ".join(f"{escape(p['text'])} {page.cite(p)}" for p in f.get("loaded") or [])
        if loaded:
            out.append(f"<tr><th>loaded words</th><td>{loaded}</td></tr>")
        out.append("</table></div>")
    out.append("</div>")
    if framing["differences"]:
        out += ["<ul>", *(f"<li>{escape(d)}</li>" for d in framing["differences"]), "</ul>"]
    return out


def _timeline(story: dict[str, Any], page: _Page) -> list[str]:
    out = ['<h2 id="timeline">Timeline</h2>']
    if not story["timeline"]:
        return out + ["<p>No dated events.</p>"]
    out.append("<ul>")
    for t in sorted(story["timeline"], key=lambda t: (t["date"] is None, t["date"] or "")):
        when = t["date"] or f"undated ({t['expression']['text']})"
        out.append(f"<li><strong>{escape(when)}</strong> — {escape(t['sentence']['text'])} "
                   f"{page.cite(t['sentence'])}</li>")
    return out + ["</ul>"]


def _articles(story: dict[str, Any], page: _Page) -> list[str]:
    marks: dict[tuple[str, str], list[tuple[int, int, str]]] = defaultdict(list)
    for section, cls in _SECTION_CLASS:
        for ref in walk_passages(story.get(section, [])):
            key = (ref["article"], ref.get("field", "text"))
            if not any(s == ref["start"] and e == ref["end"] for s, e, _ in marks[key]):
                marks[key].append((ref["start"], ref["end"], cls))
    out = [
        '<h2 id="articles">The articles</h2>',
        '<p class="legend"><mark class="agree">agreed</mark> <mark class="conflict">contested'
        '</mark> <mark class="unique">only here</mark> <mark class="quote">quote</mark> '
        '<mark class="cited">in the summary</mark></p>',
        '<div class="side">',
    ]
    for art in story["articles"]:
        n = page.number[art["id"]]
        meta = [escape(x) for x in (art.get("author"), art.get("published")) if x]
        link = (f' · <a href="{escape(art["url"])}" rel="noreferrer">source</a>'
                if art.get("url") else "")
        headline = _highlighted(art.get("title") or "", n, marks[(art["id"], "title")], "title")
        body = _highlighted(art["text"], n, marks[(art["id"], "text")], "text")
        out.append(
            f'<article class="card" id="a{n}"><h3>[{n}] {page.label(art["id"])}</h3>'
            f"<p><strong>{headline or '(untitled)'}</strong></p>"
            f'<p class="meta">{" · ".join(meta)}{link}</p>'
            f'<div class="text">{body}</div></article>'
        )
    return out + ["</div>"]
