from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "rollcall.web"
    verbose_name = "Public site"
