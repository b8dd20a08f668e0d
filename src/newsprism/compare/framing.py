"""Framing: who each headline makes the actor, the verb chosen, loaded words, the lead's focus.

Headlines and leads are parsed with spaCy. For each headline clause the actor is the subject
of an active verb or the ``by`` agent of a passive; a passive with no agent is named as such.
The differences between outlets are stated plainly, without judging which framing is right.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from newsprism.compare.model import (
    ArticleFraming,
    Framing,
    FramingClause,
    Passage,
    field_text,
    passage_of,
)
from newsprism.compare.units import sentence_spans
from newsprism.model import Article
from newsprism.settings import Settings

__all__ = ["LOADED_WORDS", "NO_AGENT", "build_framing", "frame_article"]

#: Said of a headline whose only clause is a passive naming nobody as the doer.
NO_AGENT = "none named (passive with no agent)"

#: Words that colour a report rather than state it, grouped by what they do. Each entry is a
#: regular expression matched on word boundaries, case-insensitively, in the headline and lead.
LOADED_WORDS: dict[str, tuple[str, ...]] = {
    "secrecy and scandal": (
        r"secret(?:ly)?", r"covert(?:ly)?", r"expos[eé]", r"cover[- ]up", r"scandal\w*",
        r"smuggl(?:e|es|ed|ing)", r"spirit(?:ed)? (?:\w+ )?(?:out|away)", r"shady", r"murky",
        r"shadowy",
    ),
    "blame and permission": (
        r"let (?:\w+ ){1,3}(?:get away|go free|escape|flee)", r"turn(?:ed)? a blind eye",
        r"complicit\w*", r"collu\w+",
    ),
    "intensifiers of violence": (
        r"slaughter\w*", r"massacre\w*", r"butcher\w*", r"carnage", r"bloodbath", r"brutal\w*",
        r"savage\w*", r"annihilat\w+", r"devastat\w+", r"atrocit\w+", r"barbar\w+",
    ),
    "disparaging labels": (
        r"thugs?", r"regime", r"terror(?:ist)?s?", r"jihadists?", r"extremists?", r"hardened",
        r"notorious", r"so-called", r"infamous",
    ),
    "doubt or insistence in reporting verbs": (
        r"admit(?:s|ted)?", r"claim(?:s|ed)?", r"insist(?:s|ed)?", r"conced(?:es|ed)",
        r"slam(?:s|med)?", r"blast(?:s|ed)?", r"lash(?:es|ed)? out",
    ),
}  # fmt: skip
_LOADED = re.compile(
    r"\b(?:" + "|".join(p for group in LOADED_WORDS.values() for p in group) + r")\b",
    re.IGNORECASE,
)
# Adverbs that act as verb particles in headlines ("smuggled out", "get away").
_PARTICLES = frozenset({"out", "away", "off", "up", "down", "back", "in", "over"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "it", "they", "this", "that", "who"})


def _name(article: Article) -> str:
    """How an article is named in the differences: its outlet, else its id."""
    return article.outlet or article.id


@dataclass(frozen=True)
class _Where:
    """Where a headline sits: the body or the title field, and its offset there."""

    field: str
    base: int


def _span_passage(article: Article, where: _Where | None, start: int, end: int) -> Passage | None:
    """The passage of a headline span, in the body or the title field."""
    if where is None:
        return None
    return passage_of(article, where.base + start, where.base + end, where.field)


def _clause_head(sent: Any) -> Any | None:
    """The verb heading a headline sentence (its root, else its first verb)."""
    root = sent.root
    if root.pos_ in {"VERB", "AUX"}:
        return root
    return next((t for t in sent if t.pos_ == "VERB"), None)


def _verb_tokens(head: Any) -> list[Any]:
    """The tokens of the verb phrase: auxiliaries, particles and a governed verb."""
    tokens = [head]
    tokens += [c for c in head.children if c.dep_ in {"aux", "auxpass", "neg", "prt"}]
    tokens += [c for c in head.children if c.dep_ in {"advmod", "prep"} and c.lower_ in _PARTICLES]
    for child in head.children:
        infinitive = child.dep_ == "advcl" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in child.children
        )
        if (child.dep_ in {"xcomp", "ccomp"} or infinitive) and child.pos_ in {"VERB", "AUX"}:
            tokens.append(child)
            tokens += [
                c
                for c in child.children
                if c.dep_ == "prt" or (c.dep_ in {"advmod", "prep"} and c.lower_ in _PARTICLES)
            ]
    return tokens


def _clause(article: Article, base: _Where | None, sent: Any) -> FramingClause | None:
    """One headline sentence as a clause: actor, verb phrase and voice."""
    head = _clause_head(sent)
    if head is None:
        return None
    tokens = _verb_tokens(head)
    first = min(t.idx for t in tokens)
    last = max(t.idx + len(t.text) for t in tokens)
    verb = sent.doc.text[first:last]
    passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in head.children)
    actor_tokens: list[Any] | None = None
    if passive:
        agent = next((c for c in head.children if c.dep_ == "agent"), None)
        objects = [c for c in agent.children if c.dep_ == "pobj"] if agent is not None else []
        if objects:
            actor_tokens = list(objects[0].subtree)
    else:
        subject = next((c for c in head.children if c.dep_ in _SUBJECTS), None)
        if subject is not None:
            actor_tokens = list(subject.subtree)
    actor = actor_passage = None
    if actor_tokens:
        a_start = actor_tokens[0].idx
        a_end = actor_tokens[-1].idx + len(actor_tokens[-1].text)
        actor = sent.doc.text[a_start:a_end]
        actor_passage = _span_passage(article, base, a_start, a_end)
    return FramingClause(
        actor=actor,
        verb=verb,
        voice="passive" if passive else "active",
        passage=_span_passage(article, base, sent.start_char, sent.end_char),
        actor_passage=actor_passage,
    )


def _headline(article: Article) -> tuple[str | None, _Where | None]:
    """The headline and where its offsets point: the body when it repeats it, else the title."""
    title = (article.title or "").strip()
    if title:
        found = article.text.find(title)
        if found >= 0:
            return title, _Where("text", found)
        return title, _Where("title", (article.title or "").index(title))
    first_line = article.text.strip().split("\n", 1)[0].strip()
    if first_line and first_line != article.text.strip() and len(first_line) <= 200:
        return first_line, _Where("text", article.text.index(first_line))
    return None, None


def _lead(article: Article, skip: Sequence[str]) -> tuple[int, int] | None:
    """The first body sentence: after the headline and subtitle, at least eight words long."""
    skips = [s.strip() for s in skip if s and s.strip()]
    for start, end in sentence_spans(article):
        sentence = article.text[start:end].strip()
        if any(sentence in s or s in sentence for s in skips):
            continue
        if len(sentence.split()) >= 8:
            return start, end
    return None


def _lead_first(nlp: Any, text: str) -> str | None:
    """The first subject of the lead in reading order (else its first noun phrase)."""
    doc = nlp(text)
    subjects = [t for t in doc if t.dep_ in _SUBJECTS and t.lower_ not in _PRONOUNS]
    if subjects:
        tokens = list(min(subjects, key=lambda t: t.left_edge.i).subtree)
        return doc.text[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)]
    chunks = list(doc.noun_chunks)
    return chunks[0].text if chunks else None


def frame_article(article: Article, nlp: Any) -> ArticleFraming:
    """The framing of one article: headline clauses, loaded words, and what the lead puts first."""
    headline, base = _headline(article)
    clauses: list[FramingClause] = []
    if headline:
        for sent in nlp(headline).sents:
            clause = _clause(article, base, sent)
            if clause is not None:
                clauses.append(clause)
    named = [c for c in clauses if c.actor]
    if named:
        actor = named[0].actor or ""
    elif any(c.voice == "passive" for c in clauses):
        actor = NO_AGENT
    else:
        actor = "none named"
    lead_span = _lead(article, [headline or "", article.subtitle or ""])
    lead = passage_of(article, *lead_span) if lead_span else None
    loaded: list[Passage] = []
    regions = [(base.field, base.base, base.base + len(headline))] if headline and base else []
    if lead is not None:
        regions.append(("text", lead.start, lead.end))
    for field, start, end in regions:
        for match in _LOADED.finditer(field_text(article, field), start, end):
            loaded.append(passage_of(article, match.start(), match.end(), field))
    return ArticleFraming(
        article=article.id,
        outlet=article.outlet,
        headline=headline,
        actor=actor,
        verb=clauses[0].verb if clauses else None,
        clauses=clauses,
        loaded=loaded,
        lead_first=_lead_first(nlp, lead.text) if lead else None,
        lead=lead,
    )


def _by_choice(choices: dict[str, str], names: dict[str, str], verb: str) -> str:
    """Outlets grouped by what they chose: "A and B name 'x'; C names 'y'"."""
    groups: dict[str, list[str]] = {}
    shown: dict[str, str] = {}
    for article, choice in choices.items():
        groups.setdefault(choice.lower(), []).append(names[article])
        shown.setdefault(choice.lower(), choice)
    parts = []
    for key, outlets in groups.items():
        who = outlets[0] if len(outlets) == 1 else ", ".join(outlets[:-1]) + " and " + outlets[-1]
        parts.append(f"{who} {verb if len(outlets) == 1 else verb.removesuffix('s')} {shown[key]}")
    return "; ".join(parts)


def _differences(framings: Sequence[ArticleFraming], names: dict[str, str]) -> list[str]:
    """Plain statements of how the outlets' framings differ (nothing when they agree)."""
    if len(framings) < 2:
        return []
    out: list[str] = []
    actors = {f.article: repr(f.actor) for f in framings}
    if len({a.lower() for a in actors.values()}) > 1:
        out.append(f"Headline actor: {_by_choice(actors, names, 'names')}.")
    for f in framings:
        bare = [repr(c.verb) for c in f.clauses if c.voice == "passive" and not c.actor]
        if bare:
            out.append(
                f"{names[f.article]}'s headline uses a passive with no agent: {', '.join(bare)}."
            )
    verbs = {f.article: ", ".join(repr(c.verb) for c in f.clauses) or "(no verb)" for f in framings}
    if len({v.lower() for v in verbs.values()}) > 1:
        out.append(f"Verbs for the event: {_by_choice(verbs, names, 'uses')}.")
    words = {f.article: {p.text.lower(): p.text for p in f.loaded} for f in framings}
    for a, own in words.items():
        others = set().union(*(set(w) for b, w in words.items() if b != a))
        only = [own[w] for w in sorted(set(own) - others)]
        if only:
            out.append(f"Loaded words only {names[a]} uses: {', '.join(repr(w) for w in only)}.")
    leads = {f.article: repr(f.lead_first) for f in framings if f.lead_first}
    if len({v.lower() for v in leads.values()}) > 1:
        out.append(f"The lead puts first: {_by_choice(leads, names, 'puts')}.")
    return out


def build_framing(articles: Sequence[Article], settings: Settings) -> Framing:
    """The framing of each article of a story and the differences between outlets."""
    from newsprism.annotate.nlp import load_parser

    nlp = load_parser(settings.spacy_model)
    framings = [frame_article(a, nlp) for a in articles]
    names = {a.id: _name(a) for a in articles}
    return Framing(articles=framings, differences=_differences(framings, names))
