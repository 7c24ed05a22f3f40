from django.urls import path

from . import feeds, views

app_name = "cases"
urlpatterns = [
    path("cases/", views.CaseListView.as_view(), name="list"),
    path("cases/<int:pk>/", views.CaseDetailView.as_view(), name="detail"),
    path("cases/<int:pk>/preview/", views.CasePreviewView.as_view(), name="preview"),
    path("cases/feed/", feeds.LatestCasesFeed(), name="feed"),
    path("cases/feed/atom/", feeds.LatestCasesAtomFeed(), name="atom"),
    path("showcases/<slug:slug>/", views.ShowcaseDetailView.as_view(), name="showcase"),
    path("themes/", views.ThemeListView.as_view(), name="themes"),
    path("themes/<slug:slug>/", views.ThemeDetailView.as_view(), name="theme"),
    path("archive/", views.ArchiveView.as_view(), name="archive"),
    path("archive/<slug:publication>/", views.ArchiveView.as_view(), name="archive-publication"),
    path("archive/<slug:publication>/<int:year>/<int:month>/", views.ArchiveView.as_view(), name="archive-month"),
]
