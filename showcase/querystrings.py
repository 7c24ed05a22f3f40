"""Empty parameters never stay in a URL: /cases/?q=&province=x is answered by a redirect to /cases/?province=x."""

from django.http import HttpResponseRedirect, QueryDict


def redirect_without_empty(request):
    """A redirect to the same page without its empty parameters, or None when there are none."""
    if not any(value == "" for _, values in request.GET.lists() for value in values):
        return None
    kept = QueryDict(mutable=True)
    for key, values in request.GET.lists():
        if values := [value for value in values if value != ""]:
            kept.setlist(key, values)
    return HttpResponseRedirect(request.path + (f"?{kept.urlencode()}" if kept else ""))
