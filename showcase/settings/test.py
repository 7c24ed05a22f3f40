"""Tests: fast hashing, local-memory cache, no manifest needed for static files."""

import atexit
import shutil
import tempfile
from pathlib import Path

from .base import *  # noqa: F401,F403

# Off (as without Redis) so that a test requesting a page twice sees it rendered twice, its context
# and its queries; showcase/tests/test_pagecache.py turns it on.
PAGE_CACHE = False

DEBUG = False
SECRET_KEY = "test-only-key"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
MEDIA_ROOT = tempfile.mkdtemp(prefix="showcase-test-media-")
atexit.register(shutil.rmtree, MEDIA_ROOT, ignore_errors=True)  # uploads made by tests go with them
OPEN_DATA_ROOT = Path(MEDIA_ROOT) / "open-data"
TEST_RUNNER = "showcase.testing.TestRunner"  # each test starts with an empty cache
