"""The loader's report: one plain dict per file, in the schema operators script against."""

from __future__ import annotations

from .types import ArticleData, CaseData


def file_report(path: str, *, article: ArticleData | None = None, error: str = "", written: str = "") -> dict:
    if article is None:
        return {"path": path, "status": "error", "error": error, "encoding": None, "showcase": None, "cases": []}
    show = article.showcase
    return {
        "path": path,
        "status": "ok",
        "error": None,
        "written": written,
        "encoding": article.encoding,
        "showcase": {
            "title": show.title,
            "kicker": show.kicker,
            "subtitle": show.subtitle,
            "column": show.column,
            "publication": show.publication,
            "channel": show.channel,
            "date": show.date,
            "time": show.time,
            "edition": show.edition,
            "pages": show.pages,
            "guided_by": show.guided_by,
            "hosted_by": show.hosted_by,
            "author": show.author,
            "editors": show.editors,
            "credits": show.credits,
        },
        "cases": [case_report(case) for case in article.cases],
    }


def case_report(case: CaseData) -> dict:
    institution = case.institution
    return {
        "title": case.title,
        "institution": {
            "name": institution.name,
            "kind": institution.kind,
            "grade": institution.grade,
            "founded": institution.founded,
            "aliases": [name for name, _ in institution.aliases],
            "honours": [{"when": when, "honour": honour} for when, honour in institution.honours],
            "region": {
                "province": institution.region.province,
                "city": institution.region.city,
                "district": institution.region.district,
            },
        },
        "partners": case.partners,
        "party_organizations": [
            {"name": o.name, "level": o.level, "members": o.members, "secretary": o.secretary, "units": o.units}
            for o in case.party_organizations
        ],
        "people": [{"name": p.name, "role": p.role} for p in case.people],
        "themes": case.themes,
        "brands": case.brands,
        "sections": [{"heading": s.heading, "paragraphs": s.paragraphs} for s in case.sections],
        "captions": case.captions,
        "byline": case.byline,
        "contributor": case.contributor,
        "credits": case.credits,
        "warnings": case.warnings,
        "metrics": [
            {
                "label": m.label,
                "value": m.value,
                "unit": m.unit,
                "qualifier": m.qualifier,
                "category": m.category,
                "phrase": m.phrase,
                "previous_value": m.previous_value,
                "previous_unit": m.previous_unit or None,
            }
            for m in case.metrics
        ],
    }


def totals(reports: list[dict]) -> dict:
    ok = [r for r in reports if r["status"] == "ok"]
    cases = [c for r in ok for c in r["cases"]]
    return {
        "files": len(reports),
        "ok": len(ok),
        "errors": len(reports) - len(ok),
        "cases": len(cases),
        "metrics": sum(len(c["metrics"]) for c in cases),
        "warnings": sum(len(c["warnings"]) for c in cases),
    }
