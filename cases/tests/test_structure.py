"""Layout rules of the loader, each on text written for the test in the genre of the seeds."""

from django.test import SimpleTestCase

from cases.loader import ArticleError, read_article, read_text
from cases.loader.structure import institution_mentions

COLUMN_PAGE = """
健康中国行动基层卫生论坛暨

# 我为群众办实事 典型案例选登

指导单位：某市卫生健康委员会
主办单位：某日报社·健康周刊

## 守护一老一小 打造暖心家园

“以前取药要排很久的队，现在有人帮着拿。”72岁的王大爷在浙江省杭州市西湖区第一人民医院看完病后说。

西湖区第一人民医院坚持党建引领，把为民服务落到细处，推出
\n\n\n
医护人员为老人测量血压。

12条便民举措，开设老年人绿色通道。

### 抓服务 建设适老医院

医院院长刘明介绍说，医院已为辖区老人建立健康档案3200余份。

### 解难题 回应群众期盼

医院党委现有党员126名，下设3个党总支、12个党支部。

本报记者 陈晓 医院供图

## 网格连民心 服务零距离

今年以来，浙江省杭州市西湖区北山街道社区卫生服务中心将家庭医生服务融入网格。

### 织密网格 服务到家

中心划分12个网格，组建家庭医生团队8个。

本报记者 周琳 通讯员 郑凯 中心供图
"""

EPAPER_PAGE = """某地新闻要闻一某地新闻要闻二
第008版:要闻
上一版 下一版
某地新闻要闻一
某地新闻要闻二
江北区人民医院 党建引领 健康服务进万家
某日报 | 某日报农村版
3上一篇  下一篇4
2022 年 03 月 15 日 星期二 放大 缩小 默认
奋进新征程 建功新时代

江北区人民医院 党建引领 健康服务进万家

    医护人员在社区开展义诊

  本报讯（记者 孙丽 通讯员 王强）江北区人民医院坚持以党建为引领，持续改善群众就医体验。

  优化流程减少排队

  医院推出预约诊疗服务，患者平均候诊时间由原来的40分钟缩短为15分钟。

  某某 图片由江北区人民医院提供

3上一篇  下一篇
某日报版权所有 未经书面授权 不得复制或建立镜像
地址:某市某区某路1号 邮编:400000
"""

PORTAL_PAGE = """某某网
某某网>>某省频道>>地方动态

河南省兰考县：家门口看好病 群众得实惠

2023年05月10日08:30 | 来源：某某网-某省频道
小字号

近年来，兰考县卫健委坚持党建引领，推动优质医疗资源下沉。

夯实基层“网底”——让群众少跑腿

兰考县卫健委组织专家团队定期下乡坐诊。兰考县卫健委还为群众建立健康档案。

守护健康“底线”——让服务更贴心

兰考县人民医院开通了便民服务热线，受到群众欢迎。(李明)

(责编：王芳、赵强)

分享让更多人看到

返回顶部
"""


class ColumnPageTests(SimpleTestCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.article = read_text(COLUMN_PAGE)

    def test_page_metadata(self):
        show = self.article.showcase
        self.assertEqual(show.title, "我为群众办实事 典型案例选登")
        self.assertEqual(show.kicker, "健康中国行动基层卫生论坛暨")
        self.assertEqual(show.guided_by, "某市卫生健康委员会")
        self.assertEqual(show.hosted_by, "某日报社·健康周刊")

    def test_cases_split_at_their_heading_level(self):
        self.assertEqual(
            [c.title for c in self.article.cases], ["守护一老一小 打造暖心家园", "网格连民心 服务零距离"]
        )
        self.assertEqual(
            [s.heading for s in self.article.cases[0].sections], ["", "抓服务 建设适老医院", "解难题 回应群众期盼"]
        )

    def test_institution_found_in_the_lead_when_the_title_does_not_name_it(self):
        first, second = self.article.cases
        self.assertEqual(first.institution.name, "浙江省杭州市西湖区第一人民医院")
        self.assertEqual(second.institution.name, "浙江省杭州市西湖区北山街道社区卫生服务中心")

    def test_caption_taken_out_and_paragraph_joined_around_it(self):
        case = self.article.cases[0]
        self.assertEqual(case.captions, ["医护人员为老人测量血压。"])
        self.assertIn("推出12条便民举措，开设老年人绿色通道。", case.sections[0].paragraphs[1])

    def test_byline_and_photo_credit(self):
        first, second = self.article.cases
        self.assertEqual((first.byline, first.credits), ("陈晓", "医院供图"))
        self.assertEqual((second.byline, second.credits), ("周琳 郑凯", "中心供图"))
        self.assertNotIn("本报记者", first.body_text)


    def test_a_credit_for_the_whole_page_is_the_pages(self):
        article = read_text(
            "# 基层党建巡礼\n\n"
            "### 江津区中医院 党建引领 服务提质\n\n江津区中医院坚持党建引领，推出便民举措。\n\n"
            "### 永川区人民医院 支部建在科室上\n\n永川区人民医院坚持把支部建在科室上。\n\n"
            "王小川 图片由各单位提供\n"
        )
        self.assertEqual((article.showcase.author, article.showcase.credits), ("王小川", "图片由各单位提供"))
        self.assertEqual([(c.byline, c.credits) for c in article.cases], [("", ""), ("", "")])


class EpaperPageTests(SimpleTestCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.article = read_text(EPAPER_PAGE)

    def test_navigation_is_metadata_not_body(self):
        show = self.article.showcase
        self.assertEqual(show.date, "2022-03-15")
        self.assertEqual(show.edition, "第008版:要闻")
        self.assertEqual(show.column, "奋进新征程 建功新时代")
        body = self.article.cases[0].body_text
        for noise in ("上一版", "要闻一", "版权所有", "邮编", "放大"):
            self.assertNotIn(noise, body)

    def test_title_split_into_institution_and_title(self):
        case = self.article.cases[0]
        self.assertEqual(case.institution.name, "江北区人民医院")
        self.assertEqual(case.title, "党建引领 健康服务进万家")

    def test_indented_caption_and_plain_subheading(self):
        case = self.article.cases[0]
        self.assertEqual(case.captions, ["医护人员在社区开展义诊"])
        self.assertEqual([s.heading for s in case.sections], ["", "优化流程减少排队"])
        self.assertEqual((case.byline, case.credits), ("孙丽 王强", "图片由江北区人民医院提供"))
        self.assertTrue(case.sections[0].paragraphs[0].startswith("江北区人民医院坚持"))


class PrintedTwiceTests(SimpleTestCase):
    """What a page prints twice is read once."""

    def test_an_e_paper_kicker_ending_in_a_dash_stands_over_the_headline_and_its_repeat_at_the_foot_goes(self):
        kicker = "某县中医院获评全市公立医院党建示范单位——"
        headline = "党建“引擎”带动学科“提速”"
        text = (
            f"某某日报\n2024年05月08日 星期三\n第06版：健康\n\n{kicker}\n{headline}\n\n本报记者 张某\n\n"
            "  近年来，平利县中医院党委把党支部建在科室上，设立党员先锋岗28个，今年以来开展义诊46场。\n\n"
            f"  医院党委书记表示，医院将继续擦亮党建品牌。\n\n{kicker}{headline}\n\n某某日报社版权所有\n"
        )
        article = read_text(text)
        self.assertEqual(article.cases[0].title, headline)
        self.assertNotIn(headline, article.cases[0].body_text)

    def test_a_report_printed_twice_under_its_photo_is_read_once(self):
        paragraph = "4月2日，石门县皂市镇卫生院党支部组织党员医生组成2支义诊小分队，走访村组6个，为群众测量血压320余人次。"
        text = f"党员医生进村送健康\n2024-04-03　来源：某某新闻网\n\n[图片]\n\n{paragraph}\n\n（记者 某某 摄）\n\n{paragraph}\n"
        case = read_text(text).cases[0]
        self.assertEqual(case.body_text.count("义诊小分队"), 1)
        self.assertEqual([(m.value, m.unit) for m in case.metrics], [(2, "支"), (6, "个"), (320, "人次")])


class UnitHeadTests(SimpleTestCase):
    """A round-up's units under numbered or bracketed heads, also in a copy that lost its line breaks."""

    UNITS = [
        (
            "红星镇卫生院党支部", "“健康快车”跑出加速度",
            "山区群众看病路远。红星镇卫生院党支部组建党员服务队2支，配备移动体检设备，定期开进偏远村组。今年开展巡回义诊60余场，为群众体检2100余人次。",
            "昌乐县红星镇卫生院",
        ),
        (
            "红星镇五里村党支部", "“红色代办”让群众少跑腿",
            "五里村外出务工人员多，留守老人办事难。村党支部组织党员20名组成代办队，实行群众点单、党员跑腿。今年为村民代办各类事项310件。",
            "昌乐县红星镇五里村",
        ),
    ]

    def one_line(self, head):
        intro = "原创 某某组工 2023-06-02 08:05 发表于山东 编者按：今年以来，昌乐县各级党组织聚焦群众急难愁盼，本期推出2个案例。"
        units = " ".join(f"{head(n)}{unit}：{title} {'红星镇位于昌乐县东部。' if n == 0 else ''}{body}（红星镇 供稿）" for n, (unit, title, body, _) in enumerate(self.UNITS))
        return f"{intro} {units} 来源：中共昌乐县委组织部 编辑：某某 阅读 1024 在看 5"

    def test_numbered_heads_in_a_one_line_copy_start_a_case_each(self):
        for head in (lambda n: f"0{n + 1} ", lambda n: f"（{'一二'[n]}）"):
            with self.subTest(head=head(0)):
                cases = read_text(self.one_line(head)).cases
                self.assertEqual([c.institution.name for c in cases], [u[3] for u in self.UNITS])
                self.assertEqual([c.title for c in cases], [u[1] for u in self.UNITS])
                self.assertEqual([[(m.value, m.unit) for m in c.metrics] for c in cases], [[(2, "支"), (60, "场"), (2100, "人次")], [(20, "名"), (310, "件")]])

    def test_heads_with_bullets_circled_numbers_stops_and_other_brackets_split_a_round_up(self):
        units = [
            ("昆都仑区新华街道", "“街巷吹哨”让小事不出网格", "昆都仑区新华街道党工委将辖区划分为52个网格，推行网格吹哨、部门报到，今年解决群众诉求860余件。"),
            ("土默特右旗萨拉齐镇", "“幸福萨拉齐”", "萨拉齐镇党委组建党员志愿服务队6支，今年为留守老人上门服务1200余人次，办理民生实事35件。"),
            ("包头市中心医院", "“红色细胞”激活改革动力", "包头市中心医院党委推行支部建在科室上，设立党员先锋岗40个，今年下乡义诊58场。"),
        ]
        for head in ("① {unit}：{title}", "▶{unit}党委：{title}", "■ {unit}党委：{title}", "第一站：{unit} {title}", "〔{unit}〕{title}"):
            with self.subTest(head=head):
                text = "基层党建巡礼\n2024-06-02　来源：某某新闻网\n\n" + "\n\n".join(
                    f"{head.format(unit=unit, title=title)}\n{body}" for unit, title, body in units
                ) + "\n"
                cases = read_text(text).cases
                self.assertEqual(len(cases), 3)
                self.assertEqual([c.title for c in cases], [u[1] for u in units])
                self.assertEqual(cases[2].institution.name, "包头市中心医院")

    def test_units_labelled_by_their_kind_alone_are_named_as_their_paragraphs_open(self):
        text = (
            "红山街道：党建聚力 医社联动\n2024-10-28　来源：某某网\n\n"
            "在乌鲁木齐市天山区红山街道，街道党工委联合辖区医疗机构为居民办实事。\n\n"
            "街道党工委：“红色纽带”串起共建资源\n"
            "红山街道党工委以党建联建为纽带，牵头辖区医疗机构、学校组建健康共同体，今年协调解决就医难题38件。\n\n"
            "社区卫生服务中心：家庭医生当好“健康守门人”\n"
            "天山区红山街道社区卫生服务中心党支部现有党员16名，组建家庭医生团队9个，今年上门随访1800余人次。\n"
        )
        cases = read_text(text).cases
        self.assertEqual([c.title for c in cases], ["“红色纽带”串起共建资源", "家庭医生当好“健康守门人”"])
        self.assertEqual(cases[1].institution.name, "天山区红山街道社区卫生服务中心")
        self.assertEqual([(m.value, m.unit) for m in cases[1].metrics], [(16, "名"), (9, "个"), (1800, "人次")])

    def test_a_street_and_its_community_in_one_bracket_are_the_community(self):
        text = (
            "社区党建巡礼\n2024-06-02　来源：某某新闻网\n\n"
            "【堡子里街道·文昌社区】“老字号”邻里守望暖人心\n文昌社区党委组建老字号商户志愿队3支，今年为独居老人送餐2100余份。\n\n"
            "【堡子里街道·钟楼社区】“红色物业”破解管理难\n钟楼社区党委推动成立业主委员会4个，今年解决停车难等问题26件。\n"
        )
        cases = read_text(text).cases
        self.assertEqual([c.institution.name for c in cases], ["堡子里街道文昌社区", "堡子里街道钟楼社区"])

    def test_a_bracketed_unit_and_its_brand_head_its_entry_and_a_county_s_cdc_is_named_in_full(self):
        text = (
            "县卫健系统党建品牌展示\n2022-12-08　来源：某某新闻网\n\n"
            "【射洪市妇幼保健院党支部·“暖阳护航”】\n该院党支部有党员41名，开设“孕妈课堂”36期。\n\n"
            "【疾控中心党支部·“防线尖兵”】\n射洪市疾病预防控制中心党支部组建党员突击队3支，今年完成监测样本检测2.3万份。\n\n"
            "【太和镇卫生院党支部·“药香太和”】\n太和镇是有名的药材之乡。太和镇卫生院党支部依托本地药材资源，打造中医特色科室4个，党员医生带头推广中医适宜技术。\n"
        )
        cases = read_text(text).cases
        self.assertEqual([c.institution.name for c in cases], ["射洪市妇幼保健院", "射洪市疾病预防控制中心", "射洪市太和镇卫生院"])
        self.assertEqual([[(m.value, m.unit) for m in c.metrics] for c in cases], [[(41, "名"), (36, "期")], [(3, "支"), (23000, "份")], [(4, "个")]])


class PortalPageTests(SimpleTestCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.article = read_text(PORTAL_PAGE)

    def test_dateline_breadcrumb_editors_and_author(self):
        show = self.article.showcase
        self.assertEqual((show.publication, show.channel), ("某某网", "某省频道"))
        self.assertEqual((show.date, show.time), ("2023-05-10", "08:30"))
        self.assertEqual(show.editors, ["王芳", "赵强"])
        self.assertEqual(show.author, "李明")

    def test_sections_and_no_furniture_in_body(self):
        case = self.article.cases[0]
        self.assertEqual(
            [s.heading for s in case.sections], ["", "夯实基层“网底”——让群众少跑腿", "守护健康“底线”——让服务更贴心"]
        )
        for noise in ("小字号", "分享", "返回顶部", "责编", "（李明）"):
            self.assertNotIn(noise, case.body_text)

    def test_a_place_in_the_title_stands_for_the_institution_the_body_keeps_naming(self):
        case = self.article.cases[0]
        self.assertEqual(case.title, "家门口看好病 群众得实惠")
        self.assertEqual(case.institution.name, "兰考县卫健委")
        self.assertEqual(case.institution.kind, "health_commission")


class RepairTests(SimpleTestCase):
    def test_continuation_and_misplaced_section_go_to_their_case(self):
        page = """
# 甲县卫生健康局： 守护群众健康

## ■中共甲县县委组织部

甲县卫生健康局坚持党建引领。

## 强基固本 夯实基础

基层医疗机构标准化建设全面完成，群众满意度持续提升。

# 乙市丙区丁社区： “四心”服务暖人心

## ■中共丙区区委组织部

丁社区坚持党建引领，打造“四心”服务品牌。

## 暖心“议事厅” 民事共商量

社区每月召开居民议事会，推动问题在

# 戊市： 小区治理见实效

## ■中共戊市市委组织部

戊市坚持党建引领小区治理。

## “红色物业”暖民心

物业服务企业成立党支部，开展便民服务，解决群众关心的

## 贴心“帮办站” 服务面对面

丁社区设立帮办窗口，为居民代办各类事项。

## 创新“四心”服务 治理全覆盖

丁社区将辖区划分为网格，实现服务全覆盖。

问题。这是戊市推进小区治理的一个缩影。

戊市将持续深化党建引领基层治理。

(上接B14版)

社区解决，形成闭环。

## 安心“守护站” 平安零距离

社区组建夜巡队，守护居民平安。

(下转B15版)
"""
        article = read_text(page)
        first, community, city = article.cases
        self.assertEqual(article.showcase.pages, "B14-B15")
        self.assertEqual(community.contributor, "中共丙区区委组织部")
        headings = [s.heading for s in community.sections]
        self.assertEqual(
            headings,
            ["", "暖心“议事厅” 民事共商量", "安心“守护站” 平安零距离", "贴心“帮办站” 服务面对面", "创新“四心”服务 治理全覆盖"],
        )
        self.assertIn("推动问题在社区解决，形成闭环。", community.body_text)
        self.assertEqual([s.heading for s in city.sections], ["", "“红色物业”暖民心"])
        self.assertIn("解决群众关心的问题。这是戊市推进小区治理的一个缩影。", city.body_text)
        self.assertNotIn("帮办", city.body_text)
        self.assertEqual(city.warnings, [])

    def test_duplicated_passage_kept_once_with_the_case_it_names(self):
        passage = "为提升基层服务能力，医院与周边卫生院组建白塔片区医共体，定期派出专家坐诊、查房和带教，群众在家门口就能看上好医生。"
        page = f"""
# 党建引领 基层卫生展新颜

### 泾县青石镇中心卫生院 甘当健康守门人

青石镇中心卫生院坚持党建引领，做实公共卫生服务。

{passage}

### 泾县白塔镇中心卫生院 党建引领高质量发展

白塔镇中心卫生院坚持党建与业务融合发展。

{passage}
"""
        first, second = read_text(page).cases
        self.assertNotIn("白塔片区医共体", first.body_text)
        self.assertIn("白塔片区医共体", second.body_text)
        self.assertTrue(any("重复" in w for w in first.warnings))
        self.assertEqual(second.warnings, [])

    def test_case_ending_mid_sentence_is_flagged(self):
        page = """
# 党建引领 服务群众

### 雨湖区人民医院 党建引领促发展

雨湖区人民医院坚持以人民健康为中心，努力建设成为

### 雨湖区中医院 中医服务进社区

雨湖区中医院开展中医药服务进社区活动。
"""
        first, second = read_text(page).cases
        self.assertTrue(any("不完整" in w for w in first.warnings))
        self.assertEqual(second.warnings, [])


class DecodingTests(SimpleTestCase):
    def test_gb18030_utf16_bom_and_crlf_read_alike(self):
        utf8 = read_article(PORTAL_PAGE.encode("utf-8"))
        for data, encoding in (
            (PORTAL_PAGE.replace("\n", "\r\n").encode("gb18030"), "gb18030"),
            (PORTAL_PAGE.encode("utf-16"), "utf-16"),
            (PORTAL_PAGE.encode("utf-8-sig"), "utf-8-sig"),
        ):
            article = read_article(data)
            self.assertEqual(article.encoding, encoding)
            self.assertEqual(article.cases[0].body_text, utf8.cases[0].body_text)

    def test_a_saved_web_page_reads_as_its_copied_text(self):
        paragraphs = "".join(f"<p>{line}</p>\n" for line in PORTAL_PAGE.splitlines()[7:])
        page = (
            '<!DOCTYPE html>\n<html><head><meta charset="gb18030"><title>家门口看好病_某某网</title>\n'
            "<script>var counter = '点击数：1024';</script><style>.nav { color: red }</style></head>\n"
            '<body><div class="nav"><a href="/">某某网</a>&gt;&gt;<a href="/p">某省频道</a></div>\n'
            "<h1>河南省兰考县：家门口看好病 群众得实惠</h1>\n<div>2023年05月10日08:30 | 来源：某某网-某省频道</div>\n"
            f'<div class="content">{paragraphs}</div></body></html>\n'
        )
        copied = read_article(PORTAL_PAGE.encode("utf-8")).cases[0]
        for data in (page.encode("gb18030"), page.encode("utf-8")):
            article = read_article(data)
            case = article.cases[0]
            self.assertEqual(case.title, copied.title)
            self.assertEqual(case.institution.name, copied.institution.name)
            self.assertEqual(case.body_text, copied.body_text)
            self.assertEqual(article.showcase.date, "2023-05-10")
            self.assertNotIn("<", case.body_text)
            self.assertNotIn("点击数", article.text)

    def test_nbsp_fullwidth_space_and_halfwidth_commas_normalised(self):
        article = read_text(PORTAL_PAGE.replace("近年来，", "近年来,\u00a0").replace("定期", "定期\u3000"))
        body = article.cases[0].body_text
        self.assertIn("近年来，兰考县", body)
        self.assertIn("定期 下乡", body)

    def test_unreadable_input_is_a_one_line_error(self):
        for data in (b"", b"\x00\x01\x02binary", b"\xff\xfe\x00\xd8"):
            with self.assertRaises(ArticleError) as raised:
                read_article(data)
            self.assertNotIn("\n", str(raised.exception))

    def test_text_without_any_case_is_an_error(self):
        with self.assertRaises(ArticleError):
            read_text("上一版 下一版\n返回顶部\n")


class MentionTests(SimpleTestCase):
    def test_institution_names_trimmed_from_running_text(self):
        text = "65岁的李阿姨在河北省石家庄市长安区人民医院看病后说，这里服务好。"
        self.assertEqual(institution_mentions(text), ["河北省石家庄市长安区人民医院"])
