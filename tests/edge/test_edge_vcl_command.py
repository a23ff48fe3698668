"""`manage.py edge_vcl` writes the site's part of the VCL from its settings, or says plainly what is wrong."""

import pytest
from django.core.management import CommandError, call_command

SECRET = "a-test-secret-of-enough-length-1234"


def vcl(**options):
    from io import StringIO

    out = StringIO()
    call_command("edge_vcl", stdout=out, **options)
    return out.getvalue()


def test_the_secret_admin_path_and_probe_host_come_from_the_settings(settings):
    settings.EDGE_SHARED_SECRET = SECRET
    settings.WAGTAIL_ADMIN_PATH = "beheer/"
    written = vcl(probe_host="veiliginbeeld.nl", backend_port=8001, purgers=["10.0.0.0/8"])
    assert SECRET in written
    assert '"beheer"' in written or "/beheer" in written
    assert '.port = "8001";' in written
    assert "Host: veiliginbeeld.nl" in written
    assert '"10.0.0.0"/8;' in written


@pytest.mark.parametrize(
    ("secret", "options", "message"),
    [
        ("", {"probe_host": "example.org"}, "EDGE_SHARED_SECRET must be set"),
        ("short", {"probe_host": "example.org"}, "EDGE_SHARED_SECRET must be set"),
        (SECRET, {"probe_host": 'bad"host'}, "is not a plain host name"),
        (SECRET, {"probe_host": "example.org", "purgers": ["everyone"]}, "is not an address or network"),
        (SECRET, {"probe_host": "example.org", "backend_port": 70000}, "is not a port"),
    ],
)
def test_bad_values_are_a_readable_error_not_a_traceback(settings, secret, options, message):
    settings.EDGE_SHARED_SECRET = secret
    with pytest.raises(CommandError, match=message):
        vcl(**options)


def test_the_backend_is_where_gunicorn_listens(settings, monkeypatch):
    settings.EDGE_SHARED_SECRET = SECRET
    monkeypatch.setenv("GUNICORN_BIND", "127.0.0.1:8123")
    written = vcl(probe_host="veiliginbeeld.nl")
    assert '.host = "127.0.0.1";' in written and '.port = "8123";' in written
    monkeypatch.setenv("GUNICORN_BIND", "[::1]:9001")
    assert '.host = "::1";' in vcl(probe_host="veiliginbeeld.nl")
    # An explicit option still wins.
    assert '.port = "8001";' in vcl(probe_host="veiliginbeeld.nl", backend_port=8001)


def test_without_gunicorn_bind_the_backend_is_gunicorns_default(settings, monkeypatch):
    settings.EDGE_SHARED_SECRET = SECRET
    for name in ("GUNICORN_BIND", "HOST", "PORT"):
        monkeypatch.delenv(name, raising=False)
    assert '.port = "8000";' in vcl(probe_host="veiliginbeeld.nl")


def test_a_unix_socket_bind_asks_for_the_backend_address(settings, monkeypatch):
    settings.EDGE_SHARED_SECRET = SECRET
    monkeypatch.setenv("GUNICORN_BIND", "unix:/run/vib.sock")
    with pytest.raises(CommandError, match="not a TCP address"):
        vcl(probe_host="veiliginbeeld.nl")


def test_output_is_written_whole_or_not_at_all(settings, tmp_path):
    target = tmp_path / "vib-local.vcl"
    target.write_text("# the working configuration\n")
    settings.EDGE_SHARED_SECRET = ""  # the secret not set yet: an error, and the old file stays
    with pytest.raises(CommandError, match="EDGE_SHARED_SECRET must be set"):
        vcl(probe_host="veiliginbeeld.nl", output=str(target))
    assert target.read_text() == "# the working configuration\n"
    assert [p.name for p in tmp_path.iterdir()] == ["vib-local.vcl"], "no temporary file left behind"

    settings.EDGE_SHARED_SECRET = SECRET
    vcl(probe_host="veiliginbeeld.nl", output=str(target))
    assert SECRET in target.read_text() and target.read_text().rstrip().endswith("}")
    assert target.stat().st_mode & 0o777 == 0o600, "it holds the secret"
    assert [p.name for p in tmp_path.iterdir()] == ["vib-local.vcl"]


def test_output_into_a_missing_folder_is_a_readable_error(settings, tmp_path):
    settings.EDGE_SHARED_SECRET = SECRET
    with pytest.raises(CommandError, match="cannot write in"):
        vcl(probe_host="veiliginbeeld.nl", output=str(tmp_path / "nowhere" / "vib-local.vcl"))


def beacon_backend(written):
    import re

    block = re.search(r"backend vib_beacons \{(.*?)\}", written, re.S).group(1)
    return re.search(r'\.host = "([^"]+)"', block).group(1), int(re.search(r'\.port = "(\d+)"', block).group(1))


def test_the_beacons_go_to_their_own_pool_when_it_has_an_address(settings, monkeypatch):
    settings.EDGE_SHARED_SECRET = SECRET
    monkeypatch.setenv("GUNICORN_BIND", "127.0.0.1:8000")
    monkeypatch.delenv("BEACON_BIND", raising=False)
    # No pool of its own: the beacons go to the site, as before there was one.
    assert beacon_backend(vcl(probe_host="veiliginbeeld.nl")) == ("127.0.0.1", 8000)
    monkeypatch.setenv("BEACON_BIND", "127.0.0.1:8001")
    written = vcl(probe_host="veiliginbeeld.nl")
    assert beacon_backend(written) == ("127.0.0.1", 8001)
    assert '.port = "8000";' in written  # the pages still go to the site
    # An explicit option wins.
    assert beacon_backend(vcl(probe_host="veiliginbeeld.nl", beacon_port=8123)) == ("127.0.0.1", 8123)


@pytest.mark.parametrize(
    ("bind", "options", "message"),
    [
        ("unix:/run/vib/beacons.sock", {}, "BEACON_BIND=unix:/run/vib/beacons.sock is not a TCP address"),
        ("8001", {}, "BEACON_BIND=8001 is not host:port"),
        ("127.0.0.1:8001", {"beacon_port": 0}, "--beacon-port 0 is not a port"),
    ],
)
def test_a_bad_beacon_address_is_a_readable_error(settings, monkeypatch, bind, options, message):
    settings.EDGE_SHARED_SECRET = SECRET
    monkeypatch.setenv("BEACON_BIND", bind)
    with pytest.raises(CommandError, match=message):
        vcl(probe_host="veiliginbeeld.nl", **options)
