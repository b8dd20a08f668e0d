"""The tunables of story comparison, read from the ``[compare]`` config section."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from newsprism.settings import Settings, option_values

__all__ = ["CompareOptions"]

#: Nouns naming groups of people: two amounts counting any of them count the same kind of
#: thing, so differing nouns ("fighters", "people") are a difference of scope, not of kind.
DEFAULT_NOUN_CLASSES: dict[str, tuple[str, ...]] = {
    "people": (
        "people", "person", "persons", "individual", "individuals", "civilian", "civilians",
        "resident", "residents", "fighter", "fighters", "militant", "militants", "soldier",
        "soldiers", "troop", "troops", "man", "men", "woman", "women", "child", "children",
        "family", "families", "refugee", "refugees", "migrant", "migrants", "prisoner",
        "prisoners", "hostage", "hostages", "worker", "workers", "member", "members",
        "protester", "protesters", "demonstrator", "demonstrators", "victim", "victims",
        "casualty", "casualties", "survivor", "survivors", "passenger", "passengers",
        "student", "students", "patient", "patients", "voter", "voters", "jihadist",
        "jihadists", "rebel", "rebels", "insurgent", "insurgents", "officer", "officers",
        "police", "policemen", "employee", "employees", "citizen", "citizens", "foreigner",
        "foreigners", "local", "locals", "inhabitant", "inhabitants", "evacuee", "evacuees",
    ),
}  # fmt: skip


def _noun_classes(value: Any) -> dict[str, tuple[str, ...]]:
    """The default noun classes with a config table's classes added (or replaced)."""
    merged = dict(DEFAULT_NOUN_CLASSES)
    for name, nouns in dict(value).items():
        merged[str(name)] = tuple(str(n).lower() for n in nouns)
    return merged


@dataclass(frozen=True)
class CompareOptions:
    """Thresholds of the comparison; docs/comparison.md explains each one."""

    #: Whether sentence embeddings (MiniLM) propose candidate pairs; token overlap always does.
    embeddings: bool = True
    #: Cosine similarity of two sentence embeddings that makes them a candidate pair.
    embedding_similarity: float = 0.7
    #: Candidate score above which a pair is kept even when a better candidate exists.
    near_identical: float = 0.9
    #: Average candidate score two groups of agreeing sentences need to become one agreement.
    group_similarity: float = 0.6
    #: Share of the shorter sentence's content words found in the other that makes a candidate.
    containment: float = 0.6
    #: Candidate score a sentence must reach with another article to not be "only here".
    unique_below: float = 0.5
    #: Fewest content words a sentence needs to count as a fact.
    min_words: int = 3
    #: Cosine similarity of two claims' sentences that puts them in the same event.
    event_similarity: float = 0.5
    #: Share of matched words two quotes of one speaker need to be paired.
    quote_match: float = 0.5
    #: Extra noun classes (name -> nouns) merged into the defaults.
    noun_classes: dict[str, tuple[str, ...]] = field(
        default_factory=lambda: dict(DEFAULT_NOUN_CLASSES)
    )

    @classmethod
    def from_settings(cls, settings: Settings) -> CompareOptions:
        """Defaults updated by the config file's ``[compare]`` table; unknown keys are errors."""
        given = settings.sections.get("compare", {})
        return cls(**option_values("compare", given, cls(), {"noun_classes": _noun_classes}))

    def noun_class(self, noun: str) -> str:
        """The class a counted noun belongs to (its own lower-cased form when in none)."""
        word = noun.lower()
        for name, nouns in self.noun_classes.items():
            if word in nouns:
                return name
        return word
