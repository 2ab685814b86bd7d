//! URLs for `check` and `watch`: what the user typed, and where a
//! `Location` header points (RFC 3986 §5.2 reference resolution).

use ureq::http::Uri;

/// An http(s) URL to fetch: what a person typed, with `https://` assumed
/// when the scheme is missing, and the fragment (never sent) dropped.
pub fn from_user(input: &str) -> Result<String, String> {
    let s = input.trim();
    if s.is_empty() {
        return Err("missing URL".into());
    }
    let scheme = split(s).scheme.map(str::to_ascii_lowercase);
    let with_scheme = match scheme.as_deref() {
        Some(_) if s.contains("://") => s.to_string(),
        Some("http" | "https") => {
            return Err(format!(
                "invalid URL {:?}: expected {}://host/...",
                short(input),
                scheme.unwrap_or_default()
            ))
        }
        // "localhost:8080", "example.com": a host, perhaps with a port.
        _ => format!("https://{s}"),
    };
    absolute(&encode(&with_scheme)).map_err(|why| format!("invalid URL {:?}: {why}", short(input)))
}

/// The start of a long input, for an error message.
fn short(input: &str) -> String {
    input.chars().take(200).collect()
}

/// Where a redirect points: `location` resolved against `base`.
pub fn resolve(base: &str, location: &str) -> Result<String, String> {
    let b = split(base);
    let location = encode(location.trim());
    let r = split(&location);
    let (scheme, authority, path, query);
    if let Some(s) = r.scheme {
        (scheme, authority, path, query) = (
            s.to_string(),
            r.authority.map(str::to_string),
            remove_dots(r.path),
            r.query,
        );
    } else {
        scheme = b.scheme.unwrap_or("https").to_string();
        if r.authority.is_some() {
            (authority, path, query) = (
                r.authority.map(str::to_string),
                remove_dots(r.path),
                r.query,
            );
        } else {
            authority = b.authority.map(str::to_string);
            if r.path.is_empty() {
                path = b.path.to_string();
                query = r.query.or(b.query);
            } else {
                path = if r.path.starts_with('/') {
                    remove_dots(r.path)
                } else {
                    remove_dots(&merge(&b, r.path))
                };
                query = r.query;
            }
        }
    }
    let mut out = format!("{scheme}:");
    if let Some(a) = authority {
        out.push_str("//");
        out.push_str(&a);
    }
    out.push_str(&path);
    if let Some(q) = query {
        out.push('?');
        out.push_str(q);
    }
    absolute(&out).map_err(|why| format!("the redirect to {location:?} is not usable: {why}"))
}

/// `scheme://host:port`, lowercased, with the default port made explicit.
pub fn origin(url: &str) -> String {
    match url.parse::<Uri>() {
        Ok(u) => {
            let scheme = u.scheme_str().unwrap_or("").to_ascii_lowercase();
            let port = u
                .port_u16()
                .unwrap_or(if scheme == "http" { 80 } else { 443 });
            format!(
                "{scheme}://{}:{port}",
                u.host().unwrap_or("").to_ascii_lowercase()
            )
        }
        Err(_) => url.to_string(),
    }
}

/// Checks that `s` is an absolute http(s) URL with a host; returns it
/// without its fragment, with an empty path written as `/`.
fn absolute(s: &str) -> Result<String, String> {
    let s = s.split('#').next().unwrap_or_default();
    let u: Uri = s.parse().map_err(|e| format!("{e}"))?;
    match u.scheme_str().map(str::to_ascii_lowercase).as_deref() {
        Some("http" | "https") => {}
        Some(other) => return Err(format!("only http and https can be fetched, not {other}")),
        None => return Err("no scheme".into()),
    }
    if u.host().is_none_or(str::is_empty) {
        return Err("no host".into());
    }
    // The http crate reads a port past 65535 as none at all: refuse it,
    // rather than fetch the default port instead.
    let authority = u.authority().map_or("", |a| a.as_str());
    let host_port = authority.rsplit('@').next().unwrap_or_default();
    if let Some(i) = host_port
        .rfind(':')
        .filter(|i| *i > host_port.rfind(']').unwrap_or(0))
    {
        let port = &host_port[i + 1..];
        if !port.is_empty() && port.parse::<u16>().is_err() {
            return Err(format!("invalid port {port:?}"));
        }
    }
    if u.path().is_empty() || (u.path() == "/" && !s.ends_with('/') && u.query().is_none()) {
        return Ok(format!("{s}/"));
    }
    Ok(s.to_string())
}

/// Percent-encodes what a URL cannot hold raw (spaces, controls, non-ASCII),
/// as browsers do with a sloppy `Location`.
fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_graphic()
            && !matches!(
                b,
                b'"' | b'<' | b'>' | b'\\' | b'^' | b'`' | b'{' | b'|' | b'}'
            )
        {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The five parts of RFC 3986 Appendix B.
struct Parts<'a> {
    scheme: Option<&'a str>,
    authority: Option<&'a str>,
    path: &'a str,
    query: Option<&'a str>,
}

fn split(s: &str) -> Parts<'_> {
    let s = s.split('#').next().unwrap_or_default();
    let (scheme, rest) = match s.find([':', '/', '?']) {
        Some(i)
            if i > 0
                && s.as_bytes()[i] == b':'
                && s[..i]
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"+-.".contains(&b)) =>
        {
            (Some(&s[..i]), &s[i + 1..])
        }
        _ => (None, s),
    };
    let (authority, rest) = match rest.strip_prefix("//") {
        Some(r) => {
            let end = r.find(['/', '?']).unwrap_or(r.len());
            (Some(&r[..end]), &r[end..])
        }
        None => (None, rest),
    };
    let (path, query) = match rest.split_once('?') {
        Some((p, q)) => (p, Some(q)),
        None => (rest, None),
    };
    Parts {
        scheme,
        authority,
        path,
        query,
    }
}

/// RFC 3986 §5.2.3.
fn merge(base: &Parts<'_>, path: &str) -> String {
    if base.authority.is_some() && base.path.is_empty() {
        return format!("/{path}");
    }
    match base.path.rfind('/') {
        Some(i) => format!("{}{path}", &base.path[..=i]),
        None => path.to_string(),
    }
}

/// RFC 3986 §5.2.4.
fn remove_dots(path: &str) -> String {
    let mut out: Vec<&str> = Vec::new();
    let segments: Vec<&str> = path.split('/').collect();
    for (i, seg) in segments.iter().enumerate() {
        let last = i == segments.len() - 1;
        match *seg {
            "." => {
                if last {
                    out.push("");
                }
            }
            ".." => {
                if out.len() > 1 {
                    out.pop();
                }
                if last {
                    out.push("");
                }
            }
            s => out.push(s),
        }
    }
    let joined = out.join("/");
    if path.starts_with('/') && !joined.starts_with('/') {
        format!("/{joined}")
    } else {
        joined
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 3986 §5.4.1's normal examples (those a fetchable URL can give).
    #[test]
    fn resolves_like_rfc_3986() {
        let base = "http://a/b/c/d;p?q";
        let cases = [
            ("g", "http://a/b/c/g"),
            ("./g", "http://a/b/c/g"),
            ("g/", "http://a/b/c/g/"),
            ("/g", "http://a/g"),
            ("//g", "http://g/"),
            ("?y", "http://a/b/c/d;p?y"),
            ("g?y", "http://a/b/c/g?y"),
            ("#s", "http://a/b/c/d;p?q"),
            ("g#s", "http://a/b/c/g"),
            (";x", "http://a/b/c/;x"),
            ("", "http://a/b/c/d;p?q"),
            (".", "http://a/b/c/"),
            ("./", "http://a/b/c/"),
            ("..", "http://a/b/"),
            ("../g", "http://a/b/g"),
            ("../..", "http://a/"),
            ("../../g", "http://a/g"),
            ("../../../g", "http://a/g"),
            ("/./g", "http://a/g"),
            ("g/../h", "http://a/b/c/h"),
            (
                "https://other.example:8443/x",
                "https://other.example:8443/x",
            ),
        ];
        for (reference, want) in cases {
            assert_eq!(
                resolve(base, reference).as_deref(),
                Ok(want),
                "{reference:?}"
            );
        }
    }

    #[test]
    fn sloppy_and_hostile_locations() {
        assert_eq!(
            resolve("http://a/b", "/with space").as_deref(),
            Ok("http://a/with%20space")
        );
        assert_eq!(
            resolve("http://a/b", "/\u{1b}[31m").as_deref(),
            Ok("http://a/%1B[31m")
        );
        assert!(resolve("http://a/b", "ftp://files.example/")
            .unwrap_err()
            .contains("only http and https"));
        assert!(resolve("http://a/b", "javascript:alert(1)").is_err());
    }

    #[test]
    fn what_people_type() {
        assert_eq!(
            from_user("example.com").as_deref(),
            Ok("https://example.com/")
        );
        assert_eq!(
            from_user("http://127.0.0.1:8080").as_deref(),
            Ok("http://127.0.0.1:8080/")
        );
        assert_eq!(
            from_user("localhost:8080/x?y#z").as_deref(),
            Ok("https://localhost:8080/x?y")
        );
        assert!(from_user("").is_err());
        assert!(from_user("ftp://x/")
            .unwrap_err()
            .contains("only http and https"));
        assert!(from_user("http://").is_err());
        assert!(from_user("http:/x")
            .unwrap_err()
            .contains("expected http://host/"));
        assert!(
            from_user("http://127.0.0.1:99999/").is_err(),
            "no such port"
        );
    }

    #[test]
    fn origins() {
        assert_eq!(origin("http://A.example/x"), "http://a.example:80");
        assert_eq!(
            origin("https://a.example:443/"),
            origin("https://a.example/y")
        );
        assert_ne!(origin("http://127.0.0.1:1/"), origin("http://127.0.0.1:2/"));
    }
}
