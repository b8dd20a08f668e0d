"""evaluate stage of newsprism."""
