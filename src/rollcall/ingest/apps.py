from django.apps import AppConfig
from django.db.models.signals import post_migrate


class IngestConfig(AppConfig):
    name = "rollcall.ingest"
    verbose_name = "Ingestion and review"

    def ready(self) -> None:
        from rollcall.ingest import signals  # noqa: F401
        from rollcall.ingest.roles import sync_roles

        post_migrate.connect(sync_roles, sender=self)
