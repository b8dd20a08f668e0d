"""The model's attribute rules (coarse POS, lemma and morphology exceptions), applied fast.

spaCy's English pipelines set ``pos_`` and a few lemmas with an ``attribute_ruler``: about 180
token patterns run through the general Matcher over every token, which costs as much as the
parser on short sentences. Nearly all of those patterns test one token's tag or lower-case
form, so they can be looked up in a table instead. :class:`FastAttributes` compiles the ruler's
own patterns into such tables (patterns that cannot be keyed are checked on every token) and
applies the very same attributes in the very same order, so the output is unchanged.

The English lemmatizer, too, costs more than its answers are worth: it reads each token's
morphology into a dict before it looks at its cache. Its answer depends only on a token's form,
coarse POS and morphology, so :class:`FastLemmas` asks it once per such triple and keeps the
answer.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

__all__ = ["FastAttributes", "FastLemmas"]

# A condition on one token attribute: (column, operator, argument).
Condition = tuple[int, str, Any]
# A compiled pattern: (rule number, the conditions of each of its tokens).
Compiled = tuple[int, list[list[Condition]]]

# The token attributes patterns may test, read for a whole Doc at once with Doc.to_array:
# string attributes come as hashes, IS_SPACE as 0/1.
_COLUMNS = ("TAG", "LOWER", "DEP", "IS_SPACE", "ORTH")
_STRING_COLUMNS = frozenset({"TAG", "LOWER", "DEP", "ORTH"})
# Attributes a first token's condition may be looked up by, most selective first.
_KEYED = ("TAG", "LOWER", "DEP", "IS_SPACE")


class FastAttributes:
    """The patterns of a spaCy ``AttributeRuler`` as lookup tables, applied to parsed Docs."""

    def __init__(self, ruler: Any) -> None:
        """Compile ``ruler`` (an AttributeRuler); raises ValueError for a pattern it cannot."""
        self._attrs = ruler.attrs
        self._indices = ruler.indices
        self._strings = ruler.vocab.strings
        # Each REGEX condition's result per string hash, cached across Docs.
        self._regex_results: dict[tuple[int, int], bool] = {}
        self._regexes = 0
        # What the rules make of each row of token attributes seen, and of each run of rules.
        self._plans: dict[tuple[int, ...], tuple[tuple[int, ...], list[Compiled]]] = {}
        self._merges: dict[tuple[int, ...], dict[Any, Any]] = {}
        # Patterns are filed under one value of their first token's most selective attribute;
        # rules apply in their number's order.
        self._tables: list[dict[int, list[Compiled]]] = [{} for _ in _KEYED]
        self._always: list[Compiled] = []
        for number, entry in enumerate(ruler.patterns):
            for pattern in entry["patterns"]:
                if any("OP" in spec for spec in pattern):
                    raise ValueError("quantified patterns are not supported")
                tokens = [self._conditions(spec) for spec in pattern]
                self._file((number, tokens), pattern[0])

    def _value(self, attr: str, value: Any) -> int:
        """A pattern value as it appears in Doc.to_array: a string's hash, or 0/1."""
        return int(self._strings.add(value)) if attr in _STRING_COLUMNS else int(value)

    def _conditions(self, spec: dict[str, Any]) -> list[Condition]:
        """The conditions of one pattern token: a value, or an IN / NOT_IN / REGEX test."""
        out: list[Condition] = []
        for attr, value in spec.items():
            if attr not in _COLUMNS:
                raise ValueError(f"unsupported pattern attribute {attr!r}")
            column = _COLUMNS.index(attr)
            if not isinstance(value, dict):
                out.append((column, "==", self._value(attr, value)))
                continue
            for op, arg in value.items():
                if op in ("IN", "NOT_IN"):
                    out.append((column, op, frozenset(self._value(attr, v) for v in arg)))
                elif op == "REGEX" and attr in _STRING_COLUMNS:
                    out.append((column, op, (self._regexes, re.compile(arg))))
                    self._regexes += 1
                else:
                    raise ValueError(f"unsupported pattern operator {op!r}")
        return out

    def _file(self, compiled: Compiled, first: dict[str, Any]) -> None:
        """File a compiled pattern under the values its first token must have."""
        for k, attr in enumerate(_KEYED):
            spec = first.get(attr)
            if spec is None:
                continue
            if not isinstance(spec, dict):
                self._tables[k].setdefault(self._value(attr, spec), []).append(compiled)
                return
            if set(spec) == {"IN"}:
                for value in spec["IN"]:
                    self._tables[k].setdefault(self._value(attr, value), []).append(compiled)
                return
        self._always.append(compiled)

    def _holds(self, row: list[int], conditions: list[Condition]) -> bool:
        for column, op, arg in conditions:
            value = row[column]
            if op == "==":
                if value != arg:
                    return False
            elif op == "IN":
                if value not in arg:
                    return False
            elif op == "NOT_IN":
                if value in arg:
                    return False
            else:
                number, pattern = arg
                key = (value, number)
                if key not in self._regex_results:
                    text = self._strings[value] if value else ""
                    self._regex_results[key] = pattern.search(text) is not None
                if not self._regex_results[key]:
                    return False
        return True

    def _plan(self, row: list[int]) -> tuple[tuple[int, ...], list[Compiled]]:
        """What the rules make of a token with these attributes, alone and as a first token.

        The numbers of the one-token rules it matches, in order, and the longer patterns
        whose first token it matches (their other tokens are checked in place).
        """
        candidates = list(self._always)
        for k, table in enumerate(self._tables):
            candidates.extend(table.get(row[k], ()))
        singles: set[int] = set()
        longer: list[Compiled] = []
        for number, tokens in candidates:
            if self._holds(row, tokens[0]):
                if len(tokens) == 1:
                    singles.add(number)
                else:
                    longer.append((number, tokens))
        return tuple(sorted(singles)), longer

    def _merged(self, numbers: tuple[int, ...]) -> dict[Any, Any]:
        """The attributes a token ends with after these rules, applied in order, set it."""
        merged = self._merges.get(numbers)
        if merged is None:
            merged = {}
            for number in numbers:
                merged.update(self._attrs[number])
            self._merges[numbers] = merged
        return merged

    def __call__(self, doc: Doc) -> Doc:
        """Set the rules' attributes on ``doc``, as the AttributeRuler would.

        The ruler applies its matches in rule order, each setting attributes on one token;
        each attribute is set on its own, so a token ends with the attributes of its matches
        merged in rule order, which is what is set here, once per token. What the one-token
        rules make of a token depends only on its row, so that is kept per row.
        """
        rows: list[list[int]] = doc.to_array(list(_COLUMNS)).tolist() if len(doc) else []
        n = len(rows)
        targets: dict[int, list[int]] = {}
        for i, row in enumerate(rows):
            key = tuple(row)
            plan = self._plans.get(key)
            if plan is None:
                plan = self._plans[key] = self._plan(row)
            singles, longer = plan
            if singles:
                targets.setdefault(i, []).extend(singles)
            for number, tokens in longer:
                end = i + len(tokens)
                if end <= n and all(self._holds(rows[i + k], c) for k, c in enumerate(tokens) if k):
                    index = self._indices[number]
                    target = i + (index if index >= 0 else len(tokens) + index)
                    targets.setdefault(target, []).append(number)
        for i, numbers in targets.items():
            attrs = self._merged(tuple(sorted(set(numbers))))
            if attrs:
                set_token_attrs(doc[i], attrs)
        return doc


class FastLemmas:
    """A rule lemmatizer's answers, kept per (form, POS, morphology) and set a Doc at a time."""

    def __init__(self, lemmatizer: Any) -> None:
        """Wrap ``lemmatizer``; raises ValueError unless it works by rules from those alone."""
        if getattr(lemmatizer, "mode", None) != "rule":
            raise ValueError("only a rule-mode lemmatizer can be cached by form and POS")
        self._lemmatizer = lemmatizer
        self._overwrite = bool(getattr(lemmatizer, "overwrite", False))
        self._strings = lemmatizer.vocab.strings
        self._lemmas: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        """Set the lemma of each token of ``doc`` that has none (all, if the lemmatizer would)."""
        if not len(doc):
            return doc
        table = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas: Any = table[:, 3:4].copy()
        for i, (orth, pos, morph, lemma) in enumerate(table.tolist()):
            if lemma and not self._overwrite:
                continue
            key = (orth, pos, morph)
            found = self._lemmas.get(key)
            if found is None:
                found = int(self._strings.add(self._lemmatizer.lemmatize(doc[i])[0]))
                self._lemmas[key] = found
            lemmas[i, 0] = found
        doc.from_array([LEMMA], lemmas)
        return doc
