"""The production checklist: deploy checks, the start-up guard, HTTPS behind a proxy, /healthz,
a database outage, error logs."""

import importlib
import os
import subprocess
import sys
from unittest import mock, skipUnless

from django.conf import settings
from django.db import InterfaceError, OperationalError, connection, transaction
from django.test import SimpleTestCase, TestCase, TransactionTestCase, override_settings
from django.urls import reverse

from cases import caching

GOOD_ENV = {
    "SECRET_KEY": "k3Jd9-x_Qm2vLr8sTz0wYb4nHc6pFg1aUe5iOo7yRtWqEsDf-Zx8Lp2Nv7Bm4",
    "ALLOWED_HOSTS": "dangjian.example.org",
    "DATABASE_URL": "sqlite:////tmp/showcase-production-check.sqlite3",
}


def manage(*args, env):
    clean = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL", "DJANGO_SETTINGS_MODULE"}}
    return subprocess.run(
        [sys.executable, "manage.py", *args, "--settings=showcase.settings.production"],
        cwd=settings.BASE_DIR, env=clean | env, capture_output=True, text=True, timeout=120,
    )


def production_settings():
    with mock.patch.dict(os.environ, GOOD_ENV):
        module = importlib.import_module("showcase.settings.production")
        return importlib.reload(module)


class DeployCheckTests(SimpleTestCase):
    def test_check_deploy_is_clean(self):
        result = manage("check", "--deploy", "--fail-level", "WARNING", env=GOOD_ENV)
        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
        self.assertIn("no issues", result.stdout)

    def test_a_blank_or_short_key_or_no_hosts_is_one_clear_line(self):
        for change, words in (
            ({"SECRET_KEY": ""}, "SECRET_KEY"),
            ({"SECRET_KEY": "too-short"}, "SECRET_KEY"),
            ({"SECRET_KEY": "a" * 60}, "SECRET_KEY"),
            ({"ALLOWED_HOSTS": " , "}, "ALLOWED_HOSTS"),
            ({"DATABASE_URL": ""}, "DATABASE_URL"),
        ):
            with self.subTest(change=change):
                result = manage("check", env=GOOD_ENV | change)
                self.assertNotEqual(result.returncode, 0)
                self.assertNotIn("Traceback", result.stderr)
                self.assertEqual(len(result.stderr.strip().splitlines()), 1, result.stderr)
                self.assertIn(words, result.stderr)


class HttpsBehindAProxyTests(TestCase):
    def test_plain_http_is_redirected_and_the_proxy_header_is_trusted(self):
        prod = production_settings()
        names = ["SECURE_PROXY_SSL_HEADER", "SECURE_SSL_REDIRECT", "SECURE_REDIRECT_EXEMPT", "SECURE_HSTS_SECONDS",
                 "SECURE_HSTS_INCLUDE_SUBDOMAINS", "SECURE_HSTS_PRELOAD"]
        with override_settings(**{name: getattr(prod, name) for name in names}):
            response = self.client.get("/about-anything/")
            self.assertEqual(response.status_code, 301)
            self.assertTrue(response["Location"].startswith("https://"))
            secure = self.client.get(reverse("healthz"), headers={"x-forwarded-proto": "https"})
            self.assertEqual(secure.status_code, 200)
            self.assertIn("max-age=31536000", secure["Strict-Transport-Security"])
            self.assertEqual(self.client.get(reverse("healthz")).status_code, 200)  # the load balancer's check


class HealthAndOutageTests(TestCase):
    def test_healthz(self):
        response = self.client.get(reverse("healthz"))
        self.assertEqual((response.status_code, response.json()["status"]), (200, "ok"))
        with mock.patch("django.db.backends.base.base.BaseDatabaseWrapper.cursor", side_effect=OperationalError("server closed the connection")):
            self.assertEqual(self.client.get(reverse("healthz")).status_code, 503)

    def test_a_database_outage_is_a_chinese_503_and_the_site_recovers(self):
        self.client.raise_request_exception = False
        down = OperationalError('connection to server at "127.0.0.1", port 5432 failed: Connection refused')
        with mock.patch("django.db.backends.base.base.BaseDatabaseWrapper.cursor", side_effect=down):
            with self.assertLogs("django.request", "ERROR") as logs:
                response = self.client.get(reverse("cases:list"))
        self.assertEqual(response.status_code, 503)
        self.assertContains(response, "暂时无法访问", status_code=503)
        self.assertEqual(response["Retry-After"], "30")
        self.assertIn("Connection refused", "\n".join(logs.output))
        self.assertEqual(self.client.get(reverse("cases:list")).status_code, 200)

    def test_any_other_error_is_the_500_page(self):
        self.client.raise_request_exception = False
        with mock.patch("cases.views.CaseListView.get_queryset", side_effect=ValueError("bug")):
            response = self.client.get(reverse("cases:list"))
        self.assertEqual(response.status_code, 500)
        self.assertContains(response, "服务器暂时出了点问题", status_code=500)


@skipUnless(connection.vendor == "postgresql", "a database server that can drop a connection")
class KeptConnectionTests(TransactionTestCase):
    """Production keeps connections between requests and checks them (CONN_HEALTH_CHECKS): the
    request's first query, the archive's generation, is the check, not an extra "SELECT 1"."""

    def tearDown(self):
        connection.close()  # the next test connects with the usual settings

    def test_a_connection_the_database_dropped_between_requests_is_opened_anew_by_the_first_read(self):
        with mock.patch.dict(connection.settings_dict, {"CONN_HEALTH_CHECKS": True, "CONN_MAX_AGE": 600}):
            connection.close()
            connection.ensure_connection()
            first = caching._read()
            connection.close_if_unusable_or_obsolete()  # as at the start of the next request: a check is due
            connection.connection.close()  # meanwhile the database dropped the connection
            with mock.patch.object(connection, "is_usable", wraps=connection.is_usable) as select_1:
                self.assertEqual(caching._read(), first)
                self.assertEqual(caching._read(), first)
            select_1.assert_not_called()
            self.assertTrue(connection.is_usable())

    def test_in_a_transaction_a_lost_connection_is_an_error_not_silently_replaced(self):
        with mock.patch.dict(connection.settings_dict, {"CONN_HEALTH_CHECKS": True, "CONN_MAX_AGE": 600}):
            connection.close()
            connection.ensure_connection()
            connection.close_if_unusable_or_obsolete()
            with self.assertRaises((InterfaceError, OperationalError)), transaction.atomic():
                connection.connection.close()
                caching._read()


class ErrorLogTests(SimpleTestCase):
    def test_errors_are_one_greppable_line_on_stderr(self):
        result = subprocess.run(
            [sys.executable, "-c", "import django, logging; django.setup(); logging.getLogger('django.request').error('Internal Server Error: /x/')"],
            cwd=settings.BASE_DIR, env=os.environ | {"DJANGO_SETTINGS_MODULE": "showcase.settings.test"},
            capture_output=True, text=True, timeout=60,
        )
        line = result.stderr.strip()
        self.assertEqual(len(line.splitlines()), 1)
        self.assertRegex(line, r"^time=\S+ \S+ level=ERROR logger=django\.request pid=\d+ message='Internal Server Error: /x/'$")


class LoginThrottlingTests(TestCase):
    def setUp(self):
        from django.contrib.auth import get_user_model

        get_user_model().objects.create_user("bianji", password="Hong-qi-2024!", is_staff=True)

    def login(self, password):
        return self.client.post(reverse("admin:login"), {"username": "bianji", "password": password, "next": "/admin/"})

    def test_five_failures_lock_the_account_and_address_for_a_while_in_chinese(self):
        for _ in range(4):
            self.assertEqual(self.login("wrong").status_code, 200)
        locked = self.login("wrong")
        self.assertEqual(locked.status_code, 429)
        self.assertContains(locked, "登录失败次数过多", status_code=429)
        self.assertContains(locked, "30 分钟", status_code=429)
        still = self.login("Hong-qi-2024!")  # even the right password, until the cool-off ends
        self.assertEqual(still.status_code, 429)
        self.assertNotIn("_auth_user_id", self.client.session)

    def test_a_success_before_the_limit_clears_the_count(self):
        for _ in range(4):
            self.login("wrong")
        self.assertEqual(self.login("Hong-qi-2024!").status_code, 302)
        self.client.logout()
        for _ in range(4):
            self.assertEqual(self.login("wrong").status_code, 200)
