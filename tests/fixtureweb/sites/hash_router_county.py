"""A Hunan county whose portal is static HTML but whose 政务公开 is the province's newer
集约化 platform: a single-page app with hash routing over a plain (unsigned) JSON API.

- the home page (static) has a nav whose 政务公开 goes to `/zwgk/index.html`, news and 通知公告
  boxes (a 常务会议 that 听取 the 法治政府建设 report, a 推进会 notice), and a 最新公开 box
  listing the platform's eight newest articles by their server-rendered copies
  (`/zwgk/detail/<id>.html`, pages the platform writes for search engines); its 网站地图
  (`/wzdt/`) links the platform's home and a few of its routes (`…#/list?columnId=1&page=1`),
  not the 法治政府建设 column;
- `/zwgk/index.html` is a shell: `<div id="app"></div>` and `<script src="/zwgk/js/app.3f2a1c.js">`,
  nothing else in its body. The bundle reads `location.hash` and draws everything: the
  platform's header and nav, a column tree from `/api/zwgk/column/tree` (branches collapsed,
  their leaves hidden until the branch is clicked), the footer, and the view of the route:
  - `#/` 最新公开 (`/api/zwgk/article/list?columnId=0…`);
  - `#/list?columnId=12&page=1`: a column's records from `/api/zwgk/article/list?columnId=12&
    pageNo=1&pageSize=15` (`{"code":200,"data":{"total":…,"records":[{"id":…,"title":…,
    "publishDate":…}]}}`), each linked `<a href="#/detail?id=…">`, under an Element-UI-like
    pager (`<ul class="el-pager"><li class="number">2</li>`, `button.btn-next`: no anchors;
    a click sets the hash); a branch column's route shows its children as links;
  - `#/detail?id=…`: `/api/zwgk/article/detail?id=…` (`title`, `indexNo`, `publisher`,
    `writtenDate`, `docNo`, `publishDate`, `content` in UEditor markup, `prev`/`next`), drawn
    as a 信息公开 table, `<h1>`, the text, share/print tools and 上一篇/下一篇 with titles; the
    document title stays the platform's.
- 法定主动公开内容 → 法治政府建设 (column 12, 22 records, two pages) holds the 县政府's 2024
  and 2023 reports on page 1 and its 2020 report on page 2, beside 工作要点, 实施方案, 一图读懂,
  a 解读, 述法, 考核 and 督察整改 items; 部门信息公开 → 衡东县司法局 → 法治政府建设 (column 41)
  holds the 司法局's 2024 report; 政府信息公开年报 holds 信息公开 annual reports only.

Gold URLs are the hash routes a user sees and bookmarks (`/zwgk/index.html#/detail?id=…`);
the server-rendered copy of an article (`/zwgk/detail/<id>.html`) is the same report under a
second URL (an alias): one of the two must come out, once.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from urllib.parse import parse_qs

from tests.fixtureweb import furniture as fu
from tests.fixtureweb.blindkit import FILLER_BODY, NEGATIVE_BODY, BlindSite
from tests.fixtureweb.pages import esc
from tests.fixtureweb.server import Hit, Reply

SITE = "衡东县人民政府"
CODE = "4304240001"
GOV = "衡东县人民政府"
OFFICE = "衡东县人民政府办公室"
SFJ = "衡东县司法局"
CREDIT = "11430424006432187X"
SFJ_CREDIT = "11430424MB1C47265N"
SHELL = "/zwgk/index.html"
BUNDLE = "/zwgk/js/app.3f2a1c.js"
API = "/api/zwgk"
PAGE_SIZE = 15
FZZF = 12
SFJ_FZZF = 41
ICP = "湘ICP备05008412号"
POLICE = "湘公网安备 43042402000117号"
ADDRESS = "湖南省衡阳市衡东县城关镇洣水路1号"

# The column tree: (id, name, children).
TREE: list[tuple[int, str, list]] = [
    (1, "政府信息公开指南", []),
    (2, "政府信息公开制度", []),
    (
        3,
        "法定主动公开内容",
        [
            (10, "机构职能", []),
            (11, "政策文件", []),
            (13, "规划计划", []),
            (14, "财政预决算", []),
            (FZZF, "法治政府建设", []),
            (16, "建议提案办理", []),
        ],
    ),
    (15, "政府信息公开年报", []),
    (
        4,
        "部门信息公开",
        [
            (40, "衡东县司法局", [(SFJ_FZZF, "法治政府建设", []), (42, "工作动态", [])]),
            (43, "衡东县教育局", [(44, "通知公告", [])]),
            (45, "衡东县财政局", [(46, "预决算公开", [])]),
        ],
    ),
    (5, "乡镇信息公开", [(50, "城关镇", []), (51, "大浦镇", [])]),
    (6, "通知公告", []),
]


def _walk(nodes: list, parent: int = 0):
    for cid, name, kids in nodes:
        yield cid, name, parent, kids
        yield from _walk(kids, cid)


COLUMNS = {cid: (name, parent) for cid, name, parent, _ in _walk(TREE)}


@dataclass
class Article:
    column: int
    title: str
    publish: str  # "YYYY-MM-DD HH:MM:SS"
    publisher: str
    content: str
    index_no: str = ""
    written: str = ""
    doc_no: str = ""
    seed: str = ""  # a gold report's seed
    id: int = 0
    extra: dict[str, str] = field(default_factory=dict)


def ueditor(lines: list[str]) -> str:
    """Body paragraphs as UEditor leaves them: indented `<p>`s, 仿宋 spans, bold 黑体 headings,
    the odd empty paragraph."""
    out = []
    for k, line in enumerate(lines):
        text = esc(line)
        if line[:2] in ("一、", "二、", "三、", "四、", "五、", "六、"):
            inner = f'<strong><span style="font-family:黑体, SimHei;font-size:21px;">{text}</span></strong>'
        else:
            inner = f'<span style="font-family:仿宋_GB2312, 仿宋;font-size:21px;">{text}</span>'
        out.append(f'<p style="text-indent:2em;line-height:1.75em;">{inner}</p>')
        if k == 0:
            out.append("<p><br/></p>")
    return "".join(out)


def json_reply(data: object, status: int = 200) -> Reply:
    body = json.dumps(data, ensure_ascii=False).encode()
    return Reply(status, body, {"Content-Type": "application/json;charset=UTF-8"})


BUNDLE_JS = r"""!function(){"use strict";
var A="/api/zwgk",N={},P={},T=[],V=null;
function e(s){return String(s==null?"":s).replace(/[&<>"]/g,function(c){return{"&":"&amp;","<":"&lt;",">":"&gt;",'"':"&quot;"}[c]})}
function g(u,f){var x=new XMLHttpRequest();x.open("GET",u,!0);x.onreadystatechange=function(){if(x.readyState===4&&x.status===200){var r=JSON.parse(x.responseText);r.code===200?f(r.data):f(null)}};x.send()}
function po(u,d){var x=new XMLHttpRequest();x.open("POST",u,!0);x.setRequestHeader("Content-Type","application/json;charset=UTF-8");x.send(JSON.stringify(d))}
function q(s){var o={};(s||"").split("&").forEach(function(k){if(k){var i=k.indexOf("=");o[decodeURIComponent(i<0?k:k.slice(0,i))]=i<0?"":decodeURIComponent(k.slice(i+1))}});return o}
function rt(){var h=location.hash.replace(/^#/,"")||"/",i=h.indexOf("?");return{path:i<0?h:h.slice(0,i),query:q(i<0?"":h.slice(i+1))}}
function lk(c,p){return"#/list?columnId="+c+"&page="+(p||1)}
function hd(){return'<div class="pt-top"><div class="wrap"><span class="fl">欢迎访问衡东县人民政府门户网站！</span><span class="fr"><a href="/">网站首页</a><a href="javascript:;" class="wza">无障碍浏览</a><a href="javascript:;" class="zzms">长者模式</a><a href="/wap/">手机版</a></span></div></div><div class="pt-head"><div class="wrap"><a class="logo" href="/"><img src="/images/logo.png" alt="衡东县人民政府"></a><span class="pt-name">政务公开</span><div class="pt-search"><input type="text" placeholder="请输入关键词"><button type="button">搜索</button></div></div></div><div class="pt-nav"><div class="wrap"><a href="#/">政务公开首页</a><a href="'+lk(1)+'">政府信息公开指南</a><a href="'+lk(2)+'">政府信息公开制度</a><a href="'+lk(3)+'">法定主动公开内容</a><a href="'+lk(15)+'">政府信息公开年报</a><a href="#/apply">依申请公开</a></div></div>'}
function ft(){return'<div class="pt-foot"><div class="wrap"><p><a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a> | <a href="/wzsm/">网站声明</a></p><p>主办单位：衡东县人民政府办公室　承办单位：衡东县政务服务中心</p><p>地址：湖南省衡阳市衡东县城关镇洣水路1号　网站标识码：4304240001</p><p><a href="https://beian.miit.gov.cn/" target="_blank">湘ICP备05008412号</a>　<a href="http://www.beian.gov.cn/" target="_blank">湘公网安备 43042402000117号</a></p><p>技术支持：湖南省政务服务和大数据中心</p></div></div>'}
function tr(n,d){var h='<ul class="'+(d?"tree-sub":"tree")+'"'+(d?' style="display:none"':"")+">";n.forEach(function(c){var k=c.children&&c.children.length;h+='<li class="tree-node'+(k?" has-child":"")+'" data-id="'+c.id+'">'+(k?'<a href="javascript:;" class="tree-toggle">'+e(c.name)+"</a>"+tr(c.children,d+1):'<a href="'+lk(c.id)+'">'+e(c.name)+"</a>")+"</li>"});return h+"</ul>"}
function ix(n,p){n.forEach(function(c){N[c.id]=c;P[c.id]=p;c.children&&ix(c.children,c.id)})}
function op(c){var a=document.querySelectorAll(".tree-node.active");[].forEach.call(a,function(x){x.classList.remove("active")});for(var i=c;i;i=P[i]){var l=document.querySelector('.tree-node[data-id="'+i+'"]');if(l){l.classList.add("active");var s=l.querySelector(".tree-sub");s&&(s.style.display="block")}}}
function cr(a){var h='<div class="pt-crumb">当前位置：<a href="/">首页</a> &gt; <a href="#/">政务公开</a>';a.forEach(function(x){h+=" &gt; "+(x[1]?'<a href="'+x[1]+'">'+e(x[0])+"</a>":e(x[0]))});return h+"</div>"}
function ch(c){var a=[];for(var i=c;i;i=P[i])N[i]&&a.unshift([N[i].name,lk(i)]);return a}
function ls(r){var h='<ul class="doc-list">';r.forEach(function(x){h+='<li><a href="#/detail?id='+x.id+'" title="'+e(x.title)+'">'+e(x.title)+'</a><span class="date">'+e(x.publishDate)+"</span></li>"});return r.length?h+"</ul>":'<div class="empty">暂无数据</div>'}
function pg(c,p,t){var n=Math.ceil(t/15)||1,h='<div class="el-pagination is-background"><span class="el-pagination__total">共 '+t+' 条</span><button type="button" class="btn-prev"'+(p<=1?" disabled":"")+'><i class="el-icon el-icon-arrow-left"></i></button><ul class="el-pager">';for(var i=1;i<=n;i++)h+='<li class="number'+(i===p?" active":"")+'">'+i+"</li>";h+='</ul><button type="button" class="btn-next"'+(p>=n?" disabled":"")+'><i class="el-icon el-icon-arrow-right"></i></button><span class="el-pagination__jump">前往<div class="el-input el-pagination__editor"><input type="number" min="1" max="'+n+'" value="'+p+'" class="el-input__inner"></div>页</span></div>';return h}
function bp(c,p,t){var v=document.getElementById("zwgkView"),n=Math.ceil(t/15)||1,go=function(k){k>=1&&k<=n&&k!==p&&(location.hash=lk(c,k))};[].forEach.call(v.querySelectorAll(".el-pager li.number"),function(l){l.addEventListener("click",function(){go(parseInt(l.textContent,10))})});var b=v.querySelector(".btn-prev"),f=v.querySelector(".btn-next"),j=v.querySelector(".el-pagination__editor input");b&&b.addEventListener("click",function(){go(p-1)});f&&f.addEventListener("click",function(){go(p+1)});j&&j.addEventListener("change",function(){go(parseInt(j.value,10))})}
function home(v){g(A+"/article/list?columnId=0&pageNo=1&pageSize=10",function(d){v.innerHTML=cr([["最新公开",""]])+'<div class="col-title"><h2>最新公开</h2></div>'+ls(d?d.records:[])})}
function list(v,c,p){var m=N[c];if(!m){v.innerHTML='<div class="empty">栏目不存在</div>';return}op(c);if(m.children&&m.children.length){var h=cr(ch(c))+'<div class="col-title"><h2>'+e(m.name)+'</h2></div><ul class="sub-columns">';m.children.forEach(function(x){h+='<li><a href="'+lk(x.id)+'">'+e(x.name)+"</a></li>"});v.innerHTML=h+"</ul>";return}g(A+"/article/list?columnId="+c+"&pageNo="+p+"&pageSize=15",function(d){d=d||{total:0,records:[]};v.innerHTML=cr(ch(c))+'<div class="col-title"><h2>'+e(m.name)+"</h2></div>"+ls(d.records)+pg(c,p,d.total);bp(c,p,d.total)})}
function dt(v,id){g(A+"/article/detail?id="+encodeURIComponent(id),function(d){if(!d){v.innerHTML='<div class="empty">文章不存在或已删除</div>';return}op(d.columnId);var pd=(d.publishDate||"").substr(0,10),h=cr(ch(d.columnId).concat([["正文",""]]))+'<div class="detail"><table class="xxgk-info"><tbody><tr><th>索引号：</th><td>'+e(d.indexNo)+"</td><th>主题分类：</th><td>"+e(d.subject)+"</td></tr><tr><th>发布机构：</th><td>"+e(d.publisher)+"</td><th>成文日期：</th><td>"+e(d.writtenDate)+"</td></tr><tr><th>文号：</th><td>"+e(d.docNo)+"</td><th>发布日期：</th><td>"+e(pd)+'</td></tr></tbody></table><h1 class="detail-title">'+e(d.title)+'</h1><div class="detail-sub"><span>发布时间：'+e(pd)+"</span><span>来源："+e(d.publisher)+'</span><span>浏览次数：<em id="visits">'+(d.visits||0)+'</em></span><span class="font">字体：[<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a>]</span></div><div class="detail-content" id="detailContent">'+d.content+'</div><div class="detail-share">分享到：<a href="javascript:;" class="wx">微信</a><a href="javascript:;" class="wb">微博</a><a href="javascript:;" class="qq">QQ空间</a></div><div class="detail-tools">【<a href="javascript:window.print();">打印本页</a>】【<a href="javascript:window.close();">关闭窗口</a>】</div><div class="detail-pn">';h+="<p>上一篇："+(d.prev?'<a href="#/detail?id='+d.prev.id+'">'+e(d.prev.title)+"</a>":"没有了")+"</p><p>下一篇："+(d.next?'<a href="#/detail?id='+d.next.id+'">'+e(d.next.title)+"</a>":"没有了")+"</p></div></div>";v.innerHTML=h;po(A+"/article/visit",{id:d.id})})}
function apply(v){v.innerHTML=cr([["依申请公开",""]])+'<div class="col-title"><h2>依申请公开</h2></div><p>公民、法人或者其他组织可通过在线申请、信函申请、当面申请等方式向衡东县人民政府申请获取政府信息。</p>'}
function go(){var r=rt(),v=document.getElementById("zwgkView");if(!v)return;window.scrollTo(0,0);if(r.path==="/")home(v);else if(r.path==="/list")list(v,parseInt(r.query.columnId,10),parseInt(r.query.page||"1",10)||1);else if(r.path==="/detail")dt(v,r.query.id);else if(r.path==="/apply")apply(v);else v.innerHTML='<div class="empty">页面不存在</div>'}
function init(){var a=document.getElementById("app");g(A+"/column/tree",function(d){T=d||[];ix(T,0);a.innerHTML=hd()+'<div class="pt-main wrap clearfix"><div class="pt-left"><div class="tree-head">政府信息公开目录</div>'+tr(T,0)+'</div><div class="pt-right" id="zwgkView"></div></div>'+ft();a.addEventListener("click",function(ev){var t=ev.target;if(t.classList&&t.classList.contains("tree-toggle")){var s=t.parentNode.querySelector(".tree-sub");s&&(s.style.display=s.style.display==="none"?"block":"none")}});go()})}
window.addEventListener("hashchange",go);
document.readyState==="loading"?document.addEventListener("DOMContentLoaded",init):init();
}();
"""


class HashRouterCountySite(BlindSite):
    name = "hash_router_county"
    region = "湖南省衡阳市衡东县"
    needs_browser = True

    def build(self, base_url: str) -> None:
        super().build(base_url)
        self.articles: dict[int, Article] = {}
        self.by_column: dict[int, list[Article]] = {}
        specs = self._specs()
        # ids grow with time, as a database's do
        specs.sort(key=lambda a: a.publish)
        for k, art in enumerate(specs):
            art.id = 38211 + 7 * k + (k * k) % 5
            self.articles[art.id] = art
        for art in sorted(specs, key=lambda a: a.publish, reverse=True):
            self.by_column.setdefault(art.column, []).append(art)
        for art in specs:
            hash_path = f"{SHELL}#/detail?id={art.id}"
            if art.seed:
                lines = self.gold_report(
                    hash_path,
                    art.seed,
                    art.title,
                    publisher=art.publisher,
                    publish_date=art.publish[:10],
                    index_no=art.index_no or None,
                    written_date=art.written or None,
                    doc_no=art.doc_no or None,
                )
                art.content = ueditor(lines)
                self.aliases[f"/zwgk/detail/{art.id}.html"] = hash_path
            self.page(f"/zwgk/detail/{art.id}.html", self._ssr(art))
        self._shell()
        self._static()

    # --- the articles ------------------------------------------------------------------------
    def _specs(self) -> list[Article]:
        out: list[Article] = []
        seq = {"n": 0}

        def idx(credit: str, day: str) -> str:
            seq["n"] += 1
            return f"{credit}/{day[:4]}-{seq['n'] * 3 + 11:05d}"

        def neg(column: int, title: str, day: str, publisher: str = OFFICE, **kw: str) -> None:
            body = kw.pop("body", None)
            content = body if body is not None else ueditor(NEGATIVE_BODY)
            out.append(
                Article(
                    column,
                    title,
                    day + " 10:12:00",
                    publisher,
                    content,
                    index_no=idx(SFJ_CREDIT if publisher == SFJ else CREDIT, day),
                    written=day,
                    **kw,
                )
            )
            self.negative_titles.append(title)

        def fill(column: int, title: str, day: str, publisher: str = OFFICE) -> None:
            out.append(
                Article(
                    column,
                    title,
                    day + " 16:40:00",
                    publisher,
                    ueditor(FILLER_BODY),
                    index_no=idx(CREDIT, day),
                    written=day,
                )
            )

        def gold(column: int, title: str, seed: str, day: str, **kw: str) -> None:
            out.append(Article(column, title, day + " 09:30:00", content="", seed=seed, **kw))

        # 法治政府建设 (column 12): newest first as listed; page 2 starts at the 16th
        neg(FZZF, "衡东县2025年法治政府建设工作要点", "2025-04-08")
        neg(
            FZZF,
            "一图读懂《衡东县人民政府关于2024年度法治政府建设情况的报告》",
            "2025-03-28",
            body='<p style="text-align:center;"><img src="/upload/2025/03/yitududong.jpg" '
            'title="一图读懂" alt="一图读懂"/></p>',
        )
        gold(
            FZZF,
            "衡东县人民政府关于2024年度法治政府建设情况的报告",
            "003",
            "2025-03-27",
            publisher=GOV,
            index_no=f"{CREDIT}/2025-00041",
            written="2025-03-25",
            doc_no="东政报〔2025〕7号",
        )
        neg(FZZF, "衡东县人民政府县长2024年度述法报告", "2025-03-12", GOV)
        neg(FZZF, "关于2024年度法治政府建设考核结果的通报", "2025-02-20")
        neg(FZZF, "衡东县召开2025年法治政府建设工作推进会", "2025-02-10")
        neg(FZZF, "衡东县2025年普法依法治理工作要点", "2025-01-22", SFJ)
        neg(FZZF, "衡东县2024年行政执法统计年报", "2025-01-15", SFJ)
        neg(FZZF, "衡东县2024年法治政府建设工作要点", "2024-04-10")
        neg(
            FZZF,
            "政策解读：《衡东县人民政府关于2023年度法治政府建设工作情况的报告》",
            "2024-03-29",
        )
        gold(
            FZZF,
            "衡东县人民政府关于2023年度法治政府建设工作情况的报告",
            "000",
            "2024-03-28",
            publisher=GOV,
            index_no=f"{CREDIT}/2024-00037",
            written="2024-03-26",
            doc_no="东政报〔2024〕9号",
        )
        neg(FZZF, "关于2023年度法治政府建设督察反馈问题整改情况的报告", "2023-11-16", GOV)
        neg(FZZF, "衡东县2023年法治政府建设工作要点", "2023-04-12")
        neg(FZZF, "衡东县“八五”普法规划中期评估报告", "2023-03-15", SFJ)
        neg(FZZF, "衡东县2022年度法治政府建设考核结果公示", "2023-02-17")
        # page 2
        neg(FZZF, "衡东县2022年法治政府建设工作要点", "2022-04-14")
        neg(FZZF, "衡东县法治政府建设实施方案（2021—2025年）", "2022-01-19", GOV)
        neg(FZZF, "衡东县2021年法治政府建设工作要点", "2021-04-16")
        gold(
            FZZF,
            "衡东县2020年度法治政府建设工作开展情况",
            "004",
            "2021-03-30",
            publisher=GOV,
            index_no=f"{CREDIT}/2021-00029",
            written="2021-03-29",
        )
        neg(FZZF, "衡东县关于开展行政规范性文件清理工作的通知", "2021-03-02")
        neg(FZZF, "衡东县2020年法治政府建设工作要点", "2020-04-20")
        neg(FZZF, "衡东县法治政府建设示范创建工作方案", "2020-03-11", GOV)

        # 司法局 → 法治政府建设 (column 41)
        neg(SFJ_FZZF, "衡东县司法局2025年法治政府建设工作计划", "2025-03-05", SFJ)
        gold(
            SFJ_FZZF,
            "衡东县司法局2024年度法治政府建设工作报告",
            "001",
            "2025-02-14",
            publisher=SFJ,
            index_no=f"{SFJ_CREDIT}/2025-00006",
            written="2025-02-12",
        )
        neg(SFJ_FZZF, "衡东县司法局2024年政府信息公开工作年度报告", "2025-01-20", SFJ)
        neg(SFJ_FZZF, "衡东县司法局关于开展“法律明白人”培训的通知", "2024-06-03", SFJ)
        for day, title in (
            ("2025-04-02", "衡东县司法局开展“民法典宣传月”活动"),
            ("2025-03-18", "衡东县司法局召开2025年全县司法行政工作会议"),
        ):
            fill(42, title, day, SFJ)

        # 政府信息公开年报 (column 15)
        for year in range(2024, 2018, -1):
            neg(
                15, f"衡东县人民政府{year}年政府信息公开工作年度报告", f"{year + 1}-01-2{year % 7}"
            )

        # 通知公告 (column 6)
        neg(6, "关于召开全县2025年法治政府建设工作推进会的通知", "2025-02-06")
        neg(6, "关于报送2024年度法治政府建设工作情况的通知", "2025-01-08")
        fill(6, "衡东县2025年春季森林防火期禁火令", "2025-03-31")
        fill(6, "关于城区部分路段临时交通管制的通告", "2025-04-03")

        # the other leaves
        fillers = {
            1: [("衡东县人民政府信息公开指南", "2024-12-30")],
            2: [("衡东县政府信息依申请公开工作规程", "2023-06-20")],
            10: [("衡东县人民政府领导工作分工", "2025-03-20")],
            11: [
                ("衡东县人民政府关于印发衡东县城乡环境综合整治方案的通知", "2025-04-01"),
                ("衡东县人民政府办公室关于进一步加强耕地保护工作的通知", "2025-03-14"),
            ],
            13: [("衡东县国民经济和社会发展第十四个五年规划纲要", "2021-05-10")],
            14: [("衡东县2025年县级部门预算公开", "2025-02-28")],
            16: [("对县人大十八届四次会议第12号建议的答复", "2024-08-15")],
            44: [("衡东县2025年义务教育阶段招生工作公告", "2025-03-26")],
            46: [("衡东县财政局2025年部门预算", "2025-02-27")],
            50: [("城关镇2025年第一季度财政收支情况", "2025-03-24")],
            51: [("大浦镇2025年春耕生产工作安排", "2025-03-22")],
        }
        for column, rows in fillers.items():
            for title, day in rows:
                fill(column, title, day)
        return out

    # --- the platform's shell, bundle and APIs --------------------------------------------------
    def _shell(self) -> None:
        shell = (
            '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">'
            '<meta http-equiv="X-UA-Compatible" content="IE=edge">'
            '<meta name="viewport" content="width=device-width,initial-scale=1">'
            f'<meta name="SiteName" content="{SITE}"><meta name="SiteIDCode" content="{CODE}">'
            '<link rel="icon" href="/zwgk/favicon.ico"><title>衡东县政务公开</title>'
            '<link href="/zwgk/css/app.9b1e07.css" rel="stylesheet"></head>'
            '<body><div id="app"></div>'
            f'<script src="{BUNDLE}"></script></body></html>'
        )
        self.page(SHELL, shell)
        self.page("/zwgk/", shell)
        self.pages[BUNDLE] = Reply(
            200, BUNDLE_JS.encode(), {"Content-Type": "application/javascript; charset=utf-8"}
        )
        self.pages["/zwgk/css/app.9b1e07.css"] = Reply(
            200,
            b".tree-sub{padding-left:1em}.el-pager li{display:inline-block;cursor:pointer}",
            {"Content-Type": "text/css"},
        )

    def _tree_json(self, nodes: list) -> list[dict[str, object]]:
        return [
            {"id": cid, "name": name, "parentId": COLUMNS[cid][1], "children": self._tree_json(k)}
            for cid, name, k in nodes
        ]

    def _record(self, art: Article) -> dict[str, object]:
        return {
            "id": art.id,
            "title": art.title,
            "publishDate": art.publish[:10],
            "columnId": art.column,
        }

    def dynamic(self, hit: Hit) -> Reply | None:
        if not hit.path.startswith(API):
            return super().dynamic(hit)
        query = {k: v[0] for k, v in parse_qs(hit.query).items()}
        if hit.path == f"{API}/column/tree":
            return json_reply({"code": 200, "msg": "操作成功", "data": self._tree_json(TREE)})
        if hit.path == f"{API}/article/list":
            try:
                column = int(query.get("columnId", ""))
                page = max(int(query.get("pageNo", "1")), 1)
                size = min(max(int(query.get("pageSize", str(PAGE_SIZE))), 1), 50)
            except ValueError:
                return json_reply({"code": 400, "msg": "参数错误", "data": None})
            if column == 0:
                rows = sorted(self.articles.values(), key=lambda a: a.publish, reverse=True)
            else:
                rows = self.by_column.get(column, [])
            chunk = rows[(page - 1) * size : page * size]
            return json_reply(
                {
                    "code": 200,
                    "msg": "操作成功",
                    "data": {
                        "total": len(rows),
                        "size": size,
                        "current": page,
                        "pages": -(-len(rows) // size),
                        "records": [self._record(a) for a in chunk],
                    },
                }
            )
        if hit.path == f"{API}/article/detail":
            raw = query.get("id", "")
            art = self.articles.get(int(raw)) if raw.isdigit() else None
            if art is None:
                return json_reply({"code": 500, "msg": "文章不存在", "data": None})
            return json_reply({"code": 200, "msg": "操作成功", "data": self._detail_json(art)})
        if hit.path == f"{API}/article/visit":
            return json_reply({"code": 200, "msg": "操作成功", "data": None})
        return json_reply({"code": 404, "msg": "接口不存在", "data": None}, 404)

    def _neighbours(self, art: Article) -> tuple[Article | None, Article | None]:
        rows = self.by_column[art.column]
        k = rows.index(art)
        return (rows[k - 1] if k else None, rows[k + 1] if k + 1 < len(rows) else None)

    def _detail_json(self, art: Article) -> dict[str, object]:
        prev, nxt = self._neighbours(art)
        return {
            "id": art.id,
            "title": art.title,
            "columnId": art.column,
            "columnName": COLUMNS[art.column][0],
            "indexNo": art.index_no,
            "subject": "其他",
            "publisher": art.publisher,
            "writtenDate": art.written,
            "docNo": art.doc_no,
            "publishDate": art.publish,
            "visits": 100 + art.id % 397,
            "content": art.content,
            "attachments": [],
            "prev": {"id": prev.id, "title": prev.title} if prev else None,
            "next": {"id": nxt.id, "title": nxt.title} if nxt else None,
        }

    # --- the server-rendered copies and the static portal ---------------------------------------
    def _crumbs_of(self, column: int) -> list[tuple[str, str]]:
        chain = []
        cid = column
        while cid:
            name, parent = COLUMNS[cid]
            chain.insert(0, (name, f"{SHELL}#/list?columnId={cid}&page=1"))
            cid = parent
        return [("首页", "/"), ("政务公开", SHELL), *chain]

    def _ssr(self, art: Article) -> str:
        pub = art.publish[:10]
        table = (
            '<table class="xxgk-info"><tbody>'
            f"<tr><th>索引号：</th><td>{esc(art.index_no)}</td><th>主题分类：</th><td>其他</td></tr>"
            f"<tr><th>发布机构：</th><td>{esc(art.publisher)}</td>"
            f"<th>成文日期：</th><td>{esc(art.written)}</td></tr>"
            f"<tr><th>文号：</th><td>{esc(art.doc_no)}</td><th>发布日期：</th><td>{pub}</td></tr>"
            "</tbody></table>"
        )
        main = (
            '<div class="detail">'
            + table
            + f'<h1 class="detail-title">{esc(art.title)}</h1>'
            + f'<div class="detail-sub"><span>发布时间：{pub}</span><span>来源：{esc(art.publisher)}'
            + "</span></div>"
            + f'<div class="detail-content">{art.content}</div>'
            + fu.article_tools()
            + "</div>"
        )
        return self._frame(art.title, self._crumbs_of(art.column), main)

    def _frame(self, title: str, crumbs: list[tuple[str, str]], main: str) -> str:
        nav = [
            ("首页", "/"),
            ("走进衡东", "/zjhd/index.html"),
            ("新闻中心", "/xwzx/index.html"),
            ("政务公开", SHELL),
            ("政务服务", "https://zwfw-new.hunan.gov.cn/hnzwfw/"),
            ("互动交流", "/hdjl/index.html"),
        ]
        return (
            fu.doc_head(title if title == SITE else f"{title}-{SITE}", site=SITE, code=CODE)
            + fu.access_toolbar(SITE)
            + fu.masthead(SITE, nav)
            + '<div class="main wrap">'
            + (fu.crumbs(crumbs) if crumbs else "")
            + main
            + "</div>"
            + fu.float_share()
            + fu.jiucuo(CODE)
            + fu.footer_block(SITE, icp=ICP, police=POLICE, code=CODE, address=ADDRESS)
            + "</body></html>"
        )

    def _static(self) -> None:
        news = [
            (
                "/xwzx/202503/t20250321_11873.html",
                "衡东县召开县政府第47次常务会议",
                "2025-03-21",
                "会议听取了2024年度法治政府建设情况报告，研究部署2025年法治政府建设重点工作。",
            ),
            (
                "/xwzx/202503/t20250314_11851.html",
                "县领导调研春季农业生产工作",
                "2025-03-14",
                "县领导深入乡镇调研春耕备耕工作。",
            ),
            (
                "/xwzx/202502/t20250210_11790.html",
                "衡东县召开2025年法治政府建设工作推进会",
                "2025-02-10",
                "会议通报了2024年度法治政府建设考核情况，部署2025年工作。",
            ),
            (
                "/xwzx/202501/t20250118_11702.html",
                "县人大常委会听取县政府法治政府建设工作报告",
                "2025-01-18",
                "县人大常委会组成人员听取并审议了县政府关于法治政府建设工作情况的报告。",
            ),
        ]
        for path, title, day, lead in news:
            body = "".join(f'<p style="text-indent:2em;">{esc(lead)}</p>' for _ in range(3))
            main = (
                f'<div class="detail"><h1 class="detail-title">{esc(title)}</h1>'
                f'<div class="detail-sub">发布时间：{day}　来源：衡东县融媒体中心</div>'
                f'<div class="detail-content">{body}</div>' + fu.article_tools() + "</div>"
            )
            self.page(
                path, self._frame(title, [("首页", "/"), ("新闻中心", "/xwzx/index.html")], main)
            )
            self.negative_titles.append(title)
        news_list = "".join(
            f'<li><a href="{p}" target="_blank" title="{esc(t)}">{esc(t)}</a><span>{d}</span></li>'
            for p, t, d, _ in news
        )
        self.page(
            "/xwzx/index.html",
            self._frame(
                "新闻中心",
                [("首页", "/"), ("新闻中心", "/xwzx/index.html")],
                f'<div class="list-box"><h2>衡东要闻</h2><ul class="list">{news_list}</ul>'
                '<div class="page">共1页</div></div>',
            ),
        )
        latest = sorted(self.articles.values(), key=lambda a: a.publish, reverse=True)[:8]
        latest_list = "".join(
            f'<li><a href="/zwgk/detail/{a.id}.html" target="_blank" title="{esc(a.title)}">'
            f"{esc(a.title)}</a><span>{a.publish[5:10]}</span></li>"
            for a in latest
        )
        notices = self.by_column[6]
        notice_list = "".join(
            f'<li><a href="/zwgk/detail/{a.id}.html" target="_blank">{esc(a.title)}</a>'
            f"<span>{a.publish[5:10]}</span></li>"
            for a in notices
        )
        main = (
            '<div class="home-row"><div class="home-box"><div class="box-tit"><span>衡东要闻</span>'
            '<a class="more" href="/xwzx/index.html">更多&gt;&gt;</a></div>'
            f"<ul>{news_list}</ul></div>"
            '<div class="home-box"><div class="box-tit"><span>通知公告</span>'
            f'<a class="more" href="{SHELL}#/list?columnId=6&page=1">更多&gt;&gt;</a></div>'
            f"<ul>{notice_list}</ul></div></div>"
            '<div class="home-row"><div class="home-box"><div class="box-tit"><span>最新公开</span>'
            f'<a class="more" href="{SHELL}">更多&gt;&gt;</a></div><ul>{latest_list}</ul></div>'
            + fu.interaction_sidebar()
            + "</div>"
        )
        home = self._frame(SITE, [], main)
        self.page("/", home)
        self.page("/index.html", home)
        sections = [
            ("走进衡东", [("县情概况", "/zjhd/index.html")]),
            ("新闻中心", [("衡东要闻", "/xwzx/index.html")]),
            (
                "政务公开",
                [
                    ("政务公开首页", SHELL),
                    ("政府信息公开指南", f"{SHELL}#/list?columnId=1&page=1"),
                    ("政府信息公开年报", f"{SHELL}#/list?columnId=15&page=1"),
                    ("通知公告", f"{SHELL}#/list?columnId=6&page=1"),
                ],
            ),
            ("互动交流", [("县长信箱", "/hdjl/index.html"), ("在线咨询", "/hdjl/index.html")]),
        ]
        site_map = "".join(
            f'<div class="map-item"><h3>{esc(name)}</h3><ul>'
            + "".join(f'<li><a href="{esc(u)}" target="_blank">{esc(t)}</a></li>' for t, u in cols)
            + "</ul></div>"
            for name, cols in sections
        )
        self.page(
            "/wzdt/",
            self._frame("网站地图", [("首页", "/"), ("网站地图", "/wzdt/")], site_map),
        )
        for path, name in (
            ("/zjhd/index.html", "走进衡东"),
            ("/hdjl/index.html", "互动交流"),
            ("/lxwm/", "联系我们"),
            ("/wzsm/", "网站声明"),
        ):
            self.page(
                path,
                self._frame(
                    name,
                    [("首页", "/"), (name, path)],
                    f'<div class="list-box"><h2>{name}</h2><p>衡东县位于湖南省东部，衡阳市东北部。</p></div>',
                ),
            )
