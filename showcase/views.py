from django.http import HttpResponse


def home(request):  # placeholder until the site pages land
    return HttpResponse("党建案例展播")
