"""One spaCy pass per article: sentences and entities everywhere, a parse only where needed.

The dependency parser is the slowest part of the pipeline, and only sentences that carry quotes,
speech or numbers need it. So a text is run once through a light pipeline (tokens, sentence
boundaries, named entities), then the sentences that may need more are run, as separate short
texts, through the tagger; of those, the ones with a verb of speech or an "according to" (the
words the quote and claim readers start from) go on through the parser. Sentences holding only
amounts keep their tags, which is all the reader of what an amount counts needs. Character
offsets of a sentence's Doc map back to the article text by adding the sentence's start.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import numpy
from spacy.attrs import LEMMA

from newsprism.annotate.claim_parse import SPEECH_LEMMAS
from newsprism.annotate.nlp import load_nlp, load_parser
from newsprism.annotate.numbers import Conventions, find_amounts
from newsprism.annotate.runtime_attributes import FastAttributes, FastLemmas
from newsprism.annotate.sentence_breaks import mend_breaks
from newsprism.annotate.speakers import (
    CUE_LEMMAS,
    FIRST_PERSON_CUES,
    NAMED_CUES,
    QUOTE_ONLY_CUES,
    REPORT_NOUNS,
)
from newsprism.settings import Settings

__all__ = [
    "CueForms",
    "LIGHT_OFF",
    "PARSE_LEMMAS",
    "ParsedText",
    "needs_parse",
    "parse_texts",
    "wants_tree",
]

#: Components left out of the light pass (the senter is switched on when the parser is off).
#: The shared tok2vec feeds only the tagger and parser; the senter and NER embed tokens
#: themselves, so the light pass leaves it out too.
LIGHT_OFF = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer")

# Double quotation marks anywhere; a single mark only where it opens a quote (after a space or
# bracket, before a word) or closes one (after sentence punctuation), since apostrophes
# ("didn't", "ISIS's") are everywhere and would send most sentences to the parser.
_QUOTES = (
    "[\"\u201c\u201d\u00ab\u00bb]|(?:^|[\\s(\\[\u2014\u2013-])['\u2018]\\w|[.,!?\u2026]['\u2019]"
)
# Words that state an amount ("one" alone is a pronoun more than a count).
_NUMBER_WORDS = (
    "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    "fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    "eighty|ninety|hundreds?|thousands?|millions?|billions?|trillions?|dozens?|scores|"
    "several|a\\s+few|a\\s+couple|a\\s+handful"
)
# Speech and attribution cues; a sentence with one may hold indirect speech or a credited source.
_CUES = (
    "said|says|say|saying|told|tell|tells|telling|added|adds|stated|states|according|"
    "reported|reports|report|reporting|announced|announces|claimed|claims|claim|insisted|"
    "insists|explained|explains|noted|notes|warned|warns|argued|argues|wrote|writes|"
    "revealed|reveals|admitted|admits|denied|denies|confirmed|confirms|described|describes|"
    "asked|asks|acknowledged|acknowledges|suggested|suggests|believes|believed|estimated|"
    "estimates|alleged|alleges|accused|accuses|recalled|recalls|declared|declares|"
    "replied|replies|tweeted|posted|quoted|cited|cites|called|calls|urged|urges|promised|"
    "vowed|predicted|maintained|countered|conceded|disclosed|exposé|expose|investigation"
)
_NEEDS_PARSE = re.compile(rf"{_QUOTES}|\b(?:{_NUMBER_WORDS}|{_CUES})\b", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
#: Lemmas of the verbs whose sentences get a dependency parse: speech cues (quotes) and verbs
#: whose subject asserts an amount (claims).
PARSE_LEMMAS = CUE_LEMMAS | SPEECH_LEMMAS | NAMED_CUES | FIRST_PERSON_CUES
#: Cue lemmas whose tree is read only next to a quotation ('"…," she continued') or, for
#: "find", with a published piece as subject ("the poll found"); nothing else reads them.
QUOTE_BOUND = QUOTE_ONLY_CUES - SPEECH_LEMMAS
#: Cue lemmas read only when a named person or organisation is their subject ("Cruz wants");
#: a sentence without such a name gets neither tags nor a tree for them.
#: "I think" counts as such a name (see ``FIRST_PERSON_CUES``).
NAME_BOUND = (NAMED_CUES | FIRST_PERSON_CUES) - CUE_LEMMAS - SPEECH_LEMMAS
# Entity labels of the light pass that may name such a subject.
_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC"})
# What marks a sentence as next to a quotation: a quotation mark in or right around it, or a
# colon introducing one below.
_QUOTED = re.compile("[\"\u201c\u201d\u00ab\u00bb]|''|:\\s*$")
_VERBS = ("VERB", "AUX")
# Forms that may be a cue but that the tagger made one in fewer than 1 in 5 of their uses on
# 400 PolNeAR train articles (nouns far more often: "state", "issues", "the press", "a
# tweet"). Tagging a sentence only for one of them costs more than the rare cue it finds.
_SELDOM_WORDS = """
    charges comments credit decline demands issue issues list order point points post posts
    press promise promises question questions quote record records remarks report rules state
    states thanks tweet voice
"""
#: Cue forms that alone do not send a sentence to the tagger.
SELDOM_CUES = frozenset(_SELDOM_WORDS.split())
#: Kinds of amount whose counted thing the claims layer reads from a sentence's tags.
COUNTED_KINDS = ("count", "duration")
# Entity labels whose digits are dates, not amounts: such digits alone need no parse.
_DATE_LABELS = ("DATE", "TIME")


def needs_parse(sentence: str) -> bool:
    """Whether a sentence may hold a quote, speech, a credited source or a number."""
    return _NEEDS_PARSE.search(sentence) is not None or _DIGIT.search(sentence) is not None


def _span_needs_parse(sent: Any) -> bool:
    """:func:`needs_parse` for a sentence of the light pass, where date entities are known.

    A sentence whose only digits sit in dates ("on November 15, 2017") needs no parse.
    """
    text = sent.text
    if _NEEDS_PARSE.search(text):
        return True
    digits = [m.start() + sent.start_char for m in _DIGIT.finditer(text)]
    if not digits:
        return False
    dates = [(e.start_char, e.end_char) for e in sent.ents if e.label_ in _DATE_LABELS]
    return any(not any(a <= d < b for a, b in dates) for d in digits)


@dataclass
class ParsedText:
    """A text after the spaCy pass: the light ``doc`` plus parses of the sentences needing one.

    ``tagged`` maps a sentence's start offset in ``text`` to a Doc of that sentence alone with
    POS tags and lemmas; ``parses`` holds those of them that also have a dependency parse.
    """

    text: str
    doc: Any
    parses: dict[int, Any] = field(default_factory=dict)
    tagged: dict[int, Any] = field(default_factory=dict)
    _entities: list[Any] = field(default_factory=list, repr=False)
    _entity_starts: list[int] | None = field(default=None, repr=False)

    def parse_of(self, sent: Any) -> Any | None:
        """The parsed Doc of a sentence of ``doc`` (a Span), or None if it was not parsed."""
        return self.parses.get(sent.start_char)

    def tagged_of(self, sent: Any) -> Any | None:
        """The tagged (maybe also parsed) Doc of a sentence of ``doc``, or None if not tagged."""
        return self.tagged.get(sent.start_char)

    def entities_in(self, start: int, end: int) -> list[Any]:
        """The named entities of the light pass lying inside ``text[start:end]``."""
        # Layers ask sentence by sentence: the entity spans are made once, then searched.
        if self._entity_starts is None:
            self._entities = list(self.doc.ents)
            self._entity_starts = [e.start_char for e in self._entities]
        first = bisect.bisect_left(self._entity_starts, start)
        last = bisect.bisect_right(self._entity_starts, end)
        return [e for e in self._entities[first:last] if e.end_char <= end]


def parse_texts(
    texts: Iterable[str],
    settings: Settings | None = None,
    *,
    parse_all: bool = False,
) -> Iterator[ParsedText]:
    """Run texts through spaCy in batches, parsing only the sentences that need it.

    ``parse_all`` parses every sentence (for evaluations that want the parser's view of all).
    """
    settings = settings or Settings()
    light = load_nlp(settings.spacy_model, LIGHT_OFF)
    heavy = load_parser(settings.spacy_model)
    # What counts as an amount is what the claims layer will find with these conventions.
    amounts = Conventions.from_section(settings.sections.get("claims"))
    batch: list[str] = []
    for text in texts:
        batch.append(text)
        if len(batch) >= settings.batch_size:
            yield from _parse_batch(batch, light, heavy, settings.batch_size, parse_all, amounts)
            batch = []
    if batch:
        yield from _parse_batch(batch, light, heavy, settings.batch_size, parse_all, amounts)


def _parse_batch(
    texts: list[str],
    light: Any,
    heavy: Any,
    batch_size: int,
    parse_all: bool,
    amounts: Conventions,
) -> Iterator[ParsedText]:
    docs = light.pipe(texts, batch_size=batch_size)
    parsed = [ParsedText(text, doc) for text, doc in zip(texts, docs, strict=True)]
    for item in parsed:
        mend_breaks(item.doc)
    steps = _steps(heavy)
    cue_forms = steps.cue_forms if steps is not None else None
    wanted: list[tuple[ParsedText, int, Any]] = []
    free: list[bool] = []
    names: list[bool] = []
    for item in parsed:
        for sent in item.doc.sents:
            unbound = parse_all or _unbound(item.text, sent)
            named = (
                parse_all or any(e.label_ in _NAME_LABELS for e in sent.ents) or _first_person(sent)
            )
            if parse_all or _may_use_tags(sent, cue_forms, amounts, unbound, named):
                wanted.append((item, sent.start_char, _sentence_doc(heavy.vocab, sent)))
                free.append(unbound)
                names.append(named)
    sentence_docs = [s for _, _, s in wanted]
    trees = _tag_and_parse(heavy, sentence_docs, batch_size * 8, parse_all, free, names)
    for (item, start, sent_doc), tree in zip(wanted, trees, strict=True):
        item.tagged[start] = sent_doc
        if tree:
            item.parses[start] = sent_doc
    yield from parsed


def _first_person(sent: Any) -> bool:
    """Whether a sentence of the light pass says "I think" (or "you know", "we believe").

    Those cues are read like a named subject's; up to two words may stand between ("I really
    mean", "we don't know").
    """
    words = [t.lower_ for t in sent]
    for i, word in enumerate(words):
        if word in ("i", "you", "we") and _FIRST_FORMS.intersection(words[i + 1 : i + 4]):
            return True
    return False


# The forms of ``FIRST_PERSON_CUES`` after a pronoun: "think", "(am) thinking", "(don't) know".
_FIRST_FORMS = FIRST_PERSON_CUES | {
    (w[:-1] if w.endswith("e") else w) + "ing" for w in FIRST_PERSON_CUES
}


def _unbound(text: str, sent: Any) -> bool:
    """Whether the quote-bound cues of a sentence of the light pass may be read from its tree.

    They are when a quotation mark sits in the sentence or within a few characters of it, or
    it ends in a colon; for "find", when it names a published piece ("poll", "report").
    """
    if _QUOTED.search(text, max(0, sent.start_char - 3), min(len(text), sent.end_char + 3)):
        return True
    return any(t.lower_ in REPORT_NOUNS for t in sent)


def _may_use_tags(
    sent: Any,
    cue_forms: CueForms | None,
    amounts: Conventions,
    unbound: bool = True,
    named: bool = True,
) -> bool:
    """Whether a sentence's tags will be read: it may hold a verb of speech or a counted amount.

    A word that the tagger may turn into a cue (see :class:`CueForms`, which follows the
    quote layer's cue list, so no cue is missed) sends a sentence to the tagger. What a count
    or a duration counts is read from the tags; a sum of money, a percentage or a measure has
    nothing counted, and quotation marks alone need no tags either.
    """
    if cue_forms is None:
        return _span_needs_parse(sent)
    if any(
        (t.lower_ not in SELDOM_CUES or _verb_like(sent, t))
        and cue_forms(t.lower_)
        and (unbound or not cue_forms.bound(t.lower_))
        and (named or not cue_forms.bound(t.lower_, NAME_BOUND))
        for t in sent
    ):
        return True
    # The word list only screens out, cheaply, sentences that cannot hold an amount.
    if not _span_needs_parse(sent):
        return False
    return any(a.kind in COUNTED_KINDS for a in find_amounts(sent.text, amounts))


def _verb_like(sent: Any, token: Any) -> bool:
    """Whether a form seldom a cue reads as a verb here: "points out", "states that"."""
    return token.i + 1 < sent.end and token.nbor().lower_ in ("out", "that")


def _sentence_doc(vocab: Any, sent: Any) -> Any:
    """A sentence of the light pass as a Doc of its own, its tokens reused (not re-tokenized).

    Its text is ``sent.text``: the last token's trailing space is left out, as Span.text does.
    """
    from spacy.tokens import Doc

    words = [t.text for t in sent]
    spaces = [bool(t.whitespace_) for t in sent]
    if spaces:
        spaces[-1] = False
    return Doc(vocab, words=words, spaces=spaces)


class CueForms:
    """Words that may come out of the tagger as a verb of speech: every other word surely won't.

    A word may, when the lemmatizer's verb rules or exceptions can turn it into one of
    ``PARSE_LEMMAS`` (or it is one, or "according"), or an attribute rule sets such a lemma on
    it. A sentence with no such word and no amount needs neither tags nor a tree.
    """

    def __init__(self, rules: list[tuple[str, str]], exceptions: Any, fixed: set[str]) -> None:
        """From the verb rules (suffix, replacement), exceptions (word -> lemmas), fixed words."""
        self._rules = rules
        self._exceptions = exceptions
        self._fixed = fixed
        self._seen: dict[str, bool] = {}
        self._bound: dict[tuple[str, bool], bool] = {}

    @classmethod
    def of(cls, ruler: Any, lemmatizer: Any) -> CueForms | None:
        """The forms of this pipeline's rules, or None when they cannot be listed."""
        from spacy.attrs import LOWER, NAMES

        if getattr(lemmatizer, "mode", None) != "rule":
            return None
        tables = lemmatizer.lookups
        rules = [
            (str(old), str(new)) for old, new in tables.get_table("lemma_rules").get("verb", [])
        ]
        exceptions = tables.get_table("lemma_exc").get("verb", {})
        fixed: set[str] = set()
        strings = ruler.vocab.strings
        for number, (entry, attrs) in enumerate(zip(ruler.patterns, ruler.attrs, strict=True)):
            lemma = attrs.get(LEMMA)
            if lemma is None or strings[lemma].lower() not in PARSE_LEMMAS:
                continue
            for pattern in entry["patterns"]:
                spec = pattern[ruler.indices[number]]
                lower = spec.get("LOWER", spec.get(NAMES[LOWER]))
                if isinstance(lower, str):
                    fixed.add(lower)
                elif isinstance(lower, dict) and set(lower) == {"IN"}:
                    fixed.update(lower["IN"])
                else:
                    return None  # a rule whose words cannot be listed: no shortcut
        return cls(rules, exceptions, fixed)

    def _lemmas(self, word: str) -> frozenset[str]:
        """The lemmas of ``PARSE_LEMMAS`` that the lemmatizer's verb rules may make of ``word``."""
        forms = {word, *self._exceptions.get(word, ())}
        forms.update(
            word[: len(word) - len(old)] + new for old, new in self._rules if word.endswith(old)
        )
        return PARSE_LEMMAS.intersection(forms)

    def __call__(self, word: str) -> bool:
        """Whether ``word`` (lower case) may be tagged as a verb of speech or "according"."""
        found = self._seen.get(word)
        if found is None:
            found = word == "according" or word in self._fixed or bool(self._lemmas(word))
            self._seen[word] = found
        return found

    def bound(self, word: str, lemmas: frozenset[str] = QUOTE_BOUND) -> bool:
        """Whether every cue ``word`` may be is one of ``lemmas``: by default ``QUOTE_BOUND``
        ("continued", "found"), else ``NAME_BOUND`` ("wants", "thinks")."""
        key = (word, lemmas is QUOTE_BOUND)
        found = self._bound.get(key)
        if found is None:
            forms = self._lemmas(word)
            found = bool(forms) and forms <= lemmas and word not in self._fixed
            self._bound[key] = found
        return found


def wants_tree(doc: Any, unbound: bool = True, named: bool = True) -> bool:
    """Whether a tagged sentence holds a word a reader of the dependency tree starts from.

    The quote and claim readers look for speakers and asserters only at a verb of speech
    (by POS and lemma, see ``PARSE_LEMMAS``) or at "according" (to); a sentence with neither
    gets nothing from a tree. The tagger's POS and lemmas come before the parser, so this
    decides which tagged sentences go on to the parser. Unless ``unbound`` (see
    :func:`_unbound`), cues of ``QUOTE_BOUND`` do not count; unless ``named`` (the sentence
    names a person or organisation), cues of ``NAME_BOUND`` do not.
    """
    return any(
        t.lower_ == "according"
        or (
            t.pos_ in _VERBS
            and t.lemma_.lower() in PARSE_LEMMAS
            and (unbound or t.lemma_.lower() not in QUOTE_BOUND)
            and (named or t.lemma_.lower() not in NAME_BOUND)
        )
        for t in doc
    )


@dataclass
class _Steps:
    """How a parse pipeline is run in two steps: tagging first, the parser only where wanted."""

    tag: list[str]
    parse: list[str]
    attributes: FastAttributes
    lemmas: FastLemmas | None
    cue_forms: CueForms | None


# The two-step plan of each parse pipeline (None: the pipeline is run whole, as it is).
_STEPS: dict[int, _Steps | None] = {}
_TAIL = ["attribute_ruler", "lemmatizer"]


def _steps(heavy: Any) -> _Steps | None:
    """The pipeline split around its parser, with its attribute rules compiled to tables.

    Only when the attribute ruler (and the lemmatizer that reads its POS) end the pipeline and
    the parser follows the tagger, so running it in two steps keeps every component's input;
    a rule the tables cannot express keeps the pipeline as it is.
    """
    key = id(heavy)
    if key not in _STEPS:
        _STEPS[key] = None
        names = list(heavy.pipe_names)
        tail = [name for name in _TAIL if name in names]
        if (
            "tagger" in names
            and "parser" in names
            and names.index("tagger") < names.index("parser")
            and tail
            and names[-len(tail) :] == tail
        ):
            try:
                attributes = FastAttributes(heavy.get_pipe("attribute_ruler"))
                lemmas = FastLemmas(heavy.get_pipe("lemmatizer")) if "lemmatizer" in tail else None
            except (KeyError, ValueError):
                return None
            # Tagging ends at the tagger; what follows it up to the attribute rules (the
            # line-break rule, which sets sentence starts only the parser reads, and the
            # parser) runs in the second step.
            split = names.index("tagger") + 1
            tag, parse = names[:split], names[split : len(names) - len(tail)]
            ruler = heavy.get_pipe("attribute_ruler")
            cue_forms = (
                CueForms.of(ruler, heavy.get_pipe("lemmatizer")) if "lemmatizer" in tail else None
            )
            _STEPS[key] = _Steps(tag, parse, attributes, lemmas, cue_forms)
    return _STEPS[key]


def _tag_and_parse(
    heavy: Any,
    sentences: list[Any],
    batch_size: int,
    parse_all: bool,
    free: list[bool],
    names: list[bool] | None = None,
) -> list[bool]:
    """Tag sentences, then parse those that want a tree; says which ones were parsed.

    The tagger and parser share one tok2vec whose vectors stay on each Doc (``doc.tensor``),
    so the parser, run later on a subset, reads them instead of embedding the tokens again.
    The attribute rules and lemmas are applied from tables, and again after the parse, since
    some rules read the dependency labels.
    """
    steps = _steps(heavy)
    if steps is None:
        list(heavy.pipe(sentences, batch_size=batch_size))
        return [True] * len(sentences)
    with heavy.select_pipes(enable=steps.tag):
        docs = list(heavy.pipe(sentences, batch_size=batch_size))
    for doc in docs:
        _attributes(doc, steps)
    names = names if names is not None else [True] * len(docs)
    trees = [
        parse_all or wants_tree(doc, f, n) for doc, f, n in zip(docs, free, names, strict=True)
    ]
    to_parse = [doc for doc, tree in zip(docs, trees, strict=True) if tree]
    with heavy.select_pipes(enable=steps.parse):
        for doc in heavy.pipe(to_parse, batch_size=batch_size):
            _attributes(doc, steps, again=True)
    return trees


def _attributes(doc: Any, steps: _Steps, *, again: bool = False) -> None:
    """Apply the attribute rules and lemmas; ``again`` drops the lemmas set by a first round."""
    if again and len(doc):
        doc.from_array([LEMMA], numpy.zeros((len(doc), 1), dtype="uint64"))
    steps.attributes(doc)
    if steps.lemmas is not None:
        steps.lemmas(doc)
