"""Restore a backup made by `manage.py backup`: the database is emptied and loaded from
data.json, and the photos are put back under MEDIA_ROOT.

    python manage.py restore backups/showcase-YYYYmmdd-HHMMSS [--yes]

Run `migrate` first on a new database. Everything happens in one transaction: a backup that
does not load leaves the database as it was.
"""

import shutil
import tarfile
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from cases import caching


class Command(BaseCommand):
    help = "从 backup 生成的文件夹恢复数据库和上传的图片（会清空现有数据）。"

    def add_arguments(self, parser):
        parser.add_argument("folder", help="backup 生成的文件夹")
        parser.add_argument("--yes", action="store_true", help="不再询问，直接清空现有数据后恢复")

    def handle(self, *args, folder, yes, **options):
        folder = Path(folder)
        data, media = folder / "data.json", folder / "media.tar.gz"
        if not data.is_file() or not media.is_file():
            raise CommandError(f"{folder} 不是 backup 生成的备份：缺少 data.json 或 media.tar.gz")
        if not yes and input("恢复会清空现有的数据和图片，确定吗？输入 yes 继续：").strip() != "yes":
            raise CommandError("已取消，没有改动任何数据")
        with transaction.atomic():
            call_command("flush", interactive=False, verbosity=0)
            call_command("loaddata", str(data), verbosity=0)
            caching.changed()  # loaddata's rows move no generation one by one: every cached page is stale now
        root = Path(settings.MEDIA_ROOT)
        with tarfile.open(media, "r:gz") as archive:
            staging = root.with_name(root.name + ".restoring")
            shutil.rmtree(staging, ignore_errors=True)
            archive.extractall(staging, filter="data")  # no absolute paths, links out or devices
        shutil.rmtree(root, ignore_errors=True)
        restored = staging / "media"
        if restored.is_dir():
            restored.rename(root)
        else:
            root.mkdir(parents=True, exist_ok=True)
        shutil.rmtree(staging, ignore_errors=True)
        self.stdout.write(self.style.SUCCESS(f"已从 {folder} 恢复"))
