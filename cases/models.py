import re
from pathlib import Path

import reversion
from django.conf import settings
from django.db import models
from django.db.models import Count, Exists, F, Min, OuterRef, Q
from django.db.models.signals import post_delete
from django.dispatch import receiver
from django.http import QueryDict
from django.urls import reverse
from django.utils import timezone

from institutions.models import Institution, PartyOrganization, unique_slug
from showcase.models import TimeStampedModel
from showcase.text import pinyin_slug

from . import caching, photos, search


# A byline that already says who is writing: 记者 张三, 本报记者 张三, 通讯员 李四, 实习生 王五.
BYLINE_ROLE = re.compile(r"^(本报)?(特约)?(记者|通讯员|实习生|见习记者|撰稿)")

# Newest first, pages without a date last on every database (PostgreSQL puts NULLs first otherwise).
NEWEST_PAGE = F("published_on").desc(nulls_last=True)
# A case carries its page's date (Case.published_on) so that the newest-first list walks an index.
NEWEST_CASE = F("published_on").desc(nulls_last=True)


class Publication(models.Model):
    class Kind(models.TextChoices):
        NEWSPAPER = "newspaper", "报纸"
        WEBSITE = "website", "网站"
        OTHER = "other", "其他"

    name = models.CharField("名称", max_length=50, unique=True)
    slug = models.SlugField("网址名", max_length=60, unique=True)
    kind = models.CharField("类型", max_length=10, choices=Kind.choices, default=Kind.NEWSPAPER)

    class Meta:
        verbose_name = "刊物"
        verbose_name_plural = "刊物"
        ordering = ["name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(Publication, pinyin_slug(self.name))
        super().save(*args, **kwargs)


class Theme(models.Model):
    name = models.CharField("名称", max_length=30, unique=True)
    slug = models.SlugField("网址名", max_length=60, unique=True)
    description = models.TextField("说明", blank=True)

    class Meta:
        verbose_name = "主题"
        verbose_name_plural = "主题"
        ordering = ["name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("cases:theme", args=[self.slug])

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(Theme, pinyin_slug(self.name))
        super().save(*args, **kwargs)


class ShowcaseQuerySet(models.QuerySet):
    def with_published_cases(self):
        return self.filter(Exists(Case.objects.filter(showcase=OuterRef("pk"), status=Case.Status.PUBLISHED)))

    def before(self, showcase):
        """上一版: the page of the same publication printed just before (by date, then by id)."""
        if showcase.publication_id is None or showcase.published_on is None:
            return None
        earlier = Q(published_on__lt=showcase.published_on) | Q(published_on=showcase.published_on, pk__lt=showcase.pk)
        return self._same_publication(showcase).filter(earlier).order_by(NEWEST_PAGE, "-pk").first()

    def after(self, showcase):
        """下一版: the page of the same publication printed just after."""
        if showcase.publication_id is None or showcase.published_on is None:
            return None
        later = Q(published_on__gt=showcase.published_on) | Q(published_on=showcase.published_on, pk__gt=showcase.pk)
        return self._same_publication(showcase).filter(later).order_by("published_on", "pk").first()

    def _same_publication(self, showcase):
        return self.with_published_cases().filter(publication=showcase.publication_id).exclude(published_on=None)


@reversion.register()
class Showcase(TimeStampedModel):
    """One printed page or special column that holds several institutions' cases."""

    slug = models.SlugField("网址名", max_length=80, unique=True)
    title = models.CharField("主标题", max_length=200)
    kicker = models.CharField("引题", max_length=200, blank=True)
    subtitle = models.CharField("副标题", max_length=200, blank=True)
    column = models.CharField("栏目", max_length=100, blank=True, help_text="如 百年伟业 精彩巴渝")
    series_number = models.CharField("期次", max_length=20, blank=True, help_text="如 二")
    guided_by = models.CharField("指导单位", max_length=200, blank=True)
    hosted_by = models.CharField("主办单位", max_length=200, blank=True)
    publication = models.ForeignKey(
        Publication, verbose_name="刊物", null=True, blank=True, on_delete=models.PROTECT, related_name="showcases"
    )
    channel = models.CharField("频道", max_length=100, blank=True)
    published_on = models.DateField("刊发日期", null=True, blank=True)
    published_time = models.TimeField("刊发时间", null=True, blank=True)
    edition = models.CharField("版次", max_length=50, blank=True, help_text="如 第015版:重庆新闻")
    pages = models.CharField("版面", max_length=50, blank=True, help_text="跨版时如 B14-B15")
    author = models.CharField("作者", max_length=100, blank=True)
    editors = models.CharField("责任编辑", max_length=100, blank=True)
    credits = models.CharField("图片与署名", max_length=300, blank=True)
    source_file = models.CharField("来源文件", max_length=255, unique=True)
    source_checksum = models.CharField("来源校验和", max_length=64)
    source_text = models.TextField("原文", blank=True)

    objects = ShowcaseQuerySet.as_manager()

    class Meta:
        verbose_name = "展播版面"
        verbose_name_plural = "展播版面"
        ordering = [NEWEST_PAGE, "-id"]
        get_latest_by = "published_on"

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("cases:showcase", args=[self.slug])

    def save(self, *args, **kwargs):
        """Its cases carry its date (Case.published_on): a new date goes to them too."""
        super().save(*args, **kwargs)
        update_fields = kwargs.get("update_fields")
        if update_fields is None or "published_on" in update_fields:
            self.cases.exclude(published_on=self.published_on).update(published_on=self.published_on)


class CaseQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=Case.Status.PUBLISHED)

    def in_region(self, region):
        """Cases of institutions in the region or anywhere below it."""
        return self.filter(
            Q(institution__region=region)
            | Q(institution__region__parent=region)
            | Q(institution__region__parent__parent=region)
        )

    RELATED_CANDIDATES = 200

    def related_to(self, case):
        """延伸阅读: other cases sharing a theme or a place (the region or the one above it), most shared themes first.

        Chosen among the newest RELATED_CANDIDATES of each kind: a theme may hold tens of thousands of
        cases, and ranking them all for every case page would read the whole archive.
        """
        themes = [theme.pk for theme in case.themes.all()]
        others = self.exclude(pk=case.pk).order_by(NEWEST_CASE, "pk")
        near = Q(pk__in=others.filter(themes__in=themes).values("pk")[: self.RELATED_CANDIDATES])
        region = case.institution.region if case.institution else None
        if region is not None:
            area = region.parent_id if region.level == region.Level.DISTRICT and region.parent_id else region.pk
            # an area holds a few hundred cases: found from its institutions, in no particular order
            in_area = self.exclude(pk=case.pk).filter(institution__in=Institution.objects.filter(
                Q(region=area) | Q(region__parent=area)
            )).order_by()
            near |= Q(pk__in=in_area.values("pk")[: self.RELATED_CANDIDATES])
        return (
            self.filter(near)
            .annotate(shared=Count("themes", filter=Q(themes__in=themes)))
            .select_related("institution", "showcase__publication")
            .order_by("-shared", NEWEST_CASE, "pk")
        )

    def for_listing(self):
        return self.select_related(
            "showcase__publication", "institution__region__parent__parent", "text"
        ).prefetch_related("themes")


@reversion.register(follow=["sections", "metrics", "photos", "people"])
class Case(TimeStampedModel):
    class Status(models.TextChoices):
        DRAFT = "draft", "草稿"
        REVIEW = "review", "待审核"
        PUBLISHED = "published", "已发布"

    showcase = models.ForeignKey(Showcase, verbose_name="展播版面", on_delete=models.CASCADE, related_name="cases")
    order = models.PositiveSmallIntegerField("版面内顺序", default=0)
    institution = models.ForeignKey(
        Institution, verbose_name="机构", null=True, blank=True, on_delete=models.PROTECT, related_name="cases"
    )
    title = models.CharField("标题", max_length=200)
    lead = models.TextField("导语", blank=True)
    byline = models.CharField("记者", max_length=100, blank=True)
    contributor = models.CharField("供稿单位", max_length=100, blank=True, help_text="如 中共蓟州区委组织部")
    credits = models.CharField("图片来源", max_length=200, blank=True, help_text="如 医院供图")
    brands = models.JSONField("党建品牌", default=list, blank=True)
    themes = models.ManyToManyField(Theme, verbose_name="主题", blank=True, related_name="cases")
    partners = models.ManyToManyField(
        Institution,
        verbose_name="共建单位",
        blank=True,
        related_name="partner_cases",
        help_text="结对、共建、签约的另一方；案例属于报道所写的机构",
    )
    party_organizations = models.ManyToManyField(
        PartyOrganization,
        verbose_name="报道的党组织",
        blank=True,
        related_name="cases",
        help_text="报道写到的党组织及其党员、支部数字出自本案例",
    )
    status = models.CharField("状态", max_length=10, choices=Status.choices, default=Status.DRAFT)
    published_at = models.DateTimeField("发布时间", null=True, blank=True)
    is_edited = models.BooleanField("编辑已修改", default=False, help_text="为真时重新导入不覆盖，除非 --force")
    published_on = models.DateField(
        "刊发日期", null=True, blank=True, editable=False, help_text="所在版面的刊发日期，随版面更新，排序用"
    )

    objects = CaseQuerySet.as_manager()

    class Meta:
        verbose_name = "案例"
        verbose_name_plural = "案例"
        ordering = [NEWEST_CASE, "showcase_id", "order"]
        get_latest_by = "published_at"
        constraints = [
            models.UniqueConstraint(fields=["showcase", "order"], name="case_unique_order_in_showcase"),
        ]
        indexes = [
            # "does this page have a published case" (Showcase.with_published_cases) answered from the
            # index alone: without it SQLite walks case_newest, every published case for every page.
            models.Index(fields=["showcase", "status"], name="case_showcase_status"),
            models.Index(fields=["institution", "status"], name="case_institution_status"),  # the same per institution
            # the newest change to a published case (sitemap.xml's lastmod) without reading them all
            models.Index(fields=["status", "updated_at"], name="case_status_updated"),
        ]
        permissions = [
            ("publish_case", "可以发布和撤回案例"),
            ("resolve_warning", "可以处理导入提示"),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("cases:detail", args=[self.pk])

    @property
    def search_text(self):
        """Title, institution, lead and body in one text (CaseText): what search matches and snippets quote."""
        try:
            return self.text.search_text
        except CaseText.DoesNotExist:
            return ""

    def rebuild_search_text(self, sections=None):
        """Write the case's search text and its index tokens: the one place they are made and saved."""
        text = CaseText.for_case(self, self.sections.all() if sections is None else sections)
        text.save()
        self.text = text
        return text

    def save(self, *args, **kwargs):
        if self.status == self.Status.PUBLISHED and self.published_at is None:
            self.published_at = timezone.now()
        update_fields = kwargs.get("update_fields")
        if self.showcase_id is not None and (update_fields is None or "showcase" in update_fields):
            self.published_on = self.showcase.published_on
            if update_fields is not None:
                kwargs["update_fields"] = {*update_fields, "published_on"}
        super().save(*args, **kwargs)

    @property
    def is_published(self):
        return self.status == self.Status.PUBLISHED

    @property
    def pictures(self):
        """Photos with an image to show (uses the prefetched photos)."""
        return [photo for photo in self.photos.all() if photo.rendition("column")]

    @property
    def photo_captions(self):
        """Captions printed on the page whose picture is not in the archive: text, not a photo block."""
        return [photo for photo in self.photos.all() if not photo.rendition("column")]

    @property
    def byline_line(self):
        """记者 张三 as the paper prints it; a byline that already names the role is not given it twice."""
        byline = self.byline.strip()
        if not byline or BYLINE_ROLE.match(byline):
            return byline
        newspaper = self.showcase.publication_id and self.showcase.publication.kind == Publication.Kind.NEWSPAPER
        return f"{'本报记者' if newspaper else '记者'} {byline}"

    def citation(self) -> str:
        """引用本文, GB/T 7714 style for a newspaper: 题名[N]. 报纸名, 日期(版次). 作者. —
        every part only when known, so a page without paper or date still reads right."""
        showcase = self.showcase
        title = f"{self.institution.name}：{self.title}" if self.institution_id else self.title
        source = showcase.publication.name if showcase.publication_id else ""
        if source and showcase.channel:
            source += f"-{showcase.channel}"
        where = ", ".join(part for part in (source, showcase.published_on and showcase.published_on.isoformat()) if part)
        where += "".join(f"（{part}）" for part in (showcase.edition, f"{showcase.pages}版" if showcase.pages else "") if part)
        author = (self.byline or showcase.author).strip()
        parts = [f"{title}[N]", where, f"作者：{author}" if author else "", f"责任编辑：{showcase.editors}" if showcase.editors else ""]
        return ". ".join(part for part in parts if part) + "."

    @property
    def open_warnings(self):
        """The loader's warnings nobody has resolved yet (uses a prefetch of import_warnings when there is one)."""
        return [w for w in self.import_warnings.all() if w.resolved_at is None]


class CaseText(models.Model):
    """A case's search text and its bigram tokens, kept beside the case rather than in its row.

    Together some 11 KB a case: in the case's own row they would make every scan or sort of cases
    (counts, facets, newest first) read the whole archive's text.
    """

    case = models.OneToOneField(Case, verbose_name="案例", primary_key=True, on_delete=models.CASCADE, related_name="text")
    search_text = models.TextField("检索文本", blank=True)
    search_grams = models.TextField("检索索引词", blank=True, help_text="检索文本的双字切分，供全文索引（cases/search.py）")

    class Meta:
        verbose_name = "案例检索文本"
        verbose_name_plural = "案例检索文本"

    def __str__(self):
        return str(self.case_id)

    @classmethod
    def for_case(cls, case, sections):
        """The text (title, institution, lead and body) and its tokens, not saved: bulk loads save many at once."""
        parts = [case.title, case.institution.name if case.institution else "", case.lead]
        parts += [f"{s.heading}\n{s.body}" for s in sections]
        text = "\n".join(p for p in parts if p)
        return cls(case=case, search_text=text, search_grams=search.grams(text))


@reversion.register()
class Section(models.Model):
    case = models.ForeignKey(Case, verbose_name="案例", on_delete=models.CASCADE, related_name="sections")
    order = models.PositiveSmallIntegerField("顺序", default=0)
    heading = models.CharField("小标题", max_length=200, blank=True)
    body = models.TextField("正文", help_text="段落之间空一行")

    class Meta:
        verbose_name = "正文段落"
        verbose_name_plural = "正文段落"
        ordering = ["order"]

    def __str__(self):
        return self.heading or f"第{self.order + 1}部分"

    @property
    def paragraphs(self):
        return [p for p in self.body.split("\n\n") if p.strip()]


@reversion.register()
class Photo(models.Model):
    """A photo of a case; printed pages often give only the caption, so the image is optional."""

    case = models.ForeignKey(Case, verbose_name="案例", on_delete=models.CASCADE, related_name="photos")
    order = models.PositiveSmallIntegerField("顺序", default=0)
    caption = models.CharField("图片说明", max_length=300)
    alt_text = models.CharField("替代文字", max_length=300, blank=True, help_text="留空则用图片说明")
    image = photos.PhotoField(
        "图片",
        upload_to="photos/%Y/%m/",
        blank=True,
        width_field="width",
        height_field="height",
        help_text="JPEG、PNG 或 WebP，不超过 10 MB、4000 万像素",
    )
    width = models.PositiveIntegerField("宽", null=True, blank=True, editable=False)
    height = models.PositiveIntegerField("高", null=True, blank=True, editable=False)
    thumb = models.ImageField("缩略图", upload_to="photos/renditions/", blank=True, editable=False)
    column = models.ImageField("栏宽图", upload_to="photos/renditions/", blank=True, editable=False)
    full = models.ImageField("通栏图", upload_to="photos/renditions/", blank=True, editable=False)
    renditions = models.JSONField("尺寸", default=dict, blank=True, editable=False)

    class Meta:
        verbose_name = "图片"
        verbose_name_plural = "图片"
        ordering = ["order"]

    def __str__(self):
        return self.caption

    @property
    def alt(self):
        return self.alt_text or self.caption

    def save(self, *args, **kwargs):
        """Make the renditions once, when a new image arrives; an unchanged image keeps its own."""
        new_image = bool(self.image) and not getattr(self.image, "_committed", True)
        replaced = None
        if new_image:
            self.delete_renditions()
            if self.pk:
                replaced = Photo.objects.filter(pk=self.pk).values_list("image", flat=True).first()
            clean, width, height = photos.reencode(self.image)
            self.image.save(Path(self.image.name).name, clean, save=False)
            self.width, self.height = width, height
        super().save(*args, **kwargs)
        if replaced and replaced != self.image.name and photos.may_delete_files():
            self.image.storage.delete(replaced)  # the file the new upload replaces
        if new_image:
            made = photos.make_renditions(self.image)
            stem = Path(self.image.name).stem
            for name, (content, width, height) in made.items():
                getattr(self, name).save(f"{stem}-{name}.jpg", content, save=False)
                self.renditions[name] = [width, height]
            super().save(update_fields=[*photos.RENDITIONS, "renditions"])

    def delete_renditions(self):
        for name in photos.RENDITIONS:
            field = getattr(self, name)
            if field:
                field.delete(save=False)
        self.renditions = {}

    def rendition(self, name):
        """(url, width, height) of a rendition, or None for a caption without an image."""
        field = getattr(self, name)
        if not field or name not in self.renditions:
            return None
        width, height = self.renditions[name]
        return field.url, width, height


@receiver(post_delete, sender=Photo)
def delete_photo_files(sender, instance, **kwargs):
    """A deleted photo takes its files with it, however it was deleted (inline, bulk, or with its case)."""
    if not photos.may_delete_files():
        return
    instance.delete_renditions()
    if instance.image:
        instance.image.delete(save=False)


@reversion.register()
class Person(models.Model):
    case = models.ForeignKey(Case, verbose_name="案例", on_delete=models.CASCADE, related_name="people")
    order = models.PositiveSmallIntegerField("顺序", default=0)
    name = models.CharField("姓名", max_length=20)
    role = models.CharField("职务", max_length=50, blank=True)

    class Meta:
        verbose_name = "人物"
        verbose_name_plural = "人物"
        ordering = ["order"]

    def __str__(self):
        return f"{self.role}{self.name}" if self.role else self.name


class MetricQuerySet(models.QuerySet):
    def reported_elsewhere(self, labels, institution_id):
        """{(label, unit)} among these labels that published cases of other institutions report too.

        Read from who reports each figure, grouped over every published metric once per archive
        generation: asked directly, a common label (党员) joined most of the archive on every case page."""
        if not labels or institution_id is None:
            return set()
        reporters = caching.cached("metric-reporters", (), self.reporters)
        return {
            (label, unit)
            for label in set(labels)
            for unit, institutions, lowest in reporters.get(label, ())
            if institutions > 1 or lowest != institution_id
        }

    def reporters(self):
        """{label: [(unit, how many institutions report it, the lowest institution id)]} over published cases."""
        grouped = {}
        rows = (
            self.filter(case__status=Case.Status.PUBLISHED)
            .exclude(case__institution=None)
            .order_by()
            .values_list("label", "unit")
            .annotate(institutions=Count("case__institution", distinct=True), lowest=Min("case__institution"))
        )
        for label, unit, institutions, lowest in rows:
            grouped.setdefault(label, []).append((unit, institutions, lowest))
        return grouped


@reversion.register()
class Metric(models.Model):
    class Qualifier(models.TextChoices):
        EXACT = "exact", "精确"
        MORE_THAN = "more_than", "余/多"
        AT_LEAST = "at_least", "以上/不少于"
        ABOUT = "about", "近/约"

    class Category(models.TextChoices):
        PARTY_MEMBERS = "party_members", "党员"
        ORGANIZATIONS = "organizations", "组织"
        SERVICES = "services", "服务"
        PEOPLE_SERVED = "people_served", "服务人数"
        FACILITIES = "facilities", "设施"
        MONEY = "money", "资金"
        RATE = "rate", "比率"
        TIME = "time", "时间"
        OTHER = "other", "其他"

    case = models.ForeignKey(Case, verbose_name="案例", on_delete=models.CASCADE, related_name="metrics")
    order = models.PositiveSmallIntegerField("顺序", default=0)
    label = models.CharField("指标", max_length=50)
    value = models.DecimalField("数值", max_digits=20, decimal_places=4)
    unit = models.CharField("单位", max_length=20, blank=True)
    previous_value = models.DecimalField(
        "原数值", max_digits=20, decimal_places=4, null=True, blank=True, help_text="“由原来的2个工作日缩短为半个工作日”中的 2"
    )
    previous_unit = models.CharField("原单位", max_length=20, blank=True)
    qualifier = models.CharField("限定", max_length=10, choices=Qualifier.choices, default=Qualifier.EXACT)
    category = models.CharField("类别", max_length=20, choices=Category.choices, default=Category.OTHER)
    phrase = models.CharField("原文", max_length=300, blank=True)

    objects = MetricQuerySet.as_manager()

    class Meta:
        verbose_name = "数据指标"
        verbose_name_plural = "数据指标"
        ordering = ["order"]

    def __str__(self):
        return f"{self.label} {self.display_value}"

    @staticmethod
    def compare_url(label, unit=""):
        """/compare/?metric=…&unit=…: the institutions that report this figure, ranked."""
        params = QueryDict(mutable=True)
        params["metric"] = label
        if unit:
            params["unit"] = unit
        return reverse("compare") + "?" + params.urlencode()

    @property
    def display_number(self):
        """4300.0000 -> 4300, 86400.8100 -> 86400.81, 1.5000 -> 1.5."""
        return format(self.value.normalize(), "f")

    @property
    def display_value(self):
        """As a Chinese paper prints it: 100余件, 90%以上, 近30人."""
        number, unit = self.display_number, self.unit
        if self.qualifier == self.Qualifier.MORE_THAN:
            return f"{number}余{unit}"
        if self.qualifier == self.Qualifier.AT_LEAST:
            return f"{number}{unit}以上"
        if self.qualifier == self.Qualifier.ABOUT:
            return f"近{number}{unit}"
        return f"{number}{unit}"


class PendingChangeQuerySet(models.QuerySet):
    def pending(self):
        return self.filter(state=PendingChange.State.PENDING)


class PendingChange(models.Model):
    """An editor's change to a published case, waiting for a reviewer; readers see the live rows.

    snapshot is the case with its sections, metrics, photos and people as the editor left them
    (Django's JSON serialisation); cases.workflow writes it, and applies it when it is published.
    """

    class State(models.TextChoices):
        PENDING = "pending", "待审核"
        PUBLISHED = "published", "已发布"
        RETURNED = "returned", "已退回"
        SUPERSEDED = "superseded", "已被新的修改取代"

    case = models.ForeignKey(Case, verbose_name="案例", on_delete=models.CASCADE, related_name="pending_changes")
    snapshot = models.JSONField("修改后的内容")
    state = models.CharField("状态", max_length=12, choices=State.choices, default=State.PENDING)
    reason = models.CharField("修改说明", max_length=200, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name="修改人", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField("提交时间", auto_now_add=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name="审核人", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reviewed_at = models.DateTimeField("审核时间", null=True, blank=True)
    note = models.CharField("审核意见", max_length=200, blank=True)

    objects = PendingChangeQuerySet.as_manager()

    class Meta:
        verbose_name = "待审核的修改"
        verbose_name_plural = "待审核的修改"
        ordering = ["-created_at", "-id"]
        get_latest_by = "created_at"
        constraints = [
            models.UniqueConstraint(
                fields=["case"], condition=models.Q(state="pending"), name="pendingchange_one_pending_per_case"
            ),
        ]

    def __str__(self):
        return f"{self.case}：{self.get_state_display()}"

    def close(self, *, state, user, note=""):
        self.state, self.reviewed_by, self.reviewed_at, self.note = state, user, timezone.now(), note[:200]
        self.save(update_fields=["state", "reviewed_by", "reviewed_at", "note"])


class ImportWarningQuerySet(models.QuerySet):
    def open(self):
        return self.filter(resolved_at=None)


class ImportWarning(models.Model):
    """Something the loader was unsure of in a case, with the passage of the source it is about,
    for an editor to check; a reviewer marks it resolved (who and when stay on the row)."""

    class Kind(models.TextChoices):
        TRUNCATED = "truncated", "正文疑似不完整"
        BROKEN = "broken", "段落中断"
        DUPLICATE = "duplicate", "重复段落"
        INSTITUTION = "institution", "机构未确定"
        OTHER = "other", "其他"

    case = models.ForeignKey(Case, verbose_name="案例", on_delete=models.CASCADE, related_name="import_warnings")
    kind = models.CharField("类别", max_length=12, choices=Kind.choices, default=Kind.OTHER)
    message = models.CharField("提示", max_length=300)
    start = models.PositiveIntegerField("原文起点", null=True, blank=True, help_text="所涉段落在版面原文中的位置（字符）")
    end = models.PositiveIntegerField("原文终点", null=True, blank=True)
    created_at = models.DateTimeField("提出时间", auto_now_add=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name="处理人", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    resolved_at = models.DateTimeField("处理时间", null=True, blank=True)

    objects = ImportWarningQuerySet.as_manager()

    class Meta:
        verbose_name = "导入提示"
        verbose_name_plural = "导入提示"
        ordering = ["case_id", "start", "id"]
        get_latest_by = "created_at"
        constraints = [
            models.CheckConstraint(
                condition=models.Q(start=None) | models.Q(end__gte=models.F("start")), name="importwarning_passage_in_order"
            ),
        ]

    def __str__(self):
        return self.message

    def resolve(self, *, user):
        self.resolved_by, self.resolved_at = user, timezone.now()
        self.save(update_fields=["resolved_by", "resolved_at"])

    def passage(self, source: str) -> tuple[str, str, str]:
        """The source split around the passage: (before, passage, after); no passage, all before."""
        if self.start is None:
            return source, "", ""
        return source[: self.start], source[self.start : self.end], source[self.end :]


class ArchiveGeneration(models.Model):
    """One row: the archive's generation (cases/caching.py), moved in the same transaction as every
    change readers could see, so that every worker reads the same one whatever its cache."""

    value = models.CharField("代次", max_length=32)

    class Meta:
        verbose_name = "缓存代次"
        verbose_name_plural = "缓存代次"

    def __str__(self):
        return self.value


class TextChange(models.Model):
    """One row for each write of a case's search text (insert, edit, delete), appended by triggers on
    CaseText (cases/search.py): which cases a remembered search result must check again. A row
    for case 0 means every case (the index was rebuilt)."""

    case_id = models.BigIntegerField("案例编号")

    class Meta:
        verbose_name = "检索文本变动"
        verbose_name_plural = "检索文本变动"

    def __str__(self):
        return f"{self.pk}: {self.case_id}"
