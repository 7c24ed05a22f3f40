"""What a case is about, as themes an editor can browse by.

The taxonomy below is the portal's list of recurring subjects in party-building reports from
hospitals, health commissions and communities. Each theme has the keywords reports use for it;
a case gets a theme when its title uses one keyword, or its body uses its keywords at least twice
(one passing mention in a long report is not what the case is about). Themes come back in
taxonomy order, so the list reads the same for every case.

Themes:
- 老年友善: age-friendly care (老年友善医疗机构, 适老化, 助老…)
- 网格化管理: grid management of a community or a hospital's service area
- 疫苗接种: vaccination drives
- 家庭医生: family-doctor contracting and home visits
- 医共体/医联体: county medical communities and hospital alliances
- 互联网+/智慧医疗: online services, smart hospitals, telemedicine
- 人才建设: training and recruiting staff
- 红色物业: party-led property management in housing estates
- 基层治理: grassroots governance, residents' self-government, mediation
- 便民服务: convenience measures for patients and residents
- 健康扶贫: health-related poverty alleviation and rural revitalisation
- 党建品牌: named party-building brands and demonstration units
- 志愿服务: volunteering
- 义诊: free clinics
"""

from __future__ import annotations

THEMES: dict[str, list[str]] = {
    "老年友善": ["老年友善", "适老", "助老", "敬老", "爱老", "老年人就医", "老年患者", "医养结合"],
    "网格化管理": ["网格"],
    "疫苗接种": ["疫苗接种", "新冠疫苗", "接种点", "应接尽接", "预防接种"],
    "家庭医生": ["家庭医生", "签约服务", "家医", "上门随访"],
    "医共体/医联体": ["医共体", "医联体", "医疗联合体", "医疗共同体", "紧密型县域"],
    "互联网+/智慧医疗": ["互联网+", "智慧医疗", "智慧医院", "远程会诊", "远程医疗", "线上问诊", "信息化", "智慧党建"],
    "人才建设": ["人才", "培训", "进修", "人才引进", "青年骨干", "学科带头人", "传帮带"],
    "红色物业": ["红色物业", "物业服务企业", "物业公司", "物业党支部"],
    "基层治理": ["基层治理", "社会治理", "议事", "居民自治", "调解", "治理体系"],
    "便民服务": ["便民", "一站式", "少跑腿", "帮办", "代办", "床旁结算", "预约", "就医流程"],
    "健康扶贫": ["健康扶贫", "脱贫", "贫困户", "乡村振兴", "建档立卡"],
    "党建品牌": ["党建品牌", "品牌建设", "示范点", "先锋岗", "示范岗", "党员责任区"],
    "志愿服务": ["志愿服务", "志愿者", "志愿活动", "志愿队"],
    "义诊": ["义诊", "免费体检", "健康咨询", "送医上门"],
}

TITLE_HITS = 1
BODY_HITS = 2


def themes_for(title: str, body: str = "") -> list[str]:
    """Themes whose keywords the title uses once or the body uses twice, in taxonomy order."""
    return [
        theme
        for theme, keywords in THEMES.items()
        if _hits(title, keywords) >= TITLE_HITS or _hits(body, keywords) >= BODY_HITS
    ]


def _hits(text: str, keywords: list[str]) -> int:
    return sum(text.count(keyword) for keyword in keywords)
