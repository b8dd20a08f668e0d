"""newsprism: what many outlets' coverage of one story actually establishes.

The public library API lives here and nowhere else; every other module is private.
"""

from newsprism.errors import (
    ExtractionError,
    FetchError,
    InputError,
    NewsprismError,
    SettingsError,
    StoreError,
    UnsupportedInput,
)
from newsprism.extract import extract
from newsprism.model import Article, ClutterLine, Document, Rejection, article_id
from newsprism.settings import Settings, load_settings

__version__ = "0.1.0"

__all__ = [
    "Article",
    "ClutterLine",
    "Document",
    "ExtractionError",
    "FetchError",
    "InputError",
    "NewsprismError",
    "Rejection",
    "Settings",
    "SettingsError",
    "StoreError",
    "UnsupportedInput",
    "__version__",
    "article_id",
    "extract",
    "load_settings",
]
