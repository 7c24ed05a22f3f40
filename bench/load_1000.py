"""Benchmark: load 1,000 articles into a fresh SQLite database, and dry-run the five seeds.

Targets (issue 3): ≤ 60 s for the 1,000 articles on a 2-core machine; ≤ 5 s for
`load_articles --dry-run` of the five seeds, start-up included.

The articles are made by recombining the seeds' paragraphs under new institution names, in the
three shapes the loader reads (column page, e-paper page, portal article). Run: make bench
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "fixtures" / "articles"
PLACES = ["江北区", "渝中区", "沙坪坝区", "长寿区", "武隆区", "城口县", "丰都县", "忠县", "云阳县", "巫山县"]
TOWNS = ["石桥镇", "青龙镇", "白沙镇", "新华镇", "龙门镇", "太平镇", "安乐镇", "永兴镇"]
SUFFIXES = ["人民医院", "中医院", "中心卫生院", "社区卫生服务中心"]


def seed_material():
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "showcase.settings.dev")
    from cases.loader import read_article

    paragraphs, headings, titles = [], [], []
    for path in sorted(SEEDS.glob("*.txt")):
        for case in read_article(path.read_bytes()).cases:
            titles.append(case.title)
            for section in case.sections:
                if section.heading:
                    headings.append(section.heading)
                paragraphs.extend(p for p in section.paragraphs if len(p) > 30)
    return paragraphs, headings, titles


def institution(rng: random.Random) -> str:
    suffix = rng.choice(SUFFIXES)
    town = rng.choice(TOWNS) if suffix == "中心卫生院" else ""
    return f"{rng.choice(PLACES)}{town}{suffix}"


def column_page(rng, paragraphs, headings, titles, n):
    parts = [f"# 党建引领 卫生健康事业展播（{n}）", ""]
    for _ in range(rng.randint(2, 4)):
        parts += [f"### {institution(rng)} {rng.choice(titles)}", ""]
        for _ in range(rng.randint(3, 6)):
            parts += [rng.choice(paragraphs), ""]
    return "\n".join(parts)


def epaper_page(rng, paragraphs, headings, titles, n):
    name, title = institution(rng), rng.choice(titles)
    lines = [f"第{n % 20 + 1:03d}版:重庆新闻", "上一版 下一版", f"{name} {title}", "2022 年 03 月 15 日 星期二", "",
             f"{name} {title}", ""]
    for _ in range(2):
        lines += [f"  {rng.choice(headings)}", ""]
        for _ in range(rng.randint(2, 4)):
            lines += [f"  {rng.choice(paragraphs)}", ""]
    lines += ["3上一篇  下一篇", "某日报版权所有 未经书面授权 不得复制或建立镜像"]
    return "\n".join(lines)


def portal_page(rng, paragraphs, headings, titles, n):
    place = rng.choice(PLACES)
    lines = ["人民网", "人民网>>重庆频道>>区县", "", f"重庆{place}：{rng.choice(titles)}", "",
             "2022年12月06日15:09 | 来源：人民网-重庆频道", "小字号", ""]
    for _ in range(3):
        lines += [f"{place}卫健委{rng.choice(paragraphs)}", ""]
    lines += ["(责编：张三、李四)", "", "分享让更多人看到", "", "返回顶部"]
    return "\n".join(lines)


def make_articles(folder: Path, count: int) -> None:
    rng = random.Random(2021)
    material = seed_material()
    shapes = [column_page, epaper_page, portal_page]
    for n in range(count):
        text = shapes[n % 3](rng, *material, n)
        encoding = "gb18030" if n % 10 == 0 else "utf-8"
        (folder / f"bench_{n:04d}.txt").write_bytes(text.encode(encoding))


def timed(args, env) -> float:
    start = time.perf_counter()
    subprocess.run(args, cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    python = sys.executable
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        make_articles(folder, 1000)
        env = dict(os.environ, DATABASE_URL=f"sqlite:///{tmp}/bench.sqlite3", PYTHONIOENCODING="utf-8")
        subprocess.run([python, "manage.py", "migrate", "--noinput"], cwd=ROOT, env=env, check=True,
                       stdout=subprocess.DEVNULL)
        load = timed([python, "manage.py", "load_articles", str(folder)], env)
        counts = subprocess.run(
            [python, "manage.py", "shell", "-v", "0", "-c",
             "from cases.models import Case, Metric, Showcase; "
             "print(Showcase.objects.count(), Case.objects.count(), Metric.objects.count())"],
            cwd=ROOT, env=env, check=True, capture_output=True, text=True,
        ).stdout.split()
        dry = timed([python, "manage.py", "load_articles", "--dry-run", str(SEEDS)], env)
    print(f"load 1000 articles into fresh SQLite: {load:.1f} s (target ≤ 60 s): "
          f"{counts[0]} showcases, {counts[1]} cases, {counts[2]} metrics")
    print(f"dry-run of the five seeds, start-up included: {dry:.2f} s (target ≤ 5 s)")
    if load > 60 or dry > 5:
        sys.exit(1)


if __name__ == "__main__":
    main()
