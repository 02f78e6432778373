"""Roles: documenters and editors, as Django groups with their permissions.

- **documenter**: reads the registry, ingests sources, reviews claims, edits records.
- **editor**: all a documenter does, plus deciding what is public, deleting records
  and merging persons.
- **administrator**: a superuser (users, roles, keys, backups).

Anonymous visitors see only the public site. The groups are kept in step after every
migration (``post_migrate``), so permissions added by new models reach them.
"""

from __future__ import annotations

from typing import Any

DOCUMENTER = "documenter"
EDITOR = "editor"
ROLES = (DOCUMENTER, EDITOR)

REGISTRY_MODELS = (
    "person", "personname", "organization", "membership", "place", "case", "event",
    "participation", "source", "citation", "quote",
)


def _codenames(role: str) -> set[tuple[str, str]]:
    actions = ["view", "add", "change"] + (["delete"] if role == EDITOR else [])
    wanted = {("registry", f"{action}_{model}") for model in REGISTRY_MODELS for action in actions}
    wanted |= {("ingest", "review_claim"), ("ingest", "view_claim"), ("ingest", "change_claim"),
               ("stats", "view_custodyspell"), ("stats", "view_statedcount")}
    if role == EDITOR:
        wanted |= {("ingest", "delete_claim"), ("stats", "change_statedcount"),
                   ("stats", "delete_statedcount"), ("registry", "publish_records")}
    return wanted


def sync_roles(**kwargs: Any) -> None:
    """Create the role groups and give them exactly their permissions."""
    from django.contrib.auth.models import Group, Permission

    for role in ROLES:
        group, _created = Group.objects.get_or_create(name=role)
        wanted = _codenames(role)
        permissions = [
            permission
            for permission in Permission.objects.select_related("content_type")
            if (permission.content_type.app_label, permission.codename) in wanted
        ]
        group.permissions.set(permissions)
