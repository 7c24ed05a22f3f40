import ast, re, sys
src = open(".venv/lib/python3.11/site-packages/reversion_compare/locale/de/LC_MESSAGES/django.po", encoding="utf-8").read()
entries, cur, key = [], None, None
for line in src.splitlines():
    if line.startswith("msgid "):
        cur = {"msgid": [line[6:]], "msgstr": []}; key = "msgid"; entries.append(cur)
    elif line.startswith("msgstr "):
        key = "msgstr"; cur[key].append(line[7:])
    elif line.startswith('"') and cur is not None:
        cur[key].append(line)
def text(parts): return "".join(ast.literal_eval(p) for p in parts)
ZH = {
 "Compare %(name)s": "比较：%(name)s",
 "Field didn't exist!": "（该字段当时不存在）",
 "compare": "比较所选的两个版本",
 "Comment": "说明",
 "DATETIME_FORMAT": "Y年n月j日 H:i",
 "Compare %(name)s ": "比较 %(name)s",
 "Compare <strong>%(date1)s</strong> with <strong>%(date2)s</strong>:": "比较 <strong>%(date1)s</strong> 与 <strong>%(date2)s</strong> 两个版本：",
 "Go back to history list": "回到历史列表",
 "Revert to this version": "恢复到这个版本",
 "changed to:": "改为：",
 "time since that date:": "距今：",
 "add:": "新增：",
 "remove:": "删除：",
 "previous": "上一处修改",
 "next": "下一处修改",
 "There are no differences.": "两个版本没有差别。",
 "Edit comment:": "修改说明：",
 "(no comment exists)": "（没有说明）",
 "Note:": "注意：",
 "Fields/entries marked with <sup class=\"follow\">*</sup> are not under reversion control. It may be that not all marked information are correct.": "标有 <sup class=\"follow\">*</sup> 的字段或条目不在版本记录之内，显示的内容可能不准确。",
 "This is the fallback compare, because the normal compare can't be applied between the two selected version:": "所选两个版本无法逐项比较，下面是按原始数据的比较：",
 "Revert to the old version will probably not work!": "恢复到这个旧版本可能不会成功！",
 "More info:": "详见：",
 "Choose a date from the list below to revert to a previous version of this object.": "从下面的列表中选择一个日期，查看或恢复到那时的版本；选中两个版本可以比较它们的差别。",
 "This object doesn't have a change history. It probably wasn't added via this admin site.": "这条记录还没有修改历史。",
}
def esc(s): return s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
out = ['msgid ""', 'msgstr ""', '"Content-Type: text/plain; charset=UTF-8\\n"', '"Language: zh_Hans\\n"', '"Plural-Forms: nplurals=1; plural=0;\\n"', ""]
out.insert(0, "# Chinese for django-reversion-compare's history and compare pages (it ships none).")
missing = []
for e in entries:
    mid = text(e["msgid"])
    if not mid: continue
    norm = re.sub(r"\s+", " ", mid).strip()
    zh = ZH.get(norm)
    if zh is None: continue  # Django's own catalogue already says it in Chinese
    if mid != mid.strip():  # keep the template's surrounding whitespace
        lead = mid[: len(mid) - len(mid.lstrip())]; trail = mid[len(mid.rstrip()):]
        zh = lead + zh + trail
    out += [f'msgid "{esc(mid)}"', f'msgstr "{esc(zh)}"', ""]
open("locale/zh_Hans/LC_MESSAGES/django.po", "w", encoding="utf-8").write("\n".join(out))
print("missing", missing)
