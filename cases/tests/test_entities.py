"""Entities read out of case text: institution, kind, headings, facts, party organisations, people, brands, themes."""

from django.test import SimpleTestCase

from cases.loader.entities import (
    brands,
    honours,
    institution_from,
    institution_kind,
    is_institution_name,
    party_organizations,
    people,
    split_institution_title,
)
from cases.loader.themes import THEMES, themes_for


class KindTests(SimpleTestCase):
    def test_kinds_by_suffix(self):
        cases = {
            "綦江区中医院": "tcm_hospital",
            "某市中医医院": "tcm_hospital",
            "某县中西医结合医院": "tcm_hospital",
            "成都市双流区第二人民医院": "hospital",
            "某县妇幼保健院": "hospital",
            "奉节县兴隆镇中心卫生院": "township_health_center",
            "大足区国梁镇卫生院": "township_health_center",
            "某乡卫生院": "township_health_center",
            "巴南区南泉街道社区卫生服务中心": "community_health_center",
            "某街道东街社区卫生服务站": "community_health_center",
            "天津市蓟州区卫生健康委": "health_commission",
            "泗县卫健委": "health_commission",
            "某市卫生健康委员会": "health_commission",
            "某区卫生健康局": "health_commission",
            "贵州省遵义市播州区遵南社区": "community",
            "某镇石桥村": "community",
            "陕西省韩城市": "government",
            "泗县": "government",
            "中共某区委": "government",
            "某县人民政府": "government",
            "金桥镇": "government",
            "红星街道": "government",
            "甲县": "government",
            "居民小区": "other",
            "华西社区传媒": "other",
            "医学院": "other",
        }
        for name, kind in cases.items():
            with self.subTest(name=name):
                self.assertEqual(institution_kind(name), kind)

    def test_is_institution_name(self):
        self.assertTrue(is_institution_name("大足区邮亭中心卫生院"))
        self.assertTrue(is_institution_name("陕西省韩城市"))
        for text in ("二级医院", "该医院", "医院", "居民小区", "乐邻“活动站”", "聚焦难点"):
            with self.subTest(text=text):
                self.assertFalse(is_institution_name(text))


class HeadingTests(SimpleTestCase):
    def test_space_form(self):
        self.assertEqual(
            split_institution_title("合川区人民医院 党建引领 为群众办实事办好事解难题"),
            ("合川区人民医院", "党建引领 为群众办实事办好事解难题"),
        )
        self.assertEqual(
            split_institution_title("大足区人民医院 党建“六大工程”擘画医院发展蓝图"),
            ("大足区人民医院", "党建“六大工程”擘画医院发展蓝图"),
        )
        self.assertEqual(
            split_institution_title("江津区白沙镇中心卫生院 守好群众健康第一道门"),
            ("江津区白沙镇中心卫生院", "守好群众健康第一道门"),
        )

    def test_labels_the_analyser_cuts_badly(self):
        for heading, expected in {
            "获各琦苏木卫生院：草原上的“流动诊室”": ("获各琦苏木卫生院", "草原上的“流动诊室”"),
            "【雷山县人民医院：“苗岭医魂”】": ("雷山县人民医院", "“苗岭医魂”"),
            "“健康红管家”｜太慈桥街道社区卫生服务中心：党建+医养": ("太慈桥街道社区卫生服务中心", "党建+医养"),
            "上高县人民医院内科党支部——“心手相牵”品牌": ("上高县人民医院", "“心手相牵”品牌"),
        }.items():
            with self.subTest(heading):
                self.assertEqual(split_institution_title(heading), expected)

    def test_colon_form(self):
        self.assertEqual(
            split_institution_title("天津市蓟州区卫生健康委： “党建+文化”引领卫健行业高质量发展"),
            ("天津市蓟州区卫生健康委", "“党建+文化”引领卫健行业高质量发展"),
        )
        self.assertEqual(
            split_institution_title("陕西省韩城市： 真抓实干破难题 为民解忧践初心"),
            ("陕西省韩城市", "真抓实干破难题 为民解忧践初心"),
        )
        self.assertEqual(split_institution_title("甲市： 小区治理见实效"), ("甲市", "小区治理见实效"))

    def test_headings_without_an_institution(self):
        for heading in (
            "聚焦难点 打造老年人就医温馨港湾",
            "打造温馨社区 共享美好生活",
            "乐邻“活动站” 邻里关系零隔阂",
            "党员网格化管理 让社区居民幸福“满格”",
            "突出党建引领 凝聚发展合力",
        ):
            with self.subTest(heading=heading):
                self.assertIsNone(split_institution_title(heading))


class InstitutionFactsTests(SimpleTestCase):
    def test_grade_founded_region(self):
        text = (
            "江津区第二人民医院始建于1952年3月，是一所集医疗、教学、科研于一体的国家二级甲等综合医院。\n"
            "近年来，医院党委坚持党建引领，持续改善患者就医体验。"
        )
        data = institution_from("江津区第二人民医院", text)
        self.assertEqual(data.kind, "hospital")
        self.assertEqual((data.region.province, data.region.district), ("重庆市", "江津区"))
        self.assertEqual(data.grade, "二级甲等")
        self.assertEqual(data.founded, "1952-03")

    def test_founded_forms(self):
        cases = {
            "医院建于1978年，现有职工300余人。": "1978",
            "该院创建于1960年，服务辖区居民5万余人。": "1960",
            "卫生院于1958年10月1日成立，承担着全镇公共卫生服务。": "1958-10-01",
            "白沙镇中心卫生院1965年6月成立，位于镇中心。": "1965-06",
        }
        for text, founded in cases.items():
            with self.subTest(text=text):
                self.assertEqual(institution_from("江津区白沙镇中心卫生院", text).founded, founded)

    def test_founding_of_something_else_is_not_the_institution(self):
        text = "江津区白沙镇中心卫生院紧盯群众需求。2019年成立了家庭医生服务队，由党员带头。"
        self.assertIsNone(institution_from("江津区白沙镇中心卫生院", text).founded)

    def test_a_grade_aimed_at_is_not_the_grade_held(self):
        text = "中心全体职工全身心投入到“国家二级乙等综合医院”创建工作中去。"
        self.assertIsNone(institution_from("某区某街道社区卫生服务中心", text).grade)

    def test_facts_of_other_cases_on_the_page_are_not_taken(self):
        own = "永川区中医院坚持以党建为引领，推动医院高质量发展。\n该院党委书记刘某表示，要把党建做实。"
        other = "南川区人民医院成立于1939年，是国家三级甲等综合医院。"
        page = "# 专栏标题\n" + other + "\n" + own
        data = institution_from("永川区中医院", own + "\n" + page)
        self.assertIsNone(data.grade)
        self.assertIsNone(data.founded)

    def test_aliases(self):
        text = (
            "江津区白沙镇中心卫生院（以下简称白沙卫生院）始建于1950年，2018年加挂“江津区第三人民医院”牌子。"
            "卫生院又名“白沙医院”，前身为白沙联合诊所。"
        )
        data = institution_from("江津区白沙镇中心卫生院", text)
        self.assertEqual(
            data.aliases,
            [
                ("江津区第三人民医院", "additional"),
                ("白沙卫生院", "short"),
                ("白沙医院", "additional"),
                ("白沙联合诊所", "former"),
            ],
        )
        self.assertEqual(data.founded, "1950")


class HonourTests(SimpleTestCase):
    def test_named_honours_with_their_dates(self):
        text = (
            "医院先后荣获“全省文明单位”“全国巾帼文明岗”等省级以上荣誉30余项。2019年6月获得“市级先进基层党组织”称号；"
            "2022年3月被省卫生健康委授予“群众满意医院”。群众的就医获得感不断增强，医院获批建设胸痛中心。"
        )
        self.assertEqual(
            honours(text),
            [
                ("", "“全省文明单位”"),
                ("", "“全国巾帼文明岗”"),
                ("2019年6月", "“市级先进基层党组织”称号"),
                ("2022年3月", "“群众满意医院”"),
            ],
        )

    def test_awards_without_a_name_are_not_guessed(self):
        self.assertEqual(honours("中心多次受到表彰，获得感明显提升，2021年获评先进集体。"), [])


class PartyOrganizationTests(SimpleTestCase):
    def test_committee_with_units(self):
        text = "目前，医院党委现有党员286名，下设3个党总支、21个党支部。党委书记周建华介绍，医院将持续深化党建品牌。"
        orgs = party_organizations(text, "永川区人民医院")
        self.assertEqual(len(orgs), 1)
        org = orgs[0]
        self.assertEqual(org.name, "永川区人民医院党委")
        self.assertEqual(org.level, "党委")
        self.assertEqual(org.members, 286)
        self.assertEqual(org.units, {"党总支": 3, "党支部": 21})
        self.assertEqual(org.secretary, "周建华")

    def test_members_counted_with_yu(self):
        org = party_organizations("医院党委现有党员860余名，下设12个党总支。", "某某区人民医院")[0]
        self.assertEqual((org.members, org.units), (860, {"党总支": 12}))

    def test_members_after_units(self):
        text = "社区党委下设6个党支部、30个党小组，共有党员198名。"
        org = party_organizations(text, "某街道幸福社区")[0]
        self.assertEqual((org.level, org.members, org.units), ("党委", 198, {"党支部": 6, "党小组": 30}))
        self.assertEqual(org.name, "某街道幸福社区党委")

    def test_named_owner_is_kept(self):
        text = "辖区面积2平方公里，桂园社区党总支下设5个党支部，126名党员。"
        org = party_organizations(text, "某某街道")[0]
        self.assertEqual((org.name, org.level, org.members), ("桂园社区党总支", "党总支", 126))

    def test_an_organisation_named_by_its_secretary(self):
        text = "中心党支部书记林晓燕介绍，中心已划分12个网格。芸香社区党总支书记何静说，小区环境变好了。"
        orgs = party_organizations(text, "某区北山街道社区卫生服务中心")
        self.assertEqual(
            [(o.name, o.level, o.secretary, o.members) for o in orgs],
            [("某区北山街道社区卫生服务中心党支部", "党支部", "林晓燕", None), ("芸香社区党总支", "党总支", "何静", None)],
        )

    def test_a_generic_owner_that_is_not_the_institution_is_not_guessed(self):
        # The case is about a city; “社区党支部书记” is some community's, not the city's.
        self.assertEqual(party_organizations("社区党支部书记张晓明来到小区广场。", "某省某某市"), [])

    def test_sentences_without_figures_are_not_organisations(self):
        self.assertEqual(party_organizations("医院党委坚持把党的政治建设摆在首位。将原有4个党支部调整为12个。"), [])


class PeopleTests(SimpleTestCase):
    def test_title_then_name(self):
        text = (
            "“我们要把服务送到家门口。”卫生院院长郑国平介绍说。"
            "中心党支部书记林晓燕表示，下一步将继续推进。"
            "医院党委书记孙立新带着记者走进病房，副院长唐敏说道：“这是我们的新病区。”"
            "心内科主任韦志刚及护士长钟丽为患者讲解。"
        )
        found = {(p.name, p.role) for p in people(text)}
        self.assertEqual(
            found,
            {
                ("郑国平", "院长"),
                ("林晓燕", "党支部书记"),
                ("孙立新", "党委书记"),
                ("唐敏", "副院长"),
                ("韦志刚", "心内科主任"),
                ("钟丽", "护士长"),
            },
        )

    def test_a_department_belongs_to_the_title(self):
        text = "在该院耳鼻咽喉科主任陈晓东的指导下，重症监护室副主任罗敏和全院护士长参加。"
        self.assertEqual([(p.name, p.role) for p in people(text)], [("陈晓东", "耳鼻咽喉科主任"), ("罗敏", "重症监护室副主任")])

    def test_titles_without_names(self):
        text = "院长表示，医院将设立“书记信箱”，由支部书记抓党建、院长带领团队下沉社区，副主任，主任医师等参与。"
        self.assertEqual(people(text), [])

    def test_each_pair_once_in_order(self):
        text = "站长黄海波说，站长黄海波和社区党委书记梁静一起入户走访。"
        self.assertEqual([(p.name, p.role) for p in people(text)], [("黄海波", "站长"), ("梁静", "社区党委书记")])


class BrandTests(SimpleTestCase):
    def test_quoted_brands(self):
        text = (
            "医院实施“三心工程”，打造“红色港湾”党建品牌，推行“党建+业务”双融合，"
            "建立“邻里驿站”和“一站式”服务，开展“四个一”活动。"
            "患者说：“真方便，太好了！”群众的“急难愁盼”得到解决，“十四五”开局良好。"
            "再次实施“三心工程”。"
        )
        self.assertEqual(brands(text), ["三心工程", "红色港湾", "党建+业务", "邻里驿站", "四个一"])


class ThemeTests(SimpleTestCase):
    def test_taxonomy_has_the_required_themes(self):
        for theme in (
            "老年友善",
            "网格化管理",
            "疫苗接种",
            "家庭医生",
            "医共体/医联体",
            "互联网+/智慧医疗",
            "人才建设",
            "红色物业",
            "基层治理",
            "便民服务",
            "健康扶贫",
            "党建品牌",
            "志愿服务",
            "义诊",
        ):
            self.assertIn(theme, THEMES)

    def test_title_once_or_body_twice_in_taxonomy_order(self):
        title = "推进义诊下乡 做实家庭医生签约"
        body = "社区组建志愿者队伍。医院开展老年友善医疗机构创建，为老年患者开设绿色通道。网格员入户一次。"
        self.assertEqual(themes_for(title, body), ["老年友善", "家庭医生", "义诊"])

    def test_one_passing_mention_in_the_body_is_not_enough(self):
        self.assertEqual(themes_for("筑牢健康防线", "医院为居民开展义诊。"), [])


class ChineseNumeralCountTests(SimpleTestCase):
    def test_units_and_members_in_chinese_numerals(self):
        org = party_organizations("医院党委下设两个党总支、十二个党支部，现有党员三百余名。", "平利县人民医院")[0]
        self.assertEqual((org.units, org.members), ({"党总支": 2, "党支部": 12}, 300))
