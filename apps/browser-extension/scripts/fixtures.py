"""Writes the end-to-end fixture pages (run once; the pages are committed).

Each page is shaped like a Qinghai government page: site header, navigation, breadcrumb, article,
footer. The policy document page is built from the seed text, escaped.
"""
import html, json, pathlib

here = pathlib.Path(__file__).resolve().parent.parent
out = here / "fixtures"
seed = (here.parent.parent / "seeds" / "qinghai-new-urbanization-2016-76.txt").read_text(encoding="utf-8")

STYLE = """body{margin:0;font:16px/1.8 "Noto Sans CJK SC",sans-serif;color:#222;background:#f4f4f4}
.top{background:#b30000;color:#fff;padding:14px 32px;font-size:22px;font-weight:bold}
nav{background:#8f0000;padding:6px 32px}nav a{color:#fff;margin-right:18px;text-decoration:none}
.crumb{padding:8px 32px;font-size:13px;color:#666}.main{background:#fff;margin:0 32px 24px;padding:20px 40px}
h1{font-size:24px;text-align:center}.info{text-align:center;color:#888;font-size:13px}
footer{text-align:center;font-size:12px;color:#777;padding:16px}"""

def page(title, body, extra_head="", crumb="新闻动态", site="青海省人民政府", lang="zh-CN"):
    return f"""<!doctype html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{html.escape(title)}_{site}</title>
<style>{STYLE}</style>
{extra_head}
</head>
<body>
<div class="top">{site}</div>
<nav><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/xwdt/">新闻动态</a><a href="/zcjd/">政策解读</a><a href="/hdjl/">互动交流</a></nav>
<div class="crumb">当前位置：首页 &gt; {crumb}</div>
<div class="main">
<h1>{html.escape(title)}</h1>
<div class="info">发布时间：2024-05-20　来源：{site}</div>
{body}
</div>
<footer>主办：{site}办公厅　网站标识码：6300000035　青ICP备05000213号</footer>
</body>
</html>
"""

def paras(*ps):
    return "\n".join(f"<p>{p}</p>" for p in ps)

pages = {}
expect = {}

def add(name, title, body, first=None, includes=(), agencies=(), none=False, **kw):
    pages[name] = page(title, body, **kw)
    expect[name] = {"first": first, "includes": list(includes), "agencies": list(agencies), "none": none}

add("news-sponge-city.html", "西宁市海绵城市建设试点工作推进会召开", paras(
    "10月12日，西宁市召开<strong>海绵城市</strong>建设试点工作推进会。会议指出，我市作为国家第二批海绵城市建设试点城市，要按照省住房城乡建设厅、省水利厅的部署，加快推进海绵型道路、海绵型公园和海绵型建筑建设。",
    "会议强调，要确保三年内完成试点任务，切实缓解雨洪内涝压力，提高城市水源涵养能力。省财政厅、省环境保护厅有关负责同志出席会议。",
    '相关链接：<a href="/zcjd/sponge.html">海绵城市建设政策解读</a>'),
    first=8, agencies=["省住房城乡建设厅", "省水利厅", "省财政厅"])

add("notice-shantytown.html", "海东市2024年城镇棚户区改造项目开工情况公示", paras(
    "根据《青海省人民政府关于深入推进青海省新型城镇化建设的实施意见》（青政[2016]76号）要求，现将我市2024年棚户区改造项目开工情况公示如下：",
    "一、全市计划实施城镇棚户区改造3200套，其中乐都区1200套、平安区800套。",
    "二、实施城中村改造2个，农村危房改造1500户，积极推进货币化安置。",
    "公示期间如有异议，请向海东市住房和城乡建设局反映。"), first=5, crumb="通知公告")

body = []
for line in seed.splitlines():
    line = line.strip()
    if line:
        body.append(f"<p>{html.escape(line)}</p>")
add("policy-document.html", "青海省人民政府关于深入推进青海省新型城镇化建设的实施意见", "\n".join(body), includes=[1, 8, 21, 39], crumb="政府信息公开 &gt; 政府文件")

add("traditional.html", "西寧市推進海綿城市建設", paras(
    "西寧市召開海綿城市建設試點工作推進會。會議指出，要按照省住房城鄉建設廳的部署，加快推進海綿型道路、海綿型公園建設，緩解雨洪內澇壓力。",
    "會議要求各區縣加快城鎮棚戶區改造，推進城中村改造。"), first=8, includes=[5], agencies=["省住房城鄉建設廳"], lang="zh-TW")

add("dynamic.html", "农村牧区发展动态", """<div id="list"><p>正在加载……</p></div>
<script>
setTimeout(function () {
  var list = document.getElementById('list');
  list.textContent = '';
  var items = ['我省大力发展农村电子商务，实施电子商务进农村综合示范县试点工作。',
    '建设县级电子商务服务中心和村级电子商务服务站，完善县乡村三级物流配送体系。',
    '省商务厅表示，将推动农畜产品进城和农牧业生产资料下乡。'];
  items.forEach(function (t) { var p = document.createElement('p'); p.textContent = t; list.appendChild(p); });
}, 600);
</script>""", first=21, agencies=["省商务厅"])

add("hostile.html", "关于海绵城市建设的答复", paras(
    "网友留言：&lt;img src=x onerror=\"document.title='pwned'\"&gt;海绵城市建设进展如何？&lt;script&gt;alert(1)&lt;/script&gt;",
    "答复：我市正在推进海绵型道路建设，省住房城乡建设厅牵头，确保三年内完成海绵城市试点任务。",
    "<span class=\"x\">城中村</span>改造按计划推进。"),
    extra_head="""<style>
body * { visibility: hidden; }  .main, .main p, .main h1 { visibility: visible !important; }
taizhang-mark, taizhang-badge, [data-taizhang-measure] { display: none !important; visibility: hidden !important; opacity: 0 !important; }
* { font-size: 15px !important; } p::after { content: " "; }
</style>
<script>
  // The page tries to break the extension: patch DOM methods in its own world.
  Element.prototype.attachShadow = function () { throw new Error('no shadow'); };
  window.alert = function () { document.title = 'alerted'; };
</script>""", first=8, agencies=["省住房城乡建设厅"])

add("iframe-host.html", "专题：新农村新牧区建设", paras("以下为专题内容：") + '<iframe src="/iframe-child.html" width="800" height="300" title="专题内容"></iframe>', none=True)
pages["iframe-child.html"] = page("美丽乡村建设专题", paras(
    "我省持续推进美丽乡村建设，按照“产业兴旺、生活富裕、乡风文明”要求，每年建设美丽乡村300个以上。",
    "各地加强农村人居环境综合整治，推动生活方式市民化、生活服务社区化。"))
expect["iframe-child.html"] = {"first": 19, "includes": [], "agencies": [], "none": False}

add("residence-permit.html", "《青海省居住证实施办法》政策解读", paras(
    "为推进城镇基本公共服务常住人口全覆盖，我省实行居住证制度。居住证持有人享有与当地户籍人口同等的劳动就业、基本公共教育等权利。",
    "省公安厅负责居住证的申领、签注工作，各级公安派出所受理申请。"), first=2, agencies=["省公安厅"], crumb="政策解读")

add("hukou-reform.html", "我省深化户籍制度改革取得积极成效", paras(
    "近年来，我省全面推进户籍制度改革，清理限制户口迁移的门槛，解决在城镇就业居住5年以上人口落户问题。",
    "同时开展农村土地确权登记颁证工作，推动“三权”与户口脱钩。"), first=1)

add("pipe-gallery.html", "西宁市地下综合管廊建设提速", paras(
    "今年我市将新开工地下综合管廊12公里，推进地下管网改造，新建道路同步建设综合管廊。",
    "城市电网、通信网络架空线入地工程同步实施。"), first=7)

add("characteristic-towns.html", "我省公布第一批省级特色小镇名单", paras(
    "为培育发展一批特色小镇，经评审，确定10个镇为第一批省级特色小镇。",
    "特色小镇要产业定位清晰、文化内涵丰富，带动周边地区经济发展，推进就地就近城镇化。"), first=16, crumb="通知公告")

add("poverty-relocation.html", "易地扶贫搬迁后续扶持工作推进会", paras(
    "会议要求，做好易地扶贫搬迁后续扶持，因地制宜发展后续产业，确保搬迁群众搬得出、稳得住、能致富。",
    "省扶贫局、省发展改革委要加强工作指导。"), first=22, agencies=["省扶贫局", "省发展改革委"])

add("rental-housing.html", "我省加快培育住房租赁市场", paras(
    "我省支持专业化住房租赁企业发展，推进住房租赁规模化、专业化经营。",
    "同时完善住房公积金制度，支持缴存职工租房提取住房公积金。"), first=31, includes=[32])

add("land-quota.html", "规范开展城乡建设用地增减挂钩试点", paras(
    "省国土资源厅印发通知，规范推进城乡建设用地增减挂钩，节余指标优先保障易地扶贫搬迁和农村发展。",
    "工矿废弃地复垦利用同步推进。"), first=23, agencies=["省国土资源厅"])

add("ppp-financing.html", "我省推介一批政府和社会资本合作项目", paras(
    "省财政厅、省发展改革委举办PPP项目推介会，推介市政公用设施建设等政府和社会资本合作项目48个。",
    "深化投融资体制改革，建立价格调整机制。"), first=26, agencies=["省财政厅"])

add("forms-and-code.html", "海绵城市建设意见征集", """<p>欢迎就海绵城市建设提出意见。</p>
<form><label>标题 <input name="t" value="海绵城市建设"></label>
<textarea name="c">棚户区改造 城中村 海绵城市</textarea>
<div contenteditable="true">在此输入：海绵城市建设</div></form>
<pre>海绵城市 地下综合管廊</pre><code>海绵城市</code>
<p>本次征集由省住房城乡建设厅组织，重点围绕海绵型道路和海绵型公园。</p>""", first=8)

add("tourism-statistics.html", "2023年全省旅游经济运行情况", paras(
    "据统计，2023年全省共接待国内外游客4505万人次，同比增长68.5%；实现旅游总收入433亿元，同比增长97.2%。",
    "其中，西宁市接待游客1820万人次，海东市接待游客635万人次，海西州接待游客920万人次。",
    "全省A级旅游景区157家，星级饭店发展平稳，旅游业对经济发展的带动作用进一步增强。乡村游、自驾游持续升温，城镇居民出游意愿提升。"),
    none=True, crumb="统计数据")

add("forest-fire.html", "关于做好春季森林草原防灭火工作的通知", paras(
    "各市州人民政府，省政府各委、办、厅、局：",
    "当前正值春季森林草原防火关键期，气温回升快，降水偏少，火险等级高。各地区、各部门要严格落实防火责任制，加强野外火源管控。",
    "要加强林区、牧区巡护检查，做好扑火队伍、物资装备准备。省林业和草原局、省应急管理厅要加强督导检查。"), none=True, crumb="通知公告")

add("generic-urbanization.html", "坚持高质量发展", paras(
    "推进新型城镇化建设，促进经济社会发展。城镇化是现代化的必由之路，发展是第一要务。",
    "旅游业发展态势良好，城市建设水平不断提高，基础设施更加完善，公共服务能力持续增强。"), none=True)

add("weather.html", "青海省气象台发布大风蓝色预警", paras(
    "预计今天下午到夜间，海西州、玉树州、果洛州部分地区将出现6级以上大风，局地伴有沙尘。",
    "请注意防范大风对交通运输、设施农业的不利影响，加固临时搭建物。"), none=True, crumb="气象信息")

add("traffic-safety.html", "五一假期道路交通安全提示", paras(
    "假期出行车流量大，请广大驾驶人遵守交通法规，不酒驾、不超速、不疲劳驾驶。",
    "乘坐公共汽车请有序排队，注意交通安全。省公安厅交通警察总队提醒。"), none=True)

add("school-enrollment.html", "西宁市2024年义务教育阶段招生工作通知", paras(
    "今年我市义务教育阶段招生坚持免试就近入学原则，小学一年级新生报名时间为6月1日至6月10日。",
    "请家长登录招生平台完成报名，按要求提交户口簿、房产证明等材料。"), none=True, crumb="通知公告")

add("grassland-ecology.html", "三江源草原生态保护成效显著", paras(
    "三江源地区草原植被覆盖度持续提高，草原生态保护补助奖励政策全面落实。",
    "牧民群众积极参与生态管护，野生动物种群数量明显增加。"), none=True)

add("garbage-sorting.html", "西宁市生活垃圾分类投放试点扩大", paras(
    "我市生活垃圾分类投放试点扩大到全部城区，厨余垃圾就地处理设施投入使用。",
    "再生资源回收网点布局进一步完善。"), none=True)

for name, text in pages.items():
    (out / name).write_text(text, encoding="utf-8")
(out / "expectations.json").write_text(json.dumps(expect, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(len(pages), "pages")
