"""OFD files (GB/T 33190) as offices' converters write them, for the fixture web and the unit
tests: a ZIP of `OFD.xml`, `Doc_0/Document.xml` (page list, template pages, resources) and one
`Content.xml` per page and template, the text in `TextObject`/`TextCode` elements.

Converters differ in how they cut text into TextCodes, and each way is here (`mode`):
`line` one TextCode per printed line with a `DeltaX` list (`g 27 5.57` when the advances are
equal); `char` one TextCode per character, only the first giving `Y`; `run` a TextCode per run
of a few characters, each with its own `DeltaX` list; `ctm` per-line TextCodes in points inside
a TextObject whose `CTM` scales them to millimetres. Lengths are millimetres, `y` a baseline
measured from the top of the page.
"""

from __future__ import annotations

import io
import unicodedata
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

NS = 'xmlns:ofd="http://www.ofdspec.org/2016"'
XML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n'
PT = 25.4 / 72  # one point in mm
A4 = (210.0, 297.0)
LEFT, RIGHT = 28.0, 184.0  # the text block of a 公文 (GB/T 9704): 156 mm, 28 characters
BODY = 5.5  # 三号 (16 pt) is 5.6 mm; the advance is spread to 156 / 28
PITCH = 10.2  # 22 lines a page
TOP, BOTTOM = 42.0, 262.0  # first baseline, lowest baseline
NO_LINE_START = set("，。、；：？！”’）》」』】,.;:?!)%")
NO_LINE_END = set("“‘（《「『【(")


@dataclass(frozen=True)
class Text:
    """A piece of text as it prints: `x` its left edge, `y` its baseline, `advances` the
    distance from each character to the next (all but the last; the font's widths if empty)."""

    text: str
    x: float
    y: float
    size: float
    advances: tuple[float, ...] = ()

    def steps(self) -> list[float]:
        if self.advances:
            return list(self.advances)
        return [width(ch, self.size) for ch in self.text[:-1]]


@dataclass
class OfdDoc:
    """Pages of text; `templates` by ID, and which templates each page draws beneath it."""

    pages: list[list[Text]]
    templates: dict[str, list[Text]] = field(default_factory=dict)
    page_templates: list[list[str]] = field(default_factory=list)
    title: str = ""


def width(char: str, size: float) -> float:
    return size if unicodedata.east_asian_width(char) in "WF" else size * 0.5


def text_width(text: str, size: float) -> float:
    return sum(width(ch, size) for ch in text)


def _delta_list(steps: Sequence[float]) -> str:
    """`DeltaX` as converters write it: `g <n> <value>` for a repeated advance."""
    if steps and all(abs(s - steps[0]) < 1e-6 for s in steps):
        return f"g {len(steps)} {steps[0]:.3f}" if len(steps) > 1 else f"{steps[0]:.3f}"
    return " ".join(f"{s:.3f}" for s in steps)


def _object(uid: int, piece: Text, mode: str) -> str:
    """One TextObject for a piece, its TextCodes cut as `mode` says."""
    steps = piece.steps()
    box = f"{piece.x:.3f} {piece.y - piece.size:.3f} {text_width(piece.text, piece.size) + 2:.3f} {piece.size * 1.4:.3f}"
    head = f'<ofd:TextObject ID="{uid}" Boundary="{box}" Font="3" Size="{piece.size:.3f}">'
    base = piece.size  # the baseline within the Boundary
    codes: list[str] = []
    if mode == "char":
        x = 0.0
        for k, ch in enumerate(piece.text):
            y_attr = f' Y="{base:.3f}"' if k == 0 else ""
            codes.append(f'<ofd:TextCode X="{x:.3f}"{y_attr}>{escape(ch)}</ofd:TextCode>')
            x += steps[k] if k < len(steps) else 0.0
    elif mode == "run":
        x, at = 0.0, 0
        while at < len(piece.text):
            chunk = piece.text[at : at + 5]
            inner = steps[at : at + len(chunk) - 1]
            delta = f' DeltaX="{" ".join(f"{s:.3f}" for s in inner)}"' if inner else ""
            codes.append(
                f'<ofd:TextCode X="{x:.3f}" Y="{base:.3f}"{delta}>{escape(chunk)}</ofd:TextCode>'
            )
            x += sum(steps[at : at + len(chunk)])
            at += len(chunk)
    elif mode == "ctm":
        size_pt = piece.size / PT
        delta = f' DeltaX="{_delta_list([s / PT for s in steps])}"' if steps else ""
        head = (
            f'<ofd:TextObject ID="{uid}" Boundary="{box}" Font="3" Size="{size_pt:.3f}"'
            f' CTM="{PT:.6f} 0 0 {PT:.6f} 0 0">'
        )
        codes.append(
            f'<ofd:TextCode X="0" Y="{base / PT:.3f}"{delta}>{escape(piece.text)}</ofd:TextCode>'
        )
    else:
        delta = f' DeltaX="{_delta_list(steps)}"' if steps else ""
        codes.append(
            f'<ofd:TextCode X="0" Y="{base:.3f}"{delta}>{escape(piece.text)}</ofd:TextCode>'
        )
    return head + '<ofd:FillColor Value="0 0 0"/>' + "".join(codes) + "</ofd:TextObject>"


def _content(root: str, pieces: Sequence[Text], mode: str, uid: int, before: str = "") -> str:
    objects = "".join(_object(uid + k, piece, mode) for k, piece in enumerate(pieces))
    return (
        f"{XML_HEAD}<ofd:{root} {NS}>{before}<ofd:Content>"
        f'<ofd:Layer ID="{uid - 1}">{objects}</ofd:Layer></ofd:Content></ofd:{root}>'
    )


def ofd_bytes(doc: OfdDoc, mode: str = "line") -> bytes:
    """The OFD package of `doc`, its TextCodes cut as `mode` says."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr(
            "OFD.xml",
            f'{XML_HEAD}<ofd:OFD {NS} Version="1.1" DocType="OFD"><ofd:DocBody><ofd:DocInfo>'
            f"<ofd:DocID>6c1f0e3a9b2d4c5e8f60718293a4b5c6</ofd:DocID><ofd:Title>{escape(doc.title)}"
            "</ofd:Title><ofd:Creator>OFD Writer</ofd:Creator></ofd:DocInfo>"
            "<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>",
        )
        templates = "".join(
            f'<ofd:TemplatePage ID="{tid}" BaseLoc="Tpls/Tpl_{tid}/Content.xml"/>'
            for tid in doc.templates
        )
        pages = "".join(
            f'<ofd:Page ID="{100 + n}" BaseLoc="Pages/Page_{n}/Content.xml"/>'
            for n in range(len(doc.pages))
        )
        z.writestr(
            "Doc_0/Document.xml",
            f"{XML_HEAD}<ofd:Document {NS}><ofd:CommonData><ofd:MaxUnitID>99999</ofd:MaxUnitID>"
            f"<ofd:PageArea><ofd:PhysicalBox>0 0 {A4[0]} {A4[1]}</ofd:PhysicalBox></ofd:PageArea>"
            f"<ofd:PublicRes>PublicRes.xml</ofd:PublicRes>{templates}</ofd:CommonData>"
            f"<ofd:Pages>{pages}</ofd:Pages></ofd:Document>",
        )
        z.writestr(
            "Doc_0/PublicRes.xml",
            f'{XML_HEAD}<ofd:Res {NS} BaseLoc="Res"><ofd:Fonts>'
            '<ofd:Font ID="3" FontName="仿宋_GB2312" FamilyName="仿宋"/></ofd:Fonts></ofd:Res>',
        )
        for k, (tid, pieces) in enumerate(doc.templates.items()):
            z.writestr(
                f"Doc_0/Tpls/Tpl_{tid}/Content.xml",
                _content("Page", pieces, mode, 1000 * (k + 1)),
            )
        for n, pieces in enumerate(doc.pages):
            used = doc.page_templates[n] if n < len(doc.page_templates) else []
            refs = "".join(
                f'<ofd:Template TemplateID="{tid}" ZOrder="Background"/>' for tid in used
            )
            z.writestr(
                f"Doc_0/Pages/Page_{n}/Content.xml",
                _content("Page", pieces, mode, 100000 * (n + 1), before=refs),
            )
    return out.getvalue()


def wrap(text: str, size: float, first: float, measure: float) -> list[str]:
    """Lines as a word processor breaks them: by width, a closing mark never starting a line,
    an opening mark never ending one."""
    lines: list[str] = []
    line = ""
    avail = measure - first
    for ch in text:
        if text_width(line + ch, size) > avail + 0.01 and line and ch not in NO_LINE_START:
            carry = ""
            while line and line[-1] in NO_LINE_END:
                carry, line = line[-1] + carry, line[:-1]
            lines.append(line)
            line = carry
            avail = measure
        line += ch
    if line:
        lines.append(line)
    return lines


def justified(text: str, x: float, y: float, size: float, fill: float) -> Text:
    """A line spread to `fill` mm (两端对齐), or set at its natural width when `fill` is 0."""
    steps = [width(ch, size) for ch in text[:-1]]
    if fill and len(text) > 1:
        extra = (fill - text_width(text, size)) / (len(text) - 1)
        steps = [s + extra for s in steps]
    return Text(text, x, y, size, tuple(steps))


def centred(text: str, y: float, size: float) -> Text:
    return Text(text, (A4[0] - text_width(text, size)) / 2, y, size)


@dataclass
class Gongwen:
    """A 公文 as an OA system exports it to OFD: the 版头 (发文机关标志, 发文字号) in a template
    drawn on the first page, a running header in a template drawn on every page, `— N —` at
    each foot, the title, 主送, the paragraphs, 署名 and 成文日期, and optionally a 版记."""

    title_lines: Sequence[str]
    paragraphs: Sequence[str]
    running_header: str
    red_head: tuple[str, str] | None = None
    addressee: str | None = None
    signature: str | None = None
    date: str | None = None  # as printed
    banji: tuple[str, str, str] | None = None  # (抄送, 印发机关, 印发日期)


def gongwen_doc(doc: Gongwen) -> OfdDoc:
    pages: list[list[Text]] = [[]]
    y = TOP + (70.0 if doc.red_head else 0.0)

    def put(piece_text: str, x: float, fill: float = 0.0, size: float = BODY) -> None:
        nonlocal y
        if y > BOTTOM:
            pages.append([])
            y = TOP
        pages[-1].append(justified(piece_text, x, y, size, fill))
        y += PITCH

    for line in doc.title_lines:
        pages[-1].append(centred(line, y, 7.7))
        y += 12.0
    y += PITCH / 2
    if doc.addressee:
        put(doc.addressee, LEFT)
    measure = RIGHT - LEFT
    for para in doc.paragraphs:
        lines = wrap(para, BODY, 2 * BODY, measure)
        for k, text in enumerate(lines):
            indent = 2 * BODY if k == 0 else 0.0
            put(text, LEFT + indent, measure - indent if k < len(lines) - 1 else 0.0)
    if doc.signature and doc.date:
        y += 2 * PITCH
        date_x = RIGHT - 4 * BODY - text_width(doc.date, BODY)
        sig_x = date_x + (text_width(doc.date, BODY) - text_width(doc.signature, BODY)) / 2
        put(doc.signature, sig_x)
        put(doc.date, date_x)
    if doc.banji:  # at the foot of the last page: 抄送, then 印发机关 and 印发日期 on one line
        cc, printer, printed = doc.banji
        if y > BOTTOM - 2:
            pages.append([])
        size = 4.9
        pages[-1].append(Text(cc, LEFT + size, BOTTOM, size))
        pages[-1].append(Text(printer, LEFT + size, BOTTOM + 8.0, size))
        pages[-1].append(
            Text(printed, RIGHT - size - text_width(printed, size), BOTTOM + 8.0, size)
        )
    for n, page in enumerate(pages, 1):
        page.append(centred(f"— {n} —", 282.0, 4.9))
    templates = {"1": [Text(doc.running_header, LEFT, 16.0, 3.2)]}
    used = [["1"] for _ in pages]
    if doc.red_head:
        mark, number = doc.red_head
        templates["2"] = [centred(mark, 62.0, 12.0), centred(number, 90.0, BODY)]
        used[0] = ["2", "1"]
    return OfdDoc(pages, templates, used, title="".join(doc.title_lines))


def gongwen_ofd(doc: Gongwen, mode: str = "line") -> bytes:
    return ofd_bytes(gongwen_doc(doc), mode)


def encrypted(data: bytes) -> bytes:
    """The same package with every part marked encrypted (the ZIP flag a password sets): a
    reader without the password gets no part out."""
    out = bytearray(data)
    at = out.find(b"PK\x01\x02")
    while at >= 0:
        out[at + 8] |= 0x01  # general purpose flag, bit 0: encrypted
        at = out.find(b"PK\x01\x02", at + 4)
    return bytes(out)


def without_namespace(data: bytes) -> bytes:
    """The same package as producers write it without the `ofd:` prefix and namespace."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            text = src.read(info).decode("utf-8").replace(f" {NS}", "").replace("ofd:", "")
            dst.writestr(info.filename, text)
    return out.getvalue()
