//! Failures with no page at all: the browser could not get a response.
//!
//! Every error name a browser reports to `webRequest.onErrorOccurred` has a
//! class here ([`ErrorClass`]), and each class its rule ([`ErrorRule`]):
//! retried, explained only, or left alone. Chromium reports `net::ERR_*`
//! (the whole of `net/base/net_error_list.h` is in [`CHROMIUM`]); Firefox
//! reports the nsresult's name (`NS_ERROR_*`, `NS_BINDING_*`, in
//! [`FIREFOX`]) or, for a security failure, the NSS or mozilla::pkix name
//! (`SEC_ERROR_*`, `SSL_ERROR_*`, `MOZILLA_PKIX_ERROR_*`, by prefix).

use serde::{Deserialize, Serialize};

/// A failure the browser reports without any HTTP response: the kind the
/// card explains.
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
    /// No route to the server, or a firewall forbade the connection.
    Unreachable,
    /// The connection changed (Wi-Fi to mobile, VPN up or down, the device
    /// slept) while the page loaded.
    NetworkChanged,
    /// The site's certificate did not pass the browser's checks.
    Certificate,
    /// The site asked for a certificate of the visitor's own and none could be used.
    ClientCertificate,
    /// The answer broke the rules of HTTP, HTTP/2 or QUIC, or could not be decoded.
    Protocol,
    /// The proxy (or its configuration) the browser must go through failed.
    Proxy,
    /// The site redirected in a loop, or to an address that may not be followed.
    Redirects,
    /// The browser will not load this address (a banned port, a malformed URL).
    BadAddress,
    /// Another failure of the browser's network stack.
    Other,
}

/// The classes of browser errors. Each has one rule ([`ErrorClass::rule`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ErrorClass {
    /// The name lookup (DNS) failed.
    NameResolution,
    /// The connection could not be made, or was cut, or stayed silent.
    Connection,
    /// The secure connection could not be set up (protocol, cipher).
    TlsProtocol,
    /// A certificate (the site's, or the one it asked of the visitor) failed.
    Certificate,
    /// HTTP, HTTP/2 or QUIC was broken by the other side.
    Protocol,
    /// The proxy on the visitor's side failed.
    Proxy,
    /// Blocked by the visitor's own blocker, the browser's protection, an
    /// administrator's policy or the page's own security policy.
    BlockedByClientOrPolicy,
    /// The load was stopped (by the person, a new navigation, a download).
    Aborted,
    /// No connection at all, or it changed under the load.
    Offline,
    /// The address or the redirects are not something the browser follows.
    Address,
    /// Anything else the network stack reports.
    Other,
}

/// What Gatewise does with an error of a class.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ErrorRule {
    /// A card, and retries (waiting for the connection when it is gone).
    Retry,
    /// A card, never a retry: waiting does not fix it.
    ExplainOnly,
    /// Nothing: no card, no badge, no retry. Not the site's failure.
    LeaveAlone,
}

impl ErrorClass {
    /// Every class, in a stable order.
    pub const ALL: [ErrorClass; 11] = [
        ErrorClass::NameResolution,
        ErrorClass::Connection,
        ErrorClass::TlsProtocol,
        ErrorClass::Certificate,
        ErrorClass::Protocol,
        ErrorClass::Proxy,
        ErrorClass::BlockedByClientOrPolicy,
        ErrorClass::Aborted,
        ErrorClass::Offline,
        ErrorClass::Address,
        ErrorClass::Other,
    ];

    /// The class's rule.
    pub fn rule(self) -> ErrorRule {
        use ErrorClass::*;
        match self {
            NameResolution | Connection | Protocol | Proxy | Offline | Other => ErrorRule::Retry,
            TlsProtocol | Certificate | Address => ErrorRule::ExplainOnly,
            BlockedByClientOrPolicy | Aborted => ErrorRule::LeaveAlone,
        }
    }
}

/// A browser error, read: its class and the kind the card explains (none
/// for the classes left alone).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BrowserError {
    /// The class.
    pub class: ErrorClass,
    /// The failure to explain, `None` when the class is left alone.
    pub failure: Option<NetworkFailure>,
}

/// What an entry of the tables means: a failure (its class follows from
/// it) or one of the classes left alone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Means {
    Fail(NetworkFailure),
    Blocked,
    Aborted,
}

use Means::{Aborted as Ab, Blocked as Bl, Fail};
use NetworkFailure::{
    BadAddress as Addr, Certificate as Cert, ClientCertificate as ClientCert,
    ConnectionRefused as Refused, ConnectionReset as Reset, EmptyResponse as Empty,
    NameNotResolved as Dns, NetworkChanged as Changed, Offline as Off, Other as Oth,
    Protocol as Proto, Proxy as Prx, Redirects as Redir, TimedOut as Timeout, TlsFailure as Tls,
    Unreachable as Unreach,
};

/// Chromium's `net::ERR_*` errors (without `net::ERR_`): every one of
/// `net/base/net_error_list.h`, and what each means.
#[rustfmt::skip]
const CHROMIUM: &[(&str, Means)] = &[
    ("IO_PENDING", Fail(Oth)),
    // Chromium's catch-all: it is what a top-level load reports when the
    // browser itself cancels it (a speculation-rules prerender it throws
    // away is reported as the tab's own "active" frame), so it says nothing
    // about the site. A real failure names itself.
    ("FAILED", Ab),
    ("ABORTED", Ab),
    ("INVALID_ARGUMENT", Fail(Oth)),
    ("INVALID_HANDLE", Fail(Oth)),
    ("FILE_NOT_FOUND", Fail(Oth)),
    ("TIMED_OUT", Fail(Timeout)),
    ("FILE_TOO_BIG", Fail(Oth)),
    ("UNEXPECTED", Fail(Oth)),
    ("ACCESS_DENIED", Fail(Oth)),
    ("NOT_IMPLEMENTED", Fail(Oth)),
    ("INSUFFICIENT_RESOURCES", Fail(Oth)),
    ("OUT_OF_MEMORY", Fail(Oth)),
    ("UPLOAD_FILE_CHANGED", Fail(Oth)),
    ("SOCKET_NOT_CONNECTED", Fail(Reset)),
    ("FILE_EXISTS", Fail(Oth)),
    ("FILE_PATH_TOO_LONG", Fail(Oth)),
    ("FILE_NO_SPACE", Fail(Oth)),
    ("FILE_VIRUS_INFECTED", Bl),
    ("BLOCKED_BY_CLIENT", Bl),
    ("NETWORK_CHANGED", Fail(Changed)),
    ("BLOCKED_BY_ADMINISTRATOR", Bl),
    ("SOCKET_IS_CONNECTED", Fail(Oth)),
    ("UPLOAD_STREAM_REWIND_NOT_SUPPORTED", Fail(Oth)),
    ("CONTEXT_SHUT_DOWN", Ab),
    ("BLOCKED_BY_RESPONSE", Bl),
    ("CLEARTEXT_NOT_PERMITTED", Bl),
    ("BLOCKED_BY_CSP", Bl),
    ("H2_OR_QUIC_REQUIRED", Fail(Proto)),
    ("BLOCKED_BY_ORB", Bl),
    ("CONNECTION_CLOSED", Fail(Empty)),
    ("CONNECTION_RESET", Fail(Reset)),
    ("CONNECTION_REFUSED", Fail(Refused)),
    ("CONNECTION_ABORTED", Fail(Reset)),
    ("CONNECTION_FAILED", Fail(Unreach)),
    ("NAME_NOT_RESOLVED", Fail(Dns)),
    ("INTERNET_DISCONNECTED", Fail(Off)),
    ("SSL_PROTOCOL_ERROR", Fail(Tls)),
    ("ADDRESS_INVALID", Fail(Addr)),
    ("ADDRESS_UNREACHABLE", Fail(Unreach)),
    ("SSL_CLIENT_AUTH_CERT_NEEDED", Fail(ClientCert)),
    ("TUNNEL_CONNECTION_FAILED", Fail(Prx)),
    ("NO_SSL_VERSIONS_ENABLED", Fail(Tls)),
    ("SSL_VERSION_OR_CIPHER_MISMATCH", Fail(Tls)),
    ("SSL_RENEGOTIATION_REQUESTED", Fail(Tls)),
    ("PROXY_AUTH_UNSUPPORTED", Fail(Prx)),
    ("BAD_SSL_CLIENT_AUTH_CERT", Fail(ClientCert)),
    ("CONNECTION_TIMED_OUT", Fail(Timeout)),
    ("HOST_RESOLVER_QUEUE_TOO_LARGE", Fail(Dns)),
    ("SOCKS_CONNECTION_FAILED", Fail(Prx)),
    ("SOCKS_CONNECTION_HOST_UNREACHABLE", Fail(Prx)),
    ("ALPN_NEGOTIATION_FAILED", Fail(Proto)),
    ("SSL_NO_RENEGOTIATION", Fail(Tls)),
    ("WINSOCK_UNEXPECTED_WRITTEN_BYTES", Fail(Oth)),
    ("SSL_DECOMPRESSION_FAILURE_ALERT", Fail(Tls)),
    ("SSL_BAD_RECORD_MAC_ALERT", Fail(Tls)),
    ("PROXY_AUTH_REQUESTED", Fail(Prx)),
    ("PROXY_CONNECTION_FAILED", Fail(Prx)),
    ("MANDATORY_PROXY_CONFIGURATION_FAILED", Fail(Prx)),
    ("PRECONNECT_MAX_SOCKET_LIMIT", Fail(Oth)),
    ("SSL_CLIENT_AUTH_PRIVATE_KEY_ACCESS_DENIED", Fail(ClientCert)),
    ("SSL_CLIENT_AUTH_CERT_NO_PRIVATE_KEY", Fail(ClientCert)),
    ("PROXY_CERTIFICATE_INVALID", Fail(Prx)),
    ("NAME_RESOLUTION_FAILED", Fail(Dns)),
    ("NETWORK_ACCESS_DENIED", Fail(Unreach)),
    ("TEMPORARILY_THROTTLED", Fail(Oth)),
    ("HTTPS_PROXY_TUNNEL_RESPONSE_REDIRECT", Fail(Prx)),
    ("SSL_CLIENT_AUTH_SIGNATURE_FAILED", Fail(ClientCert)),
    ("MSG_TOO_BIG", Fail(Oth)),
    ("WS_PROTOCOL_ERROR", Fail(Proto)),
    ("ADDRESS_IN_USE", Fail(Oth)),
    ("SSL_HANDSHAKE_NOT_COMPLETED", Fail(Tls)),
    ("SSL_BAD_PEER_PUBLIC_KEY", Fail(Tls)),
    ("SSL_PINNED_KEY_NOT_IN_CERT_CHAIN", Fail(Cert)),
    ("CLIENT_AUTH_CERT_TYPE_UNSUPPORTED", Fail(ClientCert)),
    ("SSL_DECRYPT_ERROR_ALERT", Fail(Tls)),
    ("WS_THROTTLE_QUEUE_TOO_LARGE", Fail(Oth)),
    ("SSL_SERVER_CERT_CHANGED", Fail(Cert)),
    ("SSL_UNRECOGNIZED_NAME_ALERT", Fail(Tls)),
    ("SOCKET_SET_RECEIVE_BUFFER_SIZE_ERROR", Fail(Oth)),
    ("SOCKET_SET_SEND_BUFFER_SIZE_ERROR", Fail(Oth)),
    ("SOCKET_RECEIVE_BUFFER_SIZE_UNCHANGEABLE", Fail(Oth)),
    ("SOCKET_SEND_BUFFER_SIZE_UNCHANGEABLE", Fail(Oth)),
    ("SSL_CLIENT_AUTH_CERT_BAD_FORMAT", Fail(ClientCert)),
    ("ICANN_NAME_COLLISION", Fail(Dns)),
    ("SSL_SERVER_CERT_BAD_FORMAT", Fail(Cert)),
    ("CT_STH_PARSING_FAILED", Fail(Cert)),
    ("CT_STH_INCOMPLETE", Fail(Cert)),
    ("UNABLE_TO_REUSE_CONNECTION_FOR_PROXY_AUTH", Fail(Prx)),
    ("CT_CONSISTENCY_PROOF_PARSING_FAILED", Fail(Cert)),
    ("SSL_OBSOLETE_CIPHER", Fail(Tls)),
    ("WS_UPGRADE", Ab),
    ("READ_IF_READY_NOT_IMPLEMENTED", Fail(Oth)),
    ("NO_BUFFER_SPACE", Fail(Oth)),
    ("SSL_CLIENT_AUTH_NO_COMMON_ALGORITHMS", Fail(ClientCert)),
    ("EARLY_DATA_REJECTED", Fail(Tls)),
    ("WRONG_VERSION_ON_EARLY_DATA", Fail(Tls)),
    ("TLS13_DOWNGRADE_DETECTED", Fail(Tls)),
    ("SSL_KEY_USAGE_INCOMPATIBLE", Fail(Cert)),
    ("INVALID_ECH_CONFIG_LIST", Fail(Tls)),
    ("ECH_NOT_NEGOTIATED", Fail(Tls)),
    ("ECH_FALLBACK_CERTIFICATE_INVALID", Fail(Cert)),
    ("CERT_COMMON_NAME_INVALID", Fail(Cert)),
    ("CERT_DATE_INVALID", Fail(Cert)),
    ("CERT_AUTHORITY_INVALID", Fail(Cert)),
    ("CERT_CONTAINS_ERRORS", Fail(Cert)),
    ("CERT_NO_REVOCATION_MECHANISM", Fail(Cert)),
    ("CERT_UNABLE_TO_CHECK_REVOCATION", Fail(Cert)),
    ("CERT_REVOKED", Fail(Cert)),
    ("CERT_INVALID", Fail(Cert)),
    ("CERT_WEAK_SIGNATURE_ALGORITHM", Fail(Cert)),
    ("CERT_NON_UNIQUE_NAME", Fail(Cert)),
    ("CERT_WEAK_KEY", Fail(Cert)),
    ("CERT_NAME_CONSTRAINT_VIOLATION", Fail(Cert)),
    ("CERT_VALIDITY_TOO_LONG", Fail(Cert)),
    ("CERTIFICATE_TRANSPARENCY_REQUIRED", Fail(Cert)),
    ("CERT_SYMANTEC_LEGACY", Fail(Cert)),
    ("CERT_KNOWN_INTERCEPTION_BLOCKED", Fail(Cert)),
    ("CERT_END", Fail(Cert)),
    ("INVALID_URL", Fail(Addr)),
    ("DISALLOWED_URL_SCHEME", Fail(Addr)),
    ("UNKNOWN_URL_SCHEME", Fail(Addr)),
    ("INVALID_REDIRECT", Fail(Redir)),
    ("TOO_MANY_REDIRECTS", Fail(Redir)),
    ("UNSAFE_REDIRECT", Fail(Redir)),
    ("UNSAFE_PORT", Fail(Addr)),
    ("INVALID_RESPONSE", Fail(Proto)),
    ("INVALID_CHUNKED_ENCODING", Fail(Proto)),
    ("METHOD_NOT_SUPPORTED", Fail(Proto)),
    ("UNEXPECTED_PROXY_AUTH", Fail(Prx)),
    ("EMPTY_RESPONSE", Fail(Empty)),
    ("RESPONSE_HEADERS_TOO_BIG", Fail(Proto)),
    ("PAC_SCRIPT_FAILED", Fail(Prx)),
    ("REQUEST_RANGE_NOT_SATISFIABLE", Fail(Proto)),
    ("MALFORMED_IDENTITY", Fail(Oth)),
    ("CONTENT_DECODING_FAILED", Fail(Proto)),
    ("NETWORK_IO_SUSPENDED", Fail(Changed)),
    ("SYN_REPLY_NOT_RECEIVED", Fail(Proto)),
    ("ENCODING_CONVERSION_FAILED", Fail(Proto)),
    ("UNRECOGNIZED_FTP_DIRECTORY_LISTING_FORMAT", Fail(Oth)),
    ("NO_SUPPORTED_PROXIES", Fail(Prx)),
    ("HTTP2_PROTOCOL_ERROR", Fail(Proto)),
    ("INVALID_AUTH_CREDENTIALS", Fail(Oth)),
    ("UNSUPPORTED_AUTH_SCHEME", Fail(Oth)),
    ("ENCODING_DETECTION_FAILED", Fail(Proto)),
    ("MISSING_AUTH_CREDENTIALS", Fail(Oth)),
    ("UNEXPECTED_SECURITY_LIBRARY_STATUS", Fail(Oth)),
    ("MISCONFIGURED_AUTH_ENVIRONMENT", Fail(Oth)),
    ("UNDOCUMENTED_SECURITY_LIBRARY_STATUS", Fail(Oth)),
    ("RESPONSE_BODY_TOO_BIG_TO_DRAIN", Fail(Proto)),
    ("RESPONSE_HEADERS_MULTIPLE_CONTENT_LENGTH", Fail(Proto)),
    ("INCOMPLETE_HTTP2_HEADERS", Fail(Proto)),
    ("PAC_NOT_IN_DHCP", Fail(Prx)),
    ("RESPONSE_HEADERS_MULTIPLE_CONTENT_DISPOSITION", Fail(Proto)),
    ("RESPONSE_HEADERS_MULTIPLE_LOCATION", Fail(Proto)),
    ("HTTP2_SERVER_REFUSED_STREAM", Fail(Proto)),
    ("HTTP2_PING_FAILED", Fail(Proto)),
    ("CONTENT_LENGTH_MISMATCH", Fail(Proto)),
    ("INCOMPLETE_CHUNKED_ENCODING", Fail(Proto)),
    ("QUIC_PROTOCOL_ERROR", Fail(Proto)),
    ("RESPONSE_HEADERS_TRUNCATED", Fail(Proto)),
    ("QUIC_HANDSHAKE_FAILED", Fail(Proto)),
    ("HTTP2_INADEQUATE_TRANSPORT_SECURITY", Fail(Tls)),
    ("HTTP2_FLOW_CONTROL_ERROR", Fail(Proto)),
    ("HTTP2_FRAME_SIZE_ERROR", Fail(Proto)),
    ("HTTP2_COMPRESSION_ERROR", Fail(Proto)),
    ("PROXY_AUTH_REQUESTED_WITH_NO_CONNECTION", Fail(Prx)),
    ("HTTP_1_1_REQUIRED", Fail(Proto)),
    ("PROXY_HTTP_1_1_REQUIRED", Fail(Prx)),
    ("PAC_SCRIPT_TERMINATED", Fail(Prx)),
    ("INVALID_HTTP_RESPONSE", Fail(Proto)),
    ("CONTENT_DECODING_INIT_FAILED", Fail(Proto)),
    ("HTTP2_RST_STREAM_NO_ERROR_RECEIVED", Fail(Proto)),
    ("HTTP2_PUSHED_STREAM_NOT_AVAILABLE", Fail(Proto)),
    ("HTTP2_CLAIMED_PUSHED_STREAM_RESET_BY_SERVER", Fail(Proto)),
    ("TOO_MANY_RETRIES", Fail(Oth)),
    ("HTTP2_STREAM_CLOSED", Fail(Proto)),
    ("HTTP2_CLIENT_REFUSED_STREAM", Fail(Proto)),
    ("HTTP2_PUSHED_RESPONSE_DOES_NOT_MATCH", Fail(Proto)),
    // An HTTP answer did arrive (a 5xx with an empty body, say): its status
    // is judged from the response itself. Chromium also reports this when it
    // cancels the prerender of an error page, which must not touch the tab.
    ("HTTP_RESPONSE_CODE_FAILURE", Ab),
    ("QUIC_CERT_ROOT_NOT_KNOWN", Fail(Cert)),
    ("QUIC_GOAWAY_REQUEST_CAN_BE_RETRIED", Fail(Proto)),
    ("TOO_MANY_ACCEPT_CH_RESTARTS", Fail(Proto)),
    ("INCONSISTENT_IP_ADDRESS_SPACE", Fail(Oth)),
    ("CACHED_IP_ADDRESS_SPACE_BLOCKED_BY_LOCAL_NETWORK_ACCESS_POLICY", Bl),
    ("CACHE_MISS", Ab),
    ("CACHE_READ_FAILURE", Fail(Oth)),
    ("CACHE_WRITE_FAILURE", Fail(Oth)),
    ("CACHE_OPERATION_NOT_SUPPORTED", Fail(Oth)),
    ("CACHE_OPEN_FAILURE", Fail(Oth)),
    ("CACHE_CREATE_FAILURE", Fail(Oth)),
    ("CACHE_RACE", Fail(Oth)),
    ("CACHE_CHECKSUM_READ_FAILURE", Fail(Oth)),
    ("CACHE_CHECKSUM_MISMATCH", Fail(Oth)),
    ("CACHE_LOCK_TIMEOUT", Fail(Oth)),
    ("CACHE_AUTH_FAILURE_AFTER_READ", Fail(Oth)),
    ("CACHE_ENTRY_NOT_SUITABLE", Fail(Oth)),
    ("CACHE_DOOM_FAILURE", Fail(Oth)),
    ("CACHE_OPEN_OR_CREATE_FAILURE", Fail(Oth)),
    ("INSECURE_RESPONSE", Fail(Cert)),
    ("NO_PRIVATE_KEY_FOR_CERT", Fail(ClientCert)),
    ("ADD_USER_CERT_FAILED", Fail(Oth)),
    ("INVALID_SIGNED_EXCHANGE", Fail(Proto)),
    ("INVALID_WEB_BUNDLE", Fail(Proto)),
    ("TRUST_TOKEN_OPERATION_FAILED", Fail(Oth)),
    ("TRUST_TOKEN_OPERATION_SUCCESS_WITHOUT_SENDING_REQUEST", Fail(Oth)),
    ("FTP_FAILED", Fail(Oth)),
    ("FTP_SERVICE_UNAVAILABLE", Fail(Oth)),
    ("FTP_TRANSFER_ABORTED", Fail(Oth)),
    ("FTP_FILE_BUSY", Fail(Oth)),
    ("FTP_SYNTAX_ERROR", Fail(Oth)),
    ("FTP_COMMAND_NOT_SUPPORTED", Fail(Oth)),
    ("FTP_BAD_COMMAND_SEQUENCE", Fail(Oth)),
    ("PKCS12_IMPORT_BAD_PASSWORD", Fail(Oth)),
    ("PKCS12_IMPORT_FAILED", Fail(Oth)),
    ("IMPORT_CA_CERT_NOT_CA", Fail(Oth)),
    ("IMPORT_CERT_ALREADY_EXISTS", Fail(Oth)),
    ("IMPORT_CA_CERT_FAILED", Fail(Oth)),
    ("IMPORT_SERVER_CERT_FAILED", Fail(Oth)),
    ("PKCS12_IMPORT_INVALID_MAC", Fail(Oth)),
    ("PKCS12_IMPORT_INVALID_FILE", Fail(Oth)),
    ("PKCS12_IMPORT_UNSUPPORTED", Fail(Oth)),
    ("KEY_GENERATION_FAILED", Fail(Oth)),
    ("PRIVATE_KEY_EXPORT_FAILED", Fail(Oth)),
    ("SELF_SIGNED_CERT_GENERATION_FAILED", Fail(Oth)),
    ("CERT_DATABASE_CHANGED", Fail(Oth)),
    ("CERT_VERIFIER_CHANGED", Fail(Oth)),
    ("DNS_MALFORMED_RESPONSE", Fail(Dns)),
    ("DNS_SERVER_REQUIRES_TCP", Fail(Dns)),
    ("DNS_SERVER_FAILED", Fail(Dns)),
    ("DNS_TIMED_OUT", Fail(Dns)),
    ("DNS_CACHE_MISS", Fail(Dns)),
    ("DNS_SEARCH_EMPTY", Fail(Dns)),
    ("DNS_SORT_ERROR", Fail(Dns)),
    ("DNS_SECURE_RESOLVER_HOSTNAME_RESOLUTION_FAILED", Fail(Dns)),
    ("DNS_NAME_HTTPS_ONLY", Ab),
    ("DNS_REQUEST_CANCELLED", Ab),
    ("DNS_NO_MATCHING_SUPPORTED_ALPN", Fail(Dns)),
];

/// Firefox's error names (the security families are read by prefix, in
/// [`security_error`]).
#[rustfmt::skip]
const FIREFOX: &[(&str, Means)] = &[
    ("NS_BINDING_FAILED", Fail(Oth)),
    ("NS_BINDING_ABORTED", Ab),
    ("NS_BINDING_REDIRECTED", Ab),
    ("NS_BINDING_RETARGETED", Ab),
    ("NS_ERROR_MALFORMED_URI", Fail(Addr)),
    ("NS_ERROR_IN_PROGRESS", Fail(Oth)),
    ("NS_ERROR_NO_CONTENT", Ab),
    ("NS_ERROR_UNKNOWN_PROTOCOL", Fail(Addr)),
    ("NS_ERROR_INVALID_CONTENT_ENCODING", Fail(Proto)),
    ("NS_ERROR_CORRUPTED_CONTENT", Fail(Proto)),
    ("NS_ERROR_INVALID_SIGNATURE", Fail(Proto)),
    ("NS_ERROR_FIRST_HEADER_FIELD_COMPONENT_EMPTY", Fail(Proto)),
    ("NS_ERROR_ALREADY_OPENED", Fail(Oth)),
    ("NS_ERROR_ALREADY_CONNECTED", Fail(Oth)),
    ("NS_ERROR_NOT_CONNECTED", Fail(Reset)),
    ("NS_ERROR_CONNECTION_REFUSED", Fail(Refused)),
    ("NS_ERROR_NET_TIMEOUT", Fail(Timeout)),
    ("NS_ERROR_OFFLINE", Fail(Off)),
    ("NS_ERROR_PORT_ACCESS_NOT_ALLOWED", Fail(Addr)),
    ("NS_ERROR_NET_RESET", Fail(Reset)),
    ("NS_ERROR_NET_ERROR_RESPONSE", Fail(Proto)),
    ("NS_ERROR_NET_EMPTY_RESPONSE", Fail(Empty)),
    ("NS_ERROR_NET_INTERRUPT", Fail(Reset)),
    ("NS_ERROR_PROXY_CONNECTION_REFUSED", Fail(Prx)),
    ("NS_ERROR_NET_PARTIAL_TRANSFER", Fail(Proto)),
    ("NS_ERROR_NET_INADEQUATE_SECURITY", Fail(Tls)),
    ("NS_ERROR_NET_HTTP2_SENT_GOAWAY", Fail(Proto)),
    ("NS_ERROR_NET_HTTP3_PROTOCOL_ERROR", Fail(Proto)),
    ("NS_ERROR_NET_TIMEOUT_EXTERNAL", Fail(Timeout)),
    ("NS_ERROR_HTTPS_ONLY", Bl),
    ("NS_ERROR_WEBSOCKET_CONNECTION_REFUSED", Fail(Refused)),
    ("NS_ERROR_NON_LOCAL_CONNECTION_REFUSED", Bl),
    ("NS_ERROR_BAD_HSTS_CERT", Fail(Cert)),
    ("NS_ERROR_PARSING_HTTP_STATUS_LINE", Fail(Proto)),
    ("NS_ERROR_SUPERFLUOS_AUTH", Ab),
    ("NS_ERROR_NOT_RESUMABLE", Fail(Oth)),
    ("NS_ERROR_REDIRECT_LOOP", Fail(Redir)),
    ("NS_ERROR_ENTITY_CHANGED", Fail(Oth)),
    ("NS_ERROR_UNSAFE_CONTENT_TYPE", Bl),
    ("NS_ERROR_LOAD_SHOWED_ERRORPAGE", Fail(Oth)),
    ("NS_ERROR_DOCSHELL_DYING", Ab),
    ("NS_ERROR_UNKNOWN_HOST", Fail(Dns)),
    ("NS_ERROR_DNS_LOOKUP_QUEUE_FULL", Fail(Dns)),
    ("NS_ERROR_UNKNOWN_PROXY_HOST", Fail(Prx)),
    ("NS_ERROR_DEFINITIVE_UNKNOWN_HOST", Fail(Dns)),
    ("NS_ERROR_UNKNOWN_SOCKET_TYPE", Fail(Oth)),
    ("NS_ERROR_SOCKET_CREATE_FAILED", Fail(Oth)),
    ("NS_ERROR_SOCKET_ADDRESS_NOT_SUPPORTED", Fail(Oth)),
    ("NS_ERROR_SOCKET_ADDRESS_IN_USE", Fail(Oth)),
    ("NS_ERROR_CACHE_KEY_NOT_FOUND", Fail(Oth)),
    ("NS_ERROR_CACHE_DATA_IS_STREAM", Fail(Oth)),
    ("NS_ERROR_CACHE_DATA_IS_NOT_STREAM", Fail(Oth)),
    ("NS_ERROR_CACHE_WAIT_FOR_VALIDATION", Fail(Oth)),
    ("NS_ERROR_CACHE_ENTRY_DOOMED", Fail(Oth)),
    ("NS_ERROR_CACHE_READ_ACCESS_DENIED", Fail(Oth)),
    ("NS_ERROR_CACHE_WRITE_ACCESS_DENIED", Fail(Oth)),
    ("NS_ERROR_CACHE_IN_USE", Fail(Oth)),
    ("NS_ERROR_DOCUMENT_NOT_CACHED", Ab),
    ("NS_ERROR_INSUFFICIENT_DOMAIN_LEVELS", Fail(Oth)),
    ("NS_ERROR_HOST_IS_IP_ADDRESS", Fail(Oth)),
    ("NS_ERROR_INTERCEPTION_FAILED", Fail(Oth)),
    ("NS_ERROR_PROXY_MULTIPLE_CHOICES", Fail(Prx)),
    ("NS_ERROR_PROXY_MOVED_PERMANENTLY", Fail(Prx)),
    ("NS_ERROR_PROXY_FOUND", Fail(Prx)),
    ("NS_ERROR_PROXY_SEE_OTHER", Fail(Prx)),
    ("NS_ERROR_PROXY_NOT_MODIFIED", Fail(Prx)),
    ("NS_ERROR_PROXY_TEMPORARY_REDIRECT", Fail(Prx)),
    ("NS_ERROR_PROXY_PERMANENT_REDIRECT", Fail(Prx)),
    ("NS_ERROR_PROXY_BAD_REQUEST", Fail(Prx)),
    ("NS_ERROR_PROXY_UNAUTHORIZED", Fail(Prx)),
    ("NS_ERROR_PROXY_PAYMENT_REQUIRED", Fail(Prx)),
    ("NS_ERROR_PROXY_FORBIDDEN", Fail(Prx)),
    ("NS_ERROR_PROXY_NOT_FOUND", Fail(Prx)),
    ("NS_ERROR_PROXY_METHOD_NOT_ALLOWED", Fail(Prx)),
    ("NS_ERROR_PROXY_NOT_ACCEPTABLE", Fail(Prx)),
    ("NS_ERROR_PROXY_AUTHENTICATION_FAILED", Fail(Prx)),
    ("NS_ERROR_PROXY_REQUEST_TIMEOUT", Fail(Prx)),
    ("NS_ERROR_PROXY_CONFLICT", Fail(Prx)),
    ("NS_ERROR_PROXY_GONE", Fail(Prx)),
    ("NS_ERROR_PROXY_LENGTH_REQUIRED", Fail(Prx)),
    ("NS_ERROR_PROXY_PRECONDITION_FAILED", Fail(Prx)),
    ("NS_ERROR_PROXY_REQUEST_ENTITY_TOO_LARGE", Fail(Prx)),
    ("NS_ERROR_PROXY_REQUEST_URI_TOO_LONG", Fail(Prx)),
    ("NS_ERROR_PROXY_UNSUPPORTED_MEDIA_TYPE", Fail(Prx)),
    ("NS_ERROR_PROXY_REQUESTED_RANGE_NOT_SATISFIABLE", Fail(Prx)),
    ("NS_ERROR_PROXY_EXPECTATION_FAILED", Fail(Prx)),
    ("NS_ERROR_PROXY_MISDIRECTED_REQUEST", Fail(Prx)),
    ("NS_ERROR_PROXY_TOO_EARLY", Fail(Prx)),
    ("NS_ERROR_PROXY_UPGRADE_REQUIRED", Fail(Prx)),
    ("NS_ERROR_PROXY_PRECONDITION_REQUIRED", Fail(Prx)),
    ("NS_ERROR_PROXY_TOO_MANY_REQUESTS", Fail(Prx)),
    ("NS_ERROR_PROXY_REQUEST_HEADER_FIELDS_TOO_LARGE", Fail(Prx)),
    ("NS_ERROR_PROXY_UNAVAILABLE_FOR_LEGAL_REASONS", Fail(Prx)),
    ("NS_ERROR_PROXY_INTERNAL_SERVER_ERROR", Fail(Prx)),
    ("NS_ERROR_PROXY_NOT_IMPLEMENTED", Fail(Prx)),
    ("NS_ERROR_PROXY_BAD_GATEWAY", Fail(Prx)),
    ("NS_ERROR_PROXY_SERVICE_UNAVAILABLE", Fail(Prx)),
    ("NS_ERROR_PROXY_GATEWAY_TIMEOUT", Fail(Prx)),
    ("NS_ERROR_PROXY_VERSION_NOT_SUPPORTED", Fail(Prx)),
    ("NS_ERROR_PROXY_VARIANT_ALSO_NEGOTIATES", Fail(Prx)),
    ("NS_ERROR_PROXY_NOT_EXTENDED", Fail(Prx)),
    ("NS_ERROR_PROXY_NETWORK_AUTHENTICATION_REQUIRED", Fail(Prx)),
    ("NS_ERROR_WONT_HANDLE_CONTENT", Ab),
    ("NS_ERROR_MALWARE_URI", Bl),
    ("NS_ERROR_PHISHING_URI", Bl),
    ("NS_ERROR_TRACKING_URI", Bl),
    ("NS_ERROR_UNWANTED_URI", Bl),
    ("NS_ERROR_BLOCKED_URI", Bl),
    ("NS_ERROR_FAILURE", Fail(Oth)),
    ("NS_ERROR_ABORT", Ab),
    ("NS_ERROR_NOT_AVAILABLE", Fail(Oth)),
    ("NS_ERROR_OUT_OF_MEMORY", Fail(Oth)),
    ("NS_ERROR_UNEXPECTED", Fail(Oth)),
];
impl Means {
    fn read(self) -> BrowserError {
        match self {
            Fail(k) => BrowserError {
                class: k.class(),
                failure: Some(k),
            },
            Bl => BrowserError {
                class: ErrorClass::BlockedByClientOrPolicy,
                failure: None,
            },
            Ab => BrowserError {
                class: ErrorClass::Aborted,
                failure: None,
            },
        }
    }
}

/// Firefox's security errors, by family: the NSS and mozilla::pkix names
/// (hundreds of them) that Firefox reports for a failed secure connection.
fn security_error(name: &str) -> Option<NetworkFailure> {
    if name.starts_with("SEC_ERROR_") || name.starts_with("MOZILLA_PKIX_ERROR_") {
        return Some(Cert);
    }
    let rest = name.strip_prefix("SSL_ERROR_")?;
    Some(
        if rest.contains("CLIENT")
            || (rest.contains("CERT") && rest.ends_with("_ALERT"))
            || rest == "NO_CERTIFICATE"
        {
            // An alert from the server about the visitor's own certificate.
            ClientCert
        } else if rest.contains("CERT") {
            Cert
        } else {
            Tls
        },
    )
}

/// The name as the tables hold it: Chromium's without `net::` and `ERR_`.
fn key(error: &str) -> String {
    error
        .trim()
        .trim_start_matches("net::")
        .to_ascii_uppercase()
}

impl NetworkFailure {
    /// Every kind, in a stable order.
    pub const ALL: [NetworkFailure; 16] = [
        NetworkFailure::NameNotResolved,
        NetworkFailure::ConnectionRefused,
        NetworkFailure::ConnectionReset,
        NetworkFailure::TimedOut,
        NetworkFailure::EmptyResponse,
        NetworkFailure::Offline,
        NetworkFailure::TlsFailure,
        NetworkFailure::Unreachable,
        NetworkFailure::NetworkChanged,
        NetworkFailure::Certificate,
        NetworkFailure::ClientCertificate,
        NetworkFailure::Protocol,
        NetworkFailure::Proxy,
        NetworkFailure::Redirects,
        NetworkFailure::BadAddress,
        NetworkFailure::Other,
    ];

    /// The class of this kind of failure.
    pub fn class(self) -> ErrorClass {
        use NetworkFailure::*;
        match self {
            NameNotResolved => ErrorClass::NameResolution,
            ConnectionRefused | ConnectionReset | TimedOut | EmptyResponse | Unreachable => {
                ErrorClass::Connection
            }
            Offline | NetworkChanged => ErrorClass::Offline,
            TlsFailure => ErrorClass::TlsProtocol,
            Certificate | ClientCertificate => ErrorClass::Certificate,
            NetworkFailure::Protocol => ErrorClass::Protocol,
            NetworkFailure::Proxy => ErrorClass::Proxy,
            Redirects | BadAddress => ErrorClass::Address,
            NetworkFailure::Other => ErrorClass::Other,
        }
    }

    /// Looks a browser's error string up: Chromium's `net::ERR_*`,
    /// Firefox's `NS_ERROR_*` / `NS_BINDING_*` and its security errors.
    /// `None` for a string that is none of the browsers' known errors.
    pub fn lookup(error: &str) -> Option<BrowserError> {
        let e = key(error);
        if let Some(name) = e.strip_prefix("ERR_") {
            return CHROMIUM
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, m)| m.read());
        }
        if let Some((_, m)) = FIREFOX.iter().find(|(n, _)| *n == e) {
            return Some(m.read());
        }
        security_error(&e).map(|k| Fail(k).read())
    }

    /// Reads any error string a browser reports for a failed top-level
    /// load. A name no table knows (a newer browser's) is blocked when it
    /// says so, else another failure, explained and retried within the
    /// budget; it is never a reason to panic or to retry without end.
    pub fn classify(error: &str) -> BrowserError {
        Self::lookup(error).unwrap_or_else(|| {
            let e = key(error);
            if e.contains("BLOCKED") {
                Bl.read()
            } else if e.contains("ABORT") && !e.contains("CONNECTION") {
                Ab.read()
            } else {
                Fail(Oth).read()
            }
        })
    }

    /// Reads a browser's error string: Chromium's `net::ERR_*` and Firefox's
    /// names as `webRequest.onErrorOccurred` reports them. Errors that are
    /// not failures of the site (the user stopped the load, an extension or
    /// a policy blocked it) give `None`, as do unknown strings.
    pub fn from_browser_error(error: &str) -> Option<NetworkFailure> {
        Self::lookup(error).and_then(|b| b.failure)
    }

    /// Every browser error string the tables know, as the browsers report
    /// them (`net::ERR_*` from Chromium, the names from Firefox).
    pub fn browser_errors() -> impl Iterator<Item = String> {
        CHROMIUM
            .iter()
            .map(|(name, _)| format!("net::ERR_{name}"))
            .chain(FIREFOX.iter().map(|(name, _)| name.to_string()))
    }

    /// The known errors that are left alone (blocked, aborted), as the
    /// browsers report them: the shell hands the engine every other error.
    pub fn ignored_errors() -> impl Iterator<Item = String> {
        Self::browser_errors().filter(|e| Self::lookup(e).is_some_and(|b| b.failure.is_none()))
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
            Unreachable => "unreachable",
            NetworkChanged => "network-changed",
            Certificate => "certificate",
            ClientCertificate => "client-certificate",
            NetworkFailure::Protocol => "protocol",
            NetworkFailure::Proxy => "proxy",
            Redirects => "redirects",
            BadAddress => "bad-address",
            NetworkFailure::Other => "other",
        }
    }

    /// Parses [`NetworkFailure::id`] or a browser error string.
    pub fn parse(s: &str) -> Option<NetworkFailure> {
        Self::ALL
            .into_iter()
            .find(|k| k.id() == s)
            .or_else(|| Self::from_browser_error(s))
    }

    /// Whether waiting and trying again can help: the class's rule.
    pub fn retryable(self) -> bool {
        self.class().rule() == ErrorRule::Retry
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn browser_strings() {
        assert_eq!(
            NetworkFailure::from_browser_error("net::ERR_NAME_NOT_RESOLVED"),
            Some(NetworkFailure::NameNotResolved)
        );
        assert_eq!(
            NetworkFailure::from_browser_error("NS_ERROR_CONNECTION_REFUSED"),
            Some(NetworkFailure::ConnectionRefused)
        );
        assert_eq!(NetworkFailure::from_browser_error("net::ERR_ABORTED"), None);
        assert_eq!(
            NetworkFailure::from_browser_error("NS_BINDING_ABORTED"),
            None
        );
        // A response arrived (its status is judged); a cancelled prerender says this too.
        assert_eq!(
            NetworkFailure::from_browser_error("net::ERR_HTTP_RESPONSE_CODE_FAILURE"),
            None
        );
        assert_eq!(NetworkFailure::from_browser_error("net::ERR_FAILED"), None);
        assert_eq!(
            NetworkFailure::from_browser_error("net::ERR_BLOCKED_BY_CLIENT"),
            None
        );
        assert_eq!(
            NetworkFailure::from_browser_error("net::ERR_CERT_DATE_INVALID"),
            Some(NetworkFailure::Certificate)
        );
        assert_eq!(
            NetworkFailure::from_browser_error("SEC_ERROR_UNKNOWN_ISSUER"),
            Some(NetworkFailure::Certificate)
        );
        assert_eq!(
            NetworkFailure::from_browser_error("SSL_ERROR_NO_CYPHER_OVERLAP"),
            Some(NetworkFailure::TlsFailure)
        );
        assert_eq!(NetworkFailure::from_browser_error("Failed to fetch"), None);
        assert_eq!(
            NetworkFailure::classify("net::ERR_BLOCKED_BY_SOMETHING_NEW").class,
            ErrorClass::BlockedByClientOrPolicy
        );
        assert_eq!(
            NetworkFailure::classify("net::ERR_SOMETHING_NEW").failure,
            Some(NetworkFailure::Other)
        );
        for k in NetworkFailure::ALL {
            assert_eq!(NetworkFailure::parse(k.id()), Some(k));
        }
    }

    #[test]
    fn tables_have_no_duplicates() {
        let mut all: Vec<String> = NetworkFailure::browser_errors().collect();
        let n = all.len();
        all.sort();
        all.dedup();
        assert_eq!(all.len(), n);
    }
}
