"""HTML extraction: main text, metadata with their methods, encodings and rejected pages."""

from __future__ import annotations

import importlib

import pytest

from newsprism.errors import ExtractionError, InputError, UnsupportedInput
from newsprism.extract import extract
from newsprism.extract.html import extract_html
from newsprism.model import Document
from newsprism.settings import Settings

PARAGRAPHS = [
    "The harbour authority said on Tuesday that the northern quay would stay closed for at "
    "least three weeks while engineers inspect the damage caused by the storm surge.",
    "Fishing crews that moor along the quay have been told to use the southern basin, where "
    "temporary berths and a fuel barge were being set up before the weekend.",
    "A spokeswoman for the authority said the repairs were expected to cost several million "
    "euros and that the insurance claim had already been filed with the regional office.",
]


def page(
    head: str = "",
    body_extra: str = "",
    lang: str = ' lang="en-GB"',
    paragraphs: list[str] | None = None,
) -> str:
    """A small news page around PARAGRAPHS, with navigation and footer furniture."""
    body = "".join(f"<p>{p}</p>" for p in (paragraphs or PARAGRAPHS))
    return (
        f"<!DOCTYPE html><html{lang}><head><title>Quay closed after storm | Harbour Post</title>"
        f"{head}</head><body>"
        "<nav><ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li>"
        "<li><a href='/sport'>Sport</a></li></ul></nav>"
        f"<article><h1>Quay closed after storm</h1>{body}{body_extra}</article>"
        "<footer><p>Copyright Harbour Post. All rights reserved.</p></footer></body></html>"
    )


FULL_HEAD = (
    '<meta charset="utf-8">'
    '<meta property="og:title" content="Quay closed after storm">'
    '<meta property="og:site_name" content="Harbour Post">'
    '<meta name="author" content="Ana Pereira">'
    '<meta property="article:published_time" content="2024-03-05T08:30:00+00:00">'
    '<link rel="canonical" href="/news/quay-closed">'
)


def html_doc(html: str | bytes, **kwargs: object) -> Document:
    """An HTML Document of the given page (encoded as UTF-8 when given as str)."""
    content = html.encode("utf-8") if isinstance(html, str) else html
    return Document(source="page.html", kind="html", content=content, **kwargs)  # type: ignore[arg-type]


def test_main_text_is_the_article_paragraphs_separated_by_blank_lines() -> None:
    article = extract_html(html_doc(page(FULL_HEAD)), Settings())
    assert article.text.split("\n\n") == PARAGRAPHS
    assert "Home" not in article.text and "Copyright" not in article.text
    assert article.fields_from["text"].startswith("trafilatura")


def test_metadata_fields_record_the_method_that_supplied_them() -> None:
    doc = html_doc(page(FULL_HEAD), url="https://harbour.example/news/quay-closed?ref=feed")
    article = extract_html(doc, Settings())
    assert article.title == "Quay closed after storm"
    assert article.author == "Ana Pereira"
    assert article.outlet == "Harbour Post"
    assert article.url == "https://harbour.example/news/quay-closed"
    assert article.urls == [article.url, doc.url]
    assert article.language == "en"
    assert article.published == "2024-03-05"
    assert article.fields_from == {
        "title": "trafilatura",
        "author": "trafilatura",
        "outlet": "og:site_name",
        "url": "canonical",
        "language": "html lang",
        "published": "htmldate",
        "text": "trafilatura (precision)",
    }


def test_fallback_methods_when_the_preferred_evidence_is_missing() -> None:
    head = (
        '<meta property="og:url" content="https://harbour.example/a/1">'
        '<meta property="og:locale" content="pt_BR">'
        '<meta name="application-name" content="Harbour Post">'
    )
    article = extract_html(html_doc(page(head, lang="")), Settings())
    assert (article.url, article.fields_from["url"]) == ("https://harbour.example/a/1", "og:url")
    assert (article.language, article.fields_from["language"]) == ("pt", "og:locale")
    assert (article.outlet, article.fields_from["outlet"]) == ("Harbour Post", "application-name")


def test_a_url_given_as_site_name_gives_way_to_the_hostname() -> None:
    head = '<meta property="og:site_name" content="https://www.harbour.example">'
    doc = html_doc(page(head), url="https://www.harbour.example/news/1")
    article = extract_html(doc, Settings())
    assert (article.outlet, article.fields_from["outlet"]) == ("harbour.example", "hostname")


def test_social_handle_as_site_name_loses_its_at_sign() -> None:
    article = extract_html(
        html_doc(page('<meta property="og:site_name" content="@harbourpost">')), Settings()
    )
    assert (article.outlet, article.fields_from["outlet"]) == ("harbourpost", "og:site_name")


def test_outlet_name_is_cut_from_the_title() -> None:
    head = (
        '<meta property="og:title" content="Storm shuts the quay - Harbour Post">'
        '<meta property="og:site_name" content="Harbour Post">'
    )
    article = extract_html(html_doc(page(head)), Settings())
    assert article.title == "Storm shuts the quay"


def test_container_metadata_beats_what_the_page_says() -> None:
    doc = html_doc(page(FULL_HEAD), meta={"title": "Storm closes quay", "outlet": "Wire"})
    article = extract_html(doc, Settings())
    assert (article.title, article.fields_from["title"]) == ("Storm closes quay", "record")
    assert (article.outlet, article.fields_from["outlet"]) == ("Wire", "record")


def test_headline_copy_and_teasers_are_removed_as_clutter() -> None:
    paragraphs = ["Quay closed after storm", *PARAGRAPHS]
    extra = "<p>Read more: Ferry timetable changes for the spring season</p><p>Advertisement</p>"
    article = extract_html(html_doc(page(FULL_HEAD, extra, paragraphs=paragraphs)), Settings())
    assert article.text.split("\n\n") == PARAGRAPHS
    reasons = {c.line: c.reason for c in article.clutter}
    assert reasons["Read more: Ferry timetable changes for the spring season"] == (
        "teaser for another article"
    )
    assert reasons.get("Advertisement") == "page furniture"


def test_legacy_encoding_declared_in_a_meta_tag() -> None:
    words = "Café “Über” façade"
    html = page('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">')
    html = html.replace("northern quay", f"northern quay near the {words}")
    article = extract_html(html_doc(html.encode("cp1252")), Settings())
    assert words in article.text
    assert "html encoding cp1252 (meta charset)" in article.notes


def test_http_charset_from_the_container_is_used() -> None:
    html = page().replace("storm surge", "storm surge in Växjö")
    doc = html_doc(html.encode("iso-8859-1"), meta={"charset": "ISO-8859-1"})
    article = extract_html(doc, Settings())
    assert "Växjö" in article.text
    assert "html encoding cp1252 (http charset)" in article.notes


def test_utf8_bytes_win_over_a_wrong_legacy_declaration() -> None:
    html = page('<meta charset="iso-8859-1">').replace("storm surge", "storm surge in Växjö")
    article = extract_html(html_doc(html), Settings())
    assert "Växjö" in article.text


def test_undeclared_legacy_bytes_are_detected() -> None:
    text = "Жители прибрежного района получили предупреждение о шторме и временно покинули дома."
    html = page(lang=' lang="ru"', paragraphs=[text * 3, *PARAGRAPHS])
    article = extract_html(html_doc(html.encode("cp1251")), Settings())
    assert text in article.text
    assert any(note.endswith("(detected)") for note in article.notes)


def test_page_without_article_text_raises_extraction_error() -> None:
    html = (
        "<html><head><title>Harbour Post</title></head><body><nav><a href='/'>Home</a>"
        "<a href='/news'>News</a></nav><footer>Copyright Harbour Post</footer></body></html>"
    )
    with pytest.raises(ExtractionError) as info:
        extract_html(html_doc(html), Settings())
    assert info.value.source == "page.html"
    assert "no article text" in info.value.reason


@pytest.mark.parametrize(
    ("content", "error"),
    [
        (b"", ExtractionError),
        (b"   \n  ", ExtractionError),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", UnsupportedInput),
    ],
)
def test_empty_or_binary_content_is_rejected_with_a_reason(
    content: bytes, error: type[InputError]
) -> None:
    with pytest.raises(error) as info:
        extract_html(html_doc(content), Settings())
    assert info.value.source == "page.html" and info.value.reason


def test_page_over_the_size_limit_is_rejected() -> None:
    with pytest.raises(UnsupportedInput, match="max_bytes"):
        extract_html(html_doc(page()), Settings(max_bytes=100))


def test_extract_dispatches_html_documents_and_accepts_decoded_text() -> None:
    doc = Document(source="decoded.html", kind="html", content=page(FULL_HEAD))
    article = extract(doc)
    assert article.text.split("\n\n") == PARAGRAPHS
    assert article.source == "decoded.html"


def test_html_fragment_without_document_frame_is_extracted() -> None:
    fragment = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    article = extract_html(html_doc(fragment), Settings())
    assert article.text.split("\n\n") == PARAGRAPHS


def test_utf16_page_without_byte_order_mark() -> None:
    article = extract_html(html_doc(page(FULL_HEAD).encode("utf-16-le")), Settings())
    assert article.text.split("\n\n") == PARAGRAPHS
    assert "html encoding utf-16-le (utf-16 byte pattern)" in article.notes


def test_stray_nul_bytes_do_not_make_a_page_binary() -> None:
    content = page(FULL_HEAD).encode().replace(b"<article>", b"<article>\x00")
    assert extract_html(html_doc(content), Settings()).text.split("\n\n") == PARAGRAPHS


def test_parser_failure_becomes_an_extraction_error(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(html: str, url: str | None = None) -> None:
        raise ValueError("tree too deep")

    module = importlib.import_module("newsprism.extract.html")
    monkeypatch.setattr(module, "page_metadata", broken)
    with pytest.raises(ExtractionError, match=r"page.html: HTML could not be parsed \(tree too"):
        extract_html(html_doc(page()), Settings())
