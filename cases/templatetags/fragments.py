"""{% fragment name key ... %}…{% endfragment %}: a piece of a page rendered once per archive generation.

Like Django's {% cache %}, but keyed by the archive's generation (cases/caching.py), so a change
readers could see renders it afresh at once, in every worker. The view hands the template lazy
values (querysets, SimpleLazyObject): when the fragment is cached, what only it needs is never read.
In an editor's preview (context["preview"]) fragments are rendered and never kept.
"""

from django import template
from django.utils.safestring import mark_safe

from cases import caching

register = template.Library()


class FragmentNode(template.Node):
    def __init__(self, nodelist, name, keys):
        self.nodelist, self.name, self.keys = nodelist, name, keys

    def render(self, context):
        if context.get("preview"):  # an editor's preview shows what readers may not see: never kept
            return self.nodelist.render(context)
        keys = tuple(key.resolve(context) for key in self.keys)
        key = caching.key(f"fragment-{self.name}", keys)
        return mark_safe(caching.cached_at(key, lambda: str(self.nodelist.render(context))))


@register.tag
def fragment(parser, token):
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("{% fragment %} needs a name, then what the fragment depends on")
    nodelist = parser.parse(("endfragment",))
    parser.delete_first_token()
    name = bits[1].strip("\"'")
    return FragmentNode(nodelist, name, [parser.compile_filter(bit) for bit in bits[2:]])
