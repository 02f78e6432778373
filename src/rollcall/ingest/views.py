"""The review UI: a queue of sources, one source's claims beside its highlighted text.

Plain Django views and forms: every action is a POST that works without JavaScript;
a small script adds keyboard shortcuts. Only documenters and editors (permission
``ingest.review_claim``) reach these pages.
"""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.db.models import Count, Exists, OuterRef, Q
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from rollcall.extract.source import SourceError, decode
from rollcall.ingest.forms import AddReportForm, CorrectClaimForm
from rollcall.ingest.highlight import segments
from rollcall.ingest.models import Claim, ClaimKind, ClaimStatus
from rollcall.ingest.reading import from_pasted
from rollcall.ingest.review import ReviewError, accept_all, accept_claim, reject_claim
from rollcall.ingest.services import Outcome, ingest
from rollcall.registry.models import Person, Source
from rollcall.registry.search import search_persons

REVIEW = "ingest.review_claim"
MAX_UPLOAD_BYTES = 5_000_000


def reviewer_only(view: Any) -> Any:
    return login_required(permission_required(REVIEW, raise_exception=True)(view),
                          login_url="admin:login")


@reviewer_only
def queue(request: HttpRequest) -> HttpResponse:
    sources = (
        Source.objects.annotate(
            pending=Count("claims", filter=Q(claims__status=ClaimStatus.PENDING)),
            accepted=Count("claims", filter=Q(claims__status=ClaimStatus.ACCEPTED)),
            rejected=Count("claims", filter=Q(claims__status=ClaimStatus.REJECTED)),
        )
        .filter(Exists(Claim.objects.filter(source=OuterRef("pk"))))
        .order_by("-pending", "-created")[:200]
    )
    return render(request, "ingest/queue.html", {"sources": sources, "form": AddReportForm()})


def _names_index() -> Any:
    from rollcall.registry.name_index import current_name_index

    return current_name_index()


def _form_again(request: HttpRequest, form: AddReportForm) -> HttpResponse:
    """The queue page with the add-report form and its errors (status 400)."""
    return render(request, "ingest/queue.html", {"sources": [], "form": form}, status=400)


@reviewer_only
@require_POST
def add_report(request: HttpRequest) -> HttpResponse:
    form = AddReportForm(request.POST, request.FILES)
    if not form.is_valid():
        return _form_again(request, form)
    data = form.cleaned_data
    text = data.get("text") or ""
    upload = data.get("upload")
    if upload is not None:
        if upload.size > MAX_UPLOAD_BYTES:
            form.add_error("upload", _("The file is larger than 5 MB: split it into reports."))
            return _form_again(request, form)
        try:
            text = decode(upload.read())
        except SourceError as error:
            form.add_error("upload", str(error))
            return _form_again(request, form)
    incoming = from_pasted(text, title=data.get("title") or "", url=data.get("url") or "",
                           publisher=data.get("publisher") or "", published=data.get("published"))
    result = ingest(incoming, names=_names_index())
    if result.outcome == Outcome.FAILED:
        form.add_error(None, result.reason)
        return _form_again(request, form)
    assert result.source is not None
    if result.outcome == Outcome.DUPLICATE:
        messages.info(request, _("This report is stored already (duplicate)."))
    else:
        messages.success(request, _("Report stored with %(n)d proposed facts.") %
                         {"n": result.claims})
    return redirect("ingest:source", public_id=result.source.public_id)


@reviewer_only
def source_detail(request: HttpRequest, public_id: str) -> HttpResponse:
    source = get_object_or_404(Source, public_id=public_id)
    claims = list(source.claims.select_related("person").order_by("position"))
    spans = [(c.pk, c.evidence_start, c.evidence_end) for c in claims
             if c.evidence_start is not None and c.evidence_end is not None]
    context = {
        "source": source,
        "claims": claims,
        "segments": segments(source.text, spans),  # type: ignore[arg-type]
        "pending": sum(1 for c in claims if c.status == ClaimStatus.PENDING),
    }
    return render(request, "ingest/source.html", context)


def _back_to_source(claim: Claim) -> HttpResponseRedirect:
    url = reverse("ingest:source", kwargs={"public_id": claim.source.public_id})
    return HttpResponseRedirect(f"{url}#claim-{claim.pk}")


@reviewer_only
@require_POST
def accept(request: HttpRequest, claim_id: int) -> HttpResponse:
    claim = get_object_or_404(Claim.objects.select_related("source"), pk=claim_id)
    try:
        accept_claim(claim, request.user)  # type: ignore[arg-type]
    except ReviewError as error:
        messages.error(request, _("Not accepted: %(error)s") % {"error": error})
    return _back_to_source(claim)


@reviewer_only
@require_POST
def reject(request: HttpRequest, claim_id: int) -> HttpResponse:
    claim = get_object_or_404(Claim.objects.select_related("source"), pk=claim_id)
    try:
        reject_claim(claim, request.user, note=request.POST.get("note", ""))  # type: ignore[arg-type]
    except ReviewError as error:
        messages.error(request, str(error))
    return _back_to_source(claim)


@reviewer_only
@require_POST
def accept_source(request: HttpRequest, public_id: str) -> HttpResponse:
    source = get_object_or_404(Source, public_id=public_id)
    accepted, problems = accept_all(
        list(source.claims.filter(status=ClaimStatus.PENDING)), request.user  # type: ignore[arg-type]
    )
    messages.success(request, _("%(n)d accepted.") % {"n": accepted})
    for problem in problems:
        messages.error(request, problem)
    return redirect("ingest:source", public_id=public_id)


def _candidates(claim: Claim) -> list[tuple[str, str]]:
    persons = list(search_persons(str(claim.data.get("name", "")))[:10])
    if claim.person and claim.person not in persons:
        persons.insert(0, claim.person)
    return [(p.public_id, f"{p.display_name} ({p.public_id})") for p in persons]


@reviewer_only
def correct(request: HttpRequest, claim_id: int) -> HttpResponse:
    claim = get_object_or_404(Claim.objects.select_related("source", "person"), pk=claim_id)
    candidates = _candidates(claim) if claim.kind == ClaimKind.PERSON else []
    if request.method == "POST":
        form = CorrectClaimForm(request.POST, kind=claim.kind, candidates=candidates)
        if form.is_valid():
            chosen = form.cleaned_data.get("registry_person") or ""
            person = Person.objects.filter(public_id=chosen).first() if chosen else None
            try:
                accept_claim(claim, request.user, data=form.corrected_data(),  # type: ignore[arg-type]
                             person=person,
                             create_person=bool(form.cleaned_data.get("create_person")))
            except ReviewError as error:
                form.add_error(None, str(error))
            else:
                messages.success(request, _("Corrected and accepted."))
                return _back_to_source(claim)
    else:
        form = CorrectClaimForm(initial=CorrectClaimForm.initial_from(claim.kind, claim.data),
                                kind=claim.kind, candidates=candidates)
    return render(request, "ingest/correct.html", {"claim": claim, "form": form})
