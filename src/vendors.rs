//! The vendor fingerprints: one table, one entry per vendor.
//!
//! To add a vendor, add a [`Vendor`] to [`VENDORS`] and a fixture with its
//! page to `tests/fixtures/` (the corpus test reads the manifest). Marks are
//! lowercase; they are matched against the views of [`Page`].

use crate::headers::Headers;
use crate::text::Page;

/// What part a vendor plays between the visitor and the site.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// A web server or reverse proxy run by the site (nginx, Apache, IIS...).
    Proxy,
    /// A load balancer run by a cloud for the site (ELB, Azure App Gateway...).
    LoadBalancer,
    /// A content delivery network in front of the site.
    Cdn,
    /// A hosting platform that runs the site's code (Heroku, Vercel...).
    Platform,
    /// A site's own branded error page.
    Site,
}

/// Which view of the page a mark is looked for in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Where {
    /// The lowercased markup: attributes, footers, class names.
    Markup,
    /// The title.
    Title,
    /// The first h1 and h2.
    Headings,
    /// The visible text.
    Text,
}

/// One fingerprint of a vendor's page.
#[derive(Clone, Copy, Debug)]
pub struct Mark {
    /// Where to look.
    pub at: Where,
    /// What to look for (lowercase).
    pub text: &'static str,
    /// The mark does not count if this is in the same view.
    pub unless: Option<&'static str>,
    /// How much it weighs: 10 or more alone names the vendor.
    pub weight: u8,
    /// The page variant this mark identifies, if any.
    pub variant: Option<&'static str>,
    /// Whether the mark appears only on error pages (so it may call an
    /// outage when no status line is known, on a short page).
    pub error_page: bool,
    /// The status the vendor serves this page with, when the mark says it.
    pub status: Option<u16>,
}

const fn m(at: Where, text: &'static str, weight: u8) -> Mark {
    Mark { at, text, unless: None, weight, variant: None, error_page: false, status: None }
}

impl Mark {
    /// Names the variant this mark identifies.
    const fn variant(mut self, v: &'static str) -> Self {
        self.variant = Some(v);
        self
    }
    /// Marks it as found only on error pages.
    const fn error(mut self) -> Self {
        self.error_page = true;
        self
    }
    /// The status this page is served with.
    const fn status(mut self, s: u16) -> Self {
        self.status = Some(s);
        self
    }
    /// Counts only when `s` is absent from the same view.
    const fn unless(mut self, s: &'static str) -> Self {
        self.unless = Some(s);
        self
    }
    fn view<'p>(&self, page: &'p Page) -> &'p str {
        match self.at {
            Where::Markup => &page.markup,
            Where::Title => &page.title,
            Where::Headings => &page.headings,
            Where::Text => &page.visible_lower,
        }
    }
    /// Whether the mark is on the page.
    pub fn matches(&self, page: &Page) -> bool {
        self.view(page).contains(self.text) && self.unless_holds(page)
    }
    /// Whether its `unless` string is absent (true when it has none).
    fn unless_holds(&self, page: &Page) -> bool {
        self.unless.is_none_or(|u| !self.view(page).contains(u))
    }
}

/// One vendor and the ways to recognise it.
#[derive(Clone, Copy, Debug)]
pub struct Vendor {
    /// Stable lowercase id.
    pub id: &'static str,
    /// Name for people.
    pub name: &'static str,
    /// Its part in the chain.
    pub role: Role,
    /// Lowercase prefixes of the `Server` header.
    pub server: &'static [&'static str],
    /// Header names (lowercase) only this vendor sends; `name=value` means
    /// the value must contain `value`.
    pub headers: &'static [&'static str],
    /// Fingerprints of its pages.
    pub marks: &'static [Mark],
}

use Where::{Headings, Markup, Text, Title};

/// Every vendor the core recognises, most specific first (ties go to the
/// earlier entry).
pub const VENDORS: &[Vendor] = &[
    Vendor {
        id: "cloudflare",
        name: "Cloudflare",
        role: Role::Cdn,
        server: &["cloudflare"],
        headers: &["cf-ray", "cf-cache-status", "cf-mitigated"],
        marks: &[
            m(Markup, "<hr><center>cloudflare</center>", 14).variant("cloudflare-plain").error(),
            m(Markup, "cdn-cgi/styles/cf.errors.css", 13).variant("cloudflare-legacy").error(),
            m(Markup, "cf-error-details", 8).variant("cloudflare-legacy").error(),
            m(Text, "visit cloudflare.com for more information", 12).variant("cloudflare-branded").error(),
            m(Text, "performance & security by cloudflare", 10).variant("cloudflare-branded").error(),
            m(Text, "cloudflare ray id", 8).error(),
        ],
    },
    Vendor {
        id: "cloudfront",
        name: "Amazon CloudFront",
        role: Role::Cdn,
        server: &["cloudfront"],
        headers: &["x-amz-cf-id", "x-amz-cf-pop"],
        marks: &[
            m(Text, "generated by cloudfront (cloudfront)", 14).variant("cloudfront-default").error(),
            m(Title, "error: the request could not be satisfied", 8).variant("cloudfront-default").error(),
        ],
    },
    Vendor {
        id: "fastly",
        name: "Fastly",
        role: Role::Cdn,
        server: &["fastly"],
        headers: &["x-fastly-request-id", "fastly-debug-digest", "x-served-by=cache-"],
        marks: &[
            // Fastly's synthetic page misspells "Meditation"; Varnish's does not.
            m(Text, "guru mediation", 12).variant("fastly-guru-mediation").error(),
            m(Text, "details: cache-", 12).variant("fastly-guru-mediation").error(),
        ],
    },
    Vendor {
        id: "varnish",
        name: "Varnish",
        role: Role::Proxy,
        server: &["varnish"],
        headers: &["x-varnish"],
        marks: &[
            m(Text, "guru meditation", 10).variant("varnish-guru-meditation").error(),
            m(Text, "varnish cache server", 6).variant("varnish-guru-meditation").error(),
            m(Text, "backend fetch failed", 4).status(503),
        ],
    },
    Vendor {
        id: "akamai",
        name: "Akamai",
        role: Role::Cdn,
        server: &["akamaighost", "akamainetstorage", "akamai"],
        headers: &["x-akamai-transformed", "akamai-grn", "x-akamai-request-id"],
        marks: &[
            m(Text, "an error occurred while processing your request.", 6).variant("akamai-edge-error").error(),
            m(Text, "reference #", 6).error(),
            m(Text, "errors.edgesuite.net", 10).variant("akamai-edge-error").error(),
        ],
    },
    Vendor {
        id: "google",
        name: "Google",
        role: Role::Site,
        server: &["gws", "gse", "sffe", "esf"],
        headers: &[],
        marks: &[
            m(Text, "that's an error.", 12).variant("google-robot").error(),
            m(Title, "(server error)!!1", 12).variant("google-robot").error(),
            m(Text, "that's all we know.", 6).error(),
        ],
    },
    Vendor {
        id: "google-cloud-lb",
        name: "Google Cloud Load Balancing",
        role: Role::LoadBalancer,
        server: &["google frontend", "gfe"],
        headers: &["via=1.1 google"],
        marks: &[
            m(Headings, "error: server error", 10).variant("gfe-server-error").error(),
            m(Text, "could not complete your request", 3).unless("that's an error").error(),
        ],
    },
    Vendor {
        id: "azure-app-gateway",
        name: "Azure Application Gateway",
        role: Role::LoadBalancer,
        server: &["microsoft-azure-application-gateway"],
        headers: &[],
        marks: &[m(Markup, "<center>microsoft-azure-application-gateway", 14).variant("azure-appgw-default").error()],
    },
    Vendor {
        id: "aws-elb",
        name: "AWS Elastic Load Balancing",
        role: Role::LoadBalancer,
        server: &["awselb"],
        headers: &["x-amzn-requestid=", "x-amzn-trace-id"],
        marks: &[
            // The ALB/ELB page is nginx's template without the footer line.
            m(Markup, "<center><h1>50", 5).unless("<hr><center>").variant("aws-elb-default").error(),
        ],
    },
    Vendor {
        id: "heroku",
        name: "Heroku",
        role: Role::Platform,
        server: &["heroku"],
        headers: &["via=vegur", "via=heroku-router"],
        marks: &[
            m(Markup, "herokucdn.com/error-pages/application-error", 14).variant("heroku-application-error").error().status(503),
            m(Markup, "herokucdn.com/error-pages/maintenance", 14).variant("heroku-maintenance").error().status(503),
            m(Markup, "herokucdn.com/error-pages/no-such-app", 14).variant("heroku-no-such-app").status(404),
        ],
    },
    Vendor {
        id: "vercel",
        name: "Vercel",
        role: Role::Platform,
        server: &["vercel"],
        headers: &["x-vercel-id", "x-vercel-error"],
        marks: &[
            m(Text, "function_invocation_failed", 12).variant("vercel-function-failed").error().status(500),
            m(Text, "function_invocation_timeout", 12).variant("vercel-function-timeout").error().status(504),
            m(Text, "deployment_not_found", 12).variant("vercel-not-found").status(404),
        ],
    },
    Vendor {
        id: "netlify",
        name: "Netlify",
        role: Role::Platform,
        server: &["netlify"],
        headers: &["x-nf-request-id"],
        marks: &[m(Title, "page not found | netlify", 10).status(404)],
    },
    Vendor {
        id: "github",
        name: "GitHub",
        role: Role::Platform,
        server: &["github.com"],
        headers: &["x-github-request-id"],
        marks: &[
            m(Title, "unicorn! · github", 14).variant("github-unicorn").error(),
            m(Text, "no server is currently available to service your request", 10).variant("github-unicorn").error(),
        ],
    },
    Vendor {
        id: "nginx",
        name: "nginx",
        role: Role::Proxy,
        server: &["nginx"],
        headers: &[],
        marks: &[
            m(Markup, "<hr><center>nginx", 12).variant("nginx-default").error(),
            m(Text, "faithfully yours, nginx", 12).variant("nginx-50x-html").error(),
        ],
    },
    Vendor {
        id: "openresty",
        name: "OpenResty",
        role: Role::Proxy,
        server: &["openresty"],
        headers: &[],
        marks: &[m(Markup, "<hr><center>openresty", 13).variant("openresty-default").error()],
    },
    Vendor {
        id: "apache",
        name: "Apache httpd",
        role: Role::Proxy,
        server: &["apache"],
        headers: &[],
        marks: &[
            m(Text, "the proxy server received an invalid response from an upstream server", 12).variant("apache-proxy-error").error().status(502),
            m(Text, "the proxy server could not handle the request", 10).variant("apache-proxy-error").error().status(502),
            m(Text, "the gateway did not receive a timely response", 12).variant("apache-gateway-timeout").error().status(504),
            m(Text, "temporarily unable to service your request due to maintenance downtime or capacity problems", 12).variant("apache-service-unavailable").error().status(503),
            m(Text, "the server encountered an internal error or misconfiguration", 12).variant("apache-internal-error").error().status(500),
            m(Markup, "<address>apache", 8),
        ],
    },
    Vendor {
        id: "iis",
        name: "Microsoft IIS",
        role: Role::Proxy,
        server: &["microsoft-iis"],
        headers: &["x-powered-by=asp.net", "x-aspnet-version"],
        marks: &[
            m(Title, "detailed error", 12).variant("iis-detailed").error(),
            m(Text, "web server received an invalid response while acting as a gateway or proxy server", 12).variant("iis-custom-error").error().status(502),
            m(Text, "there is a problem with the page you are looking for, and it cannot be displayed", 10).variant("iis-custom-error").error(),
            m(Text, "there is a problem with the resource you are looking for, and it cannot be displayed", 10).variant("iis-custom-error").error(),
            m(Text, "the specified cgi application encountered an error", 12).variant("iis-custom-error").error().status(502),
        ],
    },
    Vendor {
        id: "microsoft-httpapi",
        name: "Windows HTTP.sys",
        role: Role::Proxy,
        server: &["microsoft-httpapi"],
        headers: &[],
        marks: &[m(Text, "http error 503. the service is unavailable.", 12).variant("httpapi-service-unavailable").error().status(503)],
    },
    Vendor {
        id: "haproxy",
        name: "HAProxy",
        role: Role::Proxy,
        server: &["haproxy"],
        headers: &[],
        marks: &[
            m(Text, "no server is available to handle this request", 12).variant("haproxy-default").error().status(503),
            m(Text, "the server returned an invalid or incomplete response", 12).variant("haproxy-default").error().status(502),
            m(Text, "the server didn't respond in time", 12).variant("haproxy-default").error().status(504),
            // HAProxy's own pages all open with this exact markup.
            m(Markup, "<html><body><h1>", 4),
            m(Text, "the resource could not be found.", 8).variant("haproxy-default").status(404),
        ],
    },
    Vendor {
        id: "squid",
        name: "Squid",
        role: Role::Proxy,
        server: &["squid"],
        headers: &["x-squid-error"],
        marks: &[
            m(Title, "error: the requested url could not be retrieved", 12).variant("squid-error-page").error(),
            m(Markup, "squid-cache.org", 4),
            m(Text, "generated by squid", 4).unless("cloudfront").error(),
        ],
    },
    Vendor {
        id: "envoy",
        name: "Envoy",
        role: Role::Proxy,
        server: &["envoy", "istio-envoy"],
        headers: &["x-envoy-upstream-service-time", "x-envoy-overloaded"],
        marks: &[
            m(Text, "upstream connect error or disconnect/reset before headers", 14).variant("envoy-local-reply").error().status(503),
            m(Text, "no healthy upstream", 12).variant("envoy-no-healthy-upstream").error().status(503),
            m(Text, "upstream request timeout", 12).variant("envoy-upstream-timeout").error().status(504),
        ],
    },
    Vendor {
        id: "traefik",
        name: "Traefik",
        role: Role::Proxy,
        server: &["traefik"],
        headers: &[],
        marks: &[],
    },
    Vendor {
        id: "lighttpd",
        name: "lighttpd",
        role: Role::Proxy,
        server: &["lighttpd"],
        headers: &[],
        // lighttpd's built-in pages: an XHTML document with a Latin-1 XML
        // prolog whose title and h1 are both "NNN Reason".
        marks: &[m(Markup, "<?xml version=\"1.0\" encoding=\"iso-8859-1\"?>", 6).variant("lighttpd-default")],
    },
    Vendor {
        id: "caddy",
        name: "Caddy",
        role: Role::Proxy,
        server: &["caddy"],
        headers: &[],
        marks: &[],
    },
    Vendor {
        id: "litespeed",
        name: "LiteSpeed",
        role: Role::Proxy,
        server: &["litespeed", "openlitespeed"],
        headers: &["x-litespeed-cache"],
        marks: &[
            m(Text, "proudly powered by litespeed web server", 12).variant("litespeed-default").error(),
            m(Text, "litespeed technologies inc. is not a web hosting company", 12).variant("litespeed-default").error(),
        ],
    },
    Vendor {
        id: "reddit",
        name: "Reddit",
        role: Role::Site,
        server: &["snooserv"],
        headers: &[],
        marks: &[
            m(Title, "ow! -- reddit.com", 14).variant("reddit-ow").error(),
            m(Text, "all of our servers are busy right now", 10).variant("reddit-ow").error(),
        ],
    },
    Vendor {
        id: "wikimedia",
        name: "Wikimedia",
        role: Role::Site,
        server: &[],
        headers: &[],
        marks: &[m(Title, "wikimedia error", 14).variant("wikimedia-error").error()],
    },
];

/// Looks a vendor up by id.
pub fn by_id(id: &str) -> Option<&'static Vendor> {
    VENDORS.iter().find(|v| v.id == id)
}

/// What the fingerprints found on a page.
#[derive(Clone, Debug, Default)]
pub struct BodyMatch {
    /// The best vendor and its score.
    pub vendor: Option<(&'static Vendor, u32)>,
    /// The variant of the heaviest matching mark that names one.
    pub variant: Option<&'static str>,
    /// Whether a matching mark is found only on error pages.
    pub error_page: bool,
    /// A status implied by a matching mark.
    pub status: Option<u16>,
    /// The marks that matched, for the evidence.
    pub marks: Vec<&'static str>,
}

/// Every mark, indexed by the view it is looked for in and its first byte.
struct MarkIndex {
    /// `[view * 256 + first byte]` -> (vendor, mark) positions in [`VENDORS`].
    by_first: Vec<Vec<(u8, u8)>>,
}

fn view_index(at: Where) -> usize {
    match at {
        Where::Markup => 0,
        Where::Title => 1,
        Where::Headings => 2,
        Where::Text => 3,
    }
}

fn mark_index() -> &'static MarkIndex {
    static INDEX: std::sync::OnceLock<MarkIndex> = std::sync::OnceLock::new();
    INDEX.get_or_init(|| {
        let mut by_first = vec![Vec::new(); 4 * 256];
        for (vi, v) in VENDORS.iter().enumerate() {
            for (mi, m) in v.marks.iter().enumerate() {
                let first = m.text.as_bytes().first().copied().unwrap_or(0);
                by_first[view_index(m.at) * 256 + usize::from(first)].push((vi as u8, mi as u8));
            }
        }
        MarkIndex { by_first }
    })
}

/// Which marks of each vendor are on the page, as one bit per mark.
///
/// Natively each mark is its own `str::contains`, which is SIMD-accelerated
/// on x86-64. In wasm32 `contains` is scalar, and some eighty separate
/// searches over a 7 KB page cost more than one pass over each view that
/// tries, at each byte, only the marks starting with that byte. Both give
/// the same bits (a unit test holds them to it on every real page).
fn found_marks(page: &Page) -> Vec<u64> {
    if cfg!(target_arch = "wasm32") {
        found_by_index(page)
    } else {
        found_by_search(page)
    }
}

fn found_by_search(page: &Page) -> Vec<u64> {
    let mut found = vec![0u64; VENDORS.len()];
    for (vi, v) in VENDORS.iter().enumerate() {
        for (mi, m) in v.marks.iter().enumerate() {
            if m.view(page).contains(m.text) {
                found[vi] |= 1 << mi;
            }
        }
    }
    found
}

fn found_by_index(page: &Page) -> Vec<u64> {
    let mut found = vec![0u64; VENDORS.len()];
    let index = mark_index();
    for (view_i, view) in [&page.markup, &page.title, &page.headings, &page.visible_lower].into_iter().enumerate() {
        let table = &index.by_first[view_i * 256..view_i * 256 + 256];
        let bytes = view.as_bytes();
        for i in 0..bytes.len() {
            for &(vi, mi) in &table[usize::from(bytes[i])] {
                let (vi, bit) = (usize::from(vi), 1u64 << mi);
                if found[vi] & bit == 0 && bytes[i..].starts_with(VENDORS[vi].marks[usize::from(mi)].text.as_bytes()) {
                    found[vi] |= bit;
                }
            }
        }
    }
    found
}

/// Scores every vendor's marks against the page and keeps the best.
pub fn match_body(page: &Page) -> BodyMatch {
    let mut best = BodyMatch::default();
    if page.binary {
        return best;
    }
    let found = found_marks(page);
    let mut hits: Vec<&Mark> = Vec::with_capacity(8);
    for (vendor, bits) in VENDORS.iter().zip(found) {
        if bits == 0 {
            continue;
        }
        hits.clear();
        hits.extend(vendor.marks.iter().enumerate().filter(|(i, m)| bits & (1 << i) != 0 && m.unless_holds(page)).map(|(_, m)| m));
        let score: u32 = hits.iter().map(|m| u32::from(m.weight)).sum();
        if score == 0 || best.vendor.is_some_and(|(_, s)| s >= score) {
            continue;
        }
        let top = hits.iter().filter(|m| m.variant.is_some()).max_by_key(|m| m.weight);
        best = BodyMatch {
            vendor: Some((vendor, score)),
            variant: top.and_then(|m| m.variant),
            error_page: hits.iter().any(|m| m.error_page),
            status: hits.iter().filter(|m| m.status.is_some()).max_by_key(|m| m.weight).and_then(|m| m.status),
            marks: hits.iter().map(|m| m.text).collect(),
        };
    }
    best
}

/// The vendor the headers name: the `Server` header first, then headers
/// only one vendor sends.
pub fn match_headers(headers: &Headers) -> Option<(&'static Vendor, String)> {
    if let Some(server) = headers.get("server").map(str::to_ascii_lowercase) {
        if let Some(v) = VENDORS.iter().find(|v| v.server.iter().any(|p| server.starts_with(p))) {
            return Some((v, format!("Server: {server}")));
        }
    }
    for v in VENDORS {
        for h in v.headers {
            let (name, want) = h.split_once('=').unwrap_or((h, ""));
            if let Some(value) = headers.get(name) {
                if value.to_ascii_lowercase().contains(want) {
                    return Some((v, format!("header {name}")));
                }
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_fit_the_index() {
        assert!(VENDORS.len() < 256);
        for v in VENDORS {
            assert!(v.marks.len() <= 64, "{}: more marks than one u64 holds", v.id);
            for m in v.marks {
                assert!(!m.text.is_empty() && m.text == m.text.to_lowercase(), "{}: marks are lowercase: {:?}", v.id, m.text);
            }
        }
    }

    /// The wasm path (one indexed pass) and the native path (a search per
    /// mark) find the same marks on every real page.
    #[test]
    fn both_ways_of_matching_agree() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut pages = 0;
        for dir in [root.join("../shared/corpus/public"), root.join("tests/fixtures/captured")] {
            for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
                let page = Page::read(&std::fs::read(entry.path()).unwrap_or_default());
                assert_eq!(found_by_index(&page), found_by_search(&page), "{}", entry.path().display());
                pages += 1;
            }
        }
        assert!(pages > 60, "only {pages} pages read");
    }
}
