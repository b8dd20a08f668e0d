"""annotate stage of newsprism."""
