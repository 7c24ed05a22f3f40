"""Load newspaper and portal articles into showcases and cases.

    python manage.py load_articles [PATH ...] [--dry-run] [--report text|json] [--force] [--publish]
                                   [--publication 某某日报] [--date 2024-05-16] [--edition 第A03版]

What the operator knows and a text does not say (its paper, date, page) can be given for the
run, or per file in a front-matter block at its top; the text's own metadata wins.

Each file is read by cases.loader (plain functions) and written by cases.importing in its own
transaction: a file that fails leaves nothing behind and does not stop the others. Only regular
files up to 5 MB are read: a symlink, a device or a pipe among the paths is refused with one line.
Cases land as 待审核 for a reviewer; --publish (a trusted run, such as the seeds of `make run`)
publishes the cases that have no open warning.
"""

from __future__ import annotations

import json
import os
import stat
import time
from decimal import Decimal
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError, IntegrityError, OperationalError

from cases.importing import checksum, save_article
from cases.loader import ArticleError, read_article
from cases.loader.metadata import BadFrontMatter, parse_operator_date
from cases.loader.report import file_report, totals

SOURCE_SUFFIXES = {".txt", ".text", ".md", ".html", ".htm"}
MAX_BYTES = 5 * 1024 * 1024
# A file that meets a concurrent run's lock or insert retries this many times before it fails.
RETRIES = 5


class SourceRefused(Exception):
    """A path that is not a regular file of a readable size; the message says why, in one line."""


class Command(BaseCommand):
    help = "读取文章文件（默认 fixtures/articles/），生成展播版面与案例；可重复运行。"

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="*", metavar="PATH", help="文件或文件夹，默认 fixtures/articles/")
        parser.add_argument("--dry-run", action="store_true", help="只读取和报告，不写入数据库")
        parser.add_argument("--report", choices=["text", "json"], default="text", help="报告格式")
        parser.add_argument("--force", action="store_true", help="覆盖编辑修改过的案例，并重新导入未改变的文件")
        parser.add_argument(
            "--publish", action="store_true", help="可信的导入（如种子文章）：没有待处理提示的案例直接发布，否则待审核"
        )
        parser.add_argument("--publication", default="", help="文中未写明时采用的报刊或网站名称")
        parser.add_argument("--date", default="", help="文中未写明时采用的刊发日期，如 2024-05-16")
        parser.add_argument("--edition", default="", help="文中未写明时采用的版次，如 第A03版")

    def handle(self, *args, paths, dry_run, report, force, publish=False, publication="", date="", edition="", **options):
        try:
            date = parse_operator_date(date) if date else ""
        except BadFrontMatter as error:
            raise CommandError(f"--date：{error}") from None
        self.known = {"publication": publication.strip(), "date": date, "edition": edition.strip()}
        files = self._source_files(paths or [settings.ARTICLES_DIR])
        as_json = report == "json"
        reports, failed = [], 0
        for number, path in enumerate(files, start=1):
            entry = self._load(path, dry_run=dry_run, force=force, publish=publish)
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
            if path.is_dir() and not path.is_symlink():
                files.extend(sorted(p for p in path.iterdir() if p.suffix.lower() in SOURCE_SUFFIXES))
            elif path.is_symlink() or path.exists():
                files.append(path)  # refused in _load with its reason when it is not a regular file
            else:
                raise CommandError(f"找不到文件或文件夹：{path}")
        if not files:
            raise CommandError("没有可导入的文章文件（.txt 或 .html）")
        return files

    def _load(self, path: Path, *, dry_run: bool, force: bool, publish: bool) -> dict:
        source_file = _source_name(path)
        try:
            data = read_source(path)
            article = read_article(data, known=self.known)
            status = "dry-run"
            if not dry_run:
                result = _retrying(
                    lambda: save_article(
                        article, source_file=source_file, source_checksum=checksum(data), force=force, publish=publish
                    )
                )
                status = result.status
                if status == "duplicate":
                    return file_report(source_file, error=f"与已导入的 {result.showcase.source_file} 内容相同，不再导入")
        except SourceRefused as error:
            return file_report(source_file, error=str(error))
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


_STATUS_LABELS = {
    "created": "新建",
    "updated": "已更新",
    "updated-page-held": "已更新（版面标题、报刊、日期等有变化，未改动已发布的版面，请审核人员在后台核对）",
    "unchanged": "未改变，跳过",
    "dry-run": "试运行",
}


def read_source(path: Path) -> bytes:
    """The bytes of a regular file of at most 5 MB, read through a descriptor that does not follow
    a symlink (so the check and the read are of the same file)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    except OSError as error:
        if path.is_symlink():
            raise SourceRefused("是符号链接，不导入：请给出文件本身的路径") from error
        raise
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(handle.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise SourceRefused("不是普通文件（设备、管道或套接字），不导入")
        if info.st_size > MAX_BYTES:
            raise SourceRefused(f"文件有 {info.st_size / 1024 / 1024:.1f} MB，超过 5 MB 上限，不导入")
        data = handle.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise SourceRefused("文件超过 5 MB 上限，不导入")
    return data


def _retrying(write):
    """Another load_articles run may hold SQLite's write lock, or insert the same institution or
    theme a moment earlier on PostgreSQL: the file's transaction is rolled back, so try it again."""
    for attempt in range(RETRIES):
        try:
            return write()
        except (OperationalError, IntegrityError) as error:
            transient = isinstance(error, IntegrityError) or "locked" in str(error) or "deadlock" in str(error)
            if not transient or attempt == RETRIES - 1:
                raise
            time.sleep(0.2 * (attempt + 1))


def _source_name(path: Path) -> str:
    resolved = path.absolute().parent.resolve() / path.name  # a symlink is named as itself, not its target
    try:
        return str(resolved.relative_to(Path(settings.BASE_DIR).resolve()))
    except ValueError:
        return str(resolved)


def _json_default(value):
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    raise TypeError(type(value))

