"""A URLconf with a view that fails, to see the 500 page as a visitor would."""

from django.conf.urls.i18n import i18n_patterns
from django.urls import path


def broken_view(request):
    raise RuntimeError("a deliberate failure for the 500 page test")


urlpatterns = i18n_patterns(path("boom/", broken_view))
handler500 = "core.views.server_error"
