"""HTML metadata helpers: language tags and outlet names in titles."""

from __future__ import annotations

import pytest

from newsprism.extract.html_meta import language_code, page_metadata, title_without_site


@pytest.mark.parametrize(
    ("tag", "code"),
    [("en-GB", "en"), ("pt_BR", "pt"), ("DE", "de"), ("fil", "fil"), ("", None), ("x", None)],
)
def test_language_code_is_the_primary_subtag(tag: str, code: str | None) -> None:
    assert language_code(tag) == code


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Storm shuts quay - Harbour Post", "Storm shuts quay"),
        ("Storm shuts quay | HARBOUR POST", "Storm shuts quay"),
        ("Harbour Post: Storm shuts quay", "Storm shuts quay"),
        ("Anti-Harbour Post", "Anti-Harbour Post"),
        ("Harbour Post", "Harbour Post"),
        ("Harbour Post editor resigns", "Harbour Post editor resigns"),
    ],
)
def test_outlet_name_is_cut_from_either_end_of_a_title(title: str, expected: str) -> None:
    assert title_without_site(title, "Harbour Post") == expected


def test_relative_canonical_link_is_resolved_against_the_page_url() -> None:
    html = (
        '<html><head><link rel="canonical" href="../a/1"><title>T</title></head>'
        "<body><p>Text of the page.</p></body></html>"
    )
    found = page_metadata(html, "https://example.org/x/y/z")
    assert found["url"] == ("https://example.org/x/a/1", "canonical")


def test_non_web_canonical_link_is_ignored() -> None:
    html = '<html><head><link rel="canonical" href="javascript:void(0)"></head><body></body></html>'
    assert page_metadata(html)["url"] == (None, "")
