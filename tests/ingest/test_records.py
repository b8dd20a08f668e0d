"""Tests for reading JSON and JSON Lines records into Documents."""

from __future__ import annotations

import json

from newsprism.ingest.records import read_json, read_jsonl, record_to_document
from newsprism.model import Document, Rejection


def test_record_fields_and_aliases_become_meta() -> None:
    record = {
        "id": 7,
        "body": "The council voted on Tuesday.",
        "link": "https://news.example/a",
        "headline": "Council votes",
        "authors": ["Ann Lee", "Bo Chen"],
        "source": {"id": "ex", "name": "Example News"},
        "publishedAt": "2024-05-01T10:00:00Z",
        "lang": "en",
    }
    doc = record_to_document(record, "a.json")
    assert isinstance(doc, Document)
    assert (doc.kind, doc.content, doc.url) == ("text", record["body"], "https://news.example/a")
    assert doc.meta == {
        "url": "https://news.example/a",
        "title": "Council votes",
        "author": "Ann Lee, Bo Chen",
        "outlet": "Example News",
        "published": "2024-05-01T10:00:00Z",
        "language": "en",
        "record_id": "7",
    }


def test_html_field_is_preferred_and_passed_as_utf8_bytes() -> None:
    doc = record_to_document({"html": "<p>Caf\u00e9</p>", "text": "Cafe"}, "r")
    assert isinstance(doc, Document)
    assert (doc.kind, doc.content, doc.meta["charset"]) == (
        "html",
        "<p>Caf\u00e9</p>".encode(),
        "utf-8",
    )


def test_text_field_holding_a_whole_page_is_read_as_html() -> None:
    doc = record_to_document({"content": "<!DOCTYPE html><html><body>x</body></html>"}, "r")
    assert isinstance(doc, Document) and doc.kind == "html"


def test_paragraph_list_is_joined_and_timestamp_becomes_iso() -> None:
    doc = record_to_document({"text": ["One.", "Two."], "date": 1700000000}, "r")
    assert isinstance(doc, Document)
    assert doc.content == "One.\n\nTwo."
    assert doc.meta["published"] == "2023-11-14T22:13:20+00:00"


def test_records_without_text_are_rejected_with_their_keys() -> None:
    assert record_to_document({"title": "x", "summary": "y"}, "r") == Rejection(
        "r", "record has no text or html field (keys: summary, title)"
    )
    assert record_to_document({"text": "  "}, "r") == Rejection("r", "the 'text' field is empty")
    assert record_to_document({"text": {"a": 1}}, "r") == Rejection(
        "r", "field 'text' is not a string"
    )
    assert record_to_document(["x"], "r") == Rejection("r", "record is a JSON list, not an object")


def test_json_list_wrapper_and_single_record() -> None:
    listed = list(read_json([{"text": "a"}, {"nope": 1}], "f.json"))
    assert [item.source for item in listed] == ["f.json#entry-1", "f.json#entry-2"]
    assert isinstance(listed[0], Document) and isinstance(listed[1], Rejection)
    wrapped = list(read_json({"articles": [{"text": "a"}, {"text": "b"}]}, "w.json"))
    assert [d.content for d in wrapped if isinstance(d, Document)] == ["a", "b"]
    single = list(read_json({"text": "only"}, "s.json"))
    assert [(d.source, d.content) for d in single if isinstance(d, Document)] == [
        ("s.json", "only")
    ]
    assert list(read_json([], "e.json")) == [Rejection("e.json", "JSON list holds no records")]
    assert list(read_json(3, "n.json")) == [
        Rejection("n.json", "JSON int is neither a record nor a list")
    ]


def test_jsonl_bad_line_is_rejected_by_line_number_and_the_rest_goes_on() -> None:
    lines = [
        json.dumps({"text": "first"}),
        "",
        "{not json",
        json.dumps({"x": 1}),
        '{"text": "last"}',
    ]
    items = list(read_jsonl("\n".join(lines), "f.jsonl"))
    assert [type(item).__name__ for item in items] == [
        "Document",
        "Rejection",
        "Rejection",
        "Document",
    ]
    assert items[0].source == "f.jsonl#entry-1"
    assert items[1] == Rejection(
        "f.jsonl:3",
        "not valid JSON (Expecting property name enclosed in double quotes at column 2)",
    )
    assert items[2].source == "f.jsonl:4"
    assert items[3].source == "f.jsonl#entry-5"


def test_jsonl_with_only_blank_lines_is_rejected() -> None:
    assert list(read_jsonl("\n \n", "b.jsonl")) == [
        Rejection("b.jsonl", "JSON Lines file holds no records")
    ]
