# Veilig in Beeld behind Varnish 7.1 (Debian 12: apt-get install varnish). docs/deploy.md, "Varnish".
#
# What it does, in the order a request meets it:
#   * PURGE/BAN from the site (acl purgers): every cached copy of that host + path goes, all
#     query strings, all A/B buckets (Wagtail's frontend-cache HTTP backend, one request per address).
#   * the A/B bucket: 0-255 from the signed vib_visitor cookie's id (the same hash as
#     messaging/assignment.py edge_bucket_of_id), else from the edge's own vib_bucket cookie, else
#     drawn at random (and then given to the visitor as vib_bucket); "none" for DNT, GPC and bots.
#     Sent to the site as X-VIB-Bucket with the shared secret in X-VIB-Edge; whatever a visitor
#     sends in those headers is dropped first.
#   * /api/ (the beacons) goes to the backend vib_beacons: the beacon pool when there is one.
#   * passed, never cached: every method but GET/HEAD, the admin, /account/, /api/, /documents/,
#     /healthz, and anyone with a session or CSRF cookie (editors, forms).
#   * everything else: cookies stripped once the bucket is read, so one copy serves everyone; only
#     pages that declare a running experiment (X-VIB-Experiments) vary on X-VIB-Bucket.
#   * a response that sets a cookie, varies on Cookie or is private is never cached.
#   * grace: while the site is down (probe on /healthz, or a fetch that failed) the last copy is
#     served, up to 6 hours past its lifetime.
#
# The site-specific part (backend address, shared secret, admin path, who may purge, lifetime)
# is in vib-local.vcl, written by `manage.py edge_vcl` from the site's own settings, so the secret
# never sits in the repository. It is looked up in vcl_path (Debian: /etc/varnish).

vcl 4.1;

import cookie;
import directors;
import std;

include "vib-local.vcl";

sub vcl_init {
    # Only its key() is used: SHA-256 of a string, the last 4 bytes as a little-endian number.
    new vib_hash = directors.shard();
}

sub vcl_recv {
    if (req.restarts == 0) {
        # Nobody but this VCL speaks for the edge.
        unset req.http.X-VIB-Edge;
        unset req.http.X-VIB-Bucket;
        unset req.http.X-VIB-Bucket-Source;
        unset req.http.X-VIB-New-Bucket;
        unset req.http.X-VIB-Want-Stale;
        # One name per site, whatever the port: nginx sends $host (no port), Wagtail's PURGE
        # sends the Site's host with its port when that is not 80/443 (e.g. name:8443). A ban
        # for "name:8443" would match no copy, and the old page would stay a HIT.
        set req.http.Host = std.tolower(regsub(req.http.Host, "^(\[[^\]]*\]|[^:]*):[0-9]*$", "\1"));
    }
    set req.backend_hint = vib_site;
    if (req.url ~ "^/api/") {
        # The beacons: their own worker pool (vib-local.vcl), so a flood of them never delays a page.
        set req.backend_hint = vib_beacons;
    }

    if (req.method == "PURGE" || req.method == "BAN") {
        if (client.ip !~ vib_purgers) {
            return (synth(403, "Forbidden"));
        }
        # A ban on the host and the path without the query: every query string (overview pages)
        # and every bucket. Compared as strings, no regex: nothing in a path needs escaping.
        if (std.ban("obj.http.X-VIB-Host == " + req.http.Host + " && obj.http.X-VIB-Path == "
                    + regsub(req.url, "\?.*$", ""))) {
            return (synth(200, "Purged"));
        }
        return (synth(400, std.ban_error()));
    }

    if (req.restarts == 0) {
        call vib_assign_bucket;
        call vib_local_recv;   # sets X-VIB-Edge, the shared secret
    }
    if (req.http.X-VIB-Want-Stale) {
        # Second round after a failed fetch: any copy still in grace will do.
        set req.grace = 24h;
    } elsif (std.healthy(vib_health)) {
        # The site is up: a copy past its lifetime is served for at most 10 s while it is fetched anew.
        set req.grace = 10s;
    }

    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    if (req.url ~ "^/(api|account|documents)/" || req.url ~ "^/healthz" || req.http.X-VIB-Private-Path) {
        return (pass);
    }
    if (req.http.Authorization) {
        return (pass);
    }
    cookie.parse(req.http.Cookie);
    if (cookie.isset("sessionid") || cookie.isset("csrftoken")) {
        return (pass);   # signed in, previewing, past a page password, or a form in progress
    }
    # Read above (the bucket); the site needs no other cookie to render a public page.
    unset req.http.Cookie;
    return (hash);
}

sub vib_assign_bucket {
    if (req.http.DNT == "1" || req.http.Sec-GPC == "1" || req.http.User-Agent !~ "\S"
        || req.http.User-Agent ~ "(?i)bot\b|bot/|crawl|spider|slurp|preview|facebookexternalhit|embedly|whatsapp|lighthouse|pingdom|uptime|monitor|curl/|wget/|python-|httpx|go-http-client|java/|libwww|okhttp|headless-?shell") {
        # Not counted: the control, the same copy for all of them (messaging/assignment.py BOT_PATTERN).
        set req.http.X-VIB-Bucket = "none";
        set req.http.X-VIB-Bucket-Source = "none";
        return;
    }
    cookie.parse(req.http.Cookie);
    if (cookie.get("vib_visitor") ~ "^[0-9a-f]{32}:[A-Za-z0-9_-]{43}$") {
        # The signature is the site's to check (it counts nothing on a forged one); the bucket
        # only picks which copy of the page is shown.
        set req.http.X-VIB-Bucket = vib_hash.key(regsub(cookie.get("vib_visitor"), ":.*$", "")) % 256;
        set req.http.X-VIB-Bucket-Source = "visitor";
    } elsif (cookie.get("vib_bucket") ~ "^(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$") {
        set req.http.X-VIB-Bucket = cookie.get("vib_bucket");
        set req.http.X-VIB-Bucket-Source = "cookie";
    } else {
        set req.http.X-VIB-Bucket = std.integer(real=std.random(0, 256), fallback=0) % 256;
        set req.http.X-VIB-Bucket-Source = "new";
        set req.http.X-VIB-New-Bucket = req.http.X-VIB-Bucket;
    }
}

sub vcl_hash {
    # http and https copies apart. A request that reached Varnish without nginx's
    # X-Forwarded-Proto: https gets Django's redirect to HTTPS; cached under the same key it would
    # send every HTTPS visitor of that address round in a redirect loop. (The builtin vcl_hash adds
    # the URL and Host after this.)
    hash_data(req.http.X-Forwarded-Proto);
}

sub vcl_miss {
    if (req.http.X-VIB-Want-Stale) {
        return (synth(503, "Back soon"));   # nothing in grace: no second try at a site that just failed
    }
}

sub vcl_backend_fetch {
    unset bereq.http.X-VIB-New-Bucket;
    unset bereq.http.X-VIB-Want-Stale;
    unset bereq.http.X-VIB-Private-Path;
    unset bereq.http.X-VIB-Cookie-Flags;
}

sub vcl_backend_response {
    # What a purge matches on (stripped again before delivery).
    set beresp.http.X-VIB-Host = bereq.http.Host;
    set beresp.http.X-VIB-Path = regsub(bereq.url, "\?.*$", "");

    if (beresp.status >= 500 && bereq.is_bgfetch) {
        return (abandon);   # keep the copy in grace rather than replace it with an error
    }
    if (bereq.uncacheable) {
        return (deliver);   # passed in vcl_recv
    }
    if (beresp.http.Set-Cookie
        || beresp.http.Vary ~ "(?i)(^|,)\s*(cookie|\*)\s*(,|$)"
        || beresp.http.Cache-Control ~ "(?i)private|no-store|no-cache"
        || !(beresp.status == 200 || beresp.status == 301 || beresp.status == 404 || beresp.status == 410)) {
        # Not for everyone: fetched for each request (remembered as such for 2 minutes).
        set beresp.ttl = 120s;
        set beresp.uncacheable = true;
        return (deliver);
    }
    if (beresp.http.X-VIB-Experiments) {
        if (beresp.http.Vary !~ "(?i)x-vib-bucket") {
            if (beresp.http.Vary) {
                set beresp.http.Vary = beresp.http.Vary + ", X-VIB-Bucket";
            } else {
                set beresp.http.Vary = "X-VIB-Bucket";
            }
        }
    } elsif (beresp.http.Vary ~ "(?i)x-vib-bucket") {
        # No running experiment on it: one copy for every bucket.
        set beresp.http.Vary = regsub(regsub(beresp.http.Vary, "(?i)\s*,?\s*x-vib-bucket\s*", ""), "^\s*,\s*", "");
        if (beresp.http.Vary !~ "\S") {
            unset beresp.http.Vary;
        }
    }
    if (!beresp.http.Cache-Control && !beresp.http.Expires) {
        call vib_local_ttl;   # the site's HTML lifetime (PAGE_CACHE_SECONDS): purges cover publishing
    }
    set beresp.grace = 6h;
    return (deliver);
}

sub vcl_backend_error {
    # The site did not answer at all: the client side tries once more for a copy in grace.
    set beresp.http.X-VIB-Fetch-Failed = "1";
}

sub vcl_deliver {
    if (resp.http.X-VIB-Fetch-Failed && req.restarts == 0 && (req.method == "GET" || req.method == "HEAD")) {
        set req.http.X-VIB-Want-Stale = "1";
        return (restart);
    }
    unset resp.http.X-VIB-Fetch-Failed;
    unset resp.http.X-VIB-Host;
    unset resp.http.X-VIB-Path;
    if (obj.uncacheable) {
        set resp.http.X-Cache = "PASS";
    } elsif (obj.hits > 0) {
        if (obj.ttl <= 0s) {
            set resp.http.X-Cache = "STALE";   # past its lifetime, served in grace
        } else {
            set resp.http.X-Cache = "HIT";
        }
    } else {
        set resp.http.X-Cache = "MISS";
    }
    if (req.http.X-VIB-New-Bucket && resp.http.X-VIB-Experiments) {
        # A new visitor on a page with a running experiment keeps this bucket (and so the arm) on
        # the next page; the exposure beacon turns it into a signed vib_visitor id in the same bucket.
        set resp.http.Set-Cookie = "vib_bucket=" + req.http.X-VIB-New-Bucket
            + "; Max-Age=15552000; Path=/; HttpOnly; SameSite=Lax" + req.http.X-VIB-Cookie-Flags;
    }
}

sub vcl_synth {
    if ((req.method == "PURGE" || req.method == "BAN") && resp.status == 200) {
        # What was banned, for the site's purge log (core/frontend_cache.py checks it is there).
        set resp.http.X-VIB-Purged = req.http.Host + regsub(req.url, "\?.*$", "");
    }
    if (resp.status == 503) {
        set resp.http.Retry-After = "30";
        set resp.http.Cache-Control = "no-store";
        set resp.http.Content-Type = "text/html; charset=utf-8";
        set resp.http.X-Cache = "PASS";
        synthetic({"<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Zo weer terug - Back soon</title></head>
<body><main><h1>Zo weer terug</h1><p>Deze pagina is even niet bereikbaar. Probeer het over een halve minuut opnieuw.</p>
<p>Is er direct gevaar? Bel 112.</p>
<h1 lang="en">Back soon</h1><p lang="en">This page cannot be reached right now. Please try again in half a minute.</p>
<p lang="en">In immediate danger? Call 112.</p></main></body></html>
"});
        return (deliver);
    }
}
