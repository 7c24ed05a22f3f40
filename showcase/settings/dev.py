"""Development: debug on, a throwaway secret key unless one is given."""

from .base import *  # noqa: F401,F403
from .base import env_bool, os

DEBUG = env_bool("DEBUG", True)
SECRET_KEY = os.environ.get("SECRET_KEY") or "dev-only-insecure-key-do-not-use-in-production"
