from django.urls import path

from rollcall.ingest import views

app_name = "ingest"

urlpatterns = [
    path("", views.queue, name="queue"),
    path("add/", views.add_report, name="add"),
    path("source/<str:public_id>/", views.source_detail, name="source"),
    path("source/<str:public_id>/accept-all/", views.accept_source, name="accept_all"),
    path("claim/<int:claim_id>/accept/", views.accept, name="accept"),
    path("claim/<int:claim_id>/reject/", views.reject, name="reject"),
    path("claim/<int:claim_id>/correct/", views.correct, name="correct"),
]
