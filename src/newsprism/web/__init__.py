"""web stage of newsprism."""
