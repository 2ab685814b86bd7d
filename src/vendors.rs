//! The vendor fingerprints: one table, one entry per vendor.
//!
//! Everything the core knows of a vendor is in its [`Vendor`] entry: its
//! `Server` prefixes and headers, the marks of its pages with their weights
//! and variants, where its support reference is, its own error codes and
//! what they mean, its bot-check marks, and which hop its pages blame. The
//! words for people (owner lines, variant names) are kept per language in
//! `explain`, keyed by the typed ids [`VendorId`] and [`VariantId`].
//!
//! To add a vendor, add its ids, a [`Vendor`] to [`VENDORS`], its words in
//! each language, and a fixture with its page to `tests/fixtures/` (the
//! vendor test fails without all four). Marks are lowercase; they are
//! matched against the views of [`Page`].

use crate::diagnose::Fault;
use crate::headers::Headers;
use crate::text::Page;

/// A closed set of ids, each written as one stable lowercase string (in
/// JSON too).
macro_rules! string_ids {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $text:literal,)* }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[allow(missing_docs)]
        pub enum $name { $($(#[$vmeta])* $variant,)* }

        impl $name {
            /// Every id, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant,)*];
            /// The stable string.
            pub const fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text,)* }
            }
            /// The id written `s`, if there is one.
            pub fn parse(s: &str) -> Option<$name> {
                match s { $($text => Some($name::$variant),)* _ => None }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl PartialEq<str> for $name {
            fn eq(&self, other: &str) -> bool {
                self.as_str() == other
            }
        }

        impl PartialEq<&str> for $name {
            fn eq(&self, other: &&str) -> bool {
                self.as_str() == *other
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
                $name::parse(&s).ok_or_else(|| serde::de::Error::custom(format!("unknown {} {s:?}", stringify!($name))))
            }
        }
    };
}

string_ids! {
    /// A vendor the core knows (its entry in [`VENDORS`]).
    VendorId {
        Cloudflare = "cloudflare",
        Cloudfront = "cloudfront",
        Fastly = "fastly",
        Varnish = "varnish",
        Akamai = "akamai",
        Google = "google",
        GoogleCloudLb = "google-cloud-lb",
        AzureAppGateway = "azure-app-gateway",
        AwsElb = "aws-elb",
        Heroku = "heroku",
        Vercel = "vercel",
        Netlify = "netlify",
        Github = "github",
        Nginx = "nginx",
        Openresty = "openresty",
        Apache = "apache",
        Iis = "iis",
        MicrosoftHttpapi = "microsoft-httpapi",
        Haproxy = "haproxy",
        Squid = "squid",
        Envoy = "envoy",
        Traefik = "traefik",
        Lighttpd = "lighttpd",
        Caddy = "caddy",
        Litespeed = "litespeed",
        Reddit = "reddit",
        Wikimedia = "wikimedia",
        Nghttpx = "nghttpx",
        H2o = "h2o",
        Tinyproxy = "tinyproxy",
        Privoxy = "privoxy",
        Trafficserver = "trafficserver",
        Tomcat = "tomcat",
        Jetty = "jetty",
        Gunicorn = "gunicorn",
    }
}

/// The vendor id of a page no known vendor wrote and whose `Server` header
/// names nothing.
pub const UNKNOWN_VENDOR: &str = "unknown";
/// The vendor id of a request that got no response at all.
pub const NO_VENDOR: &str = "none";

string_ids! {
    /// A kind of page: one of a vendor's page templates, or one of the
    /// kinds any site's page can be. A vendor's page with no variant of its
    /// own is `<vendor>-page`, and a network failure's variant is its id
    /// (`crate::NetworkFailure::id`): neither is in this list.
    VariantId {
        CloudflarePlain = "cloudflare-plain",
        CloudflareLegacy = "cloudflare-legacy",
        CloudflareBranded = "cloudflare-branded",
        CloudfrontDefault = "cloudfront-default",
        FastlyGuruMediation = "fastly-guru-mediation",
        VarnishGuruMeditation = "varnish-guru-meditation",
        AkamaiEdgeError = "akamai-edge-error",
        GoogleRobot = "google-robot",
        GfeServerError = "gfe-server-error",
        AzureAppgwDefault = "azure-appgw-default",
        AwsElbDefault = "aws-elb-default",
        HerokuApplicationError = "heroku-application-error",
        HerokuMaintenance = "heroku-maintenance",
        HerokuNoSuchApp = "heroku-no-such-app",
        VercelFunctionFailed = "vercel-function-failed",
        VercelFunctionTimeout = "vercel-function-timeout",
        VercelNotFound = "vercel-not-found",
        GithubUnicorn = "github-unicorn",
        NginxDefault = "nginx-default",
        Nginx50xHtml = "nginx-50x-html",
        OpenrestyDefault = "openresty-default",
        ApacheProxyError = "apache-proxy-error",
        ApacheGatewayTimeout = "apache-gateway-timeout",
        ApacheServiceUnavailable = "apache-service-unavailable",
        ApacheInternalError = "apache-internal-error",
        IisDetailed = "iis-detailed",
        IisCustomError = "iis-custom-error",
        HttpapiServiceUnavailable = "httpapi-service-unavailable",
        HaproxyDefault = "haproxy-default",
        SquidErrorPage = "squid-error-page",
        EnvoyLocalReply = "envoy-local-reply",
        EnvoyNoHealthyUpstream = "envoy-no-healthy-upstream",
        EnvoyUpstreamTimeout = "envoy-upstream-timeout",
        LighttpdDefault = "lighttpd-default",
        LitespeedDefault = "litespeed-default",
        RedditOw = "reddit-ow",
        WikimediaError = "wikimedia-error",
        TinyproxyDefault = "tinyproxy-default",
        PrivoxyErrorPage = "privoxy-error-page",
        TomcatErrorReport = "tomcat-error-report",
        JettyErrorPage = "jetty-error-page",
        GunicornDefault = "gunicorn-default",
        /// A server error with an empty page.
        Blank = "blank",
        /// A server error on a page no known vendor wrote.
        CustomPage = "custom-page",
        /// A page that works, or only talks about an error.
        NotAnError = "not-an-error",
        /// A bot check.
        Challenge = "challenge",
        /// A 4xx answer.
        ClientError = "client-error",
        /// A body that is not a page.
        Binary = "binary",
    }
}

impl VariantId {
    /// The vendor whose pages this variant names (none for the kinds any
    /// site's page can be).
    pub fn vendor(self) -> Option<&'static Vendor> {
        VENDORS
            .iter()
            .find(|v| v.marks.iter().any(|m| m.variant == Some(self)))
    }
}

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
    /// An application server that runs the site's code (Tomcat, gunicorn...).
    AppServer,
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
    pub variant: Option<VariantId>,
    /// Whether the mark appears only on error pages (so it may call an
    /// outage when no status line is known, on a short page).
    pub error_page: bool,
    /// The status the vendor serves this page with, when the mark says it.
    pub status: Option<u16>,
}

const fn m(at: Where, text: &'static str, weight: u8) -> Mark {
    Mark {
        at,
        text,
        unless: None,
        weight,
        variant: None,
        error_page: false,
        status: None,
    }
}

impl Mark {
    /// Names the variant this mark identifies.
    const fn variant(mut self, v: VariantId) -> Self {
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
        view_of(page, self.at)
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

/// Where a vendor's support reference is (a Ray ID, a request id, an XID).
#[derive(Clone, Copy, Debug)]
pub struct RefPattern {
    /// What the vendor calls it ("Cloudflare Ray ID"): a product's term.
    pub label: &'static str,
    /// The header that carries it (lowercase), or "".
    pub header: &'static str,
    /// The text that precedes it in the visible text (lowercase), or "".
    pub prefix: &'static str,
    /// The characters it is made of.
    pub chars: fn(char) -> bool,
}

const fn r(
    label: &'static str,
    header: &'static str,
    prefix: &'static str,
    chars: fn(char) -> bool,
) -> RefPattern {
    RefPattern {
        label,
        header,
        prefix,
        chars,
    }
}

/// Where a vendor's own error code is.
#[derive(Clone, Copy, Debug)]
pub enum CodeSource {
    /// The first word of a header's value.
    Header(&'static str),
    /// After one of these lowercase prefixes in the visible text, a number
    /// of exactly `len` digits that starts with `lead`.
    Number {
        /// What comes before the number, tried in order.
        prefixes: &'static [&'static str],
        /// Its digits.
        len: usize,
        /// Its first digit.
        lead: char,
    },
    /// The `id` of the `<body>` element when it starts with this lowercase
    /// prefix, uppercased (Squid's `ERR_*`).
    BodyId(&'static str),
}

/// One of a vendor's own error codes and what it means. The words that
/// explain it to people are per language, keyed by the vendor's id and
/// the code.
#[derive(Clone, Copy, Debug)]
pub struct VendorCode {
    /// The code as the vendor writes it; "" stands for any other code.
    pub code: &'static str,
    /// The status the vendor sends with it.
    pub status: Option<u16>,
    /// The hop it blames.
    pub fault: Option<Fault>,
}

const fn code(code: &'static str, status: Option<u16>, fault: Option<Fault>) -> VendorCode {
    VendorCode {
        code,
        status,
        fault,
    }
}

/// How a vendor's bot check (challenge) page looks: not an outage.
#[derive(Clone, Copy, Debug)]
pub struct Challenge {
    /// A header and the value (case aside) that says it alone.
    pub header: Option<(&'static str, &'static str)>,
    /// What its title contains (lowercase).
    pub titles: &'static [&'static str],
    /// Markup of which one must be there too (lowercase).
    pub marks: &'static [&'static str],
}

/// One vendor and everything the core knows of it.
#[derive(Clone, Copy, Debug)]
pub struct Vendor {
    /// Stable id.
    pub id: VendorId,
    /// Name for people (a product's name: the same in every language).
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
    /// Where its support reference is.
    pub references: &'static [RefPattern],
    /// Where its own error code is.
    pub code_at: &'static [CodeSource],
    /// Its error codes that mean something to the core.
    pub codes: &'static [VendorCode],
    /// Its bot-check page.
    pub challenge: Option<Challenge>,
    /// Labels its page shows on the failing hop (lowercase, visible text).
    pub fault_labels: &'static [(&'static str, Fault)],
    /// Statuses (inclusive range) that are its own codes for a failing
    /// origin (Cloudflare's 52x).
    pub origin_statuses: Option<(u16, u16)>,
    /// Its page variants that blame a hop of their own (when no code, label
    /// or origin status said more).
    pub blames: &'static [(VariantId, Fault)],
}

/// An entry with nothing but its id, name and role: the others are filled in.
const fn vendor(id: VendorId, name: &'static str, role: Role) -> Vendor {
    Vendor {
        id,
        name,
        role,
        server: &[],
        headers: &[],
        marks: &[],
        references: &[],
        code_at: &[],
        codes: &[],
        challenge: None,
        fault_labels: &[],
        origin_statuses: None,
        blames: &[],
    }
}

use Where::{Headings, Markup, Text, Title};

/// Every vendor the core recognises, most specific first (ties go to the
/// earlier entry).
pub const VENDORS: &[Vendor] = &[
    Vendor {
        server: &["cloudflare"],
        headers: &["cf-ray", "cf-cache-status", "cf-mitigated"],
        marks: &[
            m(Markup, "<hr><center>cloudflare</center>", 14).variant(VariantId::CloudflarePlain).error(),
            m(Markup, "cdn-cgi/styles/cf.errors.css", 13).variant(VariantId::CloudflareLegacy).error(),
            m(Markup, "cf-error-details", 8).variant(VariantId::CloudflareLegacy).error(),
            m(Text, "visit cloudflare.com for more information", 12).variant(VariantId::CloudflareBranded).error(),
            m(Text, "performance & security by cloudflare", 10).variant(VariantId::CloudflareBranded).error(),
            m(Text, "cloudflare ray id", 8).error(),
        ],
        references: &[r("Cloudflare Ray ID", "cf-ray", "ray id: ", hex)],
        code_at: &[CodeSource::Number { prefixes: &["error code: ", "error code ", "error "], len: 4, lead: '1' }],
        codes: &[
            // 1101 and 1102: the site's Worker failed on Cloudflare's own
            // servers, before any request reached the origin.
            code("1101", None, Some(Fault::Edge)),
            code("1102", None, Some(Fault::Edge)),
            // Any other 1xxx: the site's settings at Cloudflare or its origin.
            code("", None, Some(Fault::Origin)),
        ],
        challenge: Some(Challenge {
            header: Some(("cf-mitigated", "challenge")),
            titles: &["just a moment", "attention required", "checking your browser"],
            marks: &["challenge-platform", "cf_chl_opt", "cf-browser-verification", "cf_chl_jschl", "cf-challenge"],
        }),
        // The branded page draws Browser / Cloudflare / Host and marks the failing box.
        fault_labels: &[("host error", Fault::Origin), ("cloudflare error", Fault::Edge), ("browser error", Fault::Visitor)],
        origin_statuses: Some((520, 530)),
        // An unbranded Cloudflare page is Cloudflare's own failure.
        blames: &[(VariantId::CloudflarePlain, Fault::Edge)],
        ..vendor(VendorId::Cloudflare, "Cloudflare", Role::Cdn)
    },
    Vendor {
        server: &["cloudfront"],
        headers: &["x-amz-cf-id", "x-amz-cf-pop"],
        marks: &[
            m(Text, "generated by cloudfront (cloudfront)", 14).variant(VariantId::CloudfrontDefault).error(),
            m(Title, "error: the request could not be satisfied", 8).variant(VariantId::CloudfrontDefault).error(),
        ],
        references: &[r("CloudFront request ID", "x-amz-cf-id", "request id: ", |c| c.is_ascii_alphanumeric() || "-_=".contains(c))],
        ..vendor(VendorId::Cloudfront, "Amazon CloudFront", Role::Cdn)
    },
    Vendor {
        server: &["fastly"],
        headers: &["x-fastly-request-id", "fastly-debug-digest", "x-served-by=cache-"],
        marks: &[
            // Fastly's synthetic page misspells "Meditation"; Varnish's does not.
            m(Text, "guru mediation", 12).variant(VariantId::FastlyGuruMediation).error(),
            m(Text, "details: cache-", 12).variant(VariantId::FastlyGuruMediation).error(),
        ],
        references: &[r("Fastly details", "", "details: cache-", |c| c.is_ascii_alphanumeric() || c == '-' || c == ' ')],
        ..vendor(VendorId::Fastly, "Fastly", Role::Cdn)
    },
    Vendor {
        server: &["varnish"],
        headers: &["x-varnish"],
        marks: &[
            m(Text, "guru meditation", 10).variant(VariantId::VarnishGuruMeditation).error(),
            m(Text, "varnish cache server", 6).variant(VariantId::VarnishGuruMeditation).error(),
            m(Text, "backend fetch failed", 4).status(503),
        ],
        references: &[
            r("Varnish XID", "", "xid: ", digit),
            r("Varnish XID", "", "varnish xid ", digit),
            r("Varnish XID", "x-varnish", "", digit),
        ],
        ..vendor(VendorId::Varnish, "Varnish", Role::Proxy)
    },
    Vendor {
        server: &["akamaighost", "akamainetstorage", "akamai"],
        headers: &["x-akamai-transformed", "akamai-grn", "x-akamai-request-id"],
        marks: &[
            m(Text, "an error occurred while processing your request.", 6).variant(VariantId::AkamaiEdgeError).error(),
            m(Text, "reference #", 6).error(),
            m(Text, "errors.edgesuite.net", 10).variant(VariantId::AkamaiEdgeError).error(),
        ],
        references: &[r("Akamai reference", "", "reference #", |c| c.is_ascii_hexdigit() || c == '.')],
        ..vendor(VendorId::Akamai, "Akamai", Role::Cdn)
    },
    Vendor {
        server: &["gws", "gse", "sffe", "esf"],
        headers: &[],
        marks: &[
            m(Text, "that's an error.", 12).variant(VariantId::GoogleRobot).error(),
            m(Title, "(server error)!!1", 12).variant(VariantId::GoogleRobot).error(),
            m(Text, "that's all we know.", 6).error(),
        ],
        ..vendor(VendorId::Google, "Google", Role::Site)
    },
    Vendor {
        server: &["google frontend", "gfe"],
        headers: &["via=1.1 google"],
        marks: &[
            m(Headings, "error: server error", 10).variant(VariantId::GfeServerError).error(),
            m(Text, "could not complete your request", 3).unless("that's an error").error(),
        ],
        ..vendor(VendorId::GoogleCloudLb, "Google Cloud Load Balancing", Role::LoadBalancer)
    },
    Vendor {
        server: &["microsoft-azure-application-gateway"],
        headers: &[],
        marks: &[m(Markup, "<center>microsoft-azure-application-gateway", 14).variant(VariantId::AzureAppgwDefault).error()],
        ..vendor(VendorId::AzureAppGateway, "Azure Application Gateway", Role::LoadBalancer)
    },
    Vendor {
        server: &["awselb"],
        headers: &["x-amzn-requestid=", "x-amzn-trace-id"],
        marks: &[
            // The ALB/ELB page is nginx's template without the footer line.
            m(Markup, "<center><h1>50", 5).unless("<hr><center>").variant(VariantId::AwsElbDefault).error(),
        ],
        ..vendor(VendorId::AwsElb, "AWS Elastic Load Balancing", Role::LoadBalancer)
    },
    Vendor {
        server: &["heroku"],
        headers: &["via=vegur", "via=heroku-router"],
        marks: &[
            m(Markup, "herokucdn.com/error-pages/application-error", 14).variant(VariantId::HerokuApplicationError).error().status(503),
            m(Markup, "herokucdn.com/error-pages/maintenance", 14).variant(VariantId::HerokuMaintenance).error().status(503),
            m(Markup, "herokucdn.com/error-pages/no-such-app", 14).variant(VariantId::HerokuNoSuchApp).status(404),
        ],
        ..vendor(VendorId::Heroku, "Heroku", Role::Platform)
    },
    Vendor {
        server: &["vercel"],
        headers: &["x-vercel-id", "x-vercel-error"],
        marks: &[
            m(Text, "function_invocation_failed", 12).variant(VariantId::VercelFunctionFailed).error().status(500),
            m(Text, "function_invocation_timeout", 12).variant(VariantId::VercelFunctionTimeout).error().status(504),
            m(Text, "deployment_not_found", 12).variant(VariantId::VercelNotFound).status(404),
        ],
        references: &[r("Vercel ID", "x-vercel-id", "", any)],
        code_at: &[CodeSource::Header("x-vercel-error")],
        ..vendor(VendorId::Vercel, "Vercel", Role::Platform)
    },
    Vendor {
        server: &["netlify"],
        headers: &["x-nf-request-id"],
        marks: &[m(Title, "page not found | netlify", 10).status(404)],
        references: &[r("Netlify request ID", "x-nf-request-id", "", any)],
        ..vendor(VendorId::Netlify, "Netlify", Role::Platform)
    },
    Vendor {
        server: &["github.com"],
        headers: &["x-github-request-id"],
        marks: &[
            m(Title, "unicorn! · github", 14).variant(VariantId::GithubUnicorn).error(),
            m(Text, "no server is currently available to service your request", 10).variant(VariantId::GithubUnicorn).error(),
        ],
        references: &[r("GitHub request ID", "x-github-request-id", "", any)],
        ..vendor(VendorId::Github, "GitHub", Role::Platform)
    },
    Vendor {
        server: &["nginx"],
        headers: &[],
        marks: &[
            m(Markup, "<hr><center>nginx", 12).variant(VariantId::NginxDefault).error(),
            m(Text, "faithfully yours, nginx", 12).variant(VariantId::Nginx50xHtml).error(),
        ],
        ..vendor(VendorId::Nginx, "nginx", Role::Proxy)
    },
    Vendor {
        server: &["openresty"],
        headers: &[],
        marks: &[m(Markup, "<hr><center>openresty", 13).variant(VariantId::OpenrestyDefault).error()],
        ..vendor(VendorId::Openresty, "OpenResty", Role::Proxy)
    },
    Vendor {
        server: &["apache"],
        headers: &[],
        marks: &[
            m(Text, "the proxy server received an invalid response from an upstream server", 12).variant(VariantId::ApacheProxyError).error().status(502),
            m(Text, "the proxy server could not handle the request", 10).variant(VariantId::ApacheProxyError).error().status(502),
            m(Text, "the gateway did not receive a timely response", 12).variant(VariantId::ApacheGatewayTimeout).error().status(504),
            m(Text, "temporarily unable to service your request due to maintenance downtime or capacity problems", 12).variant(VariantId::ApacheServiceUnavailable).error().status(503),
            m(Text, "the server encountered an internal error or misconfiguration", 12).variant(VariantId::ApacheInternalError).error().status(500),
            m(Markup, "<address>apache", 8),
        ],
        ..vendor(VendorId::Apache, "Apache httpd", Role::Proxy)
    },
    Vendor {
        server: &["microsoft-iis"],
        headers: &["x-powered-by=asp.net", "x-aspnet-version"],
        marks: &[
            m(Title, "detailed error", 12).variant(VariantId::IisDetailed).error(),
            m(Text, "web server received an invalid response while acting as a gateway or proxy server", 12).variant(VariantId::IisCustomError).error().status(502),
            m(Text, "there is a problem with the page you are looking for, and it cannot be displayed", 10).variant(VariantId::IisCustomError).error(),
            m(Text, "there is a problem with the resource you are looking for, and it cannot be displayed", 10).variant(VariantId::IisCustomError).error(),
            m(Text, "the specified cgi application encountered an error", 12).variant(VariantId::IisCustomError).error().status(502),
        ],
        ..vendor(VendorId::Iis, "Microsoft IIS", Role::Proxy)
    },
    Vendor {
        server: &["microsoft-httpapi"],
        headers: &[],
        marks: &[m(Text, "http error 503. the service is unavailable.", 12).variant(VariantId::HttpapiServiceUnavailable).error().status(503)],
        ..vendor(VendorId::MicrosoftHttpapi, "Windows HTTP.sys", Role::Proxy)
    },
    Vendor {
        server: &["haproxy"],
        headers: &[],
        marks: &[
            m(Text, "no server is available to handle this request", 12).variant(VariantId::HaproxyDefault).error().status(503),
            m(Text, "the server returned an invalid or incomplete response", 12).variant(VariantId::HaproxyDefault).error().status(502),
            m(Text, "the server didn't respond in time", 12).variant(VariantId::HaproxyDefault).error().status(504),
            // HAProxy's own pages all open with this exact markup.
            m(Markup, "<html><body><h1>", 4),
            m(Text, "the resource could not be found.", 8).variant(VariantId::HaproxyDefault).status(404),
        ],
        ..vendor(VendorId::Haproxy, "HAProxy", Role::Proxy)
    },
    Vendor {
        server: &["squid"],
        headers: &["x-squid-error"],
        marks: &[
            m(Title, "error: the requested url could not be retrieved", 12).variant(VariantId::SquidErrorPage).error(),
            m(Markup, "squid-cache.org", 4),
            m(Text, "generated by squid", 4).unless("cloudfront").error(),
        ],
        references: &[r("Squid error", "x-squid-error", "", any)],
        code_at: &[CodeSource::Header("x-squid-error"), CodeSource::BodyId("err_")],
        // The status Squid sends with each of its error pages (its one
        // template serves them all).
        codes: &[
            code("ERR_ACCESS_DENIED", Some(403), None),
            code("ERR_FORWARDING_DENIED", Some(403), None),
            code("ERR_TOO_BIG", Some(403), None),
            code("ERR_CONFLICT_HOST", Some(403), None),
            code("ERR_CACHE_ACCESS_DENIED", Some(407), None),
            code("ERR_CACHE_MGR_ACCESS_DENIED", Some(407), None),
            code("ERR_INVALID_URL", Some(400), None),
            code("ERR_INVALID_REQ", Some(400), None),
            code("ERR_UNSUP_REQ", Some(400), None),
            code("ERR_CONNECT_FAIL", Some(503), None),
            code("ERR_DNS_FAIL", Some(503), Some(Fault::Network)),
            code("ERR_CANNOT_FORWARD", Some(503), None),
            code("ERR_SHUTTING_DOWN", Some(503), None),
            code("ERR_READ_TIMEOUT", Some(504), None),
            code("ERR_LIFETIME_EXP", Some(504), None),
            code("ERR_INVALID_RESP", Some(502), None),
            code("ERR_ZERO_SIZE_OBJECT", Some(502), None),
            code("ERR_READ_ERROR", Some(502), None),
            code("ERR_WRITE_ERROR", Some(502), None),
            code("ERR_GATEWAY_FAILURE", Some(502), None),
            code("ERR_SOCKET_FAILURE", Some(500), None),
        ],
        ..vendor(VendorId::Squid, "Squid", Role::Proxy)
    },
    Vendor {
        server: &["envoy", "istio-envoy"],
        headers: &["x-envoy-upstream-service-time", "x-envoy-overloaded"],
        marks: &[
            m(Text, "upstream connect error or disconnect/reset before headers", 14).variant(VariantId::EnvoyLocalReply).error().status(503),
            m(Text, "no healthy upstream", 12).variant(VariantId::EnvoyNoHealthyUpstream).error().status(503),
            m(Text, "upstream request timeout", 12).variant(VariantId::EnvoyUpstreamTimeout).error().status(504),
        ],
        ..vendor(VendorId::Envoy, "Envoy", Role::Proxy)
    },
    Vendor {
        server: &["traefik"],
        headers: &[],
        marks: &[],
        ..vendor(VendorId::Traefik, "Traefik", Role::Proxy)
    },
    Vendor {
        server: &["lighttpd"],
        headers: &[],
        // lighttpd's built-in pages: an XHTML document with a Latin-1 XML
        // prolog whose title and h1 are both "NNN Reason".
        marks: &[m(Markup, "<?xml version=\"1.0\" encoding=\"iso-8859-1\"?>", 6).variant(VariantId::LighttpdDefault)],
        ..vendor(VendorId::Lighttpd, "lighttpd", Role::Proxy)
    },
    Vendor {
        server: &["caddy"],
        headers: &[],
        marks: &[],
        ..vendor(VendorId::Caddy, "Caddy", Role::Proxy)
    },
    Vendor {
        server: &["litespeed", "openlitespeed"],
        headers: &["x-litespeed-cache"],
        marks: &[
            m(Text, "proudly powered by litespeed web server", 12).variant(VariantId::LitespeedDefault).error(),
            m(Text, "litespeed technologies inc. is not a web hosting company", 12).variant(VariantId::LitespeedDefault).error(),
        ],
        ..vendor(VendorId::Litespeed, "LiteSpeed", Role::Proxy)
    },
    Vendor {
        server: &["snooserv"],
        headers: &[],
        marks: &[
            m(Title, "ow! -- reddit.com", 14).variant(VariantId::RedditOw).error(),
            m(Text, "all of our servers are busy right now", 10).variant(VariantId::RedditOw).error(),
        ],
        ..vendor(VendorId::Reddit, "Reddit", Role::Site)
    },
    Vendor {
        server: &[],
        headers: &[],
        marks: &[m(Title, "wikimedia error", 14).variant(VariantId::WikimediaError).error()],
        ..vendor(VendorId::Wikimedia, "Wikimedia", Role::Site)
    },
    Vendor {
        server: &["nghttpx"],
        // Its page is a bare "502 Bad Gateway" with its name in a footer:
        // the Server header names it, and a mark on "nghttpx" in the markup
        // would slow the search on every page ("http" is everywhere).
        ..vendor(VendorId::Nghttpx, "nghttpx", Role::Proxy)
    },
    Vendor {
        // Its own answers are one line of plain text ("connection failed",
        // "I/O timeout"): too common to be marks.
        server: &["h2o"],
        ..vendor(VendorId::H2o, "H2O", Role::Proxy)
    },
    Vendor {
        server: &["tinyproxy"],
        marks: &[
            // Tinyproxy sends 500 when it cannot reach the server (refused,
            // or a name that does not resolve: the page is the same).
            m(Title, "500 unable to connect", 4).error().status(500),
            // Its footer's link (marks are chosen so that their first bytes
            // are rare on pages: the one-pass search jumps further).
            m(Markup, "://tinyproxy.github.io", 12).variant(VariantId::TinyproxyDefault),
        ],
        ..vendor(VendorId::Tinyproxy, "Tinyproxy", Role::Proxy)
    },
    Vendor {
        // Privoxy sends no Server header; its title names it.
        server: &["privoxy"],
        marks: &[
            m(Title, "(privoxy@", 12).variant(VariantId::PrivoxyErrorPage),
            m(Headings, "connect failed", 4).error().status(503),
            m(Headings, "connection timeout", 4).error().status(504),
            m(Headings, "no server or forwarder data received", 4).error().status(502),
        ],
        ..vendor(VendorId::Privoxy, "Privoxy", Role::Proxy)
    },
    Vendor {
        server: &["ats/", "apachetrafficserver"],
        // Its body factory's pages name neither it nor their status: the
        // Server header names it.
        marks: &[m(Title, "not found on accelerator", 4).status(404)],
        ..vendor(VendorId::Trafficserver, "Apache Traffic Server", Role::Proxy)
    },
    Vendor {
        // Tomcat 10 sends no Server header; its error report ends with its
        // name, and its words follow the request's Accept-Language.
        server: &["apache-coyote", "apache tomcat"],
        marks: &[
            // The last line of its report, in every language.
            m(Text, "apache tomcat/", 12).variant(VariantId::TomcatErrorReport),
        ],
        ..vendor(VendorId::Tomcat, "Apache Tomcat", Role::AppServer)
    },
    Vendor {
        server: &["jetty"],
        marks: &[m(Text, "by jetty://", 12).variant(VariantId::JettyErrorPage)],
        ..vendor(VendorId::Jetty, "Jetty", Role::AppServer)
    },
    Vendor {
        server: &["gunicorn"],
        marks: &[m(Markup, "<h1><p>internal server error</p></h1>", 12).variant(VariantId::GunicornDefault).error().status(500)],
        ..vendor(VendorId::Gunicorn, "Gunicorn", Role::AppServer)
    },
];

/// References no one vendor owns, looked for after every vendor's.
pub const GENERIC_REFERENCES: &[RefPattern] = &[r("Request ID", "x-request-id", "", any)];

fn hex(c: char) -> bool {
    c.is_ascii_hexdigit()
}
fn digit(c: char) -> bool {
    c.is_ascii_digit()
}
fn any(_: char) -> bool {
    true
}

/// Looks a vendor up by id.
pub fn by_id(id: &str) -> Option<&'static Vendor> {
    VendorId::parse(id).map(entry)
}

/// The entry of a vendor.
pub fn entry(id: VendorId) -> &'static Vendor {
    // Every id has its entry (a test checks), so this never falls back.
    VENDORS.iter().find(|v| v.id == id).unwrap_or(&VENDORS[0])
}

impl VendorId {
    /// Its entry in [`VENDORS`].
    pub fn entry(self) -> &'static Vendor {
        entry(self)
    }
}

/// Every id the core writes in a diagnosis, for the code outside the core
/// (JavaScript) to compare against instead of words.
#[derive(Clone, Debug, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Ids {
    /// Every known vendor.
    pub vendors: &'static [VendorId],
    /// Every named variant.
    pub variants: &'static [VariantId],
    /// Every hop a fault can name.
    pub faults: [Fault; 5],
    /// The vendor of a page no one is known to have written.
    pub unknown_vendor: &'static str,
    /// The vendor of a request that got no response.
    pub no_vendor: &'static str,
}

/// The ids, for [`Ids`]'s readers.
pub fn ids() -> Ids {
    Ids {
        vendors: VendorId::ALL,
        variants: VariantId::ALL,
        faults: [
            Fault::Visitor,
            Fault::Network,
            Fault::Edge,
            Fault::Origin,
            Fault::Unknown,
        ],
        unknown_vendor: UNKNOWN_VENDOR,
        no_vendor: NO_VENDOR,
    }
}

/// What the fingerprints found on a page.
#[derive(Clone, Debug, Default)]
pub struct BodyMatch {
    /// The best vendor and its score.
    pub vendor: Option<(&'static Vendor, u32)>,
    /// The variant of the heaviest matching mark that names one.
    pub variant: Option<VariantId>,
    /// Whether a matching mark is found only on error pages.
    pub error_page: bool,
    /// A status implied by a matching mark.
    pub status: Option<u16>,
    /// The marks that matched, for the evidence.
    pub marks: Vec<&'static str>,
}

/// The views of a page, in the order of [`Where`]'s variants.
const VIEWS: [Where; 4] = [Where::Markup, Where::Title, Where::Headings, Where::Text];

fn view_of(page: &Page, at: Where) -> &str {
    match at {
        Where::Markup => &page.markup,
        Where::Title => &page.title,
        Where::Headings => &page.headings,
        Where::Text => &page.visible_lower,
    }
}

/// Slots of a scanner's tables: the last two bytes of a window, hashed.
const SLOTS: usize = 4096;

fn slot(a: u8, b: u8) -> usize {
    ((usize::from(a) << 5) ^ usize::from(b)) & (SLOTS - 1)
}

/// Finds every mark of one view in one pass over it (Wu and Manber's
/// multi-pattern search, on byte pairs).
///
/// A window as long as the shortest mark slides along the view. The pair of
/// bytes that ends it says how far it may jump: as far as the window can go
/// before that pair could be the same pair inside the first `min` bytes of
/// some mark, or not at all when it ends the first `min` bytes of a mark,
/// and then only the marks ending that way are compared at the window's
/// start. On a page most pairs are in no mark, so the window moves most of
/// its length at each step, and no byte is looked at one by one: this
/// serves wasm32 (no SIMD there) and native code alike.
struct Scanner {
    /// Length of the shortest mark (at least 2).
    min: usize,
    /// How far the window may jump for each slot.
    shift: Box<[u8; SLOTS]>,
    /// The marks to compare for each slot whose shift is 0: (text, vendor, mark).
    candidates: Vec<Vec<(&'static [u8], u8, u8)>>,
}

impl Scanner {
    fn new(at: Where) -> Scanner {
        let marks: Vec<(&'static [u8], u8, u8)> = VENDORS
            .iter()
            .enumerate()
            .flat_map(|(vi, v)| {
                v.marks
                    .iter()
                    .enumerate()
                    .filter(|(_, m)| m.at == at)
                    .map(move |(mi, m)| (m.text.as_bytes(), vi as u8, mi as u8))
            })
            .collect();
        let min = marks
            .iter()
            .map(|(t, _, _)| t.len())
            .min()
            .unwrap_or(2)
            .max(2);
        let far = u8::try_from(min - 1).unwrap_or(u8::MAX);
        let mut shift = Box::new([far; SLOTS]);
        let mut candidates = vec![Vec::new(); SLOTS];
        for &(text, vi, mi) in &marks {
            for j in 0..=min - 2 {
                let s = slot(text[j], text[j + 1]);
                let jump = u8::try_from(min - 2 - j).unwrap_or(u8::MAX);
                shift[s] = shift[s].min(jump);
                if jump == 0 {
                    candidates[s].push((text, vi, mi));
                }
            }
        }
        Scanner {
            min,
            shift,
            candidates,
        }
    }

    /// Sets the bit of every mark found in `view`.
    fn scan(&self, view: &[u8], found: &mut [u64]) {
        // The window is view[at..at + min]; its last two bytes pick the slot.
        let mut at = 0;
        while let Some(&[a, b]) = view.get(at + self.min - 2..at + self.min) {
            let s = slot(a, b);
            match self.shift[s] {
                0 => {
                    for &(text, vi, mi) in &self.candidates[s] {
                        if view[at..].starts_with(text) {
                            found[usize::from(vi)] |= 1 << mi;
                        }
                    }
                    at += 1;
                }
                jump => at += usize::from(jump),
            }
        }
    }
}

/// One scanner per view, in the order of [`VIEWS`].
fn scanners() -> &'static [Scanner] {
    static SCANNERS: std::sync::OnceLock<Vec<Scanner>> = std::sync::OnceLock::new();
    SCANNERS.get_or_init(|| VIEWS.iter().map(|&at| Scanner::new(at)).collect())
}

/// Which marks of each vendor are on the page, as one bit per mark.
fn found_marks(page: &Page) -> Vec<u64> {
    let mut found = vec![0u64; VENDORS.len()];
    for (&at, scanner) in VIEWS.iter().zip(scanners()) {
        scanner.scan(view_of(page, at).as_bytes(), &mut found);
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
        hits.extend(
            vendor
                .marks
                .iter()
                .enumerate()
                .filter(|(i, m)| bits & (1 << i) != 0 && m.unless_holds(page))
                .map(|(_, m)| m),
        );
        let score: u32 = hits.iter().map(|m| u32::from(m.weight)).sum();
        if score == 0 || best.vendor.is_some_and(|(_, s)| s >= score) {
            continue;
        }
        let top = hits
            .iter()
            .filter(|m| m.variant.is_some())
            .max_by_key(|m| m.weight);
        best = BodyMatch {
            vendor: Some((vendor, score)),
            variant: top.and_then(|m| m.variant),
            error_page: hits.iter().any(|m| m.error_page),
            status: hits
                .iter()
                .filter(|m| m.status.is_some())
                .max_by_key(|m| m.weight)
                .and_then(|m| m.status),
            marks: hits.iter().map(|m| m.text).collect(),
        };
    }
    best
}

/// The vendor the headers name: the `Server` header first, then headers
/// only one vendor sends.
pub fn match_headers(headers: &Headers) -> Option<(&'static Vendor, String)> {
    if let Some(server) = headers.get("server").map(str::to_ascii_lowercase) {
        if let Some(v) = VENDORS
            .iter()
            .find(|v| v.server.iter().any(|p| server.starts_with(p)))
        {
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
            assert!(
                v.marks.len() <= 64,
                "{}: more marks than one u64 holds",
                v.id
            );
            for m in v.marks {
                assert!(
                    m.text == m.text.to_lowercase(),
                    "{}: marks are lowercase: {:?}",
                    v.id,
                    m.text
                );
                // The scanner reads a window by its last two bytes.
                assert!(
                    m.text.len() >= 2,
                    "{}: a mark is at least two bytes: {:?}",
                    v.id,
                    m.text
                );
            }
        }
    }

    /// The scanner finds exactly the marks that a search per mark finds,
    /// on every real page.
    #[test]
    fn scanner_finds_what_a_search_per_mark_finds() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut pages = 0;
        for dir in [
            root.join("../shared/corpus/public"),
            root.join("tests/fixtures/captured"),
        ] {
            for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
                let page = Page::read(&std::fs::read(entry.path()).unwrap_or_default());
                assert_eq!(
                    found_marks(&page),
                    found_by_search(&page),
                    "{}",
                    entry.path().display()
                );
                pages += 1;
            }
        }
        assert!(pages > 60, "only {pages} pages read");
    }

    fn found_by_search(page: &Page) -> Vec<u64> {
        VENDORS
            .iter()
            .map(|v| {
                v.marks
                    .iter()
                    .enumerate()
                    .filter(|(_, m)| m.view(page).contains(m.text))
                    .fold(0, |bits, (mi, _)| bits | 1 << mi)
            })
            .collect()
    }

    proptest::proptest! {
        /// On views made of pieces of marks, whole marks and stray bytes
        /// (marks cut, overlapping, at either end), the scanner finds what
        /// a search per mark finds.
        #[test]
        fn scanner_agrees_with_a_search_per_mark(pieces in proptest::collection::vec((0usize..200, 0usize..64, 0usize..64, proptest::char::any()), 0..40)) {
            let texts: Vec<&str> = VENDORS.iter().flat_map(|v| v.marks.iter().map(|m| m.text)).collect();
            let mut views = [String::new(), String::new(), String::new(), String::new()];
            for (k, &(pick, a, b, c)) in pieces.iter().enumerate() {
                let view = &mut views[k % 4];
                match texts.get(pick) {
                    Some(t) if a % 3 == 0 => view.push_str(t),
                    Some(t) => view.push_str(t.get(a.min(t.len())..b.max(a).min(t.len())).unwrap_or("")),
                    None => view.push(c),
                }
            }
            let [markup, title, headings, visible_lower] = views;
            let page = Page { markup, title, headings, visible_lower, ..Page::default() };
            proptest::prop_assert_eq!(found_marks(&page), found_by_search(&page));
        }
    }

    /// Marks that share a beginning are all found, each where it is.
    #[test]
    fn marks_sharing_a_prefix_are_all_found() {
        let page = Page::read(
            b"<html><body><h1>502 Bad Gateway</h1><hr><center>nginx</center><hr><center>cloudflare</center>\
              <p>Generated by squid, generated by cloudfront (CloudFront)</p></body></html>",
        );
        let found = found_marks(&page);
        let bit = |id: &str, text: &str| {
            let vi = VENDORS.iter().position(|v| v.id == id).unwrap();
            let mi = VENDORS[vi]
                .marks
                .iter()
                .position(|m| m.text == text)
                .unwrap();
            found[vi] & (1 << mi) != 0
        };
        assert!(bit("nginx", "<hr><center>nginx"));
        assert!(bit("cloudflare", "<hr><center>cloudflare</center>"));
        assert!(bit("squid", "generated by squid"));
        assert!(bit("cloudfront", "generated by cloudfront (cloudfront)"));
        assert!(!bit("varnish", "guru meditation"));
    }
}
