"""docs/deploy.md's TLS set-up works in the order written, with Debian's nginx and the files in deploy/nginx/.

Step 1, the port-80 file alone, passes `nginx -t` before any certificate exists (certbot needs
nginx running to answer its challenge); the TLS file does not until the certificate is there;
after certbot (here: openssl's self-signed stand-in at the same path) both pass. The renewal
hook reloads nginx only when its configuration is sound. Paths outside a temporary folder are
rewritten into it; nothing is bound, nothing of the machine's nginx is touched."""

import shutil
import subprocess

import pytest

from bench.nginx import NGINX, ROOT, nginx_found

from .conftest import varnish_required

DEPLOY = ROOT / "deploy" / "nginx"


@pytest.fixture
def etc(tmp_path):
    if not nginx_found() or not shutil.which("openssl"):
        message = "nginx and openssl are needed (apt-get install nginx-light openssl)"
        if varnish_required():
            pytest.fail(message)
        pytest.skip(message)
    conf = tmp_path / "conf"
    (conf / "sites-enabled").mkdir(parents=True)
    (conf / "snippets").mkdir()
    (tmp_path / "logs").mkdir()
    (conf / "nginx.conf").write_text(
        f"pid {tmp_path}/nginx.pid;\nerror_log {tmp_path}/logs/error.log;\nevents {{}}\n"
        "http { include sites-enabled/*.conf; }\n"
    )
    shutil.copy(DEPLOY / "proxy-headers.conf", conf / "snippets" / "vib-proxy-headers.conf")
    shutil.copy(DEPLOY / "beacons.conf", conf / "snippets" / "vib-beacons.conf")
    return tmp_path


def install(etc, name):
    text = (DEPLOY / name).read_text()
    text = text.replace("/etc/letsencrypt/", f"{etc}/letsencrypt/").replace("/var/log/nginx/", f"{etc}/logs/")
    (etc / "conf" / "sites-enabled" / name).write_text(text)


def nginx_t(etc):
    result = subprocess.run(
        [NGINX, "-t", "-p", str(etc), "-c", str(etc / "conf" / "nginx.conf"), "-e", str(etc / "logs" / "error.log")],
        capture_output=True,
        text=True,
    )
    return result.returncode, result.stderr


def test_the_port_80_file_passes_before_the_certificate_and_the_tls_file_after(etc):
    install(etc, "veilig-in-beeld.conf")
    status, output = nginx_t(etc)
    assert status == 0, output

    install(etc, "veilig-in-beeld-tls.conf")  # too early: certbot has not run yet
    status, output = nginx_t(etc)
    assert status != 0 and "fullchain.pem" in output

    live = etc / "letsencrypt" / "live" / "veiliginbeeld.nl"
    live.mkdir(parents=True)
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=veiliginbeeld.nl"]
        + ["-keyout", str(live / "privkey.pem"), "-out", str(live / "fullchain.pem")],
        check=True,
        capture_output=True,
    )
    status, output = nginx_t(etc)
    assert status == 0, output


def test_the_renewal_hook_reloads_nginx_only_after_a_sound_test():
    hook = DEPLOY / "reload-nginx"
    assert hook.stat().st_mode & 0o111, "certbot runs only executable hooks"
    assert subprocess.run(["sh", "-n", str(hook)]).returncode == 0
    lines = [line for line in hook.read_text().splitlines() if line and not line.startswith("#")]
    assert lines == ["set -e", "nginx -t -q", "systemctl reload nginx"]


def test_the_varnish_step_sends_the_site_and_the_ab_beacons_through_varnish_and_the_reach_beacon_past_it():
    """Without Varnish nginx sends pages to gunicorn (8000) and beacons to the beacon pool (8001); the
    docs' Varnish step moves the site's and the A/B beacons' upstreams to Varnish (which gives the A/B
    beacons their bucket and sends /api/ on to the pool), and leaves the reach beacon's on the pool."""
    import re

    tls = (DEPLOY / "veilig-in-beeld-tls.conf").read_text()
    upstream = re.compile(r"upstream (\w+) \{ server ([^;]+); keepalive \d+; \}")
    assert upstream.findall(tls) == [
        ("vib_app", "127.0.0.1:8000"),
        ("vib_beacons", "127.0.0.1:8001"),
        ("vib_reach", "127.0.0.1:8001"),
    ]
    assert "include snippets/vib-beacons.conf;" in tls
    beacons = (DEPLOY / "beacons.conf").read_text()
    assert re.search(r"location /api/ \{\s*proxy_pass http://vib_beacons;", beacons)
    assert re.search(r"location = /api/reach \{\s*proxy_pass http://vib_reach;", beacons)

    docs = (ROOT / "docs" / "deploy.md").read_text()
    expression = re.search(r"sed -i '([^']+)' /etc/nginx/sites-enabled/veilig-in-beeld-tls.conf", docs).group(1)
    edited = subprocess.run(["sed", expression], input=tls, capture_output=True, text=True, check=True).stdout
    assert upstream.findall(edited) == [
        ("vib_app", "127.0.0.1:6081"),
        ("vib_beacons", "127.0.0.1:6081"),
        ("vib_reach", "127.0.0.1:8001"),
    ]
