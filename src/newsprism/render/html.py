"""The briefing as one self-contained HTML page: inline CSS, no external requests, phone-ready.

Every finding links to its passage, which is highlighted inside the full article text; the
articles stand side by side on a wide screen and one under another on a phone.
"""

from __future__ import annotations

from collections import defaultdict
from html import escape
from typing import Any

from newsprism.render.briefing_json import walk_passages

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
white-space:nowrap}a.cite:hover{text-decoration:underline}
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
    ("summary", "cited"),
)


def _anchor(number: int, ref: dict[str, Any]) -> str:
    return f"p{number}-{ref['start']}-{ref['end']}"


class _Page:
    """Shared state of one rendering: article numbers and outlet labels."""

    def __init__(self, story: dict[str, Any]) -> None:
        self.articles = story["articles"]
        self.number = {a["id"]: i for i, a in enumerate(self.articles, start=1)}
        self.by_id = {a["id"]: a for a in self.articles}

    def label(self, article_id: str) -> str:
        art = self.by_id.get(article_id, {})
        return escape(art.get("outlet") or f"Article {self.number.get(article_id, '?')}")

    def cite(self, ref: dict[str, Any]) -> str:
        n = self.number.get(ref["article"], 0)
        return (
            f'<a class="cite" href="#{_anchor(n, ref)}" title="{self.label(ref["article"])}, '
            f'characters {ref["start"]}–{ref["end"]}">[{n}]</a>'
        )


def _interval(low: Any, high: Any) -> str:
    if low is None and high is None:
        return "?"
    if low == high:
        return f"{low:,g}"
    return f"{'?' if low is None else f'{low:,g}'}–{'∞' if high is None else f'{high:,g}'}"


def _highlighted_text(
    article: dict[str, Any], number: int, marks: list[tuple[int, int, str]]
) -> str:
    """The article text with every cited passage wrapped in a <mark> and given an anchor."""
    text = article["text"]
    bounds = {0, len(text)}
    starts: dict[int, list[str]] = defaultdict(list)
    for start, end, _ in marks:
        bounds.update((start, end))
        anchor = _anchor(number, {"start": start, "end": end})
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
    body: list[str] = [f"<h1>{escape(story['title'])}</h1>"]
    origin_names = ", ".join(escape(o["name"]) for o in story["origins"]) or "none credited"
    body.append(
        f'<p class="meta">{len(story["articles"])} articles · '
        f"{story['independent_origins']} independent origin(s): {origin_names}</p>"
    )
    body.append(
        '<nav><a href="#summary">Summary</a><a href="#agree">Agreed</a><a href="#differ">'
        'Contested</a><a href="#only">Only here</a><a href="#quotes">Quotes</a><a href="#framing">'
        'Framing</a><a href="#timeline">Timeline</a><a href="#articles">Articles</a></nav>'
    )
    body += _summary(story, page) + _agreements(story, page) + _conflicts(story, page)
    body += _unique(story, page) + _quotes(story, page) + _framing(story, page)
    body += _timeline(story, page) + _articles(story, page)
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


def _agreements(story: dict[str, Any], page: _Page) -> list[str]:
    out = ['<h2 id="agree">What the outlets agree on</h2>']
    if not story["agreements"]:
        return out + ["<p>No fact is reported by two or more articles.</p>"]
    out.append("<ul>")
    for agr in story["agreements"]:
        names = escape(", ".join(agr.get("origin_names") or []))
        plural = "s" if agr["origins"] != 1 else ""
        out.append(
            f"<li>{escape(agr['statement'])}<span class=\"badge\">{agr['articles']} articles, "
            f"{agr['origins']} origin{plural}{': ' + names if names else ''}</span> "
            + "".join(page.cite(p) for p in agr["passages"])
            + "</li>"
        )
    return out + ["</ul>"]


def _conflicts(story: dict[str, Any], page: _Page) -> list[str]:
    out = ['<h2 id="differ">Where they differ</h2>']
    if not story["conflicts"]:
        return out + ["<p>No conflicting figures or claims found.</p>"]
    for con in story["conflicts"]:
        out.append(f'<div class="conflict"><h3>{escape(con["about"])}'
                   f'<span class="badge">{escape(con["kind"])}</span></h3>')
        if con.get("note"):
            out.append(f"<p>{escape(con['note'])}</p>")
        out.append('<div class="table"><table><tr><th>value</th><th>range</th>'
                   "<th>asserted by</th><th>in</th></tr>")
        for v in con["values"]:
            out.append(
                f"<tr><td>{escape(v['text'])} {page.cite(v['passage'])}</td>"
                f"<td>{_interval(v['low'], v['high'])}</td><td>{escape(v['asserter'] or '?')}</td>"
                f"<td>{page.label(v['article'])}</td></tr>"
            )
        out.append("</table></div></div>")
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
        out += [
            f"<li>{escape(i['passage']['text'])} {page.cite(i['passage'])}</li>" for i in items
        ]
        out.append("</ul></div>")
    return out + ["</div>"]


def _quotes(story: dict[str, Any], page: _Page) -> list[str]:
    out = ['<h2 id="quotes">Who is quoted</h2>']
    if not story["quotes"]:
        return out + ["<p>No quotes.</p>"]
    out.append("<ul>")
    for q in story["quotes"]:
        role = f", {escape(q['role'])}" if q.get("role") else ""
        out.append(f"<li><strong>{escape(q['speaker'])}</strong>{role}"
                   f"<span class=\"badge\">{escape(q['kind'])}</span><ul>")
        out += [
            f"<li>{page.label(v['article'])}: “{escape(v['passage']['text'])}” "
            f"{page.cite(v['passage'])}</li>"
            for v in q["versions"]
        ]
        for key, value in (q.get("details") or {}).items():
            if value not in (None, "", [], {}):
                key_text = escape(key.replace("_", " "))
                out.append(f"<li><em>{key_text}</em>: {escape(str(value))}</li>")
        out.append("</ul></li>")
    return out + ["</ul>"]


def _framing(story: dict[str, Any], page: _Page) -> list[str]:
    framing = story["framing"]
    out = ['<h2 id="framing">How each outlet frames it</h2>', '<div class="side">']
    for f in framing["articles"]:
        rows = [
            ("headline", f.get("headline")),
            ("actor", f.get("actor")),
            ("voice", f.get("voice")),
            ("verb", f.get("verb")),
            ("loaded words", ", ".join(f.get("loaded_words") or [])),
            ("lead", f.get("lead")),
        ]
        out.append(f'<div class="card"><h3>{page.label(f["article"])}</h3><table>')
        out += [f"<tr><th>{k}</th><td>{escape(v)}</td></tr>" for k, v in rows if v]
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
    out += [
        f"<li><strong>{escape(t['date'])}</strong> — {escape(t['text'])} "
        f"{page.cite(t['passage'])}</li>"
        for t in story["timeline"]
    ]
    return out + ["</ul>"]


def _articles(story: dict[str, Any], page: _Page) -> list[str]:
    marks: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for section, cls in _SECTION_CLASS:
        for ref in walk_passages(story[section]):
            span = (ref["start"], ref["end"], cls)
            if not any(s == span[0] and e == span[1] for s, e, _ in marks[ref["article"]]):
                marks[ref["article"]].append(span)
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
        out.append(
            f'<article class="card" id="a{n}"><h3>[{n}] {page.label(art["id"])}</h3>'
            f"<p><strong>{escape(art.get('title') or '(untitled)')}</strong></p>"
            f'<p class="meta">{" · ".join(meta)}{link}</p>'
            f'<div class="text">{_highlighted_text(art, n, marks[art["id"]])}</div></article>'
        )
    return out + ["</div>"]
