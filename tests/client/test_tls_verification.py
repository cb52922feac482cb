"""A server whose certificate is not trusted: one attempt (never retried), a `CertificateVerificationError` that names
certificate verification and how to trust the CA, sync and async. A real HTTPS server on loopback, a real
self-signed certificate."""

from __future__ import annotations

import datetime
import socket
import ssl
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from conversation_items import (
    APIConnectionError,
    AsyncConversationItemsClient,
    CertificateVerificationError,
    ConversationItemsClient,
)

x509 = pytest.importorskip("cryptography.x509")
from cryptography.hazmat.primitives import hashes, serialization  # noqa: E402
from cryptography.hazmat.primitives.asymmetric import ec  # noqa: E402
from cryptography.x509.oid import NameOID  # noqa: E402


def _self_signed(folder: Path) -> tuple[Path, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = datetime.datetime.now(datetime.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(hours=1))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost")]), critical=False)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return cert_path, key_path


class _UntrustedServer:
    """Accepts TLS connections with a self-signed certificate and counts them (the handshake then fails)."""

    def __init__(self, cert: Path, key: Path) -> None:
        self.context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        self.context.load_cert_chain(cert, key)
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.listener.settimeout(0.2)
        self.port = self.listener.getsockname()[1]
        self.connections = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.listener.accept()
            except TimeoutError:
                continue
            self.connections += 1
            conn.settimeout(2.0)
            try:
                with self.context.wrap_socket(conn, server_side=True):
                    pass
            except (ssl.SSLError, OSError):
                pass  # the client refused the certificate
            finally:
                conn.close()

    def close(self) -> None:
        self._stop.set()
        self._thread.join()
        self.listener.close()


@pytest.fixture
def untrusted(tmp_path: Path) -> Iterator[_UntrustedServer]:
    server = _UntrustedServer(*_self_signed(tmp_path))
    yield server
    server.close()


def _check(error: APIConnectionError, server: _UntrustedServer) -> None:
    assert isinstance(error, CertificateVerificationError)
    assert "certificate verification failed" in str(error)
    assert "SSL_CERT_FILE" in str(error) and "verify=" in str(error)
    assert server.connections == 1, "a certificate that failed verification is not retried"


def test_an_untrusted_certificate_fails_once_without_retries(untrusted: _UntrustedServer) -> None:
    endpoint = f"https://localhost:{untrusted.port}/api/projects/p"
    with ConversationItemsClient(endpoint, api_key="k", max_retries=3) as client:
        with pytest.raises(CertificateVerificationError) as raised:
            client.get_item("conv_1", "item_1")
    _check(raised.value, untrusted)


async def test_an_untrusted_certificate_fails_once_without_retries_async(untrusted: _UntrustedServer) -> None:
    endpoint = f"https://localhost:{untrusted.port}/api/projects/p"
    async with AsyncConversationItemsClient(endpoint, api_key="k", max_retries=3) as client:
        with pytest.raises(CertificateVerificationError) as raised:
            await client.get_item("conv_1", "item_1")
    _check(raised.value, untrusted)


def test_the_cli_names_certificate_verification_and_its_remedy(untrusted: _UntrustedServer) -> None:
    import os
    import subprocess
    import sys
    from pathlib import Path

    cli = Path(sys.executable).parent / "conversation-items"
    endpoint = f"https://localhost:{untrusted.port}/api/projects/p"
    env = {k: v for k, v in os.environ.items() if not k.upper().endswith("_PROXY")}
    out = subprocess.run(
        [str(cli), "get", "conv_1", "item_1", "--endpoint", endpoint], capture_output=True, text=True, env=env
    )
    assert out.returncode == 3  # connection error (the documented exit code)
    assert "certificate verification failed" in out.stderr
    assert "SSL_CERT_FILE" in out.stderr
    assert "is the endpoint right and reachable" not in out.stderr
    assert untrusted.connections == 1
