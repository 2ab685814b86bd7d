//! Status codes: reason phrases, how a page's text names them, and which
//! of them a retry can help.

use crate::text::Page;

/// What the core knows about one status code.
#[derive(Clone, Copy, Debug)]
pub struct CodeInfo {
    /// The code.
    pub code: u16,
    /// Its reason phrase (registered, or the vendor's for unofficial codes).
    pub reason: &'static str,
    /// Whether waiting and retrying plausibly helps.
    pub retryable: bool,
}

const fn c(code: u16, reason: &'static str, retryable: bool) -> CodeInfo {
    CodeInfo {
        code,
        reason,
        retryable,
    }
}

/// Every 5xx code the core explains, and the 4xx codes it must recognise so
/// as never to call them an outage.
pub const CODES: &[CodeInfo] = &[
    c(400, "Bad Request", false),
    c(401, "Unauthorized", false),
    c(403, "Forbidden", false),
    c(404, "Not Found", false),
    c(405, "Method Not Allowed", false),
    c(407, "Proxy Authentication Required", false),
    c(408, "Request Timeout", false),
    c(410, "Gone", false),
    c(429, "Too Many Requests", false),
    c(500, "Internal Server Error", true),
    c(501, "Not Implemented", false),
    c(502, "Bad Gateway", true),
    c(503, "Service Unavailable", true),
    c(504, "Gateway Timeout", true),
    c(505, "HTTP Version Not Supported", false),
    c(506, "Variant Also Negotiates", false),
    c(507, "Insufficient Storage", true),
    c(508, "Loop Detected", false),
    c(509, "Bandwidth Limit Exceeded", true),
    c(510, "Not Extended", false),
    c(511, "Network Authentication Required", false),
    c(520, "Web Server Returned an Unknown Error", true),
    c(521, "Web Server Is Down", true),
    c(522, "Connection Timed Out", true),
    c(523, "Origin Is Unreachable", true),
    c(524, "A Timeout Occurred", true),
    c(525, "SSL Handshake Failed", false),
    c(526, "Invalid SSL Certificate", false),
    c(527, "Railgun Error", true),
    c(530, "Origin Error", true),
    c(598, "Network Read Timeout Error", true),
    c(599, "Network Connect Timeout Error", true),
];

/// What the core knows about `code`, if anything.
pub fn info(code: u16) -> Option<&'static CodeInfo> {
    CODES.iter().find(|i| i.code == code)
}

/// Whether `code` is a server-side failure (5xx).
pub fn is_server_error(code: u16) -> bool {
    (500..=599).contains(&code)
}

/// Whether a retry plausibly helps for `code` (unknown 5xx codes: yes).
pub fn is_retryable(code: u16) -> bool {
    info(code).map_or(is_server_error(code), |i| i.retryable)
}

/// Phrases that name a status without its number, as titles and headings do,
/// in the eight languages of the project (en, de, es, fr, pt-BR, ja, zh-CN,
/// ru), lowercase. The other languages' entries are the words their servers'
/// own pages use (Apache's and Tomcat's translated pages among them), and
/// for 404 and 403 too, so that a page that is not an outage says so.
const PHRASES: &[(&str, u16)] = &[
    // German
    ("interner serverfehler", 500),
    ("interner server-fehler", 500),
    ("fehlerhaftes gateway", 502),
    ("ungültiges gateway", 502),
    ("dienst nicht verfügbar", 503),
    ("service nicht verfügbar", 503),
    ("dienst vorübergehend nicht verfügbar", 503),
    ("gateway-zeitüberschreitung", 504),
    ("zeitüberschreitung des gateways", 504),
    ("nicht gefunden", 404),
    ("zugriff verweigert", 403),
    // Spanish
    ("error interno del servidor", 500),
    ("puerta de enlace errónea", 502),
    ("puerta de enlace incorrecta", 502),
    ("puerta de enlace no válida", 502),
    ("servicio no disponible", 503),
    ("servicio temporalmente no disponible", 503),
    ("tiempo de espera de la puerta de enlace agotado", 504),
    ("tiempo de espera agotado de la puerta de enlace", 504),
    ("no encontrado", 404),
    ("página no encontrada", 404),
    ("prohibido", 403),
    ("se ha producido un error interno en el servidor", 500),
    ("información no válida del servidor de origen", 502),
    ("el servidor no puede procesar su solicitud en este momento", 503),
    ("la variante también varia", 506),
    ("el servidor encontró un error interno", 500),
    ("recibió una respuesta inválida desde un servidor que consultó cuando actuaba como apoderado o pasarela", 502),
    ("el servicio requerido no está disponible en este momento", 503),
    ("recibió un tiempo agotado desde un servidor superior", 504),
    ("versión http no soportada", 505),
    ("demasiadas peticiones", 429),
    ("demasiadas solicitudes", 429),
    ("error interno de servidor", 500),
    ("pasarela incorrecta", 502),
    ("servicio no disponible temporalmente", 503),
    ("el servicio no está disponible", 503),
    ("tiempo de espera de la pasarela agotado", 504),
    // French
    ("erreur interne du serveur", 500),
    ("passerelle incorrecte", 502),
    ("mauvaise passerelle", 502),
    ("gateway incorrecte", 502),
    ("service indisponible", 503),
    ("service temporairement indisponible", 503),
    ("service inaccessible", 503),
    ("délai d'attente de la passerelle dépassé", 504),
    ("passerelle expirée", 504),
    ("page introuvable", 404),
    ("non trouvé", 404),
    ("introuvable", 404),
    ("interdit", 403),
    ("le serveur a été victime d'une erreur interne", 500),
    ("le serveur proxy a reçu une réponse incorrecte de la part d'un serveur supérieur", 502),
    ("le serveur n'est pas en mesure de répondre à votre requête pour l'instant", 503),
    ("délai d'attente de la passerelle", 504),
    ("le serveur proxy n'a pas reçu de réponse dans les délais", 504),
    ("la variante varie elle-même", 506),
    ("le serveur a rencontré une erreur interne qui l'a empêché de satisfaire la requête", 500),
    ("a reçu une réponse invalide d'un serveur qu'il consultait en tant que relais ou passerelle", 502),
    ("le service demandé n'est pas disponible actuellement", 503),
    ("timeout de la passerelle", 504),
    ("a reçu un dépassement de délai (timeout) d'un serveur amont", 504),
    ("version http non supportée", 505),
    ("stockage insuffisant", 507),
    ("boucle détectée", 508),
    ("trop de requêtes", 429),
    ("service momentanément indisponible", 503),
    ("délai d'attente dépassé pour la passerelle", 504),
    ("expiration du délai de la passerelle", 504),
    // Brazilian Portuguese
    ("erro interno do servidor", 500),
    ("gateway inválido", 502),
    ("gateway incorreto", 502),
    ("serviço indisponível", 503),
    ("serviço temporariamente indisponível", 503),
    ("tempo limite do gateway esgotado", 504),
    ("tempo limite do gateway", 504),
    ("não encontrado", 404),
    ("página não encontrada", 404),
    ("proibido", 403),
    ("o servidor encontrou um erro interno", 500),
    ("o servidor encontrou um erro interno e não pode completar o seu pedido", 500),
    ("o servidor proxy recebeu uma resposta inválida do servidor destino", 502),
    ("o servidor está temporariamente fora de serviço", 503),
    ("variante auto-negociável", 506),
    ("gateway inválida", 502),
    ("recebeu uma resposta inválida de um outro servidor externo a ele", 502),
    ("o servidor está temporáriamente incapaz de servir o seu pedido", 503),
    ("o servidor recebeu uma resposta inválida enquanto atuava como gateway ou proxy", 502),
    ("momentaneamente indisponível para manutenção programada", 503),
    ("serviço indisponível no momento", 503),
    ("tempo limite do gateway excedido", 504),
    ("tempo esgotado do gateway", 504),
    ("solicitações em excesso", 429),
    ("muitas requisições", 429),
    // Japanese
    ("内部サーバーエラー", 500),
    ("サーバー内部エラー", 500),
    ("サーバ内部エラー", 500),
    ("不正なゲートウェイ", 502),
    ("ゲートウェイエラー", 502),
    ("サービス利用不可", 503),
    ("サービスは利用できません", 503),
    ("サービスを利用できません", 503),
    ("ゲートウェイタイムアウト", 504),
    ("ページが見つかりません", 404),
    ("見つかりません", 404),
    ("アクセスが拒否されました", 403),
    ("サーバ内部で障害が発生し", 500),
    ("プロクシサーバは上流サーバから不正な応答を受信しました", 502),
    ("メンテナンスで停止中か、サーバの処理能力の問題のため", 503),
    ("現在リクエストに応じることができません", 503),
    ("サーバーは予期しない条件に遭遇しました", 500),
    ("ゲートウェイあるいはプロキシサーバーからリクエストを試みた内部サーバーから無効なレスポンスを受信しました", 502),
    ("一時的な過負荷または定期保守のために現在リクエストを処理できません", 503),
    ("上流のサーバーからタイムリーなレスポンスを受信しませんでした", 504),
    ("大量のリクエストが発生しています", 429),
    ("ゲートウェイまたはプロキシ サーバーとして動作する web サーバーが無効な応答を受信しました", 502),
    ("現在メンテナンス中のため、しばらくの間ご利用いただけません", 503),
    ("無効なゲートウェイ", 502),
    ("サービスが利用できません", 503),
    // Simplified Chinese
    ("内部服务器错误", 500),
    ("服务器内部错误", 500),
    ("错误的网关", 502),
    ("网关错误", 502),
    ("服务不可用", 503),
    ("服务暂时不可用", 503),
    ("网关超时", 504),
    ("找不到页面", 404),
    ("页面未找到", 404),
    ("未找到", 404),
    ("禁止访问", 403),
    ("服务器发生了内部错误，无法处理您的请求", 500),
    ("代理服务器从上游服务器收到了无效的响应", 502),
    ("由于服务器维护或负载问题，服务器暂时无法处理您的请求", 503),
    ("服务器遇到一个意外的情况，阻止它完成请求", 500),
    ("坏网关", 502),
    ("从它访问的入站服务器收到无效响应", 502),
    ("由于临时过载或计划维护，服务器当前无法处理请求", 503),
    ("没有从上游服务器接收到完成请求所需访问的及时响应", 504),
    ("请求过多", 429),
    ("错误网关", 502),
    ("正在执行例行维护", 503),
    // Russian
    ("внутренняя ошибка сервера", 500),
    ("неверный шлюз", 502),
    ("ошибочный шлюз", 502),
    ("плохой шлюз", 502),
    ("сервис недоступен", 503),
    ("служба недоступна", 503),
    ("сервис не доступен", 503),
    ("сервис временно недоступен", 503),
    ("шлюз не отвечает", 504),
    ("время ожидания шлюза истекло", 504),
    ("не найдено", 404),
    ("страница не найдена", 404),
    ("доступ запрещён", 403),
    ("доступ запрещен", 403),
    ("произошла внутренняя ошибка сервера", 500),
    ("прокси-сервер получил недопустимый ответ от", 502),
    ("сервер временно не имеет возможности обработать ваш запрос", 503),
    ("ошибка шлюза", 502),
    ("время прохождения через шлюз истекло", 504),
    ("слишком много запросов", 429),
    ("сайт ненадолго закрыт на техническое обслуживание", 503),
    // English
    ("bad gateway", 502),
    ("gateway time-out", 504),
    ("gateway timeout", 504),
    ("service temporarily unavailable", 503),
    ("service unavailable", 503),
    ("service not available", 503),
    ("internal server error", 500),
    ("web server is down", 521),
    ("origin is unreachable", 523),
    ("ssl handshake failed", 525),
    ("invalid ssl certificate", 526),
    ("too many requests", 429),
    ("not found", 404),
    ("forbidden", 403),
];

/// How sure a status read from text is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Confidence {
    /// A number next to error words, or a reason phrase alone as a heading.
    Weak,
    /// "Error 502", "Error code 522", "HTTP Error 503", "502 Bad Gateway" as
    /// the title or a heading.
    Strong,
}

/// Where in `s` the 3-digit status-like numbers are.
fn numbers(s: &str) -> impl Iterator<Item = (usize, u16)> + '_ {
    let b = s.as_bytes();
    (0..b.len().saturating_sub(2)).filter_map(move |i| {
        let digits =
            b[i].is_ascii_digit() && b[i + 1].is_ascii_digit() && b[i + 2].is_ascii_digit();
        let alone = (i == 0 || !b[i - 1].is_ascii_alphanumeric())
            && (i + 3 == b.len() || !b[i + 3].is_ascii_alphanumeric());
        if !(digits && alone) {
            return None;
        }
        let n =
            (b[i] - b'0') as u16 * 100 + (b[i + 1] - b'0') as u16 * 10 + (b[i + 2] - b'0') as u16;
        (400..=599).contains(&n).then_some((i, n))
    })
}

/// Every distinct code the text names as a status, in order: an error page
/// names one; a page that names several is about errors, not one.
pub fn codes_named(s: &str) -> Vec<u16> {
    let mut out: Vec<u16> = Vec::new();
    for (i, n) in numbers(s) {
        if classify(s, i, n, false).is_some() && !out.contains(&n) {
            out.push(n);
        }
    }
    out
}

/// Reads a status from one line of text (lowercase). `anchored` is true for
/// a title or a heading, where a bare "502 bad gateway" counts.
pub fn status_in_line(s: &str, anchored: bool) -> Option<(u16, Confidence)> {
    if let Some(hit) = numbers(s).find_map(|(i, n)| classify(s, i, n, anchored).map(|c| (n, c))) {
        return Some(hit);
    }
    if anchored && !s.is_empty() {
        // "Service unavailable!", "服务不可用！": the closing mark is not a word.
        let s = s
            .trim_end_matches(['!', '.', '\u{ff01}', '\u{3002}', ' '])
            .trim_start_matches(['¡', ' ']);
        let (Some(&first), Some(&last)) = (s.as_bytes().first(), s.as_bytes().last()) else {
            return None;
        };
        // A shorter phrase inside a longer one ("внутренняя ошибка сервера"
        // ending "произошла внутренняя ошибка сервера") is a weak hit; the
        // longer one, equal to the line, is still looked for.
        let mut weak = None;
        for (p, code) in PHRASES {
            // A phrase can only start or end the line with the line's first
            // or last byte: one comparison rules out nearly every phrase.
            let pb = p.as_bytes();
            if pb[0] != first && pb[pb.len() - 1] != last {
                continue;
            }
            // The phrase alone is the title or the heading: as sure as "502
            // Bad Gateway" there (a title that only mentions it is not).
            if s == *p {
                return Some((*code, Confidence::Strong));
            }
            if weak.is_some() {
                continue;
            }
            // In Japanese and Chinese no space separates the words.
            let cjk = p.chars().next().is_some_and(crate::text::is_dense);
            let starts = s
                .strip_prefix(p)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with(' ') || cjk);
            let ends = s
                .strip_suffix(p)
                .is_some_and(|head| head.is_empty() || head.ends_with(' ') || cjk);
            if starts || ends {
                weak = Some((*code, Confidence::Weak));
            }
        }
        return weak;
    }
    None
}

/// What comes right before a number that it names a status, in the eight
/// languages (lowercase): "error 502", "Fehler 502", "HTTPステータス 503".
const NAMES_ERROR: &[&str] = &[
    "error code",
    "error code:",
    "error",
    "error:",
    "http error",
    "http",
    "status",
    "status code",
    "(error code:",
    "fehler",
    "fehler:",
    "fehlercode",
    "fehlercode:",
    "http-fehler",
    "statuscode",
    "código de error",
    "código de error:",
    "error http",
    "erreur",
    "erreur :",
    "erreur:",
    "code d'erreur",
    "code d'erreur :",
    "erreur http",
    "erro",
    "erro:",
    "código de erro",
    "código de erro:",
    "erro http",
    "エラー",
    "エラーコード",
    "エラーコード:",
    "ステータス",
    "ステータスコード",
    "エラー:",
    "错误",
    "错误代码",
    "错误代码:",
    "错误：",
    "状态",
    "状态码",
    "状态码:",
    "ошибка",
    "ошибка:",
    "код ошибки",
    "код ошибки:",
    "статус",
    "код состояния",
];

/// What follows a number that makes it a status: "502 server error", "502
/// Fehler", "502 ошибка" (lowercase).
const ERROR_AFTER: &[&str] = &[
    "server error",
    "proxy error",
    "error",
    "fehler",
    "erreur",
    "erro",
    "ошибка",
    "エラー",
    "错误",
];

/// How surely the number `n` at byte `i` of `s` names a status.
fn classify(s: &str, i: usize, n: u16, anchored: bool) -> Option<Confidence> {
    {
        let before = s[..i].trim_end();
        let after = s[i + 3..].trim_start();
        let reason = info(n).map(|c| c.reason);
        let follows = |r: &str| {
            after
                .get(..r.len())
                .is_some_and(|a| a.eq_ignore_ascii_case(r))
        };
        let names_error = NAMES_ERROR.iter().any(|p| before.ends_with(p));
        let reason_follows = reason.is_some_and(follows)
            || PHRASES
                .iter()
                .any(|(p, code)| *code == n && after.starts_with(p))
            || ERROR_AFTER.iter().any(|p| after.starts_with(p));
        let at_start = before.is_empty() || before.ends_with('|') || before.ends_with(':');
        let punct = after.starts_with('.')
            || after.starts_with(':')
            || after.starts_with('-')
            || after.starts_with(')');
        if names_error {
            return Some(Confidence::Strong);
        }
        if anchored && at_start && (reason_follows || punct || after.is_empty()) {
            return Some(Confidence::Strong);
        }
        if before.ends_with('(')
            && (reason_follows || (after.starts_with(')') && before.contains("error")))
        {
            return Some(Confidence::Strong);
        }
        if reason_follows {
            return Some(Confidence::Weak);
        }
    }
    None
}

/// The status a page's own text names, looking at the title, then the
/// headings, then the first lines of visible text.
pub fn status_in_page(page: &Page) -> Option<(u16, Confidence)> {
    // The first 400 characters, lowercased whole when they are not all
    // ASCII (visible_lower lowercases ASCII only: "Ошибка 502").
    let cut = page
        .visible_lower
        .char_indices()
        .nth(400)
        .map_or(page.visible_lower.len(), |(i, _)| i);
    let head = &page.visible_lower[..cut];
    let head = if head.is_ascii() {
        std::borrow::Cow::Borrowed(head)
    } else {
        std::borrow::Cow::Owned(head.to_lowercase())
    };
    let mut found: Option<(u16, Confidence)> = None;
    let title = page
        .title
        .split(" | ")
        .flat_map(|t| t.split(" - "))
        .map(str::trim);
    let candidates = title
        .map(|t| (t, true))
        .chain(page.headings.split(" | ").map(|h| (h, true)))
        .chain([(page.title.as_str(), true), (&*head, false)]);
    for (line, anchored) in candidates {
        if let Some(hit) = status_in_line(line, anchored) {
            if hit.1 == Confidence::Strong {
                return Some(hit);
            }
            found = found.or(Some(hit));
        }
    }
    if found.is_none() && page.is_short() {
        // A short page may name its code further down ("Error: 429, Too Many Requests").
        let text = if page.visible_lower.is_ascii() {
            std::borrow::Cow::Borrowed(page.visible_lower.as_str())
        } else {
            std::borrow::Cow::Owned(page.visible_lower.to_lowercase())
        };
        if let Some(hit) = status_in_line(&text, false).filter(|h| h.1 == Confidence::Strong) {
            return Some(hit);
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines() {
        let strong = |s, a| {
            status_in_line(s, a)
                .filter(|h| h.1 == Confidence::Strong)
                .map(|h| h.0)
        };
        assert_eq!(strong("502 bad gateway", true), Some(502));
        assert_eq!(strong("error code 522", false), Some(522));
        assert_eq!(strong("error 502 (server error)!!1", true), Some(502));
        assert_eq!(strong("502. that's an error.", false), None);
        assert_eq!(strong("502. that's an error.", true), Some(502));
        assert_eq!(
            strong("http error 503. the service is unavailable.", false),
            Some(503)
        );
        assert_eq!(
            strong("api.thegraph.com | 502: bad gateway", true),
            Some(502)
        );
        assert_eq!(
            codes_named("error 502 bad gateway or error 504 gateway timeout"),
            vec![502, 504]
        );
        assert_eq!(strong("502: bad gateway", true), Some(502));
        assert_eq!(
            strong("please try again in a minute (error code: 503)", false),
            Some(503)
        );
        assert_eq!(strong("temporary error (502)", true), Some(502));
        assert_eq!(strong("how to fix a 502 bad gateway error", true), None);
        assert_eq!(strong("the 5023 report", true), None);
        assert_eq!(
            status_in_line("bad gateway", true),
            Some((502, Confidence::Strong))
        );
        assert_eq!(
            status_in_line("fix a bad gateway", true),
            Some((502, Confidence::Weak))
        );
        assert_eq!(
            status_in_line("¡servicio no disponible!", true),
            Some((503, Confidence::Strong))
        );
        assert_eq!(
            status_in_line("错误的网关！", true),
            Some((502, Confidence::Strong))
        );
        assert_eq!(
            status_in_line("http状态 503 - 服务不可用。", true),
            Some((503, Confidence::Strong))
        );
        assert_eq!(
            status_in_line("ошибка 502", false),
            Some((502, Confidence::Strong))
        );
        assert_eq!(status_in_line("le service est indisponible", false), None);
        assert_eq!(status_in_line("page 404 of 900", false), None);
    }
}
