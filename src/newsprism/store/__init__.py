"""Persistence: the SQLite store behind a small repository interface."""

from newsprism.store.db import ArticleFilter, Store, UpsertResult

__all__ = ["ArticleFilter", "Store", "UpsertResult"]
