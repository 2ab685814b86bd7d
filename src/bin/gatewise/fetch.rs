//! Fetching a live URL the way a browser's first load would meet it: one
//! fresh connection per hop, redirects followed by hand so each is shown,
//! and the time spent in each phase (name lookup, TCP connect, TLS, waiting
//! for the first byte), measured by hooks in ureq's resolver and connector
//! chain. The body is read up to what the core looks at, never further.

use crate::url;
use gatewise::text::SCAN_LIMIT;
use gatewise::{Headers, NetworkFailure};
use serde::Serialize;
use std::io::Read;
use std::net::{IpAddr, SocketAddr};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};
use ureq::config::Config;
use ureq::http::Uri;
use ureq::tls::{parse_pem, Certificate, PemItem, RootCerts, TlsConfig};
use ureq::unversioned::resolver::{DefaultResolver, ResolvedSocketAddrs, Resolver};
use ureq::unversioned::transport::{
    Buffers, ConnectProxyConnector, ConnectionDetails, Connector, NextTimeout, RustlsConnector,
    TcpConnector, Transport,
};
use ureq::Agent;

/// How to fetch.
#[derive(Clone, Debug)]
pub struct Options {
    /// The longest one request may take, body included.
    pub timeout: Duration,
    /// Redirects followed at most.
    pub max_redirects: u32,
    /// The roots to trust instead of the built-in ones.
    pub roots: Option<Vec<Certificate<'static>>>,
}

impl Options {
    /// Options from the command line; reads `--cacert`.
    pub fn from_args(a: &crate::args::FetchArgs) -> Result<Options, String> {
        let roots = match &a.cacert {
            None => None,
            Some(path) => {
                let shown = path.display();
                let meta = std::fs::metadata(path)
                    .map_err(|e| format!("cannot read {shown}: {}", crate::commands::short(&e)))?;
                if meta.len() > 16 << 20 {
                    return Err(format!(
                        "cannot read {shown}: too big for a certificate file"
                    ));
                }
                let pem = std::fs::read(path)
                    .map_err(|e| format!("cannot read {shown}: {}", crate::commands::short(&e)))?;
                let certs: Vec<Certificate<'static>> = parse_pem(&pem)
                    .filter_map(|item| match item {
                        Ok(PemItem::Certificate(c)) => Some(Ok(c)),
                        Ok(_) => None,
                        Err(e) => Some(Err(e)),
                    })
                    .collect::<Result<_, _>>()
                    .map_err(|e| format!("cannot read {shown}: {e}"))?;
                if certs.is_empty() {
                    return Err(format!("cannot read {shown}: no PEM certificate in it"));
                }
                Some(certs)
            }
        };
        Ok(Options {
            timeout: a.timeout,
            max_redirects: a.max_redirects,
            roots,
        })
    }
}

/// Milliseconds spent in each phase of one request.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Timings {
    /// Name lookup.
    pub dns_ms: Option<f64>,
    /// TCP connect (or the proxy's CONNECT).
    pub connect_ms: Option<f64>,
    /// TLS handshake, until the request was sent.
    pub tls_ms: Option<f64>,
    /// From the request sent to the first byte of the answer.
    pub first_byte_ms: Option<f64>,
    /// The whole request, body read included.
    pub total_ms: f64,
}

/// Why a request got no response.
#[derive(Clone, Debug, Serialize)]
pub struct Failure {
    /// The kind, as the core names it.
    pub kind: NetworkFailure,
    /// What the client said.
    pub detail: String,
}

/// One request and what came back.
#[derive(Clone, Debug, Serialize)]
pub struct Hop {
    /// The URL requested.
    pub url: String,
    /// Whether this hop left the previous hop's origin.
    pub other_origin: bool,
    /// The address connected to.
    pub address: Option<SocketAddr>,
    /// `HTTP/1.1` and the like.
    pub version: Option<String>,
    /// The status code.
    pub status: Option<u16>,
    /// The response headers, in order.
    pub headers: Vec<(String, String)>,
    /// Where a redirect points, resolved.
    pub location: Option<String>,
    /// Time spent in each phase.
    pub timings: Timings,
    /// No response at all.
    pub failure: Option<Failure>,
}

/// Every hop of one fetch; the last one is the answer.
#[derive(Clone, Debug, Serialize)]
pub struct Trace {
    /// The hops, first to last.
    pub hops: Vec<Hop>,
    /// Body bytes read from the last hop (at most the scan limit, plus one).
    #[serde(skip)]
    pub body: Vec<u8>,
    /// How many body bytes were read.
    pub body_bytes: usize,
    /// Whether the body went on past what was read.
    pub body_truncated: bool,
    /// Why the body stopped coming before its end (a timeout, a reset).
    pub body_error: Option<String>,
    /// Why redirects stopped being followed, when they did.
    pub stopped: Option<String>,
}

impl Trace {
    /// The last hop.
    pub fn last(&self) -> &Hop {
        self.hops.last().expect("a trace has at least one hop")
    }

    /// The answer's headers, as the core reads them.
    pub fn headers(&self) -> Headers {
        self.last()
            .headers
            .iter()
            .map(|(n, v)| (n.as_str(), v.as_str()))
            .collect()
    }
}

/// When each phase of the current request ended.
#[derive(Debug, Default)]
struct Stamps {
    resolved: Option<Instant>,
    connected: Option<Instant>,
    sent: Option<Instant>,
    first_byte: Option<Instant>,
    address: Option<SocketAddr>,
}

#[derive(Clone, Debug, Default)]
struct Recorder(Arc<Mutex<Stamps>>);

impl Recorder {
    fn lock(&self) -> MutexGuard<'_, Stamps> {
        self.0.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// The default resolver, noting when it answered.
#[derive(Debug)]
struct TimedResolver(DefaultResolver, Recorder);

impl Resolver for TimedResolver {
    fn resolve(
        &self,
        uri: &Uri,
        config: &Config,
        timeout: NextTimeout,
    ) -> Result<ResolvedSocketAddrs, ureq::Error> {
        // An address needs no lookup (ureq's resolver would start a thread for it).
        let literal = uri.host().and_then(|h| {
            h.trim_start_matches('[')
                .trim_end_matches(']')
                .parse::<IpAddr>()
                .ok()
        });
        let addrs = match literal {
            Some(ip) => {
                let port = uri
                    .port_u16()
                    .unwrap_or(if uri.scheme_str() == Some("https") {
                        443
                    } else {
                        80
                    });
                let mut addrs = self.empty();
                addrs.push(SocketAddr::new(ip, port));
                addrs
            }
            None => self.0.resolve(uri, config, timeout)?,
        };
        let mut s = self.1.lock();
        s.resolved = Some(Instant::now());
        s.address = addrs.first().copied();
        Ok(addrs)
    }
}

/// A link in the connector chain that notes when the TCP connection is up.
#[derive(Debug)]
struct MarkConnected(Recorder);

impl<In: Transport> Connector<In> for MarkConnected {
    type Out = In;
    fn connect(
        &self,
        _: &ConnectionDetails,
        chained: Option<In>,
    ) -> Result<Option<In>, ureq::Error> {
        if chained.is_some() {
            self.0.lock().connected = Some(Instant::now());
        }
        Ok(chained)
    }
}

/// The last link: wraps the transport to note when the request went out
/// (the TLS handshake is done by then) and when the first byte came back.
#[derive(Debug)]
struct Watch(Recorder);

impl<In: Transport> Connector<In> for Watch {
    type Out = Watched<In>;
    fn connect(
        &self,
        _: &ConnectionDetails,
        chained: Option<In>,
    ) -> Result<Option<Self::Out>, ureq::Error> {
        Ok(chained.map(|inner| Watched {
            inner,
            rec: self.0.clone(),
        }))
    }
}

#[derive(Debug)]
struct Watched<T> {
    inner: T,
    rec: Recorder,
}

impl<T: Transport> Transport for Watched<T> {
    fn buffers(&mut self) -> &mut dyn Buffers {
        self.inner.buffers()
    }
    fn transmit_output(&mut self, amount: usize, timeout: NextTimeout) -> Result<(), ureq::Error> {
        self.inner.transmit_output(amount, timeout)?;
        self.rec.lock().sent.get_or_insert_with(Instant::now);
        Ok(())
    }
    fn await_input(&mut self, timeout: NextTimeout) -> Result<bool, ureq::Error> {
        let progress = self.inner.await_input(timeout)?;
        if progress {
            self.rec.lock().first_byte.get_or_insert_with(Instant::now);
        }
        Ok(progress)
    }
    fn is_open(&mut self) -> bool {
        self.inner.is_open()
    }
    fn is_tls(&self) -> bool {
        self.inner.is_tls()
    }
}

/// An HTTP client that times each phase. One connection per request.
pub struct Client {
    agent: Agent,
    rec: Recorder,
    options: Options,
}

impl Client {
    /// A client with these options.
    pub fn new(options: Options) -> Self {
        let rec = Recorder::default();
        let config = Agent::config_builder()
            .http_status_as_error(false)
            .max_redirects(0)
            .timeout_global(Some(options.timeout))
            .max_idle_connections(0)
            .max_idle_connections_per_host(0)
            .user_agent(format!("gatewise/{} (+check)", env!("CARGO_PKG_VERSION")))
            .tls_config(match &options.roots {
                Some(certs) => TlsConfig::builder()
                    .root_certs(RootCerts::new_with_certs(certs))
                    .build(),
                None => TlsConfig::default(),
            })
            .build();
        // ureq's default chain, with the two timing links.
        let connector =
            ().chain(ConnectProxyConnector::default())
                .chain(TcpConnector::default())
                .chain(MarkConnected(rec.clone()))
                .chain(RustlsConnector::default())
                .chain(Watch(rec.clone()));
        let agent = Agent::with_parts(
            config,
            connector,
            TimedResolver(DefaultResolver::default(), rec.clone()),
        );
        Client {
            agent,
            rec,
            options,
        }
    }

    /// Fetches `url` (already checked by [`url::from_user`]) and follows
    /// its redirects.
    pub fn fetch(&self, url: &str) -> Trace {
        let mut hops: Vec<Hop> = Vec::new();
        let mut next = url.to_string();
        loop {
            let other_origin = hops
                .last()
                .is_some_and(|h| url::origin(&h.url) != url::origin(&next));
            let (hop, body) = self.one(&next, other_origin);
            let redirect = is_redirect(hop.status);
            let location = hop.location.clone();
            let raw = hop
                .headers
                .iter()
                .find(|(n, _)| n.eq_ignore_ascii_case("location"))
                .map(|(_, v)| v.clone());
            let from = hop.url.clone();
            hops.push(hop);
            let finish = |hops, stopped| Trace {
                hops,
                body_bytes: body.bytes.len().min(SCAN_LIMIT),
                body_truncated: body.bytes.len() > SCAN_LIMIT,
                body_error: body.error.clone(),
                body: body.bytes.clone(),
                stopped,
            };
            if !redirect {
                return finish(hops, None);
            }
            let Some(location) = location else {
                let why = match raw {
                    Some(raw) => url::resolve(&from, &raw)
                        .err()
                        .unwrap_or_else(|| "an unusable Location".into()),
                    None => "a redirect with no Location".into(),
                };
                return finish(hops, Some(why));
            };
            if hops.iter().any(|h| h.url == location) {
                return finish(
                    hops,
                    Some(format!("a redirect loop: {location} was already visited")),
                );
            }
            if hops.len() > self.options.max_redirects as usize {
                return finish(
                    hops,
                    Some(format!(
                        "more than {} redirects",
                        self.options.max_redirects
                    )),
                );
            }
            next = location;
        }
    }

    /// One request, no redirect followed.
    fn one(&self, url: &str, other_origin: bool) -> (Hop, Body) {
        *self.rec.lock() = Stamps::default();
        let start = Instant::now();
        let mut hop = Hop {
            url: url.to_string(),
            other_origin,
            address: None,
            version: None,
            status: None,
            headers: Vec::new(),
            location: None,
            timings: Timings::default(),
            failure: None,
        };
        let mut body = Body::default();
        match self.agent.get(url).call() {
            Ok(res) => {
                hop.status = Some(res.status().as_u16());
                hop.version = Some(format!("{:?}", res.version()));
                for (name, value) in res.headers() {
                    hop.headers.push((
                        name.as_str().to_string(),
                        String::from_utf8_lossy(value.as_bytes()).into_owned(),
                    ));
                }
                if let Some(raw) = res.headers().get("location") {
                    hop.location = url::resolve(url, &String::from_utf8_lossy(raw.as_bytes())).ok();
                }
                if !(is_redirect(hop.status) && hop.location.is_some()) {
                    body = read_body(res.into_body().into_reader());
                }
            }
            Err(e) => hop.failure = Some(self.failure(&e, url)),
        }
        let s = self.rec.lock();
        hop.address = s.address;
        hop.timings = timings(start, &s, url.starts_with("https:"));
        (hop, body)
    }

    /// Names a failure by the phase it happened in and what the client said.
    fn failure(&self, e: &ureq::Error, url: &str) -> Failure {
        use std::io::ErrorKind as Io;
        use NetworkFailure::*;
        let s = self.rec.lock();
        let timed_out = matches!(e, ureq::Error::Timeout(_))
            || matches!(e, ureq::Error::Io(io) if matches!(io.kind(), Io::TimedOut | Io::WouldBlock));
        let io_kind = match e {
            ureq::Error::Io(io) => Some(io.kind()),
            _ => None,
        };
        // rustls's own error, as ureq hands it over or inside an I/O error.
        let tls_error = match e {
            ureq::Error::Rustls(t) => Some(t),
            ureq::Error::Io(io) => io
                .get_ref()
                .and_then(|inner| inner.downcast_ref::<rustls::Error>()),
            _ => None,
        };
        // By what the client said, then by the phase it failed in (a
        // proxy, when one is set, resolves the name itself).
        let kind = if timed_out {
            TimedOut
        } else if matches!(e, ureq::Error::HostNotFound) {
            NameNotResolved
        } else if s.connected.is_none() && matches!(io_kind, Some(Io::ConnectionRefused)) {
            ConnectionRefused
        } else if s.connected.is_none()
            && matches!(io_kind, Some(Io::HostUnreachable | Io::NetworkUnreachable))
        {
            TimedOut
        } else if s.resolved.is_none() {
            NameNotResolved
        } else if s.connected.is_none() {
            ConnectionRefused
        } else if matches!(
            tls_error,
            Some(rustls::Error::InvalidCertificate(_) | rustls::Error::NoCertificatesPresented)
        ) {
            // The secure connection itself worked; the certificate did not
            // pass (unknown issuer, expired, another name): as the browser's
            // net::ERR_CERT_*, explained and never retried.
            Certificate
        } else if matches!(
            tls_error,
            Some(rustls::Error::AlertReceived(
                rustls::AlertDescription::CertificateRequired
            ))
        ) {
            ClientCertificate
        } else if matches!(
            e,
            ureq::Error::Tls(_) | ureq::Error::Rustls(_) | ureq::Error::TlsRequired
        ) || (url.starts_with("https:") && s.sent.is_none())
        {
            TlsFailure
        } else if matches!(
            io_kind,
            Some(Io::ConnectionReset | Io::ConnectionAborted | Io::BrokenPipe)
        ) {
            ConnectionReset
        } else {
            EmptyResponse
        };
        Failure {
            kind,
            detail: e.to_string(),
        }
    }
}

/// What was read of a body.
#[derive(Default)]
struct Body {
    bytes: Vec<u8>,
    error: Option<String>,
}

fn is_redirect(status: Option<u16>) -> bool {
    matches!(status, Some(301 | 302 | 303 | 307 | 308))
}

/// Reads at most what the core looks at, plus one byte to know it was cut.
fn read_body(reader: impl Read) -> Body {
    let mut bytes = Vec::new();
    let result = reader.take(SCAN_LIMIT as u64 + 1).read_to_end(&mut bytes);
    Body {
        bytes,
        error: result.err().map(|e| e.to_string()),
    }
}

fn ms(from: Instant, to: Instant) -> f64 {
    let d = to.saturating_duration_since(from);
    (d.as_secs_f64() * 10_000.0).round() / 10.0
}

fn timings(start: Instant, s: &Stamps, tls: bool) -> Timings {
    let connected = s.connected;
    Timings {
        dns_ms: s.resolved.map(|t| ms(start, t)),
        connect_ms: s.resolved.zip(connected).map(|(a, b)| ms(a, b)),
        tls_ms: if tls {
            connected.zip(s.sent).map(|(a, b)| ms(a, b))
        } else {
            None
        },
        first_byte_ms: s.sent.zip(s.first_byte).map(|(a, b)| ms(a, b)),
        total_ms: ms(start, Instant::now()),
    }
}
