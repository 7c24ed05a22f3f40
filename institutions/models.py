import re

from django.core.validators import RegexValidator
from django.db import models
from django.urls import reverse

from showcase.models import TimeStampedModel
from showcase.text import pinyin_key, pinyin_slug


class Region(models.Model):
    class Level(models.TextChoices):
        PROVINCE = "province", "省级"
        CITY = "city", "地级"
        DISTRICT = "district", "县级"
        TOWN = "town", "乡镇街道"

    name = models.CharField("名称", max_length=50)
    level = models.CharField("层级", max_length=10, choices=Level.choices)
    parent = models.ForeignKey(
        "self", verbose_name="上级", null=True, blank=True, on_delete=models.PROTECT, related_name="children"
    )
    code = models.CharField("区划代码", max_length=12, blank=True, help_text="国家行政区划代码，如 510116")
    slug = models.SlugField("网址名", max_length=80, unique=True)

    class Meta:
        verbose_name = "地区"
        verbose_name_plural = "地区"
        ordering = ["code", "name"]
        constraints = [
            models.UniqueConstraint(fields=["parent", "name"], name="region_unique_name_in_parent"),
        ]

    def __str__(self):
        return self.full_name

    @property
    def full_name(self):
        names, region = [], self
        while region is not None:
            names.append(region.name)
            region = region.parent
        return "".join(reversed(names))

    def get_absolute_url(self):
        return reverse("institutions:region", args=[self.slug])

    @property
    def province(self):
        """The province this region lies in (itself for a province); walks parents already loaded."""
        region = self
        while region.parent is not None:
            region = region.parent
        return region

    def get_search_url(self):
        """The case list filtered at this region's level (province, city, district)."""
        level = self.level if self.level != self.Level.TOWN else self.Level.DISTRICT
        return reverse("cases:list") + f"?{level}={self.slug}"

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = pinyin_slug(self.full_name, 80)
        super().save(*args, **kwargs)


def province_field(field: str, region: str = "region"):
    """The field of the province a row's region lies in (the region itself, its parent or its
    grandparent), as an expression: `region` is the path to the region (institution__region from a case)."""
    return models.Case(
        *(
            models.When(**{f"{path}__level": Region.Level.PROVINCE}, then=models.F(f"{path}__{field}"))
            for path in (region, f"{region}__parent", f"{region}__parent__parent")
        ),
        default=None,
    )


class InstitutionKind(models.TextChoices):
    HOSPITAL = "hospital", "医院"
    TCM_HOSPITAL = "tcm_hospital", "中医院"
    TOWNSHIP_HEALTH_CENTER = "township_health_center", "乡镇卫生院"
    COMMUNITY_HEALTH_CENTER = "community_health_center", "社区卫生服务中心"
    HEALTH_COMMISSION = "health_commission", "卫生健康委员会"
    COMMUNITY = "community", "社区"
    GOVERNMENT = "government", "党委政府"
    OTHER = "other", "其他"


partial_date_validator = RegexValidator(
    re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$"), "请按 YYYY、YYYY-MM 或 YYYY-MM-DD 填写，如 1941-07。"
)


class InstitutionQuerySet(models.QuerySet):
    def with_related(self):
        return self.select_related("region__parent__parent")


class Institution(TimeStampedModel):
    name = models.CharField("名称", max_length=100, unique=True, help_text="按报道刊印的全称")
    slug = models.SlugField("网址名", max_length=80, unique=True)
    kind = models.CharField("类型", max_length=30, choices=InstitutionKind.choices, default=InstitutionKind.OTHER)
    region = models.ForeignKey(
        Region, verbose_name="所在地区", null=True, blank=True, on_delete=models.PROTECT, related_name="institutions"
    )
    grade = models.CharField("等级", max_length=20, blank=True, help_text="如 三级甲等")
    founded = models.CharField(
        "成立时间", max_length=10, blank=True, validators=[partial_date_validator], help_text="如 1941-07 或 1984"
    )
    description = models.TextField("简介", blank=True)
    honours = models.JSONField(
        "荣誉与大事", default=list, blank=True, help_text='报道所载的荣誉，每项为 ["时间", "荣誉"]，如 ["2020年9月", "“先进集体”称号"]'
    )
    sort_key = models.CharField("排序键", max_length=400, blank=True, editable=False, db_index=True, help_text="名称的拼音，按拼音排序用")

    objects = InstitutionQuerySet.as_manager()

    class Meta:
        verbose_name = "机构"
        verbose_name_plural = "机构"
        ordering = ["name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("institutions:detail", args=[self.slug])

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(Institution, pinyin_slug(self.name))
        self.sort_key = pinyin_key(self.name)[:400]
        if kwargs.get("update_fields") is not None and "name" in kwargs["update_fields"]:
            kwargs["update_fields"] = {*kwargs["update_fields"], "sort_key"}
        super().save(*args, **kwargs)


def unique_slug(model, base):
    slug, n = base, 2
    while model.objects.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


class InstitutionAlias(models.Model):
    class Kind(models.TextChoices):
        FULL = "full", "全称"
        SHORT = "short", "简称"
        ADDITIONAL = "additional", "加挂名称"
        FORMER = "former", "曾用名"

    institution = models.ForeignKey(Institution, verbose_name="机构", on_delete=models.CASCADE, related_name="aliases")
    name = models.CharField("名称", max_length=100, unique=True)
    kind = models.CharField("类型", max_length=12, choices=Kind.choices, default=Kind.SHORT)

    class Meta:
        verbose_name = "机构别名"
        verbose_name_plural = "机构别名"
        ordering = ["name"]

    def __str__(self):
        return f"{self.name}（{self.get_kind_display()}）"


class PartyOrganizationQuerySet(models.QuerySet):
    def top_down(self):
        """From the top of the hierarchy down (党委 before 党总支 before 党支部), by name within a level."""
        rank = models.Case(
            *(models.When(level=level, then=models.Value(i)) for i, level in enumerate(PartyOrganization.Level.values)),
            default=models.Value(99),
        )
        return self.select_related("parent").order_by(rank, "name")


def organization_tree(organizations):
    """[(organization, depth)] with each organisation after its parent, from an already ordered list."""
    children = {}
    for org in organizations:
        children.setdefault(org.parent_id, []).append(org)
    known = {org.pk for org in organizations}
    tree = []

    def walk(org, depth):
        tree.append((org, depth))
        for child in children.get(org.pk, []):
            walk(child, depth + 1)

    for org in organizations:
        if org.parent_id is None or org.parent_id not in known:
            walk(org, 0)
    return tree


class PartyOrganization(TimeStampedModel):
    class Level(models.TextChoices):
        COMMITTEE = "党委", "党委"
        GENERAL_BRANCH = "党总支", "党总支"
        BRANCH = "党支部", "党支部"
        GROUP = "党小组", "党小组"
        LEADING_GROUP = "党组", "党组"

    institution = models.ForeignKey(
        Institution, verbose_name="机构", on_delete=models.CASCADE, related_name="party_organizations"
    )
    name = models.CharField("名称", max_length=100)
    level = models.CharField("层级", max_length=6, choices=Level.choices)
    parent = models.ForeignKey(
        "self", verbose_name="上级组织", null=True, blank=True, on_delete=models.SET_NULL, related_name="children"
    )
    secretary = models.CharField("书记", max_length=20, blank=True)
    member_count = models.PositiveIntegerField("党员人数", null=True, blank=True)
    general_branch_count = models.PositiveIntegerField("下设党总支数", null=True, blank=True)
    branch_count = models.PositiveIntegerField("下设党支部数", null=True, blank=True)
    group_count = models.PositiveIntegerField("下设党小组数", null=True, blank=True)
    as_of = models.DateField("数据截至", null=True, blank=True)

    objects = PartyOrganizationQuerySet.as_manager()

    class Meta:
        verbose_name = "党组织"
        verbose_name_plural = "党组织"
        ordering = ["institution", "level", "name"]
        constraints = [
            models.UniqueConstraint(fields=["institution", "name"], name="party_org_unique_name_in_institution"),
        ]

    def __str__(self):
        return self.name
