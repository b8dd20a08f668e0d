"""run stage of newsprism."""
