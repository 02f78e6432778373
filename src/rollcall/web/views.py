"""The public site. For now a home page with today's count and the public list."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from rollcall.registry.public import public_persons
from rollcall.stats.services import count_on


def home(request: HttpRequest) -> HttpResponse:
    today = timezone.localdate()
    return render(
        request,
        "web/home.html",
        {"today": today, "count": count_on(today), "persons": public_persons()[:50]},
    )
