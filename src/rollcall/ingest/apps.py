from django.apps import AppConfig


class IngestConfig(AppConfig):
    name = "rollcall.ingest"
    verbose_name = "Ingestion and review"
