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
        use NetworkFailure::*;
        let e = error.trim().trim_start_matches("net::").to_ascii_uppercase();
        Some(match e.as_str() {
            "ERR_NAME_NOT_RESOLVED" | "ERR_NAME_RESOLUTION_FAILED" | "ERR_DNS_TIMED_OUT" | "NS_ERROR_UNKNOWN_HOST" => NameNotResolved,
            "ERR_CONNECTION_REFUSED" | "NS_ERROR_CONNECTION_REFUSED" => ConnectionRefused,
            "ERR_CONNECTION_RESET" | "ERR_CONNECTION_ABORTED" | "NS_ERROR_NET_RESET" | "NS_ERROR_NET_INTERRUPT" => ConnectionReset,
            "ERR_CONNECTION_TIMED_OUT" | "ERR_TIMED_OUT" | "ERR_ADDRESS_UNREACHABLE" | "NS_ERROR_NET_TIMEOUT" => TimedOut,
            "ERR_EMPTY_RESPONSE" | "ERR_CONNECTION_CLOSED" | "NS_ERROR_NET_EMPTY_RESPONSE" => EmptyResponse,
            "ERR_INTERNET_DISCONNECTED" | "NS_ERROR_OFFLINE" => Offline,
            "ERR_SSL_PROTOCOL_ERROR" | "ERR_SSL_VERSION_OR_CIPHER_MISMATCH" | "NS_ERROR_NET_INADEQUATE_SECURITY" => TlsFailure,
            _ => return None,
        })
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
