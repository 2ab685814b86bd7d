//! `gatewise check` and `gatewise watch` against real servers on the
//! loopback: each test starts its own on 127.0.0.1 (std TcpListener, one
//! thread per connection) that answers from a script, one step per
//! request: fail, hang, close, redirect, recover.
#![cfg(not(target_arch = "wasm32"))]

use serde_json::Value;
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

/// What the server does with one request.
#[derive(Clone, Debug)]
enum Step {
    /// Answer with this status, extra header lines and body.
    Answer(u16, Vec<String>, Vec<u8>),
    /// Read the request and never answer (the connection stays open).
    Hang,
    /// Read the request and close without a byte.
    Close,
}

fn answer(status: u16, headers: &[&str], body: &str) -> Step {
    Step::Answer(
        status,
        headers.iter().map(|h| h.to_string()).collect(),
        body.as_bytes().to_vec(),
    )
}

/// A scripted server; the last step repeats.
struct Server {
    port: u16,
    hits: Arc<AtomicUsize>,
    paths: Arc<Mutex<Vec<String>>>,
}

impl Server {
    fn start(steps: Vec<Step>) -> Server {
        Server::start_with(steps, None)
    }

    /// The same, speaking TLS with this configuration.
    fn start_with(steps: Vec<Step>, tls: Option<Arc<rustls::ServerConfig>>) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind on the loopback");
        let port = listener.local_addr().unwrap().port();
        let hits = Arc::new(AtomicUsize::new(0));
        let paths = Arc::new(Mutex::new(Vec::new()));
        let (h, p) = (hits.clone(), paths.clone());
        thread::spawn(move || {
            for conn in listener.incoming() {
                let Ok(conn) = conn else { continue };
                let n = h.fetch_add(1, Ordering::SeqCst);
                let step = steps[n.min(steps.len() - 1)].clone();
                let (p, tls) = (p.clone(), tls.clone());
                thread::spawn(move || serve(conn, step, &p, tls));
            }
        });
        Server { port, hits, paths }
    }

    fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }

    fn hits(&self) -> usize {
        self.hits.load(Ordering::SeqCst)
    }
}

fn serve(
    conn: TcpStream,
    step: Step,
    paths: &Mutex<Vec<String>>,
    tls: Option<Arc<rustls::ServerConfig>>,
) {
    // A hanging step holds the connection until the client gives up.
    let _ = conn.set_read_timeout(Some(Duration::from_secs(30)));
    match tls {
        Some(config) => {
            let Ok(session) = rustls::ServerConnection::new(config) else {
                return;
            };
            respond(rustls::StreamOwned::new(session, conn), step, paths);
        }
        None => respond(conn, step, paths),
    }
}

fn respond(mut conn: impl Read + Write, step: Step, paths: &Mutex<Vec<String>>) {
    // The request head; anything that is not HTTP (a TLS ClientHello sent to
    // a plain server) is answered at once, as a real HTTP server would.
    let mut head = Vec::new();
    let mut byte = [0u8; 1];
    while !head.ends_with(b"\r\n\r\n")
        && head.len() < 65_536
        && head.first().is_none_or(u8::is_ascii_uppercase)
    {
        match conn.read(&mut byte) {
            Ok(1) => head.push(byte[0]),
            _ => break,
        }
    }
    let head = String::from_utf8_lossy(&head);
    paths
        .lock()
        .unwrap()
        .push(head.split_whitespace().nth(1).unwrap_or("").to_string());
    match step {
        Step::Answer(status, headers, body) => {
            let mut head = format!(
                "HTTP/1.1 {status} Whatever\r\nContent-Length: {}\r\nConnection: close\r\n",
                body.len()
            );
            for h in headers {
                head.push_str(&h);
                head.push_str("\r\n");
            }
            head.push_str("\r\n");
            let _ = conn.write_all(head.as_bytes());
            let _ = conn.write_all(&body);
            let _ = conn.flush();
        }
        Step::Hang => {
            let _ = conn.read(&mut [0u8; 1]);
        }
        Step::Close => {}
    }
}

fn gatewise(args: &[&str]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_gatewise"));
    for proxy in [
        "http_proxy",
        "https_proxy",
        "all_proxy",
        "HTTP_PROXY",
        "HTTPS_PROXY",
        "ALL_PROXY",
    ] {
        cmd.env_remove(proxy);
    }
    cmd.args(args).output().expect("the binary runs")
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("UTF-8 output")
}

fn check_json(url: &str, extra: &[&str]) -> (Value, Option<i32>) {
    let mut args = vec!["check", "--json", url];
    args.extend_from_slice(extra);
    let out = gatewise(&args);
    let v: Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("JSON ({e}): {}", stdout(&out)));
    (v, out.status.code())
}

const NGINX_502: &str = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx/1.22.1</center>\r\n</body>\r\n</html>\r\n";

#[test]
fn check_a_failing_site_prints_hops_timings_diagnosis_and_card() {
    let s = Server::start(vec![answer(
        502,
        &["Server: nginx/1.22.1", "Content-Type: text/html"],
        NGINX_502,
    )]);
    let out = gatewise(&["check", &s.url("/shop")]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(1), "a failing URL exits 1\n{text}");
    assert!(
        text.starts_with(&format!("#1 GET {}", s.url("/shop"))),
        "{text}"
    );
    assert!(text.contains("HTTP/1.1 502 Bad Gateway"), "{text}");
    for phase in ["dns ", "connect ", "first byte ", "total "] {
        assert!(text.contains(phase), "{phase} missing: {text}");
    }
    assert!(!text.contains("tls "), "no TLS on http: {text}");
    assert!(
        text.contains("server: nginx/1.22.1"),
        "final headers shown: {text}"
    );
    assert!(text.contains("502: a server-side failure"), "{text}");
    assert!(text.contains("vendor     nginx"), "{text}");
    assert!(
        text.contains("502 Bad Gateway — "),
        "the card's title: {text}"
    );
    assert!(text.contains("What you can do"), "{text}");

    let (v, code) = check_json(&s.url("/shop"), &[]);
    assert_eq!(code, Some(1));
    assert_eq!(v["works"], false);
    assert_eq!(v["hops"].as_array().unwrap().len(), 1);
    assert_eq!(v["hops"][0]["status"], 502);
    assert!(v["hops"][0]["timings"]["connect_ms"].as_f64().is_some());
    assert!(v["hops"][0]["timings"]["first_byte_ms"].as_f64().is_some());
    assert_eq!(v["diagnosis"]["vendor"], "nginx");
    assert_eq!(v["diagnosis"]["retryable"], true);
    assert_eq!(v["card"]["code"], 502);
}

#[test]
fn check_a_working_site_exits_0() {
    let s = Server::start(vec![answer(
        200,
        &["Content-Type: text/html"],
        "<title>Shop</title><h1>Welcome</h1>",
    )]);
    let (v, code) = check_json(&s.url("/"), &[]);
    assert_eq!((code, v["works"].as_bool()), (Some(0), Some(true)));
    assert_eq!(v["diagnosis"]["is_error"], false);
    assert_eq!(v["body_bytes"], "<title>Shop</title><h1>Welcome</h1>".len());
}

#[test]
fn check_follows_redirects_hop_by_hop_to_another_origin() {
    let servers = || {
        let b = Server::start(vec![answer(
            503,
            &["Retry-After: 120", "Server: Varnish"],
            "",
        )]);
        let a = Server::start(vec![
            answer(301, &["Location: /step/../next?x=1"], ""),
            answer(302, &[&format!("Location: {}", b.url("/landing"))], ""),
        ]);
        (a, b)
    };
    let (a, b) = servers();
    let out = gatewise(&["check", &a.url("/old")]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(1), "{text}");
    let hops: Vec<&str> = text.lines().filter(|l| l.starts_with('#')).collect();
    assert_eq!(
        hops,
        [
            format!("#1 GET {}", a.url("/old")),
            format!("#2 GET {}", a.url("/next?x=1")),
            format!("#3 GET {}   (another origin)", b.url("/landing"))
        ]
    );
    assert!(
        text.contains(&format!("-> {}", a.url("/next?x=1"))),
        "{text}"
    );
    assert!(text.contains("503 Service Unavailable"), "{text}");
    assert_eq!(a.paths.lock().unwrap().as_slice(), ["/old", "/next?x=1"]);
    assert_eq!(b.hits(), 1);

    let (a, b) = servers();
    let (v, _) = check_json(&a.url("/old"), &[]);
    let statuses: Vec<u64> = v["hops"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["status"].as_u64().unwrap())
        .collect();
    assert_eq!(statuses, [301, 302, 503]);
    assert_eq!(v["hops"][2]["other_origin"], true);
    assert_eq!(v["diagnosis"]["retry_after_s"], 120);
    assert_eq!(v["diagnosis"]["url"], b.url("/landing"));
}

#[test]
fn check_stops_at_a_redirect_loop_and_at_the_limit() {
    let s = Server::start(vec![
        answer(302, &["Location: /b"], ""),
        answer(302, &["Location: /a"], ""),
    ]);
    let (v, code) = check_json(&s.url("/a"), &[]);
    assert_eq!(code, Some(1));
    assert!(
        v["stopped"].as_str().unwrap().contains("redirect loop"),
        "{v}"
    );
    assert_eq!(s.hits(), 2, "the loop is seen before a third request");

    let s = Server::start(
        (1..=6)
            .map(|n| answer(307, &[&format!("Location: /{n}")], ""))
            .collect(),
    );
    let (v, _) = check_json(&s.url("/"), &["--max-redirects", "3"]);
    assert!(
        v["stopped"]
            .as_str()
            .unwrap()
            .contains("more than 3 redirects"),
        "{v}"
    );
    assert_eq!(s.hits(), 4);
}

#[test]
fn check_names_failures_with_no_response() {
    // Timed out: the server reads the request and says nothing.
    let s = Server::start(vec![Step::Hang]);
    let t = Instant::now();
    let (v, code) = check_json(&s.url("/"), &["--timeout", "1"]);
    assert!(
        t.elapsed() < Duration::from_secs(8),
        "the timeout holds: {:?}",
        t.elapsed()
    );
    assert_eq!(code, Some(1));
    assert_eq!(v["diagnosis"]["variant"], "timed-out", "{v}");
    assert_eq!(v["hops"][0]["failure"]["kind"], "timed-out");

    // An empty reply.
    let s = Server::start(vec![Step::Close]);
    let (v, _) = check_json(&s.url("/"), &[]);
    assert_eq!(v["diagnosis"]["variant"], "empty-response", "{v}");

    // Nothing listens: bind a port, then let it go.
    let port = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let (v, _) = check_json(&format!("http://127.0.0.1:{port}/"), &[]);
    assert_eq!(v["diagnosis"]["variant"], "connection-refused", "{v}");
    assert_eq!(v["diagnosis"]["fault"], "origin");

    // TLS spoken to a plain HTTP server.
    let s = Server::start(vec![answer(200, &[], "plain")]);
    let (v, _) = check_json(
        &format!("https://127.0.0.1:{}/", s.port),
        &["--timeout", "3"],
    );
    assert_eq!(v["diagnosis"]["variant"], "tls-failure", "{v}");
}

#[test]
fn check_reads_at_most_256_kib_of_a_huge_body() {
    let mut body = NGINX_502.replace("</body>", "").into_bytes();
    body.resize(8 << 20, b'x');
    let s = Server::start(vec![Step::Answer(502, vec!["Server: nginx".into()], body)]);
    let (v, _) = check_json(&s.url("/"), &[]);
    assert_eq!(v["body_bytes"], 256 * 1024);
    assert_eq!(v["body_truncated"], true);
    assert_eq!(v["diagnosis"]["vendor"], "nginx");
    assert!(v["diagnosis"]["evidence"]
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e.as_str().unwrap().contains("first 256 KiB")));
}

/// A hostile server: escape sequences in its page, C1 controls and a bidi
/// override in its headers (HTTP forbids raw ESC there; ureq refuses it).
/// Text mode shows them as visible escapes; JSON keeps the data.
#[test]
fn check_keeps_hostile_text_inert_on_the_terminal() {
    let servers = || {
        let page =
            "<html><head><title>502 Bad Gateway\u{1b}]0;pwned\u{7}\u{1b}[2J</title></head><body>\
            <h1>502 Bad Gateway\u{1b}[8m</h1><hr><center>nginx</center></body></html>";
        let headers = vec![
            "Server: nginx\u{9b}31m".into(),
            "CF-RAY: 8d\u{9b}2J1f-CDG".into(),
        ];
        let b = Server::start(vec![Step::Answer(502, headers, page.as_bytes().to_vec())]);
        let a = Server::start(vec![answer(
            302,
            &[&format!("Location: {}/\u{202e}gpj.exe", b.url(""))],
            "",
        )]);
        (a, b)
    };
    let (a, _b) = servers();
    let out = gatewise(&["check", "--audience", "owner", &a.url("/")]);
    let text = stdout(&out);
    for raw in ['\u{1b}', '\u{9b}', '\u{7}', '\u{202e}'] {
        assert!(
            !text.contains(raw),
            "raw {raw:?} reached the terminal: {text:?}"
        );
    }
    assert!(text.contains("server: nginx\\u{9b}31m"), "{text}");
    assert!(text.contains("cf-ray: 8d\\u{9b}2J1f-CDG"), "{text}");
    assert!(
        text.contains("/%E2%80%AEgpj.exe"),
        "the Location is percent-encoded: {text}"
    );

    let (a, _b) = servers();
    let (v, _) = check_json(&a.url("/"), &[]);
    let headers = v["hops"][1]["headers"].as_array().unwrap();
    assert!(
        headers.iter().any(|h| h[1] == "nginx\u{9b}31m"),
        "JSON keeps the text: {headers:?}"
    );
}

#[test]
fn watch_probes_until_the_site_is_back() {
    let s = Server::start(vec![
        answer(502, &["Server: nginx"], NGINX_502),
        answer(200, &[], "<title>Back</title>"),
    ]);
    let t = Instant::now();
    let out = gatewise(&["watch", &s.url("/")]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert_eq!(s.hits(), 2);
    // Attempt 1 waits 1 to 3 s (its window, 1 s floor).
    let took = t.elapsed();
    assert!(
        took >= Duration::from_secs(1) && took < Duration::from_secs(8),
        "{took:?}"
    );
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines[0].starts_with("watching http://127.0.0.1:"), "{text}");
    assert!(
        lines[1].contains("first look: 502 Bad Gateway · nginx · fault: origin"),
        "{text}"
    );
    assert!(
        lines[2].contains(&format!(
            "next: attempt 1 of {} in ",
            gatewise::RetryPolicy::default().max_attempts
        )) && lines[2].ends_with("(backoff)"),
        "{text}"
    );
    assert!(lines[3].contains("attempt 1: 200 OK"), "{text}");
    assert!(
        lines[4].starts_with("back: 200 OK after 1 attempt"),
        "{text}"
    );
    assert!(
        !text.contains('\r') && !text.contains('\u{1b}'),
        "plain lines in a pipe: {text:?}"
    );
    assert!(
        out.stderr.is_empty(),
        "no progress line off a terminal: {:?}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn watch_recovers_after_a_timeout() {
    let s = Server::start(vec![Step::Hang, answer(200, &[], "ok")]);
    let out = gatewise(&["watch", "--timeout", "1", &s.url("/")]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert_eq!(s.hits(), 2);
    assert!(
        text.contains("first look: no response: timed-out"),
        "{text}"
    );
    assert!(text.contains("attempt 1: 200 OK"), "{text}");
}

#[test]
fn watch_honours_retry_after() {
    // 5 s is past attempt 1's whole window (1-4 s): the server's time wins.
    let s = Server::start(vec![
        answer(503, &["Retry-After: 5"], ""),
        answer(200, &[], "ok"),
    ]);
    let t = Instant::now();
    let out = gatewise(&["watch", &s.url("/")]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(text.contains("(the server's Retry-After)"), "{text}");
    assert!(
        t.elapsed() >= Duration::from_secs(5),
        "never before the server's time: {:?}",
        t.elapsed()
    );
}

#[test]
fn watch_gives_up_with_status_1() {
    // The plan runs out of attempts.
    let s = Server::start(vec![answer(502, &[], "")]);
    let out = gatewise(&["watch", "--attempts", "1", &s.url("/")]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert_eq!(s.hits(), 2);
    assert!(
        text.trim_end().ends_with("gave up: all attempts used"),
        "{text}"
    );

    // Failures that time does not fix end at once, each with its reason.
    let cases = [
        (answer(501, &[], ""), "this failure does not pass with time"),
        (answer(404, &[], "<title>Not found</title>"), "a 4xx answer"),
        (
            answer(503, &["Retry-After: 86400"], ""),
            "the server asks for 86400 s",
        ),
        (
            answer(302, &["Location: /"], ""),
            "stopped following redirects: a redirect loop",
        ),
    ];
    for (step, why) in cases {
        let s = Server::start(vec![step]);
        let out = gatewise(&["watch", &s.url("/")]);
        let text = stdout(&out);
        assert_eq!((out.status.code(), s.hits()), (Some(1), 1), "{text}");
        assert!(text.contains(&format!("gave up: {why}")), "{text}");
    }
}

#[test]
fn watch_shows_a_progress_line_on_a_terminal() {
    // `script` gives the command a pseudo-terminal, as a person's shell would.
    if Command::new("script").arg("--version").output().is_err() {
        panic!("util-linux's script is needed for this test");
    }
    let s = Server::start(vec![answer(502, &[], ""), answer(200, &[], "ok")]);
    let cmd = format!("{} watch {}", env!("CARGO_BIN_EXE_gatewise"), s.url("/"));
    let out = Command::new("script")
        .args(["-q", "-e", "-c", &cmd, "/dev/null"])
        .output()
        .unwrap();
    let tty = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{tty}");
    assert!(
        tty.contains(&format!(
            "\r\u{1b}[2Kattempt 1 of {} in ",
            gatewise::RetryPolicy::default().max_attempts
        )),
        "a progress line, redrawn in place: {tty:?}"
    );
    assert!(tty.contains("· Ctrl-C stops"), "{tty:?}");
    assert!(tty.contains("back: 200 OK"), "{tty:?}");
}

#[test]
fn check_and_watch_refuse_bad_urls_with_one_line() {
    let not_pem = std::env::temp_dir().join(format!("gatewise-not-pem-{}", std::process::id()));
    std::fs::write(&not_pem, "not a certificate").unwrap();
    let not_pem = not_pem.to_str().unwrap();
    for args in [
        &["check", "ftp://files.example/"][..],
        &["watch", "http://"],
        &["check"],
        &["check", "http://x/", "--timeout", "abc"],
        &["check", "--cacert", "/no/such/ca.pem", "https://x/"],
        &["check", "--cacert", not_pem, "https://x/"],
    ] {
        let out = gatewise(args);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert_eq!(err.trim_end().lines().count(), 1, "{args:?}: {err}");
        assert!(err.starts_with("gatewise: "), "{err}");
    }
}

/// A private CA and a certificate for 127.0.0.1 signed by it: the CA's PEM
/// file (for --cacert) and the server's TLS configuration.
fn private_ca(name: &str) -> (std::path::PathBuf, Arc<rustls::ServerConfig>) {
    use rcgen::{BasicConstraints, CertificateParams, CertifiedIssuer, DnType, IsCa, KeyPair};
    let mut ca_params = CertificateParams::new(Vec::<String>::new()).unwrap();
    ca_params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    ca_params
        .distinguished_name
        .push(DnType::CommonName, "Gatewise test CA");
    let ca = CertifiedIssuer::self_signed(ca_params, KeyPair::generate().unwrap()).unwrap();
    let key = KeyPair::generate().unwrap();
    let cert = CertificateParams::new(vec!["127.0.0.1".to_string()])
        .unwrap()
        .signed_by(&key, &ca)
        .unwrap();
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_no_client_auth()
        .with_single_cert(
            vec![cert.der().clone()],
            rustls::pki_types::PrivatePkcs8KeyDer::from(key.serialize_der()).into(),
        )
        .unwrap();
    let dir = std::env::temp_dir().join(format!("gatewise-tls-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let pem = dir.join("ca.pem");
    std::fs::write(&pem, ca.pem()).unwrap();
    (pem, Arc::new(config))
}

#[test]
fn check_over_https_times_the_tls_handshake() {
    let (ca, tls) = private_ca("check");
    let s = Server::start_with(vec![answer(502, &["Server: nginx"], NGINX_502)], Some(tls));
    let url = format!("https://127.0.0.1:{}/", s.port);
    let out = gatewise(&["check", "--cacert", ca.to_str().unwrap(), &url]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(text.contains("HTTP/1.1 502 Bad Gateway"), "{text}");
    let timings = text.lines().nth(2).unwrap();
    for phase in ["dns ", "connect ", "tls ", "first byte ", "total "] {
        assert!(timings.contains(phase), "{phase}: {timings}");
    }
    assert!(text.contains("vendor     nginx"), "{text}");
}

#[test]
fn an_untrusted_certificate_is_explained_and_never_retried() {
    let (_, tls) = private_ca("untrusted");
    let s = Server::start_with(vec![answer(200, &[], "ok")], Some(tls));
    let url = format!("https://127.0.0.1:{}/", s.port);
    let (v, code) = check_json(&url, &[]);
    assert_eq!(code, Some(1));
    // The handshake worked; the certificate did not pass: as the browser's
    // net::ERR_CERT_AUTHORITY_INVALID, not a TLS failure.
    assert_eq!(v["diagnosis"]["variant"], "certificate", "{v}");
    assert_eq!(v["hops"][0]["failure"]["kind"], "certificate", "{v}");
    assert!(
        v["hops"][0]["failure"]["detail"]
            .as_str()
            .unwrap()
            .contains("UnknownIssuer"),
        "{v}"
    );
    let hits = s.hits();
    let out = gatewise(&["watch", &url]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(
        text.contains("gave up: this failure does not pass with time"),
        "{text}"
    );
    assert_eq!(s.hits(), hits + 1, "one look, no retry");
}

#[test]
fn watch_over_https_until_it_is_back() {
    let (ca, tls) = private_ca("watch");
    let s = Server::start_with(
        vec![answer(503, &[], ""), answer(200, &[], "ok")],
        Some(tls),
    );
    let out = gatewise(&[
        "watch",
        "--cacert",
        ca.to_str().unwrap(),
        &format!("https://127.0.0.1:{}/", s.port),
    ]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(
        text.contains("first look: 503 Service Unavailable"),
        "{text}"
    );
    assert!(text.contains("back: 200 OK after 1 attempt"), "{text}");
}
