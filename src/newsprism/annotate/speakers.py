"""Who speaks in a parsed sentence: cue verbs, their subjects, and speakers described or named.

Works on the parser's view of one sentence (a spaCy Doc of the sentence alone) whose token
offsets are shifted by ``base``, the sentence's start in the article text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from newsprism.annotate.names import name_key, split_title, tidy_name

__all__ = [
    "CUE_LEMMAS",
    "FIRST_PERSON_CUES",
    "Frame",
    "QUOTE_ONLY_CUES",
    "REPORT_NOUNS",
    "STANCE_LEMMAS",
    "Speaker",
    "describe_mention",
    "find_colon_frames",
    "find_frames",
]

_CUE_WORDS = """
    say tell add state announce claim insist explain note warn argue write reveal admit deny
    confirm describe ask acknowledge suggest estimate allege accuse recall declare reply
    tweet post report quote cite urge promise vow predict maintain counter concede disclose
    agree complain contend assert stress emphasize emphasise testify respond continue joke
    remark observe boast caution mention point charge lament propose recommend demand
    threaten pledge reiterate repeat retort scoff quip blog conclude find show indicate learn
    call speculate brag grumble muse opine rule order guarantee exclaim shout yell scream
    chant whisper read echo plead beg concur interject chime tease sigh marvel gush rail rant
    mock criticise criticize praise slam blast dismiss defend press shoot snap interrupt assure
    remind
"""
# Stances ("refused to", "endorsed", "hoped", "condemned") count as well as speech: their
# subjects were credited sources at least two times in five on PolNeAR's train split. Verbs
# of thinking ("believe", "think", "know", "expect") were not (one in five), so they are
# left out. The lemmatizer turns "hoped" into "hop", hence both.
_STANCE_WORDS = """
    decline refuse blame refer question express oppose reject comment fear prefer list tout
    aim encourage highlight condemn compare rebut decry voice invoke underscore signal
    portray credit applaud issue thank promote discuss endorse hope hop outline assail
    bemoan liken denounce
"""
#: Verbs that state a position without reporting words: a cue only with a subject of their own.
STANCE_LEMMAS = frozenset(_STANCE_WORDS.split())
# Verbs of thinking, wanting and acting on a position are credited as sources about half the
# time when a named person or organisation does them ("Cruz wants", "the party believes") and
# seldom otherwise ("I think", "he wants", "voters want": one in ten on PolNeAR train).
_NAMED_WORDS = """
    want seek think believe offer release push talk plan deliver feel like adopt publish share
"""
#: Cues only when their subject names a person or an organisation.
NAMED_CUES = frozenset(_NAMED_WORDS.split())
# "I think", "I mean" outside quotation marks (an interview transcript) state the speaker's
# own view: PolNeAR credits that "I" about half the time, and almost never "he thinks" or
# "I thought". Inside a quotation the quote's speaker is the source; the quote layer drops
# cues inside quotations anyway.
_FIRST_PERSON_WORDS = "think believe mean guess know talk"
#: Cues only in the present tense with "I" as their subject.
FIRST_PERSON_CUES = frozenset(_FIRST_PERSON_WORDS.split())
# The people of a conversation: "you know", "you think" are credited as often as "I think".
_INTERLOCUTORS = frozenset({"i", "you", "we"})
#: Verbs that introduce speech, writing or a stated position (lemmas).
CUE_LEMMAS = frozenset(_CUE_WORDS.split()) | STANCE_LEMMAS
#: Cues that name who speaks next to a quotation ('"...," she continued') but whose subject,
#: without one, is seldom a source ("the study found", "he maintained his lead").
_QUOTE_ONLY_WORDS = "find read continue shoot maintain charge guarantee disclose plead interrupt"
QUOTE_ONLY_CUES = frozenset(_QUOTE_ONLY_WORDS.split())
# Cues that take the message's recipient as an object: "told the BBC", "informed reporters".
_TELL = frozenset({"tell", "inform", "assure", "remind", "warn", "ask", "brief"})
# Cues whose object is not what was said ("said on Monday", "added", "continued").
_BARE = frozenset({"say", "add", "continue", "post", "write", "report", "read", "ask"})
_SUBJECT_DEPS = ("nsubj", "nsubjpass")
_VERB = ("VERB", "AUX")
# Prepositions of an aside on where, when or how someone spoke ("Trump, in Kentucky,");
# "including", "like", "of" go on saying who it is.
_ASIDE_PREPOSITIONS = frozenset({"in", "on", "at", "via", "during", "after", "before", "with"})
# Adverbs that open a clause of their own rather than modify the cue ("when asked").
_WH_ADVERBS = frozenset({"when", "where", "how", "why", "as", "whenever", "while"})
# Prepositions that make one verb with a cue whatever the cue ("calls for", "asked about"):
# PolNeAR's cue spans keep them 9 times in 10; "in", "on", "of", "to" only after some verbs.
_VERB_PREPOSITIONS = frozenset({"for", "about", "against", "with", "upon"})
_VERB_PREPOSITION_PAIRS = frozenset(
    {("to", "point"), ("to", "refer"), ("to", "respond"), ("on", "call"), ("on", "comment")}
)
# Children that extend a speaker mention with more than who it is (clauses, appositions).
_NOT_CORE = frozenset({"relcl", "acl", "appos", "advcl", "punct", "cc", "conj", "prep"})
_QUANTIFIER_HEADS = frozenset(
    {
        "one",
        "some",
        "many",
        "most",
        "several",
        "all",
        "few",
        "none",
        "both",
        "each",
        "two",
        "three",
        "four",
        "five",
        "dozens",
        "hundreds",
        "thousands",
    }
)
_RELATIVE = frozenset({"who", "which", "that", "whom"})
_PERSONAL = frozenset({"i", "he", "she", "we", "they", "you", "it"})
#: Nouns for a published piece: its outlet, when named inside the mention, is the speaker.
REPORT_NOUNS = _REPORTS = frozenset(
    {
        "report",
        "expose",
        "exposé",
        "investigation",
        "statement",
        "analysis",
        "poll",
        "survey",
        "study",
        "story",
        "documentary",
        "article",
        "review",
    }
)
_PRONOUNS = frozenset(
    {"he", "she", "they", "i", "we", "it", "you", "him", "her", "them", "who", "which", "that"}
)


@dataclass
class Speaker:
    """A speaker mention: ``start``/``end`` cover the whole mention, ``name`` is who it is.

    ``kind`` is ``person``, ``org``, ``description`` or ``pronoun`` (resolved later).
    """

    name: str
    key: str
    kind: str
    start: int
    end: int
    role: str = ""
    #: True when the mention is a published piece: "a BBC exposé" (an org, credited to
    #: ``name``) or "a new survey" (a description).
    report: bool = False


@dataclass
class Frame:
    """A cue with its speaker, and the content it governs if the sentence shows one."""

    cue: str
    cue_start: int
    cue_end: int
    speaker: Speaker | None
    content_start: int | None = None
    content_end: int | None = None
    channel: str = ""
    #: True when the content is a clause complement of the cue ("said that ...").
    clause: bool = False
    #: Where the verb starts that the cue's clause modifies ("When asked …, Trump said"), if any.
    modifies: int | None = None


def _offset(token: Any, base: int) -> tuple[int, int]:
    """A token's (start, end) in the article text."""
    return base + token.idx, base + token.idx + len(token.text)


def _span_of(tokens: list[Any], base: int) -> tuple[int, int] | None:
    """The text span from the first to the last token, edge punctuation left out."""
    tokens = [t for t in tokens if not t.is_space and not (t.is_punct and t.text not in ".")]
    while tokens and tokens[-1].is_punct:
        tokens.pop()
    if not tokens:
        return None
    return _offset(tokens[0], base)[0], _offset(tokens[-1], base)[1]


def _subtree_span(token: Any, base: int) -> tuple[int, int]:
    """The text span of a token's subtree, edge punctuation left out."""
    tokens = list(token.subtree)
    while len(tokens) > 1 and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens.pop()
    while len(tokens) > 1 and (tokens[0].is_punct or tokens[0].is_space):
        tokens.pop(0)
    return _offset(tokens[0], base)[0], _offset(tokens[-1], base)[1]


def _core_tokens(head: Any) -> list[Any]:
    """The head and the modifiers that say who it is, up to the first comma."""
    keep = [head]
    for child in head.children:
        if child.dep_ in _NOT_CORE and not (child.dep_ == "prep" and child.i < head.i):
            if child.dep_ == "prep" and child.text.lower() in ("of", "from", "in", "at", "with"):
                keep.extend(child.subtree)
            continue
        keep.extend(child.subtree)
    keep.sort(key=lambda t: t.i)
    run = []
    for tok in keep:
        if tok.i > head.i and tok.text == ",":
            break
        run.append(tok)
    # Cut a relative clause or comma clause that got in through a kept modifier.
    cut = [t for t in run if t.dep_ in ("relcl", "acl") and t.i > head.i]
    if cut:
        first = min(min(s.i for s in c.subtree) for c in cut)
        run = [t for t in run if t.i < first]
    return run


def _entity_at(
    entities: list[dict[str, Any]], start: int, end: int, labels: tuple[str, ...]
) -> dict[str, Any] | None:
    """The first entity with one of ``labels`` overlapping ``start``-``end``."""
    for ent in entities:
        if ent["label"] in labels and ent["start"] < end and start < ent["end"]:
            return ent
    return None


def _description_key(head: Any) -> str:
    """The match key of a description: its head noun, or the noun after "one of"."""
    if head.lower_ in _QUANTIFIER_HEADS or head.pos_ == "NUM":
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if objects:
                    return objects[0].lemma_.lower()
    return (head.lemma_ or head.text).lower()


# Words that lead a subject without being part of who it is: "even a top strategist".
_LEADS = frozenset({"even", "only", "also", "just", "and", "but", "so", "yet", "still"})
_DASHES = frozenset({"-", "–", "—", "--"})
# Tags of a verb that has a tense of its own, and the labels of clauses that may hold one.
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_CLAUSES = frozenset({"relcl", "acl", "advcl", "ccomp", "csubj", "parataxis", "appos"})


def _after_dateline(tokens: list[Any], head: Any) -> list[Any]:
    """A mention without the dateline the parser hung on it ("NEW YORK (AP) - Donald Trump").

    A dateline opens the sentence, ends in a dash before the head word, and is a place in
    capitals or credits a news agency in brackets.
    """
    dashes = [k for k, t in enumerate(tokens) if t.text in _DASHES and t.i < head.i]
    if not dashes or tokens[0].i != tokens[0].sent.start:
        return tokens
    lead = tokens[: dashes[0]]
    capitals = lead and lead[0].text.isupper() and len(lead[0].text) > 1
    agency = any(t.text == "(" for t in lead) and any(t.text == ")" for t in lead)
    if (capitals or agency) and dashes[0] + 1 < len(tokens):
        return tokens[dashes[0] + 1 :]
    return tokens


def _dateline_dash(head: Any) -> Any | None:
    """The dash ending a dateline that opens a subject ("ORLANDO, Fla. (Reuters) -"), if any.

    The parser often makes the dateline the subject and the speaker after the dash its
    apposition, or gives the verb two subjects, the dateline first.
    """
    first = min(t.i for t in head.subtree)
    doc = head.doc
    if first != head.sent.start:
        return None
    dash = next((t for t in doc[first : first + 12] if t.text in _DASHES), None)
    if dash is None or dash.i <= head.i or dash.i + 1 >= len(doc):
        return None
    lead = doc[first : dash.i]
    capitals = lead[0].text.isupper() and len(lead[0].text) > 1
    agency = any(t.text == "(" for t in lead) and any(t.text == ")" for t in lead)
    return dash if capitals or agency else None


def _past_dateline(head: Any) -> Any | None:
    """The subject beyond a dateline the parser took for it, or None when only the dateline
    is there: "New York (AFP) - Vice President Joe Biden" is Biden."""
    dash = _dateline_dash(head)
    if dash is None:
        return head
    inside = {t.i for t in head.subtree}
    token = dash.doc[dash.i + 1]
    if token.i not in inside:
        return None
    while token.head.i != head.i and token.head.i > dash.i:
        token = token.head
    return token if token.head.i == head.i else head


def _cue_clause(verb: Any) -> bool:
    """Whether a relative clause is itself an attribution ("who said ...", "which warned")."""
    return verb.lemma_.lower() in CUE_LEMMAS


def _stray_verb(tokens: list[Any], head: Any) -> int | None:
    """Where a finite verb the parser hung on a mention starts, if one did.

    A name is never followed by its own finite verb inside the mention: "Trump replied",
    "Sanders delivered a snappy retort", "I've" are a subject and its clause misread as one
    noun phrase. A verb inside a clause of the mention ("Ross, who spent the morning ...")
    is a description and stays.
    """
    for token in tokens:
        if token.i <= head.i or token.tag_ not in _FINITE:
            continue
        up = token
        while up.i != head.i and up.dep_ not in _CLAUSES and up.head.i != up.i:
            up = up.head
        if up.i == head.i:
            return token.i
    return None


def _aside(child: Any, first: int) -> bool:
    """Whether a modifier set off by a comma says how or where the speaker was, not who.

    "Clinton, clearly frustrated,", "Trump, in Kentucky,", "Powell's office, when contacted
    by Reuters,": PolNeAR leaves such asides out of the source; appositions ("Jeff Zucker,
    president of CNN"), ages and relative clauses stay.
    """
    if first == 0 or child.doc[first - 1].text != ",":
        return False
    if child.dep_ == "prep":
        return child.lower_ in _ASIDE_PREPOSITIONS
    if child.dep_ in ("amod", "acomp"):
        return True
    return child.dep_ == "advcl" and child.tag_ != "VBG"


def _mention_span(head: Any, base: int, cue: Any | None = None) -> tuple[int, int]:
    """The span of a speaker mention: the subject's whole subtree, as readers delimit it.

    Ages, appositions and relative clauses that describe the speaker stay ("Renee Gold, 83,
    of Sarasota", "Biden, who served as a senator for 36 years"): PolNeAR's annotators keep
    them. A relative clause that is an attribution of its own ends the mention: "Barkley,
    who said he votes Democratic" is "Barkley". A mention before its ``cue`` ends before it,
    whatever the parser hung on the subject past the cue.
    """
    if head.lower_ in _PERSONAL:
        # A personal pronoun is never described: what the parser hangs on it ("he boasts
        # about them", "I've") is the rest of its clause.
        return _offset(head, base)
    tokens = list(head.subtree)
    stop = None
    for child in head.children:
        if child.i <= head.i:
            continue
        first = min(t.i for t in child.subtree)
        if (
            (child.dep_ == "relcl" and _cue_clause(child))
            or (child.dep_ == "advmod" and child.lower_ in ("here", "there"))
            or _aside(child, first)
        ):
            stop = first if stop is None else min(stop, first)
    for token in tokens:
        # So does one deeper in the mention ("Zaheed, director of CREDO Action, which said
        # ..."), set off by a comma.
        if token.dep_ == "relcl" and token.i > head.i and _cue_clause(token):
            first = min(t.i for t in token.subtree)
            if first > 0 and token.doc[first - 1].text == ",":
                stop = first if stop is None else min(stop, first)
    verb = _stray_verb(tokens, head)
    if verb is not None:
        stop = verb if stop is None else min(stop, verb)
    if cue is not None and cue.i > head.i:
        # "Podliska further alleges that ..., a claim that ...": the parser hung the apposition
        # on the subject, or the cue itself inside it; the mention ends where the cue begins.
        held = any(t.i == cue.i for t in tokens)
        inside = [t.i for t in cue.subtree if t.i > head.i] if held else []
        first = min(inside) if inside else cue.i
        stop = first if stop is None else min(stop, first)
    if stop is not None:
        tokens = [t for t in tokens if t.i < stop]
    while len(tokens) > 1 and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens.pop()
    while len(tokens) > 1 and (
        tokens[0].is_punct or tokens[0].is_space or tokens[0].lower_ in _LEADS
    ):
        tokens.pop(0)
    tokens = _after_dateline(tokens, head)
    before = tokens[0].i - 1
    while before >= 0 and _misread_name_word(head, head.doc[before], cue):
        # "Trump senior adviser Paul Manafort", "Presumptive Democratic nominee Hillary
        # Clinton": a capitalised word the tagger took for a verb opens the mention.
        tokens.insert(0, head.doc[before])
        before -= 1
    start, end = _offset(tokens[0], base)[0], _offset(tokens[-1], base)[1]
    # A list item's dash glued to the name ("-Craig Fehrman explains") is not part of it.
    start += len(tokens[0].text) - len(tokens[0].text.lstrip("".join(_DASHES)))
    # A bracket opened in the mention closes in it: "Sen. Mitch McConnell (R-Ky.)".
    doc = head.doc
    after = tokens[-1].i + 1
    while after < len(doc) and doc[after].text in (".", ")") and after - tokens[-1].i <= 2:
        if doc[after].text == ")":
            inside = [t.text for t in tokens]
            if inside.count("(") > inside.count(")"):
                end = _offset(doc[after], base)[1]
            break
        after += 1
    # So does a dash: "Gingrich — mentioned by Newsmax as … — told" (PolNeAR keeps the pair).
    after = tokens[-1].i + 1
    if after < len(doc) and doc[after].text in _DASHES:
        dash = doc[after].text
        if any(t.text == dash and t.i > tokens[0].i and t.whitespace_ for t in tokens):
            end = _offset(doc[after], base)[1]
    return start, end


def _misread_name_word(head: Any, word: Any, cue: Any | None) -> bool:
    """Whether a word right before a mention is a capitalised word misread as a verb."""
    return (
        word.tag_ in ("VB", "VBP")
        and word.text[:1].isupper()
        and word.text[1:].islower()
        and word.i != head.head.i
        and (cue is None or word.i != cue.i)
        and word.lemma_.lower() not in CUE_LEMMAS
        and bool(word.whitespace_)
    )


def describe_mention(
    head: Any, base: int, text: str, entities: list[dict[str, Any]], cue: Any | None = None
) -> Speaker:
    """What a speaker mention (the head token of a subject) names: a person, an org, a
    description ("one of the lorry drivers") or a pronoun left for the caller to resolve.

    ``cue`` is the verb the mention is the subject of, if any: the mention never runs past it.
    """
    start, end = _mention_span(head, base, cue)
    core = _core_tokens(head)
    c_start, c_end = _offset(core[0], base)[0], _offset(core[-1], base)[1]
    role = ""
    appos = [c for c in head.children if c.dep_ == "appos"]
    if appos:
        a_start, a_end = _subtree_span(appos[0], base)
        role = tidy_name(text[a_start:a_end])
    head_start, head_end = _offset(head, base)
    if head.lower_ in _RELATIVE and head.head.dep_ == "relcl":
        # "the jihadists, who told them ...": the mention is "who", the speaker its antecedent.
        known = describe_mention(head.head.head, base, text, entities)
        return Speaker(known.name, known.key, known.kind, start, end, known.role)
    # The person the head word belongs to ("Cruz spokesman Rick Tyler" is Tyler, not Cruz).
    person = _entity_at(entities, head_start, head_end, ("PERSON",)) or _entity_at(
        entities, c_start, c_end, ("PERSON",)
    )
    if person is None and appos:
        # "the spokesman, Ryan Dillon": the name sits in the apposition.
        a_start, a_end = _subtree_span(appos[0], base)
        person = _entity_at(entities, a_start, a_end, ("PERSON",))
        if person is not None:
            role = tidy_name(text[c_start:c_end])
    if person is not None:
        before = tidy_name(text[c_start : person["start"]])
        if not role:
            role = before or person.get("title", "")
        return Speaker(person["name"], person["key"], "person", start, end, role)
    if head.lower_ in _PRONOUNS or head.pos_ == "PRON":
        return Speaker(head.text, head.lower_, "pronoun", start, end, role)
    org = _entity_at(entities, head_start, head_end, ("ORG", "GPE", "NORP", "FAC"))
    report = head.lemma_.lower() in _REPORTS
    if org is None and report:
        # "a BBC exposé", "a Reuters report": the outlet behind the report speaks.
        org = _entity_at(entities, c_start, c_end, ("ORG",))
    if org is not None:
        return Speaker(org["name"], org["key"], "org", start, end, role, report=report)
    description = tidy_name(text[c_start:c_end])
    for lead in ("but ", "and ", "so "):
        if description.lower().startswith(lead):
            description = description[len(lead) :]
    name, title = split_title(description)
    if title and name and name[0].isupper():
        return Speaker(name, name_key(name), "person", start, end, role or title)
    return Speaker(description, _description_key(head), "description", start, end, role, report)


def _reporter(head: Any, participle_at: int) -> Any | None:
    """The cue that reports ``head``'s clause, which a participle after it goes with.

    'X said some rhetoric was patronizing, noting …' and '"I have a brain," he said, arguing
    …': the parser hangs the participle on the reported clause, but the one who notes or
    argues is the one who said it.
    """
    if head.dep_ == "ccomp" and head.head.lemma_.lower() in CUE_LEMMAS:
        return head.head
    for child in head.children:
        if child.dep_ == "parataxis" and child.lemma_.lower() in CUE_LEMMAS:
            return child
    return None


# Verbs whose object does what the infinitive after it says: "led Priebus to declare".
_CAUSATIVE_WORDS = (
    "lead prompt drive force cause persuade convince inspire spur get invite allow compel move "
    "provoke"
)
_CAUSATIVES = frozenset(_CAUSATIVE_WORDS.split())


def _reports(verb: Any) -> bool:
    """Whether a verb reports what someone said ("said", "argued"; not "found")."""
    lemma = verb.lemma_.lower()
    return lemma in CUE_LEMMAS and lemma not in QUOTE_ONLY_CUES


def _main_clause(token: Any) -> Any:
    """The verb of the main clause a token belongs to: its root, or a verb joined to it."""
    while token.head.i != token.i:
        if token.dep_ == "conj" and token.head.head.i == token.head.i:
            break  # a verb joined to the root is a main clause of its own
        token = token.head
    return token


def _trailing_subject(verb: Any) -> Any | None:
    """The main clause's subject for a participle closing a sentence ("X rejected the idea
    that ..., saying ...", "Hannity said ... after the senator won, remarking ...").

    The participle is set off by a comma, or joined by "and" to a finite verb (a misparse
    of "saying ... and arguing ..."). The parser often hangs it on a verb inside the
    clause before it, whose subject is not the one who says it; the doer is the subject of
    the sentence's main verb, when that verb comes first.
    """
    if verb.tag_ != "VBG" or verb.i == 0:
        return None
    comma = verb.doc[verb.i - 1].text == ","
    joined = verb.dep_ == "conj" and verb.head.tag_ in _FINITE and verb.head.i < verb.i
    if not (comma or joined) or verb.dep_ not in ("advcl", "conj", "acl", "xcomp", "dep"):
        return None
    main = _main_clause(verb)
    if main.i >= verb.i or main.pos_ not in _VERB:
        return None
    for child in main.children:
        if child.dep_ in _SUBJECT_DEPS and child.i < main.i:
            return child
    return None


def _subject(verb: Any) -> Any | None:
    """The subject of a cue verb, borrowed from the verb it hangs on when it has none."""
    seen = 0
    while verb is not None and seen < 4:
        subjects = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS]
        for child in subjects:
            past = _past_dateline(child)
            if past is not None:
                return past
        if subjects:
            return subjects[0]
        head = verb.head
        if seen == 0 and verb.dep_ == "conj" and head.dep_ == "ccomp" and _reports(head.head):
            # "Rajoy said that he will try … and insisted that …": the parser joins the second
            # cue to the reported clause; it goes with the cue that reports that clause.
            verb = head.head
            seen += 1
            continue
        if verb.dep_ == "xcomp" and head.i < verb.i and head.lemma_.lower() in _CAUSATIVES:
            # "The victory led Priebus to declare …", "urged voters to say": the object of the
            # verb above an infinitive is who does it.
            objects = [c for c in head.children if c.dep_ == "dobj" and c.i < verb.i]
            if objects:
                return objects[0]
        if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head is not verb:
            participle = verb.dep_ == "advcl" and verb.tag_ == "VBG"
            verb = verb.head
            seen += 1
            if participle:
                verb = _reporter(verb, participle_at=seen) or verb
            continue
        too = any(c.lower_ == "too" for c in verb.children)
        if verb.dep_ == "acomp" and seen and head.pos_ in _VERB and not too:
            # "Yellen is likely to stress", "critics are quick to point out": the subject of
            # the verb the adjective completes ("too close to call" is said of no one).
            verb = head
            seen += 1
            continue
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ in _VERB:
            # "After suggesting ..., Rubio said", "by saying": the verb the phrase modifies.
            verb = verb.head.head
            seen += 1
            continue
        if verb.dep_ == "relcl":
            return verb.head  # "X, who said ..." speaks as X
        return None
    return None


def _channel(verb: Any, base: int, text: str) -> str:
    """Whom a cue's words went to: the object of "told", or "to"/"on" an outlet."""
    if verb.lemma_.lower() in _TELL:
        for child in verb.children:
            if child.dep_ in ("dobj", "dative") and child.pos_ in ("PROPN", "NOUN", "PRON"):
                a, b = _subtree_span(child, base)
                return tidy_name(text[a:b])
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in ("to", "on"):
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects and (objects[0].ent_type_ in ("ORG",) or objects[0].pos_ == "PROPN"):
                a, b = _subtree_span(objects[0], base)
                return tidy_name(text[a:b])
    return ""


def _for_clause(token: Any) -> bool:
    """Whether a clause is a "for ... to ..." complement ("called for the US to act")."""
    return token.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ == "for" and c.i < token.i for c in token.children
    )


def _content(verb: Any, base: int) -> tuple[int, int] | None:
    """The span a cue reports: its clause, the clause it interrupts, or its verb phrase."""
    for child in verb.children:
        if child.dep_ == "ccomp":
            return _subtree_span(child, base)
    if verb.lemma_.lower() not in _TELL and verb.lemma_.lower() not in _BARE:
        # "vowed to fight", "accused Lewandowski of assault": the rest of the verb phrase.
        parts = [
            child
            for child in verb.children
            if child.i > verb.i
            and (child.dep_ in ("xcomp", "dobj", "prep", "dative", "attr") or _for_clause(child))
        ]
        if any(c.dep_ == "xcomp" for c in parts):
            # "urged them to vote": the one urged is not what was said.
            parts = [c for c in parts if c.dep_ not in ("dobj", "dative")]
        rest = sorted((t for child in parts for t in child.subtree), key=lambda t: t.i)
        if rest and rest[0].dep_ == "prep" and rest[0].head.i == verb.i and len(rest) > 1:
            # "called for her ouster", "asked about his record": the preposition goes with
            # the cue ("calls for"), the rest is what was said.
            rest = rest[1:]
        if rest:
            return _span_of(rest, base)
    if verb.lemma_.lower() in _TELL:
        # "reminded voters of his record", "warned the campaign about the law": the topic
        # after the one told (the parser may hang it on that object).
        holders = [verb] + [c for c in verb.children if c.dep_ in ("dobj", "dative")]
        topics = [
            c
            for holder in holders
            for c in holder.children
            if c.dep_ == "prep" and c.lower_ in ("about", "of") and c.i > verb.i
        ]
        if topics:
            return _subtree_span(topics[0], base)
    if verb.dep_ == "parataxis" and verb.head.i > verb.i:
        # "The hashtag, he said, was popular": the clause around the cue is what was said.
        return _subtree_span(verb.head, base)
    if (
        verb.dep_ == "advcl"
        and verb.head.i > verb.i
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
    ):
        # "As Menendez pointed out, the rulings have real impact": the clause it introduces.
        right = max(t.i for t in verb.subtree)
        return _span_of([t for t in verb.head.subtree if t.i > right], base)
    participle = verb.dep_ == "advcl" and verb.tag_ == "VBG"
    if verb.dep_ in ("parataxis", "ccomp", "advcl") and verb.head.i < verb.i and not participle:
        # "The deal is dead, he said": the clause before. A participle after a clause
        # ('…," he said, adding a plug') says something of its own.
        head = verb.head
        left = min(t.i for t in verb.subtree)
        tokens = [t for t in head.subtree if t.i < left]
        return _span_of(tokens, base)
    if verb.lemma_.lower() in _BARE:
        # "Police reported no arrests", "he said no to the war": what was said is the object.
        rest = [
            t
            for child in verb.children
            if child.i > verb.i and child.dep_ in ("dobj", "attr", "xcomp")
            for t in child.subtree
        ]
        if rest:
            return _span_of(sorted(rest, key=lambda t: t.i), base)
    return _misparsed_clause(verb, base)


def _misparsed_clause(verb: Any, base: int) -> tuple[int, int] | None:
    """A "that" clause the parser hung on a noun after the cue ("telling reporters during a
    visit that he thinks …" read as a relative clause of "visit"): the cue's content.

    Told apart from a relative clause by a subject of its own beside "that".
    """
    for token in verb.subtree:
        if token.i <= verb.i or token.dep_ not in ("relcl", "acl"):
            continue
        marks = [c for c in token.children if c.dep_ == "mark" and c.lower_ == "that"]
        own = [c for c in token.children if c.dep_ in _SUBJECT_DEPS and c.lower_ not in _RELATIVE]
        if marks and own and marks[0].i < own[0].i:
            tokens = [t for t in token.subtree if t.i >= marks[0].i]
            return _span_of(tokens, base)
    return None


def _block_after(parse: Any, verb: Any, base: int, text: str) -> tuple[int, int] | None:
    """The paragraph below a cue that ends its sentence with a colon ("Hewitt writes:")."""
    rest = [t for t in parse if t.i > verb.i and not t.is_space]
    if not rest or rest[-1].text != ":" or any(t.is_alpha for t in rest if t.i > verb.i + 2):
        return None
    start = base + rest[-1].idx + 1
    while start < len(text) and text[start].isspace():
        start += 1
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    return (start, end) if end - start > 2 else None


def _leading_clause(parse: Any, subject: Any, base: int) -> tuple[int, int] | None:
    """The clause before "…, police said.": what a sentence-final cue reports."""
    left = min(t.i for t in subject.subtree)
    if left < 3 or parse[left - 1].text not in (",", "—", "–"):
        return None
    tokens = [t for t in parse if t.i < left - 1]
    return _span_of(tokens, base)


_CLOSING_DOUBLE = frozenset({"”", '"', "''"})
_CLOSING = frozenset({"”", '"', "’", "'", "''"})


def _adjacent_speaker(
    parse: Any, verb: Any, base: int, text: str, entities: list[dict[str, Any]]
) -> Speaker | None:
    """A speaker next to a cue the parser left without a subject.

    The small parser often hangs the speaker of '"…," Gene Sperling, an adviser, said' on a
    word inside the quote. A person named just before the cue (only an apposition between)
    is then the speaker; right after a quote, the cue's object is ('"…," read the email').
    """
    left = verb.i - 1
    while left >= 0 and parse[left].text in (",", "—", "–"):
        left -= 1
    if left >= 0:
        end = _offset(parse[left], base)[1]
        window = base + parse[max(0, left - 12)].idx
        # The window starts after the last quotation mark or colon before the cue.
        for pos in range(end - 1, window - 1, -1):
            if text[pos] in '“”":':
                window = pos + 1
                break
        people = [
            e
            for e in entities
            if e["label"] == "PERSON" and window <= e["start"] and e["end"] <= end
        ]
        # A name used as a modifier ("Cruz spokesman Rick Tyler", "a Clinton adviser") is not
        # the speaker: keep names followed by a comma or by the cue itself.
        people = [p for p in people if p["end"] >= end or text[p["end"] : p["end"] + 1] == ","]
        if people:
            person = people[0]
            between = text[person["end"] : end]
            if not any(mark in between for mark in '“”"'):
                role = tidy_name(between)
                return Speaker(person["name"], person["key"], "person", person["start"], end, role)
    before = verb.i - 1
    while before >= 0 and parse[before].text == ",":
        before -= 1
    if before >= 0 and parse[before].text in _CLOSING:
        for child in verb.children:
            if child.i > verb.i and child.dep_ in ("dobj", "attr", "npadvmod", "nsubj"):
                return describe_mention(child, base, text, entities)
        # '"The risk," said Edward Leamer, an economist, "is …"': the name right after the cue.
        cue_end = _offset(verb, base)[1]
        for ent in entities:
            if ent["label"] == "PERSON" and cue_end < ent["start"] <= cue_end + 2:
                stop = min(
                    (i for i in (text.find(m, ent["end"]) for m in '“"\n.') if i >= 0),
                    default=len(text),
                )
                mention_end = stop if stop - ent["end"] <= 150 else ent["end"]
                while mention_end > ent["end"] and text[mention_end - 1] in " ,":
                    mention_end -= 1
                role = tidy_name(text[ent["end"] : mention_end])
                return Speaker(ent["name"], ent["key"], "person", ent["start"], mention_end, role)
    return None


def _quoted_off(parse: Any, subject: Any, verb: Any, base: int, text: str) -> bool:
    """Whether a subject sits inside a quotation that closes before its cue.

    The small parser reads '"… Every single amendment," said Cruz' with the quote's last
    words as the subject of "said". Marks are counted from the paragraph's start, as a quote
    may open in an earlier sentence.
    """
    if not subject.i < verb.i:
        return False
    if not any(parse[i].text in _CLOSING_DOUBLE for i in range(subject.i + 1, verb.i)):
        return False
    at = base + subject.idx
    before = text[text.rfind("\n", 0, at) + 1 : at].replace("''", '"')
    curly = [c for c in before if c in "“”"]
    if curly:
        return curly[-1] == "“"
    return before.count('"') % 2 == 1


def _misread_subject(verb: Any) -> Any | None:
    """A subject the tagger took for a modifier of its cue: "Jolly said" (an adverb), "About
    4 in 10 say" (a number), '"…," said Skelly' (an adverb after the cue)."""
    for child in verb.children:
        before = child.i == verb.i - 1
        after = child.i == verb.i + 1 and verb.i > 0 and verb.doc[verb.i - 1].is_punct
        # A capitalised word the tagger made an adverb, never one of the adverbs that open a
        # sentence ("Just ask him"); times ("tweeted Sunday") are another dependency.
        name = (
            child.dep_ in ("advmod", "dep")
            and child.text[:1].isupper()
            and child.is_alpha
            and child.lower_ not in _LEADS
        )
        if (before or after) and name:
            return child
        if before and child.dep_ == "nummod" and child.pos_ == "NUM":
            return child
    return None


def _passive_with(verb: Any, subject: Any) -> bool:
    """Whether a cue is passive with this (passive) subject: its own, or that of the passive
    verb it is joined to ("were beaten and threatened by")."""
    if subject.head.i == verb.i:
        return True
    return verb.tag_ == "VBN" and verb.dep_ == "conj" and verb.head.i == subject.head.i


def _agent(verb: Any) -> Any | None:
    """The doer named in a passive verb's "by" phrase, if any."""
    for child in verb.children:
        if child.dep_ == "agent":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    return None


def _takes_stance(verb: Any, subject: Any | None) -> bool:
    """Whether a verb of stance states its subject's position ("X opposed the deal").

    A participle without an auxiliary describes a noun instead ("fighters opposed to ISIS").
    """
    if subject is None or verb.dep_ in ("acl", "amod"):
        return False
    return verb.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass") for c in verb.children)


# Phrasal verbs built on a cue that state nothing: "showed up at the firehouse", "called off
# the deal", "wrote off the costs", "shot down the plane".
_PHRASAL_NON_CUES = frozenset(
    {
        ("show", "up"),
        ("show", "off"),
        ("call", "off"),
        ("write", "off"),
        ("write", "down"),
        ("shoot", "down"),
        ("stress", "out"),
    }
)


def _phrasal_non_cue(verb: Any) -> bool:
    """Whether a cue verb's particle makes it another verb ("show up", "call off")."""
    lemma = verb.lemma_.lower()
    return any(c.dep_ == "prt" and (lemma, c.lower_) in _PHRASAL_NON_CUES for c in verb.children)


def _governed(verb: Any) -> bool:
    """Whether a cue is the infinitive of another cue, which reports it ("declined to comment").

    The governing cue's frame already credits the speaker, with this verb's phrase as its
    content; a second frame would credit the same mention twice for one attribution.
    """
    if verb.dep_ != "xcomp" or verb.head.i == verb.i:
        return False
    head = verb.head.lemma_.lower()
    return head in CUE_LEMMAS and head not in QUOTE_ONLY_CUES and verb.head.pos_ in ("VERB", "AUX")


def _cue_span(parse: Any, verb: Any, base: int) -> tuple[int, int]:
    """The words PolNeAR takes as a cue: the verb group up to the cue verb, and its particle.

    Auxiliaries, negation and adverbs before the verb ("did not respond", "has repeatedly
    said"), and a verb the cue completes ("went on to rebut", "seemed to mock"), belong to the
    cue; so do a particle and a preposition that make one verb with it ("points out", "calls
    for", "asked about"). Annotators kept such words in 9 of 10 uses on the train split.
    """
    chain = {verb.i}
    head = verb
    while _completes(head) and head.head.i < head.i and head.head.pos_ in _VERB:
        head = head.head
        chain.add(head.i)
    first = verb.i
    lead = verb.i - 1
    while lead >= 0:
        word = parse[lead]
        if word.i in chain or (word.head.i in chain and _in_verb_group(word)):
            first = lead
            lead -= 1
            continue
        break
    last = verb.i
    while last + 1 < len(parse):
        word = parse[last + 1]
        if word.head.i != verb.i or not _joined_to_verb(verb, word):
            break
        last += 1
    return _offset(parse[first], base)[0], _offset(parse[last], base)[1]


def _completes(verb: Any) -> bool:
    """Whether a verb is the infinitive of the verb before it ("seemed to mock", "went on to")."""
    return verb.dep_ == "xcomp" or (
        verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)
    )


def _in_verb_group(word: Any) -> bool:
    """Whether a word before a verb belongs to its verb group (auxiliary, "not", adverb)."""
    if word.dep_ in ("aux", "auxpass", "neg", "prt"):
        return True
    return word.dep_ == "advmod" and word.tag_.startswith("RB") and word.lower_ not in _WH_ADVERBS


def _joined_to_verb(verb: Any, word: Any) -> bool:
    """Whether a word right after a cue makes one verb with it ("points out", "calls for")."""
    if word.dep_ == "prt":
        return True
    if word.dep_ != "prep":
        return False
    lemma = verb.lemma_.lower()
    if lemma in ("say", "add"):
        return False  # "said about the deal", "has said for months": the cue is "said"
    return word.lower_ in _VERB_PREPOSITIONS or (word.lower_, lemma) in _VERB_PREPOSITION_PAIRS


def find_frames(parse: Any, base: int, text: str, entities: list[dict[str, Any]]) -> list[Frame]:
    """Every cue in one parsed sentence with its speaker, channel and content."""
    frames = []
    speaker: Speaker | None
    for token in parse:
        lemma = token.lemma_.lower()
        if token.lower_ == "according" and any(c.lower_ == "to" for c in token.children):
            to = next(c for c in token.children if c.lower_ == "to")
            objects = [c for c in to.children if c.dep_ == "pobj"]
            if not objects:
                continue
            speaker = describe_mention(objects[0], base, text, entities)
            phrase = list(token.subtree)
            head = token.head
            rest = [t for t in head.subtree if t not in phrase and t.i not in {p.i for p in phrase}]
            before = [t for t in rest if t.i < phrase[0].i]
            after = [t for t in rest if t.i > phrase[-1].i]
            # Mid-sentence ("The convoy was 7km long, according to X, with 50 trucks") the
            # whole clause is X's.
            span = _span_of(before + after, base)
            frames.append(
                Frame(
                    "according to",
                    _offset(token, base)[0],
                    _offset(to, base)[1],
                    speaker,
                    *(span or (None, None)),
                )
            )
            continue
        named = lemma in NAMED_CUES
        first = lemma in FIRST_PERSON_CUES and token.tag_ in ("VBP", "VB", "VBG")
        if token.pos_ not in ("VERB", "AUX") or not (named or first or lemma in CUE_LEMMAS):
            continue
        if _governed(token) or _phrasal_non_cue(token):
            continue
        subject = _subject(token)
        trailing = _trailing_subject(token)
        if trailing is not None and (
            subject is None or not (subject.head.i == trailing.head.i or _reports(subject.head))
        ):
            subject = trailing
        if first and subject is not None and subject.lower_ in _INTERLOCUTORS:
            named = False  # the first person is the speaker whatever else would be asked
        elif first and not (named or lemma in CUE_LEMMAS):
            continue
        else:
            first = False
        if (named or first or lemma in STANCE_LEMMAS) and not _takes_stance(token, subject):
            continue
        if subject is not None and _quoted_off(parse, subject, token, base, text):
            # '"Every single amendment," said Cruz': the quote is no speaker; '"I'm sure …," he
            # said' may have given the cue two subjects, the one inside the quote first.
            subject = next(
                (
                    c
                    for c in subject.head.children
                    if c.dep_ in _SUBJECT_DEPS
                    and c.i > subject.i
                    and not _quoted_off(parse, c, token, base, text)
                ),
                None,
            )
        speaker = None
        own = any(c.dep_ in _SUBJECT_DEPS for c in token.children)
        agent = _agent(token)
        if token.dep_ == "advcl" and token.tag_ == "VBN" and not own and agent is not None:
            # "When asked by a reporter whether …", "As reported by the Times, …": the clause's
            # subject is the one spoken to or of; the "by" phrase names who speaks.
            speaker = describe_mention(agent, base, text, entities)
        elif subject is not None and subject.dep_ == "nsubjpass" and _passive_with(token, subject):
            # "X was called a liar (by Y)", "X were beaten and threatened by Y": X is spoken
            # of, not speaking; Y speaks.
            if agent is None:
                continue
            speaker = describe_mention(agent, base, text, entities)
        elif subject is not None:
            speaker = describe_mention(subject, base, text, entities, cue=token)
        if speaker is None and subject is None:
            misread = _misread_subject(token)
            if misread is not None:
                speaker = describe_mention(misread, base, text, entities, cue=token)
        if named and (speaker is None or speaker.kind not in ("person", "org")):
            continue
        if speaker is None:
            speaker = _adjacent_speaker(parse, token, base, text, entities)
        span = _content(token, base)
        if span is None and subject is not None and subject.i < token.i:
            span = _leading_clause(parse, subject, base)
        if span is None:
            span = _block_after(parse, token, base, text)
        cue_start, cue_end = _cue_span(parse, token, base)
        frames.append(
            Frame(
                lemma,
                cue_start,
                cue_end,
                speaker,
                span[0] if span else None,
                span[1] if span else None,
                channel=_channel(token, base, text),
                clause=any(c.dep_ == "ccomp" for c in token.children),
                modifies=_offset(token.head, base)[0] if token.dep_ == "advcl" else None,
            )
        )
    return frames


_COLON_LEAD = re.compile(
    r"(?m)(?:^|(?<=[.!?][\s\"”])|(?<=[.!?]\s))"
    r"(?P<lead>[^\n:]{2,200}?)[^\S\n]*:(?=[^\S\n]*[\"“'‘\w])(?!\d)"
)
_SPEECH_WORD = re.compile(
    r"\b(?:said|says|say|told|tells|tell|added|adds|wrote|writes|asked|asks|explained|noted|"
    r"declared|reported|reports|revealed|announced|stated|according)\b",
    re.IGNORECASE,
)
# Lower-case words that go on describing a name before a colon ("Trump of New York:").
_MINOR_AFTER = frozenset({"of", "from", "at", "in", "for", "and", "the"})
_NAME_LIKE = re.compile(r"^(?:[A-Z][\w.'’-]*\s?){1,4}$")
_LEAD_SEPARATORS = re.compile(
    r".*(?:\s[-–—]\s?|(?<![A-Z])[.!?][\"”]?\s+|\bMore from\s|\bFrom\s)", re.IGNORECASE
)


def _verb_after(
    text: str, person: dict[str, Any], end: int, entities: list[dict[str, Any]]
) -> bool:
    """Whether a name before a colon goes on in lower case with no other name: a verb."""
    rest = text[person["end"] : end].strip()
    if not rest or not rest[0].islower() or rest.split()[0] in _MINOR_AFTER:
        return False
    return not any(e["start"] >= person["end"] and e["end"] <= end for e in entities)


def find_colon_frames(text: str, entities: list[dict[str, Any]]) -> list[Frame]:
    """Speakers named before a colon at a paragraph's start: 'Trump: "We will win."'.

    Transcripts, headlines and round-ups credit a statement this way. The phrase before the
    colon (after a dash, or "More from") must be short and hold a person or organisation.
    """
    frames = []
    for match in _COLON_LEAD.finditer(text):
        lead_start = match.start("lead")
        lead = match["lead"]
        cut = _LEAD_SEPARATORS.match(lead)
        offset = cut.end() if cut else 0
        start, end = lead_start + offset, match.end("lead")
        while start < end and text[start].isspace():
            start += 1
        phrase = text[start:end]
        if not phrase or not phrase[0].isupper() or len(phrase.split()) > 7:
            continue
        if _SPEECH_WORD.search(phrase):
            continue  # "A driver told the BBC:" is a verb's cue, found by the parse
        person = _entity_at(entities, start, end, ("PERSON",))
        org = person or _entity_at(entities, start, end, ("ORG",))
        if org is not None and (org["start"] < start or org["end"] > end):
            continue
        if person is not None and _verb_after(text, person, end, entities):
            # "Sanders delivered a snappy retort:": the name is the speaker, the rest the cue.
            end = person["end"]
        if person is not None:
            role = tidy_name(text[start : person["start"]])
            speaker = Speaker(person["name"], person["key"], "person", start, end, role)
        elif org is not None:
            speaker = Speaker(org["name"], org["key"], "org", start, end)
        elif _NAME_LIKE.match(phrase) and any(c.islower() for c in phrase):
            # A short capitalised label the model did not tag: "HuffPollster", "Jane Doe".
            speaker = Speaker(tidy_name(phrase), name_key(phrase), "person", start, end)
        else:
            continue
        colon = match.end()
        content_start = colon
        line_end = text.find("\n", colon)
        content_end = len(text) if line_end < 0 else line_end
        while content_start < content_end and text[content_start].isspace():
            content_start += 1
        if not any(c.isalpha() for c in text[content_start:content_end]):
            continue  # a tally ("Clinton: 547."), not a statement
        frames.append(Frame(":", colon - 1, colon, speaker, content_start, content_end))
    return frames
