"""Copies and stories: near-duplicate detection and incremental grouping of articles by event."""

from newsprism.group.grouper import Assignment, Merge, Split, Story, StoryGrouper
from newsprism.group.options import GroupingOptions
from newsprism.group.signals import Item

__all__ = ["Assignment", "GroupingOptions", "Item", "Merge", "Split", "Story", "StoryGrouper"]
