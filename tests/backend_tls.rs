//! Backend TLS with a society's own CA (`backend.ca_file`): a CA and a server
//! certificate for 127.0.0.1/localhost are made with rcgen, the reference backend is
//! served over TLS on loopback (a tokio-rustls front), and the app's client — built from
//! a config file the way `main` builds it — gets a health reply only when it trusts the
//! CA. Without it, the failure is a certificate error, not "offline".
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::net::SocketAddr;
use std::path::Path;
use std::sync::Arc;

use kenpos_client::ClientError;
use kenpos_contract::Secret;
use kenpos_kiosk::backend::Backend;
use kenpos_kiosk::config::{self, BackendUrl, Config};
use rcgen::{BasicConstraints, CertificateParams, IsCa, Issuer, KeyPair, KeyUsagePurpose};
use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};

/// A CA (PEM) and a server certificate and key it signed for 127.0.0.1 and localhost.
fn make_ca_and_server_cert() -> (String, CertificateDer<'static>, PrivateKeyDer<'static>) {
    let mut ca_params = CertificateParams::new(Vec::<String>::new()).unwrap();
    ca_params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    ca_params
        .distinguished_name
        .push(rcgen::DnType::CommonName, "kenpos-kiosk test society CA");
    ca_params.key_usages = vec![
        KeyUsagePurpose::KeyCertSign,
        KeyUsagePurpose::CrlSign,
        KeyUsagePurpose::DigitalSignature,
    ];
    let ca_key = KeyPair::generate().unwrap();
    let ca_cert = ca_params.self_signed(&ca_key).unwrap();
    let issuer = Issuer::new(ca_params, ca_key);

    let mut params =
        CertificateParams::new(vec!["127.0.0.1".to_owned(), "localhost".to_owned()]).unwrap();
    params
        .distinguished_name
        .push(rcgen::DnType::CommonName, "localhost");
    params.use_authority_key_identifier_extension = true;
    params
        .extended_key_usages
        .push(rcgen::ExtendedKeyUsagePurpose::ServerAuth);
    let key = KeyPair::generate().unwrap();
    let cert = params.signed_by(&key, &issuer).unwrap();
    (
        ca_cert.pem(),
        cert.der().clone(),
        PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(key.serialize_der())),
    )
}

/// A TLS front on 127.0.0.1 that passes each connection on to `backend`.
async fn tls_front(
    backend: SocketAddr,
    cert: CertificateDer<'static>,
    key: PrivateKeyDer<'static>,
) -> SocketAddr {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let server = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_no_client_auth()
        .with_single_cert(vec![cert], key)
        .unwrap();
    let acceptor = tokio_rustls::TlsAcceptor::from(Arc::new(server));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        while let Ok((tcp, _)) = listener.accept().await {
            let acceptor = acceptor.clone();
            tokio::spawn(async move {
                // A client that does not trust the CA aborts the handshake here.
                let Ok(mut tls) = acceptor.accept(tcp).await else {
                    return;
                };
                let Ok(mut upstream) = tokio::net::TcpStream::connect(backend).await else {
                    return;
                };
                let _ = tokio::io::copy_bidirectional(&mut tls, &mut upstream).await;
            });
        }
    });
    addr
}

fn load(dir: &Path, body: &str) -> Result<Config, config::ConfigError> {
    let path = dir.join("config.toml");
    std::fs::write(&path, body).unwrap();
    config::load(Some((path, true))).map(|loaded| loaded.config)
}

fn backend_for(config: &Config) -> Backend {
    let BackendUrl::Remote(url) = &config.backend.url else {
        panic!("not remote")
    };
    Backend::new(
        url.as_str().trim_end_matches('/'),
        Secret::new("t"),
        config,
        false,
    )
    .unwrap()
}

#[test]
fn the_client_trusts_the_configured_ca_and_only_then() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let (ca_pem, cert, key) = make_ca_and_server_cert();
    let (server, front) = runtime.block_on(async {
        let server = kenpos_reference::start(kenpos_reference::ReferenceOptions::default())
            .await
            .unwrap();
        let front = tls_front(server.addr(), cert, key).await;
        (server, front)
    });
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("society-ca.pem"), &ca_pem).unwrap();
    let port = front.port();

    for host in ["127.0.0.1", "localhost"] {
        let with_ca = load(
            dir.path(),
            &format!("[backend]\nurl = \"https://{host}:{port}\"\nca_file = \"society-ca.pem\"\n"),
        )
        .unwrap();
        assert!(with_ca.backend.ca_pem.is_some());
        let backend = backend_for(&with_ca);
        let health = runtime.block_on(backend.client().health());
        assert!(health.is_ok(), "{host} with the CA: {health:?}");
    }

    let without = load(
        dir.path(),
        &format!("[backend]\nurl = \"https://127.0.0.1:{port}\"\n"),
    )
    .unwrap();
    let error = runtime
        .block_on(backend_for(&without).client().health())
        .unwrap_err();
    assert_eq!(error, ClientError::Certificate);
    assert_eq!(error.message_id(), "backend-certificate");

    // Plain http:// is still refused for a non-loopback host, CA or not.
    let err = load(
        dir.path(),
        "[backend]\nurl = \"http://192.0.2.10\"\nca_file = \"society-ca.pem\"\n",
    )
    .unwrap_err();
    assert!(
        matches!(err.kind, config::ConfigErrorKind::Invalid(_)),
        "{err:?}"
    );

    runtime.block_on(server.shutdown());
}

#[test]
fn a_pem_block_that_is_not_a_certificate_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    // Valid base64 and PEM armour, but the content is not DER.
    std::fs::write(
        dir.path().join("junk.pem"),
        "-----BEGIN CERTIFICATE-----\naGVsbG8gd29ybGQ=\n-----END CERTIFICATE-----\n",
    )
    .unwrap();
    let err = load(dir.path(), "[backend]\nca_file = \"junk.pem\"\n").unwrap_err();
    assert!(
        matches!(
            &err.kind,
            config::ConfigErrorKind::CaFile {
                problem: config::CaProblem::Malformed(_),
                ..
            }
        ),
        "{err:?}"
    );
    assert_eq!(err.line, Some(2));
}
