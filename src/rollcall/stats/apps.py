from django.apps import AppConfig


class StatsConfig(AppConfig):
    name = "rollcall.stats"
    verbose_name = "Counts"
