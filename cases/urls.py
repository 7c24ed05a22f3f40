from django.urls import path

from . import views

app_name = "cases"
urlpatterns = [
    path("cases/", views.CaseListView.as_view(), name="list"),
    path("cases/<int:pk>/", views.CaseDetailView.as_view(), name="detail"),
    path("showcases/<slug:slug>/", views.ShowcaseDetailView.as_view(), name="showcase"),
]
