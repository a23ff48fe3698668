"""Small helpers for reading pages the way a browser would."""

from bs4 import BeautifulSoup


def soup(response):
    assert response.status_code == 200, f"{response.status_code} for {response.request['PATH_INFO']}"
    return BeautifulSoup(response.content, "html.parser")


def switcher_links(document):
    """{language code: href} of the language switcher's links to other languages."""
    nav = document.select_one("nav.language-switcher")
    return {a["hreflang"]: a["href"] for a in nav.select("a[hreflang]")}


def alternate_links(document):
    return {link["hreflang"]: link["href"] for link in document.select('link[rel="alternate"][hreflang]')}
