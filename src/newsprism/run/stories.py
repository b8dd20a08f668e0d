"""Story assignment against the store: resume the grouper, add new articles, save it all back.

The grouper's state (vector index, signals, memberships) is kept inside the database as one
saved blob, so a database file is the whole of a newsprism installation's memory.
"""

from __future__ import annotations

import io
import tarfile
import tempfile
from collections.abc import Sequence
from pathlib import Path

from newsprism.group.grouper import Assignment, StoryGrouper
from newsprism.group.options import GroupingOptions
from newsprism.model import Article
from newsprism.settings import Settings
from newsprism.store import Store
from newsprism.store.stories import StoredStory, StoryMember, StoryTable

__all__ = ["GROUPER_STATE", "assign_stories", "load_grouper", "save_grouper"]

#: Name of the grouper's saved state in the store.
GROUPER_STATE = "story-grouper"


def load_grouper(store: Store, settings: Settings) -> StoryGrouper:
    """The grouper as last saved in the store, or a new one with the configured options."""
    data = StoryTable(store).load_state(GROUPER_STATE)
    if data is None:
        options = GroupingOptions.from_settings(settings)
        return StoryGrouper(options, spacy_model=settings.spacy_model)
    with tempfile.TemporaryDirectory(prefix="newsprism-") as tmp:
        with tarfile.open(fileobj=io.BytesIO(data), mode="r") as tar:
            tar.extractall(tmp, filter="data")
        return StoryGrouper.load(Path(tmp) / "state", spacy_model=settings.spacy_model)


def save_grouper(store: Store, grouper: StoryGrouper) -> None:
    """Save the grouper's state into the store and mirror its stories into the story tables."""
    with tempfile.TemporaryDirectory(prefix="newsprism-") as tmp:
        folder = Path(tmp) / "state"
        grouper.save(folder)
        buffer = io.BytesIO()
        with tarfile.open(fileobj=buffer, mode="w:gz") as tar:
            tar.add(folder, arcname="state")
    table = StoryTable(store)
    table.save_state(GROUPER_STATE, buffer.getvalue())
    table.replace(
        [
            StoredStory(
                s.id,
                s.title,
                s.first_seen,
                s.last_seen,
                [StoryMember(a, s.confidence.get(a, 1.0), s.copies.get(a)) for a in s.article_ids],
            )
            for s in grouper.stories()
        ],
        [(m.kept, m.absorbed, m.by, m.score) for m in grouper.merges],
    )


def assign_stories(grouper: StoryGrouper, articles: Sequence[Article]) -> list[Assignment]:
    """Group the articles this grouper has not seen yet; returns their assignments."""
    fresh: dict[str, Article] = {}
    for article in articles:
        if article.id not in grouper and article.id not in fresh:
            fresh[article.id] = article
    if not fresh:
        return []
    assignments, _ = grouper.add(list(fresh.values()))
    return assignments
