"""Tests for reading RSS and Atom feeds, including hostile and malformed XML."""

from __future__ import annotations

from newsprism.ingest.feeds import FULL_TEXT_MIN_CHARS, Link, read_feed
from newsprism.model import Document, Rejection

BODY = "<p>" + "The river rose two metres overnight and the town was evacuated. " * 12 + "</p>"
TEASER = "A short teaser."


def rss2(items: str) -> bytes:
    """An RSS 2.0 feed around ``items``."""
    return (
        '<?xml version="1.0" encoding="utf-8"?>'
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"'
        ' xmlns:dc="http://purl.org/dc/elements/1.1/">'
        "<channel><title>River Gazette</title><link>https://gazette.example/</link>"
        "<language>en-gb</language>"
        f"{items}</channel></rss>"
    ).encode()


def test_rss2_full_content_entry_becomes_html_document_with_entry_meta() -> None:
    feed = rss2(
        "<item><title>Town evacuated</title><link>https://gazette.example/flood</link>"
        "<dc:creator>Mia Hart</dc:creator><pubDate>Tue, 05 Mar 2024 09:30:00 +0100</pubDate>"
        f"<description>{TEASER}</description>"
        f"<content:encoded><![CDATA[{BODY}]]></content:encoded></item>"
    )
    (doc,) = read_feed(feed, "f.xml")
    assert isinstance(doc, Document)
    assert (doc.source, doc.kind, doc.url) == (
        "f.xml#entry-1",
        "html",
        "https://gazette.example/flood",
    )
    assert doc.meta == {
        "title": "Town evacuated",
        "author": "Mia Hart",
        "published": "2024-03-05T08:30:00+00:00",
        "url": "https://gazette.example/flood",
        "outlet": "River Gazette",
        "language": "en-gb",
        "charset": "utf-8",
    }
    assert isinstance(doc.content, bytes)
    assert b"<title>Town evacuated</title>" in doc.content
    assert b"The river rose two metres" in doc.content


def test_long_description_counts_as_full_content() -> None:
    feed = rss2(
        f"<item><title>T</title><link>https://g.example/x</link>"
        f"<description><![CDATA[{BODY}]]></description></item>"
    )
    (doc,) = read_feed(feed, "f.xml")
    assert isinstance(doc, Document) and b"evacuated" in doc.content


def test_link_only_and_teaser_entries_become_links_to_fetch() -> None:
    feed = rss2(
        "<item><title>Only a link</title><link>https://g.example/a</link></item>"
        f"<item><title>Teaser</title><link>https://g.example/b</link>"
        f"<description>{TEASER}</description></item>"
    )
    links = list(read_feed(feed, "f.xml"))
    assert [(ln.source, ln.url) for ln in links if isinstance(ln, Link)] == [
        ("f.xml#entry-1", "https://g.example/a"),
        ("f.xml#entry-2", "https://g.example/b"),
    ]
    first = links[0]
    assert isinstance(first, Link)
    assert (first.meta["title"], first.meta["outlet"]) == ("Only a link", "River Gazette")


def test_entry_without_content_or_link_is_rejected_and_short_one_noted() -> None:
    feed = rss2(
        f"<item><title>Nothing</title></item><item><description>{TEASER}</description></item>"
    )
    empty, short = read_feed(feed, "f.xml")
    assert empty == Rejection("f.xml#entry-1", "feed entry has neither content nor a link")
    assert isinstance(short, Document)
    assert short.notes == [
        f"feed entry content is short ({len(TEASER)} characters): maybe an excerpt"
    ]
    assert len(TEASER) < FULL_TEXT_MIN_CHARS


def test_atom_content_and_dates() -> None:
    feed = (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        "<title>Atom Times</title><entry><title>Atom story</title>"
        '<link href="https://atom.example/s"/><author><name>Kai Lund</name></author>'
        "<updated>2024-06-01T12:00:00Z</updated>"
        f'<content type="html"><![CDATA[{BODY}]]></content></entry></feed>'
    ).encode()
    (doc,) = read_feed(feed, "a.atom")
    assert isinstance(doc, Document)
    assert doc.meta["published"] == "2024-06-01T12:00:00+00:00"
    assert (doc.meta["author"], doc.meta["outlet"], doc.url) == (
        "Kai Lund",
        "Atom Times",
        "https://atom.example/s",
    )


def test_rss_author_email_is_left_out() -> None:
    feed = rss2(
        "<item><title>T</title><link>https://g.example/x</link>"
        f"<author>mia@g.example (Mia Hart)</author><description><![CDATA[{BODY}]]></description>"
        "</item>"
    )
    (doc,) = read_feed(feed, "f.xml")
    assert isinstance(doc, Document) and doc.meta["author"] == "Mia Hart"


def test_rss1_rdf_and_rss091_are_read() -> None:
    rdf = (
        b'<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"'
        b' xmlns="http://purl.org/rss/1.0/"><channel rdf:about="https://r.example/">'
        b"<title>RDF Daily</title><link>https://r.example/</link><description>d</description>"
        b'</channel><item rdf:about="https://r.example/1"><title>One</title>'
        b"<link>https://r.example/1</link></item></rdf:RDF>"
    )
    (link,) = read_feed(rdf, "r.rdf")
    assert isinstance(link, Link) and link.url == "https://r.example/1"
    old = (
        b'<?xml version="1.0"?><rss version="0.91"><channel><title>Old</title>'
        b"<item><title>Old one</title><link>https://o.example/1</link></item></channel></rss>"
    )
    (link,) = read_feed(old, "o.xml")
    assert isinstance(link, Link) and link.meta["outlet"] == "Old"


def test_entity_expansion_bomb_is_refused_before_parsing() -> None:
    levels = ['<!ENTITY a0 "lol">'] + [
        f'<!ENTITY a{i} "{f"&a{i - 1};" * 10}">' for i in range(1, 10)
    ]
    bomb = (
        f'<?xml version="1.0"?><!DOCTYPE rss [{"".join(levels)}]>'
        '<rss version="2.0"><channel><title>&a9;</title></channel></rss>'
    ).encode()
    (rejection,) = read_feed(bomb, "bomb.xml")
    assert rejection == Rejection(
        "bomb.xml", "refused: the XML declares a DOCTYPE (DTDs are not accepted)"
    )


def test_external_entity_is_refused() -> None:
    xxe = (
        b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        b'<rss version="2.0"><channel><title>&x;</title></channel></rss>'
    )
    (rejection,) = read_feed(xxe, "xxe.xml")
    assert isinstance(rejection, Rejection) and rejection.reason.startswith("refused:")


def test_malformed_feed_without_entries_is_rejected() -> None:
    (rejection,) = read_feed(
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>x</ti', "m.xml"
    )
    assert isinstance(rejection, Rejection)
    assert rejection.reason.startswith("malformed feed XML (")


def test_malformed_feed_gives_its_entries_then_a_rejection() -> None:
    feed = rss2(
        f"<item><title>Kept</title><link>https://g.example/k</link>"
        f"<description><![CDATA[{BODY}]]></description></item><item><title>cut"
    )[: -len("</channel></rss>")]
    items = list(read_feed(feed, "m.xml"))
    assert isinstance(items[0], Document)
    assert "feed XML is not well-formed; entry read leniently" in items[0].notes
    assert isinstance(items[-1], Rejection) and items[-1].source == "m.xml"
    assert items[-1].reason.startswith("malformed feed XML (")


def test_xml_that_is_not_a_feed_and_feed_without_entries() -> None:
    assert list(read_feed(b'<?xml version="1.0"?><catalog><book/></catalog>', "c.xml")) == [
        Rejection("c.xml", "XML document is not an RSS or Atom feed")
    ]
    assert list(read_feed(rss2(""), "e.xml")) == [Rejection("e.xml", "feed holds no entries")]


def test_atom_plain_text_content_becomes_a_text_document() -> None:
    body = " ".join(["The river rose again on Friday."] * 20)
    feed = (
        '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>'
        '<entry><title>T</title><link href="https://a.example/1"/>'
        f'<content type="text">{body}</content></entry></feed>'
    ).encode()
    (doc,) = read_feed(feed, "a.atom")
    assert isinstance(doc, Document)
    assert (doc.kind, doc.content, doc.url) == ("text", body, "https://a.example/1")


def test_doctype_inside_cdata_is_content_but_outside_it_is_refused() -> None:
    page = f"<!DOCTYPE html><html><body>{BODY}</body></html>"
    feed = rss2(
        f"<item><title>T</title><link>https://g.example/x</link>"
        f"<content:encoded><![CDATA[{page}]]></content:encoded></item>"
    )
    (doc,) = read_feed(feed, "f.xml")
    assert isinstance(doc, Document)
    late = b'<?xml version="1.0"?><!-- <a> --><!DOCTYPE rss [<!ENTITY x "y">]><rss/>'
    (rejection,) = read_feed(late, "late.xml")
    assert rejection == Rejection(
        "late.xml", "refused: the XML declares a DOCTYPE (DTDs are not accepted)"
    )
