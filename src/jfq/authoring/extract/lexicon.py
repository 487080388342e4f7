"""The words the grammar knows: closed classes of the genre, not lists of indicators.

Indicators are open: any noun phrase before a predicate is one.  What the grammar
needs to know are the small closed classes around it: the predicates (增长, 控制在 …),
the qualifiers (左右, 以上, 近 …), the adverbs and scope words a name never keeps
(继续, 全年, 同口径 …), the measure words a unit is built from, and the cues that open
a block of targets or a glossary.  All are in simplified characters: the grammar reads
the normalised text (jfq.authoring.extract.text).
"""

from __future__ import annotations

import re

from jfq.data.model import LATIN_UNITS

# -- numbers and units --------------------------------------------------------------------------

NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# (2千亿元, 3百亿级: a multiplier of a multiplier, as a page writes it)
MULTIPLIER = (
    r"(?:万亿|[十百千]亿|十万|百万|千万|亿|万|千|百|兆(?!瓦|焦|帕|赫|字节))"  # (1.4兆斤: 万亿)
)
# Measure words, longest first where one begins another (平方公里 before 平方米 before 米).
MEASURE_WORDS = sorted(
    """
    个百分点 百分点 微克/立方米 μg/m3 μg/m³ 毫克/升 平方公里 平方千米 平方米 公里 千米 米 公顷 亩
    吨标准煤 标准煤 吨 公斤 斤 标准箱 兆伏安 千伏安
    千瓦时 千瓦 兆瓦 瓦 度 标箱 立方米 元 美元 欧元 港元 人民币 人次 批次 架次 辆次 户次 艘次 车次
    台套 岁 人 名 个位次 位次 个季度 个月 位 个 家 户 所 座 家次 件次 场次 台次 班次
    条 件 项 场 次 份 支 天 套 期 起 批 栋 幢 辆 张 间 处 只 头 株 棵 册 部 本 篇 集 门 类 种
    例 床 块 宗 笔 单 票 包 箱 盒 片 段 层 班 桩 杆 对 组 轮 趟 艘 节 根 列 倍 立方 颗 枚 粒 匹 羽
    盏 顶 担 澳门元 澳元 新台币 台币 日元 英镑 个千分点 千分点
    """.split()
    + list(LATIN_UNITS),  # (the data model's: a draft's unit must validate)
    key=len,
    reverse=True,
)
# 方 for 立方米 after a multiplier only (天然气产量达到7亿方; but 5方面, 3方合作).
_CUBIC = "(?<=[万亿])方"
PERCENT = r"%|‰|个百分点|百分点"
# A per cent as a unit is written, half-width or full-width (the original's, kept in a figure).
PER_CENT = ("%", "％")
# 口 and 眼 for wells and cellars (水窖2059口, 机电井150眼), where no noun goes on (口罩, 口径).
_WELLS = "口(?![罩径岸号碑味感腔子])|眼(?![睛镜光界])"
# 面 for flags and banners (“流动红旗”6面), where no noun goes on (面积, 面向).
_FLAGS = "面(?![积向貌临上料粉包条对孔])"
# 亿 said with 个 (产值突破30个亿), not a count before a size (220个亿元以上产业项目).
_HUNDRED_MILLIONS = "个亿(?![元以级])"
# 台 for machines (机器人1200台), not the steps a figure climbs (迈上5000亿台阶).
_MACHINES = "台(?!阶)"
_MEASURE = "|".join([_HUNDRED_MILLIONS, *MEASURE_WORDS, _CUBIC, _WELLS, _FLAGS, _MACHINES])
# A measure per unit of something (76亿元/平方公里, 1553元/平方米, 4.9亿元/栋) or per time
# (最低工资标准由2030元/月提高到2130元/月), and a ratio to one (城乡居民收入比缩小到1.79:1).
_PER = rf"(?:/(?:{_MEASURE}|(?:月|年|天|日|小时)(?![份度])(?:·人)?))?"  # (not 元/月份, 元/年度)
# 余/多 may stand between the multiplier and the measure word (1.8万余人: more than 1.8万人).
APPROX_IN_UNIT = re.compile(r"(?<=[万亿千百])[余多]")
_MULTIPLIED = rf"(?:{MULTIPLIER}(?:余|多)?)?"
# Years as a measure after a decimal (受教育年限提高到11.7年; 连续3年, 5年内: spans).
_YEARS = r"(?<=\.\d)年|(?<=\.\d\d)年"
UNIT = rf"(?:{PERCENT}|{_MULTIPLIED}(?:{_MEASURE}){_PER}|{MULTIPLIER}{_PER}|:1(?!\d)|{_YEARS})"

# -- qualifiers -----------------------------------------------------------------------------------

# Words before a number, and the comparator they give.
BEFORE = {
    "不低于": "at_least", "不少于": "at_least", "至少": "at_least", "超过": "over",
    "突破": "over", "逾": "over", "超": "over", "高于": "over",
    "不超过": "at_most", "不高于": "at_most", "低于": "at_most", "控制在": "at_most",
    "控制到": "at_most", "控在": "at_most", "调控在": "at_most", "管控在": "at_most",
    "严控在": "exact", "近": "nearly", "首超": "over", "首破": "over",  # (首破30亿元: a first)
    "接近": "nearly", "将近": "nearly",
    "逼近": "nearly", "约": "about", "约为": "about", "大约为": "about",
    "大约": "about", "小于": "at_most", "大于": "over", "不小于": "at_least",
    "不大于": "at_most", "跨越": "over", "连跨": "over", "迈上": "over",
    "迈过": "over", "跨过": "over", "站上": "over", "不到": "at_most", "不足": "at_most",
}  # fmt: skip
# Words after a number (or its unit), and the comparator they give (实现1亿美元的历史性突破).
AFTER = {
    "左右": "about", "上下": "about", "及以上": "at_least", "以上": "at_least", "及以下": "at_most",
    "多": "over", "余": "over", "以内": "at_most", "之内": "at_most", "以下": "at_most",
    "的突破": "over", "的历史性突破": "over", "的重大突破": "over", "的新突破": "over",
}  # fmt: skip
# (6——7%, 6%——7%: a doubled dash too, before a percentage; not 6.1%——2022年…; and 一 that a
# page typed for the dash between two figures, 5%一5.5%, where no numeral one can stand)
RANGE_MARK = r"(?:(?<=[\d%％])(?:——|一)(?=\d+(?:\.\d+)?[%％])|[-~—–至到])"
# Qualifiers that also end words: the look-behind that skips those words, by the character
# that opens a qualifier (约, 约为: 签约为 is none), 签约8个 a count signed, 节约, 制约, 预约
# verbs; 最近3年, 附近5公里 no "nearly".  (Not 合, 条: 折合约3.5亿元, 15条约60公里 are "about".)
ENDING_NO_WORD = {"约": "(?<![签节制预])", "近": "(?<![最附])"}

# -- predicates -----------------------------------------------------------------------------------

# Verbs that link a subject to its figure; those that say it falls set direction down.
PREDICATES = sorted(
    """
    同比增长 同比下降 比上年增长 比上年下降 年均增长 平均增长 实际增长 名义增长 增长 增加 下降
    降低 减少 回落 下跌 提高 提升 上涨 上升 扩大 缩小 达到 达 完成 实现 控制在 控制到 控在 调控在
    管控在 严控在 保持在 稳定在 保持 设为 设定为 确定为 定为 冲刺 突破 超过 不低于 不少于 不高于
    不超过 低于 高于 为 在 约 累计 共计 占 升至 降至 增至 减至 翻番 多达 最高达 最高达到 高达
    迈上 迈过 首超 站上 增长到 增加到 提高到 上升到 下降到 达至 降到 升到 降为 净增 增产 减产 增收
    跃升至 跃居 跃至 跃过 缩小到 缩小至 缩小为 扩大到 扩大至 跨越 跨上 迈入 提升至 提升到 首破
    提高至 上升至 下降至 增长至 增加至 发展到 发展至 稳产 收窄 比增 比降 降低到 降低至 减少到 减少至
    回落到 回落至 回升到 回升至 回升 恢复到 恢复至 恢复 上报完成 上报 削减 晋升到 晋升至
    跃升到 调整为 调整到 调整至 修订为 拓展到 拓展至 扩展到 扩展至 到 至 共有 总共有 一共有 拥有
    获丰收 获得丰收 喜获丰收 再获丰收 又获丰收 跃上 跃升 前移到 前移至 前进到 前进至 维持在
    同比改善 压减至 压减到 压缩至 压缩到 缩短至 缩短到 连降 连增 攀升至 攀升到 攀升 递增 递减
    安排 拟安排 相应安排 共安排 同比增 同比降 同比减 分别是
    """.split(),  # (安排: a budget's, 一般公共预算收入安排69669万元)
    key=len,
    reverse=True,
)
# A change to a level (增加到, 提高至, 晋升到, 调整为): what goes from one figure to the next;
# and a figure revised to another (修订为, and 调整为 after a census's revision: grammar.py).
REVISED_TO = r"(?:修订|修正|核定)(?:为|到|至)"
# Marks passed one after another, from a level (从1.45万亿元接连突破2万亿元、2.5万亿元大关).
PASSING = r"(?:(?:接连|连续|先后|相继)?(?:突破|跨越|迈上|跃上|站上)|连跨)"
CHANGE_TO = (
    r"(?:增加|增长|提高|提升|上升|扩大|拓展|扩展|下降|减少|降低|缩小|压减|压缩|缩短|跃升|攀升|晋升|前移|"
    r"前进|调整|增|降|升)"
    rf"(?:到|至)|调整为|{REVISED_TO}"
)
# (not 下滑: it describes firms too, 35家经营下滑企业, and would end the counted noun)
FALLING = (
    "下降", "降低", "减少", "回落", "下跌", "缩小", "降至", "减至", "减产", "比降", "削减", "年减",
    "压减至", "压减到", "压缩至", "压缩到", "缩短至", "缩短到", "连降", "递减", "放缓", "同比降",
    "同比减",
)  # fmt: skip
# (比增, 比降, 同比降: a year-on-year change, 比增8.1%; 年减: Hong Kong's and Taiwan's 同比下降)
# 均 after these is "per" (人均, 户均, 地均 per km², 楼均 per building), not "each".
PER = "人户地楼亩"
# (省级、市级重点项目各20个; 存贷款余额双双突破5000亿元: both)
EACH = re.compile(rf"分别|(?<![年平{PER}])均|各(?=\d|$)|双双")
# A predicate never begins inside these words: 人口自然增长率 keeps its 增长率.
NOUN_ENDINGS = ("率", "幅", "速", "额", "量", "值", "点", "面", "水平", "比", "数")

# -- what a name never keeps ----------------------------------------------------------------------

# The levels of government a place's name ends with (河南省, 阿拉善盟 …): 全市, 我县 are its own.
LEVEL = "[国省市州盟区县旗镇乡]"

# Before a name: list markers, scope and time words, and the adverbs of a plan.
LEADS = sorted(
    """
    现行标准下 其中 同时 并且 而且 以及 全年 今年 明年 当年 年内 全市 全区 全县 全省 全州 全旗 全镇
    全乡 全国 全疆 全盟 已有 已经 已 现有 我镇 本镇 我乡 本乡 我旗 本旗 我街道 本街道 该街道 全街道
    总共 一共 区域 累计 建议 力争 确保 努力 争取 预计 初步预计 初步核算 初步统计 初步测算 预期 全面
    奋力 继续 进一步 积极 先后 共 坚持 其他 另外 而 辖区 该县 该市 该区 该省 该州 该旗 该镇 该乡镇
    力保 仍将 各乡镇 各县区 围绕 锚定 紧扣 瞄准 紧盯 强调
    该乡 该盟 此外 并 且 和 及 与 使 让 把 将 要 推动 带动 促进 去年 上年 过去一年 一年来 五年来
    过去五年 同期 截至目前 目前 我国 我市 我区 我县 我省 本市 本区 本县 本省 同比 过去的一年 保持
    保持了 继续保持 比如 例如 成功 共有 拥有 特别是 尤其是 力促 我们 分别 设定 方面 还 也 包括 由于
    因为 指 指出 确定 则 确定了 提出 提出了 明确 明确了 但是 但 总体目标是 总体目标为 主要目标是
    主要目标为 分别是 分别为 位列 名列 目标实现 年计划 年度计划 全年计划 年初计划 要求
    """.split(),
    key=len,
    reverse=True,
)
# Adverbs between a name and its predicate (按 "at": 分别按增长8%、5%掌握, a plan's rate).
ADVERBS = sorted(
    """
    继续 同口径 可比价 按可比价格计算 按可比价计算 可比 基本 稳步 持续 分别 同比 比上年 较上年 始终
    比去年 年均 全年 力争 确保 努力 预计 稳定 保持 基本保持 较快 平稳 快速 明显 大幅 大幅度 进一步
    累计 总体 初步 均 都 也 仍 仍然 各 实际 历史性 首次 一举 成功 再次 顺利 超额 圆满 名义 逐年 逐月
    按现价计算 按不变价计算 按不变价格计算 平均 连年 连续 全部 均已 率先 历史 每年 预期 可比口径
    分别以 分别按 按 普遍 接连 有望 常年 显著 按可比价 按现价 按不变价 按可比口径 先后 双双 再 仅 只
    人民币 合理 初步测算 初步核算 按年 现价 首个 已经 已 高位 共 总共 一共 逆势 环比 争取 更是 逐季
    强劲 相继 实质
    """.split(),
    key=len,
    reverse=True,
)
# Verbs a clause may start with, whose object then names the figure (完成…节能减排任务).
OPENING_VERBS = sorted(
    """
    完成 全面完成 实现 实施 建成 新建 新开工 新开工建设 改造 举办 引进 培育 打造 创建 争取 开工 签约
    落实 组织 开工建设 开展 办理 化解 帮助 发放 减免 招引 吸引 落地 筹集 解决 整治 修复 植树 造林
    承办 获批 获评 入选 认定 新认定 出台 发行 申报 投入 创造 新培育 补充 消除 举行 召开 聘任 聘请
    选派 申请 获得 荣获 关闭 关停 拆除 取缔 淘汰 开行 开通 启动 启动建设 摸排 排查 送检 组建 成立
    设立 改扩建 扩建 新改建 发生 救助 资助 慰问 受理 调处 查处 侦破 破获 抓获 安排 夺得 斩获 摘得
    盘活 流转 清理 拨付 兑付 瞄准 冲刺 兑现 参编 形成 列入 推出 制定 抓好 突出抓好 重点抓好 铺排
    """.split(),
    key=len,
    reverse=True,
)
# Heads of measure a shared modifier goes with: 单位地区生产总值|能耗 和 二氧化碳排放量.
# A measure per unit of output (万元GDP能耗, 单位地区生产总值二氧化碳排放量): what follows
# it in a list shares it (万元GDP建设用地、水耗、电耗).
PER_UNIT = re.compile(
    r"(?:单位|万元|每万元|亿元)(?:gdp|地区生产总值|国内生产总值|生产总值|工业增加值)", re.IGNORECASE
)
MEASURE_HEADS = ("能耗", "水耗", "电耗", "排放量", "排放强度", "用水量", "浓度")
# What pollutants listed together share from the last of them (PM2.5、PM10年均浓度).
SHARED_MEASURES = ("年均浓度", "平均浓度", "浓度", "排放总量", "排放量", "减排量", "减排幅度",
                   "减排", "产量", "增速", "增幅")  # fmt: skip
# A head standing alone (总数达1053家, 产量5.56万吨, …,完成率59.97%): the subject said before.
HEADS_ALONE = ("总数", "总量", "总额", "总投资", "总产值", "总产量", "总产", "产量", "产值",
               "增加值", "完成率")  # fmt: skip
# Of those, the heads that only take the place of the subject's own (总产值 -> 增加值).
HEADS_THAT_REPLACE = ("增加值", "产值", "总产值")
# Of those, the words of a total: after a subject that is a total already, they are it.
TOTAL_WORDS = ("总数", "总量", "总额")
# A change standing alone (增速居全市第2位, 增幅位居全市第一): the subject before's change.
CHANGES_ALONE = ("增速", "增幅", "增量", "降幅")
# The head of the subject before, which a head alone replaces (粮食播种面积 -> 粮食产量; 生产)
HEADS_REPLACED = re.compile(
    r"(?:播种面积|种植面积|面积|总产量|总产|产量|总产值|产值|数量|个数|规模|生产)$"
)
# Subjects that are totals already: 地区生产总值增长8%,总量居全省第3 ranks 地区生产总值.
TOTALS = re.compile(r"(?:总值|总额|总量|总数|总产值|总收入|收入|产量)$")
# Scopes the first of two names may write for both (城镇调查失业率和登记失业率).
SCOPES_OF_THE_FIRST = ("城镇", "农村", "城市", "规模以上", "规上")
# Scopes a figure's name shares with the next after 、 (实际使用内资…、外资…).
SCOPES_AFTER_A_PAUSE = frozenset({"新增", "实际使用", "实际利用", "累计", "全年"})
# After 等, words that close a list rather than name its category (能源、水资源等指标: two).
NOT_A_CATEGORY = re.compile(r"(?:各项|主要|约束性|预期性)*(?:指标|目标|任务|方面|领域|工作|事项)+")
# Heads a verb's object drops when something is left: 节能减排任务 -> 节能减排.
GENERIC_HEADS = ("目标任务", "任务目标", "各项目标", "目标", "任务", "指标")
# Verbs that say what is counted is new, so stay in the name: 新建学校5所 counts schools built,
# not the schools there are, 新开工道路 the roads begun; and those that say it came in (引进内资:
# the corpus's readers keep 引进 in 59 names of 66).  Not before a count (签约12个…项目), nor,
# for those that came in, before an attributive (引进投资…的项目): verb_names.keeps_its_verb.
NEW_THINGS_VERBS = ("新建", "开工建设", "新开工", "新开工建设")
# (新设立小额贷款公司12家, 新培育三星级企业1家: anew, as readers name them; not 培育 alone)
NAMING_VERBS = (*NEW_THINGS_VERBS, "引进", "招引", "签约", "新签约", "落地", "新设立", "新设",
                "新成立", "新注册", "新登记", "新认定", "新培育")  # fmt: skip
# Verbs that close, clear or put to use things: what was done to them is what is counted
# (淘汰落后产能150万吨, 关停水泥厂3家, 盘活闲置土地475亩), so the verb stays, as the
# corpus's readers keep it (淘汰 in 5 names of 5, 关停 2 of 2, 盘活 10 of 11; 减免 5 of 6).
THINGS_DONE_VERBS = ("淘汰", "关停", "关闭", "取缔", "拆除", "盘活", "减免")
# Verbs of rebuilding that stay before a count of the things rebuilt (改造老旧小区26个,
# 改造农村危桥4座: the readers keep 改造 there 5 times of 8), not before an area or a length.
# (建成 is not one: the readers keep it before a count in 43 names of 58, but most of those
# another rule keeps already (建成投用…), and keeping it here moved the corpus by nothing:
# targets 3656 -> 3654 right, results 15240 -> 15241; the district's own 2023 corpus file
# names 建成5G基站570个 5G基站.)
REBUILDING_VERBS = ("改造",)
# Objects that say nothing without their verb: what 开工/解决 did to them is the indicator
# (开工项目38个, 开工亿元以上项目96个, 解决问题2600个), so the verb stays in the name.
BARE_OBJECTS = re.compile(
    r"(?:(?:过|超)?(?:\d+(?:\.\d+)?|[一两二三五十百]+)?[千百]?[万亿]元(?:及?以上)?|大|重大)?(?:产业|工业)?"
    r"(?:(?:项目|资金|税费)(?:企业)?(?:总投资|投资|总额)?|企业|问题|难题|诉求|矛盾纠纷|纠纷)"
)  # (引进亿元以上项目, 引进过10亿元项目, 引进大项目资金, 引进5000万元以上项目企业; 引进企业)
# The nouns of counted projects (签约产业项目8个, 总投资…的33个市重点技改项目).
PROJECTS = r"(?:项目|工程)"
# Verbs too light to name anything: 实施|项目 is a count of projects.
LIGHT_VERBS = ("实施", "完成", "实现")
# In a name, what is left of a lost figure (新增“四上”企业家以上); 规模以上, 限额以上 are its own.
# (规模以上, 限额以上 and 省级以上 are scopes: 新增省级以上绿色工厂、…10个以上)
QUALIFIER = re.compile(r"(?<!规模)(?<!限额)(?<!级)(?<!级及)以上|以下|以内|左右")
# Classifiers: what counts things (宗: projects, plots and cases, as 广东 counts them).
COUNTING = "个项家条座所批列台套户件场栋辆艘处次架支宗"
# A count, not an amount of something: one count after a list of names is the list's total
# (举行重点项目集中开工、观摩活动13次), an amount each one's (绵阳、宜宾经济总量突破3000亿元).
COUNT_UNIT = re.compile(rf"[万亿]?[{COUNTING}]|批次|人次")

# -- what a clause says beside its figure (the words of in-step targets: qualitative.py) ------

# A sentence that comments on a figure rather than states one (这是杭州市近年首次将…下调至7%).
COMMENTARY = re.compile(r"这是|这一|此前|其中有|相比之下|相当于")
# An estimate's note in brackets, no part of a name: (预计)地区生产总值, 增长(初步统计).
ESTIMATE_NOTE = r"预计数?|初步统计|快报数"
# Subjects that are several regions unnamed (多地将今年GDP目标定在6%左右): no one region's.
PLURAL_SUBJECT = re.compile(r"多地|多数|各地|不少|部分|其余|其他|有\d+个|\d+个省|\d+省")
# Words that name the year a figure is for, relative to the report's: 今年, 明年, 去年.
RELATIVE_YEAR = {"今年": 0, "明年": 1, "去年": -1, "上年": -1}
# Inside a long subject: where the sentence itself begins (…取得新成效预计全年实现生产总值).
OPENER = re.compile(
    r"预计|初步预计|初步核算|(?<![、和及与])全年|其中|一年来|过去一年|"  # (一季度、全年GDP: a list)
    r"报告(?:还|又|同时)?(?:将|提出|指出|明确)了?|"  # (报告还将今年城镇调查失业率设为5.5%)
    r"值得(?:一提|关注|注意|称道)的是|"  # (值得关注的是固定资产投资完成475.2亿元)
    r"(?:数据|资料|统计)(?:显示|表明|称)|"  # (他引数据称中国国内生产总值…: a news page's)
    r"(?:\d{1,2}月\d{1,2}日(?:电|讯)|[\u4e00-\u9fff]{1,6}网讯)(?:\([^()]{0,24}\))?"  # (大洋网讯)
)
# A five-year plan by its number (十四五, “十三五”时期): a numeral between, not 十五 (fifteen).
FIVE_YEAR_PLAN = "十[一二三四五六七八九]五"
# …with its numeral captured, which gives the plan's years (plans_last_year: 十四五 ends 2025).
FIVE_YEAR_PLANS_NUMERAL = "十([一二三四五六七八九])五"
# Before a name: when it happened (2020年, 12月末 …; 指2025年: a report said), which a name
# never keeps.  A part of the year (上半年, 四季度) is kept: its figure is not the year's.
PART_OF_YEAR = r"(?:上半年|下半年|[前首][二三]季度|第?[一二三四1-4]季度)"  # (首三季度: Macao's)
PART_OF_YEAR_AT = re.compile(PART_OF_YEAR)
# After a year a news page writes without 年 (2025北京全市地区生产总值): a Chinese word
# that is no unit, measure or count (not 2000万元, 2020余人, 2025个).
BARE_YEAR_END = rf"(?=[\u4e00-\u9fff])(?!{UNIT}|[年余多个家项名位次届])"
WHEN = re.compile(
    r"(?:(?:指|显示|提出|计划|预计|到|至|于)?(?:19|20)\d\d(?:[-—–~至](?:19|20)\d\d)?年(?:度|末|底)?|"
    r"(?:截[至止]到?)?\d{1,2}月(?:份|末|底)?|前\d{1,2}个(?:月|季度)|"  # (截至11月完成…; 前11个月)
    rf"(?:19|20)\d\d{BARE_YEAR_END}|"
    r"全年|年末|年底|(?:[一二三四五六七八九十]+|\d{1,2})年(?:来|间|共|(?=年均|累计|增加|增长|新增|净增))|"
    # (今后五年地区生产总值…; 预计“十二五”末完成地区生产总值…)
    rf"(?:今后|未来|近|过去)(?:[一二三四五六七八九十]|\d{{1,2}})年|“?{FIVE_YEAR_PLAN}”?(?:时期|期间|期末|末)|"
    # and a footnote's number (全市 1 实现), not a figure that is part of a name (500万元以上…)
    rf"\d{{1,2}}(?=[\u4e00-\u9fff])(?!{UNIT}))+"
)
# What goes on after a place's short name that makes it part of a proper name, no subject nor
# scope: an institution (河南理工大学, 焦作日报) or a place's name joined with a dot
# (焦作·百年矿业遗址公园).
PROPER_NAME_GOES_ON = re.compile(
    r"[·•]|[\u4e00-\u9fff]{0,2}?(?:大学|学院|理工|师范|医院|银行|集团|公司|日报|电视台|研究院|"
    # (宁波舟山港货物吞吐量 in 宁波市's report; not 港口, 对港出口)
    r"研究所|实验室|职业技术|中学|小学|(?<![对赴来往])港(?![口航务]))"
)

# -- the word lists as patterns: one search instead of a loop over words --------------------


def _alternation(words: list[str]) -> str:
    return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"


# A subject that is only an adverb of how the figure is measured (自然增幅, 同口径增长).
ADVERB_ONLY = re.compile(
    _alternation(["自然", "同口径", "可比口径", "可比价", "名义", "实际", "现价", "可比"])
)
# (连续三年, 连续4个季度: years or months running, and how a figure is counted: 按可比口径
# 计算, 按常住人口计算, belong to the predicate too, as do the years a review's figure took:
# 地区生产总值五年间连跨600亿元…; not 三年内, a plan's horizon: 力争三年内新增上市企业5家)
PREDICATE_OR_ADVERB_AT_END = re.compile(
    f"(?:{_alternation([w for w in (*PREDICATES, *ADVERBS) if w != '约'])}|"
    f"{ENDING_NO_WORD['约']}约|连续[一二两三四五六七八九十\\d]+(?:年|个月|个季度)|按(?!揭)(?:(?!按)[\u4e00-\u9fff]){{1,6}}?(?:[计折]算|口径)|"
    f"(?<![连续])[近这]?[一二两三四五六七八九十\\d]+年(?:来|间)|"
    r"(?<=[值额入资量])增|"  # 增加值增4.5% (news' short 增长; but 新增, 净增, 增加值 stay)
    # (a rate that quickened or slowed: 增速(比1—11月份)加快3.1个百分点; not 项目加快建设)
    r"(?<=[速幅份期月度年])(?:加快|放缓)|"
    # (revenue less than a year's: 比2021年减收, 同比减收, 比上年同期133191万元减收; not 减税降费
    # 政策减收12亿元, what a policy cost, which keeps its name)
    r"(?:(?<=[比较])|(?<=[比较]\d{4}年)|(?<=[比较][上去]年)|(?<=同期)|(?<=收入)|(?<=\d[万亿]元))减收|"
    # 年增5.4%, as Hong Kong's and Taiwan's news write 同比增长 (not 连年增加, 今年增长)
    r"(?<![连续一二两三四五六七八九十\d今全明去当上本每同半])年[增减])$"
)
# Leads by what follows: 可 "can" before a verb of reaching (not 可支配收入); 加上, 加 and 拟.
_ADDS = r"加上(?!级|年结|解)|加(?=上级|上年结|上解|[市省]级)"  # (上级, 上年结余, 上解: words)
_BY_NEXT = rf"{_ADDS}|拟(?=实现|新增|安排|实施|争取|发行|完成|达到)"  # 拟 "plans to" (not 拟上市)
LEAD_AT = re.compile(_alternation(LEADS)[:-1] + rf"|可(?=完成|实现|达到|达|突破|超过)|{_BY_NEXT})")
# Words of two characters or more that open a clause (after a government's name: 将努力).
_LONG_LEADS = [w for w in {*LEADS, *OPENING_VERBS} - {*NAMING_VERBS} if len(w) >= 2]
LONG_LEAD_AT = re.compile(_alternation(_LONG_LEADS))  # (南通市新开工…项目 keeps 新开工)
OF_THE_PLAN = r"生育|单列|总?投资|项目|内|外|的|(?:完成|执行)(?:率|情况)"  # (年度计划项目)
# Words a lead (使, 共, 将, 和, 保持, 年度计划 …) opens: nouns, not a lead and a name (使用外资).
OPENED_BY_A_LEAD = re.compile(
    r"使用|共享|共同|共有产权|要素|将军|已婚|已批|已售|已决|已知|并购|并网|并联|并轨|和平|和谐|及时|还款|还贷|还本|还原|还建(?![成设])|还迁|也门|"
    r"指数|指标|指导|指挥|指引|指南|指定|指示|指纹|"  # (指全市…, Hong Kong's "said": 指数 stays)
    rf"确定性|则例|全面小康|全面深化改革|全{LEVEL}性|而立|其他用品|上年结[转余]|"  # (全国性…总部)
    rf"保持(?:率|增长的|[^,;。]{{0,10}}称号)|(?:年度?|全年|年初)计划(?={OF_THE_PLAN})|"  # (保持率)
    r"全国[^,;。第\d]{0,12}?(?:百强|强[县区市]|排名|榜)"  # (全国综合实力百强县: a list's name)
)
# The leads that name the report's own place (实现本市生产总值: no part of the name).
OWN_PLACE = frozenset(w for w in LEADS if re.fullmatch(rf"[全我本]{LEVEL}", w))
# 建成区, the built-up area, is a noun (城区建成区面积; but 建成区域医疗中心, 建成区级示范村)
_NOT_A_VERB = r"(?!建成区(?![域级]))"
OPENING_VERB_AT = re.compile(_NOT_A_VERB + _alternation(OPENING_VERBS))
# …and with 新 before it, "newly" (新聘任, 新改扩建; 新建, 新认定 are listed whole).
NEWLY_OPENING_VERB_AT = re.compile(_NOT_A_VERB + "新?" + _alternation(OPENING_VERBS))
# 生产 before a product it made (生产原油1514.3万吨): its verb, for a name's first word only
# (生产总值, 生产者价格指数, 生产成本 are nouns it begins, so the products are listed).
PRODUCING_AT = re.compile(
    r"生产(?=原油|原煤|煤炭|天然气|粮食|蔬菜|水果|肉类|生猪|油料|棉花|茶叶|钢材|粗钢|生铁|"
    r"水泥|化肥|卷烟|汽车|发电|电力|成品油|铝|铜)"
)
LONG_PREDICATE = re.compile(_alternation([w for w in PREDICATES if len(w) > 1]))
# Classifiers of a count that may stand before its noun (130个主要建设项目, 80项重点任务).
COUNTER = re.compile(rf"[{COUNTING}]|万|亿")  # (18.34万剩余贫困人口)
# The heads a counted noun ends with when a figure of its own follows with no verb between
# (75家县级以上农业龙头企业年销售收入18.4亿元, 60个3000万元以上工业项目总投资…).
COUNTED_HEAD = re.compile(r"企业|公司|项目|机构|合作社|基地")
# What ends a counted noun that is the subject of a figure after it (…项目完成投资127.6亿元).
_PROJECT_VERBS = [*OPENING_VERBS, "竣工", "投产", "竣工投产", "建成投用", "开工建设"]
_AFTER_NOUN = [*_PROJECT_VERBS, "全部", "全面"]
VERB_AFTER_NOUN = re.compile(_alternation([*_AFTER_NOUN, "脱贫"]))
# What ends a counted noun that the clause then says something of, with no figure of its
# own (8个重点项目进展顺利, 2家企业落户河东, 投入资金推动扶贫产业提质增效): its predicate.
NOUN_THEN_PREDICATE = re.compile(_alternation([
    *_AFTER_NOUN, "进展", "成功", "顺利", "落户", "获批", "成为", "推动",
    "带动", "相继", "陆续", "先后", "正式", "通过", "入选", "获得", "达到", "实现", "均", "已",
    "签订", "纳入", "列入", "进入", "主体封顶", "上规入统", "入规", "纳统",
]) + r"|(?:基本|加快|加速|全面|有序|稳步|深入|扎实|序时)(?:完工|推进|建成|铺开|实施|开展|完成)"
    # what counted people did (4292名党员群众积极投身抗疫一线, 530支突击队奔赴一线)
    r"|积极(?!分子|性)|主动(?!脉)|纷纷|奔赴|投身|驰援")  # fmt: skip
# The heads a compound noun ends with, a verb inside it (政府消费券发放活动, 道路改造工程).
NOUN_HEAD_AT_END = re.compile(r"(?:活动|工程|项目|行动|仪式|工作|会议)$")
# A clause part that is only a verb: the count's noun before it is its subject (开工65个).
VERB_ONLY = re.compile(_alternation(_PROJECT_VERBS))
# Never a qualitative target's name: a policy (完善促进消费), a future (将推动…), a word alone.
NOT_AN_INDICATOR = re.compile(
    # (重点做好以下工作:一是全力…: a plan's heading; 《…》; …不纳入能源消费总量: a rule)
    r"将|:|[一二三四五六七八九十]是|[《》]|不(?:纳入|计入)|"
    r"^(?:成为|完善|推动|推进|促进|加快|坚持|坚定|提出|突出|勾勒|实施|深化|深入|践行|扩大|提前|"
    r"着力|全力|奋力|全面|高质量|大力|积极|努力|在|要|把|让|使|围绕|巩固|强化|增强|不断|严格|拉动|“?进一步|"
    r"体现|彰显|展现|反映|表明|显示|考虑|兼顾)|"  # (…预期目标,体现了稳中求进: a comment)
    r"^(?:经济|预期|目标|发展|年度|全年|年初|今年|明年|当年|(?:19|20)\d\d年)$|"  # (与2006年持平)
    rf"^[全我本该]{LEVEL}$|"  # (全县要实现“三个突破”,即…: the region, whose slogan is glossed)
    r"^(?:这|此)(?!些年)|^那(?:是|就是)|"  # (…6.5%左右——这与全省目标保持一致: an aside; not 那曲)
    r"^以(?:确保|保证|便|实现|促进|推动)|"  # (…控制在4%以内,以确保社会稳定: a purpose)
    r"^既(?!有)|^又|"  # (…6.5%左右,既与规划相衔接,又为调整…留出空间: why; not 既有建筑)
    rf"^“?{FIVE_YEAR_PLAN}”?(?:时期|期间|末)?$|"  # (“十四五”时期,地区生产总值…: when)
    r"(?:打好|打赢|抓好|做好|用好)$"  # (持续打好|有效投资攻坚战: a task, its verb before 有效)
)
# "That is", after a comma: a list's lead-in (not 即墨, a place, nor 即时, 即食 …).
NAMELY = re.compile(r"(?:即|也就是|就是)(?![墨时食将使可期刻日便])")  # (即时零售额 …)
