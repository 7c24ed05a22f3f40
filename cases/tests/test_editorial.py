"""The editors' desk through the test client: roles, the draft → review → published flow,
previews, the review queue, photo uploads and revisions."""

import io
import os
import shutil
import tempfile
from pathlib import Path

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import TestCase, override_settings
from django.urls import reverse
from PIL import Image
from reversion.models import Version

from cases.models import Case, ImportWarning, Photo
from cases.roles import EDITOR, REVIEWER

from . import factories as f
from .admin_forms import admin_form_data

MEDIA = tempfile.mkdtemp(prefix="showcase-editorial-media-")


def image_bytes(fmt="JPEG", size=(1200, 800), mode="RGB"):
    buffer = io.BytesIO()
    Image.new(mode, size, "white" if mode != "1" else 0).save(buffer, fmt)
    return buffer.getvalue()


def staff(username, *groups):
    user = get_user_model().objects.create_user(username, password="pw", is_staff=True)
    user.groups.set(Group.objects.filter(name__in=groups))
    return user


@override_settings(MEDIA_ROOT=MEDIA)
class EditorialTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.editor = staff("bianji", EDITOR)
        cls.reviewer = staff("shenhe", REVIEWER)
        cls.bare_staff = staff("zhiyuan")
        cls.showcase = f.make_showcase(publication=f.make_publication("华西都市报"))
        cls.institution = f.make_institution("成都市青羊区人民医院")

    @classmethod
    def tearDownClass(cls):
        super().tearDownClass()
        shutil.rmtree(MEDIA, ignore_errors=True)

    def changelist_action(self, action, *cases):
        return self.client.post(
            reverse("admin:cases_case_changelist"), {"action": action, "_selected_action": [c.pk for c in cases]}
        )


class RoleTests(EditorialTestCase):
    def test_groups_are_made_by_migrate_and_setup_roles_is_idempotent(self):
        editor = Group.objects.get(name=EDITOR)
        reviewer = Group.objects.get(name=REVIEWER)
        codenames = set(editor.permissions.values_list("codename", flat=True))
        self.assertLessEqual({"add_case", "change_case", "change_metric", "add_photo", "add_institution", "add_theme"}, codenames)
        self.assertNotIn("publish_case", codenames)
        self.assertFalse({"change_institution", "change_theme", "change_publication", "change_partyorganization"} & codenames)
        self.assertFalse(any(c.endswith(("_user", "_group", "_permission")) for c in codenames))
        self.assertLessEqual({"publish_case", "resolve_warning"}, set(reviewer.permissions.values_list("codename", flat=True)))
        before = reviewer.permissions.count()
        call_command("setup_roles", stdout=io.StringIO())
        call_command("setup_roles", stdout=io.StringIO())
        self.assertEqual(Group.objects.filter(name__in=[EDITOR, REVIEWER]).count(), 2)
        self.assertEqual(reviewer.permissions.count(), before)

    def test_editors_cannot_manage_users_or_groups(self):
        for user in (self.editor, self.reviewer):
            self.client.force_login(user)
            with self.subTest(user=user.username):
                self.assertEqual(self.client.get(reverse("admin:auth_user_changelist")).status_code, 403)
                self.assertEqual(self.client.get(reverse("admin:auth_group_changelist")).status_code, 403)
                index = self.client.get(reverse("admin:index"))
                self.assertNotContains(index, reverse("admin:auth_user_changelist"))
                self.assertContains(index, reverse("admin:cases_case_changelist"))

    def test_staff_without_a_group_see_nothing_and_anonymous_users_must_log_in(self):
        response = self.client.get(reverse("admin:cases_case_changelist"))
        self.assertRedirects(response, reverse("admin:login") + "?next=" + reverse("admin:cases_case_changelist"))
        self.client.force_login(self.bare_staff)
        self.assertEqual(self.client.get(reverse("admin:cases_case_changelist")).status_code, 403)
        draft = f.make_case(self.showcase, "草稿", institution=self.institution, status=Case.Status.DRAFT)
        self.assertEqual(self.client.get(reverse("cases:preview", args=[draft.pk])).status_code, 403)
        self.assertNotContains(self.client.get(reverse("admin:index")), reverse("admin:cases_case_changelist"))


class SharedRecordsTests(EditorialTestCase):
    """Institutions, themes and publications show on every case that names them and have no review
    of their own: an editor adds new ones, a reviewer changes them."""

    def post_change(self, obj, **changes):
        url = reverse(f"admin:{obj._meta.app_label}_{obj._meta.model_name}_change", args=[obj.pk])
        form = self.client.get(url)
        if form.status_code != 200 or "adminform" not in form.context:
            return form
        return self.client.post(url, admin_form_data(form) | changes)

    def test_an_editor_sees_them_read_only_and_cannot_change_them(self):
        theme = f.make_theme("疫苗接种")
        self.client.force_login(self.editor)
        for obj, field, value in (
            (self.institution, "name", "改名的医院"),
            (theme, "name", "改名的主题"),
            (self.showcase.publication, "name", "改名的日报"),
        ):
            with self.subTest(model=obj._meta.model_name):
                url = reverse(f"admin:{obj._meta.app_label}_{obj._meta.model_name}_change", args=[obj.pk])
                page = self.client.get(url)
                self.assertEqual(page.status_code, 200)  # view only
                self.assertNotContains(page, 'name="_save"')
                response = self.client.post(url, {field: value})
                self.assertEqual(response.status_code, 403)
                obj.refresh_from_db()
                self.assertNotEqual(getattr(obj, field), value)
        organization = f.make_party_organization(self.institution, member_count=10)
        url = reverse("admin:institutions_partyorganization_change", args=[organization.pk])
        self.assertEqual(self.client.post(url, {"member_count": 9999}).status_code, 403)
        organization.refresh_from_db()
        self.assertEqual(organization.member_count, 10)

    def test_an_editor_adds_a_new_theme_and_institution(self):
        self.client.force_login(self.editor)
        response = self.client.post(reverse("admin:cases_theme_add"), {"name": "家庭医生", "slug": "jiating-yisheng"})
        self.assertEqual(response.status_code, 302)
        add = reverse("admin:institutions_institution_add")
        data = admin_form_data(self.client.get(add)) | {"name": "新的社区卫生服务中心", "slug": "xin-zhongxin", "kind": "other"}
        self.assertEqual(self.client.post(add, data).status_code, 302)
        self.assertTrue(self.institution.__class__.objects.filter(name="新的社区卫生服务中心").exists())

    def test_a_reviewer_changes_them(self):
        self.client.force_login(self.reviewer)
        response = self.post_change(self.institution, name="成都市青羊区第一人民医院")
        self.assertEqual(response.status_code, 302)
        self.institution.refresh_from_db()
        self.assertEqual(self.institution.name, "成都市青羊区第一人民医院")
        response = self.post_change(self.showcase.publication, name="华西都市报社")
        self.assertEqual(response.status_code, 302)


class DraftReviewPublishTests(EditorialTestCase):
    def add_case(self):
        """The editor fills in the add form: title, institution, a section, one metric and a photo."""
        self.client.force_login(self.editor)
        add = reverse("admin:cases_case_add")
        data = admin_form_data(self.client.get(add))
        data |= {
            "showcase": self.showcase.pk,
            "order": 3,
            "title": "家门口的健康守护",
            "institution": self.institution.pk,
            "brands": "家庭医生、健康守门人",
            "sections-TOTAL_FORMS": 1,
            "sections-0-order": 0,
            "sections-0-heading": "",
            "sections-0-body": "医院组建家庭医生团队12个。",
            "metrics-TOTAL_FORMS": 1,
            "metrics-0-order": 0,
            "metrics-0-label": "家庭医生团队",
            "metrics-0-value": "12",
            "metrics-0-unit": "个",
            "metrics-0-qualifier": "exact",
            "metrics-0-category": "organizations",
            "metrics-0-phrase": "医院组建家庭医生团队12个",
            "photos-TOTAL_FORMS": 1,
            "photos-0-order": 0,
            "photos-0-caption": "家庭医生上门服务",
            "photos-0-image": SimpleUploadedFile("visit.jpg", image_bytes(), "image/jpeg"),
        }
        response = self.client.post(add, data)
        self.assertEqual(response.status_code, 302, response.context and response.context["errors"])
        return Case.objects.get(title="家门口的健康守护")

    def test_the_whole_flow(self):
        case = self.add_case()
        self.assertEqual(case.status, Case.Status.DRAFT)
        self.assertEqual(case.brands, ["家庭医生", "健康守门人"])
        self.assertEqual(case.metrics.get().display_value, "12个")
        photo = case.photos.get()
        self.assertEqual((photo.width, photo.height), (1200, 800))
        self.assertIn("家庭医生团队", case.search_text)

        # a draft: 404 to the public, a preview for staff
        self.client.logout()
        self.assertEqual(self.client.get(case.get_absolute_url()).status_code, 404)
        self.assertEqual(self.client.get(reverse("cases:preview", args=[case.pk])).status_code, 302)
        self.client.force_login(self.editor)
        preview = self.client.get(reverse("cases:preview", args=[case.pk]))
        self.assertEqual(preview.status_code, 200)
        self.assertContains(preview, "<strong>预览</strong>", html=False)
        self.assertContains(preview, "读者看不到")
        self.assertContains(preview, f'width="{photo.renditions["column"][0]}"')

        # the editor submits it, but cannot publish it
        self.changelist_action("submit_for_review", case)
        case.refresh_from_db()
        self.assertEqual(case.status, Case.Status.REVIEW)
        self.changelist_action("publish", case)
        case.refresh_from_db()
        self.assertEqual(case.status, Case.Status.REVIEW)

        # the reviewer publishes it: public, with its publication time
        self.client.force_login(self.reviewer)
        self.changelist_action("publish", case)
        case.refresh_from_db()
        self.assertEqual(case.status, Case.Status.PUBLISHED)
        self.assertIsNotNone(case.published_at)
        self.client.logout()
        self.assertEqual(self.client.get(case.get_absolute_url()).status_code, 200)

        # the editor changes the title of the published case: held for review, readers keep the old one
        self.client.force_login(self.editor)
        change = reverse("admin:cases_case_change", args=[case.pk])
        data = admin_form_data(self.client.get(change))
        data["title"] = "改过的标题"
        self.assertEqual(self.client.post(change, data).status_code, 302)
        case.refresh_from_db()
        self.assertEqual(case.title, "家门口的健康守护")
        self.assertContains(self.client.get(change), "改过的标题")  # the editor goes on from the held version
        self.client.logout()
        self.assertContains(self.client.get(case.get_absolute_url()), "家门口的健康守护")
        self.assertNotContains(self.client.get(case.get_absolute_url()), "改过的标题")

        # the reviewer sees what changed and publishes it
        self.client.force_login(self.reviewer)
        pending = self.client.get(reverse("admin:cases_case_pending", args=[case.pk]))
        self.assertContains(pending, "<del>家门口的健康守护</del>", html=True)
        self.assertContains(pending, "<ins>改过的标题</ins>", html=True)
        self.client.post(reverse("admin:cases_case_pending", args=[case.pk]), {"_publish": "1"})
        case.refresh_from_db()
        self.assertEqual((case.title, case.status), ("改过的标题", Case.Status.PUBLISHED))
        versions = Version.objects.get_for_object(case)
        self.assertEqual(versions[0].revision.user, self.reviewer)

        # history: compare, then restore the first version; the restore goes live for a reviewer
        history = self.client.get(reverse("admin:cases_case_history", args=[case.pk]))
        self.assertEqual(history.status_code, 200)
        earlier = next(v for v in reversed(versions) if v.field_dict["title"] == "家门口的健康守护")
        diff = self.client.get(
            reverse("admin:cases_case_compare", args=[case.pk]),
            {"version_id1": earlier.pk, "version_id2": versions[0].pk},
        )
        self.assertContains(diff, "改过的标题")
        self.assertContains(diff, "家门口的健康守护")
        revert = reverse("admin:cases_case_revision", args=[case.pk, earlier.pk])
        data = admin_form_data(self.client.get(revert))
        self.assertEqual(data["title"], "家门口的健康守护")
        self.assertEqual(self.client.post(revert, data).status_code, 302)
        case.refresh_from_db()
        self.assertEqual((case.title, case.status), ("家门口的健康守护", Case.Status.PUBLISHED))

    def test_unpublishing_goes_back_to_draft_and_hides_the_case(self):
        case = f.make_case(self.showcase, "已发布的案例", institution=self.institution)
        self.client.force_login(self.reviewer)
        self.changelist_action("unpublish", case)
        case.refresh_from_db()
        self.assertEqual(case.status, Case.Status.DRAFT)
        self.client.logout()
        self.assertEqual(self.client.get(case.get_absolute_url()).status_code, 404)

    def test_an_editor_cannot_set_the_status_by_hand(self):
        case = f.make_case(self.showcase, "草稿案例", institution=self.institution, status=Case.Status.DRAFT)
        self.client.force_login(self.editor)
        change = reverse("admin:cases_case_change", args=[case.pk])
        data = admin_form_data(self.client.get(change))
        data["status"] = "published"
        self.client.post(change, data)
        case.refresh_from_db()
        self.assertEqual(case.status, Case.Status.DRAFT)

    def test_view_on_site_is_the_preview_until_published(self):
        draft = f.make_case(self.showcase, "草稿", institution=self.institution, status=Case.Status.DRAFT)
        self.client.force_login(self.editor)
        response = self.client.get(reverse("admin:cases_case_change", args=[draft.pk]))
        self.assertContains(response, reverse("cases:preview", args=[draft.pk]))


class ReviewQueueTests(EditorialTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.showcase.source_text = "开头一段。\n\n" + "前文。" * 400 + "\n\n医院坚持党建引领，努力建设成为\n\n" + "后文。" * 400
        cls.showcase.save()
        cls.case = f.make_case(cls.showcase, "有提示的案例", institution=cls.institution)
        start = cls.showcase.source_text.index("努力建设成为")
        cls.warning = ImportWarning.objects.create(
            case=cls.case, kind=ImportWarning.Kind.TRUNCATED, message="正文在句中结束，疑似不完整：“…努力建设成为”",
            start=start, end=start + len("努力建设成为"),
        )

    def test_queue_marks_the_passage_in_the_source(self):
        self.client.force_login(self.editor)
        response = self.client.get(reverse("admin:cases_case_review"))
        self.assertContains(response, "正文在句中结束，疑似不完整")
        self.assertContains(response, f'<a href="#passage-{self.warning.pk}">')
        self.assertContains(response, f'<mark id="passage-{self.warning.pk}" title="{self.warning.message}">努力建设成为</mark>', html=False)
        self.assertContains(response, "开头一段。")
        self.assertContains(response, "js/review-queue.js")
        self.assertContains(response, "处理提示需要“审核”权限")

    def test_open_warnings_are_a_query(self):
        url = reverse("admin:cases_case_changelist")
        self.client.force_login(self.editor)
        self.assertContains(self.client.get(url, {"warnings": "open"}), self.case.title)
        self.warning.resolve(user=self.reviewer)
        self.assertNotContains(self.client.get(url, {"warnings": "open"}), f">{self.case.title}<")
        self.assertContains(self.client.get(url, {"warnings": "yes"}), self.case.title)

    def test_only_a_reviewer_resolves_and_it_records_who_and_when(self):
        url = reverse("admin:cases_case_resolve", args=[self.warning.pk])
        self.client.force_login(self.editor)
        self.assertEqual(self.client.post(url).status_code, 403)
        self.client.force_login(self.reviewer)
        self.assertEqual(self.client.get(url).status_code, 405)
        self.assertEqual(self.client.post(url).status_code, 302)
        self.warning.refresh_from_db()
        self.assertEqual(self.warning.resolved_by, self.reviewer)
        self.assertIsNotNone(self.warning.resolved_at)
        self.assertNotContains(self.client.get(reverse("admin:cases_case_review")), "疑似不完整")
        self.assertEqual(self.client.post(reverse("admin:cases_case_resolve", args=[self.warning.pk + 100])).status_code, 404)

    def test_resolving_only_goes_back_to_the_sites_own_pages(self):
        url = reverse("admin:cases_case_resolve", args=[self.warning.pk])
        self.client.force_login(self.reviewer)
        for outside in ("https://evil.example/", "//evil.example/x", "javascript:alert(1)"):
            with self.subTest(next=outside):
                response = self.client.post(url, {"next": outside})
                self.assertRedirects(response, reverse("admin:cases_case_review"), fetch_redirect_response=False)
        response = self.client.post(url, {"next": reverse("admin:cases_case_changelist") + "?warnings=open"})
        self.assertRedirects(response, reverse("admin:cases_case_changelist") + "?warnings=open", fetch_redirect_response=False)

    def test_a_changed_file_does_not_reopen_a_resolved_warning(self):
        folder = Path(tempfile.mkdtemp())
        self.addCleanup(shutil.rmtree, folder)
        article = "# 基层党建\n\n### 江津区中医院 党建引领 服务提质\n\n江津区中医院坚持党建引领，努力建设成为\n"
        (folder / "a.txt").write_text(article, encoding="utf-8")
        call_command("load_articles", str(folder), stdout=io.StringIO())
        case = Case.objects.get(institution__name="江津区中医院")
        [warning] = case.open_warnings
        self.assertEqual(warning.kind, ImportWarning.Kind.TRUNCATED)
        self.assertEqual(case.showcase.source_text[warning.start : warning.end], "持党建引领，努力建设成为")  # the quoted words
        warning.resolve(user=self.reviewer)
        (folder / "a.txt").write_text(article.replace("服务提质", "服务提速"), encoding="utf-8")
        call_command("load_articles", str(folder), stdout=io.StringIO())
        case.refresh_from_db()
        self.assertEqual(case.title, "党建引领 服务提速")
        self.assertEqual(case.open_warnings, [])
        self.assertEqual(case.import_warnings.get().resolved_by, self.reviewer)


class BulkActionTests(EditorialTestCase):
    def test_reread_metrics_from_the_corrected_body(self):
        case = f.make_case(
            self.showcase, "案例", institution=self.institution, sections=[("", "中心组建家庭医生团队8个。")], status=Case.Status.DRAFT
        )
        f.make_metric(case, "错读的指标", "1", "个")
        self.client.force_login(self.editor)
        self.changelist_action("reread_metrics", case)
        self.assertEqual([(m.label, m.value, m.unit) for m in case.metrics.all()], [("家庭医生团队", 8, "个")])
        self.assertEqual(Version.objects.get_for_object(case).count(), 1)  # kept as a revision

    def test_mark_reviewed_resolves_every_open_warning_for_reviewers_only(self):
        case = f.make_case(self.showcase, "案例", institution=self.institution)
        ImportWarning.objects.bulk_create(ImportWarning(case=case, message=m) for m in ("甲", "乙"))
        self.client.force_login(self.editor)
        self.changelist_action("mark_reviewed", case)
        self.assertEqual(len(case.open_warnings), 2)
        self.client.force_login(self.reviewer)
        self.changelist_action("mark_reviewed", case)
        self.assertEqual(case.open_warnings, [])
        self.assertEqual({w.resolved_by for w in case.import_warnings.all()}, {self.reviewer})


class PhotoUploadTests(EditorialTestCase):
    def upload(self, name, content):
        case = f.make_case(self.showcase, institution=self.institution, status=Case.Status.DRAFT)
        self.client.force_login(self.editor)
        change = reverse("admin:cases_case_change", args=[case.pk])
        data = admin_form_data(self.client.get(change))
        data |= {"photos-TOTAL_FORMS": 1, "photos-0-order": 0, "photos-0-caption": "图片说明",
                 "photos-0-image": SimpleUploadedFile(name, content)}
        return self.client.post(change, data), case

    def assert_refused(self, name, content, message):
        response, case = self.upload(name, content)
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, message)
        self.assertFalse(case.photos.exists())

    def test_a_real_image_is_kept_with_its_renditions(self):
        response, case = self.upload("ward.png", image_bytes("PNG", (2400, 1600)))
        self.assertEqual(response.status_code, 302)
        photo = case.photos.get()
        self.assertEqual(photo.renditions, {"thumb": [320, 213], "column": [720, 480], "full": [1600, 1067]})
        files = [photo.image.path, photo.thumb.path, photo.column.path, photo.full.path]
        self.assertTrue(all(os.path.exists(p) for p in files))
        self.assertEqual(photo.alt, "图片说明")
        photo.delete()
        self.assertFalse(any(os.path.exists(p) for p in files))

    def test_a_replaced_image_takes_its_old_files_with_it(self):
        response, case = self.upload("first.jpg", image_bytes())
        photo = case.photos.get()
        old = [photo.image.path, photo.column.path]
        photo.image = SimpleUploadedFile("second.jpg", image_bytes(size=(800, 600)))
        photo.save()
        self.assertFalse(any(os.path.exists(p) for p in old))
        self.assertEqual(photo.renditions["column"], [720, 540])

    def test_text_named_jpg(self):
        self.assert_refused("notes.jpg", "这不是图片".encode(), "文件已损坏或不是图片")

    def test_content_that_is_not_what_the_name_says(self):
        self.assert_refused("photo.jpg", image_bytes("PNG"), "文件内容是 PNG 图片，与扩展名 .jpg 不符")

    def test_truncated_image(self):
        self.assert_refused("cut.jpg", image_bytes("JPEG")[:1500], "文件已损坏或不是图片")

    def test_decompression_bomb(self):
        self.assert_refused("bomb.png", image_bytes("PNG", (10000, 5000), mode="1"), "上限为 4000 万像素")

    def test_other_formats_and_big_files(self):
        self.assert_refused("scan.gif", image_bytes("GIF"), "只能上传 JPEG、PNG 或 WebP")
        self.assert_refused("huge.jpg", b"\xff\xd8" + b"0" * (10 * 1024 * 1024 + 1), "图片不能超过 10 MB")


class ShowcaseOrderTests(EditorialTestCase):
    def test_two_cases_swap_places_and_a_clash_is_a_clear_error(self):
        first = f.make_case(self.showcase, "第一篇", institution=self.institution, order=0)
        second = f.make_case(self.showcase, "第二篇", institution=self.institution, order=1)
        self.client.force_login(self.reviewer)  # a page readers see is rearranged by a reviewer
        change = reverse("admin:cases_showcase_change", args=[self.showcase.pk])
        data = admin_form_data(self.client.get(change))
        prefix = next(k for k in data if k.endswith("-0-order")).rsplit("-0-order", 1)[0]
        data[f"{prefix}-0-order"], data[f"{prefix}-1-order"] = 1, 0
        self.assertEqual(self.client.post(change, data).status_code, 302)
        first.refresh_from_db()
        second.refresh_from_db()
        self.assertEqual((first.order, second.order), (1, 0))
        data = admin_form_data(self.client.get(change))
        data[f"{prefix}-0-order"] = data[f"{prefix}-1-order"]
        response = self.client.post(change, data)
        self.assertContains(response, "两个案例的顺序号相同")


class CreateEditorCommandTests(TestCase):
    def test_creates_a_staff_account_in_its_group_and_refuses_weak_passwords(self):
        from unittest import mock

        from django.core.management.base import CommandError

        with mock.patch.dict(os.environ, {"EDITOR_PASSWORD": "Hong-qi-2024!"}):
            call_command("create_editor", "zhangsan", "--role", "reviewer", stdout=io.StringIO())
        user = get_user_model().objects.get(username="zhangsan")
        self.assertTrue(user.is_staff and not user.is_superuser)
        self.assertEqual(list(user.groups.values_list("name", flat=True)), [REVIEWER])
        self.assertTrue(user.has_perm("cases.publish_case"))
        with mock.patch.dict(os.environ, {"EDITOR_PASSWORD": "123"}):
            with self.assertRaisesMessage(CommandError, "密码不符合要求"):
                call_command("create_editor", "lisi", stdout=io.StringIO())
        self.assertFalse(get_user_model().objects.filter(username="lisi").exists())


class StoredOriginalTests(EditorialTestCase):
    def test_the_stored_original_loses_its_metadata_and_appended_bytes(self):
        image = Image.new("RGB", (800, 600), "white")
        exif = Image.Exif()
        exif[0x010F] = "CameraMaker"
        exif.get_ifd(0x8825)[2] = (29.0, 33.0, 12.5)  # GPSLatitude
        buffer = io.BytesIO()
        image.save(buffer, "JPEG", exif=exif)
        content = buffer.getvalue() + b"APPENDED-SECRET-PAYLOAD"
        with Image.open(io.BytesIO(content)) as before:
            self.assertTrue(before.getexif())
        case = f.make_case(self.showcase, institution=self.institution, status=Case.Status.DRAFT)
        photo = Photo(case=case, caption="说明", image=SimpleUploadedFile("gps.jpg", content))
        photo.save()
        stored = Path(photo.image.path).read_bytes()
        self.assertNotIn(b"APPENDED-SECRET-PAYLOAD", stored)
        self.assertNotIn(b"CameraMaker", stored)
        with Image.open(photo.image.path) as after:
            self.assertEqual((after.format, after.size), ("JPEG", (800, 600)))
            self.assertFalse(after.getexif())
        self.assertEqual((photo.width, photo.height), (800, 600))


class MediaRouteTests(EditorialTestCase):
    def photo(self, status):
        case = f.make_case(self.showcase, institution=self.institution, status=status)
        photo = Photo(case=case, caption="说明", image=SimpleUploadedFile("ward.jpg", image_bytes()))
        photo.save()
        return photo

    def test_published_photos_are_served_and_cacheable(self):
        photo = self.photo(Case.Status.PUBLISHED)
        for url in (photo.image.url, photo.column.url):
            with self.subTest(url=url):
                response = self.client.get(url)
                self.assertEqual(response.status_code, 200)
                self.assertEqual(response["Content-Type"], "image/jpeg")
                self.assertIn("public", response["Cache-Control"])
                self.assertEqual(b"".join(response.streaming_content)[:2], b"\xff\xd8")

    def test_a_drafts_photos_are_not_reachable_by_their_url_except_by_staff(self):
        photo = self.photo(Case.Status.DRAFT)
        self.assertTrue(photo.image.url.startswith("/media/photos/"))
        for url in (photo.image.url, photo.thumb.url, photo.full.url):
            with self.subTest(url=url):
                self.assertEqual(self.client.get(url).status_code, 404)
        self.client.force_login(self.editor)
        response = self.client.get(photo.thumb.url)
        self.assertEqual(response.status_code, 200)
        self.assertIn("no-store", response["Cache-Control"])

    def test_only_stored_photos_are_served(self):
        self.photo(Case.Status.PUBLISHED)
        for user in (None, self.editor):
            if user:
                self.client.force_login(user)
            for url in ("/media/photos/nothing.jpg", "/media/../showcase/settings/base.py", "/media/%2e%2e/manage.py",
                        "/media/photos/../../manage.py", "/media/photos/%2e%2e/%2e%2e/manage.py"):
                with self.subTest(url=url, user=user):
                    self.assertEqual(self.client.get(url).status_code, 404)
