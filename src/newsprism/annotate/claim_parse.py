"""Reading a claim's surroundings from a sentence parse: what is counted, and who says so.

The readers take a sentence as a spaCy Doc of its own and character offsets relative to that
sentence, and return offsets relative to it as well. What is counted is read from POS tags
alone (a tagged Doc is enough); who asserts it needs the dependency parse.
"""

from __future__ import annotations

from typing import Any, NamedTuple

__all__ = ["Asserter", "counted_head", "counted_span", "local_asserter", "SPEECH_LEMMAS"]

#: Verbs whose subject asserts what their clause says.
SPEECH_LEMMAS = frozenset(
    {
        "say", "tell", "report", "reveal", "claim", "estimate", "state", "add", "announce",
        "insist", "explain", "note", "warn", "argue", "write", "admit", "deny", "confirm",
        "describe", "acknowledge", "suggest", "believe", "allege", "accuse", "recall", "declare",
        "reply", "tweet", "post", "predict", "maintain", "counter", "concede", "disclose", "show",
        "indicate", "put", "testify", "tally", "count", "record",
    }
)  # fmt: skip
_NOUNISH = {"NOUN", "PROPN"}
_NP_INNER = {"DET", "ADJ", "NOUN", "PROPN"}
# Longest counted phrase, in tokens: beyond it the reading has run away.
_MAX_COUNTED = 16
_LEADING_DETS = {"the", "a", "an", "these", "those", "this", "that"}
# Words after a comma that extend the scope of what is counted ("people, including women").
_SCOPE_WORDS = {"including", "among", "mostly", "mainly", "many", "most", "some", "all", "half"}
_HEDGE_STARTS = {"more", "less", "fewer", "about", "around", "almost", "nearly", "over", "up",
                 "some", "at", "roughly", "approximately", "only", "just"}  # fmt: skip


def _token_at(doc: Any, offset: int) -> int | None:
    """Index of the first token starting at or after ``offset``."""
    for tok in doc:
        if tok.idx >= offset:
            return int(tok.i)
    return None


def _starts_np(tok: Any) -> bool:
    return (tok.pos_ in _NP_INNER or tok.tag_ == "PRP$") and tok.lower_ not in _HEDGE_STARTS


def _extends_scope(doc: Any, i: int, have_noun: bool) -> bool:
    """Whether token ``i`` continues a counted phrase into its scope (", including ...")."""
    tok = doc[i]
    prev = doc[i - 1] if i > 0 else None
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if tok.text == ",":
        return have_noun and nxt is not None and nxt.lower_ in _SCOPE_WORDS
    if tok.lower_ in _SCOPE_WORDS:
        return have_noun and prev is not None and prev.text == ","
    return tok.lower_ == "of" and prev is not None and prev.lower_ in _SCOPE_WORDS


def counted_span(doc: Any, amount_end: int, *, of_only: bool = False) -> tuple[int, int] | None:
    """The noun phrase an amount counts, with its conjuncts and scope, as (start, end) offsets.

    Reads right from the amount: "Hundreds of [fighters and their family members]",
    "around 4,000 [people, including women and children]". Stops at a verb, a clause, or the
    next amount, and ends on a noun. With ``of_only`` (durations) only an "of" phrase counts:
    "four months of fighting".
    """
    i = _token_at(doc, amount_end)
    if i is None:
        return None
    n = len(doc)
    if i < n and doc[i].lower_ == "of":
        i += 1
    elif of_only:
        return None
    while i < n and doc[i].lower_ in _LEADING_DETS:
        i += 1
    start = i
    last_noun: int | None = None
    depth = 0
    while i < n and i - start < _MAX_COUNTED:
        tok = doc[i]
        nxt = doc[i + 1] if i + 1 < n else None
        if tok.like_url or tok.text.startswith(("@", "#")):
            break
        if tok.pos_ in _NOUNISH or tok.tag_ == "PRP$" or tok.pos_ in ("DET", "ADJ"):
            if tok.pos_ in _NOUNISH:
                last_noun = i
        elif tok.tag_ == "POS" or tok.text in ("'", "\u2019"):
            pass
        elif tok.text in ("-", "\u2010") and not tok.whitespace_ and i > start:
            pass  # inside a compound: "abortion-related bills"
        elif tok.text == "(" and nxt is not None and nxt.pos_ == "PROPN":
            depth += 1
        elif tok.text == ")" and depth:
            depth -= 1
        elif tok.lower_ == "of" and nxt is not None and _starts_np(nxt):
            pass
        elif (
            tok.pos_ == "ADP"
            and nxt is not None
            and nxt.pos_ == "PROPN"
            and i > 0
            and doc[i - 1].pos_ == "PROPN"
        ):
            pass  # inside a name: "Islamic State in Iraq"
        elif tok.pos_ == "CCONJ" and nxt is not None and _starts_np(nxt):
            pass  # a conjunct shares the count: "fighters and their family members"
        elif _extends_scope(doc, i, last_noun is not None):
            pass  # "people, including women and children"
        else:
            break
        i += 1
    if last_noun is None or last_noun < start:
        return None
    end_tok = doc[last_noun]
    if depth == 0 and last_noun + 1 < n and doc[last_noun + 1].text == ")":
        end_tok = doc[last_noun + 1]
    return int(doc[start].idx), int(end_tok.idx + len(end_tok.text))


def counted_head(doc: Any, start: int, end: int) -> str | None:
    """The lemma of the main noun of a counted phrase, for matching counts across outlets.

    The last common noun before the first conjunct or scope ("fighter" in "Islamic State in
    Iraq and Syria (ISIS) fighters and their family members", "people" in "people, including
    women and children"); a proper noun only when there is no common one.
    """
    common: Any = None
    proper: Any = None
    tokens = [t for t in doc if t.idx >= start and t.idx + len(t.text) <= end]
    for k, tok in enumerate(tokens):
        prev = tokens[k - 1] if k else None
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        in_name = prev is not None and nxt is not None and prev.pos_ == nxt.pos_ == "PROPN"
        if (tok.pos_ == "CCONJ" or tok.text == "," or tok.lower_ in _SCOPE_WORDS) and not in_name:
            break
        if tok.pos_ == "NOUN":
            common = tok
        elif tok.pos_ == "PROPN":
            proper = tok
    head = common if common is not None else proper
    return str(head.lemma_ or head.text).lower() if head is not None else None


def _phrase(tok: Any) -> tuple[int, int]:
    """Offsets of a subject phrase, without relative clauses, appositions or trailing commas."""
    cut = {
        t.i
        for d in tok.subtree
        if d.i > tok.i and d.dep_ in ("relcl", "acl", "appos")
        for t in d.subtree
    }
    keep = [t for t in tok.subtree if t.i not in cut]
    first = min(t.i for t in keep)
    last = max(t.i for t in keep)
    while last > first and (tok.doc[last].is_punct or tok.doc[last].is_space):
        last -= 1
    span = tok.doc[first : last + 1]
    return int(span.start_char), int(span.end_char)


class Asserter(NamedTuple):
    """A clause's asserter: offsets of the mention, its head's lemma, whether it is a pronoun."""

    start: int
    end: int
    lemma: str
    pronoun: bool


def _asserter(tok: Any) -> Asserter:
    start, end = _phrase(tok)
    return Asserter(start, end, str(tok.lemma_ or tok.text).lower(), tok.pos_ == "PRON")


def local_asserter(doc: Any, start: int, end: int) -> Asserter | None:
    """Who a clause credits with the amount at ``start:end``, read from the parse.

    Walks up from the amount to the nearest speech verb whose subject lies outside the amount
    ("coalition forces said that only a few dozen ..."), or to an "according to X" on the way.
    Returns that subject or X, with offsets relative to the sentence.
    """
    inside = [t for t in doc if t.idx >= start and t.idx + len(t.text) <= end]
    if not inside:
        return None
    tok = inside[-1]
    seen = 0
    while seen < 40:
        seen += 1
        for child in tok.children:
            if child.lower_ == "according":
                for grand in child.children:
                    if grand.lower_ == "to":
                        objs = [g for g in grand.children if g.dep_ == "pobj"]
                        if objs:
                            return _asserter(objs[0])
        if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in SPEECH_LEMMAS:
            for subj in tok.children:
                if subj.dep_ != "nsubj":
                    continue
                found = _asserter(subj)
                if not (found.start <= start < found.end):
                    return found
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None
