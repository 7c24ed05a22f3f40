"""Production static files: collectstatic builds whitenoise's manifest, and pages find every asset in it."""

import shutil
import tempfile
from io import StringIO

from django.core.management import call_command
from django.test import TestCase, override_settings
from django.urls import reverse

MANIFEST = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}


class CollectedStaticTests(TestCase):
    def test_pages_render_against_the_collected_manifest(self):
        root = tempfile.mkdtemp(prefix="showcase-static-")
        self.addCleanup(shutil.rmtree, root, ignore_errors=True)
        with override_settings(STATIC_ROOT=root, STORAGES=MANIFEST):
            call_command("collectstatic", "--noinput", stdout=StringIO())
            for url in (reverse("home"), reverse("cases:list"), "/no-such-page/"):
                with self.subTest(url=url):
                    response = self.client.get(url)
                    self.assertIn(response.status_code, (200, 404))
                    self.assertRegex(response.content.decode(), r'/static/css/site\.[0-9a-f]{12}\.css')
