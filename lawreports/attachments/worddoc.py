"""Word 97–2003 (`.doc`, and Kingsoft's `.wps`) text through antiword, Debian's reader of the
binary Word format.

No well-kept Python library reads this format; antiword is small, packaged by Debian and reads
the Unicode text of Chinese documents. It prints each paragraph on one line (`-w 0`) in UTF-8
and tables as `|cell|cell|` rows; headers and footers are left out. It runs in the worker
thread that reads attachments, bounded by a timeout.

Kingsoft WPS Writer (WPS Office 2005 and later) saves `.wps` in that same binary Word format:
an OLE compound file whose text is in its `WordDocument` stream (LibreOffice opens `.wps` with
its Word 97 filter for this reason), so antiword reads it as a `.doc`. A `.wps` that is not an
OLE file (WPS 2000 and earlier's own format) or whose OLE file antiword rejects (a Microsoft
Works document, which shares the extension) has no reader; the reason says which.
"""

from __future__ import annotations

import shutil
import subprocess

from lawreports.extract.text import squash_spaces

ANTIWORD = "antiword"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# A report of a few hundred pages is read in well under a second; a file that takes longer
# is not a document antiword can read.
TIMEOUT_S = 30


class ReaderMissing(RuntimeError):
    """The program that reads this format is not installed."""


def doc_paragraphs(data: bytes) -> list[str]:
    program = shutil.which(ANTIWORD)
    if program is None:
        raise ReaderMissing(f"{ANTIWORD} is not installed (apt-get install {ANTIWORD})")
    done = subprocess.run(
        [program, "-m", "UTF-8.txt", "-w", "0", "-"],
        input=data,
        capture_output=True,
        timeout=TIMEOUT_S,
        check=False,
    )
    if done.returncode != 0:
        said = done.stderr.decode("utf-8", errors="replace").strip().removeprefix("- ")
        raise ValueError(f"{ANTIWORD}: {said or f'exited with {done.returncode}'}")
    lines = done.stdout.decode("utf-8", errors="replace").split("\n")
    return [text for text in map(_paragraph, lines) if text]


def wps_paragraphs(data: bytes) -> list[str]:
    """A Kingsoft `.wps` read as the Word 97 file it usually is; a clear reason when not."""
    if not data.startswith(_OLE):
        raise ValueError(
            "wps file is not an OLE compound file (WPS 2000 or older format): no reader for it"
        )
    try:
        return doc_paragraphs(data)
    except ValueError as exc:
        raise ValueError(f"wps file is not in Word 97 format (Microsoft Works?): {exc}") from exc


def _paragraph(line: str) -> str:
    """A paragraph line as it is; a table row (`|项目   |数量   |`) as its cells, spaced."""
    if line.startswith("|"):
        return " ".join(filter(None, (squash_spaces(cell) for cell in line.split("|"))))
    return squash_spaces(line)
