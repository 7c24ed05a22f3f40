"""Metrics read out of case text: numbers, qualifiers, labels, categories, and what is never a metric.

The sentences here are written for the tests in the genre of the seed articles, not copied from them;
the last test measures recall against the seed articles' expected metrics.
"""

import json
from decimal import Decimal
from pathlib import Path

from django.test import SimpleTestCase

from cases.loader.metrics import extract_metrics, parse_number
from cases.loader.text import normalize


def triples(text):
    return [(m.label, m.value, m.unit) for m in extract_metrics([text])]


def one(text):
    metrics = extract_metrics([text])
    if len(metrics) != 1:
        raise AssertionError(f"expected one metric in {text!r}, got {metrics!r}")
    return metrics[0]


class ParseNumberTests(SimpleTestCase):
    def test_numbers(self):
        cases = {
            "6.2万": Decimal(62000),
            "三千": Decimal(3000),
            "两百": Decimal(200),
            "1.5": Decimal("1.5"),
            "43177": Decimal(43177),
            "两": Decimal(2),
            "半": Decimal("0.5"),
            "1.2亿": Decimal(120_000_000),
            "1,200": Decimal(1200),
            "十二": Decimal(12),
        }
        for text, value in cases.items():
            with self.subTest(text=text):
                self.assertEqual(parse_number(text), value)

    def test_not_a_number(self):
        with self.assertRaises(ValueError):
            parse_number("十三五")


class NumeralTests(SimpleTestCase):
    def test_chinese_numerals_with_measure_word(self):
        self.assertEqual(triples("该院现有职工三千余人，党员两百名"), [("职工", 3000, "人"), ("党员", 200, "名")])

    def test_wan_with_decimal(self):
        metric = one("中心为辖区6.2万居民提供基本公共卫生服务")
        self.assertEqual((metric.label, metric.value, metric.unit), ("居民", 62000, "人"))

    def test_yi_yuan_is_money_in_yuan(self):
        metric = one("累计投入建设资金1.2亿元")
        self.assertEqual((metric.value, metric.unit, metric.category), (120_000_000, "元", "money"))

    def test_small_chinese_numeral_counts_people_and_party_units(self):
        self.assertEqual(triples("街道新设两个党支部，选派三名医生"), [("党支部", 2, "个"), ("医生", 3, "名")])


class PlaceNamesWithNumeralsTests(SimpleTestCase):
    def test_a_town_or_village_whose_name_opens_with_a_numeral_is_no_figure(self):
        for text, figures in {
            "四家子镇中心卫生院党支部今年服务群众3000人次": [(3000, "人次")],
            "三道沟村党支部组织义诊12场": [(12, "场")],
            "新建三家卫生室": [(3, "家")],
        }.items():
            with self.subTest(text):
                self.assertEqual([(value, unit) for _, value, unit in triples(text)], figures)


class SlogansAndClockTimesTests(SimpleTestCase):
    def test_a_time_of_day_and_the_team_that_stays_are_no_figures(self):
        for text, figures in {
            "每天上午9时30分，党员医生准时出诊，已服务群众300人次": [(300, "人次")],
            "打造一支带不走的医疗队，培养乡村医生12名": [(12, "名")],
            "急救平均用时30分钟": [(30, "分钟")],
        }.items():
            with self.subTest(text):
                self.assertEqual([(value, unit) for _, value, unit in triples(text)], figures)


class QualifierTests(SimpleTestCase):
    def test_qualifiers(self):
        cases = {
            "开展入户走访1200余户": "more_than",
            "服务群众300多人次": "more_than",
            "家庭医生签约率达到85%以上": "at_least",
            "每年开展健康讲座不少于12场": "at_least",
            "专用车位宽度不小于2.5米": "at_least",
            "参与志愿服务的党员超过150名": "more_than",
            "服务群众超800人次": "more_than",
            "开展义诊超百场": "more_than",
            "近200名居民参加义诊": "about",
            "约80名退休党员报名": "about",
            "每次巡逻2小时左右": "about",
            "居民签约率约为四成": "about",
            "报名的党员大约有80名": "about",
            "全年共举办讲座24场": "exact",
        }
        for text, qualifier in cases.items():
            with self.subTest(text=text):
                self.assertEqual(one(text).qualifier, qualifier)

    def test_more_than_after_wan(self):
        metric = one("社区常住人口2万余人")
        self.assertEqual((metric.value, metric.unit, metric.qualifier), (20000, "人", "more_than"))


class PercentageTests(SimpleTestCase):
    def test_percentage_kept_exactly(self):
        metric = one("患者满意度达到98.5%")
        self.assertEqual((metric.label, metric.value, metric.unit, metric.category), ("患者满意度", Decimal("98.5"), "%", "rate"))


class BeforeAfterTests(SimpleTestCase):
    def test_shortened_waiting_time_is_one_metric(self):
        metric = one("出院结算时间由原来的3个工作日缩短为半个工作日")
        self.assertEqual((metric.value, metric.unit), (Decimal("0.5"), "工作日"))
        self.assertEqual((metric.previous_value, metric.previous_unit), (3, "工作日"))
        self.assertEqual(metric.label, "出院结算时间")
        self.assertEqual(metric.category, "time")

    def test_increase_with_wan(self):
        metric = one("门诊量从10万人次增加到15万人次")
        self.assertEqual((metric.value, metric.previous_value, metric.unit), (150000, 100000, "人次"))

    def test_reorganised_branches(self):
        metric = one("将原有3个党支部调整为9个")
        self.assertEqual((metric.label, metric.value, metric.previous_value), ("党支部", 9, 3))


    def test_where_it_stood_before_in_a_quote_and_a_mark_passed_on_the_way(self):
        values = [(m.value, m.unit) for m in extract_metrics(["“以前胸痛病人从发病到打通血管，平均要100多分钟，现在我们控制在了68分钟。”"])]
        self.assertNotIn((Decimal("100"), "分钟"), values)
        values = [(m.value, m.unit) for m in extract_metrics(["全年医疗业务收入首次突破1亿元，达到1.02亿元。"])]
        self.assertEqual(values, [(Decimal("102000000"), "元")])


class NeverMetricTests(SimpleTestCase):
    def assertNone(self, text):
        self.assertEqual(extract_metrics([text]), [], text)

    def test_years_and_dates(self):
        self.assertNone("该社区卫生服务中心建于1985年，2019年3月完成改扩建")
        self.assertNone("2022年8月15日，记者来到红星社区")
        self.assertNone("2020年至2022年度，中心荣获多项表彰")

    def test_times(self):
        self.assertNone("2023年04月12日09:30 | 来源：某日报")
        self.assertNone("12月3日上午9时许")

    def test_ordinals(self):
        self.assertNone("市第三人民医院党委组织第二批党员志愿者")
        self.assertNone("该院在全市考评中排名第5名")
        self.assertNone("第012版：健康周刊")

    def test_ages(self):
        self.assertNone("82岁的张大爷和年过七旬的老伴")
        self.assertNone("一位56岁的患者突发胸痛")

    def test_phone_numbers(self):
        self.assertNone("咨询电话：028-86123456，或拨打13812345678")

    def test_addresses(self):
        self.assertNone("医院地址：人民南路218号")
        self.assertNone("家住幸福小区7号楼的居民")

    def test_numerals_in_names_and_brands(self):
        self.assertNone("社区推行“三个一”工作法，织密“一张网”，下好“一盘棋”")
        self.assertNone("实施党建“八大工程”，打造“四邻驿站”")
        self.assertNone("打造“暖心100%”服务品牌，推行“3个1+N”模式")
        self.assertNone("构建“四位一体”共治机制，落实三张清单")
        self.assertNone("打通服务群众“最后1公里”")

    def test_one_is_not_a_count(self):
        self.assertNone("一名党员就是一面旗帜，一个支部就是一座堡垒")

    def test_number_without_measure_word(self):
        self.assertNone("用好“十大举措”和百姓议事会")

    def test_years_are_no_count(self):
        # how long someone kept at it is the story's, not a figure of work: none of the 2,300 test
        # articles' readers counts one (坚持10年, 已经坚持了8年)
        self.assertNone("义诊队坚持10年进村服务")
        self.assertNone("社区连续3年获评先进")  # a streak of honours


class LabelTests(SimpleTestCase):
    def test_label_after_number(self):
        self.assertEqual(triples("中心推出42条便民举措"), [("便民举措", 42, "条")])
        self.assertEqual(triples("医院下设4个党总支、36个党支部"), [("党总支", 4, "个"), ("党支部", 36, "个")])

    def test_label_before_number(self):
        self.assertEqual(triples("新建门诊大楼2.4万平米"), [("门诊大楼", 24000, "平米")])
        self.assertEqual(triples("医院现有党员215名"), [("党员", 215, "名")])
        self.assertEqual(triples("开放床位450张"), [("床位", 450, "张")])
        self.assertEqual(triples("辖区面积2.3平方公里"), [("辖区面积", Decimal("2.3"), "平方公里")])
        self.assertEqual(triples("流感疫苗接种完成12860针次"), [("流感疫苗接种", 12860, "针次")])

    def test_quoted_name_before_number(self):
        self.assertEqual(triples("今年已累计召开“院坝议事会”36场"), [("院坝议事会", 36, "场")])

    def test_labels_stay_short(self):
        for metric in extract_metrics(["组建由内科、外科、儿科骨干医生和社区网格员共同参与的家庭医生签约服务团队12个"]):
            self.assertLessEqual(len(metric.label), 10)

    def test_no_label_falls_back_to_unit(self):
        metric = one("其中18家已挂牌")
        self.assertEqual((metric.label, metric.value, metric.unit), ("家", 18, "家"))

    def test_what_a_bare_count_achieved_is_its_label(self):
        self.assertEqual(triples("全县已有18家完成了标准化建设"), [("标准化建设", 18, "家")])
        self.assertEqual(triples("27家通过了等级评审"), [("等级评审", 27, "家")])
        self.assertEqual(triples("从退休干部中吸纳56人组建“银龄”巡逻队"), [("银龄巡逻队", 56, "人")])
        self.assertEqual(triples("共有86名同志通过中级职称评审"), [("中级职称", 86, "名")])
        self.assertEqual(triples("为2100名适龄妇女完成免费宫颈癌筛查"), [("宫颈癌筛查", 2100, "名")])
        # party members stay party members, and a rate keeps the label before it
        self.assertEqual(triples("68名党员完成了志愿服务"), [("党员", 68, "名")])
        self.assertEqual(triples("满意度上升至98%以上通过持续改进"), [("满意度", 98, "%")])

    def test_generic_noun_takes_what_stands_before_its_deng(self):
        self.assertEqual(triples("开展健康讲座等活动42场"), [("健康讲座活动", 42, "场")])

    def test_phrase_is_the_clause(self):
        metric = one("为更好服务群众，中心开展义诊活动24场，受到好评")
        self.assertEqual(metric.phrase, "中心开展义诊活动24场")


class NotAFigureTests(SimpleTestCase):
    def test_frequencies(self):
        self.assertEqual(triples("采取半月1次信箱整理、每月2次进科室"), [])
        self.assertEqual(triples("每周3次入户随访"), [])

    def test_steps_of_a_story(self):
        self.assertEqual(triples("经过10次电除颤，患者转危为安"), [])
        self.assertEqual(triples("开展电除颤培训10次"), [("电除颤培训", 10, "次")])

    def test_ratios_of_a_scheme(self):
        self.assertEqual(triples("采取1名党员联系10户群众的方式"), [])

    def test_durations_in_a_story_or_a_service_name(self):
        self.assertEqual(triples("患者因突发胸痛半小时被送入急诊科"), [])
        self.assertEqual(triples("开通24小时“健康通”热线"), [])
        self.assertEqual(triples("平均候诊时间缩短至15分钟"), [("平均候诊时间", 15, "分钟")])


class CategoryTests(SimpleTestCase):
    def test_categories(self):
        cases = {
            "社区共有党员128名": "party_members",
            "划分网格22个": "organizations",
            "组建志愿服务队5支": "organizations",
            "开展义诊活动30场": "services",
            "推出便民举措18项": "services",
            "服务患者3200人次": "people_served",
            "常住人口15000人": "people_served",
            "走访困难家庭260户": "people_served",
            "新增病床120张": "facilities",
            "建成党群服务站6个": "facilities",
            "减免医疗费用3.5万元": "money",
            "群众满意度96%": "rate",
            "平均住院日缩短2天": "time",
            "召开居民代表会8次": "services",
        }
        for text, category in cases.items():
            with self.subTest(text=text):
                self.assertEqual(one(text).category, category)


class SeedRecallTests(SimpleTestCase):
    """Every line of each seed article through extract_metrics: the expected figures must be found."""

    def setUp(self):
        root = Path(__file__).resolve().parents[2] / "fixtures"
        self.articles = root / "articles"
        self.expected = json.loads((root / "expected.json").read_text(encoding="utf-8"))

    def extracted(self, name):
        lines = normalize((self.articles / name).read_text(encoding="utf-8")).split("\n")
        return extract_metrics(lines)

    def test_recall_on_seed_articles(self):
        wanted = found = 0
        for entry in self.expected["files"]:
            got = {(m.value, m.unit, m.qualifier) for m in self.extracted(entry["file"])}
            for case in entry["cases"]:
                for metric in case.get("metrics", []):
                    wanted += 1
                    found += (Decimal(str(metric["value"])), metric["unit"], metric["qualifier"]) in got
        self.assertGreater(wanted, 0)
        self.assertGreaterEqual(found / wanted, 0.9, f"recall {found}/{wanted}")

    def test_no_ages_or_years_in_seed_metrics(self):
        for entry in self.expected["files"]:
            for metric in self.extracted(entry["file"]):
                with self.subTest(file=entry["file"], phrase=metric.phrase):
                    self.assertNotEqual(metric.unit, "岁")
                    self.assertFalse(metric.unit == "年" and 1900 <= metric.value <= 2100)


class RepeatedFigureTests(SimpleTestCase):
    def figures(self, text):
        return [(m.label, int(m.value), m.unit) for m in extract_metrics([text])]

    def test_the_same_count_told_again_is_one_figure(self):
        text = "卫生院将全镇23个村卫生室纳入一体化管理。卫生院投入设备，实现23个村卫生室远程心电诊断。"
        self.assertEqual([f for f in self.figures(text) if f[1] == 23], [("村卫生室", 23, "个")])

    def test_the_same_number_of_other_things_stays(self):
        figures = self.figures("医院的8个党支部与街道8个社区结对。成立网格党支部8个。")
        self.assertEqual(len([f for f in figures if f[1] == 8]), 3)

    def test_a_range_and_a_branch_name_are_not_counts(self):
        figures = self.figures("支部党员每人联系2至3个村卫生室。外科二支部与和平居委结对，义诊12场。")
        self.assertEqual(figures, [("义诊", 12, "场")])

    def test_yue_ending_a_word_is_no_qualifier(self):
        figures = [(m.label, int(m.value), m.unit, m.qualifier) for m in extract_metrics(["今年以来入户履约1900余人次，预约体检约300人。"])]
        self.assertEqual([f[3] for f in figures], ["more_than", "about"])


class FigureShapeTests(SimpleTestCase):
    """Shapes met in articles from outlets the loader had not seen."""

    def figures(self, text):
        return [(int(m.value), m.unit, m.qualifier) for m in extract_metrics([normalize(text)])]

    def test_tupo_is_more_than_and_a_won_fund_is_no_plan(self):
        self.assertEqual(self.figures("去年村集体收入突破65万元。"), [(650000, "元", "more_than")])
        self.assertEqual(self.figures("今年争取资金约860万元。"), [(8600000, "元", "about")])

    def test_units_and_spacing_of_a_copy(self):
        self.assertEqual(self.figures("开设课程 18 门，参与学生 2.6 万 余人次。"), [(18, "门", "exact"), (26000, "人次", "more_than")])
        self.assertEqual(self.figures("满意度达 95% 以上。"), [(95, "%", "at_least")])
        self.assertEqual(self.figures("全镇约5.6万人口，年销售苹果约500万斤。"), [(56000, "人", "about"), (5000000, "斤", "about")])

    def test_days_of_work_count_where_the_work_is_named(self):
        self.assertEqual(self.figures("专家下沉坐诊1100余天。"), [(1100, "天", "more_than")])

    def test_thresholds_speech_and_streaks_are_not_counts(self):
        self.assertEqual(self.figures("全镇年收入50万元以上的村有12个。"), [(12, "个", "exact")])
        self.assertEqual(self.figures("“多亏了民警，我的3万元养老钱才没被骗走。”王大爷说。"), [])
        self.assertEqual(self.figures("“我们添置了血压计5台，放进健康小屋。”书记说。"), [(5, "台", "exact")])
        self.assertEqual(self.figures("医院连续3年获评先进单位。"), [])

    def test_tenths_small_numerals_and_more_units(self):
        # (占比近三成: a share in words, which the test articles' readers leave out more often than they count)
        self.assertEqual(self.figures("首诊率提高到六成以上，占比近三成。"), [(60, "%", "at_least")])
        self.assertEqual(self.figures("推广适宜技术十余项，覆盖两个工业园区和三个山村。"), [(10, "项", "more_than"), (2, "个", "exact"), (3, "个", "exact")])
        self.assertEqual(self.figures("组建党员攻坚小组两个，讲师团一支。"), [(2, "个", "exact"), (1, "支", "exact")])
        self.assertEqual(self.figures("接听咨询电话1500多个，更换单元门38扇，手术带教38台次。"), [(1500, "个", "more_than"), (38, "扇", "exact"), (38, "台次", "exact")])
        self.assertEqual(self.figures("五分之一的居民一成不变，联系电话：0571-88888888"), [])

    def test_the_parties_to_an_event_are_not_counted(self):
        self.assertEqual(self.figures("活动结束后，社区与两家共建单位就常态化健康服务进行了交流。"), [])
        self.assertEqual(self.figures("三个支部共建的背景、内容和形式。"), [])
        self.assertEqual(self.figures("医院新设两个党支部。"), [(2, "个", "exact")])

    def test_limits_settings_and_shares_are_not_counts(self):
        self.assertEqual(self.figures("平均等候时间缩短至25分钟以内。"), [])
        self.assertEqual(self.figures("海拔800多米的山村，村民坐车要1个多小时。"), [])
        self.assertEqual(self.figures("合作社提取10%的收益，拿出收益的两成用于公益。"), [])

    def test_a_percentage_in_words(self):
        self.assertEqual(self.figures("新生儿疾病筛查率达到百分之九十九点二，满意度百分之百。"), [(99, "%", "exact"), (100, "%", "exact")])

    def test_retired_members_time_is_no_distance(self):
        self.assertEqual(self.figures("离休党员累计服务300小时，距县城60公里。"), [(300, "小时", "exact")])

    def test_a_years_work_a_plan_and_person_days(self):
        self.assertEqual(self.figures("邀请专家到社区坐诊每年200余次，下派专家驻点帮扶1,150人天。"), [(200, "次", "more_than"), (1150, "人天", "exact")])
        self.assertEqual(self.figures("今年社区还将改造加装电梯12台。"), [])

    def test_a_count_whose_unit_stands_in_what_it_counts(self):
        self.assertEqual(self.figures("全镇辖41个行政村，常住人口约4.2万。去年门急诊人次达到2.4万。投入资金2.4万。"), [(41, "个", "exact"), (42000, "人", "about"), (24000, "人次", "exact")])

    def test_a_sentence_about_what_comes_next_holds_only_plans(self):
        text = "今年已组建服务队3支。下一步，卫生院计划年内再组建2支小分队，力争辖区65岁以上老年人健康管理率达到80%。"
        self.assertEqual(self.figures(text), [(3, "支", "exact")])
        self.assertEqual(self.figures("该院计划把“医社共建”模式推广到全县12个乡镇。"), [])
        self.assertEqual(self.figures("镇计划生育协会组织志愿者30名。"), [(30, "名", "exact")])

    def test_an_address_is_no_count(self):
        self.assertEqual(self.figures("党员医生走进葡萄村3组村民家中，为村民体检40余人。"), [(40, "人", "more_than")])
        self.assertEqual(self.figures("在28艘远洋渔船上建立流动党小组。"), [(28, "艘", "exact")])

    def test_a_baseline_before_what_it_rose_or_fell_to_is_no_figure_of_its_own(self):
        self.assertEqual(self.figures("全县县域内就诊率由上年同期的82%提升至89%。"), [(89, "%", "exact")])
        self.assertEqual(self.figures("人均自付住院费用从2020年的1860元降至去年的1120元。"), [(1120, "元", "exact")])
        self.assertEqual(self.figures("住院手术量由2021年全年的236台增至今年1至9月的318台。"), [(318, "台", "exact")])
        self.assertEqual(self.figures("从入院到血管开通仅用了58分钟。"), [])

    def test_the_clause_right_after_a_plan_is_planned_too(self):
        self.assertEqual(self.figures("医院计划投入1.2亿元建设新楼，新增床位200张，让群众看好病。"), [])
        self.assertEqual(self.figures("今年计划开展巡回医疗20次，已完成8次，服务群众4000人次。"), [(8, "次", "exact"), (4000, "人次", "exact")])
        self.assertEqual(self.figures("社区还争取改造资金1680万元，改造雨污管网4公里。"), [(16800000, "元", "exact"), (4, "公里", "exact")])
        self.assertEqual(self.figures("医院实施“支部+专科”共建计划，培育市级重点专科4个。"), [(4, "个", "exact")])

    def test_round_the_clock_and_an_upper_bound_are_no_counts(self):
        self.assertEqual(self.figures("组织17名党员组成小分队，实行24小时值守。"), [(17, "名", "exact")])
        self.assertEqual(self.figures("报销完自己才花了不到一万块，开展培训不少于20场。"), [(20, "场", "at_least")])

    def test_the_road_a_villager_used_to_travel_is_no_figure(self):
        self.assertEqual(self.figures("“以前看个专科要跑四十多公里进城，现在专家到村里来了。”今年义诊12场。"), [(12, "场", "exact")])

    def test_one_household_s_story_and_where_a_village_lies_are_no_figures(self):
        self.assertEqual(self.figures("兴贤村莲农说，他家今年种了15亩白莲。全镇白莲种植面积达1.2万亩。"), [(12000, "亩", "exact")])
        self.assertEqual(self.figures("嘎查位于镇政府驻地东北18公里，最远的牧户有80多公里。"), [])

    def test_a_year_on_both_sides_of_a_rise_and_a_scene_s_companions(self):
        self.assertEqual(self.figures("门诊服务量由2022年的1.9万人次增至2023年的2.6万人次。"), [(26000, "人次", "exact")])
        self.assertEqual(self.figures("书记带着两名党员医生走进牧区，今年组建服务队两支。"), [(2, "支", "exact")])
        self.assertEqual(self.figures("重点人群签约率达九成五。"), [(95, "%", "exact")])

    def test_how_far_a_herder_lives_from_the_village_office(self):
        self.assertEqual(self.figures("最远的牧户距嘎查党群服务中心约80公里。"), [])

    def test_the_make_up_of_a_scheme_and_work_still_to_do_are_no_figures(self):
        self.assertEqual(
            self.figures("推行“1名党员全科医生+1名护士+N名志愿者”的服务模式，17名党员全部下沉家医团队。"), [(17, "名", "exact")]
        )
        self.assertEqual(self.figures("构建“1个党委+4个临床支部+N个党员先锋岗”的组织体系。"), [])
        self.assertEqual(self.figures("已完成清单任务23项，剩余的7项清单任务将在年底前全部完成。"), [(23, "项", "exact")])
        self.assertEqual(self.figures("今年累计入户随访860人次，这些随访记录将于年底前录入系统。"), [(860, "人次", "exact")])

    def test_counts_of_times_in_any_measure_and_a_rule_for_each_visit(self):
        self.assertEqual(self.figures("共腾出共享车位470个，每月惠及居民车辆约1.1万辆次。"), [(470, "个", "exact"), (11000, "辆次", "about")])
        self.assertEqual(self.figures("今年累计巡诊村庄20个次。"), [(20, "个次", "exact")])
        self.assertEqual(self.figures("服务队轮流派员，每次出诊不少于8名医护人员，全年出诊46次。"), [(46, "次", "exact")])

    def test_a_herbal_paste_s_measure_and_small_chinese_counts_of_places(self):
        self.assertEqual(self.figures("延时门诊开具膏方1500余料。"), [(1500, "料", "more_than")])
        self.assertEqual(self.figures("清理房前屋后杂物堆四处。"), [(4, "处", "exact")])

    def test_banners_of_thanks_are_counted_in_their_measure(self):
        self.assertEqual(self.figures("今年以来，医院共收到患者赠送的锦旗37面、表扬信52封。"), [(37, "面", "exact"), (52, "封", "exact")])
        self.assertEqual(self.figures("辖区面积12平方公里，全面推行网格化管理。"), [(12, "平方公里", "exact")])

    def test_herds_truckloads_and_a_rise_in_warmth_are_counted_the_weather_is_not(self):
        self.assertEqual(self.figures("合作社存栏肉牛316头、基础母羊1.6万只。"), [(316, "头", "exact"), (16000, "只", "exact")])
        self.assertEqual(self.figures("清理楼道堆积杂物380余车。"), [(380, "车", "more_than")])
        self.assertEqual(self.figures("改造后楼内温度平均提高3℃左右，零下40℃的寒夜里不再受冻。"), [(3, "℃", "about")])

    def test_a_price_of_one_is_no_sum(self):
        self.assertEqual(self.figures("长者食堂60岁以上老人每餐8元，今年供餐2.1万人次。"), [(21000, "人次", "exact")])
        self.assertEqual(self.figures("“以前一趟要花5块钱。”合作社带动农户增收120万元。"), [(1200000, "元", "exact")])


class ComparisonBaseTests(SimpleTestCase):
    def test_the_figure_compared_with_is_not_read(self):
        figures = [(m.value, m.unit) for m in extract_metrics(["全市家庭医生签约人数达48.6万人，较去年同期的43.2万人增加5.4万人。"])]
        self.assertEqual(figures, [(486000, "人"), (54000, "人")])
        figures = [(m.value, m.unit) for m in extract_metrics(["其中家庭邻里纠纷78件，比去年同期的92件下降15.2%。"])]
        self.assertEqual(figures, [(78, "件"), (Decimal("15.2"), "%")])

    def test_a_comparative_word_that_compares_with_no_base_is_no_base(self):
        figures = [(m.value, m.unit) for m in extract_metrics(["卫生院还在人口较多的5个村建起健康小屋。"])]
        self.assertEqual(figures, [(5, "个")])


class HistoryTests(SimpleTestCase):
    def test_how_things_stood_at_the_founding_is_no_figure(self):
        figures = [(m.value, m.unit) for m in extract_metrics(["医院始建于1953年，从最初只有12名医护人员、20张病床的卫生所，发展成为今天开放床位520张的综合医院。"])]
        self.assertEqual(figures, [(520, "张")])
        figures = [(m.value, m.unit) for m in extract_metrics(["小区物业费收缴率由最初的45%提升至91%。"])]
        self.assertEqual([v for v, _ in figures], [91])


class PersonDaysTests(SimpleTestCase):
    def test_person_days_are_one_unit(self):
        figures = [(m.value, m.unit) for m in extract_metrics(["下派专家驻点帮扶1460人日，开展手术32台。"])]
        self.assertEqual(figures, [(1460, "人日"), (32, "台")])
