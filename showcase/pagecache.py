"""Whole pages for anonymous readers, cached under the archive's generation (cases/caching.py).

On in every configuration (settings.PAGE_CACHE): the generation is a row in the database, so a
change made through one worker is seen by all, whether they share Redis or each keeps its own
local memory.

A reader's page is kept in the default cache (Redis when REDIS_URL is set) under its full address
(scheme, host, path, sorted query string), the active language and the archive's generation.
Anything readers could see changing moves the generation, so the next request renders afresh;
entries also expire after caching.TIMEOUT.

Served from the cache, and stored, only when nothing personal can be in the page:
- GET or HEAD, from a visitor without a session cookie (everyone logged in has one: editors and
  reviewers always get fresh pages) and without a pending message;
- not the admin; a 200 response that is not streamed, sets no cookie, rendered no CSRF token,
  read no session, is not marked private/no-cache/no-store and carries no Vary header (the
  languages it may vary on are in the key; any other Vary is not cached at all).

Django's own cache middleware was not used: its key prefix is fixed when the middleware is made,
so the generation could not be part of the key (a publish would show only after the timeout), and
it has no "anonymous only" mode (it relies on Vary: Cookie, caching editors' pages per session).
It sits inside the middleware that adds ETag, CSP and security headers, so a cached page gets them
again (and 304s) on every request; inside SessionMiddleware, CsrfViewMiddleware and MessageMiddleware
so that what they would add can be seen.
"""

from __future__ import annotations

import hashlib
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.urls import reverse
from django.utils import translation
from django.utils.functional import cached_property
from django.utils.cache import cc_delim_re, set_response_etag

from cases import caching

UNCACHEABLE = {"private", "no-cache", "no-store"}


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        reads_archive = request.method in ("GET", "HEAD") and not request.path.startswith(self.exempt)
        if reads_archive:
            caching.generation()  # read first: nothing this request caches is older than its generation
        if not (reads_archive and self.may_use_cache(request)):
            return self.get_response(request)
        key = self.key(request)
        stored = cache.get(key)
        if stored is not None:
            status, headers, content = stored
            response = HttpResponse(content, status=status)
            for name, value in headers:
                response.headers[name] = value
            return response
        response = self.get_response(request)
        if self.may_store(request, response):
            set_response_etag(response)  # kept with the page: ConditionalGetMiddleware need not hash it again
            cache.set(key, (response.status_code, list(response.headers.items()), response.content), caching.TIMEOUT)
        return response

    @cached_property
    def exempt(self) -> tuple[str, ...]:
        """Pages that read nothing of the archive (or must not be cached), which need no generation
        (their addresses looked up once, not on every request)."""
        return (reverse("admin:index"), reverse("healthz"), reverse("robots"), "/" + settings.MEDIA_URL.lstrip("/"))

    @staticmethod
    def may_use_cache(request) -> bool:
        return (
            settings.PAGE_CACHE
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
            and "messages" not in request.COOKIES
        )

    @staticmethod
    def key(request) -> str:
        """The archive's generation first: after a change no earlier page can be found."""
        query = urlencode(sorted((name, value) for name, values in request.GET.lists() for value in values))
        address = f"{request.scheme}://{request.get_host()}{request.path}?{query}|{translation.get_language()}"
        return f"page:{caching.generation()}:{hashlib.sha1(address.encode()).hexdigest()}"

    @staticmethod
    def may_store(request, response) -> bool:
        if response.status_code != 200 or response.streaming or response.cookies or response.has_header("Vary"):
            return False
        if request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):  # a form's CSRF token is in the page
            return False
        session = getattr(request, "session", None)
        if session is not None and session.accessed:  # the page may depend on who asked
            return False
        cache_control = {part.split("=")[0].strip().lower() for part in cc_delim_re.split(response.get("Cache-Control", ""))}
        return not cache_control & UNCACHEABLE
