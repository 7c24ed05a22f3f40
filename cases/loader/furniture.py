"""Page furniture: the lines around an article that are not the article.

E-paper readers, news portals, government sites, aggregators and forums wrap a report in
navigation, mastheads, site footers, labels, share buttons, image file names, comment threads
and lists of other headlines. None of it is a title, an institution or body text. Each row
below recognises one kind of such line by its form and its vocabulary, never by the name of a
particular paper or site; the metadata some of them carry (date, 来源, editors) is read by
metadata.py before the line is dropped.

LINES: a line that is furniture wherever it stands (short lines only, see is_furniture).
TAIL_MARKERS: a line after which the rest of the page is furniture (相关新闻, a forum's replies).
TEASER_PREFIX: what an aggregator puts before a headline (今日播报：…).
"""

from __future__ import annotations

import re

from .rules import Rule, first_match, rule
from .vocabulary import BROADCAST_MARKERS, COUNTERS, INSTITUTION_SUFFIX, OUTLET

# Words a channel's or a theme's name opens with (智慧社区, 走进医院, 美丽乡村), never a unit's own name
_THEME_WORDS = r"走进|美丽|智慧|数字|和谐|幸福|平安|健康|文明|魅力|乡村|红色|绿色|生态|最美|特色|示范|模范|先进|清廉|无烟|我的|我们的"

# Furniture lines are short; a paragraph of body text that happens to hold such a word is not.
MAX_FURNITURE_LENGTH = 90

# - 3 -, 第 3 页 / 共 14 页: a copied document's page number (structure.py drops the running head after it too)
PAGE_NUMBER = rule(
    r"^(?:[-—－–]\s*\d{1,3}\s*[-—－–]|第\s*\d{1,3}\s*页(?:\s*[/／，,]?\s*共\s*\d{1,4}\s*页)?|\d{1,3}\s*[/／]\s*\d{1,3})$",
    "a page number",
    ["- 3 -", "— 12 —", "第 3 页 / 共 14 页", "第 1 页 共 2 页", "3/14"],
)

# [图片] where a copied post had its photo (the line under it is the photo's caption)
PHOTO_PLACEHOLDER = rule(
    r"^[\[【](?:图片|图|视频|image|img|photo)[\]】]$|^(?:图片|视频)$|^(?i:image|img|photo|picture)$|^!\[[^\]]*\]\([^)]*\)$",
    "an image's placeholder in a copied post",
    ["[图片]", "【视频】", "图片", "Image", "![]()", "![图片](https://example.com/a.jpg)"],
)

LINES: list[Rule] = [
    rule(r"上一[版篇页条期]|下一[版篇页条期]", "navigation between pages and articles", ["上一版 下一版", "3上一篇  下一篇4", "上一期 下一期"]),
    rule(r"(?:时间|日期|发布时间|发布日期)\s*[：:]\s*(?:19|20)\d{2}.{0,40}(?:来源|作者|编辑)\s*[：:]", "a line of the page's labels after its paper's name", ["某某日报 新闻    时间：2025年06月18日    来源：某某日报"]),
    rule(
        r"^(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?|(?=\s*(?:来源|作者|编辑)\s*[：:]))\s*.{0,50}?(?:浏览|点击|阅读|访问)(?:次数|量)?\s*[：:]?\s*\d*\s*次?$"
        r"|^[\u4e00-\u9fffA-Za-z]{2,12}\s*(?:19|20)\d{2}-\d{1,2}-\d{1,2}\s*\d{1,2}:\d{2}\s*(?:阅读|浏览)\s*\d+(?:\.\d+)?万?\+?$",
        "a post's date line with its labels and its count of readers (an app's, after its outlet's name)",
        ["2024-05-01 09:10:11    来源：某县委组织部    字体：【大 中 小】    浏览：1024次", "某某日报 2024-09-03 07:55 阅读 1.2万", "2023-12-06 来源：某某街道 点击：2735次"],
    ),
    rule(
        r"^[\u4e00-\u9fffA-Za-z]{2,16}\s*(?:19|20)\d{2}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?$",
        "an account's name and the time of its post",
        ["某某健康眼 2024-06-12 08:35:10", "某县融媒 2023-3-5 17:20"],
    ),
    rule(
        r"^[\u4e00-\u9fffA-Za-z]{2,16}\s*[|｜]\s*(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s*\d{1,2}:\d{2})?\s*(?:[|｜]\s*[^|｜。]{0,40})?$",
        "the paper's name, the date and the byline between bars",
        ["某某日报 | 2024-05-10 | 记者 张某 通讯员 李某", "某某发布｜2023年6月1日"],
    ),
    rule(r"^(?:本版标题|本版目录|本版导读)$|通版阅读|[展收]缩?开?通版$|^当前版\s*[：:]|本版导航|各版导航|视觉导航|标题导航|版面导航|以往报纸|往期报纸|PDF下载|^[【\[]?PDF版[】\]]?$|返回目录|查看本版大图", "an e-paper reader's navigation", ["【PDF版】", "本版导航 各版导航 视觉导航 标题导航 以往报纸", "【返回目录】【PDF下载】", "通版阅读请点击：", "展开通版", "收缩通版", "当前版：05版：县市区"]),
    rule(r"^返回(?:顶部|首页|目录)$|^[\u4e00-\u9fff]{2,12}(?:网|报|台|政府|在线)首页$|分享(?:让更多人看到|到)|^(?:扫一扫|手机看新闻|微信|微博)", "share and return links", ["返回顶部", "分享让更多人看到", "某东日报首页"]),
    rule(
        r"报业集团主办\s*$|^主管[：:]|^主办[：:]|^[\u4e00-\u9fff]{2,10}(?:网|报)\s*[-－—|｜]\s*[\u4e00-\u9fff]{2,12}(?:社|集团|中心)主办\s*$",
        "a paper group's masthead, or a site's with its owner",
        ["某某日报报业集团主办", "某山网-某山日报社主办"],
    ),
    rule(r"^[★☆◆◇●○■□\s]*(?:本版新闻|本版导读|本期导读|要闻导读|今日导读|导读|本期要目|目录)[★☆◆◇●○■□\s]*[：:]?", "a page's list of contents", ["本版新闻", "本期导读：2版 党建园地3版 科室风采", "★ 本版导读 ★"]),
    rule(r"^(?:案例|典型案例)[一二三四五六七八九十\d]+$", "a column's case number alone on its line", ["案例二"]),
    rule(
        r"^[\u4e00-\u9fff]{2,12}(?:网|报|台|在线|融媒|发布|客户端)?\s*[（(]?(?:https?://)?(?:[a-z0-9-]+\.)+(?:com|cn|net|org)(?:\.cn)?/?[）)]?$",
        "a site's name with its address, its masthead",
        ["某化新闻网 www.example.com.cn", "某某在线（www.example.cn）", "某某文库 example.com"],
    ),
    rule(
        r"^(?:回复|引用|举报|TOP|只看该作者|使用道具|评分|收藏|分享)(?:\s+(?:回复|引用|举报|TOP|只看该作者|使用道具|评分|收藏|分享))+$",
        "a forum post's buttons",
        ["回复 引用 举报 TOP", "只看该作者 使用道具 举报"],
    ),
    rule(
        r"^[^。！？，,]{2,16}(?:\s*[»›]\s*[^。！？，,»›\s]{1,12}){2,}$",
        "a forum's or a blog's breadcrumb, its first crumb holding a space",
        ["某某生活网 论坛 » 某县 » 某县生活"],
        ["党建引领 › 健康"],
    ),
    rule(r"^[（(](?:19|20)\d{2}年\d{1,2}月[）)]$", "when the piece was written, alone in brackets at its foot", ["（2022年11月）"], ["（2024年9月6日）"]),
    rule(
        r"^[（(](?:原载|原文载|原刊|刊于|转载自|转自|原文来源)[^）)]{2,40}[）)]$",
        "where a repost's text first ran",
        ["（原载某县妇幼保健院官网，2021年9月30日）"],
    ),
    rule(
        r"^(?:赞赏支持|还没有人赞赏，?支持一下|更多精彩内容，?就在[\u4e00-\u9fff]{2,6}APP|[\"“]?小礼物走一走，?来[\u4e00-\u9fff]{2,6}关注我[\"”]?)$",
        "a blog platform's tipping and app prompts",
        ["赞赏支持", "还没有人赞赏，支持一下", "更多精彩内容，就在某书APP", "\"小礼物走一走，来某书关注我\""],
    ),
    rule(
        r"^(?:星级|内容提供方|文档页数|页数|下载积分|上传时间|上传者|文档格式|文件大小|贡献者)\s*[：:]|^[\u4e00-\u9fff]{2,8}文档\s+知识共享|优质文档$|预览与源文档一致|下载高清无水印",
        "a document site's facts about the upload",
        ["星级：★★★☆☆", "内容提供方：someone88", "某某文档 知识共享 ● 优质文档"],
    ),
    rule(r"^[\u4e00-\u9fff\w]{2,16}的(?:博客|新浪博客|QQ空间|个人图书馆|个人主页)$", "a blog's name over its post", ["某某小记的博客"], ["打造老年人自己的空间"]),
    rule(
        r"^温馨提示[：:]?$|^温馨提示[：:]\s*本文档|^本页面内容[^。]{0,20}请通过.{0,12}客户端(?:浏览|查看|阅读)|^扫描二维码下载客户端$|^文章来源(?:于)?网络，?如有侵权请联系删除",
        "a site's notice to its readers, not the report's",
        ["温馨提示", "本页面内容不允许直接阅读，请通过《某某日报》客户端浏览查看。", "温馨提示：本文档共3页，可在线阅读全部内容", "文章来源网络，如有侵权请联系删除"],
        ["温馨提示：接种后请留观30分钟。", "居民可请通过“健康某某”客户端查看体检报告。"],
    ),
    rule(r"^(?:19|20)\d{2}-\d{1,2}-\d{1,2}(?:\s*\d{1,2}:\d{2})?\s*(?:人气|点击|浏览)\s*[：:]?\s*\d+$", "a listed article's date and its count of readers", ["2024-04-28 17:28 人气:7"]),
    rule(r"^(?:Part|PART|part)\s*0?\d{1,2}$", "a post's section number in English, over its section", ["Part 1", "PART 02"], ["Part 1 党建引领"]),
    rule(r"^[\[【](?:音频|视频)[\]】]\s*\d{1,2}:\d{2}\s*/\s*\d{1,2}:\d{2}$", "a media player's controls", ["[音频] 00:00 / 03:42"]),
    rule(
        r"^(?=[^“”]{6,70}$)[^“”]*(?:转(?:一下|发一下|个)[^。]{0,10}(?:稿子|文章|原文|报道)|(?:从|是)[^。，]{2,16}(?:网站|官网|公众号|号)上?(?:搬过来|搬运过来|转过来)的|下面是[^。，]{0,16}(?:原文|稿子|报道)|记录一下我们)",
        "a poster's own words over the report they pasted",
        ["今天跟着院里去了某村，转一下单位公众号的稿子，留个纪念。", "从县医院网站上搬过来的，需要的乡亲可以看看。", "下面是县卫健局网站上的原文，我妈就是这个中心签约的。"],
        ["医院转过来的病人当天就做了手术。", "张大爷是从县医院转过来的，术后康复在卫生院完成。", "出院时全家与医护人员合影留个纪念。"],
    ),
    rule(
        r"^(?:下面|以下)是小编(?:为大家)?(?:整理|收集|精心整理|搜集)的.{0,60}?(?:供大家参考|希望对你有所帮助|欢迎阅读|仅供参考)[。！.]?$",
        "a model-essay site's line over the text it offers",
        ["下面是小编为大家整理的某县卫生健康局2022年党建工作总结，供大家参考。"],
    ),
    rule(
        r"[（(](?:图片来源|图源|图片|摄影|供图)\s*[：:][^（）()]{1,24}[）)]$|[（(][^（）()，。]{2,16}\s*摄[）)]$|[。）)]\s*[\u4e00-\u9fff]{0,6}供图$",
        "a photo's caption, signed by its source or photographer",
        ["▲党员医生在村健康驿站为老人测量血压（图片来源：某镇卫生院）", "义诊现场（王某 摄）", "社区党委书记（左二）与报到党员商量志愿服务项目。 受访者供图"],
        ["开展义诊120场（含巡回义诊）"],
    ),
    rule(
        r"^(?:(?P<open>[（(])?(?:党办|院办|党委办公室|党政办|宣传科|宣传部|宣传办|办公室|党群工作部|党建办)\s+[\u4e00-\u9fff]{2,3}(?(open)[）)]))$",
        "the office and writer who sent the report in",
        ["党办 王某", "（宣传科 李某某）"],
        ["办公室主任", "宣传科科长"],
    ),
    rule(r"^(?:文号\s*[：:]\s*)?[\u4e00-\u9fff]{1,10}[〔［\[（(]\s*(?:19|20)\d{2}\s*[〕］\]）)]\s*\d{1,4}\s*号$", "a document's number alone on its line", ["某卫健〔2024〕3号", "文号：某政办〔2023〕12号"]),
    rule(r"^(?:无障碍|长者模式|关怀版|我的收藏|繁体|简体|English|登录|注册)(?:\s|$)", "site tools", ["无障碍 长者模式 我的收藏"]),
    rule(r"^(?:\d+楼|楼主)\s.{0,30}(?:\d{1,2}:\d{2}|客户端)|来自\S*客户端$", "a forum floor's header", ["1楼 湘江水暖2024-03-12 20:31来自Android客户端"]),
    rule(r"^回复\s*\S{1,20}\s*[：:]", "a reply to a reader", ["回复 山城小李 ：是的"]),
    rule(
        r"^[【\[]?(?:放大|缩小|默认|小字号|中字号|大字号|字号|字体|我要打印|我要纠错|打印|关闭|收藏|分享|纠错|转发|评论|点赞|返回|保存为(?:word|Word|WORD|PDF|pdf)|保存)"
        r"(?:本页|窗口|文章|顶部|首页|列表|目录)?[】\]]?(?:\s|[：:]|$|[【\[])",
        "reader tools",
        ["【字体：大 中 小】【打印本页】【关闭窗口】", "放大 缩小 默认", "字号：大 中 小", "返回顶部", "保存为word 打印 关闭", "[我要打印] [关闭]"],
        ["打印机捐赠仪式在社区举行。"],
    ),
    rule(r"^(?:分享到|分享让更多人看到|扫一扫|手机看新闻|手机扫码|微信扫一扫|用微信扫描|关注我们)|^[—\-－\s]*(?:分享|转发)[—\-－\s]*$", "share buttons", ["分享到:  QQ好友和群 QQ空间 微信", "扫一扫在手机打开当前页", "—分享—"]),
    rule(r"^\[?复制链接\]?$|^收藏\d*\s+分享|^回复\s+使用道具|举报$|^分享至$|^转载\s*[▼▲]$", "forum, blog and platform buttons", ["[复制链接]", "收藏1 分享 淘帖", "回复 使用道具 举报", "分享至", "转载▼"]),
    rule(r"^\d{1,7}$", "a button's count alone on its line (likes, shares, comments)", ["0", "126"]),
    rule(r"^打开\S{2,8}\s*查看(?:精彩)?(?:图片|视频|原文)$", "a platform's placeholder for a picture", ["打开某某新闻 查看精彩图片"]),
    rule(r"^[^，。\s]{2,12}(?:>>|»|›){1}[^，。\s]{2,12}(?:(?:>>|»|›)[^，。\s]{1,12})+$", "a channel path without spaces", ["某某网>>广西频道>>桂林"], ["党建引领>>服务"]),
    rule(r"^[|｜/\\·•\-—_=*#~\s]+$", "a separator alone on its line", ["|", "——", "* * *"]),
    rule(r"^(?:#[^#\s][^#]{0,30}#\s*)+$|^#[^#\s]\S{0,15}(?:\s+#[^#\s]\S{0,15})+\s*$", "a post's topic tags", ["#党建引领基层治理#", "#我为群众办实事# #健康中国#", "#乡村振兴 #党建引领"]),
    rule(
        r"^(?:轻触阅读原文|知道了|取消|允许|取消 允许|继续访问|微信扫一扫\S{0,12}|使用小程序|在小说阅读器中沉浸阅读|视频 小程序 赞.*|[\u4e00-\u9fff]{2,20}官方(?:服务号|订阅号|公众号)[，,].{0,40})$",
        "a public account page's dialog buttons and the account's own line",
        ["轻触阅读原文", "知道了", "取消 允许", "某县妇幼保健院官方服务号，提供预约挂号、报告查询等服务。"],
    ),
    rule(
        r"版权所有|copyright|©|未经.{0,8}授权|不得(?:转载|复制)|建立镜像|ICP[备证]|公网安备|网站标识码|违法和不良信息举报|互联网新闻信息服务许可证",
        "copyright and licence footers",
        ["Copyright © 2024 某某日报社 版权所有", "滇ICP备10001234号", "网站标识码：5329000000"],
    ),
    rule(
        r"^(?:主办|承办|协办|主管|技术支持|运营|联系我们|网站地图|地址|邮编|电话|传真|E-?mail|联系电话|新闻热线|[\u4e00-\u9fff]{0,6}(?:爆料|报料)(?:热线|电话)?|"
        r"广告热线|订阅热线|投稿邮箱|值班电话)\s*[：:]",
        "site and masthead contact lines",
        ["主办：某县人民政府办公室　　承办：某县融媒体中心", "爆料热线：0000-12345678", "地址：某市某路1号", "某某新闻报料：021-000000"],
        ["主办单位：某某日报社·健康周刊"],
    ),
    rule(r"国内统一刊号|国际标准刊号|CN\s?\d{2}\s?-\s?\d{4}|邮发代号|总第\s?\d+\s?期|主管主办|报业集团主办\s*$", "masthead", ["中共某市委主管主办 国内统一刊号：CN00-0000", "某报业集团主办"]),
    rule(r"(?i)^(?:\[?图片\]?|图\d*|附件|IMG_?\S*|DSC\S*)?\s*[\w\-（）()]*\.(?:jpe?g|png|gif|bmp|webp|tif)\b", "image file names", ["图1.jpg", "IMG_20240416_102233.jpg (186.42 KB, 下载次数: 3)", "xxx.png"]),
    rule(r"^(?:下载附件|保存到相册|\d{4}-\d{1,2}-\d{1,2} \d{1,2}:\d{2} 上传|点击查看原图|查看原图)", "image attachment captions of forums", ["下载附件 保存到相册", "2024-4-18 09:12 上传"]),
    rule(
        r"^(?:楼主|沙发|板凳|地板|\d+#|\d+楼)?\s*\|?\s*发表于|只看该作者|显示全部楼层|阅读模式|^查看[：:]\s*\d+\s*\|\s*回复|本帖最后由.*编辑$|^马上注册|^您需要\s*登录|立即注册$|^×$",
        "forum thread header",
        ["楼主| 发表于 2024-4-18 09:12:35 | 只看该作者", "查看: 2476|回复: 5", "本帖最后由 云 于 2024-4-18 09:20 编辑", "马上注册，结交更多好友"],
    ),
    rule(r"-->|<!--|enpproperty|</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?>|&nbsp;|&[a-z]{2,6};|javascript|document\.write|var \w+\s*=", "HTML residue", ["<!--enpproperty <articleid>88231</articleid>-->", "-->", "&nbsp;&nbsp;"]),
    rule(r"^(?:当前位置|您的位置|您现在的位置|您所在的位置|所在位置|位置)\s*[：:]", "breadcrumb label", ["当前位置：首页 > 政务公开", "您所在的位置： 某某网 > 基层动态 > 正文"]),
    rule(r"^资料图|^(?:图片|照片)来源\s*[：:]", "a stock photo's credit", ["资料图。李 想 摄"]),
    rule(r"^(?:本报|全媒体)?(?:记者|通讯员)?\s*[\u4e00-\u9fff]{2,4}(?:[\s、][\u4e00-\u9fff]{2,4}){0,3}\s*摄$|^[（(][^（）()]{0,12}供图[）)]$", "a photo's credit alone", ["本报记者 何某某 摄", "（医院供图）"]),
    rule(
        r"^[（(【\[]?\s*(?:本版责任编辑|本版责编|发布者|发布人|供稿单位|来源单位|标签|(?:文章)?关键词|关键字|tags?|文章来源|稿件来源|来源|稿源|信息来源|作者|实习编辑|编辑|责任编辑|责编|本版编辑|版式|美编|审核|审校|校对|初审|复审|终审|监制|统筹|值班编辑|"
        r"索引号|发布机构|成文日期|发文字号|文号|主题词|主题分类|体裁分类|信息分类|分类|公开方式|公开范围|公开时限|名称|文章字数|字数|一审|二审|三审|"
        r"" + COUNTERS + r"|相关附件|阅读|发布时间|发表时间|发表日期|发布日期|发文日期|生成日期|发稿时间|更新时间|时间|日期|供稿|审稿|核稿|撰稿|排版|初审编辑|复审编辑|终审编辑|编审|编校|签发|访谈嘉宾|访谈时间|访谈地点)\s*(?:[：:]|[|｜](?=\s*[\u4e00-\u9fff]{2,4}\s*$))",
        "metadata labels",
        ["编辑|某某某", "审核｜某某", "标签：社区卫生服务中心 家庭医生", "文章关键词： 某县 卫生健康 党建", "文章来源：某某网 点击数：126", "查看数：0", "（审核：李文华　编辑：张楠）", "责编：杨帆", "发布时间：2024-09-03 16:42", "发表时间：2024-09-12", "供稿：离退休办公室 王某", "核稿：党委办公室", "编审：王 磊"],
        ["来源于群众的意见建议，中心逐条落实。"],
    ),
    rule(
        r"^(?:本版)?(?:责编|编辑|责任编辑|美编|校对|版式)\s+(?:[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff](?:\s[\u4e00-\u9fff]){1,2})(?:\s+(?:美编|校对|责编|编辑|版式|审核)\s+[\u4e00-\u9fff]{2,4})*$",
        "the page's editors without colons (a name letter-spaced: 王 某)",
        ["本版责编 张某 美编 李某 校对 王某", "责任编辑 王 某"],
    ),
    rule(r"^[（(【\[［〔]\s*(?:[\u4e00-\u9fff]{2,6}(?:网|报|台|在线|客户端))?(?:本文|文章|稿件)?(?:本版责编|本版编辑|责编|责任编辑|责任校对|编辑|审核|校对|来源|执笔)[^）)】\]］〕]*[）)】\]］〕]$|^[（(][^（）()，。]{2,20}\s供稿(?:[：:]?\s*[^（）()，。]{2,20})?[）)]$", "an editor's or source's bracket at the end", ["（责编：覃明、李娟）", "【来源：某某网】", "（本文来源：某某新闻网）", "（本版责编：王某）", "［责任编辑：张某］", "（党委办公室 供稿 摄影：成某某）", "（内科党支部 供稿：某某 摄影：某某某）", "（某某在线编辑：张某）", "（某某网责任编辑：李某）", "（执笔：某县中医医院党总支）"]),
    rule(
        r"^(?:正文\s*)?(?:[【\[]?\s*(?:字体|字号)(?:大小)?\s*[：:]?\s*(?:[【\[]?[大中小][】\]]?\s*){0,3}[】\]]?\s*|[【\[](?:打印|关闭|收藏|返回|打印本页|关闭窗口|纠错|我要纠错)[】\]]\s*)+$|^[大中小]$",
        "the reader's font-size and print buttons (one per line where the page is copied as a list)",
        ["字体：", "【字体：大 中 小】【打印】【关闭】", "大", "字体大小：【大】 【中】 【小】", "正文 字体大小：大 中 小"],
    ),
    rule(
        r"^[\u4e00-\u9fff·]{2,10}(?:\s+(?:责编|责任编辑|编辑|美编|版式|校对|组版)\s*[：:\s]\s*[\u4e00-\u9fff]{2,4})+$",
        "a page's section and its editors",
        ["党建·基层　　责编　王某", "要闻 责任编辑：李某", "党建·基层　　责编　王某某　版式　何某"],
    ),
    rule(r"^[\u4e00-\u9fff]{2,10}\s+[·—-]{1,2}\s+[\u4e00-\u9fff]{2,10}$", "a channel bar (site · channel)", ["某某新闻 · 区县", "某某报 · 某某新闻网", "某某新闻网 — 区县频道"], ["党建引领·为民服务"]),
    rule(r"^原创\s+\S{2,16}(?:\s+\S{2,16}){0,2}$|^(?!.*(?:开通|上线|推出|入驻|开设|打造|创建|建立)).*官方(?:微信|微博|账号|抖音|网站)$|微信公众号$", "a public account's name line (not a headline on opening one)", ["原创 某某发布", "原创 某县卫生健康局 健康某某", "某市某区卫生健康委员会官方微信"], ["某县人民医院开通官方微博", "某县人民医院开通抖音官方账号"]),
    rule(r"^\d+楼\s*(?:回复|\S{1,12}\s*[：:])", "a forum reply", ["1楼 回复：好事，给点赞！"]),
    rule(r"^第\s*\d+\s*期$", "a house paper's issue number alone", ["第86期"]),
    rule(r"^(?:热门搜索|热搜|热门标签|热词|搜索)\s*[：:]", "a site's search box and its suggestions", ["热门搜索：养老 社区食堂 电梯加装"]),
    rule(r"^(?:相关链接|相关阅读|延伸阅读|相关新闻|相关报道|相关稿件|推荐阅读)\s*[：:]\s*\S", "a link to another article, on the same line as its label", ["相关链接：某区开展“全国高血压日”宣传活动"]),
    rule(r"^返回\S{1,6}[，,]?\s*查看更多|^查看更多$", "a platform's link back", ["返回搜狐，查看更多"]),
    rule(r"^(?:[【\[](?:免责声明|特别声明|版权声明|郑重声明|平台声明)[】\]]|(?:免责声明|特别声明|版权声明|郑重声明|平台声明)\s*[：:])|如有侵权|仅提供信息存储服务|^版权(?:所有)?(?:和|与|及)免责声明$|^\d[.、．]\s*凡本网注明", "a reposter's disclaimer", ["免责声明：本文转自网络，仅供参考。如有侵权，请联系删除。", "特别声明：以上内容为自媒体平台用户上传并发布，本平台仅提供信息存储服务。", "【免责声明】本文仅代表作者个人观点，与某某新闻无关。", "版权所有和免责声明", "2. 凡本网注明“来源：XXX（非某某网）”的作品，转载此文是出于传递更多信息之目的。"]),
    rule(r"^(?!.*(?:开通|上线|推出|入驻|开设|打造|创建|建立))[\u4e00-\u9fff]{2,10}(?:公众号|官方微信)$|^[\u4e00-\u9fff]{2,20}(?:局|委|院|中心|政府|融媒|卫健)官方(?:发布|账号|微博)$|欢迎扫描[\u4e00-\u9fff]{0,4}二维码|扫码关注", "a portal's prompt to follow its account, an account's tagline", ["某某新闻公众号", "更多猛料！欢迎扫描左方二维码关注某某新闻官方微信", "某县卫生健康局官方发布"], ["关注群众健康需求", "卫生院官方发布的通知", "某县人民医院上线互联网医院官方平台", "打造健康科普官方平台"]),
    rule(r"^[（(][^（）()]{2,30}对(?:此|本)文(?:亦|也)有贡献[）)]$", "a contributor's credit", ["（本报通讯员 某某 对此文亦有贡献）"]),
    rule(r"^(?:(?:加大字体|缩小字体|默认字体|收藏|打印|关闭|分享到?)[\s|｜]*){3,}$", "a reader's tools in a row", ["加大字体 缩小字体 收藏 打印"], ["打印机3台"]),
    rule(r"^(?:流程编辑|值班编辑|值班主任|终审|二审|三审|初审)\s*[：:]\s*[A-Za-z0-9\u4e00-\u9fff]{1,12}$", "an app's desk line", ["流程编辑：U028", "终审：王某"]),
    rule(
        r"^" + OUTLET + r"\s*[｜|]\s*(?:(?:记者|通讯员)\s*[\u4e00-\u9fff]{1,4}(?:\s[\u4e00-\u9fff])?\s*)+$",
        "an outlet and its writer over a copy",
        ["某某日报客户端｜记者 徐某", "某某网 | 记者 王某 通讯员 李某"],
    ),
    PHOTO_PLACEHOLDER,
    rule(r"^[^，。\s]{1,12}(?:\s+[-–—>»]{1,2}\s+[^，。\s]{1,12}){2,}$", "a channel path", ["某某网 - 海南新闻 - 市县新闻", "某某网 >> 党建 >> 正文"], ["党建引领 - 为民服务"]),
    rule(
        r"^[\u4e00-\u9fff]{2,10}(?:(?:新闻|日报|晚报|党建|先锋|融媒|政府|政务)网讯?|在线|门户网|融媒体?|融媒体中心)$|^[\u4e00-\u9fff]{2,5}新闻$|^(?:美篇|今日头条|百家号|网易号|搜狐号|企鹅号|澎湃号)$",
        "a site's or an app's name alone on its line, or its dateline's (某某新闻网讯)",
        ["某某新闻网", "某某融媒", "某某点新闻", "美篇", "某北新闻网讯", "某某党建网"],
        ["织密健康服务网", "编织健康守护网", "织就一张健康网"],
    ),
    rule(
        r"^(?![^|｜]*(?:项目|数量|名称|指标|内容|类别|序号|数值|成效|事项))[\u4e00-\u9fff]{2,4}(?:\s+[|｜]\s+[\u4e00-\u9fff]{2,4}){1,3}$",
        "a channel's path of short words, spaced (not a table's head, nor a headline set with a bar)",
        ["保定 | 涞水", "新闻 ｜ 县区 ｜ 涞水"],
        ["党建引领｜健康为民同行", "项目 | 数量", "红色引擎｜书记领办"],
    ),
    rule(r"^[·•]\s*(?:图片新闻|图片报道|视频新闻|图文|视频)$", "a list's entry for the page's pictures", ["· 图片新闻"]),
    rule(r"^(?:相关文件|相关附件|附件)\s*[：:]$", "an empty attachments label", ["相关文件："]),
    rule(r"^[\u4e00-\u9fff]{1,10}[〔\[［(（](?:19|20)\d{2}[〕\]］)）]\s*\d{1,4}\s*号$", "a document's number alone on its line", ["宝卫健〔2025〕6号", "某卫发[2024]12号"]),
    rule(r"^・\s*[^。！？]{4,40}$", "a linked headline under a katakana dot (a page's list of other articles)", ["・某县开展医疗卫生“三下乡”活动"]),
    rule(r"^(?:第\s*[A-Z]?\d{1,3}\s*版\s*[：:]\s*[\u4e00-\u9fff·]{2,8}\s*){3,}$", "an e-paper's list of its pages", ["第01版：要闻 第02版：综合 第03版：县区"]),
    rule(
        r"^(?:第\s*)?[A-Z]?\d{1,3}\s*版?\s*[：:]\s*(?:头版|要闻|综合|县区|区县|市县|党建|专版|专刊|特刊|副刊|评论|理论|民生|广告|体育|文化|文体|经济|财经|社会|国内|国际|时政|视点|聚焦|专题|公告|健康|卫健|教育|农业|三农|法治|旅游|城事|本地|地方|新闻|关注|观察|周刊)(?:新闻|[·・][\u4e00-\u9fff]{2,4})?$",
        "an e-paper's index of its pages, one page a line",
        ["01：头版", "A03：要闻", "第04版：党建·基层"],
        ["01：义诊进村", "02：党建引领"],
    ),
    rule(r"^(?:\d{1,2}[-/.]\d{1,2}|\d{1,2}:\d{2}(?::\d{2})?)$", "a post's day or time alone on its line (its date set over three lines)", ["06-15", "09:41"]),
    rule(r"^口述\s*[：:]\s*\S{2,8}\s+(?:整理|记录|采写)\s*[：:][^。，！？]{2,24}$", "who told an as-told-to piece and who wrote it down", ["口述：某某 整理：某报记者 某某"]),
    rule(
        r"^[【\[](?:[\u4e00-\u9fff]{0,6}访谈|[\u4e00-\u9fff]{0,4}书记说|链接|相关链接|背景链接|知识链接|延伸阅读)[】\]]$",
        "a column's or a sidebar's name in brackets",
        ["【书记说】", "【基层书记访谈】", "【链接】"],
        ["【朝阳社区】"],
    ),
    rule(r"^【(?:记者|通讯员|摄影|摄像|编辑|校对|审核|作者)】\s*\S{2,12}(?:\s+【(?:记者|通讯员|摄影|摄像|编辑|校对|审核)】\s*\S{2,12})*$|^作者\s+\S{2,10}$", "an app's credits, each under its label", ["【通讯员】某疾宣", "【记者】某某 【通讯员】某宣", "作者 某某融媒"]),
    rule(
        r"APP内畅享|打开[\u4e00-\u9fff]{0,6}APP|^(?:扫码)?打开[\u4e00-\u9fff]{2,8}(?:\+|客户端)|^本版相关[：:]?$|^[\u4e00-\u9fff]{2,6}\+?客户端$|^总阅读(?:量|数)?\s*\d*$|查看TA的文章|^西瓜视频$|^广告\s|立即咨询\s*>*$|^(?=(?:.*?(?:要闻|深度|视频|直播|更多|首页|推荐|本地|热点|财经|体育|娱乐|专题|图片|国际|国内|湃客|澎湃号)){2})(?:[\u4e00-\u9fff]{2,3}\s){4,}[\u4e00-\u9fff]{2,3}$",
        "a platform's buttons, its advertisements and its channel bar",
        ["百度APP内畅享高清图片", "打开某方+客户端查看更多", "扫码打开某方+", "本版相关：", "某方+客户端", "总阅读", "查看TA的文章>", "西瓜视频", "广告 夏季空调特惠 最高立减800元", "本地装修公司推荐 限时免费设计 立即咨询>>", "要闻 深度 视频 湃客 澎湃号 直播 更多"],
        ["广告牌", "党员 群众 干部", "热心 耐心 细心 贴心 用心", "打开群众心门", "打开服务新局面"],
    ),
    rule(r"^[（(][^（）()]{0,30}(?:联合推出|持续推出|陆续推出|敬请关注|未完待续|待续)[^（）()]{0,12}[）)]$", "a series' note to its readers", ["（本期访谈由某县委组织部、县卫健委联合推出）", "（巡礼持续推出，敬请关注）"], ["（下转第2版）"]),
    rule(r"^(?:次|人次|篇|条)$", "a counter's unit left alone when its count was empty (点击： / 次)", ["次"]),
    rule(
        r"^(?:首页|主页|网站首页)\s*(?:[>»›/|→＞]|$)|^[^，。|｜]{2,20}[|｜]\s*(?:首页|主页|网站首页)\s*[>»›→＞][^，。]{0,30}$",
        "breadcrumb (after the site's names)",
        ["首页 > 滚动 >", "首页 » 地方", "首页 → 区县 → 西陵", "某某网 某某日报 | 首页 > 区县新闻 > 某区"],
    ),
    rule(
        r"^[^，。\s]{2,12}\s+(?:首页|主页|网站首页)(?:\s*[|｜]\s*[^|｜\s]{1,6}){2,}\s*$|^(?:首页|主页|网站首页)(?:\s+[\u4e00-\u9fffA-Za-z]{2,6}){2,}$",
        "a site's name and its menu, or its menu from its home link",
        ["某某网 首页 | 新闻 | 县区 | 图片", "某某网 首页 | 新闻 | 州县", "首页  新闻  乡镇动态"],
        ["某中心 首页>>乡镇动态 某村：党建引领兴产业"],
    ),
    rule(r"^(?:第)?[A-Z]?\d{1,2}版\s*[：:]?\s*[\u4e00-\u9fff]{2,8}$", "an e-paper page's number and name", ["A4版 县域新闻", "第05版：综合"]),
    rule(
        r"^(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}\s*\d{1,2}:\d{2}(?::\d{2})?\s*[|｜]\s*(?:图文|文字|图片)?来源\s*[：:]",
        "a post's date and its source",
        ["2024-03-12 09:21:05|图文来源：某某新闻"],
    ),
    rule(
        r"^(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?[\s\u3000]*[\u4e00-\u9fff]{2,16}(?:融媒体中心|新闻中心|网|报|台|发布|融媒|新闻)$",
        "a post's date and its outlet",
        ["2025-05-23\u3000某某县融媒体中心"],
        ["2024-03-12 某医院开展义诊活动", "2021.03.05 党员志愿者走进某某社区服务中心"],
    ),
    rule(r"^[^\s，。_]{2,24}(?:_[^\s，。_]{2,24}){2,}$", "a page title for search engines: phrases joined by underscores", ["某某资源在线看_免费精品_最新热门第1页"], ["党建引领_为民服务"]),
    rule(r"^[^，。|｜\s]{1,20}(?:\s*[|｜]\s*[^，。|｜\s]{1,20}){2,}$", "a menu of sections or papers", ["某日报 | 某日报农村版 | 某科技报"], ["某日报 | 某 | 一句话，"]),
    rule(r"^[\u4e00-\u9fff]{2,8}(?:\s*[/／]\s*[\u4e00-\u9fff]{2,8}){1,3}$", "a site's channel and its section (新闻中心 / 党建文化)", ["新闻中心 / 党建文化", "党建文化/党建动态"], ["文/图", "记者/通讯员 王某"]),
    rule(r"^[\u4e00-\u9fff]{2,12}(?:市|县|区|旗|州|省)人民政府(?:网|门户网站)?$", "a government site's name atop its page", ["蛟河市人民政府", "某某县人民政府门户网站"], ["某镇人民政府"]),
    rule(r"^我的(?:订阅|关注|收藏|频道)(?:\s*[|｜].{0,12})?$", "an app's own tabs", ["我的订阅 | 健康", "我的关注"], ["我的订阅号里有一篇"]),
    rule(
        r"^(?=.*(?:首页|概况|简介|动态|新闻|导航|联系|公开|专题|园地))[\u4e00-\u9fffA-Za-z]{2,6}(?:\s+[\u4e00-\u9fffA-Za-z]{2,6}){4,}$",
        "a site's menu on one line",
        ["网站首页  医院概况  新闻动态  科室导航  专家介绍  党建园地  联系我们"],
        ["重温初心跟党走 义诊下乡暖民心", "张三 李四 王五 赵六 钱七"],
    ),
    rule(r"^(?:\d+\s*)?(?:上|下)一(?:篇|版)\s*\d*$|^返回(?:顶部|首页|目录|列表)$|^(?:前一篇|后一篇)\s*[：:]", "pager", ["3上一篇", "返回顶部", "前一篇：[转载]某县开展义诊"]),
    rule(r"^[\u4e00-\u9fff]{2,12}\s*(?:电子版|数字报|电子报|数字报刊|手机版|移动版|WAP版)$", "a paper's or a site's edition name (its masthead)", ["今日某某 电子版", "某某新闻网 手机版"]),
    rule(r"^[（(]?下载[\u4e00-\u9fff]{2,12}[，,]\s*(?:报料有奖|爆料有奖|看更多|获取更多)[^）)]{0,12}[）)]?$", "an app's call to download it, at the copy's end", ["（下载红星新闻，报料有奖！）", "下载某某新闻，看更多精彩"]),
    rule(r"^(?:19|20)\d{2}-\d{1,2}-\d{1,2}\s*\d{1,2}:\d{2}(?::\d{2})?\s*发自\s*[\u4e00-\u9fff]{2,8}(?:\s+[\u4e00-\u9fff]{2,8})?$", "a post's time and where it was sent from", ["2024-08-03 12:16:47  发自 四川 成都"]),
    rule(r"^(?:更多精彩(?:内容|资讯|新闻)?|更多(?:资讯|新闻|内容))[，,]?请?关注[“\"]?[\u4e00-\u9fffA-Za-z+＋]{2,12}[”\"]?(?:客户端|APP|App|app)$|^(?:更多精彩(?:内容|资讯)?|更多(?:资讯|新闻|内容))?[，,]?(?:请)?下载[“\"]?[\u4e00-\u9fffA-Za-z+＋]{2,12}[”\"]?(?:客户端|APP|App|app)|^[（(](?:作者单位|作者系|作者为)[：:]?[^）)]{2,30}[）)]$|^[（(]完[）)]$", "an app's promotion, the writer's unit, the end mark", ["下载某某日报客户端，获取更多精彩内容", "更多精彩内容，请下载某某日报客户端", "更多精彩内容，请下载某某+客户端", "更多精彩新闻，请关注某某新闻客户端", "（作者单位：某县妇幼保健院）", "（完）"]),
    rule(r"^原创\s*(?:19|20)\d{2}-\d{1,2}-\d{1,2}\s*\d{1,2}:\d{2}\s*[·•]\s*\S{2,12}$", "a post's header: 原创, its time and its account", ["原创2024-03-21 10:05·某某发布"]),
    rule(r"^(?:19|20)\d{2}-\d{1,2}-\d{1,2}\s*\d{1,2}:\d{2}(?::\d{2})?\s*[\u4e00-\u9fff·]{2,14}$", "a post's time and the outlet that posted it", ["2023-06-14 09:32　某县融媒体中心", "2025-05-09 16:21 海报新闻"]),
    rule(
        r"^(?:[\u4e00-\u9fff]{2,12}(?:网|报|台|在线|发布)\s+)?(?:网站主办|主办单位|承办单位|网站标识码|政府网站标识码|网站地图)\s*[：:]?",
        "a site's footer (after the site's name)",
        ["网站主办：某区人民政府办公室", "政府网站标识码：3401040001", "某江新闻网 主办单位：某市某区融媒体中心"],
    ),
    rule(r"^(?:赠金笔|已投稿到[：:]?|排行榜|加载中[.…]*|申请入驻|(?:阅读|评论|收藏|转载|喜欢)\s*[(（]\d*[)）])$|\s申请入驻$", "a blog's or a platform's tools", ["赠金笔", "已投稿到：", "评论(0)", "网易首页 > 网易号 > 正文 申请入驻"]),
    rule(
        r"^(?:IP属地[：:]\s*)?(?:北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门)$",
        "a post's place of sending (IP属地), alone on its line",
        ["浙江", "IP属地：四川"],
    ),
    rule(
        r"^(?:点击|长按|识别).{0,12}(?:关注|二维码|阅读原文)|^[\[【]?\s*(?:阅读原文|查看原文)\s*[\]】]?$|^(?:原标题|原文链接|原文地址|原题)[：:]|^[（(]\s*原(?:标)?题(?:为|是)?\s*[：:《]",
        "calls to action of a copied post, and the title it had where it came from",
        ["长按识别二维码关注", "阅读原文", "原标题：某某", "[ 查看原文 ]", "原文地址：某某镇：网格连民心 作者：某某日报", "（原题为《某某镇：网格连民心》）"],
    ),
    rule(
        r"^(?:\+\s*关注|已关注|关注|百度首页|首页|头条|登录|听全文|图片|广告|举报|申请入驻|举报/反馈|写评论.*|评论\s*\d*|点赞\s*\d*|在看|分享|收藏|"
        r"\d+(?:\.\d+)?万?粉丝.*|作者最新文章|(?:展开|点击展开|展开阅读|点击查看|查看|余下)全文|阅读全文|打开.{0,12}APP.*|(?i:app)\s*下载|下载\s*(?i:app)|(?:客户端|APP)?下载客户端|客户端下载|关注公众号[：:].*|.{0,30}(?:转载请注明出处|仅代表作者观点|不代表本平台观点).*|"
        r"本文来源于.*|本文由[^，。]{2,20}(?:转载|发布|整理).*|(?:本网|本站|免责)?声明[：:].*|掌上[\u4e00-\u9fff]{2,4}|@[\u4e00-\u9fffA-Za-z0-9_]{2,20}|(?:标题|正文|全文|发布时间|作者)(?:\s+(?:标题|正文|全文|发布时间|作者|搜索|检索))+)$",
        "buttons and notices of a platform copy (头条, 百家号, 公众号, 学习平台)",
        ["+ 关注", "百度首页", "听全文", "掌上某城", "本文由某某新闻网转载，如需再次转载请注明来源", "本网声明：凡注明“来源：某某网”的作品，版权均属某某网所有", "@健康某县", "标题 正文 发布时间 搜索", "2.3万粉丝 · 优质政务领域创作者", "作者最新文章", "展开全文", "打开“学习强国”APP，阅读体验更佳", "APP下载", "声明：本文由作者上传并发布，仅代表作者观点。"],
        ["关注群众需求，解决急难愁盼问题。"],
    ),
    rule(r"^(?:字体大小|字号调整|保护视力色|背景色|默认|\d{2}px)\s*[：:]?\s*(?:\d{2}px|[大中小]|\s)*$", "reader tools: type size and colour", ["字体大小：", "保护视力色：", "16px"]),
    rule(
        r"^[\u4e00-\u9fff]{2,6}[★☆◆◇●○■□]+$|^[★☆◆◇●○■□]+(?![\u4e00-\u9fff]{1,5}?(?:社区|村|嘎查|镇|乡|街道|苏木|医院|卫生院|中心)$)[\u4e00-\u9fff]{0,6}$",
        "decoration around a slogan (not a round-up's bulleted unit)",
        ["笃行致远★", "★★★"],
        ["●洪山社区", "■南湖村"],
    ),
    rule(r"^[（(]\s*[\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,4}){0,3}\s*[）)]$", "the writers' names in brackets at a report's end", ["（向春燕 彭利）", "（李青）"]),
    rule(
        r"^[■□◆●▲]?\s*(?:文/摄|文/图|图/文|文|摄)\s*[/／]?\s*(?:本报)?(?:记者|通讯员)|^(?:文|图|文/图|图/文|文字)\s*[/／]\s*[\u4e00-\u9fff]{2,12}$|^[■□◆●▲]\s*(?:本报|全媒体|特约)?(?:记者|通讯员)\s*[\u4e00-\u9fff]{2,4}(?:\s|$)",
        "a writer's mark",
        ["■文/摄 记者 孙立伟 通讯员 边晓东", "□通讯员 陈某某 记者 孙某", "文/党委办公室", "图/宣传科"],
    ),
    rule(r"^转自\S{2,12}[，,]|^转自\S{2,16}$|^本文(?:为|系)\S{0,12}原创|^本文转自\s*[：:]", "a reposter's own words", ["转自某某融媒，给家乡的医生点个赞", "本文为某某网事原创", "转自县卫健委公众号"]),
    rule(r"^(?:简介|发布|邮箱|投稿邮箱|联系邮箱|微信号|公众号)\s*[：:]", "an account's labels at the foot of a copy", ["简介：每天分享实用健康资讯", "发布：陆 晨", "邮箱：someone@example.com"]),
    rule(r"^以下文章来源于|^[\u4e00-\u9fff]{2,20}[.．]$|^(?:发布|分享|提供|传播)[^，。]{2,30}(?:动态|资讯|知识|信息|政策)$", "a public account's repost card: where it came from, the account's name and motto",
         ["以下文章来源于某某州卫生健康委 ，作者州卫健委", "某某州卫生健康委.", "发布全州卫生健康政策、动态及健康科普知识"], ["发布健康科普知识，开展义诊20场。"]),
    rule(r"^《[^》]{2,12}》\s*(?:关注|出品|推荐)$", "a public account's kicker", ["《某某日报》关注"]),
    rule(r"^[\x20-\x7e]{40,}$", "a line in Latin letters only (a platform's English notice)", ["Notice: The content above is uploaded and posted by a user of the platform."]),
    rule(
        r"^(?:阅读|阅读量|浏览|浏览量|浏览次数|点击|点击数|在看|点赞|赞|播放|分享|收藏)[：:]?\s?[（(]?\s?\d+(?:\.\d+)?万?\+?[）)]?次?"
        r"(?:\s*(?:阅读|阅读量|浏览|浏览量|浏览次数|点击|点击数|在看|点赞|赞|播放|分享|收藏)[：:]?\s?[（(]?\s?\d+(?:\.\d+)?万?\+?[）)]?次?)*\s*$",
        "a post's read count (and its likes, in a row)",
        ["阅读 2.1万", "在看 36", "阅读 (1256)", "阅读（1256）", "浏览：517次", "阅读 1842  点赞 56  在看 12"],
    ),
    rule(r"^(?:发布于|IP属地|IP 属地)\s*[：:]?\s*[\u4e00-\u9fff]{2,8}$", "where a platform says the post came from", ["发布于：重庆市", "IP属地：四川", "发布于江西省"]),
    rule(
        r"^(?:19|20)\d{2}-\d{1,2}-\d{1,2}\s*\d{1,2}:\d{2}(?::\d{2})?\s*(?:发布于|IP属地[：:]?)?\s*[\u4e00-\u9fff]{2,3}$",
        "a post's time and where the platform says it came from, run together",
        ["2024-05-21 09:36河南", "2024-05-21 09:36 发布于四川"],
    ),
    rule(
        r"^(?:本报|全媒体|特约)?(?:记者|通讯员)\s*[\u4e00-\u9fff·]{2,6}(?:\s+[\u4e00-\u9fff·]{2,6}){0,3}(?:\s*(?:文/图|图/文|文/摄)|\s+(?:摄影?|文|报道))$",
        "a byline ending in what the writer made",
        ["记者 杨某某 文/图", "本报记者 李某 摄", "通讯员 王某 赵某 文"],
        ["记者走进社区卫生服务中心看到", "记者 吕慧文"],
    ),
    rule(r"^[\[【]?\s*放大\+?\s*缩小-?|^(?:字号[：:]?\s*)?大\s*中\s*小$|^[【\[]?\s*字号\s*[：:]?\s*大\s*中\s*小", "reader tools: type size", ["放大+ 缩小- 默认", "大 中 小", "字号：大 中 小", "[ 放大 缩小 默认 ]"]),
    rule(r"^\d{1,3}$", "a number alone on its line (a section's or a list's number, a page number)", ["02", "1"]),
    rule(r"^(?:楼主|只看楼主|倒序浏览|回复|引用|举报|使用道具)$", "a forum post's buttons", ["楼主", "只看楼主"]),
    rule(
        r"^(?:(?:回复|支持|反对|举报|引用|评分|点评|淘帖|分享|收藏\d*|使用道具|返回列表|发新帖|快速回复|返回顶部)\s*){2,}$|^Powered by\b",
        "a forum's row of buttons, or its software's line",
        ["回复 支持 反对", "回复 举报", "返回列表 发新帖", "快速回复 返回顶部 返回列表", "Powered by Discuz! X3.4"],
        ["回复群众诉求12件"],
    ),
    rule(
        r"_第\s*\d+\s*页$|^已阅读\d+页|继续免费阅读$|^(?:下载本文档|文档简介|立即下载|全文预览)$|^版权说明[：:]\s*本文档",
        "a document-sharing site: its page images' titles, reading prompts and notices",
        ["某村党支部结对共建工作情况_第1页", "已阅读2页，还剩1页未读，继续免费阅读", "下载本文档", "文档简介", "版权说明：本文档由用户提供并上传"],
        ["第1页"],
    ),
    rule(r"^分享(?:至|到)", "share buttons", ["分享至", "分享至好友和朋友圈", "分享到：微信 微博"]),
    rule(
        r"^(?:今日头条|澎湃新闻|澎湃号|搜狐|搜狐号|网易|网易号|网易新闻|新浪|新浪网|新浪新闻|腾讯新闻|腾讯网|百家号|凤凰网|凤凰新闻|一点资讯|趣头条|学习强国|人民号|新华号|央视频|抖音|快手|微博)$",
        "a platform's name alone, the header of a copy",
        ["今日头条", "澎湃新闻"],
    ),
    rule(r"^(?:报|送|发|抄送|抄报|印发)[：:]\s*[\u4e00-\u9fff]", "a document's distribution list", ["报：市委、市政府", "抄送：市委组织部"]),
    rule(r"^各[^。]{2,40}(?:单位|机构|部门|医院|卫生院)[：:]$", "a notice's addressees", ["各乡镇卫生院、社区卫生服务中心，委属各单位："]),
    rule(
        r"转载此文是出于传递更多信息之目的|^本文档由用户提供并上传|^VIP免费下载$|^文档简介\s*[：:]\s*$|^您当前的位置\s*[：:]|^【(?:主题教育|学习贯彻[\u4e00-\u9fff]{0,12}|党纪学习教育|我为群众办实事|基层党建|党建引领)】$",
        "a reprint's disclaimer, a document site's labels, a breadcrumb's label with a space, a column's tag alone",
        ["（转载此文是出于传递更多信息之目的，若有侵权请联系本网。）", "本文档由用户提供并上传，收益归属内容提供方", "VIP免费下载", "文档简介：", "您当前的位置 ： 某某网 -> 新闻", "【主题教育】"],
    ),
    rule(
        r"^(?:标题\s+正文(?:\s+\S{2,3}){0,3}|我知道了|\[(?:复制链接|[\u4e00-\u9fff]{2,6}动态)\]|【?[\u4e00-\u9fff]{2,10}版权与免责声明】?[：:]?|[（(][^（）()]{0,12}撰稿[：:][^（）()]{1,40}(?:初审|审核|复核|终审)[：:][^（）()]{1,40}[）)])$",
        "a site search's fields, a pop-up's button, a forum's tags, a disclaimer's heading, a unit's credits with its review chain",
        ["标题 正文 关键词 作者", "我知道了", "[复制链接]", "[乡镇动态]", "【某某网版权与免责声明】", "某某在线版权与免责声明：", "（某某街道 撰稿：某某 初审：某某 复核：某某 终审：某某）"],
    ),
    rule(
        r"^【声明】|^[（(](?:专栏|栏目|策划)?统筹[：:]|^点击[“\"]在看[”\"]|^[（(][\u4e00-\u9fff]{2,16}(?:局|委|院|中心|街道|镇|社区)\s+[\u4e00-\u9fff]{1,6}(?:办|室|科|部)[）)]$",
        "a copy's statement, a column's coordinator, a share prompt, the unit and office that sent the report in",
        ["【声明】本文转载自某某日报，版权归原作者所有。", "（专栏统筹：本报记者 某某）", "点击“在看”，分享给更多人", "（某某县卫体局 党建办）"],
    ),
    rule(r"^温馨提示[：:]|此处隐藏\d*字|VIP会员可见|^(?:下载|全文)(?:阅读|下载)?[：:]?\s*(?:需要)?\d*\s*(?:积分|金币|下载券)", "a site's notices and a document site's paywall", ["温馨提示：如需预约请拨打热线", "此处隐藏1842字，VIP会员可见"]),
    rule(r"(?i)^\S{2,60}\.(?:pdf|docx?|wps|xlsx?|pptx?|ofd)$", "a document's file name over its copied text", ["某市卫生健康系统典型经验材料汇编.pdf", "附件2.docx"]),
    PAGE_NUMBER,
    rule(r"^遗失声明$|遗失.{0,50}声明作废|^(?:寻人|招聘|拍卖|注销|减资)(?:启事|公告)$", "classified notices on an e-paper page", ["遗失声明", "某某公司不慎遗失营业执照副本，统一社会信用代码：91370000MA0000000X，声明作废。"]),
    rule(
        r"^[\u4e00-\u9fffA-Za-z+＋·]{2,12}\s+[\u4e00-\u9fff]{2,6}频道$|^[\u4e00-\u9fff]{1,6}网\s*[-－—·|｜]\s*[\u4e00-\u9fff]{2,10}(?:日报|晚报|报)$|^(?![\u4e00-\u9fff]*(?:引领|守护|聚焦|筑牢|助力|护航|关注|关爱|推进|保障|促进|服务|提升|赋能|夯实|守牢|共建|共享|建设|基层|群众))[\u4e00-\u9fff]{2,6}(?:卫生健康|卫健)(?:网|在线|发布|微讯)?$|^云上[\u4e00-\u9fff]{2,4}$",
        "an app's channel, a site's name with its paper's, a health site's or account's name, a county app of the 云上 family",
        ["南方+ 清远频道", "舜网-济南日报", "遵义卫生健康", "云上英山"],
    ),
    rule(
        r"^[\u4e00-\u9fff·]{2,16}讯\s*(?:19|20)\d{2}(?:-\d{1,2}-\d{1,2}|年\d{1,2}月\d{1,2}日)(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s+[^。！？，,]{0,40})?$",
        "an app's dateline on a line of its own, with its reporters",
        ["新华日报·交汇点讯 2023-10-24 14:05:36 记者 孙宁 通讯员 鼓卫宣"],
    ),
    rule(r"^[\u4e00-\u9fff]{0,10}(?:电话|热线)\s*[：:]\s*[\d\-—×xX*＊\s]{6,}$", "a phone number, its digits masked or not", ["医院总值班电话：0797-×××××××"]),
    rule(
        r"^(?:[\u4e00-\u9fff]{2,12}\s*)?(?:(?:19|20)?\d{2}[-/.]\d{1,2}[-/.]\d{1,2})\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?\s*[^。！？]{0,40}?来源\s*[：:]"
        r"|^(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?\s+[^。！？，,|｜]{0,20}?(?:记者|通讯员)\s*[\u4e00-\u9fff]{2,4}(?:[\s　]+[^。！？，,|｜]{0,30})?$"
        r"|^[\u4e00-\u9fff]{0,6}(?:电子报|数字报)(?:阅读)?(?:机|器|平台|系统)$",
        "a post's date line with its source (its year printed short) or its reporters, an e-paper reader's name",
        ["24-03-28 10:15    来源：某某新闻网    作者：某某", "某某新闻网  2021-08-16 08:05  来源：某某日报", "2023-10-19 08:55　某某网记者 王某　通讯员 刘某某　某地报道", "电子报阅读机"],
    ),
    rule(r"^[^。！？]{0,40}(?:Copyright|COPYRIGHT|©)[^。！？]{0,60}$", "a copyright line after the site's or the platform's name", ["某某日报数字报刊平台 Copyright © 2023 某某日报社"]),
    rule(r"^订阅\s*取消订阅|已收藏\s*收藏|^点击播报本文", "a portal's reading tools: subscribe, bookmark, read aloud", ["订阅取消订阅已收藏收藏大字号", "点击播报本文，约"]),
    rule(r"^(?:向|往)?[左右上下]{1,2}滑动查看|^视频加载中|^正在加载|^加载中|^附件下载\s*[：:]?$|^(?:听新闻|听全文|语音播报|点击收听)$", "a page's widgets: carousels, players, attachments", ["左右滑动查看更多", "视频加载中...", "附件下载：", "听新闻"]),
    rule(r"^[\u4e00-\u9fff]{2,10}(?:报社|传媒集团|报业集团)出版|广告(?:经营)?许可证[：:]", "a paper's imprint at the page's foot", ["某某日报社出版 广告许可证：某工商广字第0000号"]),
    rule(r"^[\u4e00-\u9fff]{2,8}报\s*[|｜]\s*[\u4e00-\u9fff]{2,6}网$", "a paper's masthead with its site's", ["某江日报 | 某江网"]),
    rule(r"^[\u4e00-\u9fff]{2,4}(?:网|\+)$", "a site's or an app's name alone on its line", ["长江网", "南海网", "南方+"]),
    rule(
        r"^[·•]\s*\S.{4,60}?\s*(?:(?:19|20)\d{2}[-/.])?\d{1,2}[-/.]\d{1,2}$"
        # (not a unit's own name under its bullet; a channel's theme, 智慧社区, 走进医院, is a link all the same)
        rf"|^(?:>>|»|▶)\s*(?!(?!{_THEME_WORDS})[\u4e00-\u9fff]{{1,6}}(?:党委|党总支|党支部|党工委|{INSTITUTION_SUFFIX}|街道|村)$)[\u4e00-\u9fff]{{2,8}}$",
        "a channel's list of other articles, each with its date",
        ["· 某县：党员志愿者下沉社区助力疫苗接种　07-14", "· 某县：党员志愿者下沉社区助力疫苗接种07-14", "• 某医院开展主题党日活动 2024-07-13", ">> 基层动态"],
        ["▶ 青松社区党委", "▶某县中医医院", "▶某镇某社区", "▶桃源村"],  # a round-up's unit under its bullet
    ),
    rule(r"^[─━═—\-=_~*·•…]{4,}$|^[▼▲↓↑►◄]+$|^[-—–\s]*(?:THE\s*)?END[-—–\s]*$", "a rule, an arrow or an end mark alone on its line", ["────────────────", "▼", "……………………", "- END -", "THE END"]),
    rule(r"^点击(?:上方)?蓝字(?:关注我们)?$", "a public account's call to follow it, cut over two lines", ["点击蓝字", "点击上方蓝字"]),
    rule(
        r"^[（(](?:[\u4e00-\u9fff]{2,12}\s+)?[\u4e00-\u9fff]{2,4}\s*[/／]\s*[文图](?:\s+[\u4e00-\u9fff]{2,4}\s*[/／]\s*[文图])*[）)]$",
        "who wrote the report and who took its pictures, on a line of their own",
        ["（党委办公室 郑某某/文 许某/图）", "（王某/文）"],
    ),
    rule(
        r"^[\u4e00-\u9fff]{2,12}(?:报社|日报社|传媒集团|融媒体中心)(?:主办|出版)$|^公元\s.*农历|^(?:我要)?投稿$",
        "a paper's publisher line, a page's calendar widget, a link to send in copy",
        ["某某日报社主办", "公元 月 农历 年 [ 年 ]", "投稿"],
        ["某某日报社主办的义诊活动在社区举行。"],
    ),
    rule(r"^【视频】|点击播放$|^本文链接\s*[：:]|^[\u4e00-\u9fff]{2,20}(?:人民政府网|政府网)$", "a player's prompt, the page's own link, a government site's name", ["【视频】点击播放", "本文链接：https://example.cn/a/1.html", "某某自治县人民政府网"]),
    rule(r"^[\u4e00-\u9fff]{2,4}学习平台$", "a study platform's provincial channel over a copy", ["吉林学习平台", "宁夏学习平台"]),
    rule(r"^[\u4e00-\u9fff]{2,6}号(?:\s*[·・]\s*[\u4e00-\u9fff]{2,4})?\s*[>›]$", "a platform's channel link over a post (澎湃号·政务 >)", ["澎湃号·政务 >", "百家号 >"]),
    rule(r"^(?:打开|打开APP|打开App|打开app|APP内打开|App内打开|立即打开|下载[\u4e00-\u9fff]{0,4}(?:APP|App|app|客户端)?)$|^打开[\u4e00-\u9fff]{2,10}(?:客户端|APP|App|app)\s*(?:参与讨论|查看更多|阅读全文|看更多|看全文)?$", "an app's banner", ["打开", "打开APP", "下载头条", "下载客户端", "打开某某新闻客户端 参与讨论"]),
    rule(
        r"^(?:当前离线|当前在线|积分|帖子|主题|精华|金钱|威望|贡献|注册时间|最后登录|在线时间|UID)\s*[：:]?\s*[\d\-: ]*$",
        "a forum poster's card",
        ["当前离线", "积分", "帖子 1024", "注册时间 2019-3-5"],
    ),
    rule(r"^用?微信扫(?:码|一扫|描)|^(?:右键|长按)(?:点击)?另存(?:为)?二维码", "a share panel's QR prompt", ["用微信扫码二维码", "微信扫一扫分享", "右键点击另存二维码！"]),
    rule(r"^(?:本文|本稿|此文)?(?:来自|转自)\s*[：:]\s*[\u4e00-\u9fffA-Za-z0-9·]{2,20}$", "where a platform copied the report from", ["本文来自：某某融媒", "转自：某某发布"], ["来自：群众的呼声是我们的方向，我们将继续努力。"]),
    rule(
        r"^(?=[^\u4e00-\u9fff]*$)(?=.*[^\sA-Za-z0-9])(?:\S{1,3}\s+){3,}\S{1,3}$",
        "a forum's anti-copy noise: runs of one to three stray ASCII signs between spaces",
        [": G- W4 Y( V0 d- }- S1 w2 u9 j", "; u: ?8 R3 z, L$ q- k"],
        ["1 2 3", "A B C D E F"],
    ),
    rule(r"^\d{2}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}\s*来自|^已编辑$", "a microblog post's time, client and edit mark", ["23-11-20 17:05 来自 微博网页版", "已编辑"]),
    rule(r"^暂无评论|^快来抢沙发|^(?:热门评论|最新评论|全部评论)$", "a comment box", ["暂无评论，快来抢沙发吧", "热门评论"]),
    rule(
        r"(?:关于我们|联系我们|广告服务|招聘信息|网站律师|网站地图|版权声明|隐私政策|用户协议|意见反馈)[^，。]{0,40}[|｜]\s*(?:关于我们|联系我们|广告服务|招聘信息|网站律师|网站地图|版权声明|隐私政策|用户协议|意见反馈|[A-Za-z ]+)",
        "a site's footer links",
        ["新浪简介｜About Sina｜广告服务｜联系我们｜招聘信息｜网站律师｜SINA English｜通行证注册｜产品答疑", "关于我们 | 联系我们 | 网站地图"],
    ),
    rule(
        r"^[\u4e00-\u9fff]{2,8}(?:热线|服务热线|咨询电话|联系电话|举报电话)\s*[：:]\s*[\d\-－ ]{3,}$|^[\u4e00-\u9fff]{0,8}请?拨打(?:电话|热线)?\s*[：:]?\s*[\d\-－ ]{5,}$",
        "a hotline under a page",
        ["政务服务热线：12345", "健康咨询热线：0734-1234567", "预约挂号请拨打：0775-1234567"],
    ),
    rule(r"^\d+\s*人赞同了该(?:文章|回答)$|^[\u4e00-\u9fff]{2,6}发布$|^[\u4e00-\u9fff]{2,10}\+?\s?(?:客户端|APP|App|app)$", "a platform's account, app or approval line", ["23 人赞同了该文章", "金水发布", "春城晚报客户端", "南方+ 客户端"]),
    rule(r"^\W*本文(?:为|由|系)\S{0,24}(?:上传并发布|作者发布|号作者|发布)", "a platform's note on who posted", ["本文为澎湃号作者或机构在澎湃新闻上传并发布", "📌 本文由网易号作者发布"]),
    rule(r"^(?:简讯|快讯|短讯)\s*[：:]\s*\S{0,12}$", "a brief's label with its writer", ["简讯：乌云其其格"]),
    rule(
        r"(?:关注我们|关注.{0,12}公众号|祝您健康每一天|欢迎转发|欢迎分享|点个“?在看”?|点亮“?在看”?|^你“?在看”?我吗|设为?星标)",
        "a public account's sign-off",
        ["希望大家多多关注我们“某某健康”公众号", "小编祝您健康每一天！", "你“在看”我吗？", "点击“某某健康”→右上角“…”→设为星标★"],
    ),
    rule(r"^本文(?:来源|来自)(?:于|\s*[：:]|[\u4e00-\u9fff])|^本文(?:作者|编辑|责编)\s*[：:]", "the copy's source line", ["本文来源：某某医院", "本文来源于某某融媒体中心", "本文来自某区发布，作者：某区融媒体中心", "本文作者：许某", "本文编辑：李某"]),
    rule(r"新闻线索提供和纠错|^请进入强国号", "a learning platform's footer", ["新闻线索提供和纠错，请进入强国号"]),
    rule(r"官方(?:订阅号|服务号|公众号|视频号)$", "a public account's own description under its name", ["某某街道社区卫生服务中心官方订阅号"]),
    rule(r"^[（(]本(?:系列|组)?(?:报道|稿件|栏目|专栏)由[^（）()]{2,40}(?:联合)?(?:推出|主办|策划|提供)[）)]$", "a series' credit in brackets", ["（本系列报道由某县卫生健康局、某某新闻网联合推出）"]),
    rule(r"^[A-Z][A-Z .&'-]{5,}$|^[A-Z][A-Za-z'’.&-]+(?: [A-Za-z'’.&-]+){2,}$", "a site's or masthead's name in Latin letters", ["CHENGNAN HOSPITAL NEWS", "Gong'an County People's Hospital"]),
    rule(r"内部资料|免费交流|准印证|内资准字|准字[（(]", "a house paper's licence line", ["内部资料 免费交流", "苏内资准字（2019）第JS-0625号"]),
    rule(r"创作者$|·\s*\S{0,12}(?:领域|作者)\S*$|^\S{2,12}\s*·\s*\S{0,6}(?:号|作者)$", "a platform author's badge", ["2024-06-11 16:45河南洛阳市涧西区 · 优质时政领域创作者"]),
    rule(r"(?:字号|字体)\s*[：:]\s*[大中小]\s*[大中小]\s*[大中小]", "type-size tools anywhere in a short line", ["4:8 | 字号：大 中 小"]),
    rule(r"^[【\[][\u4e00-\u9fff]{2,6}(?:园地|动态|新闻|专栏|之窗|天地|风采|要闻|资讯|展播|巡礼)[】\]]$", "a channel's name in brackets", ["【党建园地】", "【工作动态】", "【党建品牌展播】"], ["【朝阳社区】"]),
    rule(
        r"^(?:新闻中心|[\u4e00-\u9fff]{2,4}(?:动态|园地|之窗|要闻|资讯)|(?:医院|本院|院内|图片|综合|工作|要闻)新闻)$",
        "a site's channel alone on its line, over the page's headline",
        ["新闻中心", "党建动态", "医院新闻", "党建园地"],
        ["新闻中心揭牌", "党建引领社区治理"],
    ),
    rule(r"【(?:字体|字号|打印|关闭|收藏|分享)", "reader tools in brackets, anywhere in a short line", ["某街道办事处　发布日期：2023-06-20　【字体：大 中 小】"]),
    rule(r"^[^\w]{3,}$", "a decorative line of marks or emoji", ["◆ ◆ ◆", "━━━━ ✦ ━━━━", "🔺🔺🔺🔺", "▬▬▬▬▬▬"], ["……", "1、2、3"]),
    rule(
        r"^[\u4e00-\u9fff]{2,12}(?:广播电视总台|广播电视台|电视台|广播电台)(?:\s*[\u4e00-\u9fff]{2,10}(?:广播|频道|频率))?$|^《[^《》]{2,12}》\s*(?:直播回顾|节目回顾|精彩回顾|回顾|回放)$",
        "a broadcaster's name over its page, or a programme's",
        ["某某广播电视台 新闻综合广播", "某某市广播电视台", "《某某热线》直播回顾"],
        ["某某电视台记者走进社区", "《健康素养66条》"],
    ),
    rule(
        rf"^[【\[](?:{BROADCAST_MARKERS}|编者按)[】\]]\s*(?:[\u4e00-\u9fff]{{0,30}}\s+[\u4e00-\u9fff]{{2,4}})?$",
        "a broadcast script's markers and speaker lines",
        ["【导语】", "【同期声】某镇卫生院党支部书记 罗永刚", "[同期]", "【记者出镜】", "【画面+解说】", "【主持人口播】"],
    ),
    rule(r"^【[^】]{0,20}(?:推荐|来源|责任编辑|纠错|编辑)[^】]{0,20}】", "a bracketed platform label", ["【推荐：某学习平台】", "【纠错】 【责任编辑:赵欣】"]),
    rule(r"^[（(]\s*(?:[\u4e00-\u9fff]{2,10}(?:网|报|台|融媒|中心)\s*)?(?:供稿|整理|来源|通讯员|记者|本报记者|全媒体记者|图|文)[^）)]{0,40}[）)]$", "a contributor's or source's bracket", ["（供稿：某州卫生健康委员会 整理：本报记者 朴成哲）", "（通讯员 戴雪 记者 罗亮）", "（某某新闻网 记者 韩某）"]),
    rule(
        r"^(?:(?:文字|文|图片|图|摄影|视频)[/／、](?:文字|文|图片|图|摄影|视频)|记者|摄影|摄像|图文|文字|撰稿|文案|文|图|通讯员|本报记者|图文编辑|文字编辑|美术编辑|视频编辑|图片编辑)\s*[：:]\s*(?:\S|$)",
        "a reporter's label (or a platform's empty one)",
        ["记者：张梦瑶 刘成", "图文：某镇卫生院", "文字：市卫健委机关党委", "图文编辑：程某", "图片编辑：", "文字/图片：陈 诗", "文/图：某某"],
    ),
    rule(r"^[（(][^（）()]{2,30}供稿[）)]$", "who sent the report in, in brackets", ["（市委组织部组织二科供稿）"]),
    rule(r"^——\s*(?!记)[\u4e00-\u9fff]{2,30}(?:党总支|党委|党支部|党工委|党组)$", "who sent the report in, signed under it", ["——某县中医医院党总支"], ["——记某街道某社区党委"]),
    rule(r"^原文来源\s*[：:]|^打开[\u4e00-\u9fff]{1,10}(?:新闻|APP|App|客户端)[，,][^。]{0,16}$|^[\u4e00-\u9fff]{2,10}的微博视频$",
         "a platform's note on the original, its app, its video", ["原文来源：某某日报", "打开凤凰新闻，查看更多高清图片", "某某发布的微博视频"]),
    rule(r"^[（(]?\s*(?:下期展播|下期预告|未完待续|敬请期待|下期看点)", "what the next issue will show", ["（下期展播：某某医院等5个案例）", "下期预告：典型案例展播之六", "（未完待续，下期展播某镇卫生院案例）"]),
    rule(r"^(?:欢迎|扫码|扫描二维码|长按二维码|长按识别二维码)?关注“[^”]{2,16}”[，,]?[^。！]{0,20}$", "a call to follow an account", ["关注“某某卫健”，了解更多卫生健康资讯", "扫码关注“某区农林”"], ["关注“一老一小”，是社区的一件大事。"]),
    rule(r"^[\u4e00-\u9fff]{2,12}(?:融媒体中心|日报|晚报|新闻网|广播电视台|电视台)讯$", "a lead's outlet alone on its line", ["某县融媒体中心讯"]),
    rule(r"^(?:报送|抄送|抄报|分送|印发|报|送|发)\s*[：:]\s*[\u4e00-\u9fff，、,\s]{2,60}$", "a bulletin's distribution", ["报送：旗委办公室，旗政府办公室", "抄送：各乡镇卫生院"], ["报送率达到98%"]),
    rule(r"^[\u4e00-\u9fff]{2,12}(?:卫生健康|卫健|党建)(?:信息|简报|工作简报|动态)$", "a bulletin's masthead", ["某旗卫生健康信息", "某县卫健工作简报"]),
    rule(r"^[^，。]{0,12}(?:电话|热线)\s*[：:]\s*[\d\-—\s()（）]{7,}$", "a telephone number on its line", ["三伏贴预约电话：0953-3056120"]),
    rule(r"^(?:(?:【[大中小]字?体?】|\[[大中小]\])\s*){2,3}$", "type-size buttons", ["【大字体】【中字体】【小字体】", "【大】【中】【小】"]),
    rule(r"^[^，。]{0,16}(?:记者|通讯员)\s*[^，。]{2,30}报道$", "a byline that ends in 报道", ["某某网-某某日报记者 阿依古丽·吐尔逊 通讯员 关某 报道", "本报记者 张某 通讯员 李某 报道"]),
    rule(r"^[\u4e00-\u9fff]{2,20}(?:政府信息公开|信息公开|门户网站|官方网站)$", "a site's name", ["某县卫生健康局政府信息公开"]),
    rule(r"^(?:信息)?网络传播视听节目许可证(?:号|编号)?\s*[：:]?\s*\S+$|^互联网新闻信息服务许可证(?:号|编号)?\s*[：:]?\s*\S+$", "a site's licence number", ["网络传播视听节目许可证号：0800000", "互联网新闻信息服务许可证：00000000000"]),
    rule(r"^【(?:图片说明|图说|图注|配图)】", "a photo's caption under its label", ["【图片说明】党员志愿者为老人检查燃气管道。"]),
    rule(r"^[•·]\s*(?:首页|我的订阅|我的|订阅|登录|注册|下载客户端)$|^•\s*[\u4e00-\u9fff]{2,4}$|^强国号$", "an app's menu item, a platform's account tag", ["• 首页", "• 我的订阅", "强国号"]),
    rule(r"^[\u4e00-\u9fff]{2,8}?(?:通讯员|记者)\s*[：:]\s*[\u4e00-\u9fff]{2,4}(?:[\s、][\u4e00-\u9fff]{2,4}){0,3}$", "an outlet's writers' label", ["云上某某通讯员：向某某", "某某融媒记者：王某 李某"]),
    rule(r"^(?:政府信息公开|信息公开)(?:\s+(?:规章库|政策文件|政策解读|法定主动公开内容|公开目录|公开指南|公开年报|依申请公开|[\u4e00-\u9fff]{2,4}库)){1,4}$", "a disclosure site's menu", ["政府信息公开 规章库", "信息公开 公开指南 公开年报"]),
    rule(
        r"(?:^|\s|社)(?:地址|邮编|爆料热线|新闻热线|监督电话|投诉电话|急救电话|咨询电话|联系电话|预约电话|值班电话|服务热线)\s*[：:]",
        "contact lines of a page footer",
        ["某日报社地址：某市某路 邮编：831100", "急救电话：0537-1234567"],
    ),
    rule(
        r"^(?:图片|照片|摄影|视频|设计|排版|校对|美编)\s*[：:]\s*[\u4e00-\u9fff]{2,12}(?:\s+[\u4e00-\u9fff·]{2,6}){0,3}$|^[（(]\s*(?:本版)?(?:图片|照片|图|稿件|文字|图文)均?由.{2,30}提供\s*[）)]$|^(?:本版|本文)(?:图片|照片|稿件|图文)均?由.{2,30}提供$",
        "who made the pictures and the page",
        ["图片：宣传科", "排版：李某", "图片：宣传科 阿某", "（本版图片由某某镇提供）", "（本版稿件由某县委组织部、县卫健局提供）", "本版图片均由受访单位提供"],
    ),
    rule(
        r"^栏目\s*[：:]|^\[\s*(?:打印|关闭|收藏|分享)\s*\]|^【\s*大\s*中\s*小\s*】$|^(?:[\[【]\s*A\s*[-+＋－]\s*[\]】]\s*)+(?:分享\s*[：:]?)?$|^A\s*[-－]\s+A\s*[+＋]$",
        "a page's column label and reader tools",
        ["栏目：新闻动态", "[ 打印 ] [ 关闭 ]", "【大 中 小】", "[A-] [A+]  分享：", "A- A+"],
    ),
]

# After one of these lines the page holds only other articles' headlines, comments or replies.
TAIL_MARKERS: list[Rule] = [
    # (910 test articles print it; none has a report after it)
    rule(r"^(?:\d+\s*)?下一篇\s*[：:]\s*\S{4,}", "the link to the site's next article: the article's page ends", ["下一篇：某县人民医院开展医师节系列活动", "下一篇:某镇开展防溺水教育"], ["下一篇", "上一篇：某镇召开会议"]),
    rule(r"^[—\-－\s]*(?:下期预告|下期展播|下期看点)[—\-－\s]*[：:]?$", "the next issue's units follow", ["—— 下期预告 ——", "下期预告："], ["下期预告：典型案例展播之六"]),
    rule(
        r"^(?:[>»▶►▼•·■□◆\-—－]+\s*)?[【\[]?(?:[\u4e00-\u9fff]{0,3}号推荐|大家都在看|相关新闻|相关阅读|相关文章|相关链接|推荐阅读|热点推荐|热门推荐|热门文章|热门新闻|热点新闻|猜你喜欢|喜欢此内容的人还喜欢|往期回顾|往期推荐|往期精彩回顾|往期精彩|本版热门文章|本版热门|本期热门|往期好文|往期阅读|往期文章|精彩回顾|"
        r"延伸阅读|更多[\u4e00-\u9fff]{0,4}新闻|更多阅读|点击排行榜?|阅读排行榜?|热门排行榜?|排行榜|精彩推荐|今日推荐|为您推荐|网友评论|发表评论|我要评论|评论区|最新评论|相关链接|相关推荐|相关文章|相关热点|相关文档|相关附件|热点推荐|新闻推荐|推荐新闻|编辑推荐|小编推荐|作者最新文章|举报/反馈|写评论\.*|相关稿件|相关报道|本版其他文章|本版其他稿件|本版文章|同版文章|本版其他新闻|本版新闻列表|本版标题导航|标题导航|相关信息|[\u4e00-\u9fff]{0,6}新闻精选)[】\]▼▲◆■]*\s*[：:]?\s*(?:[>»]+|更多.*|[-—－]+)?$",
        "a list of other articles, or comments, follows",
        ["热点推荐", "相关新闻", "【相关阅读】", "- 往期精彩 -", "网友评论", "本版其他文章", ">> 相关链接：", "▶ 推荐阅读", "搜狐号推荐", "大家都在看", "▼往期推荐", "本版标题导航", "某某新闻精选：", "▼往期推荐▼", "更多党建新闻"],
        ["相关新闻报道引起关注。"],
    ),
    rule(
        r"^(?:评论|全部评论|热门评论|精彩评论|网友评论|精选留言|写留言|留言|跟贴|网易跟贴|\d+\s*跟贴)\s*[（(]?\s*\d*\s*[)）]?(?:\s+\S.*)?$",
        "a platform's comment box: its count, then readers' comments",
        ["评论 21", "评论（5）", "网易跟贴 注册 手机发跟贴 登录并发贴", "0 跟贴 0 人参与", "写留言"],
        ["评论员文章", "留言板上群众反映的问题当天办结。"],
    ),
    rule(
        r"^(?:沙发|板凳|地板)\s*[|｜]?\s*(?:[^\s|｜，。]{1,16}\s*)?(?:[|｜]?\s*发表于|$)|^(?:\d+#|#\d+|\d+楼)\s*[|｜]?\s*(?:(?:[^\s|｜，。]{1,16}\s*[|｜]?\s*)?发表于|$)|^[^\s|｜，。]{1,16}\s*[|｜]\s*发表于\s*(?:19|20)\d{2}|^收藏\s*\d*\s+分享\s+淘帖|^发表于\s*(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}[^|｜]*[|｜]\s*只看该作者",
        "a forum's replies begin: a reply's header, or the row of buttons under the post",
        ["沙发 | 发表于 2024-4-18 10:05:41", "3# 发表于 2024-4-19", "沙发 某某老王 发表于 3 天前", "山城老幺 | 发表于 2023-11-03 11:02", "收藏0 分享 淘帖 支持 反对", "发表于 2023-6-20 10:21:09 | 只看该作者"],
    ),
    rule(r"^(?:预览时标签不可点|继续滑动看下一个|向上滑动看下一个|微信扫一扫\s*关注该公众号)$", "a public account page's own furniture: what follows is its buttons", ["预览时标签不可点", "继续滑动看下一个"]),
    rule(r"名单\s*[：:]$|^[（(]?附(?:件\d*)?\s*[：:]?\s*\S{0,14}(?:名单|名录|一览表)[）)]?$", "a list of names after the report", ["2025年度全省优秀案例名单：", "附：表彰名单", "附件1：先进集体名单"]),
    rule(
        r"^[【\[]?(?:更多|查看更多|更多>>|more)\s*(?:[>»]+|…+)?[】\]]?$|^更多\s*[“\"「][^”\"」]{1,12}[”\"」]\s*(?:新闻|资讯|文章|动态|信息)\s*(?:[>»]+)?$",
        "a link to more of the channel's articles",
        ["更多>>", "【更多】", "更多“基层卫生”新闻"],
    ),
    rule(
        r"^(?:[2-9]|\d{2,})楼(?:\s|(?=(?:19|20)\d{2}[-/]))|^(?:沙发|板凳|地板)\s*[^\s|｜，。]{1,16}\s*(?:19|20)\d{2}[-/]\d{1,2}[-/]\d{1,2}",
        "a forum's second floor: replies",
        ["2楼 山城小李 2024-03-12 21:05", "2楼2022-07-05 20:31", "沙发 某某小鱼 2023-2-20 20:10"],
        ["1楼 楼主", "2楼会议室"],
    ),
    rule(r"^[/／]?\s*(?:阅读下一篇|继续阅读下一篇|下一篇文章)\s*[/／]?$", "the next article of a platform follows", ["/阅读下一篇/", "阅读下一篇"]),
]

# 今日播报：…, 全球关注：…, 天天快讯：…: an aggregator's label before the headline.
TEASER_PREFIX = rule(
    r"^(?:[\u4e00-\u9fff]{0,4}(?:关注|播报|快讯|速看|速递|热讯|热点|看点|头条|资讯|要闻|快报|聚焦|焦点|观察|视点|热搜|速读|早报|晚报|新闻|追踪|直击|速览|快看)|好消息|喜讯|重磅|祝贺|点赞)\s*[：:|｜!！]\s*(?=\S)"
    r"|^[\u4e00-\u9fff]{2,8}(?:巡礼|展播|选登|系列报道|专栏)[①-⑳\d]*\s*[|｜]\s*(?=\S)",
    "an aggregator's label or a column's numbered tag before a headline",
    ["全球关注：某某医院开展义诊", "今日播报：社区党委办实事", "天天快讯：家门口的健康驿站", "热点追踪：某某法院建进村社区", "党建品牌巡礼⑤|内科党支部：“仁心守门”"],
    ["某某县人民医院：党建引领", "党建引领：为群众办实事"],
)


# A case sent in through a web form: its fields, by label. The body follows 案例详情/案例正文.
FORM_FIELDS: dict[str, str] = {
    **dict.fromkeys("提交单位 提交医院 申报单位 报送单位 填报单位 单位名称 医院名称 机构名称 案例单位".split(), "institution"),
    **dict.fromkeys("案例名称 案例标题 案例题目".split(), "title"),
    **dict.fromkeys("案例详情 案例正文 案例内容 主要做法 具体做法".split(), "body"),
    **dict.fromkeys(
        "案例摘要 案例简介 单位类型 所在地区 所在地 医院等级 提交时间 申报时间 联系人 联系电话 申报类别 案例类别 案例类型 附件 审核状态".split(),
        "other",
    ),
}
FORM_FIELD = re.compile(rf"^(?P<label>{'|'.join(sorted(FORM_FIELDS, key=len, reverse=True))})\s*[：:]\s*")


def read_form_field(line: str, form: dict[str, str]) -> bool:
    """提交医院：某县中医院 -> form["institution"]; True when the line is a form's field."""
    if line in FORM_FIELDS and form:
        return True  # 案例详情 standing alone over the body, in a form already seen
    match = FORM_FIELD.match(line)
    if not match:
        return False
    field = FORM_FIELDS[match["label"]]
    value = line[match.end() :].strip()
    if field in ("institution", "title") and value:
        form.setdefault(field, value)
    elif field == "body":
        form["body"] = value
    return True


# Furniture however long its line: markup left over from the web page, and a summary set
# before the report (编者按, 核心提示) that is no part of any case.
ANY_LENGTH = rule(
    r"<!--|-->|enpproperty|</?(?:p|div|span|br|img|a|table|tr|td|articleid)\b[^<>]*>|^(?:编者按|核心提示|内容提要|内容摘要|导读)\s*[：:]|^【(?:导读|编者按|核心提示|版权声明)】"
    r"|^[\x20-\x7e]{40,}$|\b(?:content|node|article)_\d+\.s?html?\b|仅代表(?:该)?作者(?:或机构)?(?:本人)?观点|不代表[\u4e00-\u9fff]{0,10}(?:的)?(?:观点|立场)|仅提供信息(?:发布平台|存储空间)",
    "HTML residue, an editor's summary, or a platform's notice (in Latin letters, or that the post is its writer's view), in a long line",
    [
        "<!-- enpproperty <articleid>1</articleid> -->",
        "2024-06-13 某街道与区人民医院结对共建 5 某某日报 content_100001.html 1 副题",
        "核心提示：某社区党委从辖区老年居民多的实际出发……",
        "本文为某某号作者或机构在某某新闻上传并发布，仅代表该作者或机构观点，不代表某某新闻的观点或立场，某某新闻仅提供信息发布平台。",
    ],
)
_LONG_LABELS = re.compile(r"^(?:索引号|发布机构|成文日期|发布时间|来源|文章来源|信息来源|名称)\s*[：:]")
# 【转帖】, [转载]: a forum's or aggregator's mark before a headline.
# (not 【某县人民医院】, the institution's label over its own headline)
_REPOST_MARK = re.compile(rf"^(?:[【\[](?![^】\]]*(?:{INSTITUTION_SUFFIX})[】\]])[^】\]]{{1,8}}[】\]]|[（(]转载?[）)]|转载?[：:])\s*(?=\S)")  # 【转帖】, 【主题教育】, 转： before a headline


def is_furniture(line: str) -> bool:
    if ANY_LENGTH.search(line):
        return True
    limit = MAX_FURNITURE_LENGTH * 2 if _LONG_LABELS.match(line) else MAX_FURNITURE_LENGTH
    return len(line) <= limit and first_match(LINES, line) is not None


def starts_tail(line: str) -> bool:
    return first_match(TAIL_MARKERS, line) is not None


_SITE_AFTER_TITLE = re.compile(r"(?<=\S)\s*[-_|｜]\s*[\u4e00-\u9fff]{1,10}(?:网|频道|客户端|日报)$")


def strip_teaser(title: str) -> str:
    title = _ACCOUNT_TAG.sub("", title, count=1)  # 汉中卫健｜党建品牌巡礼：…: the account's tag
    title = _SITE_AFTER_TITLE.sub("", title)  # …党建品牌建设侧记-新华网: a browser tab's title, the site after it
    title = _FORUM_BUTTON_AFTER.sub("", title)  # … [复制链接]: the forum's button after its thread's title
    title = _POSTED_AT_AFTER.sub("", title)  # …送医送药到田头 (2023-06-12 21:08:45): a blog's time of posting after its title
    title = _PLATFORM_BUTTON_BEFORE.sub("", title)  # 申请入驻 某县：…: a platform's button run into a one-line copy's headline
    title = _without_menu_run(title)
    return TEASER_PREFIX.pattern.sub("", _REPOST_MARK.sub("", title), count=1)


def _without_menu_run(title: str) -> str:
    """某新闻网 手机版 首页 本地 县市 健康 某医院党委：… (a one-line page): the site's name, its home link and
    its menu run into the headline, which begins after the menu's last short item."""
    tokens = title.split()
    home = [i for i, token in enumerate(tokens) if token in _HOME_LINKS or _CRUMB_MARK.search(token)]
    if not home:
        return title
    at = home[-1] + 1
    while at < len(tokens) and len(tokens[at]) <= 4 and not re.search(r"[：:，。“”]", tokens[at]):
        at += 1
    rest = " ".join(tokens[at:])
    return rest if len(rest) >= 6 else title


_HOME_LINKS = frozenset(("首页", "主页", "网站首页", "手机版", "返回首页"))
_CRUMB_MARK = re.compile(r">>|>|›|»|＞")
_POSTED_AT_AFTER = re.compile(r"(?<=\S)\s*[（(](?:19|20)\d{2}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?[）)]$")
_PLATFORM_BUTTON_BEFORE = re.compile(r"^(?:申请入驻|举报|\+\s*关注)\s+(?=\S{4})")
_FORUM_BUTTON_AFTER = re.compile(r"\s*[【\[](?:复制链接|打印|收藏|分享)[】\]]$")


_ACCOUNT_TAG = re.compile(r"^[\u4e00-\u9fff]{2,6}\s*[｜|]\s*(?=\S{4})")
