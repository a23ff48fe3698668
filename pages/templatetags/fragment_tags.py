"""{% fragment "name" vary… [ignores_query] %}…{% endfragment %}: a part rendered once per content version.

The enclosed template is rendered once per content version, language, address
(scheme and host) and the values after the name, then read from the cache
(core/fragment_cache.py says what is never kept: A/B arms, signed-in users
and previews, query-dependent parts). Like Django's {% cache %}, but keyed by the
content version instead of a timeout, so a publish shows at once.
"""

from django import template
from django.utils.safestring import mark_safe

from core import fragment_cache

register = template.Library()


class FragmentNode(template.Node):
    def __init__(self, nodelist, name, vary, ignores_query):
        self.nodelist = nodelist
        self.name = name
        self.vary = vary
        self.ignores_query = ignores_query

    def render(self, context):
        request = context.get("request")
        vary = [value.resolve(context) for value in self.vary]
        rendered = fragment_cache.cached(
            request,
            self.name.resolve(context),
            vary,
            lambda: str(self.nodelist.render(context)),
            ignores_query=self.ignores_query,
        )
        return mark_safe(rendered)  # the enclosed template's own output, escaped as it rendered


@register.tag
def fragment(parser, token):
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("{% fragment %} needs a name")
    ignores_query = bits[-1] == "ignores_query"
    if ignores_query:
        bits = bits[:-1]
    nodelist = parser.parse(("endfragment",))
    parser.delete_first_token()
    return FragmentNode(
        nodelist,
        parser.compile_filter(bits[1]),
        [parser.compile_filter(bit) for bit in bits[2:]],
        ignores_query,
    )


@register.simple_tag(takes_context=True)
def fragment_each(context, name, items, template_name, item_name):
    """{% fragment_each "lesson-card" lessons "pages/includes/lesson_card.html" "lesson" %}: the template
    rendered for each item (named ``item_name`` in it), each kept once per content version, language,
    address and item (core/fragment_cache.cached_each), whatever filters or page number show it."""
    template = context.template.engine.get_template(template_name)

    def render(item):
        with context.push({item_name: item}):
            return str(template.render(context))

    # Each item's template output, escaped as it rendered.
    return mark_safe("".join(fragment_cache.cached_each(context.get("request"), name, list(items), render)))
