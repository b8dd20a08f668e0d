"""The tunables of copy detection and story grouping, read from the ``[stories]`` config section."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

from newsprism.group.score import PairModel
from newsprism.settings import Settings, option_values

__all__ = ["GroupingOptions"]


def _number(value: Any) -> float:
    """A config number (a bool or text is not one)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError("expected a number")
    return float(value)


@dataclass(frozen=True)
class GroupingOptions:
    """Thresholds of story grouping; the defaults were tuned as docs/stories.md describes."""

    #: An article joins the story whose average same-event probability reaches this.
    join_threshold: float = 1.05
    #: Two stories merge when a new article links to both and they link to each other this well.
    merge_threshold: float = 1.3
    #: A story splits when its members, clustered afresh, fall apart at this average link
    #: (None: stories never split).
    split_threshold: float | None = 1.25
    #: An article left alone joins the story it links to best on average at this lower
    #: link (None: it stays alone).
    attach_threshold: float | None = 0.9
    #: How far that best story's link must lead the next best for the article to join it.
    attach_margin: float = 0.2
    #: Fewest members a group needs to split off a story.
    split_min: int = 3
    #: Stories with more indexed members than this are not re-examined (bounds the cost).
    split_cap: int = 48
    #: Copies of one short text at which it counts as a notice repeated on many pages.
    repeat_copies: int = 4
    #: Content words below which a text repeated ``repeat_copies`` times is such a notice.
    repeat_words: int = 40
    #: Nearest articles fetched from the index to find candidate stories.
    neighbours: int = 20
    #: Most members of a story compared with a new article (an even sample of bigger stories).
    sample: int = 16
    #: Share of the shorter text's shingles two texts must share to be copies.
    copy_containment: float = 0.8
    #: Days between publication times that never count against two articles.
    grace_days: float = 3.0
    #: Days after the grace period over which the same-event chance fades to zero.
    fade_days: float = 30.0
    #: Whether entities are found with spaCy when an article has no entities layer.
    use_ner: bool = True
    #: The linear pair model (weights of the pair features).
    model: PairModel = field(default_factory=PairModel)

    def to_json(self) -> dict[str, Any]:
        """The options as a JSON-ready dict (saved with a grouper's state)."""
        record = dataclasses.asdict(self)
        record["model"] = {"weights": list(self.model.weights)}
        return record

    @classmethod
    def from_json(cls, record: dict[str, Any]) -> GroupingOptions:
        """Options from :meth:`to_json` output or a config section; unknown keys are errors."""
        special = {
            "split_threshold": lambda v: None if v is None else float(_number(v)),
            "attach_threshold": lambda v: None if v is None else float(_number(v)),
            "model": lambda v: PairModel(tuple(float(w) for w in v["weights"])),
        }
        return cls(**option_values("stories", record, cls(), special))

    @classmethod
    def from_settings(cls, settings: Settings) -> GroupingOptions:
        """Options from the ``[stories]`` section of the config file (defaults when absent)."""
        return cls.from_json(dict(settings.sections.get("stories", {})))
