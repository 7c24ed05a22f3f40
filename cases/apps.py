from django.apps import AppConfig
from django.db.models.signals import post_migrate


class CasesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "cases"
    verbose_name = "案例展播"

    def ready(self):
        from . import caching, indexes, roles, search

        post_migrate.connect(roles.create_roles_after_migrate, sender=self)
        post_migrate.connect(search.index_after_migrate, sender=self)
        post_migrate.connect(indexes.indexes_after_migrate, sender=self)
        caching.connect()
