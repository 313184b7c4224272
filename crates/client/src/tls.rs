//! The TLS crypto provider: ring.
//!
//! reqwest is built with `rustls-no-provider` (aws-lc, its default, added about 2 MB to the
//! app and a C build to every cold build), so a provider must be installed for the process
//! before a client is built. [`install_crypto_provider`] does that once; the app's clients
//! call it themselves, so nothing else has to.

/// Installs rustls' ring provider as the process default unless one is installed already.
pub fn install_crypto_provider() {
    if rustls::crypto::CryptoProvider::get_default().is_none() {
        // Err means another thread installed one first: any installed provider will do.
        let _already = rustls::crypto::ring::default_provider().install_default();
    }
}

#[cfg(test)]
mod tests {
    use super::install_crypto_provider;

    #[test]
    fn a_client_builds_once_the_provider_is_installed_twice() {
        install_crypto_provider();
        install_crypto_provider();
        assert!(rustls::crypto::CryptoProvider::get_default().is_some());
        assert!(reqwest::Client::builder().build().is_ok());
    }
}
