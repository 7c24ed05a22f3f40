"""Two load_articles runs at once both finish, every file loaded once: SQLite waits for its write
lock instead of failing with "database is locked", and a PostgreSQL unique clash is retried."""

import os
import subprocess
import sys
import tempfile

from django.conf import settings
from django.db import connection
from django.test import TransactionTestCase

from cases.models import Case, Showcase


class ConcurrentLoadTests(TransactionTestCase):
    def database_url(self):
        db = connection.settings_dict
        if connection.vendor == "postgresql":
            return f"postgres://{db['USER']}:{db['PASSWORD']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"
        folder = tempfile.mkdtemp(prefix="showcase-concurrent-")
        url = f"sqlite:///{folder}/db.sqlite3"
        self.run_manage(["migrate", "--noinput", "-v0"], url).check_returncode()
        return url

    def run_manage(self, args, url, wait=True):
        env = os.environ | {"DATABASE_URL": url, "DJANGO_SETTINGS_MODULE": "showcase.settings.dev", "DEBUG": "false"}
        command = [sys.executable, "manage.py", *args]
        if wait:
            return subprocess.run(command, cwd=settings.BASE_DIR, env=env, capture_output=True, text=True, timeout=300)
        return subprocess.Popen(command, cwd=settings.BASE_DIR, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

    def test_two_runs_at_once_both_finish(self):
        url = self.database_url()
        runs = [self.run_manage(["load_articles", "--publish", str(settings.ARTICLES_DIR)], url, wait=False) for _ in range(2)]
        results = [(run.wait(timeout=300), *run.communicate()) for run in runs]
        for code, out, err in results:
            self.assertEqual(code, 0, out + err)
            self.assertNotIn("locked", out + err)
            self.assertIn("失败 0", out)
        check = self.run_manage(["shell", "-c", "from cases.models import Case, Showcase; print(Showcase.objects.count(), Case.objects.count())"], url)
        self.assertEqual(check.stdout.split()[-2:], ["5", "15"], check.stdout + check.stderr)
        if connection.vendor == "postgresql":
            self.assertEqual((Showcase.objects.count(), Case.objects.count()), (5, 15))
