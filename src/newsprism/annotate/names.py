"""Person and organisation names: titles stripped, match keys, short forms tied to full names."""

from __future__ import annotations

import re
import unicodedata

__all__ = ["TITLES", "name_key", "resolve_short_forms", "split_title", "tidy_name"]

# Honorifics, ranks and offices that may precede a name; they say what a person is, not who.
# Longest forms first so "Lt. Gen." wins over "Lt.".
TITLES = (
    "lieutenant general|lieutenant colonel|major general|brigadier general|rear admiral|"
    "vice admiral|lt\\.? gen\\.?|lt\\.? col\\.?|maj\\.? gen\\.?|brig\\.? gen\\.?|"
    "colonel|col\\.?|general|gen\\.?|lieutenant|lt\\.?|major|maj\\.?|captain|capt\\.?|"
    "sergeant|sgt\\.?|corporal|cpl\\.?|private|pvt\\.?|admiral|adm\\.?|commander|cmdr\\.?|"
    "mr\\.?|mrs\\.?|ms\\.?|miss|mx\\.?|dr\\.?|prof\\.?|professor|sir|dame|lord|lady|"
    "rev\\.?|reverend|father|sister|brother|imam|rabbi|sheikh|shaikh|"
    "president|vice president|vice-president|prime minister|chancellor|king|queen|prince|"
    "princess|emir|pope|senator|sen\\.?|representative|rep\\.?|congressman|congresswoman|"
    "governor|gov\\.?|mayor|minister|secretary|ambassador|judge|justice|chief justice|"
    "attorney general|spokesman|spokeswoman|spokesperson|chairman|chairwoman|"
    "defen[cs]e secretary|foreign secretary|foreign minister|defen[cs]e minister|"
    "secretary of state|home secretary|interior minister|commissioner|inspector|detective|"
    "officer|agent|coach|dean|former|late|then|acting|deputy|gen\\.|st\\."
)
_TITLE_PREFIX = re.compile(rf"^(?:(?:{TITLES})\s+)+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
_SPACE = re.compile(r"\s+")
_KEY_DROP = re.compile(r"[^\w\s-]")


def tidy_name(text: str) -> str:
    """A mention cleaned for display: white space collapsed, possessive and edge punctuation cut."""
    text = _SPACE.sub(" ", text).strip(" \t\n,;:.\"'“”‘’()[]")
    return _POSSESSIVE.sub("", text).strip()


def split_title(text: str) -> tuple[str, str]:
    """Split a person mention into (name, title): "Col. Ryan Dillon" -> ("Ryan Dillon", "Col.").

    A mention that is nothing but a title ("the Colonel") keeps its text as the name.
    """
    text = tidy_name(text)
    match = _TITLE_PREFIX.match(text)
    if not match or match.end() >= len(text):
        return text, ""
    return text[match.end() :].strip(), text[: match.end()].strip()


def name_key(name: str) -> str:
    """The lower-case match key of a name: accents, punctuation and a leading "the" dropped."""
    folded = unicodedata.normalize("NFKD", name)
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    folded = _LEADING_THE.sub("", folded.strip())
    return _SPACE.sub(" ", _KEY_DROP.sub("", folded)).strip().lower()


def resolve_short_forms(names: list[str]) -> dict[str, str]:
    """Map each short form of a person's name to the fullest name it abbreviates.

    Within one article "Dillon" or "Ryan Dillon" stands for "Ryan Dillon" when that is the
    only longer name whose words contain the short one's words in order. An ambiguous short
    form (two Clintons) maps to itself.
    """
    unique = sorted(set(names), key=lambda n: (-len(n.split()), n))
    mapping: dict[str, str] = {}
    for name in unique:
        words = name_key(name).split()
        if not words:
            mapping[name] = name
            continue
        fuller = [
            other
            for other in unique
            if len(other.split()) > len(words) and _is_subsequence(words, name_key(other).split())
        ]
        longest = {mapping.get(o, o) for o in fuller}
        mapping[name] = longest.pop() if len(longest) == 1 else name
    return mapping


def _is_subsequence(short: list[str], full: list[str]) -> bool:
    # A surname alone must be the last word: "Ryan" alone is a first name, not "Ryan Dillon".
    """Whether the short name's words appear, in order, in the full name and end it."""
    if len(short) == 1:
        return full[-1] == short[0]
    it = iter(full)
    return all(word in it for word in short) and full[-1] == short[-1]
