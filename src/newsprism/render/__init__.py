"""render stage of newsprism."""
