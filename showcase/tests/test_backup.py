"""Backup and restore round trip: the database rows and the photo files come back as they were."""

import shutil
import tempfile
from io import StringIO
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import TransactionTestCase, override_settings
from reversion.models import Version

from cases import workflow
from cases.models import Case, ImportWarning, Photo
from cases.tests import factories as f
from cases.tests.test_editorial import image_bytes

MEDIA = tempfile.mkdtemp(prefix="showcase-backup-media-")


@override_settings(MEDIA_ROOT=MEDIA)
class BackupRestoreTests(TransactionTestCase):
    def setUp(self):
        self.folder = Path(tempfile.mkdtemp(prefix="showcase-backups-"))
        self.addCleanup(shutil.rmtree, self.folder, ignore_errors=True)
        self.addCleanup(shutil.rmtree, MEDIA, ignore_errors=True)

    def test_round_trip(self):
        reviewer = get_user_model().objects.create_superuser("shenhe", "s@example.com", "pw")
        case = f.make_case(f.make_showcase("版面"), "原来的案例", institution=f.make_institution("测试医院"), sections=[("", "正文。")])
        photo = Photo(case=case, caption="图", image=SimpleUploadedFile("a.jpg", image_bytes()))
        photo.save()
        ImportWarning.objects.create(case=case, message="提示", resolved_by=reviewer)
        workflow.edit(case=case, user=reviewer, write=lambda: None)
        image = Path(photo.image.path).read_bytes()

        out = StringIO()
        call_command("backup", output=str(self.folder), stdout=out)
        [backup] = self.folder.iterdir()
        self.assertIn(str(backup), out.getvalue())

        Case.objects.all().delete()  # takes the photo files with it
        get_user_model().objects.all().delete()
        self.assertFalse(Path(photo.image.path).exists())

        call_command("restore", str(backup), yes=True, stdout=StringIO())
        case = Case.objects.get(title="原来的案例")
        self.assertEqual(case.sections.get().body, "正文。")
        self.assertEqual(case.import_warnings.get().resolved_by.username, "shenhe")
        self.assertEqual(Path(case.photos.get().image.path).read_bytes(), image)
        self.assertTrue(Version.objects.get_for_object(case).exists())
        self.assertTrue(get_user_model().objects.get(username="shenhe").check_password("pw"))

    def test_a_folder_that_is_not_a_backup_changes_nothing(self):
        f.make_case(f.make_showcase(), "留着的案例")
        with self.assertRaisesMessage(CommandError, "不是 backup 生成的备份"):
            call_command("restore", str(self.folder), yes=True, stdout=StringIO())
        self.assertTrue(Case.objects.filter(title="留着的案例").exists())
