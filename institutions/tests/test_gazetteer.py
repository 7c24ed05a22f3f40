"""locate(): the division named in an institution's name, conservative where names repeat."""

from django.test import SimpleTestCase

from institutions.gazetteer import RegionPath
from institutions.gazetteer import locate, nests_before, place_mentions, short_name


class SeedNamesTests(SimpleTestCase):
    """The institutions of the seed articles."""

    def test_seed_institutions(self):
        cases = {
            "成都市双流区第二人民医院": ("四川省", "成都市", "双流区", "510116"),
            "成都市郫都区安靖街道社区卫生服务中心": ("四川省", "成都市", "郫都区", "510117"),
            "天津市蓟州区卫生健康委": ("天津市", None, "蓟州区", "120119"),
            "贵州省遵义市播州区遵南社区": ("贵州省", "遵义市", "播州区", "520304"),
            "陕西省韩城市": ("陕西省", "渭南市", "韩城市", "610581"),
            "大足区人民医院": ("重庆市", None, "大足区", "500111"),
            "秀山县龙池镇中心卫生院": ("重庆市", None, "秀山土家族苗族自治县", "500241"),
            "泗县": ("安徽省", "宿州市", "泗县", "341324"),
        }
        for name, expected in cases.items():
            with self.subTest(name=name):
                self.assertEqual(locate(name), RegionPath(*expected))

    def test_printed_form_compares_by_short_name(self):
        region = locate("秀山县龙池镇中心卫生院")
        self.assertEqual(short_name(region.district), "秀山")


class ShortNameTests(SimpleTestCase):
    def test_suffixes_are_stripped_by_rule(self):
        cases = {
            "秀山土家族苗族自治县": "秀山",
            "恩施土家族苗族自治州": "恩施",
            "伊犁哈萨克自治州": "伊犁",
            "广西壮族自治区": "广西",
            "新疆维吾尔自治区": "新疆",
            "内蒙古自治区": "内蒙古",
            "香港特别行政区": "香港",
            "双流区": "双流",
            "韩城市": "韩城",
            "四川省": "四川",
            "锡林郭勒盟": "锡林郭勒",
            "阿里地区": "阿里",
        }
        for name, short in cases.items():
            with self.subTest(name=name):
                self.assertEqual(short_name(name), short)

    def test_never_shorter_than_two_characters(self):
        self.assertEqual(short_name("泗县"), "泗县")
        self.assertEqual(short_name("城区"), "城区")
        self.assertEqual(short_name("东乡族自治县"), "东乡")


class RepeatedNamesTests(SimpleTestCase):
    def test_earlier_places_in_the_name_decide(self):
        self.assertEqual(locate("北京市朝阳区和平街社区卫生服务中心"), RegionPath("北京市", None, "朝阳区", "110105"))
        self.assertEqual(locate("吉林省长春市朝阳区妇幼保健院"), RegionPath("吉林省", "长春市", "朝阳区", "220104"))
        self.assertEqual(locate("浙江省杭州市西湖区卫生健康局"), RegionPath("浙江省", "杭州市", "西湖区", "330106"))
        self.assertEqual(locate("南昌市西湖区人民医院").city, "南昌市")

    def test_a_province_alone_is_enough_when_it_settles_it(self):
        self.assertEqual(locate("吉林省朝阳区某社区").city, "长春市")

    def test_without_help_nothing_is_guessed(self):
        self.assertEqual(locate("朝阳区第二医院"), RegionPath())

    def test_the_article_decides_when_the_name_cannot(self):
        context = "本报讯 北京市卫生健康委近日发布通知，朝阳区第二医院……"
        self.assertEqual(locate("朝阳区第二医院", context).province, "北京市")
        context = "福州市鼓楼区卫健局组织辖区各社区卫生服务中心开展义诊。"
        self.assertEqual(locate("鼓楼区医院", context).city, "福州市")

    def test_only_what_every_reading_shares(self):
        # 南京 and 徐州 both have a 鼓楼区: the article names 江苏 only.
        region = locate("鼓楼区中医院", "江苏省卫生健康委员会组织专家开展巡回义诊。")
        self.assertEqual(region, RegionPath("江苏省", None, None, "32"))

    def test_a_district_the_article_contradicts_is_not_taken(self):
        # The paper is in another province than the only 江北区 the gazetteer may hold.
        region = locate("江北区人民医院", "重庆日报讯 重庆市卫健委日前通报，江北区人民医院……")
        self.assertNotEqual(region.province, "浙江省")

    def test_a_city_named_in_full_is_not_contradicted_by_the_province_its_team_went_to(self):
        region = locate("淮安市第一人民医院", "淮安市第一人民医院援疆医疗队在新疆维吾尔自治区伊犁州工作一年半。")
        self.assertEqual((region.province, region.city), ("江苏省", "淮安市"))


    def test_a_district_is_not_contradicted_by_the_province_its_doctors_are_sent_to(self):
        context = "嘉定区中医医院派出12名党员中医师赴对口支援的安徽省某县中医院带教。"
        self.assertEqual(locate("嘉定区中医医院", context).province, "上海市")
        self.assertNotEqual(locate("江北区人民医院", "重庆日报讯 援疆归来，重庆市卫健委日前通报，江北区人民医院……").province, "浙江省")


    def test_banners_by_their_printed_abbreviations(self):
        self.assertEqual(locate("科左中旗舍伯吐镇卫生院").district, "科尔沁左翼中旗")
        self.assertEqual(locate("察右前旗人民医院").district, "察哈尔右翼前旗")
        self.assertEqual(locate("西乌旗蒙医医院").district, "西乌珠穆沁旗")


class ConservativeMatchingTests(SimpleTestCase):
    def test_short_name_needs_an_administrative_suffix(self):
        self.assertEqual(locate("中山医院"), RegionPath())
        self.assertEqual(locate("中山市人民医院"), RegionPath("广东省", "中山市", None, "4420"))
        self.assertEqual(locate("恩施州中心医院").city, "恩施土家族苗族自治州")
        self.assertEqual(locate("双流县中医医院").district, "双流区")

    def test_bare_short_name_when_the_article_spells_it_out(self):
        self.assertEqual(locate("大足社区"), RegionPath())
        self.assertEqual(locate("大足社区", "大足区卫生健康委党委书记介绍……").district, "大足区")

    def test_a_county_body_named_by_the_only_division_of_that_short_name(self):
        self.assertEqual(locate("大足人民医院").district, "大足区")
        self.assertEqual(locate("宣威农村商业银行板桥支行").district, "宣威市")
        self.assertEqual(locate("中山人民医院"), RegionPath())  # 中山市 and 中山区: which, the text must say

    def test_the_suffix_says_the_level_of_a_short_name(self):
        # 红河 is the short name of a prefecture and of a county: 州 says which
        self.assertEqual([p.district for _, paths in place_mentions("红河州疾病预防控制中心") for p in paths], [None])
        text = "红河州疾病预防控制中心党总支组织党员赴红河县开展义诊。"
        self.assertEqual((locate("红河州疾病预防控制中心", text).city, locate("红河州疾病预防控制中心", text).district), ("红河哈尼族彝族自治州", None))
        self.assertEqual(locate("红河县人民医院").district, "红河县")

    def test_an_autonomous_county_by_its_short_name_nests_its_towns(self):
        # 新宾县 is 新宾满族自治县, not 宾县 of another province with a character cut off
        self.assertTrue(nests_before("新宾县", "旺清门镇中心卫生院"))
        self.assertTrue(nests_before("抚顺市新宾县", "永陵镇卫生院"))
        self.assertFalse(nests_before("新宾州", "永陵镇卫生院"))

    def test_longest_name_wins(self):
        self.assertEqual(locate("嵊泗县人民医院").district, "嵊泗县")
        self.assertEqual(locate("朝阳县中心医院").city, "朝阳市")

    def test_generic_district_names_need_their_city(self):
        self.assertEqual(locate("城区医院"), RegionPath())
        self.assertEqual(locate("阳泉市城区人民医院").district, "城区")
        # right after their city, not anywhere after it in running text
        self.assertEqual(locate("洛阳市老城区人民医院").district, "老城区")
        self.assertEqual([p for p, _ in place_mentions("南京市的宁海路街道是老城区")], ["南京市"])

    def test_towns_and_streets_are_not_places_here(self):
        self.assertEqual(place_mentions("兴隆镇中心卫生院"), [])
        self.assertEqual(place_mentions("南泉街道社区卫生服务中心"), [])
        self.assertEqual(locate("县人民医院"), RegionPath())


class MissingFromPackageTests(SimpleTestCase):
    def test_chongqings_districts_the_package_leaves_out(self):
        self.assertEqual(locate("渝北区龙溪街道社区卫生服务中心").district, "渝北区")
        self.assertEqual(locate("重庆市江北区人民医院").district, "江北区")
