from django.urls import path

from . import views

app_name = "institutions"
urlpatterns = [
    path("institutions/", views.InstitutionListView.as_view(), name="list"),
    path("institutions/<slug:slug>/", views.InstitutionDetailView.as_view(), name="detail"),
    path("regions/", views.RegionListView.as_view(), name="regions"),
    path("regions/<slug:slug>/", views.RegionDetailView.as_view(), name="region"),
]
