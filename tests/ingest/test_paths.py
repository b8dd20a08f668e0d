"""Tests for reading files and folders, and for every way a file can be bad."""

from __future__ import annotations

import gzip
import io
import os
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsprism.ingest.paths import read_path
from newsprism.model import Document, Rejection
from newsprism.settings import Settings

SETTINGS = Settings(max_bytes=2_000)


def read(path: Path | str, settings: Settings = SETTINGS) -> list[Document | Rejection]:
    """Everything read_path yields for ``path``."""
    return list(read_path(str(path), settings))  # type: ignore[arg-type]


def test_folder_is_read_recursively_in_sorted_order_skipping_hidden(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "b" / "2.txt").write_text("Second story.")
    (tmp_path / "a.md").write_text("First story.")
    (tmp_path / "c.html").write_text("<html><body><p>Third</p></body></html>")
    (tmp_path / ".hidden.txt").write_text("secret")
    (tmp_path / ".git" / "config.txt").write_text("core")
    items = read(tmp_path)
    assert [(item.source, item.kind) for item in items if isinstance(item, Document)] == [
        (str(tmp_path / "a.md"), "text"),
        (str(tmp_path / "b" / "2.txt"), "text"),
        (str(tmp_path / "c.html"), "html"),
    ]
    assert len(items) == 3


def test_missing_path_is_rejected(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    assert read(missing) == [Rejection(str(missing), "no such file or directory")]


def test_empty_file_and_oversized_file_are_rejected_before_reading(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    big = tmp_path / "big.txt"
    big.write_bytes(b"word " * 1000)
    assert read(empty) == [Rejection(str(empty), "empty file")]
    assert read(big) == [Rejection(str(big), "file too large: 5000 bytes, max_bytes is 2000")]


def test_binary_files_are_rejected_by_content_whatever_their_name(tmp_path: Path) -> None:
    png = tmp_path / "photo.txt"
    png.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(50))
    elf = tmp_path / "tool"
    elf.write_bytes(b"\x7fELF\x02\x01\x01" + bytes(50))
    assert read(png) == [
        Rejection(str(png), "binary file (PNG image), not a format newsprism reads")
    ]
    assert read(elf) == [
        Rejection(str(elf), "binary file (ELF executable), not a format newsprism reads")
    ]


def test_truncated_gzip_file_is_rejected(tmp_path: Path) -> None:
    cut = tmp_path / "page.html.gz"
    cut.write_bytes(gzip.compress(b"<html><body>" + b"<p>text</p>" * 40)[:-10])
    assert read(cut) == [
        Rejection(str(cut), "truncated gzip file (the compressed stream ends early)")
    ]


def test_folder_with_nothing_readable_is_rejected_after_its_files(tmp_path: Path) -> None:
    (tmp_path / "x.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (tmp_path / "y.txt").write_bytes(b"")
    items = read(tmp_path)
    assert [item.source for item in items] == [
        str(tmp_path / "x.png"),
        str(tmp_path / "y.txt"),
        str(tmp_path),
    ]
    assert items[-1] == Rejection(
        str(tmp_path), "nothing readable in this folder (2 files, all rejected)"
    )


def test_empty_folder_is_rejected(tmp_path: Path) -> None:
    (tmp_path / ".only-hidden").write_text("x")
    assert read(tmp_path) == [
        Rejection(str(tmp_path), "folder holds no files (hidden ones are skipped)")
    ]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_special_file_is_rejected_without_blocking(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    assert read(pipe) == [Rejection(str(pipe), "not a regular file (a device, socket or pipe)")]


def test_folder_symlink_loop_is_read_once(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Story text.")
    (tmp_path / "loop").symlink_to(tmp_path)
    assert [item.source for item in read(tmp_path)] == [str(tmp_path / "a.txt")]


def test_warc_larger_than_max_bytes_is_streamed_by_record(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    for n in range(4):
        body = (
            f"<html><body><p>Story {n} ".encode()
            + os.urandom(300).hex().encode()
            + b"</p></body></html>"
        )
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.0")
        writer.write_record(
            writer.create_warc_record(
                f"https://n.example/{n}", "response", payload=io.BytesIO(body), http_headers=headers
            )
        )
    crawl = tmp_path / "crawl.warc.gz"
    crawl.write_bytes(buffer.getvalue())
    assert crawl.stat().st_size > SETTINGS.max_bytes
    items = read(crawl)
    assert [item.url for item in items if isinstance(item, Document)] == [
        f"https://n.example/{n}" for n in range(4)
    ]
    assert items[0].source == f"{crawl}#https://n.example/0"


def test_seed_articles_read_as_text(seeds: dict[str, Path]) -> None:
    for path in seeds.values():
        (doc,) = read(path, Settings())
        assert isinstance(doc, Document)
        assert (doc.source, doc.kind, doc.notes) == (str(path), "text", [])
        assert doc.content == path.read_text(encoding="utf-8")


def test_benchmark_pages_read_as_html(shared_data: Path) -> None:
    folder = shared_data / "bench" / "extraction-aeb" / "html"
    items = read(folder, Settings())
    assert len(items) == len(list(folder.glob("*.html.gz"))) == 181
    assert all(isinstance(item, Document) and item.kind == "html" for item in items)
