"""OFD (GB/T 33190) text with the standard library's zipfile and lxml.

An OFD is a ZIP of XML parts: `OFD.xml` → `DocBody/DocRoot` (a `Document.xml`) → `Pages/Page`
`BaseLoc` → each page's `Content.xml`, whose `Layer`s hold `TextObject`s (a `Boundary`, a
`Size`, an optional `CTM`) of `TextCode`s (`X`, `Y` baseline, `DeltaX` advances, the text).
A page may draw a `TemplatePage` (often a 公文's 版头 or a running header) beneath its own
content. Each `TextCode` is placed where it prints, the pieces on one baseline become a line,
and the lines go through the PDF path's layout step, so an OFD reads like the PDF of the same
document. No OFD reader on the registry was both settled and light (ofdkit is a 0.x alpha
whose API may still change; easyofd pulls in PyMuPDF and reportlab to render pages).
"""

from __future__ import annotations

import io
import math
import posixpath
import unicodedata
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import pairwise

from lxml import etree

from lawreports.attachments.layout import Line, Page, paragraphs, strip_page_furniture

# OFD lengths are millimetres; the layout step was tuned on PDF points.
MM_TO_PT = 72 / 25.4
DEFAULT_BOX = (0.0, 0.0, 210.0, 297.0)  # A4, when neither the page nor the document says
# Bounds against zip bombs and endless documents: one part, all parts, pages read.
MAX_PART_BYTES = 16 * 1024 * 1024
MAX_READ_BYTES = 96 * 1024 * 1024
MAX_PAGES = 500
# Pieces whose baselines differ by less than this share of the font size print on one line.
BASELINE_TOLERANCE = 0.3
# A gap wider than this many font sizes splits a baseline into two lines (a table's cells, a
# signature beside a date), as pdfminer's `char_margin=2.0` does for PDFs.
RUN_GAP = 2.0
# Where a glyph box sits around its baseline, in font sizes (ascent, descent).
ASCENT, DESCENT = 0.85, 0.15


class OfdError(ValueError):
    """A file that is no readable OFD: broken, encrypted, or past a bound."""


@dataclass(frozen=True)
class Run:
    """One TextCode as printed: its text, left edge and baseline on the page, in mm."""

    text: str
    x: float
    y: float
    size: float
    width: float


@dataclass
class _Package:
    """The ZIP's parts by normalised name, read within the size bounds."""

    archive: zipfile.ZipFile
    parts: dict[str, zipfile.ZipInfo]
    folded: dict[str, str]
    spent: int = 0
    templates: dict[str, list[Run]] = field(default_factory=dict)

    @classmethod
    def open(cls, data: bytes) -> _Package:
        try:
            archive = zipfile.ZipFile(io.BytesIO(data))
        except (zipfile.BadZipFile, ValueError, EOFError) as exc:
            raise OfdError(f"not a ZIP container: {exc}") from exc
        parts = {_normalise(i.filename): i for i in archive.infolist() if not i.is_dir()}
        return cls(archive, parts, {name.casefold(): name for name in parts})

    def find(self, name: str) -> str | None:
        name = _normalise(name)
        return name if name in self.parts else self.folded.get(name.casefold())

    def resolve(self, base: str, location: str | None) -> str | None:
        """A `BaseLoc`/`DocRoot` as written in `base`: relative to `base`'s folder, or absolute
        from the root; producers get this wrong often enough that the root is tried too."""
        location = (location or "").strip().replace("\\", "/")
        if not location:
            return None
        if location.startswith("/"):
            candidates = [location]
        else:
            candidates = [posixpath.join(posixpath.dirname(base), location), location]
        for candidate in candidates:
            found = self.find(posixpath.normpath(_normalise(candidate)))
            if found is not None:
                return found
        return None

    def xml(self, name: str) -> etree._Element:
        info = self.parts[name]
        if info.file_size > MAX_PART_BYTES or self.spent + info.file_size > MAX_READ_BYTES:
            raise OfdError(f"{name}: too large ({info.file_size} bytes)")
        try:
            with self.archive.open(info) as stream:
                data = stream.read(MAX_PART_BYTES + 1)
        except (zipfile.BadZipFile, zlib.error, RuntimeError, NotImplementedError, OSError) as exc:
            # RuntimeError: an encrypted part; NotImplementedError: an unknown compression
            raise OfdError(f"cannot read {name}: {exc}") from exc
        self.spent += len(data)
        parser = etree.XMLParser(
            resolve_entities=False, no_network=True, load_dtd=False, recover=True
        )
        root = etree.fromstring(data, parser)
        if root is None:
            raise OfdError(f"{name}: no XML")
        return root


def _normalise(name: str) -> str:
    return name.replace("\\", "/").lstrip("/").removeprefix("./")


def _local(element: etree._Element) -> str:
    tag = element.tag
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _children(element: etree._Element | None, name: str) -> Iterator[etree._Element]:
    """Children by local name: producers use several namespace URIs, or none."""
    if element is not None:
        yield from (child for child in element if _local(child) == name)


def _child(element: etree._Element | None, name: str) -> etree._Element | None:
    return next(_children(element, name), None)


def _numbers(value: str | None) -> list[float]:
    out = []
    for token in (value or "").replace(",", " ").split():
        try:
            number = float(token)
        except ValueError:
            continue
        if math.isfinite(number):
            out.append(number)
    return out


def _box(element: etree._Element | None) -> tuple[float, float, float, float] | None:
    numbers = _numbers(element.text if element is not None else None)
    return (numbers[0], numbers[1], numbers[2], numbers[3]) if len(numbers) >= 4 else None


def deltas(value: str | None, limit: int) -> list[float]:
    """A `DeltaX` list with its `g <count> <value>` shorthand expanded, at most `limit` long
    (so a huge repeat count costs nothing)."""
    tokens = (value or "").split()
    out: list[float] = []
    at = 0
    while at < len(tokens) and len(out) < limit:
        if tokens[at] == "g" and at + 2 < len(tokens):
            count, step = _numbers(tokens[at + 1]), _numbers(tokens[at + 2])
            if count and step:
                out.extend([step[0]] * max(0, min(int(count[0]), limit - len(out))))
            at += 3
            continue
        out.extend(_numbers(tokens[at]))
        at += 1
    return out[:limit]


def _char_width(char: str, size: float) -> float:
    return size if unicodedata.east_asian_width(char) in "WF" else size * 0.5


def _printable(text: str | None) -> str:
    return "".join(
        " " if ch == "\t" else ch
        for ch in text or ""
        if ch == "\t" or unicodedata.category(ch) != "Cc"
    )


def text_object_runs(obj: etree._Element) -> list[Run]:
    """The TextCodes of a TextObject placed on the page: `X`/`Y` are in the object's space
    (its `CTM`, then its `Boundary`'s origin); a TextCode without `X` or `Y` keeps the
    previous one's."""
    left, top = [*_numbers(obj.get("Boundary")), 0.0, 0.0][:2]
    ctm = _numbers(obj.get("CTM"))
    a, b, c, d, e, f = ctm[:6] if len(ctm) >= 6 else (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
    size = (_numbers(obj.get("Size")) or [0.0])[0]
    scale = math.sqrt(abs(a * d - b * c)) or 1.0
    runs: list[Run] = []
    x = y = 0.0
    for code in _children(obj, "TextCode"):
        x = (_numbers(code.get("X")) or [x])[0]
        y = (_numbers(code.get("Y")) or [y])[0]
        text = _printable(code.text)
        if not text:  # a space of its own still parts two words
            continue
        steps = deltas(code.get("DeltaX"), len(text) - 1)
        advance = sum(steps) + sum(_char_width(ch, size) for ch in text[len(steps) :])
        runs.append(
            Run(
                text=text,
                x=left + a * x + c * y + e,
                y=top + b * x + d * y + f,
                size=size * scale,
                width=advance * (math.hypot(a, b) or 1.0),
            )
        )
    return runs


def content_runs(root: etree._Element) -> list[Run]:
    """Every TextObject of a page's or template's content, in PageBlocks too."""
    content = _child(root, "Content")
    if content is None:
        return []
    return [run for obj in content.iter("{*}TextObject") for run in text_object_runs(obj)]


def _dedupe(runs: list[Run]) -> list[Run]:
    """A run drawn twice at one spot (fake bold, a shadow) is read once."""
    seen: set[tuple[str, int, int]] = set()
    out = []
    for run in runs:
        key = (run.text, round(run.x * 2), round(run.y * 2))
        if key not in seen:
            seen.add(key)
            out.append(run)
    return out


def _baselines(runs: list[Run]) -> list[list[Run]]:
    """Runs grouped by baseline (within a share of the font size), each group left to right."""
    groups: list[list[Run]] = []
    for run in sorted(runs, key=lambda r: (r.y, r.x)):
        last = groups[-1] if groups else None
        if last and run.y - last[0].y <= BASELINE_TOLERANCE * max(run.size, last[0].size, 0.1):
            last.append(run)
        else:
            groups.append([run])
    return [sorted(group, key=lambda r: r.x) for group in groups]


def _glue(left: Run, right: Run) -> str:
    """What stands between two pieces of a line: nothing in Chinese text (justified spacing
    is no space), a space where a gap parts two Latin words or numbers."""
    gap = right.x - (left.x + left.width)
    a, b = left.text[-1:], right.text[:1]
    latin = a.isascii() and b.isascii() and a.isalnum() and b.isalnum()
    return " " if latin and gap > 0.2 * max(left.size, right.size) else ""


def _segments(group: list[Run]) -> Iterator[list[Run]]:
    """A baseline cut where a gap is wider than `RUN_GAP` characters."""
    current: list[Run] = []
    for run in group:
        if current:
            prev = current[-1]
            if run.x - (prev.x + prev.width) > RUN_GAP * max(run.size, prev.size):
                yield current
                current = []
        current.append(run)
    if current:
        yield current


def _line(segment: list[Run], baseline: float) -> Line:
    text = segment[0].text
    for left, right in pairwise(segment):
        text += _glue(left, right) + right.text
    size = max(run.size for run in segment)
    return Line(
        text=text.strip(),
        x0=segment[0].x * MM_TO_PT,
        x1=max(run.x + run.width for run in segment) * MM_TO_PT,
        top=(baseline - size * ASCENT) * MM_TO_PT,
        bottom=(baseline + size * DESCENT) * MM_TO_PT,
    )


def runs_to_page(runs: list[Run], box: tuple[float, float, float, float]) -> Page:
    """Positioned runs → the lines of one page, in points, y growing downwards."""
    lines = [
        _line(segment, group[0].y)
        for group in _baselines(_dedupe(runs))
        for segment in _segments(group)
    ]
    return Page(box[2] * MM_TO_PT, box[3] * MM_TO_PT, [ln for ln in lines if ln.text])


def _template_runs(package: _Package, templates: dict[str, str], ref: str) -> list[Run]:
    """A template page's runs (read once, however many pages draw it)."""
    location = templates.get(ref)
    if location is None:
        return []
    if location not in package.templates:
        package.templates[location] = content_runs(package.xml(location))
    return package.templates[location]


def _documents(package: _Package) -> Iterator[str]:
    entry = package.find("OFD.xml")
    if entry is None:
        raise OfdError("no OFD.xml")
    for body in _children(package.xml(entry), "DocBody"):
        root = _child(body, "DocRoot")
        found = package.resolve(entry, root.text if root is not None else None)
        if found is not None:
            yield found


def _document_pages(package: _Package, document: str, budget: int) -> Iterator[Page]:
    root = package.xml(document)
    common = _child(root, "CommonData")
    default_box = _box(_child(_child(common, "PageArea"), "PhysicalBox")) or DEFAULT_BOX
    templates = {
        (t.get("ID") or "").strip(): found
        for t in _children(common, "TemplatePage")
        if (found := package.resolve(document, t.get("BaseLoc"))) is not None
    }
    for ref in list(_children(_child(root, "Pages"), "Page"))[:budget]:
        location = package.resolve(document, ref.get("BaseLoc"))
        if location is None:
            continue
        page = package.xml(location)
        box = _box(_child(_child(page, "Area"), "PhysicalBox")) or default_box
        runs = [
            run
            for used in _children(page, "Template")
            for run in _template_runs(package, templates, used.get("TemplateID") or "")
        ]
        yield runs_to_page(runs + content_runs(page), box)


def ofd_pages(data: bytes, max_pages: int = 0) -> list[Page]:
    """Positioned text lines of each page, at most `max_pages` (or `MAX_PAGES`) of them."""
    package = _Package.open(data)
    limit = min(max_pages or MAX_PAGES, MAX_PAGES)
    pages: list[Page] = []
    for document in _documents(package):
        pages.extend(_document_pages(package, document, limit - len(pages)))
    if not pages:
        raise OfdError("no pages")
    return pages


def ofd_paragraphs(data: bytes, max_pages: int = 0) -> list[str]:
    """The document's paragraphs without page numbers and running headers/footers."""
    return paragraphs(strip_page_furniture(ofd_pages(data, max_pages)))
