"""Pagination shared by every listing page."""

from django.utils.functional import SimpleLazyObject


class ForgivingPaginationMixin:
    """An out-of-range or malformed ?page= shows the nearest page instead of a 404."""

    def paginate_queryset(self, queryset, page_size):
        paginator = self.get_paginator(queryset, page_size, allow_empty_first_page=True)
        page = paginator.get_page(self.request.GET.get(self.page_kwarg))
        return paginator, page, page.object_list, page.has_other_pages()


class LazyPageMixin(ForgivingPaginationMixin):
    """A ListView whose page of results is handed to the template lazily: counted and read only
    when a fragment that shows it is rendered ({% fragment %}, cases/templatetags/fragments.py), so
    a page whose fragments are cached reads none of it. get_queryset() may still look up the
    page's own object (a 404 comes before anything is rendered)."""

    def get(self, request, *args, **kwargs):
        queryset = self.get_queryset()
        self.object_list = SimpleLazyObject(lambda: queryset)
        return self.render_to_response(self.get_context_data())

    def get_template_names(self):
        return [self.template_name]  # ListView's would look at the (lazy) results to name more

    def fragment_key(self):
        """What a fragment of the page depends on besides the generation: the URL's arguments and parameters."""
        return (tuple(sorted(self.kwargs.items())), tuple(sorted((k, tuple(v)) for k, v in self.request.GET.lists())))

    def get_context_data(self, **kwargs):
        paginated = SimpleLazyObject(lambda: self.paginate_queryset(self.object_list, self.paginate_by))
        results = SimpleLazyObject(lambda: paginated[2])
        return {
            "view": self,
            "fragment_key": self.fragment_key(),
            "paginator": SimpleLazyObject(lambda: paginated[0]),
            "page_obj": SimpleLazyObject(lambda: paginated[1]),
            "object_list": results,
            self.context_object_name: results,
            "is_paginated": SimpleLazyObject(lambda: paginated[3]),
            **kwargs,
        }
