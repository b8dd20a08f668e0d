"""store stage of newsprism."""
