"""Tables copied as text: each row becomes the sentence a report would have printed.

Reports list their results in tables (序号 项目 数量 单位; | 指标 | 2022年 | 2023年 |; rows of
tab-separated cells). Copied into text, a row is cells in a line, with the number in one cell
and its unit in another or in the header (党员人数（名）). Written back as one sentence per row
(“家庭医生签约居民1.86万人。”), the row is read like any other text; of several year columns
only the latest counts, the others being what it is compared with.
"""

from __future__ import annotations

import re

from .furniture import is_furniture
from .metrics import UNIT_FORMS
from .vocabulary import INSTITUTION_SUFFIX

_NUMBER = re.compile(r"^\d+(?:\.\d+)?(?:万|亿)?(?:余|多)?$")
_SEPARATOR = re.compile(r"^[\s|:：\-—+]+$")
_UNIT_IN_BRACKETS = re.compile(r"[（(]([\u4e00-\u9fff%]{1,3})[)）]$")
_UNIT_WORDS = set(UNIT_FORMS) | {"万元"}  # the measure words figures are read with (metrics.py)
MAX_ROWS = 200  # a table copied into a report is short; a longer run of cells is no table
# 24项, 1.2万人次, 130余处: a count with its measure word in one cell
_COUNTED = re.compile(rf"^(?:约|近|超|逾|超过)?\d+(?:\.\d+)?(?:万|亿)?(?:余|多)?(?:{'|'.join(sorted(_UNIT_WORDS, key=len, reverse=True))})$")
_YEAR = re.compile(r"^(?:19|20)\d{2}年?(?:度)?$")
# A column of what was planned (年度目标, 计划数, 任务数): the figure is in the column of what was done.
_TARGET_HEADER = re.compile(r"目标|计划|任务数|指标值|预期")
# 文化社区｜为3个无物业小区更换单元门禁｜已完成，惠及居民410户: a row that opens on a unit's name
# is that unit's entry of a round-up, written out as the labelled entry a report prints (文化社区：…)
_UNIT_CELL = re.compile(rf"^[\u4e00-\u9fff]{{1,16}}{INSTITUTION_SUFFIX}(?:党委|党总支|党支部)?$|^[\u4e00-\u9fff]{{1,10}}(?:村|街道|镇|乡)(?:党委|党工委|党总支|党支部)?$")  # (某县人民医院党委: its party body, in a list of brands)


# A government page's table of the document's fields: 索引号 | … | 发布机构 | … |
_FIELD_LABELS = (
    "索引号 发布机构 名称 标题 信息名称 成文日期 发布日期 发文日期 生成日期 文号 文 号 发文字号 主题分类 体裁分类 组配分类 "
    "效力属性 有效性 主题词 发文机关 服务对象 公开方式 公开范围 所属机构"
).split(" ")


def _field_label(cell: str) -> str:
    """名　　称：, 有 效 性: a field's label as the table prints it, spaced out and with its colon."""
    return re.sub(r"[\s\u3000]", "", cell).rstrip("：:")


def _is_field_row(line: str) -> bool:
    first = line.strip().strip("|").split("|")[0]
    return "|" in line and (_field_label(first) in _FIELD_LABELS or _field_label(re.split(r"[：:]", first)[0]) in _FIELD_LABELS)


def _field_lines(line: str) -> list[str]:
    """索引号 | K-2023-01 | 发布机构 | 某镇 | -> 索引号：K-2023-01 / 发布机构：某镇: fields as labelled lines
    (| 发文机关： 某局 | 主题词： |: each cell its label and value)."""
    cells = [c.strip() for c in line.strip().strip("|").split("|")]
    if any(re.match(r"^[^：:]{1,8}[：:]\s*\S", c) and _field_label(re.split(r"[：:]", c)[0]) in _FIELD_LABELS for c in cells):
        fields = [re.split(r"[：:]", c, maxsplit=1) for c in cells if re.search(r"[：:]", c)]
        return [f"{_field_label(label)}：{value.strip()}" for label, value in fields if _field_label(label) in _FIELD_LABELS and value.strip()]
    pairs = zip(cells[0::2], cells[1::2])
    return [f"{_field_label(label)}：{value}" for label, value in pairs if _field_label(label) in _FIELD_LABELS and value]


# （一）某医院第一党支部（党员26名；开展…服务2900余人次）: a notice's list of units, each with its results in brackets
_BRACKETED_ENTRY = re.compile(
    r"^\s*[（(][一二三四五六七八九十\d]{1,3}[)）]\s*(?P<unit>[\u4e00-\u9fff]{4,30}?(?:党委|党总支|党支部|党工委))\s*[（(](?P<results>[^（）()]*\d[^（）()]{2,160})[)）][。；;]?$"
)


def _bracketed_entries(lines: list[str]) -> list[str]:
    """Two or more such lines, one after another: each the entry a round-up prints, its unit over its results
    (某医院第一党支部 / 党员26名；…。)."""
    entries = [_BRACKETED_ENTRY.match(line) for line in lines]
    out = []
    for index, (line, entry) in enumerate(zip(lines, entries)):
        in_run = entry and ((index and entries[index - 1]) or (index + 1 < len(lines) and entries[index + 1]))
        out.extend([entry["unit"], f"{entry['results']}。"] if entry and in_run else [line])
    return out


def rewrite_tables(text: str) -> str:
    lines = _bracketed_entries([field for line in text.split("\n") for field in (_field_lines(line) if _is_field_row(line) else [line])])
    out: list[str] = []
    index = 0
    while index < len(lines):
        run = _table_run(lines, index) if index == 0 or not _cells(lines[index - 1]) else []
        if run:
            out.extend(_sentences(run))
            index += len(run)
        else:
            out.append(lines[index])
            index += 1
    return "\n".join(out)


def _cells(line: str) -> list[str] | None:
    line = line.strip().replace("｜", "|")  # (the full-width bar some sites type between cells)
    if not line or (line.endswith("。") and not re.match(r"^\d{1,3}\s*[\t|]\s*[^\t|]+[\t|]", line)):
        return None  # (a sentence; but 1\t某医院\t“品牌”\t简介……。, 1 | 某医院党委 | …。: a numbered row whose last cell is prose)
    # (序号 | 指标名称 | 完成情况, 1 | 发展党员（名）| 2: a table's header and rows, however like a menu)
    row = re.match(r"^序号\s*[|｜]", line) or re.search(r"(?:^|[|｜])\s*\d+(?:\.\d+)?%?\s*(?:[|｜]|$)", line)
    if (is_furniture(line) and not row) or re.search(r"\s[>›»]+\s", line):
        return None  # 查看: 3568 | 回复: 12, 某论坛 › 某版块: a page's furniture, not a table's row
    if "，" in line and "\t" not in line and line.count("|") < 2:
        return None  # a sentence, not a row of cells
    if "\t" in line:
        cells = line.split("\t")
    elif line.count("|") >= 2 or re.search(r"\S\s*\|\s*\S", line):
        cells = line.strip("|").split("|")  # | 指标 | 数量 |, and 项目 | 数量 with one bar
    elif len(re.split(r"\s{2,}", line)) >= 3 and re.search(r"\d \d{3}(?!\d)", line):
        cells = re.split(r"\s{2,}", line)  # 1     上门巡诊     人次    1 350: columns set apart by runs of spaces, a thousands' space inside a cell
        cells = [re.sub(r"^(\d{1,3}) (\d{3})(?!\d)", r"\1\2", c.strip()) for c in cells]
    else:
        cells = line.split()
    cells = [c.strip() for c in cells]
    if "|" in line and len(cells) == 2 and all(cells):
        return cells  # 党员领办实事项目 | 24项
    return cells if len(cells) >= 3 and all(cells) or ("|" in line or "\t" in line) and len(cells) >= 3 else None


def _table_run(lines: list[str], start: int) -> list[str]:
    """Lines from start that are rows of one table (two at least, one with a number)."""
    first = _cells(lines[start])
    if not first:
        return []
    run = [lines[start]]
    for line in lines[start + 1 : start + MAX_ROWS]:
        cells = _cells(line)
        if _SEPARATOR.match(line.strip() or "x"):
            run.append(line)
            continue
        if not cells or abs(len(cells) - len(first)) > 1:
            break
        run.append(line)
    rows = [_cells(line) for line in run if not _SEPARATOR.match(line.strip())]
    numeric = sum(1 for cells in rows if any(_NUMBER.match(c) or _COUNTED.match(c) for c in cells))
    return run if len(rows) >= 2 and (numeric >= 1 or _unit_rows(rows)) else []


def _unit_rows(rows: list[list[str]]) -> bool:
    return all(_UNIT_CELL.match(cells[0]) and any(re.search(r"[\u4e00-\u9fff]{4}", c) for c in cells[1:]) for cells in _without_row_numbers(rows))


def _without_row_numbers(rows: list[list[str]]) -> list[list[str]]:
    """序号 | 单位 | 品牌名称 | 简介 over 1 | 某医院 | …: the rows without their header and their numbers."""
    if rows and rows[0][:1] == ["序号"] and all(cells[0].isdigit() for cells in rows[1:]):
        return [cells[1:] for cells in rows[1:]]
    return rows


def _sentences(run: list[str]) -> list[str]:
    rows = [_cells(line) for line in run if not _SEPARATOR.match(line.strip())]
    header = rows[0] if not any(_NUMBER.match(c) for c in rows[0]) else None
    unit_column = next((i for i, c in enumerate(header or []) if c in ("单位", "计量单位")), None)
    sentences = []
    if _unit_rows(rows):
        entries = _without_row_numbers(rows)
        if len(entries) >= 3 and all(_NAME_LIST_CELL.fullmatch(c) for cells in entries for c in cells[1:] if c):
            # 单位 | 品牌名称 | 创建时间 over 某医院 | “正心护航” | 2021年: a list of names, no unit's work: one paragraph of
            # the report that prints it, not a case per row
            head = rows[0][1:] if rows[0][:1] == ["序号"] else []
            listed = "；".join("，".join(c for c in cells if c) for cells in entries)
            return [f"{'、'.join(head)}：{listed}。" if head else f"{listed}。"]
        return [f"{cells[0]}：{'，'.join(c.rstrip('。') for c in cells[1:] if c)}。" for cells in entries]
    for cells in rows[1:] if header else rows:
        sentences.append(_row_sentence(cells, header, unit_column))
    return [s for s in sentences if s]


def _latest(columns: list[int], header: list[str] | None) -> int:
    """Of a row's figures, the one under the latest year (| 2023年 | 2022年 |, the year reported first, as well as
    | 2022年 | 2023年 |); else the last (| 2022年 | 2023年上半年 |, | 2023年 | 截至2024年6月 |: a period after a year)."""
    years = {i: int(c[:4]) for i, c in enumerate(header or []) if _YEAR.match(c)}
    return max(columns, key=years.get) if all(i in years for i in columns) else columns[-1]


# “正心护航”, 2021年, 党建品牌: a short cell that names or dates, with no count of work in it
_NAME_LIST_CELL = re.compile(r"(?:(?:19|20)\d{2}年(?:\d{1,2}月)?|[^\d，。；]{1,12})")


def _row_sentence(cells: list[str], header: list[str] | None, unit_column: int | None) -> str:
    targets = [i for i, c in enumerate(header or []) if _TARGET_HEADER.search(c)]
    if targets and len(cells) == len(header or []):
        # 目标任务 | 推进情况 (1.5万人 | 已完成1.12万人): the planned figure is no figure, what was done says its own
        cells = ["" if i in targets and not _NUMBER.match(c) else c for i, c in enumerate(cells)]
    counted = [i for i, c in enumerate(cells) if _COUNTED.match(c)]
    if counted and not any(_NUMBER.match(c) for c in cells):
        label = next((c for i, c in enumerate(cells) if i not in counted and not c.isdigit()), "")
        years = header is not None and any(_YEAR.match(c) for c in header)
        # 服务项目 服务人次 服务时长 over 门诊导诊咨询 约6.5万人次 1.1万小时: each column its own figure, named by its
        # header (a header of words: not a first row of figures taken for one, nor 完成数 | 完成率 that name no thing)
        worded = header is not None and len(header) == len(cells) and not any(_COUNTED.match(c) or _NUMBER.match(c) for c in header)
        if len(counted) >= 2 and not years and worded:
            named = not any(re.search(r"(?:数|率|量|比例|占比)$", header[i]) for i in counted)  # (开展次数 | 完成率: no thing's name)
            return "，".join(f"{label}{header[i] if named else ''}{cells[i]}" for i in counted) + "。"
        return f"{label}{cells[_latest(counted, header)]}。"  # 党员领办实事项目 | 24项; of 2022年 | 2023年 the latest
    numbers = [i for i, c in enumerate(cells) if _NUMBER.match(c) and not (i == 0 and len(cells) > 2 and c.isdigit() and int(c) < 100)]
    if not numbers:
        return "，".join(c for i, c in enumerate(cells) if c and not (i == 0 and c.isdigit())) + "。"
    year_columns = [i for i, c in enumerate(header or []) if _YEAR.match(c)]
    done = [i for i in numbers if i not in targets]
    value_at = _latest(numbers, header) if year_columns else (done or numbers)[0]  # 年度目标 | 完成情况: what was done
    label_cells = [c for i, c in enumerate(cells) if i not in numbers and i != unit_column and not (i == 0 and c.isdigit())]
    label = label_cells[0] if label_cells else ""
    unit = ""
    value = cells[value_at]
    if unit_column is not None and unit_column < len(cells):
        unit = cells[unit_column]
        if unit[:1] in ("余", "多"):  # 760 | 余次 -> 760余 次
            value, unit = value + unit[0], unit[1:]
        if unit[:1] in ("万", "亿") and unit[1:] in _UNIT_WORDS and not value.endswith(("万", "亿")):
            value, unit = value + unit[0], unit[1:]  # 3.82 | 万人 -> 3.82万 人
    bracket = _UNIT_IN_BRACKETS.search(label)
    if not unit and bracket and bracket.group(1) in _UNIT_WORDS:
        unit, label = bracket.group(1), label[: bracket.start()]
    if not unit:
        unit = "人次" if label.endswith("人次") else "人" if label.endswith("人数") else ""
    if unit not in _UNIT_WORDS:
        unit = ""
    return f"{label}{value}{unit}。" if unit else "，".join(cells) + "。"
