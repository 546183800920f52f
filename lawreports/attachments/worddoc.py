"""Word 97–2003 (`.doc`) text through antiword, Debian's reader of the binary Word format.

No well-kept Python library reads this format; antiword is small, packaged by Debian and reads
the Unicode text of Chinese documents. It prints each paragraph on one line (`-w 0`) in UTF-8
and tables as `|cell|cell|` rows; headers and footers are left out. It runs in the worker
thread that reads attachments, bounded by a timeout.
"""

from __future__ import annotations

import shutil
import subprocess

from lawreports.extract.text import squash_spaces

ANTIWORD = "antiword"
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


def _paragraph(line: str) -> str:
    """A paragraph line as it is; a table row (`|项目   |数量   |`) as its cells, spaced."""
    if line.startswith("|"):
        return " ".join(filter(None, (squash_spaces(cell) for cell in line.split("|"))))
    return squash_spaces(line)
