"""ingest stage of newsprism."""
