"""The editorial desk's two roles, as Django groups with exactly the permissions they need.

编辑 (editor) creates and corrects showcases, cases and what hangs off them, adds institutions,
themes and publications, and submits cases for review. 审核 (reviewer) can do all of that and
also publish, unpublish and resolve the loader's warnings, and changes institutions (with their
other names and party organisations), themes and publications: those show on every page of the
cases that name them, and a change to them has no review of its own, so only a reviewer makes one.
An editor's correction to a case waits for review instead (cases.workflow). Neither manages users,
groups or permissions. ensure_roles() is idempotent: it runs after every migrate and from `setup_roles`.
"""

from django.contrib.auth.models import Group, Permission

EDITOR = "编辑"
REVIEWER = "审核"

# app label -> model -> actions an editor may take
EDITOR_PERMISSIONS = {
    "cases": {
        "showcase": ("view", "add", "change"),
        "case": ("view", "add", "change"),
        "section": ("view", "add", "change", "delete"),
        "photo": ("view", "add", "change", "delete"),
        "person": ("view", "add", "change", "delete"),
        "metric": ("view", "add", "change", "delete"),
        "theme": ("view", "add"),
        "publication": ("view", "add"),
    },
    "institutions": {
        "institution": ("view", "add"),
        "institutionalias": ("view",),
        "partyorganization": ("view",),
        "region": ("view",),
    },
}
REVIEWER_EXTRA = {
    "cases": {
        "case": ("publish_case", "resolve_warning", "delete"),
        "showcase": ("delete",),
        "theme": ("change",),
        "publication": ("change",),
    },
    "institutions": {
        "institution": ("change",),
        "institutionalias": ("add", "change", "delete"),
        "partyorganization": ("add", "change", "delete"),
    },
}


def _codenames(spec):
    for app_label, models in spec.items():
        for model, actions in models.items():
            for action in actions:
                codename = action if action in ("publish_case", "resolve_warning") else f"{action}_{model}"
                yield app_label, codename


def ensure_roles() -> dict[str, int]:
    """Create or bring up to date the two groups; returns {group name: number of permissions}."""
    editor = list(_codenames(EDITOR_PERMISSIONS))
    reviewer = editor + list(_codenames(REVIEWER_EXTRA))
    counts = {}
    for name, wanted in ((EDITOR, editor), (REVIEWER, reviewer)):
        group, _ = Group.objects.get_or_create(name=name)
        by_app = {}
        for app_label, codename in wanted:
            by_app.setdefault(app_label, []).append(codename)
        permissions = [
            permission
            for app_label, codenames in by_app.items()
            for permission in Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames)
        ]
        group.permissions.set(permissions)
        counts[name] = len(permissions)
    return counts


def create_roles_after_migrate(sender, **kwargs):
    """post_migrate: permissions exist only once every app has migrated, so roles are made then."""
    if Permission.objects.filter(content_type__app_label="cases", codename="publish_case").exists():
        ensure_roles()
