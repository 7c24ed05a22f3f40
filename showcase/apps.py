from django.apps import AppConfig


class ShowcaseConfig(AppConfig):
    name = "showcase"
    verbose_name = "站点"
