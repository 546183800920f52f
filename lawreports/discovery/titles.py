"""Is this title an annual 法治政府建设 report? A rule over the vocabulary, tested on a table."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from lawreports.discovery.vocabulary import (
    HARD_NEGATIVES,
    NEXT_YEAR_PLAN,
    REPORT_FORMS,
    REPORT_SUBJECT,
    REPORT_YEAR,
)
from lawreports.extract.text import remove_spaces
from lawreports.pipelines.normalize import simplified


@dataclass(frozen=True)
class Verdict:
    is_report: bool
    reason: str
    mentions_subject: bool = False

    @property
    def maybe_report(self) -> bool:
        """Names the subject and is not a hard negative: a truncated title may still be one."""
        return self.is_report or (self.mentions_subject and not self.reason.startswith("hard"))


@dataclass(frozen=True)
class _Rules:
    subject: re.Pattern[str]
    form: re.Pattern[str]
    negative: re.Pattern[str]
    year: re.Pattern[str]
    next_year_plan: re.Pattern[str]


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    return _Rules(
        subject=re.compile(REPORT_SUBJECT),
        form=re.compile(rf"(?:{REPORT_SUBJECT}).*?(?:{'|'.join(REPORT_FORMS)})"),
        negative=re.compile("|".join(HARD_NEGATIVES)),
        year=re.compile(REPORT_YEAR),
        next_year_plan=re.compile(NEXT_YEAR_PLAN),
    )


_FULL_WIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_FULL_WIDTH_DIGIT: Final = re.compile("[０-９]")
_REPOST: Final = re.compile(r"^[\[【(（]?(?:转载|转发)[\]】)）]?")
_TRAILER: Final = re.compile(r"[(（【\[][^()（）【】\[\]]{0,12}[)）】\]]$")
# A trailer that names another document about the report (or a draft of it): kept, so the
# title is no report's.
_TRAILER_KEPT: Final = re.compile(r"解读|图解|一图|问答|意见稿|送审稿|草案|讨论稿")


# What the prefix and the trailer open and close with: a title without them is not searched
# for them (a regex call costs ~1,500 instructions even where it fails at once).
_REPOST_OPENERS: Final = ("[", "【", "(", "（", "转")
_TRAILER_CLOSERS: Final = (")", "）", "】", "]")


def _normalised(title: str) -> str:
    """Simplified, ASCII digits, no spaces, no `【转载】` prefix, no `（全文）`/`(附件下载)`
    trailer."""
    text = remove_spaces(simplified(title))
    if text.startswith(_REPOST_OPENERS):
        text = _REPOST.sub("", text)
    if _FULL_WIDTH_DIGIT.search(text):  # `str.translate` costs more than the whole rule
        text = text.translate(_FULL_WIDTH_DIGITS)
    trailer = _TRAILER.search(text) if text.endswith(_TRAILER_CLOSERS) else None
    if (
        trailer
        and not re.search(REPORT_YEAR, trailer.group(0))
        and not _TRAILER_KEPT.search(trailer.group(0))  # `（解读）`: another document
    ):
        text = text[: trailer.start()]
    return text


def names_hard_negative(title: str) -> bool:
    """The title names a kind of document that is never the report (公示, 工作要点, 通知 …),
    whether or not it names the subject: a report column lists those beside its reports."""
    return _rules().negative.search(_normalised(title)) is not None


def _without_next_year_plan(text: str, rules: _Rules) -> str:
    """The title without a closing `及2024年工作计划` when a report form stands before it."""
    plan = rules.next_year_plan.search(text)
    if plan is None or not rules.form.search(text, 0, plan.start()):
        return text
    return text[: plan.start()]


def without_next_year_plan(title: str) -> str:
    """The title as normalised, without a closing next-year plan (`和2025年度工作计划`): the
    year the report covers is the one left."""
    return _without_next_year_plan(_normalised(title), _rules())


# The verdicts that name nothing of the title, made once (a frozen dataclass costs ~5,000
# instructions to build).
_NO_SUBJECT: Final = Verdict(False, "no 法治政府建设 subject")
_NO_FORM: Final = Verdict(False, "no report form (报告/情况)", True)
_NO_YEAR: Final = Verdict(False, "no year", True)
_REPORT_TITLE: Final = Verdict(True, "report title", True)


def classify_title(title: str) -> Verdict:
    rules = _rules()
    text = _without_next_year_plan(_normalised(title), rules)
    if not rules.subject.search(text):
        return _NO_SUBJECT
    neg = rules.negative.search(text)
    if neg:
        return Verdict(False, f"hard negative: {neg.group(0)}", True)
    if not rules.form.search(text):
        return _NO_FORM
    if not rules.year.search(text):
        return _NO_YEAR
    return _REPORT_TITLE


def classify_report(title: str, opening_year: int | None) -> Verdict:
    """A page's verdict: its title, and for a title that names no year
    (`县司法局关于法治政府建设工作情况的报告`) the year the body opens with (`2024年，在县委…`)."""
    verdict = classify_title(title)
    if verdict.reason == "no year" and opening_year is not None:
        return Verdict(True, "report title, year in the body's opening", True)
    return verdict
