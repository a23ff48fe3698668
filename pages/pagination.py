"""Numbered links between the pages of a list shown one page at a time (campaigns, lessons, search).

pages/includes/pagination.html shows them: a nav with its own label, the current
page marked aria-current="page", previous and next. However long the list, at most
the first and last page and two on each side of the current one are linked; a gap
stands for the rest, so the links cost the same with 200 items as with 2,000.
"""

from django.core.paginator import Paginator


def pagination_links(page, url):
    """``page_links``, ``previous_page_url`` and ``next_page_url`` for ``page`` (a Django Page);
    ``url(number)`` is the address of page ``number``. Empty when everything fits on one page."""
    if not page.has_other_pages():
        return {"page_links": [], "previous_page_url": "", "next_page_url": ""}
    links = [
        {"gap": True}
        if number == Paginator.ELLIPSIS
        else {"number": number, "url": url(number), "is_current": number == page.number}
        for number in page.paginator.get_elided_page_range(page.number, on_each_side=2, on_ends=1)
    ]
    return {
        "page_links": links,
        "previous_page_url": url(page.previous_page_number()) if page.has_previous() else "",
        "next_page_url": url(page.next_page_number()) if page.has_next() else "",
    }
