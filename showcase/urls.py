from django.conf import settings
from django.contrib import admin
from django.urls import include, path

from . import views

admin.site.site_header = "党建案例展播 · 编辑部"
admin.site.site_title = "党建案例展播"
admin.site.index_title = "内容管理"

urlpatterns = [
    path("", views.home, name="home"),
    path("", include("cases.urls")),
    path("institutions/", include("institutions.urls")),
    path("admin/", admin.site.urls),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
