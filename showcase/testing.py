"""The test runner: each test starts with an empty cache (and no fragment remembered in memory).

A test's database changes are rolled back without a signal, so figures cached under the archive's
generation (cases/caching.py) by one test could otherwise be read by the next.
"""

import unittest

from django.core.cache import caches
from django.test.runner import DiscoverRunner

from cases import caching, idsets


class CacheClearingResult(unittest.TextTestResult):
    def startTest(self, test):
        for cache in caches.all(initialized_only=True):
            cache.clear()
        caching.forget()
        idsets.forget()
        super().startTest(test)


class TestRunner(DiscoverRunner):
    def get_resultclass(self):
        return super().get_resultclass() or CacheClearingResult
