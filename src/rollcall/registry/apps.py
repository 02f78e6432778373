from django.apps import AppConfig


class RegistryConfig(AppConfig):
    name = "rollcall.registry"
    verbose_name = "Registry"

    def ready(self) -> None:
        from rollcall.registry import signals  # noqa: F401
