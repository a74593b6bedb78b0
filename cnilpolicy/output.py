"""Writing reports: a file is complete or absent, and a signal never cuts one in half.

A report file is written to a temporary file in the same folder and renamed
over the target once whole: readers never see half a report, and a run that
fails or is interrupted leaves none. A report is made while the run goes on:
SIGINT and SIGTERM stop it at once, and are held only while the finished
report is put in place (renamed, or copied to standard output), then acted on
(exit 130).
"""

from __future__ import annotations

import codecs
import contextlib
import io
import os
import shutil
import signal
import stat
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import FrameType
from typing import IO, Any, TextIO, TypeAlias

from cnilpolicy.errors import CnilPolicyError, os_reason
from cnilpolicy.i18n import N_, Message

_SIGNALS = (signal.SIGINT, signal.SIGTERM)

#: A piece of a report: text, or text already encoded in UTF-8. A format whose
#: serialiser gives bytes (JSON, through orjson) hands them on as they are:
#: decoding each manifest's text only for the writer to encode it again cost
#: two copies of it both ways, a large part of a batch's own CPU
#: (benchmarks/README.md). Reports are written in UTF-8.
Chunk: TypeAlias = str | memoryview


def _encoded(piece: Chunk) -> bytes | memoryview:
    return piece.encode("utf-8") if isinstance(piece, str) else piece


def _write_all(handle: IO[bytes], chunks: Iterable[Chunk]) -> None:
    for piece in chunks:
        handle.write(_encoded(piece))


class OutputError(CnilPolicyError):
    """A report cannot be written where it was asked for (exit 2)."""


@contextlib.contextmanager
def signals_held() -> Iterator[None]:
    """SIGINT and SIGTERM wait until the block ends; then KeyboardInterrupt is raised."""
    received: list[int] = []

    def hold(signum: int, frame: FrameType | None) -> None:
        received.append(signum)

    try:
        previous = {number: signal.signal(number, hold) for number in _SIGNALS}
    except ValueError:  # not the main thread: signals cannot be handled here anyway
        yield
        return
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
    if received:
        raise KeyboardInterrupt


def _reason(error: OSError) -> Message | str:
    return os_reason(error)


def _cannot_write(path: object, error: OSError) -> OutputError:
    return OutputError(N_("cannot write {path}: {reason}"), path=path, reason=_reason(error))


def write_file(target: str | os.PathLike[str], chunks: Iterable[Chunk]) -> None:
    """Write the text of chunks to target, whole or not at all."""
    path = Path(target)
    try:
        status: os.stat_result | None = os.stat(path)
    except FileNotFoundError:
        status = None
    except OSError as error:
        raise _cannot_write(path, error) from None
    if status is not None and stat.S_ISDIR(status.st_mode):
        raise OutputError(N_("cannot write {path}: it is a folder"), path=path)
    if status is not None and not stat.S_ISREG(status.st_mode):
        # /dev/stdout, /dev/null, a FIFO: nothing to rename over, written in place.
        _write_in_place(path, chunks)
        return
    folder = path.parent
    if not folder.is_dir():
        message = N_("cannot write {path}: folder {folder} does not exist")
        raise OutputError(message, path=path, folder=folder)
    temporary = ""
    try:
        # Held while the file is made: a signal then would leave it behind unnamed.
        with signals_held():
            descriptor, temporary = tempfile.mkstemp(
                prefix=f".{path.name}.", suffix=".tmp", dir=folder
            )
        # The chunks may come for as long as the run lasts: a signal meanwhile stops
        # it at once, and the temporary file goes with it.
        with os.fdopen(descriptor, "wb") as handle:
            _write_all(handle, chunks)
            handle.flush()
            os.fsync(handle.fileno())
        with signals_held():
            os.chmod(temporary, _file_mode(status))
            os.replace(temporary, path)
    except OSError as error:
        _remove(temporary)
        raise _cannot_write(path, error) from None
    except BaseException:
        _remove(temporary)
        raise


def _file_mode(status: os.stat_result | None) -> int:
    if status is not None:
        return stat.S_IMODE(status.st_mode)
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def _remove(path: str) -> None:
    if not path:
        return
    with contextlib.suppress(OSError):
        os.unlink(path)


def _write_in_place(path: Path, chunks: Iterable[Chunk]) -> None:
    try:
        with _spooled(chunks) as data, signals_held(), path.open("wb") as handle:
            shutil.copyfileobj(data, handle)
    except OSError as error:
        raise _cannot_write(path, error) from None


@contextlib.contextmanager
def _spooled(chunks: Iterable[Chunk]) -> Iterator[IO[bytes]]:
    """The chunks' text in UTF-8, gathered (on disk once large) before anything is written out.

    They may come for as long as the run lasts, and a signal meanwhile stops it
    at once: only the copy that follows holds signals, so that it is whole.
    """
    with tempfile.SpooledTemporaryFile(max_size=_IN_MEMORY, mode="w+b") as spool:
        _write_all(spool, chunks)
        spool.seek(0)
        yield spool


#: Below this many bytes, a report on its way to standard output stays in memory.
_IN_MEMORY = 1 << 20


def append_file(target: str | os.PathLike[str], text: str) -> None:
    """Append text to a file others write to as well (GitHub's step summary), in one write."""
    with signals_held():
        try:
            with open(target, "a", encoding="utf-8") as handle:
                handle.write(text)
        except OSError as error:
            raise _cannot_write(target, error) from None


def write_stream(
    stream: TextIO, chunks: Iterable[Chunk], name: str = N_("standard output")
) -> None:
    """Write chunks to an open stream (standard output) once they are all there, signals held
    while it is written."""
    try:
        with _spooled(chunks) as data, signals_held():
            stream.flush()
            buffer = getattr(stream, "buffer", None)
            if buffer is not None and _writes_utf8(stream):
                shutil.copyfileobj(data, buffer)
                buffer.flush()
            else:  # another encoding, or a stream of text only: it encodes the text itself
                text = io.TextIOWrapper(data, encoding="utf-8", newline="")
                shutil.copyfileobj(text, stream)
                text.detach()
            stream.flush()
    except OSError as error:
        message = N_("cannot write to {name}: {reason}")
        raise OutputError(message, name=Message(name), reason=_reason(error)) from None


def _writes_utf8(stream: TextIO) -> bool:
    try:
        return codecs.lookup(stream.encoding or "").name == "utf-8"
    except LookupError:
        return False


def silence(stream: Any) -> None:
    """After a write error, point the stream at /dev/null: Python's exit would flush it again."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stream.fileno())
        os.close(devnull)
