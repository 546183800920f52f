"""Build the evaluation corpus: report pages over every layout, each with its gold answer.

`python -m tests.eval.build` rewrites `tests/eval/corpus/` from the seeds (real report texts)
and the layouts; the output is committed, and `test_gate.py` checks it is reproducible.
Per page: `<id>.html` (the raw bytes as served) and `<id>.json` (url, headers, gold).
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lawreports.pipelines.normalize import converter, strip_pinyin, to_simplified
from tests.eval.layouts import LAYOUTS, Page
from tests.eval.layouts_more import MORE_LAYOUTS, MORE_SHOWS, cn_date
from tests.eval.layouts_unseen import (
    STATS_AFTER,
    UNSEEN_LAYOUTS,
    UNSEEN_SHOWS,
    WITH_STATS,
    stats_lines,
)
from tests.fixtureweb.seeds import Seed, load_seed

CORPUS = Path(__file__).resolve().parent / "corpus"
FIELDS = (
    "title",
    "index_no",
    "publisher",
    "publish_date",
    "written_date",
    "doc_no",
    "report_year",
)

# Per seed: the metadata its page shows (real where the capture had it, plausible otherwise).
SEED_META: dict[str, dict[str, str]] = {
    "000": {
        "index_no": "xhqrmzf-2024-00119",
        "publisher": "溪湖区司法局",
        "publish_date": "2024-03-12",
        "written_date": "2024-03-12",
    },
    "001": {
        "index_no": "11371329MB2850123X/2025-00012",
        "publisher": "临沭县司法局",
        "publish_date": "2025-01-20",
        "written_date": "2025-01-16",
        "doc_no": "临政发〔2025〕3号",
    },
    "002": {
        "index_no": "011396186/2022-01234",
        "publisher": "市政府办公室",
        "publish_date": "2022-02-02",
        "written_date": "2022-01-31",
    },
    "003": {
        "index_no": "11500101008645880X/2025-00021",
        "publisher": "万州区政府办公室",
        "publish_date": "2025-03-21",
        "written_date": "2025-03-20",
        "doc_no": "万州府发〔2025〕8号",
    },
    "004": {
        "index_no": "115108120085810011/2021-00007",
        "publisher": "区政府办",
        "publish_date": "2021-01-18",
        "written_date": "2021-01-15",
    },
}
SEED_YEAR = {"000": 2023, "001": 2024, "002": 2021, "003": 2024, "004": 2020}

# Which metadata each layout shows (the rest are absent on such pages: gold None).
LAYOUT_SHOWS: dict[str, tuple[str, ...]] = {
    "trs_table": ("index_no", "publisher", "publish_date", "written_date", "doc_no"),
    "trs_brackets": ("index_no", "publisher", "publish_date", "written_date", "doc_no"),
    "hanweb": ("publisher", "publish_date"),
    "vsb": ("publisher", "publish_date"),
    "hubei_inline": ("index_no", "publisher", "publish_date", "written_date"),
    "gansu_pipe": ("index_no", "publisher", "publish_date", "written_date", "doc_no"),
    "old_table": ("publisher", "publish_date"),
    "benxi_grid": ("index_no", "publisher", "publish_date", "written_date", "doc_no"),
    "chaotian": ("publisher", "publish_date"),
    "mirror": ("publisher", "publish_date"),
    "hanweb_xxgk": ("index_no", "publisher", "publish_date", "written_date", "doc_no"),
    "dl_pairs": ("index_no", "publisher", "publish_date", "written_date", "doc_no"),
    "dede": ("publisher", "publish_date"),
    "anhui_suoyin": ("index_no", "publisher", "publish_date", "written_date", "doc_no"),
    "ucap_split": ("index_no", "publisher", "publish_date", "written_date"),
    **MORE_SHOWS,
    **UNSEEN_SHOWS,
}
# Hanweb pages with an even variant also carry a 信息公开 table.
HANWEB_TABLE = ("index_no", "publisher", "publish_date", "written_date", "doc_no")

# The real ucap pages keep their own metadata; only the title and the body are swapped in.
UCAP_GOLD: dict[int, dict[str, str]] = {
    0: {
        "index_no": "014742224A/2023-0043406",
        "publisher": "万载县统计局",
        "publish_date": "2023-08-16",
        "written_date": "2023-05-11",
    },
    1: {
        "index_no": "014717475N/2023-0040295",
        "publisher": "宜春市统计局",
        "publish_date": "2023-05-16",
        "written_date": "2023-04-18",
    },
}

# Characters a content-farm mirror annotated with pinyin (seen: 設(shè) 領(lǐng) 導(dǎo) 網(wǎng) …).
MIRROR_PINYIN = {
    "設": "shè",
    "領": "lǐng",
    "導": "dǎo",
    "執": "zhí",
    "發": "fā",
    "經": "jīng",
    "現": "xiàn",
    "關": "guān",
    "規": "guī",
    "務": "wù",
    "構": "gòu",
    "會": "huì",
}


@dataclass(frozen=True)
class Case:
    id: str
    layout: str
    seed: str
    url: str
    variant: int = 0
    script: str = "simplified"  # simplified | traditional (seed 002 as captured) | s2t
    charset: str = "utf-8"
    header_charset: bool = True
    signed: bool = False  # the body closes with a 附件 line and the signature/date block
    gateway: bool = False  # served by a 繁體 gateway: the whole page in Traditional


# Who signs each seed's report, for pages that print the signature block (report text).
SIGN_ORG = {
    "000": "溪湖区人民政府",
    "001": "临沭县人民政府",
    "002": "潜江市人民政府",
    "003": "重庆市万州区人民政府",
    "004": "广元市朝天区人民政府",
}


CASES: tuple[Case, ...] = (
    Case(
        "trs-table-000",
        "trs_table",
        "000",
        "http://www.xh.gov.cn/zwgk/fzzfjsndbg/202403/t20240312_1001.html",
        0,
        charset="gbk",
    ),
    Case(
        "trs-table-001",
        "trs_table",
        "001",
        "http://www.ls.gov.cn/zwgk/fzzfjsndbg/202501/t20250120_1002.html",
        1,
    ),
    Case(
        "trs-table-003",
        "trs_table",
        "003",
        "http://www.wz.gov.cn/zwgk/fzzfjsndbg/202503/t20250321_1003.html",
        2,
        charset="gbk",
        header_charset=False,
    ),
    Case(
        "trs-table-004",
        "trs_table",
        "004",
        "http://www.gyct.gov.cn/zwgk/fzzfjsndbg/202101/t20210118_1004.html",
        3,
    ),
    Case(
        "trs-brackets-003",
        "trs_brackets",
        "003",
        "http://www.wz.gov.cn/zwgk_266/zfxxgkml_3393/fzzfjsndbg/qzfndbg/202503/t20250321_14428622.html",
    ),
    Case(
        "trs-brackets-000",
        "trs_brackets",
        "000",
        "http://www.xh.gov.cn/zwgk_1/fzzfjsndbg/202403/t20240312_2001.html",
        1,
    ),
    Case(
        "trs-brackets-001",
        "trs_brackets",
        "001",
        "http://www.ls.gov.cn/zwgk_1/fzzfjsndbg/202501/t20250120_2002.html",
        2,
    ),
    Case(
        "trs-brackets-004",
        "trs_brackets",
        "004",
        "http://www.gyct.gov.cn/zwgk_1/fzzfjsndbg/202101/t20210118_2004.html",
        3,
    ),
    Case(
        "hanweb-000",
        "hanweb",
        "000",
        "http://www.xh.gov.cn/art/2024/3/12/art_64511_10312345.html",
        0,
    ),
    Case(
        "hanweb-001",
        "hanweb",
        "001",
        "http://www.ls.gov.cn/art/2025/1/20/art_64511_10312346.html",
        1,
    ),
    Case(
        "hanweb-003",
        "hanweb",
        "003",
        "http://www.wz.gov.cn/art/2025/3/21/art_64511_10312347.html",
        2,
    ),
    Case(
        "hanweb-004",
        "hanweb",
        "004",
        "http://www.gyct.gov.cn/art/2021/1/18/art_64511_10312348.html",
        3,
    ),
    Case("vsb-001", "vsb", "001", "http://www.linshu.gov.cn/info/5381/256725.htm", 0),
    Case("vsb-000", "vsb", "000", "http://www.xh.gov.cn/info/5381/243011.htm", 1),
    Case("vsb-003", "vsb", "003", "http://www.wz.gov.cn/info/5381/221404.htm", 2),
    Case("vsb-004", "vsb", "004", "http://lanling.gov.cn/info/11576/1317552.htm", 3),
    Case(
        "ucap-000",
        "ucap_real",
        "000",
        "http://www.wanzai.gov.cn/wzxrmzf/fzzf/202403/3f0a1c2e4b5d6f708192a3b4c5d6e7f8.shtml",
        0,
    ),
    Case(
        "ucap-001",
        "ucap_real",
        "001",
        "http://www.yichun.gov.cn/ycsrmzf/fzzf/202501/0a1b2c3d4e5f60718293a4b5c6d7e8f9.shtml",
        1,
    ),
    Case(
        "ucap-003",
        "ucap_real",
        "003",
        "http://www.wanzai.gov.cn/wzxrmzf/fzzf/202503/1b2c3d4e5f60718293a4b5c6d7e8f90a.shtml",
        2,
    ),
    Case(
        "ucap-004",
        "ucap_real",
        "004",
        "http://www.yichun.gov.cn/ycsrmzf/fzzf/202101/2c3d4e5f60718293a4b5c6d7e8f90a1b.shtml",
        3,
    ),
    Case(
        "hubei-002",
        "hubei_inline",
        "002",
        "https://www.hbqj.gov.cn/xxgk/xxgkml/szfxxgkml/qtzdgknr/fzzfjsndbg/202202/t20220202_3001.html",
        0,
        script="s",
    ),
    Case(
        "hubei-000",
        "hubei_inline",
        "000",
        "https://www.xh.gov.cn/xxgk/qtzdgknr/fzzfjsndbg/202403/t20240312_3002.shtml",
        1,
    ),
    Case(
        "hubei-001",
        "hubei_inline",
        "001",
        "https://www.ls.gov.cn/xxgk/qtzdgknr/fzzfjsndbg/202501/t20250120_3003.shtml",
        2,
    ),
    Case(
        "hubei-003",
        "hubei_inline",
        "003",
        "https://www.wz.gov.cn/xxgk/qtzdgknr/fzzfjsndbg/202503/t20250321_3004.shtml",
        3,
    ),
    Case(
        "gansu-003",
        "gansu_pipe",
        "003",
        "https://yongchang.gov.cn/zfxxgk/art/2025/art_4ac8ce0009be4a7a991a7121d36457ca.html",
        0,
    ),
    Case(
        "gansu-004",
        "gansu_pipe",
        "004",
        "https://yongchang.gov.cn/zfxxgk/art/2021/art_5bd9df1119cf5b8b0a2b8232e47568db.html",
        1,
    ),
    Case(
        "gansu-000",
        "gansu_pipe",
        "000",
        "https://yongchang.gov.cn/zfxxgk/art/2024/art_6cea0f222ad06c9c1b3c9343f58679ec.html",
        2,
    ),
    Case(
        "gansu-001",
        "gansu_pipe",
        "001",
        "https://yongchang.gov.cn/zfxxgk/art/2025/art_7dfb1a333be17dad2c4da454069780fd.html",
        3,
    ),
    Case(
        "old-table-004",
        "old_table",
        "004",
        "http://www.ctq.gov.cn/news/show.asp?id=1234",
        0,
        charset="gbk",
    ),
    Case(
        "old-table-001",
        "old_table",
        "001",
        "http://www.lsx.gov.cn/news/show.asp?id=2345",
        1,
        charset="gbk",
        header_charset=False,
    ),
    Case(
        "old-table-000",
        "old_table",
        "000",
        "http://www.xhq.gov.cn/news/show.asp?id=3456",
        2,
        charset="gbk",
    ),
    Case(
        "benxi-000",
        "benxi_grid",
        "000",
        "https://xh.benxi.gov.cn/publicity/zdxxgz/zfgzbgzhjg/120292",
        0,
    ),
    Case(
        "benxi-003",
        "benxi_grid",
        "003",
        "https://xh.benxi.gov.cn/publicity/zdxxgz/zfgzbgzhjg/120293",
        1,
    ),
    Case(
        "benxi-001",
        "benxi_grid",
        "001",
        "https://xh.benxi.gov.cn/publicity/zdxxgz/zfgzbgzhjg/120294",
        2,
    ),
    Case(
        "chaotian-004",
        "chaotian",
        "004",
        "http://www.gyct.gov.cn/gongkai/show/20210118064546562.html",
        0,
    ),
    Case(
        "chaotian-000",
        "chaotian",
        "000",
        "http://www.gyct.gov.cn/gongkai/show/20240312141838000.html",
        1,
    ),
    Case(
        "chaotian-002",
        "chaotian",
        "002",
        "http://www.gyct.gov.cn/gongkai/show/20220202104500000.html",
        2,
        script="s",
    ),
    Case(
        "mirror-002",
        "mirror",
        "002",
        "http://mylovecards.com/post/405/60665",
        0,
        script="traditional",
    ),
    Case(
        "mirror-002b", "mirror", "002", "http://yjj17.com/n/2022/763.html", 1, script="traditional"
    ),
    Case(
        "mirror-004",
        "mirror",
        "004",
        "http://htgfsre.cn/nw41430/20210120/0001-41430_54611.html",
        2,
        script="s2t",
    ),
    Case(
        "hanweb-xxgk-000",
        "hanweb_xxgk",
        "000",
        "http://www.anji.gov.cn/art/2024/3/14/art_1229022_4123456.html",
        0,
    ),
    Case(
        "hanweb-xxgk-003",
        "hanweb_xxgk",
        "003",
        "http://www.anji.gov.cn/art/2025/3/21/art_1229022_4200001.html",
        1,
    ),
    Case(
        "hanweb-xxgk-004",
        "hanweb_xxgk",
        "004",
        "http://www.anji.gov.cn/art/2021/1/18/art_1229022_3900001.html",
        2,
    ),
    Case(
        "dl-pairs-003", "dl_pairs", "003", "http://www.linzi.gov.cn/contents/24530/781205.html", 0
    ),
    Case(
        "dl-pairs-001", "dl_pairs", "001", "http://www.linzi.gov.cn/contents/24530/781206.html", 1
    ),
    Case(
        "dl-pairs-000", "dl_pairs", "000", "http://www.linzi.gov.cn/contents/24530/745006.html", 2
    ),
    Case(
        "dede-001",
        "dede",
        "001",
        "http://www.wucheng.gov.cn/a/zwgk/gzbg/20250120/1301.html",
        0,
        charset="gbk",
        header_charset=False,
    ),
    Case(
        "dede-004",
        "dede",
        "004",
        "http://www.wucheng.gov.cn/a/zwgk/gzbg/20210118/1102.html",
        1,
        charset="gbk",
    ),
    Case(
        "dede-000",
        "dede",
        "000",
        "http://www.wucheng.gov.cn/a/zwgk/gzbg/20240312/1234.html",
        3,
        charset="gbk",
        header_charset=False,
    ),
    Case(
        "anhui-003",
        "anhui_suoyin",
        "003",
        "https://www.lieshan.gov.cn/zwgk/public/198/64851798.html",
    ),
    Case(
        "anhui-000",
        "anhui_suoyin",
        "000",
        "https://www.lieshan.gov.cn/zwgk/public/198/62110415.html",
        1,
    ),
    Case(
        "anhui-004",
        "anhui_suoyin",
        "004",
        "https://www.lieshan.gov.cn/zwgk/public/198/58000417.html",
        2,
    ),
    Case(
        "ucap-split-001",
        "ucap_split",
        "001",
        "http://www.yifeng.gov.cn/yfxrmzf/fzzfjsndbg/202501/4f1c2d9e8a7b4c05a1e2f3d4c5b6a798.shtml",
    ),
    Case(
        "ucap-split-003",
        "ucap_split",
        "003",
        "http://www.yifeng.gov.cn/yfxrmzf/fzzfjsndbg/202503/0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d.shtml",
        1,
    ),
    # Generic layouts of portals nobody wrote selectors for (layouts_more.py).
    Case(
        "ul-spans-000",
        "ul_spans",
        "000",
        "http://www.xhq.gov.cn/xxgk/fzzf/202403/t20240312_88101.html",
        signed=True,
    ),
    Case("ul-spans-003", "ul_spans", "003", "http://www.wzq.gov.cn/content/2025-03/21/88102.html"),
    Case("th-grid-001", "th_grid", "001", "http://www.lsx.gov.cn/xxgk/detail.jsp?id=77001"),
    Case("th-grid-004", "th_grid", "004", "http://www.ctq.gov.cn/xxgk/detail.jsp?id=77002"),
    Case(
        "input-fields-003",
        "input_fields",
        "003",
        "https://www.wzq.gov.cn/gk/fdzdgknr/gzbg/202503/W0250321_66001.html",
    ),
    Case(
        "input-fields-000",
        "input_fields",
        "000",
        "https://www.xhq.gov.cn/gk/fdzdgknr/gzbg/202403/W0240312_66002.html",
    ),
    Case("label-rows-001", "label_rows", "001", "http://www.lsx.gov.cn/gk/show-55001.html"),
    Case("label-rows-004", "label_rows", "004", "http://www.ctq.gov.cn/gk/show-55002.html"),
    Case(
        "div-grid-000",
        "div_grid",
        "000",
        "https://www.deqing.gov.cn/art/2024/3/12/art_1229512_59101.html",
    ),
    Case("div-grid-003", "div_grid", "003", "https://www.anji.gov.cn/zwgk/2025/03/21/59102.html"),
    Case(
        "span-oneliner-004",
        "span_oneliner",
        "004",
        "http://www.ctq.gov.cn/tzgg/44001.html",
        signed=True,
    ),
    Case("span-oneliner-001", "span_oneliner", "001", "http://www.lsx.gov.cn/tzgg/44002.html"),
    Case(
        "nested-tables-000",
        "nested_tables",
        "000",
        "http://www.xhq.gov.cn/Article/ShowArticle.asp?ArticleID=3301",
        charset="gbk",
    ),
    Case(
        "nested-tables-003",
        "nested_tables",
        "003",
        "http://www.wzq.gov.cn/Article/ShowArticle.asp?ArticleID=3302",
        charset="gbk",
        header_charset=False,
    ),
    Case(
        "word-paste-001",
        "word_paste",
        "001",
        "http://www.lsx.gov.cn/html/2025/gzbg_0120/22001.html",
        signed=True,
    ),
    Case(
        "word-paste-003",
        "word_paste",
        "003",
        "http://www.wzq.gov.cn/html/2025/gzbg_0321/22002.html",
        signed=True,
    ),
    Case("wap-000", "wap", "000", "http://m.xhq.gov.cn/wap/xxgk/202403/t20240312_11001.html"),
    Case("wap-004", "wap", "004", "http://www.ctq.gov.cn/wap/news/show-11002.html"),
    # The same layouts through a 繁體 gateway (big5 host): every label and piece of furniture
    # in Traditional, the report as captured (002: with pinyin) or annotated (004).
    Case(
        "ul-spans-002t",
        "ul_spans",
        "002",
        "http://big5.qianjiang.gov.cn/gate/big5/www.qianjiang.gov.cn/xxgk/fzzf/202202/t20220202_88201.html",
        script="traditional",
        signed=True,
        gateway=True,
    ),
    Case(
        "th-grid-004t",
        "th_grid",
        "004",
        "http://big5.ctq.gov.cn/gate/big5/www.ctq.gov.cn/xxgk/detail.jsp?id=77003",
        script="s2t",
        gateway=True,
    ),
    Case(
        "input-fields-002t",
        "input_fields",
        "002",
        "http://big5.qianjiang.gov.cn/gate/big5/www.qianjiang.gov.cn/gk/fdzdgknr/gzbg/202202/W0220202_66003.html",
        script="traditional",
        gateway=True,
    ),
    Case(
        "label-rows-004t",
        "label_rows",
        "004",
        "http://big5.ctq.gov.cn/gate/big5/www.ctq.gov.cn/gk/show-55003.html",
        script="s2t",
        gateway=True,
    ),
    Case(
        "span-oneliner-002t",
        "span_oneliner",
        "002",
        "http://big5.qianjiang.gov.cn/gate/big5/www.qianjiang.gov.cn/tzgg/44003.html",
        script="traditional",
        signed=True,
        gateway=True,
    ),
    Case(
        "nested-tables-004t",
        "nested_tables",
        "004",
        "http://big5.ctq.gov.cn/gate/big5/www.ctq.gov.cn/Article/ShowArticle.asp?ArticleID=3303",
        script="s2t",
        gateway=True,
    ),
    Case(
        "word-paste-002t",
        "word_paste",
        "002",
        "http://big5.qianjiang.gov.cn/gate/big5/www.qianjiang.gov.cn/html/2022/gzbg_0202/22003.html",
        script="traditional",
        signed=True,
        gateway=True,
    ),
    Case(
        "wap-004t",
        "wap",
        "004",
        "http://big5.ctq.gov.cn/gate/big5/m.ctq.gov.cn/wap/news/show-11004.html",
        script="s2t",
        gateway=True,
    ),
    # Shapes of portals nobody wrote selectors for, beyond the ones above (layouts_unseen.py).
    Case(
        "info-bar-000",
        "info_bar",
        "000",
        "http://www.fengfeng.gov.cn/xwzx/tzgg/202403/t20240312_91001.html",
        signed=True,
    ),
    Case("info-bar-003", "info_bar", "003", "http://www.wzq.gov.cn/news/show-91002.html"),
    Case(
        "info-bar-002t",
        "info_bar",
        "002",
        "http://big5.qianjiang.gov.cn/gate/big5/www.qianjiang.gov.cn/news/show-91003.html",
        script="traditional",
        signed=True,
        gateway=True,
    ),
    Case(
        "br-cells-001",
        "br_cells",
        "001",
        "http://www.lsx.gov.cn/zwgk/ShowInfo.asp?InfoID=5201",
        charset="gbk",
    ),
    Case(
        "br-cells-004",
        "br_cells",
        "004",
        "http://www.ctq.gov.cn/zwgk/ShowInfo.asp?InfoID=5202",
        charset="gbk",
        header_charset=False,
    ),
    Case(
        "br-cells-004t",
        "br_cells",
        "004",
        "http://big5.ctq.gov.cn/gate/big5/www.ctq.gov.cn/zwgk/ShowInfo.asp?InfoID=5203",
        script="s2t",
        gateway=True,
    ),
    Case("class-named-000", "class_named", "000", "http://www.xhq.gov.cn/gk/art/2024/93001.html"),
    Case("class-named-001", "class_named", "001", "http://www.lsx.gov.cn/gk/art/2025/93002.html"),
    Case(
        "info-after-001",
        "info_after",
        "001",
        "http://www.lsx.gov.cn/zfxxgk/fdzdgknr/202501/t20250120_94001.html",
        signed=True,
    ),
    Case(
        "info-after-003",
        "info_after",
        "003",
        "http://www.wzq.gov.cn/zfxxgk/fdzdgknr/202503/t20250321_94002.html",
    ),
)


def _annotate(text: str) -> str:
    """Simplified → Traditional, then pinyin after the characters a mirror annotates."""
    trad = str(converter("s2t").convert(text))
    return "".join(ch + (f"({MIRROR_PINYIN[ch]})" if ch in MIRROR_PINYIN else "") for ch in trad)


def _simplify(text: str) -> str:
    return to_simplified(strip_pinyin(text)[0])


def _page_lines(seed: Seed) -> tuple[str, list[str]]:
    """The title and the paragraphs as the page shows them (seed 003 repeats its title split)."""
    paragraphs = list(seed.body_lines)
    if seed.key == "003":
        start = seed.lines.index(seed.body_lines[0])
        paragraphs = [*seed.lines[1:start], *paragraphs]
    return seed.title, paragraphs


def _cn_date(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{y}年{m}月{d}日 10:45:00"


def _signature(seed: str, written: str) -> tuple[str, str, str]:
    """The 附件 line, the signing body and the date that close a signed report."""
    year = SEED_YEAR[seed]
    annex = f"附件：1.{year}年度法治政府建设重点任务完成情况统计表.docx"
    return annex, SIGN_ORG[seed], cn_date(written)


def build_case(case: Case) -> tuple[bytes, dict[str, Any]]:
    seed = load_seed(case.seed)
    title, paragraphs = _page_lines(seed)
    gold_body = seed.gold_body
    if case.script == "s":  # a Simplified page of a report captured in Traditional
        title, paragraphs = _simplify(title), [_simplify(p) for p in paragraphs]
    elif case.script == "s2t":
        title, paragraphs = _annotate(title), [_annotate(p) for p in paragraphs]
    gold_title = _simplify(title)
    gold_body = _simplify(gold_body) if case.seed == "002" else gold_body
    meta = dict(SEED_META[case.seed])
    meta["written_date_cn"] = _cn_date(meta["written_date"])
    meta["publish_date_cn"] = _cn_date(meta["publish_date"])
    if case.script in ("traditional", "s2t"):
        meta["publisher"] = _annotate("潜江市人民政府" if case.seed == "002" else "朝天区人民政府")
    if case.layout in WITH_STATS:  # the statistics table under paragraph STATS_AFTER
        lines = gold_body.split("\n")
        gold_body = "\n".join(
            [*lines[: STATS_AFTER + 1], *stats_lines(), *lines[STATS_AFTER + 1 :]]
        )
    if case.signed:
        signature = _signature(case.seed, meta["written_date"])
        meta.update(zip(("annex", "sign_org", "sign_date"), signature, strict=True))
        gold_body = "\n".join([gold_body, *signature])
    page = Page(title=title, paragraphs=paragraphs, meta=meta, variant=case.variant)
    html_text = {**LAYOUTS, **MORE_LAYOUTS, **UNSEEN_LAYOUTS}[case.layout](page)
    if case.gateway:
        html_text = str(converter("s2t").convert(html_text))
    if case.charset != "utf-8":
        html_text = html_text.replace("charset=utf-8", "charset=gb2312")
    if case.layout == "ucap_real":
        shown: dict[str, str] = UCAP_GOLD[case.variant % 2]
    else:
        keys = LAYOUT_SHOWS[case.layout]
        if case.layout == "hanweb" and case.variant % 2 == 0:
            keys = HANWEB_TABLE
        shown = {k: meta[k] for k in keys if k in meta}
    gold: dict[str, Any] = dict.fromkeys(FIELDS)
    gold.update(shown)
    if shown.get("publisher"):
        gold["publisher"] = _simplify(shown["publisher"])
    gold["title"] = gold_title
    gold["report_year"] = SEED_YEAR[case.seed]
    gold["body"] = gold_body
    declared = "gb2312" if case.charset != "utf-8" else "utf-8"
    content_type = "text/html" + (f"; charset={declared}" if case.header_charset else "")
    record = {
        "id": case.id,
        "layout": case.layout,
        "seed": case.seed,
        "url": case.url,
        "headers": {"Content-Type": content_type},
        "gold": gold,
    }
    return html_text.encode(case.charset, errors="xmlcharrefreplace"), record


def build_all() -> dict[str, bytes]:
    """Every corpus file by name → its bytes."""
    out: dict[str, bytes] = {}
    for case in CASES:
        raw, record = build_case(case)
        out[f"{case.id}.html"] = raw
        out[f"{case.id}.json"] = (
            json.dumps(record, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
        ).encode("utf-8")
    return out


def main() -> int:
    CORPUS.mkdir(exist_ok=True)
    files = build_all()
    for stale in CORPUS.iterdir():
        if stale.name not in files:
            stale.unlink()
    for name, data in files.items():
        (CORPUS / name).write_bytes(data)
    layouts = {c.layout for c in CASES}
    print(f"build: {len(CASES)} pages over {len(layouts)} layouts written to {CORPUS.name}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
