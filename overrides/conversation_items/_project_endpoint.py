"""The project endpoint: from the argument or the environment, checked, and never sent credentials over plain http
to anything but this machine."""

from __future__ import annotations

import ipaddress
import os

import httpx

from ._defaults import ENDPOINT_ENV_VAR
from .errors import InsecureEndpointError

__all__ = ["environment_proxy", "is_loopback_host", "refuse_clear_text_proxy", "resolve_endpoint"]


def is_loopback_host(host: str) -> bool:
    """True for `localhost` (with or without the trailing dot), any 127.0.0.0/8 address, and `::1` in any spelling
    (IPv4-mapped loopback included)."""
    name = host.strip("[]").lower()
    name = name.removesuffix(".")  # `localhost.` is the same name, fully qualified
    if name == "localhost":
        return True
    try:
        address = ipaddress.ip_address(name.split("%", 1)[0])  # an IPv6 zone id (%eth0) is not part of the address
    except ValueError:
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped.is_loopback
    return address.is_loopback


def resolve_endpoint(endpoint: str | None, *, has_credentials: bool, allow_insecure_http: bool) -> str:
    """The project endpoint to use, without a trailing slash: the argument, else $AZURE_AI_PROJECT_ENDPOINT."""
    if endpoint is None:
        endpoint = os.environ.get(ENDPOINT_ENV_VAR)
        if not endpoint:
            raise ValueError(
                "no endpoint: pass endpoint='https://<resource>.services.ai.azure.com/api/projects/<project>' "
                f"or set {ENDPOINT_ENV_VAR}"
            )
    if not isinstance(endpoint, str):
        raise TypeError(f"endpoint must be a str, got {type(endpoint).__name__}")
    try:
        url = httpx.URL(endpoint.strip())
    except httpx.InvalidURL:
        raise ValueError("endpoint is not a valid URL") from None
    if url.userinfo:
        raise ValueError("endpoint must not contain credentials (user:password@); pass api_key= or credential=")
    if url.scheme not in ("https", "http") or not url.host:
        raise ValueError(
            "endpoint must be an http(s) URL with a host, like "
            f"https://<resource>.services.ai.azure.com/api/projects/<project>; got {endpoint!r}"
        )
    if url.query or url.fragment:
        raise ValueError("endpoint must not have a query string or fragment")
    if url.scheme == "http" and has_credentials and not allow_insecure_http and not is_loopback_host(url.host):
        raise InsecureEndpointError(
            "refusing to send credentials over plain http to a host that is not this machine; use https "
            "(or pass allow_insecure_http=True if you really mean it)"
        )
    return str(url).rstrip("/")


def environment_proxy(url: str) -> str | None:
    """The proxy httpx would send a request for `url` through, from the environment (`HTTP_PROXY`, `HTTPS_PROXY`,
    `ALL_PROXY`, either case), unless `NO_PROXY` names the host (or a domain it is in, or `*`); else None."""
    from urllib.request import getproxies_environment

    parsed = httpx.URL(url)
    proxies = getproxies_environment()
    proxy = proxies.get(parsed.scheme) or proxies.get("all")
    if not proxy:
        return None
    host = parsed.host.lower()
    for entry in (e.strip().lower() for e in proxies.get("no", "").split(",")):
        name = entry.rsplit(":", 1)[0] if entry.count(":") == 1 else entry  # "host:port" -> host
        name = name.lstrip(".").strip("[]")
        if entry == "*" or (name and (host == name or host.endswith("." + name))):
            return None
    try:  # shown in `client.proxy` and --verbose: never a proxy password
        return str(httpx.URL(proxy if "://" in proxy else f"http://{proxy}").copy_with(userinfo=b""))
    except httpx.InvalidURL:
        return "<a proxy URL httpx cannot parse>"


def refuse_clear_text_proxy(
    endpoint: str, proxy: str | None, *, has_credentials: bool, allow_insecure_http: bool
) -> None:
    """A credential for a plain-http endpoint (allowed on this machine) must not reach a proxy on another host: the
    proxy would read it in clear text (https endpoints are tunnelled through a proxy: it sees only ciphertext)."""
    if proxy is None or not has_credentials or allow_insecure_http or not endpoint.startswith("http://"):
        return
    try:
        proxy_host = httpx.URL(proxy if "://" in proxy else f"http://{proxy}").host
    except httpx.InvalidURL:
        proxy_host = ""
    if not is_loopback_host(proxy_host):
        raise InsecureEndpointError(
            f"refusing to send credentials over plain http through the proxy at {proxy_host or proxy!r} "
            "(from HTTP_PROXY/ALL_PROXY), which is not this machine: use https, add the endpoint's host to NO_PROXY, "
            "or pass allow_insecure_http=True if you really mean it"
        )
