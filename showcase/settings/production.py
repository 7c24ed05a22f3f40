"""Production: refuses to start without the values that must not have defaults, and passes
`manage.py check --deploy` (HTTPS behind a proxy that sets X-Forwarded-Proto, HSTS, secure cookies)."""

import sys

from .base import *  # noqa: F401,F403
from .base import DATABASES, env_bool, env_list, os


def refuse(reason):
    """One clear line on stderr and exit: a misconfigured server must not start, and a traceback
    would bury the reason."""
    sys.stderr.write(f"生产环境配置错误：{reason}\n")
    sys.exit(2)


SECRET_KEY = os.environ.get("SECRET_KEY", "").strip()
if len(SECRET_KEY) < 50 or len(set(SECRET_KEY)) < 5:
    refuse("SECRET_KEY 为空或太短（至少 50 个字符、5 种以上不同字符），请用 python -c \"import secrets; print(secrets.token_urlsafe(64))\" 生成")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
if not ALLOWED_HOSTS:
    refuse("ALLOWED_HOSTS 为空，请填写网站的域名（多个用逗号分隔）")
if not os.environ.get("DATABASE_URL"):
    refuse("缺少 DATABASE_URL，例如 postgres://用户@主机:5432/数据库")

DEBUG = False
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]  # the load balancer checks over plain HTTP
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", 31_536_000))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_CONTENT_TYPE_NOSNIFF = True
CSRF_TRUSTED_ORIGINS = [f"https://{host.lstrip('.')}" for host in ALLOWED_HOSTS if "*" not in host]
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
# The proxy in front adds the client's address to X-Forwarded-For; login throttling counts that one.
AXES_IPWARE_PROXY_COUNT = int(os.environ.get("PROXY_COUNT", "1"))
AXES_IPWARE_META_PRECEDENCE_ORDER = ["HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"]
