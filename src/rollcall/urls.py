"""URL map: the public site at /, the documenters' admin at /admin/."""

from django.contrib import admin
from django.urls import path

from rollcall.web import views

admin.site.site_header = "rollcall registry"
admin.site.site_title = "rollcall"
admin.site.index_title = "Registry of political prisoners"

urlpatterns = [
    path("", views.home, name="home"),
    path("admin/", admin.site.urls),
]
