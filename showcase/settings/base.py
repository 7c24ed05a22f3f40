"""Settings shared by every environment; the environment is read here and only here."""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
    "django_filters",
    "reversion",
    "reversion_compare",
    "import_export",
    "axes",
    "csp",
    "showcase",
    "institutions",
    "cases",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",  # ETag on every page and feed; 304 when unchanged
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "showcase.pagecache.AnonymousPageCacheMiddleware",  # whole pages for anonymous readers, per archive generation
    "axes.middleware.AxesMiddleware",  # last, as django-axes asks
]

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",  # first: a locked-out login is refused before the password is checked
    "django.contrib.auth.backends.ModelBackend",
]
# Login throttling (django-axes): after 5 failed logins from one address, or for one account from
# one address, logins from there are refused for 30 minutes with a Chinese page (HTTP 429).
# Behind a proxy, set AXES_IPWARE_PROXY_COUNT (production reads it) so the client's address is used.
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=30)
AXES_LOCKOUT_PARAMETERS = ["ip_address", ["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "showcase.views.locked_out"
AXES_VERBOSE = False

# Content-Security-Policy (django-csp): every script, style, image and font comes from the site
# itself (whitenoise), nothing inline; photos may also be data: URLs in the admin's previews.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}

ROOT_URLCONF = "showcase.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

WSGI_APPLICATION = "showcase.wsgi.application"

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "60")),
        conn_health_checks=True,  # a connection the database dropped is replaced, not reused
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Concurrent writers (two load_articles runs, an editor saving meanwhile) wait for the lock
    # instead of failing with "database is locked": take the write lock when a transaction starts,
    # wait up to 20 s for it, and let readers go on while one writes (WAL).
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        timeout=20, transaction_mode="IMMEDIATE", init_command="PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cached figures, fragments and pages (cases/caching.py): Redis shared by every worker when
# REDIS_URL is set (redis://127.0.0.1:6379/1), else each process's own memory. Either is correct:
# the archive's generation, which every entry carries, is a row in the database.
# CACHE_KEY_PREFIX keeps two sites (or two benchmark runs) on one Redis apart.
REDIS_URL = os.environ.get("REDIS_URL", "")
CACHE_KEY_PREFIX = os.environ.get("CACHE_KEY_PREFIX", "showcase")
if REDIS_URL:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL, "KEY_PREFIX": CACHE_KEY_PREFIX}
    }
else:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "KEY_PREFIX": CACHE_KEY_PREFIX,
                    "OPTIONS": {"MAX_ENTRIES": int(os.environ.get("LOCMEM_MAX_ENTRIES", "1000"))}}
    }
# Whole pages for anonymous readers (showcase/pagecache.py), in every configuration: a change
# shows at once in every worker (the generation is read from the database). PAGE_CACHE=false turns it off.
PAGE_CACHE = env_bool("PAGE_CACHE", True)

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "zh-hans"
# Chinese for the history and compare pages of django-reversion-compare, which ships none
# (locale/make_reversion_compare_po.py writes the .po; msgfmt compiles the .mo that is committed).
LOCALE_PATHS = [BASE_DIR / "locale"]
LANGUAGES = [("zh-hans", "简体中文")]
TIME_ZONE = "Asia/Shanghai"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
MEDIA_URL = "media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
# Uploads above this stay on disk while Django reads them, not in memory.
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440

# Where `load_articles` looks when it is given no path.
ARTICLES_DIR = BASE_DIR / "fixtures" / "articles"

LOGIN_URL = "admin:login"

# Open data (/data/): the data package that `manage.py build_datapackage` writes (nightly), and
# the licence line shown with every download. The operator sets the licence for the site.
OPEN_DATA_ROOT = Path(os.environ.get("OPEN_DATA_ROOT", MEDIA_ROOT / "open-data"))
OPEN_DATA_LICENSE = {
    "name": os.environ.get("OPEN_DATA_LICENSE_NAME", "CC-BY-4.0"),
    "title": os.environ.get("OPEN_DATA_LICENSE_TITLE", "知识共享 署名 4.0 国际许可协议（CC BY 4.0）"),
    "path": os.environ.get("OPEN_DATA_LICENSE_URL", "https://creativecommons.org/licenses/by/4.0/"),
    "line": os.environ.get(
        "OPEN_DATA_LICENSE_LINE",
        "本站整理的案例数据按 CC BY 4.0 开放，使用时请注明“党建案例展播”；报道原文版权归原刊物所有。",
    ),
}

# Errors go to stderr, one line each, as key=value pairs a log search can grep (level=ERROR
# logger=django.request ...); the process manager or container runtime keeps them.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "keyvalue": {
            "format": "time=%(asctime)s level=%(levelname)s logger=%(name)s pid=%(process)d message=%(message)r",
        },
    },
    "handlers": {"stderr": {"class": "logging.StreamHandler", "formatter": "keyvalue"}},
    "root": {"handlers": ["stderr"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
    "loggers": {
        "django": {"handlers": ["stderr"], "level": "INFO", "propagate": False},
        "django.server": {"handlers": ["stderr"], "level": "INFO", "propagate": False},
        "showcase": {"handlers": ["stderr"], "level": "INFO", "propagate": False},
    },
}
