"""summarize stage of newsprism."""
