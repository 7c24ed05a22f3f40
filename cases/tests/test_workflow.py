"""Nothing is published without a reviewer, by any path: form, history restore, recover, import;
and no correction is lost: every edit path marks the case and reindexes it."""

import io
import os
import re
import shutil
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.core.management import call_command
from django.test import TestCase
from django.urls import reverse
from reversion.models import Version

from cases import workflow
from cases.models import Case, PendingChange, Photo, Section, Showcase

from . import factories as f
from .admin_forms import admin_form_data
from .test_editorial import EditorialTestCase, image_bytes

ARTICLE = """# 基层党建

### 江津区中医院 党建引领 服务提质

江津区中医院坚持党建引领，医院党委现有党员120名。

### 綦江区人民医院 红色引擎 健康守护

綦江区人民医院坚持党建引领，推出便民举措36项。
"""


def write_folder(files):
    folder = Path(tempfile.mkdtemp())
    for name, content in files.items():
        (folder / name).write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return folder


def load(*args):
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("load_articles", *args, stdout=out, stderr=err)
    except Exception as error:  # noqa: BLE001 - the command exits non-zero when a file is refused
        err.write(str(error))
    return out.getvalue(), err.getvalue()


class HistoryRestoreTests(EditorialTestCase):
    def load_page(self):
        folder = write_folder({"page.txt": ARTICLE})
        self.addCleanup(shutil.rmtree, folder)
        load(str(folder), "--publish")
        return Case.objects.order_by("order")

    def restore(self, case, version):
        url = reverse("admin:cases_case_revision", args=[case.pk, version.pk])
        return self.client.post(url, admin_form_data(self.client.get(url)))

    def test_each_case_has_its_own_revision_never_the_whole_page(self):
        first, second = self.load_page()
        revision = Version.objects.get_for_object(first).first().revision
        cases = {v.object_id for v in revision.version_set.all() if v.content_type.model == "case"}
        self.assertEqual(cases, {str(first.pk)})
        models = {v.content_type.model for v in revision.version_set.all()}
        self.assertLessEqual(models, {"case", "section", "metric", "photo", "person"})

    def test_restoring_the_import_version_neither_republishes_nor_undoes_the_siblings(self):
        first, second = self.load_page()
        import_version = Version.objects.get_for_object(first).first()
        self.client.force_login(self.reviewer)
        self.changelist_action("unpublish", first)
        workflow.edit(case=second, user=self.reviewer, write=lambda: Case.objects.filter(pk=second.pk).update(title="审核改过的标题"))

        self.client.force_login(self.editor)
        self.assertEqual(self.restore(first, import_version).status_code, 302)
        first.refresh_from_db()
        second.refresh_from_db()
        self.assertEqual(first.status, Case.Status.DRAFT)
        self.assertEqual(second.title, "审核改过的标题")
        self.client.logout()
        self.assertEqual(self.client.get(first.get_absolute_url()).status_code, 404)

    def test_restoring_an_older_version_of_a_draft_keeps_it_a_draft(self):
        case = f.make_case(self.showcase, "第一稿", institution=self.institution, status=Case.Status.DRAFT)
        workflow.edit(case=case, user=self.editor, write=lambda: None)
        first = Version.objects.get_for_object(case).first()
        workflow.publish(case=case, user=self.reviewer)
        workflow.unpublish(case=case, user=self.reviewer)
        published_once = next(v for v in Version.objects.get_for_object(case) if v.field_dict["status"] == "published")
        self.client.force_login(self.editor)
        self.restore(case, published_once)
        case.refresh_from_db()
        self.assertEqual(case.status, Case.Status.DRAFT)
        self.restore(case, first)
        case.refresh_from_db()
        self.assertEqual(case.status, Case.Status.DRAFT)

    def test_an_editors_restore_of_a_published_case_waits_for_review(self):
        case = f.make_case(self.showcase, "原标题", institution=self.institution, sections=[("", "原来的正文。")])
        workflow.edit(case=case, user=self.reviewer, write=lambda: None)
        old = Version.objects.get_for_object(case).first()
        workflow.edit(case=case, user=self.reviewer, write=lambda: Section.objects.filter(case=case).update(body="审核改的正文。"))
        self.client.force_login(self.editor)
        self.restore(case, old)
        self.assertEqual(Section.objects.get(case=case).body, "审核改的正文。")
        self.assertTrue(case.pending_changes.pending().exists())
        workflow.publish(case=case, user=self.reviewer)
        self.assertEqual(Section.objects.get(case=case).body, "原来的正文。")


class RecoverTests(EditorialTestCase):
    def test_a_deleted_published_case_comes_back_as_a_draft(self):
        case = f.make_case(self.showcase, "被删除的案例", institution=self.institution, sections=[("", "正文。")])
        workflow.edit(case=case, user=self.reviewer, write=lambda: None)
        pk = case.pk
        self.client.force_login(self.reviewer)
        self.client.post(reverse("admin:cases_case_delete", args=[pk]), {"post": "yes"})
        self.assertFalse(Case.objects.filter(pk=pk).exists())
        version = Version.objects.get_deleted(Case).get(object_id=str(pk))

        self.client.force_login(self.editor)
        url = reverse("admin:cases_case_recover", args=[version.pk])
        self.assertEqual(self.client.get(url).status_code, 200)
        self.assertEqual(self.client.post(url, admin_form_data(self.client.get(url))).status_code, 302)
        case = Case.objects.get(pk=pk)
        self.assertEqual(case.status, Case.Status.DRAFT)
        self.assertEqual(case.sections.get().body, "正文。")
        self.client.logout()
        self.assertEqual(self.client.get(case.get_absolute_url()).status_code, 404)


class PublishedCaseTestCase(EditorialTestCase):
    def setUp(self):
        self.case = f.make_case(self.showcase, "已发布的标题", institution=self.institution, sections=[("", "已发布的正文。")])
        self.change_url = reverse("admin:cases_case_change", args=[self.case.pk])

    def edit_body(self, user, body):
        self.client.force_login(user)
        data = admin_form_data(self.client.get(self.change_url))
        data["sections-0-body"] = body
        response = self.client.post(self.change_url, data)
        self.assertEqual(response.status_code, 302, response.context and response.context["errors"])


class PendingChangeTests(PublishedCaseTestCase):
    def test_a_preview_of_a_pending_change_leaves_nothing_for_readers(self):
        self.assertContains(self.client.get(self.case.get_absolute_url()), "已发布的正文。")  # its body now cached
        self.edit_body(self.editor, "编辑改过的正文。")
        for _ in range(2):
            self.assertContains(self.client.get(reverse("cases:preview", args=[self.case.pk])), "编辑改过的正文。")
            self.assertNotContains(self.client.get(self.case.get_absolute_url()), "编辑改过的正文。")  # the editor, as a reader
        self.client.logout()
        page = self.client.get(self.case.get_absolute_url())
        self.assertContains(page, "已发布的正文。")
        self.assertNotContains(page, "编辑改过的正文。")

    def test_readers_keep_the_published_text_until_a_reviewer_publishes(self):
        self.edit_body(self.editor, "编辑改过的正文。")
        self.client.logout()
        page = self.client.get(self.case.get_absolute_url())
        self.assertContains(page, "已发布的正文。")
        self.assertNotContains(page, "编辑改过的正文。")
        self.assertFalse(Case.objects.filter(text__search_text__contains="编辑改过").exists())

        self.client.force_login(self.editor)
        preview = self.client.get(reverse("cases:preview", args=[self.case.pk]))
        self.assertContains(preview, "编辑改过的正文。")
        self.assertContains(preview, "待审核的修改")

        self.client.force_login(self.reviewer)
        diff = self.client.get(reverse("admin:cases_case_pending", args=[self.case.pk]))
        self.assertContains(diff, "已发布的正文。")
        self.assertContains(diff, "编辑改过的正文。")
        self.client.post(reverse("admin:cases_case_pending", args=[self.case.pk]), {"_publish": "1", "reason": "核对无误"})
        self.client.logout()
        self.assertContains(self.client.get(self.case.get_absolute_url()), "编辑改过的正文。")
        self.case.refresh_from_db()
        self.assertTrue(self.case.is_edited)
        self.assertIn("编辑改过的正文", self.case.search_text)
        change = PendingChange.objects.get()
        self.assertEqual((change.state, change.reviewed_by, change.note), ("published", self.reviewer, "核对无误"))

    def test_the_reviewer_sends_it_back(self):
        self.edit_body(self.editor, "编辑改过的正文。")
        self.client.force_login(self.reviewer)
        self.client.post(reverse("admin:cases_case_pending", args=[self.case.pk]), {"_request_changes": "1", "reason": "数字不对"})
        self.assertEqual(PendingChange.objects.get().state, PendingChange.State.RETURNED)
        self.assertEqual(Section.objects.get(case=self.case).body, "已发布的正文。")
        self.assertEqual(Version.objects.get_for_object(self.case).first().revision.comment, "退回修改：数字不对")

    def test_an_editor_cannot_publish_the_change(self):
        self.edit_body(self.editor, "编辑改过的正文。")
        self.client.post(reverse("admin:cases_case_pending", args=[self.case.pk]), {"_publish": "1"})
        self.changelist_action("publish", self.case)
        self.assertEqual(Section.objects.get(case=self.case).body, "已发布的正文。")
        with self.assertRaises(PermissionDenied):
            workflow.publish(case=self.case, user=self.editor)

    def test_a_reviewers_own_change_goes_live(self):
        self.edit_body(self.reviewer, "审核改过的正文。")
        self.assertFalse(PendingChange.objects.exists())
        self.client.logout()
        self.assertContains(self.client.get(self.case.get_absolute_url()), "审核改过的正文。")

    def test_a_photo_removed_in_a_held_change_keeps_its_file_until_published(self):
        from django.core.files.uploadedfile import SimpleUploadedFile

        photo = Photo(case=self.case, caption="图片", image=SimpleUploadedFile("a.jpg", image_bytes()))
        photo.save()
        path = photo.image.path
        self.client.force_login(self.editor)
        data = admin_form_data(self.client.get(self.change_url))
        data["photos-0-DELETE"] = "on"
        self.client.post(self.change_url, data)
        self.assertTrue(os.path.exists(path))
        self.assertTrue(Photo.objects.filter(pk=photo.pk).exists())
        workflow.publish(case=self.case, user=self.reviewer)
        self.assertFalse(Photo.objects.filter(pk=photo.pk).exists())
        self.assertFalse(os.path.exists(path))


class FormButtonTests(EditorialTestCase):
    def test_submit_for_review_is_a_button_on_the_form_and_writes_a_revision(self):
        case = f.make_case(self.showcase, "草稿", institution=self.institution, status=Case.Status.DRAFT)
        self.client.force_login(self.editor)
        url = reverse("admin:cases_case_change", args=[case.pk])
        form = self.client.get(url)
        self.assertContains(form, 'name="_submit_review"')
        self.assertNotContains(form, 'name="_publish"')
        self.client.post(url, admin_form_data(form) | {"_submit_review": "提交审核"})
        case.refresh_from_db()
        self.assertEqual(case.status, Case.Status.REVIEW)
        revision = Version.objects.get_for_object(case).first().revision
        self.assertEqual((revision.user, revision.comment), (self.editor, "提交审核"))

    def test_the_action_writes_a_revision_too(self):
        case = f.make_case(self.showcase, "草稿", institution=self.institution, status=Case.Status.DRAFT)
        self.client.force_login(self.editor)
        self.changelist_action("submit_for_review", case)
        self.assertEqual(Version.objects.get_for_object(case).first().revision.comment, "提交审核")

    def test_a_new_case_takes_the_next_free_place_and_keeps_its_photo(self):
        f.make_case(self.showcase, "第一篇", institution=self.institution, order=0)
        self.client.force_login(self.editor)
        add = reverse("admin:cases_case_add")
        data = admin_form_data(self.client.get(add))
        self.assertNotIn("order", data)
        data |= {
            "showcase": self.showcase.pk,
            "title": "新案例",
            "photos-TOTAL_FORMS": 1,
            "photos-0-order": 0,
            "photos-0-caption": "说明",
            "photos-0-image": __import__("django.core.files.uploadedfile", fromlist=["x"]).SimpleUploadedFile("p.jpg", image_bytes()),
        }
        response = self.client.post(add, data)
        self.assertEqual(response.status_code, 302, response.context and response.context["errors"])
        case = Case.objects.get(title="新案例")
        self.assertEqual((case.order, case.status), (1, Case.Status.DRAFT))
        self.assertTrue(case.photos.get().image)

    def test_a_clashing_place_is_a_clear_error(self):
        f.make_case(self.showcase, "第一篇", institution=self.institution, order=0)
        self.client.force_login(self.editor)
        add = reverse("admin:cases_case_add")
        data = admin_form_data(self.client.get(add)) | {"showcase": self.showcase.pk, "title": "新案例", "order": 0}
        self.assertContains(self.client.post(add, data), "本版已有顺序号为 0 的案例")


class EveryEditPathTests(EditorialTestCase):
    def test_sections_are_not_changed_outside_their_case(self):
        case = f.make_case(self.showcase, institution=self.institution, sections=[("", "正文。")])
        self.client.force_login(self.editor)
        section = case.sections.get()
        url = reverse("admin:cases_section_change", args=[section.pk])
        self.client.post(url, {"case": case.pk, "order": 0, "heading": "", "body": "绕过审核的正文。"})
        self.assertEqual(Section.objects.get(pk=section.pk).body, "正文。")

    def test_reordering_on_the_page_marks_the_cases_edited_and_keeps_the_title(self):
        first = f.make_case(self.showcase, "第一篇", institution=self.institution, order=0, status=Case.Status.DRAFT)
        second = f.make_case(self.showcase, "第二篇", institution=self.institution, order=1, status=Case.Status.DRAFT)
        self.client.force_login(self.editor)
        change = reverse("admin:cases_showcase_change", args=[self.showcase.pk])
        data = admin_form_data(self.client.get(change))
        prefix = next(k for k in data if k.endswith("-0-order")).rsplit("-0-order", 1)[0]
        data[f"{prefix}-0-order"], data[f"{prefix}-1-order"] = 1, 0
        data[f"{prefix}-0-title"] = "绕过审核的标题"
        self.assertEqual(self.client.post(change, data).status_code, 302)
        first.refresh_from_db()
        second.refresh_from_db()
        self.assertEqual((first.order, first.title, first.is_edited), (1, "第一篇", True))
        self.assertTrue(second.is_edited)

    def test_a_page_readers_see_is_changed_by_a_reviewer_only(self):
        f.make_case(self.showcase, "已发布", institution=self.institution)
        change = reverse("admin:cases_showcase_change", args=[self.showcase.pk])
        self.client.force_login(self.editor)
        page = self.client.get(change)
        self.assertEqual(page.status_code, 200)
        self.assertNotContains(page, 'name="_save"')
        self.client.post(change, {"title": "编辑绕过审核改的版面标题"})
        self.showcase.refresh_from_db()
        self.assertNotEqual(self.showcase.title, "编辑绕过审核改的版面标题")
        self.client.force_login(self.reviewer)
        self.assertContains(self.client.get(change), 'name="_save"')

    def test_restoring_a_page_leaves_its_cases_alone(self):
        case = f.make_case(self.showcase, "案例", institution=self.institution)
        workflow.showcase_revision(showcase=self.showcase, user=self.editor, reason="新建")
        version = Version.objects.get_for_object(self.showcase).first()
        Showcase.objects.filter(pk=self.showcase.pk).update(title="改过的版面标题")
        Case.objects.filter(pk=case.pk).update(status=Case.Status.DRAFT)
        self.client.force_login(self.editor)
        url = reverse("admin:cases_showcase_revision", args=[self.showcase.pk, version.pk])
        self.client.post(url, admin_form_data(self.client.get(url)))
        self.showcase.refresh_from_db()
        case.refresh_from_db()
        self.assertNotEqual(self.showcase.title, "改过的版面标题")
        self.assertEqual(case.status, Case.Status.DRAFT)


class ImportStatusTests(TestCase):
    def setUp(self):
        self.folder = write_folder({})
        self.addCleanup(shutil.rmtree, self.folder)

    def write(self, name, content):
        path = self.folder / name
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
        return path

    def test_without_publish_cases_wait_for_review(self):
        self.write("a.txt", ARTICLE)
        load(str(self.folder))
        self.assertEqual(set(Case.objects.values_list("status", flat=True)), {Case.Status.REVIEW})

    def test_with_publish_a_case_with_an_open_warning_still_waits(self):
        self.write("a.txt", ARTICLE.replace("推出便民举措36项。", "推出便民举措36项，努力建设成为"))
        load(str(self.folder), "--publish")
        clean = Case.objects.get(institution__name="江津区中医院")
        warned = Case.objects.get(institution__name="綦江区人民医院")
        self.assertEqual((clean.status, warned.status), (Case.Status.PUBLISHED, Case.Status.REVIEW))
        self.assertTrue(warned.open_warnings)
        self.assertEqual(Version.objects.get_for_object(clean).first().revision.comment, f"由导入程序写入：{clean.showcase.source_file}")

    def test_symlinks_and_files_that_are_not_regular_are_refused(self):
        outside = write_folder({"secret.txt": ARTICLE})
        self.addCleanup(shutil.rmtree, outside)
        (self.folder / "link.txt").symlink_to(outside / "secret.txt")
        os.mkfifo(self.folder / "pipe.txt")
        out, err = load(str(self.folder), "--publish")
        self.assertIn("link.txt：失败：是符号链接，不导入", err)
        self.assertIn("pipe.txt：失败：不是普通文件", err)
        self.assertFalse(Case.objects.exists())
        out, err = load(str(self.folder / "link.txt"))
        self.assertIn("是符号链接", err)
        self.assertFalse(Case.objects.exists())

    def test_files_over_five_megabytes_are_refused_in_one_line(self):
        self.write("big.txt", ARTICLE + "党建。" * (2 * 1024 * 1024))
        out, err = load(str(self.folder))
        self.assertIn("超过 5 MB 上限，不导入", err)
        self.assertNotIn("Traceback", err)
        self.assertFalse(Case.objects.exists())

    def test_the_same_article_under_another_path_or_line_endings_is_a_copy(self):
        self.write("a.txt", ARTICLE)
        load(str(self.folder / "a.txt"))
        self.write("b.txt", ARTICLE.replace("\n", "\r\n").encode("gb18030"))
        out, err = load(str(self.folder / "b.txt"))
        self.assertIn("内容相同，不再导入", err)
        self.assertIn("a.txt", err)
        self.assertEqual(Showcase.objects.count(), 1)
        self.assertEqual(Case.objects.count(), 2)


class ReimportOfPublishedCaseTests(EditorialTestCase):
    """New text read for a published case that no one edited: held for review unless the run is
    trusted (--publish) and the case has no open warning."""

    def setUp(self):
        self.folder = write_folder({"a.txt": ARTICLE})
        self.addCleanup(shutil.rmtree, self.folder)
        load(str(self.folder), "--publish")
        self.case = Case.objects.get(institution__name="綦江区人民医院")
        self.sibling = Case.objects.get(institution__name="江津区中医院")
        self.assertEqual(self.case.status, Case.Status.PUBLISHED)

    def reload(self, text, *args):
        (self.folder / "a.txt").write_text(text, encoding="utf-8")
        load(str(self.folder), *args)
        self.case.refresh_from_db()

    def body(self, case):
        return "".join(case.sections.values_list("body", flat=True))

    def test_an_untrusted_run_holds_the_new_text_until_a_reviewer_publishes_it(self):
        self.reload(ARTICLE.replace("便民举措36项", "便民举措48项"))
        self.assertEqual(self.case.status, Case.Status.PUBLISHED)
        self.assertIn("36项", self.body(self.case))  # readers keep the published text
        self.assertIn("36项", self.client.get(self.case.get_absolute_url()).content.decode())
        self.assertEqual([m.value for m in self.case.metrics.all()], [36])
        change = self.case.pending_changes.pending().get()
        self.assertIsNone(change.created_by)
        self.assertIn("a.txt", change.reason)
        self.assertFalse(self.sibling.pending_changes.exists())  # its own text did not change
        self.assertIn("48", "".join(row["after"] for row in workflow.pending_diff(change)))

        workflow.publish(case=self.case, user=self.reviewer)
        self.case.refresh_from_db()
        self.assertIn("48项", self.body(self.case))
        self.assertEqual([m.value for m in self.case.metrics.all()], [48])
        self.assertEqual(self.case.status, Case.Status.PUBLISHED)

    def test_a_held_change_that_names_a_new_institution_and_theme_can_be_published(self):
        self.reload(ARTICLE.replace("綦江区人民医院 红色引擎", "綦江区中医院 红色引擎").replace("綦江区人民医院坚持", "綦江区中医院坚持"))
        self.assertEqual(self.case.institution.name, "綦江区人民医院")
        workflow.publish(case=self.case, user=self.reviewer)
        self.case.refresh_from_db()
        self.assertEqual(self.case.institution.name, "綦江区中医院")

    def test_a_trusted_run_puts_a_clean_case_live(self):
        self.reload(ARTICLE.replace("便民举措36项", "便民举措48项"), "--publish")
        self.assertIn("48项", self.body(self.case))
        self.assertFalse(PendingChange.objects.exists())

    def test_a_trusted_run_holds_a_case_with_an_open_warning(self):
        self.reload(ARTICLE.replace("推出便民举措36项。", "推出便民举措48项，努力建设成为"), "--publish")
        self.assertEqual(self.case.status, Case.Status.PUBLISHED)
        self.assertIn("36项", self.body(self.case))
        self.assertTrue(self.case.pending_changes.pending().exists())
        self.assertTrue(self.case.open_warnings)  # the warning about the waiting text, for the reviewer

    def test_a_published_case_gone_from_the_text_stays_unless_the_run_is_trusted(self):
        shorter = ARTICLE[: ARTICLE.index("### 綦江区人民医院")]
        self.reload(shorter)
        self.assertTrue(Case.objects.filter(pk=self.case.pk, status=Case.Status.PUBLISHED).exists())
        (self.folder / "a.txt").write_text(shorter.replace("党员120名", "党员121名"), encoding="utf-8")
        load(str(self.folder), "--publish")
        self.assertFalse(Case.objects.filter(pk=self.case.pk).exists())

    def test_an_untrusted_run_leaves_the_published_page_as_readers_see_it(self):
        self.reload(ARTICLE.replace("# 基层党建", "# 基层党建新篇"))
        self.assertEqual(self.case.showcase.title, "基层党建")
        self.assertIn("基层党建新篇", self.case.showcase.source_text)  # the new source is kept for the reviewer
        self.reload(ARTICLE.replace("# 基层党建", "# 基层党建新篇"), "--force", "--publish")
        self.assertEqual(self.case.showcase.title, "基层党建新篇")

    def test_an_untrusted_run_holds_the_figures_of_known_party_organisations_too(self):
        from institutions.models import PartyOrganization

        org = PartyOrganization.objects.get(institution__name="江津区中医院", member_count=120)
        self.reload(ARTICLE.replace("党员120名", "党员121名"))
        org.refresh_from_db()
        self.assertEqual(org.member_count, 120)
        self.reload(ARTICLE.replace("党员120名", "党员121名"), "--force", "--publish")
        org.refresh_from_db()
        self.assertEqual(org.member_count, 121)

    def test_a_change_an_editor_left_waiting_is_kept(self):
        workflow.edit(case=self.case, user=self.editor, write=lambda: Case.objects.filter(pk=self.case.pk).update(lead="编辑写的导语"))
        self.reload(ARTICLE.replace("便民举措36项", "便民举措48项"))
        change = self.case.pending_changes.pending().get()
        self.assertEqual(change.created_by, self.editor)
        self.assertIn("36项", self.body(self.case))


class HistoryPagesInChineseTests(EditorialTestCase):
    def test_history_and_compare_speak_chinese_and_hide_the_search_text(self):
        case = f.make_case(self.showcase, "原标题", institution=self.institution, status=Case.Status.DRAFT)
        workflow.edit(case=case, user=self.editor, write=lambda: None)
        workflow.edit(case=case, user=self.editor, write=lambda: Case.objects.filter(pk=case.pk).update(title="新标题"))
        case.refresh_from_db()
        old, new = reversed(Version.objects.get_for_object(case)[:2])
        Case.objects.filter(pk=case.pk).update(is_edited=False)
        self.client.force_login(self.editor)
        history = self.client.get(reverse("admin:cases_case_history", args=[case.pk]))
        self.assertContains(history, "比较所选的两个版本")
        self.assertNotContains(history, 'style="')
        compare = self.client.get(reverse("admin:cases_case_compare", args=[case.pk]), {"version_id1": old.pk, "version_id2": new.pk})
        text = compare.content.decode()
        for english in ("Compare", "Revert to this version", "Go back to history list", "time since", "changed to", "False", "True"):
            self.assertNotIn(english, text)
        for chinese in ("恢复到这个版本", "回到历史列表", "两个版本：", "新标题"):
            self.assertIn(chinese, text)
        self.assertNotIn("检索文本", text)

    def test_a_yes_no_field_reads_as_yes_or_no(self):
        case = f.make_case(self.showcase, "案例", institution=self.institution, status=Case.Status.DRAFT)
        workflow.edit(case=case, user=self.reviewer, write=lambda: Case.objects.filter(pk=case.pk).update(is_edited=False))
        Case.objects.filter(pk=case.pk).update(is_edited=False)
        first = Version.objects.get_for_object(case).first()
        workflow.submit(case=case, user=self.editor)
        second = Version.objects.get_for_object(case).first()
        self.assertNotEqual(first.field_dict["is_edited"], second.field_dict["is_edited"])
        self.client.force_login(self.editor)
        compare = self.client.get(reverse("admin:cases_case_compare", args=[case.pk]), {"version_id1": first.pk, "version_id2": second.pk})
        self.assertContains(compare, "<del>是</del> 改为 <ins>否</ins>", html=True)


class EditingAPendingChangeTests(PublishedCaseTestCase):
    def test_an_editor_goes_on_from_the_held_version_with_a_new_section(self):
        self.client.force_login(self.editor)
        data = admin_form_data(self.client.get(self.change_url))
        data |= {"sections-TOTAL_FORMS": 2, "sections-1-order": 1, "sections-1-heading": "新小标题", "sections-1-body": "新加的一段。"}
        self.assertEqual(self.client.post(self.change_url, data).status_code, 302)
        self.assertEqual(Section.objects.filter(case=self.case).count(), 1)

        form = self.client.get(self.change_url)
        self.assertContains(form, "新加的一段。")
        data = admin_form_data(form)
        self.assertEqual(data["sections-TOTAL_FORMS"], 2)
        data["sections-1-body"] = "改过的新段落。"
        response = self.client.post(self.change_url, data)
        self.assertEqual(response.status_code, 302, response.context and response.context["errors"])
        self.assertEqual(list(Section.objects.filter(case=self.case).values_list("body", flat=True)), ["已发布的正文。"])
        self.assertEqual(self.case.pending_changes.pending().count(), 1)

        workflow.publish(case=self.case, user=self.reviewer)
        self.assertEqual(
            list(Section.objects.filter(case=self.case).order_by("order").values_list("body", flat=True)),
            ["已发布的正文。", "改过的新段落。"],
        )


class ReviewQueueListsPendingChangesTests(PublishedCaseTestCase):
    def test_the_queue_lists_changes_waiting_for_review(self):
        self.edit_body(self.editor, "编辑改过的正文。")
        self.client.force_login(self.reviewer)
        queue = self.client.get(reverse("admin:cases_case_review"))
        self.assertContains(queue, "已发布案例的待审核修改")
        self.assertContains(queue, reverse("admin:cases_case_pending", args=[self.case.pk]))
        listed = self.client.get(reverse("admin:cases_case_changelist"), {"pending": "yes"})
        self.assertContains(listed, self.case.title)


class HeldPhotoTests(PublishedCaseTestCase):
    def add_photo(self, caption):
        from django.core.files.uploadedfile import SimpleUploadedFile

        data = admin_form_data(self.client.get(self.change_url))
        n = int(data["photos-TOTAL_FORMS"])
        data |= {"photos-TOTAL_FORMS": n + 1, f"photos-{n}-order": n, f"photos-{n}-caption": caption,
                 f"photos-{n}-image": SimpleUploadedFile("new.jpg", image_bytes())}
        self.assertEqual(self.client.post(self.change_url, data).status_code, 302)
        change = self.case.pending_changes.pending().get()
        return change, workflow._files_of(change.snapshot)

    def stored(self, names):
        return {name for name in names if Path(settings.MEDIA_ROOT, name).exists()}

    def test_files_of_a_change_sent_back_are_deleted_once_it_commits(self):
        self.client.force_login(self.editor)
        change, files = self.add_photo("退回的照片")
        self.assertEqual(len(files), 4)  # the original and its three renditions
        self.assertEqual(self.stored(files), files)
        with self.captureOnCommitCallbacks(execute=False) as callbacks:
            workflow.request_changes(case=self.case, user=self.reviewer, reason="照片不合适")
        self.assertEqual(self.stored(files), files)  # nothing deleted before the commit
        for callback in callbacks:
            callback()
        self.assertEqual(self.stored(files), set())

    def test_a_replaced_change_keeps_the_files_the_newer_one_still_uses(self):
        self.client.force_login(self.editor)
        with self.captureOnCommitCallbacks(execute=True):
            _, first = self.add_photo("第一张")
        with self.captureOnCommitCallbacks(execute=True):
            newer, both = self.add_photo("第二张")  # built on the first change: its photo is kept
        self.assertEqual(len(both), 8)
        self.assertEqual(self.stored(both), both)
        self.assertEqual(self.stored(first - both), set())  # what only the replaced change used is gone
        with self.captureOnCommitCallbacks(execute=True):
            workflow.publish(case=self.case, user=self.reviewer)
        self.assertEqual(self.stored(both), both)  # published: every file is used

    def test_a_photo_added_in_a_held_change_appears_once_published(self):
        from django.core.files.uploadedfile import SimpleUploadedFile

        self.client.force_login(self.editor)
        data = admin_form_data(self.client.get(self.change_url))
        data |= {"photos-TOTAL_FORMS": 1, "photos-0-order": 0, "photos-0-caption": "新照片",
                 "photos-0-image": SimpleUploadedFile("new.jpg", image_bytes())}
        self.assertEqual(self.client.post(self.change_url, data).status_code, 302)
        self.assertFalse(Photo.objects.filter(case=self.case).exists())
        preview = self.client.get(reverse("cases:preview", args=[self.case.pk]))
        self.assertContains(preview, "新照片")
        held_image = re.search(r'<img src="(/media/photos/[^"]+)"', preview.content.decode()).group(1)
        self.assertEqual(self.client.get(held_image).status_code, 200)  # staff see the held photo
        self.client.logout()
        self.assertEqual(self.client.get(held_image).status_code, 404)  # readers do not
        self.assertNotContains(self.client.get(self.case.get_absolute_url()), "新照片")

        workflow.publish(case=self.case, user=self.reviewer)
        photo = Photo.objects.get(case=self.case)
        self.assertEqual((photo.caption, photo.width, photo.height), ("新照片", 1200, 800))
        self.assertEqual(self.client.get(photo.column.url).status_code, 200)
        self.assertContains(self.client.get(self.case.get_absolute_url()), photo.column.url)
