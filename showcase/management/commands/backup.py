"""Back up the portal: the database as JSON (dumpdata) and the uploaded photos as a tarball.

    python manage.py backup [--output backups/]

Writes backups/showcase-YYYYmmdd-HHMMSS/{data.json, media.tar.gz} and prints the folder; restore
it with `manage.py restore FOLDER` (or `make restore BACKUP=FOLDER`). The JSON works for SQLite and
PostgreSQL alike, so a backup also moves a site from one to the other.
"""

import tarfile
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

# Rows Django makes itself on migrate, or that are only worth keeping in the running site.
EXCLUDED = ["contenttypes", "auth.permission", "sessions", "admin.logentry", "axes", "cases.archivegeneration", "cases.textchange"]


class Command(BaseCommand):
    help = "备份数据库（JSON）和上传的图片（media.tar.gz）到一个新文件夹。"

    def add_arguments(self, parser):
        parser.add_argument("--output", default=str(Path(settings.BASE_DIR) / "backups"), help="存放备份的文件夹，默认 backups/")

    def handle(self, *args, output, **options):
        folder = Path(output) / timezone.localtime().strftime("showcase-%Y%m%d-%H%M%S")
        try:
            folder.mkdir(parents=True, exist_ok=False)
        except OSError as error:
            raise CommandError(f"无法创建备份文件夹 {folder}：{error.strerror or error}") from None
        call_command(
            "dumpdata", exclude=EXCLUDED, natural_foreign=True, natural_primary=True, indent=1,
            output=str(folder / "data.json"), verbosity=0,
        )
        media = Path(settings.MEDIA_ROOT)
        with tarfile.open(folder / "media.tar.gz", "w:gz") as archive:
            if media.is_dir():
                archive.add(media, arcname="media")
        self.stdout.write(self.style.SUCCESS(f"已备份到 {folder}"))
