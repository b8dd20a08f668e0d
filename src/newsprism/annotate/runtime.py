"""One spaCy pass per article: sentences and entities everywhere, a parse only where needed.

The dependency parser is the slowest part of the pipeline, and only sentences that carry quotes,
speech or numbers need it. So a text is run once through a light pipeline (tokens, sentence
boundaries, named entities), then the sentences that need a parse are run, as separate short
texts, through the tagger and parser. Character offsets of a parsed sentence map back to the
article text by adding the sentence's start.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from newsprism.annotate.nlp import load_nlp
from newsprism.annotate.runtime_attributes import FastAttributes
from newsprism.settings import Settings

__all__ = ["LIGHT_OFF", "ParsedText", "needs_parse", "parse_texts"]

#: Components left out of the light pass (the senter is switched on when the parser is off).
#: The shared tok2vec feeds only the tagger and parser; the senter and NER embed tokens
#: themselves, so the light pass leaves it out too.
LIGHT_OFF = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer")
# Components of the parse pass: entities come from the light pass already.
_PARSE_OFF = ("ner",)

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

    ``parses`` maps a sentence's start offset in ``text`` to a parsed Doc of that sentence alone.
    """

    text: str
    doc: Any
    parses: dict[int, Any] = field(default_factory=dict)

    def parse_of(self, sent: Any) -> Any | None:
        """The parsed Doc of a sentence of ``doc`` (a Span), or None if it was not parsed."""
        return self.parses.get(sent.start_char)

    def entities_in(self, start: int, end: int) -> list[Any]:
        """The named entities of the light pass lying inside ``text[start:end]``."""
        return [e for e in self.doc.ents if e.start_char >= start and e.end_char <= end]


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
    heavy = load_nlp(settings.spacy_model, _PARSE_OFF)
    batch: list[str] = []
    for text in texts:
        batch.append(text)
        if len(batch) >= settings.batch_size:
            yield from _parse_batch(batch, light, heavy, settings.batch_size, parse_all)
            batch = []
    if batch:
        yield from _parse_batch(batch, light, heavy, settings.batch_size, parse_all)


def _parse_batch(
    texts: list[str], light: Any, heavy: Any, batch_size: int, parse_all: bool
) -> Iterator[ParsedText]:
    docs = light.pipe(texts, batch_size=batch_size)
    parsed = [ParsedText(text, doc) for text, doc in zip(texts, docs, strict=True)]
    wanted: list[tuple[ParsedText, int, Any]] = []
    for item in parsed:
        for sent in item.doc.sents:
            if parse_all or _span_needs_parse(sent):
                wanted.append((item, sent.start_char, _sentence_doc(heavy.vocab, sent)))
    sentence_docs = _parse_sentences(heavy, [s for _, _, s in wanted], batch_size * 8)
    for (item, start, _), sent_doc in zip(wanted, sentence_docs, strict=True):
        item.parses[start] = sent_doc
    yield from parsed


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


# The compiled attribute rules of each parse pipeline (None: the pipeline's own are used).
_FAST: dict[int, FastAttributes | None] = {}
_TAIL = ["attribute_ruler", "lemmatizer"]


def _fast_attributes(heavy: Any) -> FastAttributes | None:
    """The pipeline's attribute rules compiled to tables, when they can stand in for it.

    Only when the attribute ruler (and the lemmatizer that reads its POS) end the pipeline, so
    running them after the rest keeps the order; a rule the tables cannot express keeps the
    pipeline as it is.
    """
    key = id(heavy)
    if key not in _FAST:
        fast = None
        names = heavy.pipe_names
        if names[-2:] == _TAIL or names[-1:] == _TAIL[:1]:
            try:
                fast = FastAttributes(heavy.get_pipe("attribute_ruler"))
            except ValueError:
                fast = None
        _FAST[key] = fast
    return _FAST[key]


def _parse_sentences(heavy: Any, sentences: list[Any], batch_size: int) -> list[Any]:
    """Parse sentences, applying the attribute rules from tables instead of the Matcher."""
    fast = _fast_attributes(heavy)
    if fast is None:
        return list(heavy.pipe(sentences, batch_size=batch_size))
    tail = [name for name in _TAIL if name in heavy.pipe_names]
    lemmatizer = heavy.get_pipe("lemmatizer") if "lemmatizer" in tail else None
    with heavy.select_pipes(disable=tail):
        docs = list(heavy.pipe(sentences, batch_size=batch_size))
    for doc in docs:
        fast(doc)
        if lemmatizer is not None:
            lemmatizer(doc)
    return docs
