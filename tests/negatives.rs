//! Never call an outage what is not one. Each case is a named regression.
#![cfg(not(target_arch = "wasm32"))]

use gatewise::{diagnose, Kind, Response};

fn article(title: &str) -> Vec<u8> {
    let para = "<p>When a reverse proxy such as nginx cannot reach its upstream it answers 502 Bad Gateway. \
                Check that PHP-FPM runs, that fastcgi_pass matches the socket, and read the error log. </p>";
    format!(
        "<html><head><title>{title}</title></head><body><h1>{title}</h1>{}</body></html>",
        para.repeat(40)
    )
    .into_bytes()
}

#[test]
fn an_article_about_502_served_with_200() {
    let d = diagnose(&Response::new(&article("How to fix 502 Bad Gateway")).status(200));
    assert!(!d.is_error);
    assert_eq!(d.kind, Kind::NotAnError);
    assert!(!d.retryable);
}

#[test]
fn an_article_about_502_without_status_line() {
    let d = diagnose(&Response::new(&article(
        "502 Bad Gateway: causes and fixes",
    )));
    assert!(!d.is_error, "{:?}", d.evidence);
}

#[test]
fn an_article_quoting_the_nginx_page() {
    let mut page = article("Understanding nginx errors");
    page.extend_from_slice(b"<pre>&lt;html&gt;&lt;head&gt;&lt;title&gt;502 Bad Gateway&lt;/title&gt;</pre><hr><center>nginx</center>");
    let d = diagnose(&Response::new(&page));
    assert!(!d.is_error, "{:?}", d.evidence);
}

#[test]
fn a_404_page_is_not_an_outage() {
    let page = b"<html><head><title>404 Not Found</title></head><body><center><h1>404 Not Found</h1></center><hr><center>nginx</center></body></html>";
    for r in [Response::new(page).status(404), Response::new(page)] {
        let d = diagnose(&r);
        assert!(!d.is_error);
        assert_eq!(d.kind, Kind::ClientError);
        assert_eq!(d.status, Some(404));
        assert_eq!(d.vendor, "nginx");
    }
}

#[test]
fn every_4xx_status_line_is_not_an_outage() {
    let page = b"<html><title>502 Bad Gateway</title><h1>502 Bad Gateway</h1><hr><center>nginx</center></html>";
    for status in 400..500 {
        let d = diagnose(&Response::new(page).status(status));
        assert!(!d.is_error, "{status}");
    }
}

#[test]
fn a_cloudflare_challenge_by_header() {
    let page = b"<html><head><title>Just a moment...</title></head><body>Checking</body></html>";
    let d = diagnose(
        &Response::new(page)
            .status(403)
            .header("cf-mitigated", "challenge")
            .header("Server", "cloudflare"),
    );
    assert_eq!(d.kind, Kind::Challenge);
    assert!(!d.is_error && !d.retryable);
    assert_eq!(d.vendor, "cloudflare");
}

#[test]
fn a_cloudflare_challenge_served_with_503() {
    // The older "I'm Under Attack" interstitial came with a 503.
    let page = b"<html><head><title>Just a moment...</title></head><body><script src=\"/cdn-cgi/challenge-platform/h/b/orchestrate/jsch/v1\"></script></body></html>";
    let d = diagnose(
        &Response::new(page)
            .status(503)
            .header("Server", "cloudflare"),
    );
    assert_eq!(d.kind, Kind::Challenge);
    assert!(!d.is_error && !d.retryable);
}

#[test]
fn a_200_with_an_error_template_is_not_an_outage() {
    let page = b"<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>";
    assert!(!diagnose(&Response::new(page).status(200)).is_error);
}

#[test]
fn a_blank_200_is_not_an_outage() {
    assert!(!diagnose(&Response::new(b"").status(200)).is_error);
    assert!(!diagnose(&Response::new(b"   \n")).is_error);
}

#[test]
fn a_forum_thread_naming_many_codes() {
    let page = b"<html><title>Help!</title><body><p>I get error 502 then error 504 and sometimes error 503.</p></body></html>";
    assert!(!diagnose(&Response::new(page)).is_error);
}

#[test]
fn binary_bodies_are_not_read() {
    let d = diagnose(&Response::new(b"\x1f\x8b\x08\x00\x00\x00\x00\x00").status(502));
    assert!(d.is_error);
    assert_eq!(d.variant, "binary");
    assert!(!diagnose(&Response::new(&[0u8, 1, 2, 3, 255, 0, 0, 7])).is_error);
}

#[test]
fn an_invalid_status_is_ignored_not_trusted() {
    let d = diagnose(&Response::new(b"hello").status(999));
    assert_eq!(d.status, None);
    assert!(!d.is_error);
}

/// Articles in other languages: a long page about an error is not one, even
/// when its title is the error's name in that language.
fn article_in(title: &str, para: &str) -> Vec<u8> {
    format!(
        "<html><head><title>{title}</title></head><body><h1>{title}</h1>{}</body></html>",
        format!("<p>{para}</p>").repeat(30)
    )
    .into_bytes()
}

#[test]
fn a_german_article_about_502_is_not_an_outage() {
    let para = "Wenn ein Reverse Proxy wie nginx seinen Upstream nicht erreicht, antwortet er mit Fehler 502 (Fehlerhaftes Gateway). \
                Prüfen Sie, ob PHP-FPM läuft, ob fastcgi_pass zum Socket passt, und lesen Sie das Fehlerprotokoll.";
    for title in [
        "502 Bad Gateway: Ursachen und Lösungen",
        "Fehlerhaftes Gateway",
        "Fehler 502 beheben",
    ] {
        for status in [None, Some(200)] {
            let body = article_in(title, para);
            let mut r = Response::new(&body);
            r.status = status;
            let d = diagnose(&r);
            assert!(!d.is_error, "{title} {status:?}: {:?}", d.evidence);
            assert_eq!(d.kind, Kind::NotAnError, "{title}");
        }
    }
}

#[test]
fn japanese_and_russian_articles_about_503_are_not_outages() {
    let ja = "リバースプロキシが上流のサーバーに接続できないとき、エラー503（サービス利用不可）が返されます。サーバーのログを確認し、プロセスが動いているか調べてください。";
    let ru = "Когда обратный прокси не может связаться с сервером приложения, он отвечает ошибкой 503 (сервис недоступен). Проверьте журнал ошибок и запущен ли процесс.";
    for (title, para) in [
        ("503 サービス利用不可とは", ja),
        ("Ошибка 503: сервис недоступен", ru),
    ] {
        let d = diagnose(&Response::new(&article_in(title, para)));
        assert!(!d.is_error, "{title}: {:?}", d.evidence);
    }
}

#[test]
fn not_found_pages_in_other_languages_are_not_outages() {
    for title in [
        "Seite nicht gefunden",
        "Página no encontrada",
        "Page introuvable",
        "Página não encontrada",
        "ページが見つかりません",
        "页面未找到",
        "Страница не найдена",
    ] {
        let page = format!(
            "<html><head><title>{title}</title></head><body><h1>{title}</h1></body></html>"
        );
        let d = diagnose(&Response::new(page.as_bytes()));
        assert!(!d.is_error, "{title}: {:?}", d.evidence);
        assert!(
            matches!(d.kind, Kind::ClientError | Kind::NotAnError),
            "{title}: {:?}",
            d.evidence
        );
        // Served with its status line, it is a 4xx answer.
        let d = diagnose(&Response::new(page.as_bytes()).status(404));
        assert_eq!(d.kind, Kind::ClientError, "{title}");
    }
}
