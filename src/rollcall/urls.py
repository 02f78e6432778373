"""URL map: the public site at /, review at /review/, the admin at /admin/."""

from django.contrib import admin
from django.urls import include, path

from rollcall.web import views

admin.site.site_header = "rollcall registry"
admin.site.site_title = "rollcall"
admin.site.index_title = "Registry of political prisoners"

urlpatterns = [
    path("", views.home, name="home"),
    path("review/", include("rollcall.ingest.urls")),
    path("admin/", admin.site.urls),
]
