"""Load newspaper and portal articles into showcases and cases.

    python manage.py load_articles [PATH ...] [--dry-run] [--report text|json] [--force]
                                   [--publication 某某日报] [--date 2024-05-16] [--edition 第A03版]

What the operator knows and a text does not say (its paper, date, page) can be given for the
run, or per file in a front-matter block at its top; the text's own metadata wins.

Each file is read by cases.loader (plain functions) and written by cases.importing in its own
transaction: a file that fails leaves nothing behind and does not stop the others.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError

from cases.importing import checksum, save_article
from cases.loader import ArticleError, read_article
from cases.loader.metadata import BadFrontMatter, parse_operator_date
from cases.loader.report import file_report, totals

SOURCE_SUFFIXES = {".txt", ".text", ".md"}


class Command(BaseCommand):
    help = "读取文章文件（默认 fixtures/articles/），生成展播版面与案例；可重复运行。"

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="*", metavar="PATH", help="文件或文件夹，默认 fixtures/articles/")
        parser.add_argument("--dry-run", action="store_true", help="只读取和报告，不写入数据库")
        parser.add_argument("--report", choices=["text", "json"], default="text", help="报告格式")
        parser.add_argument("--force", action="store_true", help="覆盖编辑修改过的案例，并重新导入未改变的文件")
        parser.add_argument("--publication", default="", help="文中未写明时采用的报刊或网站名称")
        parser.add_argument("--date", default="", help="文中未写明时采用的刊发日期，如 2024-05-16")
        parser.add_argument("--edition", default="", help="文中未写明时采用的版次，如 第A03版")

    def handle(self, *args, paths, dry_run, report, force, publication, date, edition, **options):
        try:
            date = parse_operator_date(date) if date else ""
        except BadFrontMatter as error:
            raise CommandError(f"--date：{error}") from None
        self.known = {"publication": publication.strip(), "date": date, "edition": edition.strip()}
        files = self._source_files(paths or [settings.ARTICLES_DIR])
        as_json = report == "json"
        reports, failed = [], 0
        for number, path in enumerate(files, start=1):
            entry = self._load(path, dry_run=dry_run, force=force)
            reports.append(entry)
            failed += entry["status"] == "error"
            if not as_json:
                self._print_line(entry, number, len(files))
            elif len(files) > 1:
                self.stderr.write(f"[{number}/{len(files)}] {path.name} {entry['status']}")
        if as_json:
            payload = {"files": reports, "totals": totals(reports)}
            self.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2, default=_json_default))
        else:
            summary = totals(reports)
            message = (
                f"共 {summary['files']} 个文件：成功 {summary['ok']}，失败 {summary['errors']}；"
                f"案例 {summary['cases']} 个，数据指标 {summary['metrics']} 条"
                + ("（试运行，未写入）" if dry_run else "")
            )
            self.stdout.write(self.style.SUCCESS(message) if not failed else self.style.WARNING(message))
        if failed:
            raise CommandError(f"{failed} 个文件未能导入", returncode=1)

    def _source_files(self, paths) -> list[Path]:
        files: list[Path] = []
        for raw in paths:
            path = Path(raw)
            if path.is_dir():
                files.extend(sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in SOURCE_SUFFIXES))
            elif path.is_file():
                files.append(path)
            else:
                raise CommandError(f"找不到文件或文件夹：{path}")
        if not files:
            raise CommandError("没有可导入的文章文件（.txt）")
        return files

    def _load(self, path: Path, *, dry_run: bool, force: bool) -> dict:
        source_file = _source_name(path)
        try:
            data = path.read_bytes()
            article = read_article(data, known=self.known)
            status = "dry-run"
            if not dry_run:
                result = save_article(article, source_file=source_file, source_checksum=checksum(data), force=force)
                status = result.status
        except (ArticleError, OSError) as error:
            return file_report(source_file, error=str(error))
        except DatabaseError as error:
            return file_report(source_file, error=f"写入数据库失败：{error}".splitlines()[0])
        except Exception as error:  # noqa: BLE001 - one unreadable article must not stop the others
            return file_report(source_file, error=f"读取出错（{type(error).__name__}）：{error}".splitlines()[0])
        return file_report(source_file, article=article, written=status)

    def _print_line(self, entry: dict, number: int, count: int) -> None:
        prefix = f"[{number}/{count}] " if count > 1 else ""
        if entry["status"] == "error":
            self.stderr.write(self.style.ERROR(f"{prefix}{entry['path']}：失败：{entry['error']}"))
            return
        cases = entry["cases"]
        warnings = sum(len(c["warnings"]) for c in cases)
        line = (
            f"{prefix}{entry['path']}：{_STATUS_LABELS.get(entry['written'], entry['written'])}，"
            f"{len(cases)} 个案例，{sum(len(c['metrics']) for c in cases)} 条指标"
            + (f"，{warnings} 条待核对" if warnings else "")
        )
        self.stdout.write(line)


_STATUS_LABELS = {"created": "新建", "updated": "已更新", "unchanged": "未改变，跳过", "dry-run": "试运行"}


def _source_name(path: Path) -> str:
    resolved = path.resolve()
    try:
        return str(resolved.relative_to(Path(settings.BASE_DIR).resolve()))
    except ValueError:
        return str(resolved)


def _json_default(value):
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    raise TypeError(type(value))

