"""Is this title an annual 法治政府建设 report? A rule over the vocabulary, tested on a table."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from lawreports.discovery.vocabulary import HARD_NEGATIVES, REPORT_FORMS, REPORT_SUBJECT
from lawreports.extract.text import remove_spaces


@dataclass(frozen=True)
class Verdict:
    is_report: bool
    reason: str
    mentions_subject: bool = False

    @property
    def maybe_report(self) -> bool:
        """Names the subject and is not a hard negative: a truncated title may still be one."""
        return self.is_report or (self.mentions_subject and not self.reason.startswith("hard"))


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    subject = re.compile(REPORT_SUBJECT)
    form = re.compile(rf"(?:{REPORT_SUBJECT}).*?(?:{'|'.join(REPORT_FORMS)})")
    negative = re.compile("|".join(HARD_NEGATIVES))
    return subject, form, negative


_YEAR = re.compile(r"(?:19|20)\d{2}|二[〇零○][一二三四五六七八九〇零○]{2}年")


def classify_title(title: str) -> Verdict:
    text = remove_spaces(title)
    text = re.sub(r"^[\[【(（]?(?:转载|转发)[\]】)）]?", "", text)
    subject, form, negative = _patterns()
    if not subject.search(text):
        return Verdict(False, "no 法治政府建设 subject")
    neg = negative.search(text)
    if neg and not re.search(r"(?:年度|情况的?)报告$|工作报告$|年度报告$", text):
        return Verdict(False, f"hard negative: {neg.group(0)}", True)
    if (neg and neg.group(0) in {"政府工作报告", "政府信息公开工作年度报告"}) or re.search(
        r"政府信息公开.*年度报告|信息公开工作年度报告", text
    ):
        return Verdict(False, f"hard negative: {neg.group(0) if neg else '信息公开年报'}", True)
    if not form.search(text):
        return Verdict(False, "no report form (报告/情况)", True)
    if not _YEAR.search(text):
        return Verdict(False, "no year", True)
    return Verdict(True, "report title", True)
