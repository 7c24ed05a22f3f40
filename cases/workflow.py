"""Every change of a case's state, in one place: submit, publish, unpublish, request changes,
restore, recover, the importer's verdict, and editors' edits.

Each function takes keyword arguments only, checks the user's right, writes one revision of the
case alone (the case with its sections, metrics, photos and people; never a whole page) with who
and why, and sets the timestamps. Admin actions, form buttons, the history and recover pages and
the importer call these; nothing else sets `Case.status`.

A published case is what readers see. An editor's change to it (form, history restore, re-read
metrics) is kept as a PendingChange: a snapshot of the case as the editor left it, while the rows
readers see stay as they were. A reviewer publishes the change or sends it back. A reviewer's own
change goes live at once.
"""

from __future__ import annotations

import json
from contextlib import contextmanager
from typing import Callable

import reversion
from django.core import serializers
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone

from . import photos
from .models import Case, Metric, PendingChange, Person, Photo, Section

CHILDREN = (Section, Metric, Photo, Person)
CAN_EDIT = "cases.change_case"
CAN_ADD = "cases.add_case"
CAN_PUBLISH = "cases.publish_case"


class WorkflowError(Exception):
    """A step that does not apply to the case as it is now; the message is for the editor."""


def can_publish(user) -> bool:
    return user is not None and user.has_perm(CAN_PUBLISH)


def _require(user, permission: str) -> None:
    if user is not None and not user.has_perm(permission):
        raise PermissionDenied


def _revision(case: Case, *, user, comment: str) -> None:
    """One revision holding this case and what hangs off it (Case is registered with that follow)."""
    with reversion.create_revision(manage_manually=True):
        reversion.add_to_revision(Case.objects.get(pk=case.pk))  # as stored, not as this instance last saw it
        if user is not None:
            reversion.set_user(user)
        reversion.set_comment(comment)


def _set_status(case: Case, status: str) -> None:
    case.status = status
    if status == Case.Status.PUBLISHED:
        case.published_at = timezone.now()
    case.save(update_fields=["status", "published_at", "updated_at"])


def _with_reason(action: str, reason: str) -> str:
    return f"{action}：{reason}" if reason else action


def _fresh(case: Case) -> Case:
    """The case as stored, locked for the rest of the transaction where the database can."""
    return Case.objects.select_for_update().get(pk=case.pk)


# --- the review steps --------------------------------------------------------------------------


def _move(case: Case, *, user, permission: str, source: str, target: str, action: str, refusal: str, reason: str) -> Case:
    _require(user, permission)
    case = _fresh(case)
    if case.status != source:
        raise WorkflowError(f"《{case.title}》{refusal}")
    _set_status(case, target)
    _revision(case, user=user, comment=_with_reason(action, reason))
    return case


@transaction.atomic
def submit(*, case: Case, user, reason: str = "") -> Case:
    """草稿 → 待审核."""
    return _move(
        case, user=user, permission=CAN_EDIT, source=Case.Status.DRAFT, target=Case.Status.REVIEW,
        action="提交审核", refusal="不是草稿，无需提交审核。", reason=reason,
    )


@transaction.atomic
def publish(*, case: Case, user, reason: str = "") -> Case:
    """Make the case public; on a published case with a pending change, that change goes live."""
    _require(user, CAN_PUBLISH)
    case = _fresh(case)
    change = case.pending_changes.pending().first()
    if case.is_published and change is None:
        raise WorkflowError(f"《{case.title}》已发布，没有待审核的修改。")
    if change is not None:
        _apply(case, change.snapshot, keep_position=False)
        change.close(state=PendingChange.State.PUBLISHED, user=user, note=reason)
        case.refresh_from_db()
    if not case.is_published:
        _set_status(case, Case.Status.PUBLISHED)
    _revision(case, user=user, comment=_with_reason("发布修改" if change else "发布", reason))
    return case


@transaction.atomic
def unpublish(*, case: Case, user, reason: str = "") -> Case:
    """已发布 → 草稿: readers no longer see it."""
    return _move(
        case, user=user, permission=CAN_PUBLISH, source=Case.Status.PUBLISHED, target=Case.Status.DRAFT,
        action="撤回", refusal="未发布，无需撤回。", reason=reason,
    )


@transaction.atomic
def request_changes(*, case: Case, user, reason: str = "") -> Case:
    """退回修改: a pending change is rejected (readers keep the published text); a case in review goes back to draft."""
    _require(user, CAN_PUBLISH)
    case = _fresh(case)
    change = case.pending_changes.pending().first()
    if change is not None:
        change.close(state=PendingChange.State.RETURNED, user=user, note=reason)
        _discard_files([change.snapshot])
    elif case.status == Case.Status.REVIEW:
        _set_status(case, Case.Status.DRAFT)
    else:
        raise WorkflowError(f"《{case.title}》没有等待审核的内容。")
    _revision(case, user=user, comment=_with_reason("退回修改", reason))
    return case


# --- edits ----------------------------------------------------------------------------------------


def must_hold(*, case: Case, user) -> bool:
    """An editor's change to a case readers can see waits for a reviewer."""
    if case.pk is None or can_publish(user):
        return False
    return Case.objects.filter(pk=case.pk, status=Case.Status.PUBLISHED).exists()


@transaction.atomic
def create(*, case: Case, user, write: Callable[[], None], reason: str = "") -> Case:
    """A case made by hand starts as a draft, whoever makes it; `write` saves it and its rows."""
    _require(user, CAN_ADD)
    case.status = Case.Status.DRAFT
    case.published_at = None
    write()
    _reindex(case)
    _revision(case, user=user, comment=_with_reason("新建", reason))
    return case


@transaction.atomic
def edit(*, case: Case, user, write: Callable[[], None], reason: str = "") -> PendingChange | None:
    """Save an editor's change: `write` writes it. Marked as edited (re-imports keep it) and reindexed.

    On a published case edited by someone who may not publish, the change is written inside a
    savepoint, photographed as a snapshot, and rolled back: readers keep the published rows, and
    the snapshot waits as a PendingChange. Returns that change, or None when the edit went live.
    """
    _require(user, CAN_EDIT)
    if not must_hold(case=case, user=user):
        write()
        _mark_edited(case)
        _revision(case, user=user, comment=_with_reason("修改", reason))
        return None
    with _rolled_back():
        pending = case.pending_changes.pending().first()
        if pending is not None:  # build on the change already waiting, not beside it
            _apply(case, pending.snapshot, keep_position=True)
        write()
        _mark_edited(case)
        snapshot = _snapshot(case)
    return _hold(case, snapshot, user=user, reason=reason)


def _mark_edited(case: Case) -> None:
    case.is_edited = True
    _reindex(case)
    Case.objects.filter(pk=case.pk).update(is_edited=True)


def _reindex(case: Case) -> None:
    case.rebuild_search_text(list(Section.objects.filter(case=case.pk).order_by("order")))
    Case.objects.filter(pk=case.pk).update(updated_at=timezone.now())  # the text itself is in CaseText


def _hold(case: Case, snapshot: list, *, user, reason: str) -> PendingChange:
    superseded = list(case.pending_changes.pending())
    case.pending_changes.pending().update(state=PendingChange.State.SUPERSEDED)
    change = PendingChange.objects.create(case=case, snapshot=snapshot, created_by=user, reason=reason)
    _discard_files([old.snapshot for old in superseded])  # photos the newer change dropped
    return change


def _files_of(snapshot: list) -> set[str]:
    """The stored files (originals and renditions) of the photos in a snapshot."""
    return {
        item["fields"].get(name)
        for item in snapshot
        if item["model"] == "cases.photo"
        for name in ("image", *photos.RENDITIONS)
    } - {"", None}


def _discard_files(snapshots: list[list]) -> None:
    """Photo files uploaded in changes that were sent back or replaced: once the transaction
    commits, those that no photo and no waiting change uses are deleted."""
    names = set().union(*map(_files_of, snapshots))
    if not names:
        return

    def delete():
        used = set()
        for name in ("image", *photos.RENDITIONS):
            used |= set(Photo.objects.filter(**{f"{name}__in": names}).values_list(name, flat=True))
        for snapshot in PendingChange.objects.pending().values_list("snapshot", flat=True).iterator():
            used |= _files_of(snapshot)
        storage = Photo._meta.get_field("image").storage
        for name in sorted(names - used):
            storage.delete(name)

    transaction.on_commit(delete)


@contextmanager
def showing_pending(case: Case):
    """Inside the block the case reads as its pending change would make it; nothing is kept."""
    pending = case.pending_changes.pending().first()
    if pending is None:
        yield None
        return
    with _rolled_back():
        _apply(case, pending.snapshot, keep_position=True)
        yield pending


@contextmanager
def over_pending(case: Case):
    """For an editor's form posted over a pending change: the form was shown with that change
    applied, so it is validated and saved against it too. The block runs in a savepoint that is
    rolled back; only the new pending change it made is kept."""
    pending = case.pending_changes.pending().first()
    if pending is None:
        yield
        return
    newest = None
    try:
        with transaction.atomic(), photos.files_kept():
            _apply(case, pending.snapshot, keep_position=True)
            yield
            newest = case.pending_changes.pending().exclude(pk=pending.pk).first()
            raise _Rollback
    except _Rollback:
        pass
    if newest is not None:
        _hold(case, newest.snapshot, user=newest.created_by, reason=newest.reason)


class _Rollback(Exception):
    pass


@contextmanager
def _rolled_back():
    """Run the block inside a savepoint that is always rolled back; files it deletes stay on disk."""
    try:
        with transaction.atomic(), photos.files_kept():
            yield
            raise _Rollback
    except _Rollback:
        pass


# --- history ----------------------------------------------------------------------------------------


@transaction.atomic
def restore(*, case: Case, version, user) -> PendingChange | None:
    """Bring back this case's content as it was in `version`; its status stays as it is now.

    Only the case's own objects in that revision are used (an old import revision may hold the
    whole page: its other cases are left alone). On a published case an editor's restore is a
    pending change like any other edit.
    """
    _require(user, CAN_EDIT)
    snapshot = _snapshot_of_revision(version.revision, case_id=case.pk)
    if not snapshot:
        raise WorkflowError("这个历史版本里没有该案例。")
    date = timezone.localtime(version.revision.date_created).strftime("%Y-%m-%d %H:%M")
    return edit(
        case=case,
        user=user,
        write=lambda: _apply(case, snapshot, keep_position=True),
        reason=f"恢复到 {date} 的版本",
    )


@transaction.atomic
def recover(*, version, user) -> Case:
    """Bring back a deleted case as a draft, whoever asks: a reviewer then decides."""
    _require(user, CAN_ADD)
    case_id = int(version.object_id)
    if Case.objects.filter(pk=case_id).exists():
        raise WorkflowError("该案例没有被删除，无需恢复。")
    snapshot = _snapshot_of_revision(version.revision, case_id=case_id)
    fields = snapshot[0]["fields"]
    from .models import Showcase

    if not Showcase.objects.filter(pk=fields["showcase"]).exists():
        raise WorkflowError("该案例所在的展播版面已删除，无法恢复。")
    taken = set(Case.objects.filter(showcase=fields["showcase"]).values_list("order", flat=True))
    if fields["order"] in taken:
        fields["order"] = next_free_order(fields["showcase"])
    fields.update(status=Case.Status.DRAFT, published_at=None)
    _apply(None, snapshot, keep_position=False)
    case = Case.objects.get(pk=case_id)
    _reindex(case)
    _revision(case, user=user, comment="从已删除的案例恢复（为草稿）")
    return case


def moved(*, case: Case, user) -> Case:
    """A case given another place on its page: marked as edited, so a re-import leaves it there."""
    _require(user, CAN_EDIT)
    _mark_edited(case)
    _revision(case, user=user, comment="调整版面内顺序")
    return case


def showcase_revision(*, showcase, user, reason: str) -> None:
    """A revision of the page's own fields; its cases have their own histories."""
    with reversion.create_revision(manage_manually=True):
        reversion.add_to_revision(showcase)
        if user is not None:
            reversion.set_user(user)
        reversion.set_comment(reason)


@transaction.atomic
def restore_showcase(*, showcase, version, user):
    """The page's own fields as they were in `version`; its cases are left as they are."""
    _require(user, "cases.change_showcase")
    version.revert()
    showcase.refresh_from_db()
    date = timezone.localtime(version.revision.date_created).strftime("%Y-%m-%d %H:%M")
    showcase_revision(showcase=showcase, user=user, reason=f"恢复到 {date} 的版本")
    return showcase


@transaction.atomic
def recover_showcase(*, version, user):
    """A deleted page comes back without its cases; each case is recovered on its own, as a draft."""
    _require(user, "cases.add_showcase")
    from .models import Showcase

    if Showcase.objects.filter(pk=version.object_id).exists():
        raise WorkflowError("该版面没有被删除，无需恢复。")
    version.revert()
    showcase = Showcase.objects.get(pk=version.object_id)
    showcase_revision(showcase=showcase, user=user, reason="从已删除的版面恢复")
    return showcase


def next_free_order(showcase_id) -> int:
    orders = Case.objects.filter(showcase=showcase_id).values_list("order", flat=True)
    return max(orders, default=-1) + 1


# --- the importer -------------------------------------------------------------------------------------


def imported(*, case: Case, created: bool, write: Callable[[], None], warn: Callable[[], bool], publish: bool, source: str) -> Case:
    """The importer's verdict on what it read: `write` writes the case as read, `warn` its warnings
    (returning whether one is open).

    A new or unpublished case is written: with an open warning it waits for review; only a clean
    case from a trusted run (`load_articles --publish`) goes straight to readers; otherwise it keeps
    the status a reviewer gave it. A published case takes the new reading at once only from a
    trusted run with no open warning; else the reading waits as a pending change, readers keep the
    published text, and its warnings stay on the case for the reviewer.
    """
    comment = f"由导入程序写入：{source}"
    if created or not case.is_published:
        write()
        if warn():
            status = Case.Status.REVIEW
        elif publish:
            status = Case.Status.PUBLISHED
        elif created:
            status = Case.Status.REVIEW
        else:
            status = case.status
        if status != case.status:
            _set_status(case, status)
        _revision(case, user=None, comment=comment)
        return case
    live, snapshot = _snapshot(case), None
    try:
        with transaction.atomic(), photos.files_kept():
            write()
            if warn() or not publish:
                snapshot = _snapshot(case)
                raise _Rollback
    except _Rollback:
        pass
    if snapshot is None:
        _revision(case, user=None, comment=comment)
        return case
    case.refresh_from_db()
    warn()  # about the text that waits: shown to the reviewer beside it
    if _content(snapshot) != _content(live):  # a case of the page whose own text did not change waits for nothing
        _hold(case, snapshot, user=None, reason=f"导入程序读到新的原文：{source}"[:200])
    return case


def is_edited(case: Case) -> bool:
    """Changed by a person: edited live, or with an editor's change waiting (the importer's own
    waiting changes have no author)."""
    return case.is_edited or case.pending_changes.pending().exclude(created_by=None).exists()


# --- snapshots -----------------------------------------------------------------------------------------


def _snapshot(case: Case) -> list:
    """The case and its rows as plain data (Django's JSON serialisation), the case first."""
    objects = [Case.objects.get(pk=case.pk)]
    for model in CHILDREN:
        objects += list(model.objects.filter(case=case.pk).order_by("order", "pk"))
    return json.loads(serializers.serialize("json", objects))


def _content(snapshot: list) -> list:
    """What readers would see of a snapshot: its rows' fields, without ids and timestamps."""
    skip = {"updated_at", "created_at", "case"}
    return [(item["model"], {k: v for k, v in item["fields"].items() if k not in skip}) for item in snapshot]


def _snapshot_of_revision(revision, *, case_id: int) -> list:
    """This case's own objects among a revision's versions, the case first."""
    labels = {model._meta.label_lower for model in CHILDREN}
    head, rows = [], []
    for version in revision.version_set.all():
        for item in json.loads(version.serialized_data):
            if item["model"] == "cases.case" and int(item["pk"]) == case_id:
                head.append(item)
            elif item["model"] in labels and item["fields"].get("case") == case_id:
                rows.append(item)
    return head + rows if head else []


def _apply(case: Case | None, snapshot: list, *, keep_position: bool) -> None:
    """Write a snapshot over the live rows: the case's fields (its status and publication time
    stay as they are), and exactly the sections, metrics, photos and people it lists."""
    objects = list(serializers.deserialize("json", json.dumps(snapshot), ignorenonexistent=True))
    head, rows = objects[0], objects[1:]
    target = head.object
    if case is not None:
        target.status, target.published_at = case.status, case.published_at
        clash = Case.objects.filter(showcase=target.showcase_id, order=target.order).exclude(pk=target.pk).exists()
        if keep_position or clash:
            target.showcase_id, target.order = case.showcase_id, case.order
    head.save()
    for model in CHILDREN:
        kept = []
        for row in rows:
            obj = row.object
            if not isinstance(obj, model):
                continue
            owner = model.objects.filter(pk=obj.pk).values_list("case_id", flat=True).first()
            if owner is not None and owner != target.pk:
                obj.pk = None  # that id now belongs to another case's row: write a new one
            obj.case_id = target.pk
            row.save()
            kept.append(obj.pk)
        for stale in model.objects.filter(case=target.pk).exclude(pk__in=kept):
            stale.delete()  # one by one, so a photo takes its files with it
    target.rebuild_search_text(list(Section.objects.filter(case=target.pk).order_by("order")))  # CaseText follows the rows


# --- the reviewer's view of a pending change --------------------------------------------------------


def pending_diff(change: PendingChange) -> list[dict]:
    """What a pending change would alter: one row per changed field or row, live value beside the new."""
    live = {(item["model"], item["pk"]): item for item in _snapshot(change.case)}
    held = {(item["model"], item["pk"]): item for item in change.snapshot}
    rows = []
    skip = {"updated_at", "created_at", "search_text", "is_edited", "status", "published_at", "case"}
    for key in [*held, *(k for k in live if k not in held)]:
        model = key[0]
        before, after = live.get(key), held.get(key)
        opts = _model(model)._meta
        name = opts.verbose_name
        for field_name in sorted(set((before or after)["fields"]) - skip, key=_field_order(opts)):
            old = before["fields"].get(field_name) if before else None
            new = after["fields"].get(field_name) if after else None
            if old == new or (before is None and new in ("", None, [], {})) or (after is None and old in ("", None, [], {})):
                continue
            field = opts.get_field(field_name)
            rows.append(
                {
                    "object": name,
                    "field": field.verbose_name,
                    "before": _shown(old, field),
                    "after": _shown(new, field),
                    "kind": "added" if before is None else "removed" if after is None else "changed",
                }
            )
    return rows


def _model(label: str):
    from django.apps import apps

    return apps.get_model(label)


def _field_order(opts):
    names = [f.name for f in opts.get_fields()]
    return lambda name: names.index(name) if name in names else len(names)


def _shown(value, field=None) -> str:
    if value is None:
        return ""
    if field is not None and field.many_to_many:
        names = dict(field.related_model.objects.filter(pk__in=value).values_list("pk", "name"))
        return "、".join(names.get(pk, str(pk)) for pk in value)
    if isinstance(value, list):
        return "、".join(str(v) for v in value)
    if isinstance(value, bool):
        return "是" if value else "否"
    return str(value)
