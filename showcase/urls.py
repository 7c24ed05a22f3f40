from django.conf import settings
from django.contrib import admin
from django.urls import include, path
from django.views.generic import TemplateView

from cases import views as case_views

from . import directory, exports, sitemaps, stats, views

admin.site.site_header = "党建案例展播 · 编辑部"
admin.site.site_title = "党建案例展播"
admin.site.index_title = "内容管理"

handler500 = "showcase.views.server_error"

urlpatterns = [
    path("", views.home, name="home"),
    path("stats/", stats.stats, name="stats"),
    path("cases/<int:pk>/card.png", views.case_card, name="case-card"),
    path("compare/", stats.compare, name="compare"),
    path("data/", exports.data_page, name="data"),
    path("data/<str:table>.<str:fmt>", exports.export, name="export"),
    path("", include("cases.urls")),
    path("", include((directory.urlpatterns, "institutions"))),
    path("admin/", admin.site.urls),
    path("sitemap.xml", sitemaps.index, {"sitemaps": sitemaps.SITEMAPS, "sitemap_url_name": "sitemap-section"}, name="sitemap"),
    path("sitemap-<section>.xml", sitemaps.section, {"sitemaps": sitemaps.SITEMAPS}, name="sitemap-section"),
    path("healthz", views.healthz, name="healthz"),
    path("robots.txt", TemplateView.as_view(template_name="robots.txt", content_type="text/plain; charset=utf-8"), name="robots"),
]

# Photos are served by Django in every environment (cases.views.media checks that the case is
# published); MEDIA_URL is "media/".
urlpatterns += [path(settings.MEDIA_URL.lstrip("/") + "<path:path>", case_views.media, name="media")]
