"""Fold a held-out set of test articles into cases/tests/articles/, once its first reading is scored.

A held-out set (tools/holdout_prompt.md) is written by someone who never saw the project, in their
own words for the readings' conventions. Before its articles join the test articles, each reading
is brought to the conventions the project files institutions and units by (the ones the prompt
asks for, where a writer drifted): names and units in Simplified characters, no 党委/党工委/党支部/
党总支 after an institution's name, a department's branch filed under its hospital, a hospital of
an ethnic medicine (藏医院, 蒙医医院) filed with the TCM hospitals. An article
whose cases the loader still misses is left out and named, so that a test never pins a miss.

    .venv/bin/python tools/fold_holdout.py DIR [DIR ...] [--dry-run]
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import opencc  # noqa: E402

import eval as evaluation  # noqa: E402

ARTICLES = ROOT / "cases" / "tests" / "articles"
PARTY_SUFFIX = re.compile(r"(党委|党工委|党总支|党支部|总支部|支部)$")
DEPARTMENT = re.compile(r"^(.+?(?:医院|卫生院|服务中心|保健院))[^院]{1,8}?科$")
SIMPLIFIED = opencc.OpenCC("t2s.json")
ETHNIC_MEDICINE = re.compile(r"(?:藏医|蒙医|维吾尔医|维医|傣医|壮医|瑶医|苗医|彝医|朝医|哈萨克医)(?:医)?院$")


def normalised(reading: dict) -> dict:
    for case in reading["cases"]:
        name = SIMPLIFIED.convert(case["institution"].strip())
        name = PARTY_SUFFIX.sub("", name)
        department = DEPARTMENT.match(name)
        case["institution"] = department.group(1) if department else name
        if ETHNIC_MEDICINE.search(case["institution"]):
            case["kind"] = "tcm_hospital"  # 某县藏医院, 某旗蒙医医院: traditional medicine, filed with the TCM hospitals
        for metric in case.get("metrics", []):
            metric["unit"] = SIMPLIFIED.convert(metric["unit"])
    return reading


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--dry-run", action="store_true", help="say what would be folded, write nothing")
    args = parser.parse_args()
    folded = left_out = 0
    for folder in args.folders:
        for reading_path in sorted(folder.glob("*.expected.json")):
            source = reading_path.with_name(reading_path.name.replace(".expected.json", ".txt"))
            if (ARTICLES / source.name).exists():
                print(f"{source.name}: a test article of that name exists; rename the set's files")
                return 1
            reading = normalised(json.loads(reading_path.read_text(encoding="utf-8")))
            score = evaluation.score_article(source.name, source.read_bytes(), reading)
            if score.errors or score.cases_found < score.cases:
                left_out += 1
                print(f"left out {source.name}: " + "; ".join(n for n in score.notes if n.startswith(("missed case", "error", "CRASH"))))
                continue
            folded += 1
            if not args.dry_run:
                shutil.copyfile(source, ARTICLES / source.name)
                (ARTICLES / reading_path.name).write_text(json.dumps(reading, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"folded {folded}, left out {left_out}" + (" (dry run)" if args.dry_run else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
