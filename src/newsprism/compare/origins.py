"""Origins and independence: which primary sources each article credits, and which copy others.

Two articles are not independent when one copies the other or when both credit a common
primary source ("according to a BBC expose", "told the BBC"). An article crediting no source
is its own origin. Independent origins are the groups that remain.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from newsprism.compare.model import ArticleOrigins, Credit, Origin, Origins, passage_of
from newsprism.model import Article

__all__ = ["find_origins"]

#: Attribution kinds that credit a primary source: a report ("the BBC reported") or the
#: channel a statement was given through ("told the BBC"), which is that outlet's reporting.
CREDIT_KINDS = frozenset({"origin", "channel"})
_THE = re.compile(r"\bthe\b")


def _norm(name: str | None) -> str:
    """A name folded for comparison: lower-cased, "the" dropped, spaces collapsed."""
    return " ".join(_THE.sub(" ", (name or "").lower()).split())


def _credits(article: Article) -> list[Credit]:
    """The sources an article credits, one per key, its own outlet left out."""
    own = _norm(article.outlet)
    seen: set[str] = set()
    credits: list[Credit] = []
    for record in article.layers.get("attributions", []):
        name = str(record.get("name") or "").strip()
        if not name or record.get("kind") not in CREDIT_KINDS:
            continue
        key = str(record.get("key") or _norm(name))
        if key in seen or (own and _norm(name) == own):
            continue
        seen.add(key)
        passage = passage_of(article, int(record["start"]), int(record["end"]))
        credits.append(Credit(name=name, key=key, kind=str(record["kind"]), passage=passage))
    return credits


class _Groups:
    """Union-find over article ids."""

    def __init__(self, ids: Sequence[str]) -> None:
        """Every id in a group of its own."""
        self.parent = {i: i for i in ids}

    def find(self, item: str) -> str:
        """The root of an id."""
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def union(self, a: str, b: str) -> None:
        """Put two ids in one group."""
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def find_origins(articles: Sequence[Article], copies: Mapping[str, str] | None = None) -> Origins:
    """The credited sources of each article and the story's independent origins."""
    copies = dict(copies or {})
    ids = [a.id for a in articles]
    by_id = {a.id: a for a in articles}
    per_article = [ArticleOrigins(a.id, a.outlet, _credits(a), copies.get(a.id)) for a in articles]
    for art in per_article:
        art.copied_by = [c for c, original in copies.items() if original == art.article]
    groups = _Groups(ids + [f"copy-of:{o}" for o in copies.values() if o not in by_id])
    for art in per_article:
        if art.copy_of:
            target = art.copy_of if art.copy_of in by_id else f"copy-of:{art.copy_of}"
            groups.union(art.article, target)
    first_with: dict[str, str] = {}
    for art in per_article:
        for credit in art.credits:
            if credit.key in first_with:
                groups.union(art.article, first_with[credit.key])
            else:
                first_with[credit.key] = art.article
    members: dict[str, list[str]] = {}
    for art_id in ids:
        members.setdefault(groups.find(art_id), []).append(art_id)
    origins: list[Origin] = []
    index: dict[str, int] = {}
    for group in members.values():
        for art_id in group:
            index[art_id] = len(origins)
        origins.append(Origin(_name(group, per_article, by_id), group))
    return Origins(per_article=per_article, origins=origins, groups=index)


def _name(group: list[str], per_article: list[ArticleOrigins], by_id: dict[str, Article]) -> str:
    """An origin's name: the sources its articles credit in common, else the original outlet."""
    credited = [
        {c.key: c.name for c in a.credits} for a in per_article if a.article in group and a.credits
    ]
    if credited:
        common = set.intersection(*(set(c) for c in credited))
        keys = common or set().union(*(set(c) for c in credited))
        names: dict[str, str] = {}
        for record in credited:
            for key, name in record.items():
                if key in keys:
                    names.setdefault(key, name)
        return " / ".join(sorted(set(names.values())))
    originals = [a for a in per_article if a.article in group and not a.copy_of]
    first = by_id[(originals or [a for a in per_article if a.article in group])[0].article]
    return first.outlet or first.id
