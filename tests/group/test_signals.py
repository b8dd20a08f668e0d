"""Tests for newsprism.group.signals: terms, numbers, entities, dates and records."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from newsprism.errors import InputError
from newsprism.group.signals import (
    Item,
    entities_from_layer,
    numbers_of,
    parse_published,
    terms_of,
)
from newsprism.model import Article


def test_terms_drop_stop_words_and_fold_case() -> None:
    terms = terms_of("The Flood hit the town; the flood waters rose.")
    assert terms == {"flood": 2, "hit": 1, "town": 1, "waters": 1, "rose": 1}
    assert terms_of("Flight MH17: 298 dead") == {"flight": 1, "mh17": 1, "298": 1, "dead": 1}


def test_numbers_keep_multi_character_values() -> None:
    assert numbers_of("On 12 May, 1,200 people and 3 dogs; 4.5 metres") == {"12", "1200", "4.5"}


def test_entities_keep_names_and_surnames_only() -> None:
    layer = [
        {"text": "Tara Reid", "label": "PERSON"},
        {"text": "the United Nations", "label": "ORG"},
        {"text": "Tuesday", "label": "DATE"},
    ]
    assert entities_from_layer(layer) == {"tara reid", "reid", "united nations"}


def test_published_is_read_as_utc_and_bad_values_name_the_input() -> None:
    assert parse_published("2024-05-01T10:00:00Z", "a") == datetime(2024, 5, 1, 10, tzinfo=UTC)
    assert parse_published("2024-05-01", "a") == datetime(2024, 5, 1, tzinfo=UTC)
    assert parse_published(None, "a") is None
    with pytest.raises(InputError, match="bad-doc: published is not an ISO 8601 date"):
        parse_published("last week", "bad-doc")


def test_records_need_an_id_and_text() -> None:
    item = Item.from_record({"id": 7, "text": "Body", "title": "Head"}, "f:1")
    assert (item.id, item.title, item.published) == ("7", "Head", None)
    with pytest.raises(InputError, match="f:2: record has no text"):
        Item.from_record({"id": "x", "text": "  "}, "f:2")
    with pytest.raises(InputError, match="f:3: record has no id"):
        Item.from_record({"text": "Body"}, "f:3")
    with pytest.raises(InputError, match="f:4: title must be a string"):
        Item.from_record({"id": "x", "text": "Body", "title": 3}, "f:4")
    with pytest.raises(InputError, match="not a JSON object"):
        Item.from_record(["x"], "f:5")


def test_an_article_brings_its_entities_layer() -> None:
    article = Article(id="a1", text="Body", source="s", title="T")
    article.layers["entities"] = [{"text": "Elm", "label": "GPE", "start": 0, "end": 3}]
    item = Item.from_article(article)
    assert item.entities == article.layers["entities"]
    assert item.title == "T"
