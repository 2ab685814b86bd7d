//! Failures with no page at all: the browser could not get a response.

use serde::{Deserialize, Serialize};

/// A failure the browser reports without any HTTP response.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum NetworkFailure {
    /// The site's name did not resolve (DNS).
    NameNotResolved,
    /// The server's machine answered but nothing listened on the port.
    ConnectionRefused,
    /// The connection was cut in the middle.
    ConnectionReset,
    /// No answer in time.
    TimedOut,
    /// The connection closed before any response (an empty reply).
    EmptyResponse,
    /// The browser is offline.
    Offline,
    /// A secure connection could not be set up.
    TlsFailure,
}

/// The browsers' error names and what each means. Errors that are not the
/// site's failure (`ERR_ABORTED`: the person stopped the load;
/// `ERR_BLOCKED_BY_CLIENT`: an extension blocked it) are not here.
const BROWSER_ERRORS: &[(&str, NetworkFailure)] = {
    use NetworkFailure::*;
    &[
        ("ERR_NAME_NOT_RESOLVED", NameNotResolved),
        ("ERR_NAME_RESOLUTION_FAILED", NameNotResolved),
        ("ERR_DNS_TIMED_OUT", NameNotResolved),
        ("NS_ERROR_UNKNOWN_HOST", NameNotResolved),
        ("ERR_CONNECTION_REFUSED", ConnectionRefused),
        ("NS_ERROR_CONNECTION_REFUSED", ConnectionRefused),
        ("ERR_CONNECTION_RESET", ConnectionReset),
        ("ERR_CONNECTION_ABORTED", ConnectionReset),
        ("NS_ERROR_NET_RESET", ConnectionReset),
        ("NS_ERROR_NET_INTERRUPT", ConnectionReset),
        ("ERR_CONNECTION_TIMED_OUT", TimedOut),
        ("ERR_TIMED_OUT", TimedOut),
        ("ERR_ADDRESS_UNREACHABLE", TimedOut),
        ("NS_ERROR_NET_TIMEOUT", TimedOut),
        ("ERR_EMPTY_RESPONSE", EmptyResponse),
        ("ERR_CONNECTION_CLOSED", EmptyResponse),
        ("NS_ERROR_NET_EMPTY_RESPONSE", EmptyResponse),
        ("ERR_INTERNET_DISCONNECTED", Offline),
        ("NS_ERROR_OFFLINE", Offline),
        ("ERR_SSL_PROTOCOL_ERROR", TlsFailure),
        ("ERR_SSL_VERSION_OR_CIPHER_MISMATCH", TlsFailure),
        ("NS_ERROR_NET_INADEQUATE_SECURITY", TlsFailure),
    ]
};

impl NetworkFailure {
    /// Every kind, in a stable order.
    pub const ALL: [NetworkFailure; 7] = [
        NetworkFailure::NameNotResolved,
        NetworkFailure::ConnectionRefused,
        NetworkFailure::ConnectionReset,
        NetworkFailure::TimedOut,
        NetworkFailure::EmptyResponse,
        NetworkFailure::Offline,
        NetworkFailure::TlsFailure,
    ];

    /// Reads a browser's error string: Chromium's `net::ERR_*` and Firefox's
    /// `NS_ERROR_*` as `webRequest.onErrorOccurred` reports them. Errors that
    /// are not failures of the site (the user stopped the load, an extension
    /// blocked it) give `None`, as do unknown strings.
    pub fn from_browser_error(error: &str) -> Option<NetworkFailure> {
        let e = error.trim().trim_start_matches("net::").to_ascii_uppercase();
        BROWSER_ERRORS.iter().find(|(name, _)| *name == e).map(|(_, kind)| *kind)
    }

    /// Every browser error string this reads, as the browsers report them
    /// (`net::ERR_*` from Chromium, `NS_ERROR_*` from Firefox).
    pub fn browser_errors() -> impl Iterator<Item = String> {
        BROWSER_ERRORS.iter().map(|(name, _)| if name.starts_with("ERR_") { format!("net::{name}") } else { name.to_string() })
    }

    /// Stable id, as serialised.
    pub fn id(self) -> &'static str {
        use NetworkFailure::*;
        match self {
            NameNotResolved => "name-not-resolved",
            ConnectionRefused => "connection-refused",
            ConnectionReset => "connection-reset",
            TimedOut => "timed-out",
            EmptyResponse => "empty-response",
            Offline => "offline",
            TlsFailure => "tls-failure",
        }
    }

    /// Parses [`NetworkFailure::id`] or a browser error string.
    pub fn parse(s: &str) -> Option<NetworkFailure> {
        Self::ALL.into_iter().find(|k| k.id() == s).or_else(|| Self::from_browser_error(s))
    }

    /// Whether waiting and trying again can help.
    pub fn retryable(self) -> bool {
        !matches!(self, NetworkFailure::TlsFailure)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn browser_strings() {
        assert_eq!(NetworkFailure::from_browser_error("net::ERR_NAME_NOT_RESOLVED"), Some(NetworkFailure::NameNotResolved));
        assert_eq!(NetworkFailure::from_browser_error("NS_ERROR_CONNECTION_REFUSED"), Some(NetworkFailure::ConnectionRefused));
        assert_eq!(NetworkFailure::from_browser_error("net::ERR_ABORTED"), None);
        assert_eq!(NetworkFailure::from_browser_error("NS_BINDING_ABORTED"), None);
        assert_eq!(NetworkFailure::from_browser_error("net::ERR_BLOCKED_BY_CLIENT"), None);
        for k in NetworkFailure::ALL {
            assert_eq!(NetworkFailure::parse(k.id()), Some(k));
        }
    }
}
