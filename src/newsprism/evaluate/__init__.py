"""Quality evaluations of newsprism on real benchmark data (used by ``newsprism eval``)."""
