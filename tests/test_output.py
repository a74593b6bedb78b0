"""Report writers: text and UTF-8 pieces (cnilpolicy.output.Chunk) give the same report."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from cnilpolicy.output import Chunk, write_file, write_stream

# A JSON batch gives orjson's bytes as views; the other pieces are text.
PIECES: list[Chunk] = [
    '{\n  "manifests": [\n',
    memoryview('    "Données de santé…"'.encode()),
    "\n",
]
TEXT = '{\n  "manifests": [\n    "Données de santé…"\n'


def test_a_file_gets_text_and_bytes_pieces_in_utf8(tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    write_file(target, iter(PIECES))
    assert target.read_bytes() == TEXT.encode("utf-8")


def test_a_file_that_is_not_regular_is_written_in_place(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    try:
        write_file(fifo, iter(PIECES))
        assert os.read(reader, 1 << 16) == TEXT.encode("utf-8")
    finally:
        os.close(reader)


def test_a_utf8_standard_output_gets_the_bytes() -> None:
    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding="utf-8", newline="")
    stream.write("before: ")  # text the stream still held is written first
    write_stream(stream, iter(PIECES))
    assert raw.getvalue() == ("before: " + TEXT).encode("utf-8")


@pytest.mark.parametrize("encoding", ["cp1252", "utf-16"])
def test_a_standard_output_in_another_encoding_encodes_the_text_itself(encoding: str) -> None:
    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding=encoding, newline="")
    write_stream(stream, iter(PIECES))
    assert raw.getvalue() == TEXT.encode(encoding)


def test_a_stream_of_text_only_gets_the_text() -> None:
    stream = io.StringIO()
    write_stream(stream, iter(PIECES))
    assert stream.getvalue() == TEXT
