"""How well the loader reads articles, counted as a reviewer would count by hand.

Runs the loader (no database) on every test article that has an expected reading beside it
(`cases/tests/articles/<name>.expected.json`) and on the seed articles (`fixtures/expected.json`),
and prints per article and in total:

- cases: expected cases found (a found case is matched to an expected one by institution, then
  by its title or opening words);
- inst: institution exactly as the editor wrote it; kind; region (province, city, district);
- figures: expected figures found on the right case with value, unit and qualifier;
- invented: figures read that are in no expected reading of that case;
- furniture: furniture strings of the page that ended up in a title or body;
- errors: files the loader refused.

    python bench/eval.py [-v] [--articles DIR] [NAME ...]      (make eval)
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import opencc  # noqa: E402

from cases.loader import ArticleError, read_article  # noqa: E402
from cases.loader.text import normalize  # noqa: E402
from cases.loader.types import CaseData  # noqa: E402
from institutions import gazetteer  # noqa: E402

SIMPLIFIED = opencc.OpenCC("t2s.json")
ARTICLES = ROOT / "cases" / "tests" / "articles"
SEEDS = ROOT / "fixtures" / "articles"
SEED_READING = ROOT / "fixtures" / "expected.json"


@dataclass
class Score:
    name: str
    cases: int = 0
    cases_found: int = 0
    institution: int = 0
    kind: int = 0
    region: int = 0
    figures: int = 0
    figures_found: int = 0
    invented: int = 0
    furniture: int = 0
    errors: int = 0
    notes: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for name in ("cases", "cases_found", "institution", "kind", "region", "figures", "figures_found", "invented", "furniture", "errors"):
            setattr(self, name, getattr(self, name) + getattr(other, name))


def expected_readings(names: list[str], folder: Path = ARTICLES, seeds: bool = True) -> list[tuple[str, bytes, dict]]:
    readings = []
    for path in sorted(folder.glob("*.expected.json")):
        source = path.with_name(path.name.replace(".expected.json", ".txt"))
        readings.append((source.name, source.read_bytes(), json.loads(path.read_text(encoding="utf-8"))))
    for entry in json.loads(SEED_READING.read_text(encoding="utf-8"))["files"] if seeds else []:
        # The seeds' reading lists the figures that matter, not every figure: nothing is "invented" there.
        entry = {**entry, "figures_complete": False}
        readings.append(("seed/" + entry["file"], (SEEDS / entry["file"]).read_bytes(), entry))
    if names:
        readings = [r for r in readings if any(n in r[0] for n in names)]
    return readings


def score_article(name: str, data: bytes, expected: dict) -> Score:
    score = Score(name)
    wanted = expected["cases"]
    score.cases = len(wanted)
    score.figures = sum(len(c.get("metrics", [])) for c in wanted)
    try:
        article = read_article(data)
    except ArticleError as error:
        score.errors = 1
        score.notes.append(f"error: {error}")
        return score
    except Exception as error:  # noqa: BLE001 - a crash is counted like a refusal, and named
        score.errors = 1
        score.notes.append(f"CRASH: {type(error).__name__}: {error}")
        return score
    found = list(article.cases)
    pairs = _match(wanted, found)
    score.cases_found = sum(1 for _, case in pairs if case is not None)
    for want, case in pairs:
        if case is None:
            score.notes.append(f"missed case: {want['institution']} / {want.get('title', '')}")
            continue
        institution = case.institution
        if institution.name == want["institution"] or institution.name in want.get("institution_any_of", []):
            score.institution += 1
        else:
            score.notes.append(f"institution: {institution.name!r} != {want['institution']!r}")
        if institution.kind == want["kind"]:
            score.kind += 1
        else:
            score.notes.append(f"kind of {want['institution']}: {institution.kind} != {want['kind']}")
        region = want.get("region") or {}
        got = {"province": institution.region.province, "city": institution.region.city, "district": institution.region.district}
        if all(_same_place(got[k], region.get(k)) for k in got) or _same_municipality(got, region):
            score.region += 1
        else:
            score.notes.append(f"region of {want['institution']}: {got} != {region}")
        score.figures_found += _figures(want, case, score, complete=expected.get("figures_complete", True))
    for case in found:
        if case not in [c for _, c in pairs]:
            score.invented += len(case.metrics) if expected.get("figures_complete", True) else 0
            score.notes.append(f"extra case: {case.institution.name} / {case.title} ({len(case.metrics)} figures)")
    score.furniture = _furniture(expected.get("furniture", []), article.cases, score, article.text)
    return score


def _match(wanted: list[dict], found: list[CaseData]) -> list[tuple[dict, CaseData | None]]:
    """Each expected case with the found case that stands for it (or None)."""
    free = list(found)
    pairs: list[tuple[dict, CaseData | None]] = []
    for want in wanted:
        same = [c for c in free if c.institution.name == want["institution"]]
        # (two reports of one institution on a page: the one with the wanted title, or the wanted opening)
        start = normalize(want.get("body_starts") or "").strip()[:8]
        case = next((c for c in same if want.get("title") and c.title == want["title"]), None) or next((c for c in same if start and c.body_text.startswith(start)), None) or next(iter(same), None)
        if case is None:
            case = next((c for c in free if want.get("title") and c.title == want["title"]), None)
        if case is None:
            # (诸暨市枫桥镇中心卫生院 wanted, 枫桥镇中心卫生院 read: the case is found, its name counted apart)
            case = next((c for c in free if _same_unit(c.institution.name, want["institution"])), None)
        if case is None and want.get("body_starts"):
            # (a reader may type the start as printed, 9月10日,某镇: the loader's text has its comma full-width)
            start = normalize(want["body_starts"]).strip()[:8]
            case = next((c for c in free if c.body_text.startswith(start)), None)
        if case is None and len(wanted) == 1 and len(free) == 1:
            case = free[0]
        if case is not None:
            free.remove(case)
        pairs.append((want, case))
    return pairs


def _same_unit(read: str, wanted: str) -> bool:
    """One name is the other with places before it."""
    shorter, longer = sorted((read, wanted), key=len)
    return len(shorter) >= 4 and longer.endswith(shorter) and bool(gazetteer.place_mentions(longer[: len(longer) - len(shorter)]))


def _figures(want: dict, case: CaseData, score: Score, *, complete: bool) -> int:
    read = [(m.value, m.unit, m.qualifier, m.label) for m in case.metrics]
    hits = 0
    unmatched = list(read)
    for metric in want.get("metrics", []):
        # (a reader of a Traditional copy may write its units as printed: 個 is 个; 台(套) is 台（套）,
        # the loader's brackets being full-width)
        unit = SIMPLIFIED.convert(metric["unit"]).replace("(", "（").replace(")", "）")
        key = (Decimal(str(metric["value"])), unit, metric.get("qualifier", "exact"))
        hit = next((r for r in unmatched if r[:3] == key), None)
        if hit:
            hits += 1
            unmatched.remove(hit)
        else:
            score.notes.append(f"missed figure: {metric['label']} {metric['value']}{metric['unit']} ({key[2]})")
    for value, unit, qualifier, label in unmatched if complete else []:
        score.invented += 1
        score.notes.append(f"invented figure: {label} {value}{unit} ({qualifier})")
    return hits


def _same_municipality(got: dict, want: dict) -> bool:
    """上海市 / 上海市 / 静安区 and 上海市 / — / 静安区 are one place: a municipality is its own city,
    and readers write its city level either way."""
    province = got["province"]
    if province not in gazetteer.MUNICIPALITIES or want.get("province") != province:
        return False
    return {got["city"] or None, want.get("city") or None} <= {None, province} and _same_place(got["district"], want.get("district"))


def _same_place(got: str | None, want: str | None) -> bool:
    """秀山县 and 秀山土家族苗族自治县 are one place: compare official names by their short form."""
    if not got or not want:
        return got == want
    return got == want or gazetteer.short_name(got) == gazetteer.short_name(want)


def furniture_left(strings: list[str], cases: list[CaseData], source: str) -> list[str]:
    """The page's furniture found in a title or body. Words the page prints only as furniture count
    wherever they turn up (glued to a sentence, injected into one); words the report prints too
    (the headline again in the page's list of headlines, the site's 某县第二人民医院 over a report
    on it, a like count's 2) only as a line of the body of their own."""
    left = []
    flat = re.sub(r"\s+", "", source)  # (a PDF's body may print the words across a line break)
    printed = {words: sum(re.sub(r"\s+", "", f).count(re.sub(r"\s+", "", words)) for f in strings) for words in (f.strip() for f in strings) if words}
    for case in cases:
        body = [line.strip() for s in case.sections for line in (s.heading, *s.paragraphs) if line.strip()]
        for furniture in strings:
            words = furniture.strip()
            if not words:
                continue
            only_furniture = flat.count(re.sub(r"\s+", "", words)) <= printed[words]
            if words in body or (only_furniture and any(words in line for line in [case.title, *body])):
                left.append(furniture)
    return left


def _furniture(strings: list[str], cases: list[CaseData], score: Score, source: str) -> int:
    left = furniture_left(strings, cases, source)
    score.notes.extend(f"furniture in body: {furniture!r}" for furniture in left)
    return len(left)


def _ratio(part: int, whole: int) -> str:
    return f"{part}/{whole} ({100 * part / whole:.0f}%)" if whole else "-"


def row(score: Score) -> str:
    return (
        f"{score.name[:42]:42} cases {score.cases_found}/{score.cases}  inst {score.institution}  kind {score.kind}  "
        f"region {score.region}  figures {score.figures_found}/{score.figures}  invented {score.invented}  "
        f"furniture {score.furniture}  errors {score.errors}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("names", nargs="*", help="only the articles whose file name contains one of these")
    parser.add_argument("-v", "--verbose", action="store_true", help="say what was missed or invented")
    parser.add_argument("--articles", type=Path, default=ARTICLES, help="a folder of articles with expected readings")
    args = parser.parse_args()
    total = Score("TOTAL")
    articles = 0
    for name, data, expected in expected_readings(args.names, args.articles, seeds=args.articles == ARTICLES):
        score = score_article(name, data, expected)
        articles += 1
        total.add(score)
        print(row(score))
        if args.verbose:
            for note in score.notes:
                print("      " + note)
    print()
    print(f"articles {articles}, files refused {total.errors}")
    print(f"cases found          {_ratio(total.cases_found, total.cases)}")
    print(f"institution exact    {_ratio(total.institution, total.cases)}")
    print(f"kind right           {_ratio(total.kind, total.cases)}")
    print(f"region right         {_ratio(total.region, total.cases)}")
    print(f"figures found        {_ratio(total.figures_found, total.figures)}")
    print(f"invented figures     {total.invented} ({total.invented / max(articles, 1) * 10:.1f} per ten articles)")
    print(f"furniture in bodies  {total.furniture}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
