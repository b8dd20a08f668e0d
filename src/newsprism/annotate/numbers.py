"""Amounts in running text: digits and number words, ranges, vague amounts, hedges and units.

A stated amount becomes an interval ``[low, high]``: an exact number is its own interval, a
range spans its ends, a vague amount ("a few dozen", "hundreds", "tens of thousands") takes the
interval its convention gives, and a hedge ("around", "almost", "more than") widens or shifts
the interval by factors. The conventions are data (:class:`Conventions`) so a config file's
``[claims]`` table can change them; docs/annotations.md lists the defaults.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from newsprism.errors import SettingsError

__all__ = ["Amount", "Conventions", "find_amounts", "word_number"]

#: Vague amounts standing alone or before "of": the interval each one covers.
DEFAULT_VAGUE: dict[str, tuple[float, float]] = {
    "dozens": (24, 99),
    "scores": (40, 99),
    "tens": (20, 99),
    "hundreds": (200, 999),
    "thousands": (2_000, 9_999),
    "millions": (2_000_000, 9_999_999),
    "billions": (2_000_000_000, 9_999_999_999),
}
#: Vague multipliers placed before a scale word ("a few dozen", "several hundred").
DEFAULT_QUANTIFIERS: dict[str, tuple[float, float]] = {
    "a couple of": (2, 3),
    "a couple": (2, 3),
    "a few": (2, 5),
    "a handful of": (2, 5),
    "several": (3, 7),
}
#: Hedges before an amount: factors applied to the low and high end of its interval.
DEFAULT_HEDGES: dict[str, tuple[float, float]] = {
    "around": (0.9, 1.1),
    "about": (0.9, 1.1),
    "approximately": (0.9, 1.1),
    "roughly": (0.9, 1.1),
    "some": (0.9, 1.1),
    "an estimated": (0.9, 1.1),
    "estimated": (0.9, 1.1),
    "almost": (0.9, 1.0),
    "nearly": (0.9, 1.0),
    "close to": (0.9, 1.0),
    "just under": (0.9, 1.0),
    "more than": (1.0, 1.5),
    "over": (1.0, 1.5),
    "at least": (1.0, 1.5),
    "upwards of": (1.0, 1.5),
    "in excess of": (1.0, 1.5),
    "just over": (1.0, 1.1),
    "well over": (1.1, 2.0),
    "up to": (0.5, 1.0),
    "as many as": (0.75, 1.0),
    "less than": (0.5, 1.0),
    "fewer than": (0.5, 1.0),
    "under": (0.5, 1.0),
    "no more than": (0.5, 1.0),
    "at most": (0.5, 1.0),
}
#: Words that play an amount down; kept as a flag, never part of the number.
DEFAULT_MINIMISERS: tuple[str, ...] = ("only", "just", "merely", "a mere", "mere", "barely")

_SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALES = {"dozen": 12, "hundred": 100, "thousand": 1_000, "million": 1_000_000,
           "billion": 1_000_000_000, "trillion": 1_000_000_000_000}  # fmt: skip
_SHORT_SCALES = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000,
                 "b": 1_000_000_000, "tn": 1_000_000_000_000}  # fmt: skip

_CURRENCY_SIGNS = {"$": "USD", "us$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR"}
_CURRENCY_WORDS = {
    "dollars": "USD", "dollar": "USD", "usd": "USD", "euros": "EUR", "euro": "EUR",
    "eur": "EUR", "pounds": "GBP", "gbp": "GBP", "yen": "JPY", "yuan": "CNY",
    "rupees": "INR", "roubles": "RUB", "rubles": "RUB",
}  # fmt: skip
_PERCENT = ("%", "per cent", "percent", "percentage points")
_DURATION_UNITS = {
    "second": "second", "seconds": "second", "minute": "minute", "minutes": "minute",
    "hour": "hour", "hours": "hour", "day": "day", "days": "day", "week": "week",
    "weeks": "week", "month": "month", "months": "month", "year": "year", "years": "year",
    "decade": "decade", "decades": "decade", "century": "century", "centuries": "century",
}  # fmt: skip
_MEASURE_UNITS = {
    "km": "km", "kilometres": "km", "kilometers": "km", "kilometre": "km", "kilometer": "km",
    "m": "m", "metres": "m", "meters": "m", "metre": "m", "meter": "m", "cm": "cm",
    "mm": "mm", "miles": "mile", "mile": "mile", "ft": "ft", "feet": "ft", "foot": "ft",
    "inches": "inch", "inch": "inch", "kg": "kg", "kilograms": "kg", "kilogram": "kg",
    "kilos": "kg", "g": "g", "grams": "g", "tonnes": "tonne", "tonne": "tonne",
    "tons": "ton", "ton": "ton", "lb": "lb", "lbs": "lb", "litres": "litre",
    "liters": "litre", "gallons": "gallon", "barrels": "barrel", "acres": "acre",
    "hectares": "hectare", "degrees": "degree", "mph": "mph", "kph": "km/h",
    "knots": "knot", "mw": "MW", "gw": "GW", "kwh": "kWh", "sq": "sq",
}  # fmt: skip
# A duration unit followed by one of these is a point in time or an age, not a duration.
_NOT_DURATION_AFTER = ("ago", "old", "earlier", "later", "before", "after", "on")

_TOKEN = re.compile(
    r"US\$|[$£€¥₹%]|\d+(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[A-Za-z]+(?:[-\u2010][A-Za-z]+)*"
    r"|[\u2013\u2014-]|\S"
)


@dataclass(frozen=True)
class Amount:
    """One amount stated in a text; offsets are relative to the text it was found in.

    ``value`` is the stated number when exact (``None`` for ranges and vague amounts);
    ``low``/``high`` the interval after conventions and hedges. ``kind`` is one of ``count``,
    ``measure``, ``money``, ``percent`` or ``duration``.
    """

    start: int
    end: int
    text: str
    value: float | None
    low: float
    high: float
    hedge: str | None = None
    minimiser: bool = False
    unit: str | None = None
    kind: str = "count"
    vague: bool = False


@dataclass(frozen=True)
class Conventions:
    """The conventions turning vague amounts and hedges into intervals (see docs/annotations.md)."""

    vague: Mapping[str, tuple[float, float]] = field(default_factory=lambda: dict(DEFAULT_VAGUE))
    quantifiers: Mapping[str, tuple[float, float]] = field(
        default_factory=lambda: dict(DEFAULT_QUANTIFIERS)
    )
    hedges: Mapping[str, tuple[float, float]] = field(default_factory=lambda: dict(DEFAULT_HEDGES))
    minimisers: tuple[str, ...] = DEFAULT_MINIMISERS

    @cached_property
    def indices(self) -> dict[str, _Index]:
        """The phrase tables filed by first word, built once per Conventions."""
        return {
            "quantifiers": _index(self.quantifiers),
            "hedges": _index(self.hedges),
            "minimisers": _index(self.minimisers),
        }

    @cached_property
    def trigger(self) -> re.Pattern[str]:
        """A quick test for text that may hold an amount at all (most sentences do not)."""
        words = set(_SMALL) | set(_SCALES) | {w.split()[-1] for w in self.vague}
        # A quantifier counts only as a whole phrase, so any one of its words will do: the
        # longest, since a last word like "of" ("a couple of") is in nearly every sentence.
        words |= {max(w.split(), key=len) for w in self.quantifiers}
        alternatives = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
        return re.compile(rf"\d|\b(?:{alternatives})", re.IGNORECASE)

    @classmethod
    def from_section(cls, section: Mapping[str, Any] | None) -> Conventions:
        """Defaults updated by a config ``[claims]`` table (``vague``, ``quantifiers``, ...)."""
        section = section or {}
        unknown = set(section) - {"vague", "quantifiers", "hedges", "minimisers"}
        if unknown:
            raise SettingsError(f"[claims]: unknown option(s) {', '.join(sorted(unknown))}")
        return cls(
            vague={**DEFAULT_VAGUE, **_pairs(section.get("vague"), "vague")},
            quantifiers={
                **DEFAULT_QUANTIFIERS,
                **_pairs(section.get("quantifiers"), "quantifiers"),
            },
            hedges={**DEFAULT_HEDGES, **_pairs(section.get("hedges"), "hedges")},
            minimisers=_words(section.get("minimisers"), DEFAULT_MINIMISERS),
        )


def _pairs(table: Any, name: str) -> dict[str, tuple[float, float]]:
    if table is None:
        return {}
    if not isinstance(table, Mapping):
        raise SettingsError(f"[claims.{name}] must be a table of phrase = [low, high]")
    out: dict[str, tuple[float, float]] = {}
    for phrase, pair in table.items():
        ok = isinstance(pair, list | tuple) and len(pair) == 2
        if not ok or not all(isinstance(x, int | float) for x in pair) or pair[0] > pair[1]:
            raise SettingsError(
                f"[claims.{name}] {phrase!r} must be [low, high] numbers, low <= high, got {pair!r}"
            )
        out[str(phrase).lower()] = (float(pair[0]), float(pair[1]))
    return out


def _words(value: Any, default: tuple[str, ...]) -> tuple[str, ...]:
    if value is None:
        return default
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise SettingsError("[claims] minimisers must be a list of words")
    return tuple(v.lower() for v in value)


def word_number(words: str) -> float | None:
    """The value of a number in words ("twenty-five", "one hundred and twelve"), else None."""
    total = 0.0
    current = 0.0
    seen = False
    words_seen: list[str] = []
    for word in re.split(r"[\s\u2010-]+", words.lower().strip()):
        if word in ("and", ""):
            continue
        words_seen.append(word)
        if word == "a" and not seen:
            current, seen = 1, True
        elif word in _SMALL and seen and current == 1 and total == 0 and words_seen[:-1] == ["a"]:
            return None  # "a five-year deal": "a" multiplies only a scale ("a hundred")
        elif word in _SMALL:
            current += _SMALL[word]
            seen = True
        elif word in _SCALES and seen:
            scale = _SCALES[word]
            if scale >= 1000:
                total += max(current, 1) * scale
                current = 0
            else:
                current = max(current, 1) * scale
        else:
            return None
    return total + current if seen else None


@dataclass
class _Tok:
    text: str
    low: str
    start: int
    end: int


def _tokens(text: str) -> list[_Tok]:
    return [_Tok(m.group(), m.group().lower(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


_Index = dict[str, list[list[str]]]


def _index(phrases: Iterable[str]) -> _Index:
    """Phrases split into words and filed under their first word, longest first."""
    index: _Index = {}
    for phrase in sorted(phrases, key=lambda p: -len(p.split())):
        words = phrase.split()
        index.setdefault(words[0], []).append(words)
    return index


def _phrase_at(toks: list[_Tok], i: int, index: _Index) -> int:
    """How many tokens from ``i`` spell the longest phrase of ``index`` (0 if none)."""
    if i >= len(toks):
        return 0
    for words in index.get(toks[i].low, ()):
        n = len(words)
        if [t.low for t in toks[i : i + n]] == words:
            return n
    return 0


_PERCENT_INDEX = _index(_PERCENT)
_DEFAULT = Conventions()


@dataclass
class _Core:
    end: int  # index after the last token
    low: float
    high: float
    value: float | None
    vague: bool
    currency: str | None = None


def _digits(tok: _Tok) -> float | None:
    if tok.text[0].isdigit():
        return float(tok.text.replace(",", ""))
    return None


def _core(toks: list[_Tok], i: int, conv: Conventions) -> _Core | None:
    """The bare amount starting at token ``i`` (no hedge, no unit), if one starts there."""
    currency = None
    if i < len(toks) and toks[i].low in _CURRENCY_SIGNS:
        currency = _CURRENCY_SIGNS[toks[i].low]
        i += 1
    if i >= len(toks):
        return None
    tok = toks[i]
    number = _digits(tok)
    if number is not None and _not_an_amount(toks, i):
        return None
    if number is not None:
        j = i + 1
        nxt = toks[j].low if j < len(toks) else ""
        glued = j < len(toks) and toks[j].start == tok.end
        if nxt in _SCALES and nxt != "dozen":
            number *= _SCALES[nxt]
            j += 1
        elif nxt in _SHORT_SCALES and (currency or nxt in ("bn", "mn", "tn")) and glued:
            number *= _SHORT_SCALES[nxt]
            j += 1
        return _Core(j, number, number, number, False, currency)
    if currency:
        return None
    n = _phrase_at(toks, i, conv.indices["quantifiers"])
    if n and i + n < len(toks):
        lo, hi = conv.quantifiers[" ".join(t.low for t in toks[i : i + n])]
        after = toks[i + n]
        if after.low in _SCALES:
            scale = _SCALES[after.low]
            return _Core(i + n + 1, lo * scale, hi * scale, None, True)
        # Alone before a noun it counts ("several trucks", "a few days"); "a few more" or
        # "a couple of them" are not amounts of their own.
        if after.text.isalpha() and after.low not in _NOT_COUNTED:
            return _Core(i + n, lo, hi, None, True)
    if tok.low in conv.vague:
        lo, hi = conv.vague[tok.low]
        j = i + 1
        # "tens of thousands", "hundreds of millions": a vague count of a scale.
        if j + 1 < len(toks) and toks[j].low == "of" and toks[j + 1].low.rstrip("s") in _SCALES:
            scale = _SCALES[toks[j + 1].low.rstrip("s")]
            return _Core(j + 2, lo * scale, hi * scale, None, True)
        if tok.low == "tens":
            return None
        return _Core(j, lo, hi, None, True)
    # Number words: the longest run that still reads as one number.
    if tok.low == "and":
        return None
    j = i
    best: tuple[int, float] | None = None
    while j < len(toks) and (
        toks[j].low in _SMALL
        or toks[j].low in _SCALES
        or toks[j].low in ("a", "and")
        or _hyphen_number(toks[j].low)
    ):
        value = word_number(" ".join(t.low for t in toks[i : j + 1]))
        if value is not None and toks[j].low not in ("a", "and"):
            best = (j + 1, value)
        j += 1
    if best is None:
        return None
    end, value = best
    if end - i == 1 and toks[i].low == "one":
        return None  # "one of them", "one driver": a pronoun more than a claim
    return _Core(end, value, value, value, False)


_MONTHS = frozenset(
    {
        "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun",
        "june", "jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october",
        "nov", "november", "dec", "december",
    }
)  # fmt: skip
_ORDINAL_SUFFIXES = ("st", "nd", "rd", "th")
# Words after "several" / "a few" that make it no count: "a few more", "a couple of them".
_NOT_COUNTED = frozenset(
    {"more", "less", "of", "them", "us", "those", "these", "times", "other", "others", "ago"}
)
# Longest run of integer digits read as a quantity.
_MAX_DIGITS = 15


# Words after a number that make it a time of day: "11 am", "10.30 p.m.", "1100 hrs".
_CLOCK_AFTER = frozenset({"am", "pm", "a", "p", "hrs", "gmt", "utc", "ist", "est", "edt", "bst"})


def _designation(toks: list[_Tok], i: int) -> bool:
    """Whether the digits at ``i`` finish a name: "AK-47", "AK 47", "F-16", "Covid-19", "9/11".

    A capitalised word joined to a number by a hyphen, or a short run of capitals before it,
    names a model, a flight or a disease; digits between slashes are a date or a code.
    """
    tok = toks[i]
    prev = toks[i - 1] if i > 0 else None
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    after = toks[i + 2] if i + 2 < len(toks) else None
    if (
        nxt is not None
        and after is not None
        and nxt.text == "/"
        and tok.end == nxt.start == after.start - 1
        and after.text[0].isdigit()
    ):
        return True
    if prev is None:
        return False
    if prev.text == "/" and prev.end == tok.start and i > 1 and toks[i - 2].text[0].isdigit():
        return True
    name = toks[i - 2] if prev.text in ("-", "\u2010") and i > 1 else prev
    if not name.text.isalpha() or tok.start - name.end > 3:
        return False
    if name is not prev:
        glued = name.end == prev.start and prev.end == tok.start
        return name.text[0].isupper() and (glued or (name.text.isupper() and len(name.text) <= 4))
    return name.text.isupper() and 2 <= len(name.text) <= 3 and name.end < tok.start


def _clock(toks: list[_Tok], i: int) -> bool:
    """Whether the number at ``i`` is a time of day: "11 am", "10.30 pm", "1100 hrs"."""
    nxt = toks[i + 1].low if i + 1 < len(toks) else ""
    if nxt not in _CLOCK_AFTER and nxt != "hours":
        return False
    text = toks[i].text
    if nxt in ("am", "pm", "a", "p"):
        # "a" and "p" only as "a.m." / "p.m.": "11 a" is no time.
        return nxt in ("am", "pm") or (i + 3 < len(toks) and toks[i + 2].text == ".")
    # "1100 hrs", "0930 hours", "1100 GMT": four digits that read as hours and minutes.
    return bool(re.fullmatch(r"[0-2]\d[0-5]\d", text)) and int(text[:2]) < 24


def _not_an_amount(toks: list[_Tok], i: int) -> bool:
    """Whether the digits at ``i`` are part of a code, a name, an ordinal, a time or a date.

    "xww41g5nho" and "hq-ta000" are codes (digits glued to letters), "AK-47" a name, "24th" an
    ordinal, "9:33" and "11 am" times and "sept. 30" a day of a month.
    """
    tok = toks[i]
    prev = toks[i - 1] if i > 0 else None
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if _designation(toks, i) or _clock(toks, i):
        return True
    if len(tok.text.replace(",", "").split(".")[0]) > _MAX_DIGITS:
        return True  # an identifier, not a quantity (and it would overflow a float)
    if len(tok.text) > 1 and tok.text[0] == "0" and tok.text[1].isdigit():
        return True  # "09" in "2008-09", "007": a code or part of a date
    if prev is not None and prev.end == tok.start and prev.text[-1].isalnum():
        return True
    if nxt is not None and nxt.start == tok.end and nxt.text[0].isalpha():
        if nxt.low in _ORDINAL_SUFFIXES:
            return True
        after = toks[i + 2] if i + 2 < len(toks) else None
        if after is not None and after.start == nxt.end and after.text[0].isalnum():
            return True
        # "m", "b", "k" glued to digits are a unit or a scale only in money ("$5m"): "1B" is not.
        known = nxt.low in _MEASURE_UNITS or nxt.low in ("bn", "mn", "tn") or nxt.low in _PERCENT
        known = known or (
            nxt.low in _SHORT_SCALES and prev is not None and prev.low in _CURRENCY_SIGNS
        )
        if not known and nxt.low not in _SCALES and nxt.low not in _DURATION_UNITS:
            return True
    # A clock time: "9:33", "5: 00" (minutes are always two digits).
    minutes = toks[i + 2].text if nxt is not None and nxt.text == ":" and i + 2 < len(toks) else ""
    if re.fullmatch(r"\d\d", minutes):
        return True
    hours = toks[i - 2].text if prev is not None and prev.text == ":" and i > 1 else ""
    if hours.isdigit() and re.fullmatch(r"\d\d", tok.text):
        return True
    before = [t.low for t in toks[max(0, i - 2) : i] if t.text != "."]
    return bool(before) and before[-1] in _MONTHS


def _hyphen_number(word: str) -> bool:
    parts = re.split(r"[\u2010-]", word)
    return len(parts) > 1 and all(p in _SMALL or p in _SCALES for p in parts)


def _unit(toks: list[_Tok], j: int, core: _Core) -> tuple[int, str | None, str]:
    """The unit after an amount: (index after it, unit, kind)."""
    if core.currency:
        return j, core.currency, "money"
    if j >= len(toks):
        return j, None, "count"
    n = _phrase_at(toks, j, _PERCENT_INDEX)
    if n:
        return j + n, "%", "percent"
    word = toks[j].low
    if word in _CURRENCY_WORDS:
        return j + 1, _CURRENCY_WORDS[word], "money"
    if word in _DURATION_UNITS:
        after = toks[j + 1].low if j + 1 < len(toks) else ""
        if after not in _NOT_DURATION_AFTER:
            return j + 1, _DURATION_UNITS[word], "duration"
        return j + 1, _DURATION_UNITS[word], "date"
    if word in _MEASURE_UNITS and (word not in ("m", "g") or toks[j].start == toks[j - 1].end):
        unit = _MEASURE_UNITS[word]
        if word == "sq" and j + 1 < len(toks) and toks[j + 1].low in _MEASURE_UNITS:
            return j + 2, "sq " + _MEASURE_UNITS[toks[j + 1].low], "measure"
        return j + 1, unit, "measure"
    return j, None, "count"


def _is_year(toks: list[_Tok], i: int, core: _Core) -> bool:
    tok = toks[i]
    return (
        core.value is not None
        and "," not in tok.text
        and "." not in tok.text
        and len(tok.text) == 4
        and 1800 <= core.value <= 2100
        and core.end == i + 1
    )


def find_amounts(text: str, conventions: Conventions | None = None) -> list[Amount]:
    """Every amount stated in ``text``, left to right, with offsets into ``text``.

    Years standing alone and the bare word "one" are left out: they are dates or pronouns far
    more often than claims. Ranges ("6km to 7km", "between 10 and 20") come out as one amount.
    """
    conv = conventions or _DEFAULT
    if not conv.trigger.search(text):
        return []
    toks = _tokens(text)
    out: list[Amount] = []
    i = 0
    while i < len(toks):
        first = i
        minimiser = False
        n = _phrase_at(toks, i, conv.indices["minimisers"])
        if n:
            minimiser, i = True, i + n
        hedge = None
        hedge_at = i
        n = _phrase_at(toks, i, conv.indices["hedges"])
        if n:
            hedge = " ".join(t.low for t in toks[i : i + n])
            i += n
        between = i < len(toks) and toks[i].low in ("between", "from")
        core = _core(toks, i + 1 if between else i, conv)
        if core is None:
            i = first + 1
            continue
        num_start = i + 1 if between else i
        if _is_year(toks, num_start, core) and not hedge:
            i = core.end
            continue
        j, unit, kind = _unit(toks, core.end, core)
        low, high, value, vague = core.low, core.high, core.value, core.vague
        # A range: "6km to 7km", "10-20 people", "between 10 and 20".
        joiners = ("and",) if between else ("to", "-", "\u2013", "\u2014")
        if (
            j < len(toks)
            and toks[j].low in joiners
            and (toks[j].low == "to" or between or toks[j].start == toks[j - 1].end)
        ):
            second = _core(toks, j + 1, conv)
            # A dash between a larger and a smaller number is a score or a vote ("88-72"),
            # not a range; "between 5 and 3" still is one.
            dashed = toks[j].low != "to" and not between
            if second is not None and dashed and second.low <= core.high:
                second = None
            if second is not None and not second.vague and not core.vague:
                k, unit2, kind2 = _unit(toks, second.end, second)
                if unit is None or unit2 is None or unit == unit2:
                    low, high = min(low, second.low), max(high, second.high)
                    value = None
                    unit, kind = unit or unit2, kind if unit else kind2
                    j = k
        elif between:
            i = first + 1
            continue
        if hedge:
            lo_f, hi_f = conv.hedges[hedge]
            low, high = low * lo_f, high * hi_f
        # The hedge belongs to the amount's text; a minimiser does not.
        start = toks[hedge_at].start
        end = toks[j - 1].end
        out.append(
            Amount(
                start=start,
                end=end,
                text=text[start:end],
                value=value,
                # Rounded so hedge factors leave no float noise (200 x 1.1 is 220, not 220.00..03).
                low=round(float(low), 9),
                high=round(float(high), 9),
                hedge=hedge,
                minimiser=minimiser,
                unit=unit,
                kind=kind,
                vague=vague,
            )
        )
        i = j
    return out
