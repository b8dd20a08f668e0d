"""The model's attribute rules (coarse POS, lemma and morphology exceptions), applied fast.

spaCy's English pipelines set ``pos_`` and a few lemmas with an ``attribute_ruler``: about 180
token patterns run through the general Matcher over every token, which costs as much as the
parser on short sentences. Nearly all of those patterns test one token's tag or lower-case
form, so they can be looked up in a table instead. :class:`FastAttributes` compiles the ruler's
own patterns into such tables (patterns that cannot be keyed are checked on every token) and
applies the very same attributes in the very same order, so the output is unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from spacy.tokens import Doc, Span
from spacy.tokens._retokenize import set_token_attrs

__all__ = ["FastAttributes"]

# A condition on one token attribute: (attribute, operator, argument).
Condition = tuple[str, str, Any]
# A compiled pattern: (rule number, the conditions of each of its tokens).
Compiled = tuple[int, list[list[Condition]]]

_GETTERS: dict[str, Callable[[Any], Any]] = {
    "TAG": lambda t: t.tag_,
    "LOWER": lambda t: t.lower_,
    "DEP": lambda t: t.dep_,
    "IS_SPACE": lambda t: t.is_space,
    "ORTH": lambda t: t.text,
    "POS": lambda t: t.pos_,
}
# Attributes a first token's condition may be looked up by, most selective first.
_KEYED = ("TAG", "LOWER", "DEP", "IS_SPACE")


def _conditions(spec: dict[str, Any]) -> list[Condition]:
    """The conditions of one pattern token: a value, or an IN / NOT_IN / REGEX test."""
    out: list[Condition] = []
    for attr, value in spec.items():
        if attr not in _GETTERS:
            raise ValueError(f"unsupported pattern attribute {attr!r}")
        if not isinstance(value, dict):
            out.append((attr, "==", value))
            continue
        for op, arg in value.items():
            if op in ("IN", "NOT_IN"):
                out.append((attr, op, frozenset(arg)))
            elif op == "REGEX":
                out.append((attr, op, re.compile(arg)))
            else:
                raise ValueError(f"unsupported pattern operator {op!r}")
    return out


def _holds(values: dict[str, Any], conditions: list[Condition]) -> bool:
    for attr, op, arg in conditions:
        value = values[attr]
        if op == "==":
            if value != arg:
                return False
        elif op == "IN":
            if value not in arg:
                return False
        elif op == "NOT_IN":
            if value in arg:
                return False
        elif arg.search(str(value)) is None:
            return False
    return True


class FastAttributes:
    """The patterns of a spaCy ``AttributeRuler`` as lookup tables, applied to parsed Docs."""

    def __init__(self, ruler: Any) -> None:
        """Compile ``ruler`` (an AttributeRuler); raises ValueError for a pattern it cannot."""
        self._attrs = ruler.attrs
        self._indices = ruler.indices
        # Patterns are filed under one value of their first token's most selective attribute;
        # rules apply in their number's order.
        self._tables: dict[str, dict[Any, list[Compiled]]] = {attr: {} for attr in _KEYED}
        self._always: list[Compiled] = []
        self._used: set[str] = set()
        for number, entry in enumerate(ruler.patterns):
            for pattern in entry["patterns"]:
                if any("OP" in spec for spec in pattern):
                    raise ValueError("quantified patterns are not supported")
                tokens = [_conditions(spec) for spec in pattern]
                self._used.update(attr for spec in pattern for attr in spec)
                self._file((number, tokens), pattern[0])

    def _file(self, compiled: Compiled, first: dict[str, Any]) -> None:
        """File a compiled pattern under the values its first token must have."""
        for attr in _KEYED:
            spec = first.get(attr)
            if spec is None:
                continue
            if not isinstance(spec, dict):
                self._tables[attr].setdefault(spec, []).append(compiled)
                return
            if set(spec) == {"IN"}:
                for value in spec["IN"]:
                    self._tables[attr].setdefault(value, []).append(compiled)
                return
        self._always.append(compiled)

    def __call__(self, doc: Doc) -> Doc:
        """Set the rules' attributes on ``doc``, as the AttributeRuler would."""
        getters = [(attr, _GETTERS[attr]) for attr in sorted(self._used)]
        values = [{attr: get(token) for attr, get in getters} for token in doc]
        tables = [(attr, table) for attr, table in self._tables.items() if table]
        matches: list[tuple[int, int, int]] = []
        n = len(doc)
        for i, here in enumerate(values):
            candidates = list(self._always)
            for attr, table in tables:
                candidates.extend(table.get(here[attr], ()))
            for number, tokens in candidates:
                end = i + len(tokens)
                if end <= n and all(_holds(values[i + k], c) for k, c in enumerate(tokens)):
                    matches.append((number, i, end))
        matches.sort()
        for number, start, end in matches:
            set_token_attrs(Span(doc, start, end)[self._indices[number]], self._attrs[number])
        return doc
