"""compare stage of newsprism."""
