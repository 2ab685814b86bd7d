//! Deutsch. The same items and signatures as `en.rs`, in German: formal
//! address ("Sie"), the usual German IT terms, commands, key names, header
//! names and product names left as they are.
//!
//! Every time ([`duration`]) stands in the dative ("in 2 Tagen", "seit 3
//! Minuten", "nach 2 Tagen"), so every sentence that takes one is built
//! around a preposition that wants it.

use super::{CodeText, Labels, Os, Situation, Special, StepId, StepText};
use crate::network::NetworkFailure;
use crate::vendors::{VariantId, VendorId};

/// Labels of the card's interface.
pub const LABELS: Labels = Labels {
    retry_now: "Jetzt neu versuchen",
    stop: "Versuche beenden",
    more: "Mehr",
    less: "Weniger",
    copy_report: "Bericht kopieren",
    copied: "Kopiert",
    visitor_title: "Was Sie tun können",
    owner_title: "Wenn Sie diese Website betreiben",
    whose_fault: "Woran liegt es?",
    you: "Sie",
    edge: "CDN/Proxy",
    origin: "Server der Website",
    network: "Netzwerk",
    next_retry: "Nächster Versuch in",
    attempt_of: "Versuch {n} von {m}",
    offline: "Pausiert: Warten auf Ihre Verbindung. Gatewise macht weiter, sobald sie wieder funktioniert.",
    retrying: "Website wird geprüft …",
    back: "Die Website ist wieder erreichbar.",
    gave_up: "Keine weiteren Versuche.",
    gave_up_tries: "Keine weiteren Versuche ({retries}): Die Website antwortet weiter mit einem Fehler. Laden Sie die Seite neu, um es noch einmal zu versuchen.",
    gave_up_asked: "Die Website bittet um eine längere Pause, als Gatewise von sich aus abwartet: Laden Sie die Seite zur genannten Zeit neu.",
    not_resent: "Diese Seite ist die Antwort auf ein Formular. Gatewise sendet ein Formular nie von sich aus erneut.",
    resend: "Formular erneut senden",
    reference: "Referenz",
    written_by: "Seite erzeugt von",
    served_through: "ausgeliefert über",
    working: "Funktioniert",
    failing: "Gestört",
    unknown: "Unbekannt",
    your_connection: "Ihre Verbindung",
    check_status: "Nur bei mir oder bei allen?",
    checking_status: "Öffentliche Statusseiten werden abgefragt…",
    check_status_note: "Fragt die öffentliche Statusseite der Website und die ihres Anbieters und nennt dabei nur die Domain der Website. Vor Ihrem Klick wird nichts abgefragt.",
    status_link_only: "{name} veröffentlicht keinen Status, den Gatewise lesen kann: Sehen Sie auf der Statusseite nach.",
    status_site_unknown: "{name} gab keine Statusantwort (diese Website hat vielleicht keine öffentliche Statusseite), geprüft um {at}",
    status_unknown: "Der Status von {name} gab keine lesbare Antwort, geprüft um {at}",
    status_said: "{name} meldet: {said}, geprüft um {at}",
    status_operational: "{name} meldet: alle Systeme in Betrieb, geprüft um {at}",
    status_degraded: "{name} meldet: einige Dienste eingeschränkt, geprüft um {at}",
    status_outage: "{name} meldet: größere Störung, geprüft um {at}",
    status_maintenance: "{name} meldet: Wartungsarbeiten im Gange, geprüft um {at}",
    status_sum_none: "Für diese Website gibt es keine öffentliche Statusseite, die sich abfragen ließe.",
    status_sum_outage: "Nicht nur bei Ihnen: {name} meldet eine Störung.",
    status_sum_degraded: "Wahrscheinlich nicht nur bei Ihnen: {name} meldet Probleme.",
    status_sum_maintenance: "{name} meldet laufende Wartungsarbeiten.",
    status_sum_operational: "Öffentlich ist keine Störung gemeldet: Der Fehler betrifft vielleicht nur diese Website oder steht noch nicht auf ihrer Statusseite.",
    status_sum_unreadable: "Keine Statusseite gab eine lesbare Antwort.",
};

/// The headline, what happened and whose fault, when the visitor's own
/// connection is the likely fault (see [`super::ConnectionCause`]).
pub fn connection(cause: super::ConnectionCause) -> (String, String, String) {
    use super::ConnectionCause::*;
    match cause {
        Offline => (
            "Ihre Verbindung ist ausgefallen, nicht die Website".into(),
            "Ihr Browser meldet überhaupt keine Netzwerkverbindung; gerade kann also keine Website laden. Gatewise wartet, bis die Verbindung wieder steht, und versucht die Seite dann erneut.".into(),
            "Ihre Verbindung, nicht die Website.".into(),
        ),
        CaptivePortal => (
            "Ihr Netzwerk möchte, dass Sie sich zuerst anmelden".into(),
            "Dieses Netzwerk (WLAN im Hotel, am Flughafen, im Café oder im Büro) hält jede Verbindung zurück, bis Sie sich auf seiner eigenen Seite anmelden; deshalb scheitern Websites oder führen zu dieser Seite. Melden Sie sich an, dann versucht Gatewise die Seite erneut.".into(),
            "Die Anmeldeseite Ihres Netzwerks, nicht die Website.".into(),
        ),
        ManySites { sites } => (
            "Offenbar ist Ihre Verbindung gestört, nicht die Website".into(),
            format!("In der letzten Minute {} sich {sites} {} nicht laden. Das deutet eher auf Ihre eigene Verbindung (WLAN, Router, VPN, DNS) hin als auf diese Website; deshalb wartet Gatewise, bis die Verbindung wieder steht, statt die Website erneut anzufragen.", plural(sites, "ließ", "ließen"), plural(sites, "unabhängige Website", "voneinander unabhängige Websites")),
            "Höchstwahrscheinlich Ihre Verbindung: Mehrere Websites scheitern gleichzeitig.".into(),
        ),
    }
}

/// Text for each status code and network failure.
pub fn code(code: u16) -> Option<&'static CodeText> {
    CODES.iter().find(|c| c.code == code)
}

/// Text for a network failure.
pub fn network(kind: NetworkFailure) -> &'static CodeText {
    use NetworkFailure::*;
    let i = match kind {
        NameNotResolved => 0,
        ConnectionRefused => 1,
        ConnectionReset => 2,
        TimedOut => 3,
        EmptyResponse => 4,
        Offline => 5,
        TlsFailure => 6,
        Unreachable => 7,
        NetworkChanged => 8,
        Certificate => 9,
        ClientCertificate => 10,
        Protocol => 11,
        Proxy => 12,
        Redirects => 13,
        BadAddress => 14,
        Other => 15,
    };
    &NETWORK[i]
}

/// Text for any 5xx code without its own entry.
pub const GENERIC_5XX: CodeText = CodeText {
    code: 0,
    title: "Serverfehler",
    headline: "Der Server der Website hat ein Problem",
    what: "Die Website hat mit einem eigenen Fehler geantwortet. Auf der Serverseite ist bei der Bearbeitung Ihrer Anfrage etwas schiefgegangen; an Ihrer Anfrage lag es nicht.",
    fault: "Auf der Seite der Website. Solche Fehler verursachen Besucher so gut wie nie.",
    owner: &[
        "Lesen Sie die Fehlerprotokolle des Webservers und der Anwendung zum Zeitpunkt des Fehlers.",
        "Prüfen Sie den Zustand des Servers: CPU, Arbeitsspeicher, Speicherplatz, Worker-Pool.",
    ],
};

/// A bot check, never an outage.
pub const CHALLENGE: CodeText = CodeText {
    code: 0,
    title: "Sicherheitsprüfung",
    headline: "Die Website prüft, ob Sie ein Mensch sind",
    what: "Das ist eine Sicherheitsprüfung des Schutzdienstes der Website, keine Störung. Meist ist sie nach ein paar Sekunden von selbst erledigt, oder Sie werden gebeten, ein Kästchen anzuklicken.",
    fault: "An niemandem: Die Website funktioniert. Gatewise wiederholt eine solche Prüfung nie von sich aus.",
    owner: &["Wenn echte Besucher diese Seite immer wieder sehen, überprüfen Sie die Sicherheitsstufe und die Firewall-Regeln Ihres Schutzdienstes."],
};

/// A page that works, or a 4xx.
pub const NOT_AN_ERROR: CodeText = CodeText {
    code: 0,
    title: "Keine Störung",
    headline: "Diese Seite ist kein Serverausfall",
    what: "Die Website hat geantwortet. Wenn auf der Seite von einem Fehler die Rede ist, beschreibt sie ihn nur, sie hat ihn nicht.",
    fault: "An niemandem: Der Server funktioniert.",
    owner: &[],
};

/// A 4xx answer other than 429.
pub const CLIENT_ERROR: CodeText = CodeText {
    code: 0,
    title: "Anfrage abgelehnt",
    headline: "Die Website ist erreichbar, hat diese Seite aber abgelehnt oder nicht gefunden",
    what: "Eine 4xx-Antwort bedeutet: Der Server funktioniert und hat über genau diese Anfrage entschieden. Die Seite existiert nicht, verlangt eine Anmeldung, oder die Anfrage wurde abgewiesen. Warten ändert daran nichts.",
    fault: "Keine Störung. Prüfen Sie die Adresse oder die Links der Website.",
    owner: &["Wenn es die Seite geben sollte, prüfen Sie kürzliche Verschiebungen und Weiterleitungen sowie Ihre Zugriffsregeln."],
};

/// 429: a rate limit. Waiting is the fix.
pub const TOO_MANY_REQUESTS: CodeText = CodeText {
    code: 429,
    title: "429 Too Many Requests",
    headline: "Die Website begrenzt, wie oft Sie anfragen dürfen",
    what: "Die Website funktioniert, zählt aber die Anfragen, die von Ihnen kommen (meist anhand Ihrer IP-Adresse), und Sie liegen gerade über ihrem Limit. Das Limit fällt nach einer Weile von selbst weg; jedes Neuladen vorher zählt als weitere Anfrage.",
    fault: "Keine Störung: ein Limit der Website selbst. Andere Menschen hinter derselben Adresse (ein VPN, ein Büro, ein Mobilfunkanbieter) können dazu beitragen.",
    owner: &[
        "Wenn echte Besucher an das Limit stoßen, heben Sie es an oder zählen Sie feiner als nach IP-Adresse: Hinter einem VPN oder einem Mobilfunkanbieter teilen sich viele Menschen eine Adresse.",
        "Senden Sie mit jeder 429-Antwort einen Retry-After-Header, damit Browser und Werkzeuge wissen, wann sie wiederkommen können.",
    ],
};

const fn t(
    code: u16,
    title: &'static str,
    headline: &'static str,
    what: &'static str,
    fault: &'static str,
    owner: &'static [&'static str],
) -> CodeText {
    CodeText {
        code,
        title,
        headline,
        what,
        fault,
        owner,
    }
}

/// Each code's text, for a failure of the site's server (the usual hop).
/// The titles keep the standard's English names of the codes: they are what
/// the server sends and what every search finds.
pub const CODES: &[CodeText] = &[
    t(500, "500 Internal Server Error", "Der Server der Website ist an dieser Anfrage gescheitert",
      "Auf dem Server der Website ist bei der Bearbeitung Ihrer Anfrage etwas schiefgegangen. Meist liegt es an der Anwendung (ein Programmfehler, ein fehlerhaftes Plugin oder Theme, ein Ressourcenlimit), aber auch der Webserver selbst sendet 500, zum Beispiel bei einem Syntaxfehler in der .htaccess oder einer Schleife in seinen eigenen Rewrite-Regeln.",
      "Der Server der Website oder seine Anwendung. Sie haben nichts falsch gemacht.",
      &["Öffnen Sie das Fehlerprotokoll der Anwendung zum Zeitpunkt des Fehlers: Der Stacktrace oder der fatale Fehler nennt die Ursache.",
        "Hat die Anwendung nichts protokolliert, lesen Sie das Fehlerprotokoll des Webservers: Apache meldet dort eine fehlerhafte .htaccess („Invalid command“) und Rewrite-Schleifen („Request exceeded the limit of 10 internal redirects“).",
        "Machen Sie das letzte Deployment, Plugin-Update oder die letzte Konfigurationsänderung rückgängig und prüfen Sie, ob der Fehler verschwindet.",
        "Prüfen Sie die Speicherlimits (PHP memory_limit, WP_MEMORY_LIMIT, Container-Limits) und den freien Speicherplatz."]),
    t(501, "501 Not Implemented", "Der Server der Website unterstützt das Angefragte nicht",
      "Der Server beherrscht die Methode oder Funktion nicht, die diese Anfrage verwendet hat. Das ist eine Frage der Konfiguration der Website, und Warten ändert daran nichts.",
      "Die Konfiguration der Website.",
      &["Prüfen Sie, welche Methoden Ihr Server und Ihr Proxy für diese URL zulassen; ein Proxy kann Methoden ablehnen, die er nicht kennt."]),
    t(502, "502 Bad Gateway", "Der Server der Website hat seinem Gateway eine fehlerhafte oder gar keine Antwort gegeben",
      "Ein Gateway (ein Proxy, Load Balancer oder CDN vor der Website) hat Ihre Anfrage an den Server dahinter weitergereicht und eine fehlerhafte oder gar keine Antwort bekommen. Der Server dahinter ist vielleicht abgestürzt, wird neu gestartet, hat die Verbindung abgelehnt oder keine freien Worker mehr, oder das Gateway zeigt auf die falsche Stelle.",
      "Meist der Server der Website hinter dem Gateway. Ein Neustart oder eine Lastspitze ist in Minuten vorbei; eine fehlerhafte Einstellung bleibt, bis jemand sie behebt.",
      &["Prüfen Sie, ob der Anwendungsserver läuft (PHP-FPM, gunicorn, uWSGI, Node, der Java-Server), und starten Sie ihn neu, falls nicht.",
        "Lesen Sie im Fehlerprotokoll des Proxys die genaue Ursache nach: „connect() failed (111: Connection refused)“, „No such file or directory“ bei einem Socket, „upstream prematurely closed connection“.",
        "Prüfen Sie, ob der Proxy auf die richtige Stelle zeigt: nginx fastcgi_pass oder proxy_pass, Apache ProxyPass, verglichen mit der Adresse oder dem Socket, auf dem die Anwendung lauscht.",
        "Prüfen Sie Arbeitsspeicher und Worker-Pool: Ein Server ohne freien Speicher oder mit lauter belegten Workern verwirft Verbindungen."]),
    t(503, "503 Service Unavailable", "Der Server der Website nimmt gerade keine Anfragen an",
      "Der Server läuft, hat Ihre Anfrage aber abgewiesen: Vielleicht wird er planmäßig gewartet, ist überlastet, hat kein funktionierendes Backend, an das er Sie weiterleiten kann, oder begrenzt, wie viele Anfragen jede Adresse stellen darf. Manchmal sagt er, wann Sie es wieder versuchen können.",
      "Der Server der Website: ausgelastet, in Wartung oder mit einem Anfragelimit. Ein Limit kann den Verkehr anderer Menschen Ihnen zurechnen: nginx beantwortet sein Rate-Limit standardmäßig mit 503, daher kann eine geteilte VPN- oder Mobilfunkadresse es auslösen.",
      &["Bei einer geplanten Wartung senden Sie einen Retry-After-Header und eine Seite, die sagt, wann Sie wieder erreichbar sein wollen.",
        "Prüfen Sie, wie der Load Balancer oder Proxy die Backends sieht: Ein 503 bedeutet oft, dass keines für die Anfrage verfügbar ist.",
        "Rate-Limits von nginx (limit_req, limit_conn) antworten standardmäßig mit 503: Setzen Sie limit_req_status 429 und limit_conn_status 429, damit ein Limit nicht für einen Ausfall gehalten wird.",
        "Prüfen Sie die Kapazität: Größe des Worker-Pools, Verbindungslimits, CPU und Arbeitsspeicher; skalieren Sie, wenn die Last echt ist."]),
    t(504, "504 Gateway Timeout", "Der Server der Website hat zu lange für seine Antwort gebraucht",
      "Ein Gateway vor der Website hat auf den Server dahinter gewartet und aufgegeben, bevor eine Antwort kam. Der Server läuft vermutlich, ist aber langsam: eine lange Datenbankabfrage, ein hängender Aufruf eines anderen Dienstes oder zu viel Last.",
      "Der Server der Website hinter dem Gateway, der gerade zu langsam ist.",
      &["Finden Sie die langsamen Anfragen: das Slow-Query-Log, die Traces der Anwendung, Aufrufe externer APIs ohne Timeout.",
        "Stimmen Sie die Timeouts entlang der Kette aufeinander ab (nginx proxy_read_timeout oder fastcgi_read_timeout, PHP-FPM request_terminate_timeout, max_execution_time): Das Gateway sollte etwas länger warten als die Anwendung.",
        "Verlagern Sie lange Arbeiten (Exporte, Importe, Berichte) aus der Anfrage in einen Hintergrundjob."]),
    t(505, "505 HTTP Version Not Supported", "Der Server der Website hat die verwendete HTTP-Version abgelehnt",
      "Der Server unterstützt die HTTP-Version nicht, die die Anfrage verwendet hat. Das ist ein Konfigurationsfehler auf der Seite der Website, meist zwischen einem Proxy und dem Server dahinter.",
      "Die Konfiguration der Website.",
      &["Prüfen Sie die auf jeder Station aktivierten HTTP-Versionen (HTTP/1.1, HTTP/2, HTTP/3) und womit der Proxy mit dem Backend spricht."]),
    t(506, "506 Variant Also Negotiates", "Die Inhaltsaushandlung der Website ist falsch konfiguriert",
      "Der Server soll zwischen mehreren Fassungen der Seite wählen, und seine Regeln verweisen auf sich selbst zurück. Das ist ein Konfigurationsfehler der Website.",
      "Die Konfiguration der Website.",
      &["Überprüfen Sie die Einrichtung der Inhaltsaushandlung (bei Apache MultiViews und Type-Maps) auf eine Variante, die erneut aushandelt."]),
    t(507, "507 Insufficient Storage", "Der Speicher des Servers der Website ist voll",
      "Der Server konnte nicht speichern, was er für die Anfrage brauchte: Sein Datenträger oder sein Kontingent ist voll.",
      "Der Server der Website.",
      &["Geben Sie Speicherplatz frei oder erhöhen Sie das Kontingent; prüfen Sie die Logrotation und temporäre Dateien, die Datenträger unbemerkt füllen."]),
    t(508, "508 Loop Detected", "Der Server der Website ist an einer Schleife oder einem Ressourcenlimit hängen geblieben",
      "Laut Standard ist 508 die Antwort von WebDAV, wenn eine Anfrage endlos eine Schleife von Bindungen durchlaufen würde (RFC 5842). Die meisten 508 im Web sind etwas anderes: Shared-Hoster senden den Code mit einer Seite „Resource Limit Is Reached“, wenn das Konto der Website die erlaubten Prozesse oder die CPU-Zeit aufgebraucht hat. (Eine Weiterleitungsschleife ist kein 508: Browser melden sie als zu viele Weiterleitungen.)",
      "Die Hosting-Limits der Website oder ihre WebDAV-Einrichtung.",
      &["Prüfen Sie bei Shared Hosting die Ressourcennutzung des Kontos (Entry Processes, CPU, Arbeitsspeicher) im Control Panel: „Resource Limit Is Reached“ bedeutet, dass ein Limit erreicht wurde; finden Sie heraus, was es verbraucht, oder wechseln Sie in einen größeren Tarif.",
        "Suchen Sie bei WebDAV nach Bindungen oder Sammlungen, die sich selbst enthalten."]),
    t(509, "509 Bandwidth Limit Exceeded", "Das Datenvolumen des Hosting-Tarifs der Website ist aufgebraucht",
      "Diesen inoffiziellen Code senden manche Hosting-Panels, wenn eine Website das gesamte Datenvolumen verbraucht hat, das ihr Tarif vorerst erlaubt.",
      "Der Hosting-Tarif der Website.",
      &["Prüfen Sie Datenvolumen und Limits des Hosting-Kontos; wechseln Sie den Tarif oder schalten Sie einen Cache oder ein CDN davor."]),
    t(510, "510 Not Extended", "Der Server der Website verlangt eine Erweiterung, die die Anfrage nicht verwendet hat",
      "Der Server verlangt eine HTTP-Erweiterung, die in der Anfrage fehlte. Das ist selten und eine Frage der Einrichtung der Website.",
      "Die Konfiguration der Website.",
      &["Prüfen Sie, welche Erweiterung die Richtlinie des Servers verlangt und ob sie für diese URL nötig sein sollte."]),
    t(511, "511 Network Authentication Required", "Ihr Netzwerk möchte, dass Sie sich anmelden",
      "Das Netzwerk, in dem Sie sind (WLAN im Hotel, am Flughafen, im Café oder im Büro), hält Ihre Verbindung zurück, bis Sie sich auf seiner eigenen Seite anmelden. Die Website selbst ist vermutlich in Ordnung.",
      "Die Anmeldeseite Ihres Netzwerks, nicht die Website.",
      &["Ein 511 stammt aus einem Netzwerk zwischen dem Besucher und Ihnen, nicht von Ihrer Website: An der Website ist nichts zu ändern."]),
    t(520, "520 Web Server Returned an Unknown Error", "Der Server der Website hat Cloudflare eine unbrauchbare Antwort geschickt",
      "Cloudflare hat den eigenen Server der Website erreicht, aber die Antwort war leer, fehlerhaft oder abgeschnitten, oder die Verbindung wurde zurückgesetzt.",
      "Der Server der Website hinter Cloudflare.",
      &["Suchen Sie in den Fehlerprotokollen des Ursprungsservers nach Abstürzen zu den Zeitpunkten der 520-Fehler.",
        "Achten Sie auf zu große Antwort-Header (viele Cookies) und darauf, ob der Ursprungsserver Verbindungen vorzeitig schließt.",
        "Stellen Sie sicher, dass der Ursprungsserver die IP-Bereiche von Cloudflare nicht blockiert oder drosselt."]),
    t(521, "521 Web Server Is Down", "Der Server der Website hat die Verbindung von Cloudflare abgelehnt",
      "Cloudflare wollte sich mit dem eigenen Server der Website verbinden, und der Server hat abgelehnt: Der Webserver ist gestoppt, oder eine Firewall blockiert Cloudflare.",
      "Der Server der Website hinter Cloudflare.",
      &["Prüfen Sie, ob der Webserver läuft und auf dem Port lauscht, den Cloudflare verwendet (80 oder 443).",
        "Lassen Sie die IP-Bereiche von Cloudflare in der Firewall, in iptables, fail2ban und den Sicherheitseinstellungen des Hosters zu."]),
    t(522, "522 Connection Timed Out", "Der Server der Website hat Cloudflare nicht rechtzeitig geantwortet",
      "Cloudflare hat versucht, den eigenen Server der Website zu erreichen, und ist auf eine von zwei Arten in ein Timeout gelaufen: Der Server hat die Verbindung nie angenommen (kein SYN+ACK innerhalb von 19 Sekunden), oder er hat sie angenommen, aber die Anfrage von Cloudflare nie bestätigt (kein ACK innerhalb von 90 Sekunden). Der Server ist überlastet, offline oder verwirft die Pakete von Cloudflare.",
      "Der Server der Website hinter Cloudflare.",
      &["Prüfen Sie, ob der Ursprungsserver online und nicht überlastet ist.",
        "Lassen Sie die IP-Bereiche von Cloudflare zu; eine Firewall, die sie stillschweigend verwirft, erzeugt genau diesen Fehler.",
        "Prüfen Sie, ob der DNS-Eintrag bei Cloudflare auf die richtige Adresse des Ursprungsservers zeigt."]),
    t(523, "523 Origin Is Unreachable", "Der Server der Website ist von Cloudflare aus nicht erreichbar",
      "Cloudflare hat keinen Weg zum eigenen Server der Website gefunden. Die Adresse in den Einstellungen ist vielleicht falsch, oder das Netzwerk vor dem Server ist ausgefallen.",
      "Der Server der Website oder seine Adresse bei Cloudflare.",
      &["Prüfen Sie die A-/AAAA-Einträge in den DNS-Einstellungen von Cloudflare: Nach einem Umzug zeigen sie oft noch auf die alte Adresse.",
        "Fragen Sie den Hoster, ob es ein Routing-Problem zum Server gibt."]),
    t(524, "524 A Timeout Occurred", "Der Server der Website hat Cloudflare zu lange warten lassen",
      "Cloudflare hat sich mit dem eigenen Server der Website verbunden, aber vor Ablauf der Frist von Cloudflare (standardmäßig 100 Sekunden) kam keine Antwort.",
      "Der Server der Website hinter Cloudflare, der zu langsam ist.",
      &["Finden Sie die langsame Anfrage in den Protokollen des Ursprungsservers; lange Berichte und Importe gehören in einen Hintergrundjob.",
        "Prüfen Sie Last und Datenbankleistung des Ursprungsservers zu den Zeitpunkten der 524-Fehler."]),
    t(525, "525 SSL Handshake Failed", "Der sichere Verbindungsaufbau zwischen Cloudflare und dem Server der Website ist gescheitert",
      "Cloudflare wollte per HTTPS mit dem eigenen Server der Website sprechen, und der TLS-Handshake ist fehlgeschlagen.",
      "Die TLS-Einrichtung der Website.",
      &["Prüfen Sie, ob der Ursprungsserver HTTPS auf Port 443 mit SNI annimmt und mindestens eine Cipher-Suite mit Cloudflare gemeinsam hat.",
        "Prüfen Sie den SSL/TLS-Modus: Full und Full (strict) brauchen ein funktionierendes Zertifikat auf dem Ursprungsserver; ein Wechsel zu Flexible verdeckt das Problem nur."]),
    t(526, "526 Invalid SSL Certificate", "Der Server der Website hat ein Zertifikat, das Cloudflare nicht akzeptiert",
      "Cloudflare ist so eingestellt, dass es das Zertifikat der Website prüft (der Modus Full (strict)), und das Zertifikat ist abgelaufen, selbst signiert oder für einen anderen Namen ausgestellt.",
      "Das Zertifikat der Website.",
      &["Erneuern oder ersetzen Sie das Zertifikat des Ursprungsservers; ein Cloudflare Origin CA-Zertifikat funktioniert mit Full (strict).",
        "Prüfen Sie, ob das Zertifikat genau den Hostnamen abdeckt und die Zertifikatskette vollständig ist."]),
    t(527, "527 Railgun Error", "Die Railgun-Verbindung der Website zu Cloudflare ist gescheitert",
      "Die Verbindung zwischen Cloudflare und dem Railgun-Listener der Website ist fehlgeschlagen. Railgun wird nicht mehr angeboten, der Fehler deutet also auf eine alte Einrichtung hin.",
      "Die Einrichtung der Website hinter Cloudflare.",
      &["Prüfen Sie den Railgun-Listener und seine Protokolle, oder entfernen Sie Railgun aus der Einrichtung."]),
    t(530, "530 Origin Error", "Der Server der Website hat mit einem inoffiziellen Fehler geantwortet",
      "530 ist kein Standardcode von HTTP. Cloudflare verwendet ihn zusammen mit einer eigenen Fehlernummer auf der Seite; diese Seite sieht nicht nach Cloudflare aus, der Code stammt also vom Server der Website selbst oder von ihrem Hoster, die ihm eigene Bedeutungen geben (oft eine vom Hoster eingefrorene oder gesperrte Website).",
      "Der Server der Website oder ihr Hosting.",
      &["Finden Sie in den Protokollen heraus, welche Station den 530 gesendet hat (der Webserver, ein Hosting-Panel, eine Anwendung); es ist kein Standardcode, seine Bedeutung legt also diese Software fest."]),
    t(598, "598 Network Read Timeout", "Der Server der Website hat seine Antwort an einen Proxy nicht rechtzeitig abgeschlossen",
      "Manche Proxys senden diesen inoffiziellen Code, wenn der Server hinter ihnen aufgehört hat, Daten zu senden, bevor die Antwort vollständig war.",
      "Der Server der Website oder das Netzwerk hinter dem Proxy.",
      &["Prüfen Sie die Antwortzeiten des Ursprungsservers und das Lese-Timeout des Proxys."]),
    t(599, "599 Network Connect Timeout", "Der Server der Website war für einen Proxy nicht rechtzeitig erreichbar",
      "Manche Proxys senden diesen inoffiziellen Code, wenn sie innerhalb ihrer Frist keine Verbindung zum Server hinter ihnen aufbauen konnten.",
      "Der Server der Website oder das Netzwerk hinter dem Proxy.",
      &["Prüfen Sie, ob der Ursprungsserver läuft und vom Proxy aus erreichbar ist; prüfen Sie Firewalls zwischen beiden."]),
];

const fn special(
    vendor: &'static [VendorId],
    variant: Option<VariantId>,
    code: Option<u16>,
    vendor_code: Option<&'static str>,
    vendor_owner: bool,
    text: CodeText,
) -> Special {
    Special {
        vendor,
        variant,
        code,
        vendor_code,
        text,
        vendor_owner,
    }
}

/// The pages whose vendor changes the words.
pub const SPECIALS: &[Special] = &[
    special(&[VendorId::Cloudflare], None, None, Some("1101"), false, t(0, "", "Cloudflare konnte den Worker der Website nicht ausführen (Cloudflare-Fehler 1101)",
      "Die Website führt einen Teil ihres Codes auf den Servern von Cloudflare aus (einen Worker), und dieser Code hat bei der Bearbeitung Ihrer Anfrage eine Ausnahme ausgelöst. Cloudflare hat mit seinem Fehler 1101 geantwortet: Der Fehler ist am Edge von Cloudflare passiert, bevor irgendetwas den eigenen Server der Website erreicht hat.",
      "Der Edge von Cloudflare, genauer der Worker-Code der Website dort; nicht Sie. Neu laden hilft nur, wenn der Fehler vom Zeitpunkt abhängt.",
      &["Cloudflare-Fehler 1101: Öffnen Sie die Protokolle des Workers (Workers Logs im Dashboard oder wrangler tail) und suchen Sie die Ausnahme zu dieser Ray ID.",
        "Fangen Sie Fehler im fetch-Handler des Workers ab und antworten Sie mit einer eigenen Antwort, oder rufen Sie ctx.passThroughOnException() auf, damit ein fehlschlagender Worker an den Ursprungsserver weitergibt."])),
    special(&[VendorId::Cloudflare], None, None, Some("1102"), false, t(0, "", "Cloudflare hat den Worker der Website gestoppt (Cloudflare-Fehler 1102)",
      "Die Website führt einen Teil ihres Codes auf den Servern von Cloudflare aus (einen Worker), und dieser Code hat bei der Bearbeitung Ihrer Anfrage sein Limit für CPU-Zeit oder Arbeitsspeicher überschritten. Cloudflare hat ihn gestoppt und mit seinem Fehler 1102 geantwortet, bevor irgendetwas den eigenen Server der Website erreicht hat.",
      "Der Edge von Cloudflare, genauer der Worker-Code der Website dort; nicht Sie.",
      &["Cloudflare-Fehler 1102: Der Worker hat sein Limit für CPU-Zeit oder Arbeitsspeicher überschritten; suchen Sie die teure Anfrage in den Protokollen des Workers und machen Sie sie günstiger, oder heben Sie das Limit mit einem kostenpflichtigen Tarif an."])),
    special(&[VendorId::Cloudflare], None, Some(530), None, true, t(530, "530 Origin Error", "Die Einstellungen der Website bei Cloudflare verhindern, dass sie ausgeliefert wird",
      "Cloudflare hat mit 530 und einem eigenen Fehler (einer 1xxx-Nummer auf der Seite) geantwortet, meist weil die DNS-Einträge, die Adresse des Ursprungsservers oder der Tunnel der Website bei Cloudflare falsch sind.",
      "Die Konfiguration der Website bei Cloudflare.",
      &["Schlagen Sie den 1xxx-Code von der Seite in der Dokumentation von Cloudflare nach; 1016 heißt, dass Cloudflare den Namen des Ursprungsservers nicht auflösen konnte, 1033, dass der Cloudflare Tunnel der Website nicht verbunden ist.",
        "Prüfen Sie die DNS-Einträge und Tunnel der Website im Cloudflare-Dashboard."])),
    special(&[VendorId::Heroku], Some(VariantId::HerokuApplicationError), None, None, true, t(0, "", "Die App der Website bei Heroku ist ausgefallen",
      "Der Router von Heroku hat von der App der Website keine Antwort bekommen. Der häufigste Grund ist ein Absturz der App (Heroku-Fehler H10); eine Anfrage, die länger als 30 Sekunden lief (H12), oder eine App ohne laufenden Web-Dyno (H14) zeigen dieselbe Seite.",
      "Die App der Website bei Heroku; nicht Sie, und weder Überlastung noch Wartung.",
      &["Heroku: Sehen Sie mit heroku ps nach, ob die Web-Dynos abgestürzt sind oder fehlen, beheben Sie den Absturz, den das Protokoll zeigt, und starten Sie dann mit heroku ps:restart neu."])),
    special(&[VendorId::Heroku], Some(VariantId::HerokuMaintenance), None, None, false, t(0, "", "Die App der Website bei Heroku ist im Wartungsmodus",
      "Der Betreiber der Website hat den Wartungsmodus von Heroku eingeschaltet, daher beantwortet Heroku jede Anfrage mit dieser Seite, bis er wieder ausgeschaltet wird.",
      "Der Betreiber der Website, mit Absicht; nicht Sie.",
      &["Heroku: heroku maintenance:off, wenn die Arbeiten abgeschlossen sind."])),
    special(&[VendorId::AwsElb], None, Some(503), None, true, t(0, "", "Der Load Balancer der Website hatte keinen Server, an den er Sie weiterleiten konnte",
      "Der AWS-Load-Balancer der Website funktioniert, aber seine Zielgruppe hat keine registrierten Server, an die er Ihre Anfrage weitergeben kann (oder keine in einer Zone, die er bedient). Sind die Server nur als fehlerhaft markiert, schickt er ihnen trotzdem Verkehr; diese Antwort bedeutet, dass es keine gibt.",
      "Die Einrichtung der Website hinter ihrem AWS-Load-Balancer: Kein Server ist registriert, um Anfragen anzunehmen.",
      &["AWS-Load-Balancer mit 503: Die Zielgruppe hat keine registrierten Ziele, oder keine in einer aktivierten Availability Zone. Registrieren Sie sie, oder prüfen Sie die Auto-Scaling-Gruppe oder das Deployment, das dafür zuständig ist; sind alle Ziele fehlerhaft, leitet ein ALB im Fail-open-Modus trotzdem an sie weiter, es ist also kein Problem der Health Checks."])),
    // A proxy or CDN whose 503 page says its backend failed: no rate limit here.
    special(&[VendorId::Varnish, VendorId::Fastly, VendorId::Squid, VendorId::Envoy, VendorId::Haproxy, VendorId::Akamai, VendorId::Cloudfront, VendorId::GoogleCloudLb, VendorId::AzureAppGateway, VendorId::Traefik, VendorId::Nghttpx, VendorId::H2o, VendorId::Privoxy, VendorId::Trafficserver], None, Some(503), None, true, t(0, "", "Der Server der Website hinter ihrem Proxy konnte die Anfrage nicht annehmen",
      "Der Proxy oder das CDN vor der Website hat an ihrer Stelle geantwortet: Es hatte keinen funktionierenden Server dahinter, an den es Ihre Anfrage weitergeben konnte. Keiner lief, alle sind an ihren Health Checks gescheitert, oder die Verbindung zu ihnen ist fehlgeschlagen.",
      "Der Server der Website hinter dem Proxy oder CDN; nicht Sie.",
      &["Prüfen Sie die Server, an die der Proxy weiterleitet: Laufen sie, bestehen sie seine Health Checks, kann der Proxy sie erreichen (Adresse, Port, Firewall)?",
        "Prüfen Sie die Kapazität: Größe des Worker-Pools, Verbindungslimits, CPU und Arbeitsspeicher; skalieren Sie, wenn die Last echt ist."])),
    special(&[VendorId::MicrosoftHttpapi], None, Some(503), None, true, t(0, "", "Der Windows-Server der Website hat die Anfrage abgewiesen, bevor eine Anwendung sie gesehen hat",
      "Die HTTP-Schicht von Windows selbst (HTTP.sys) hat anstelle der Anwendung der Website geantwortet: Der Anwendungspool ist vielleicht gestoppt, seine Anfragewarteschlange voll, ein Verbindungslimit erreicht, oder die Adresse gehört zu einem Dienst, der gar nicht IIS ist.",
      "Der Windows-Server der Website; nicht Sie.",
      &[])),
];

/// The words for a failure of the CDN or proxy itself, named `edge`:
/// headline, what happened, whose fault.
pub fn edge_failure(edge: &str) -> (String, String, String) {
    (
        format!("{edge} ist auf der eigenen Seite gescheitert"),
        format!("{edge}, der Dienst vor der Website, ist selbst gescheitert: Er konnte Ihre Anfrage nicht abschließen, der eigene Server der Website dahinter wurde also vermutlich gar nicht gefragt. Solche Fehler dauern oft nur kurz und betreffen nur einen der Standorte von {edge}."),
        format!("{edge}, vor der Website; nicht Sie, und vermutlich auch nicht der eigene Server der Website."),
    )
}

/// Owner items when the CDN or proxy in front failed on its own side.
pub fn edge_owner(vendor: Option<VendorId>) -> &'static [&'static str] {
    match vendor {
        Some(VendorId::Cloudflare) => &["Dieser Fehler ist einer von Cloudflare, nicht Ihres Ursprungsservers: Sehen Sie auf cloudflarestatus.com nach einer Störung, und schicken Sie dem Cloudflare-Support die Ray ID und die Uhrzeit, wenn er anhält."],
        _ => &["Der Dienst vor der Website ist auf seiner eigenen Seite gescheitert: Sehen Sie auf seiner Statusseite nach, und schicken Sie seinem Support die Referenz und die Uhrzeit, wenn der Fehler anhält."],
    }
}

/// A time the server asked for, in words, in the dative ("in 2 Tagen").
/// Rounded up, never down: "179 Sekunden" is "3 Minuten", never "2".
pub fn duration(seconds: u64) -> String {
    let plural = |n: u64, one: &str, many: &str| {
        if n == 1 {
            format!("1 {one}")
        } else {
            format!("{n} {many}")
        }
    };
    match seconds {
        60 => "1 Minute".into(),
        0..=119 => plural(seconds, "Sekunde", "Sekunden"),
        s if s < 2 * 3600 => plural(s.div_ceil(60), "Minute", "Minuten"),
        s if s < 2 * 86_400 => {
            let m = s.div_ceil(60);
            match m % 60 {
                0 => plural(m / 60, "Stunde", "Stunden"),
                r => format!(
                    "{} und {}",
                    plural(m / 60, "Stunde", "Stunden"),
                    plural(r, "Minute", "Minuten")
                ),
            }
        }
        s => plural(s.div_ceil(86_400), "Tag", "Tagen"),
    }
}

/// The fault sentence of a 503 that says when to come back: a planned or
/// announced pause, not a rate limit.
pub const FAULT_503_TIMED: &str =
    "Der Server der Website, der vorübergehend nicht verfügbar ist; nicht Sie.";

/// The sentence added to the fault when the server said when to come back.
pub fn retry_sentence(seconds: u64) -> String {
    format!(
        "Die Website selbst bittet, es in {} wieder zu versuchen.",
        duration(seconds)
    )
}

/// "Cloudflare-Fehler 1101", for the report.
pub fn vendor_code_text(vendor_name: &str, code: &str) -> String {
    format!("{vendor_name}-Fehler {code}")
}

const NETWORK: [CodeText; 16] = [
    t(0, "Website nicht gefunden", "Die Namensauflösung für diese Website ist gescheitert",
      "Ihr Browser hat beim DNS (dem Verzeichnis der Namen im Internet) nach der Adresse dieser Website gefragt und keine bekommen. Entweder lautete die Antwort „diesen Namen gibt es nicht“ (NXDOMAIN: Der Name ist falsch geschrieben, existiert nicht, oder seine Domain ist abgelaufen oder hat ihre Einträge verloren), oder die Abfrage selbst ist gescheitert, weil ein DNS-Server nicht geantwortet hat.",
      "Die Namensauflösung (DNS): entweder der DNS-Resolver Ihrer Verbindung oder die Domain der Website. Die Schritte unten zeigen, welches von beiden.",
      &["Prüfen Sie, ob die Einträge der Domain existieren und auf die richtige Adresse zeigen, ob die Domain nicht abgelaufen ist und ob ihre Nameserver antworten.",
        "Auch die Antwort „diesen Namen gibt es nicht“ wird zwischengespeichert (negatives Caching, so lange, wie es der SOA-Eintrag der Zone festlegt): Resolver, die vor einer Korrektur gefragt haben, scheitern weiter, bis diese Zeit abgelaufen ist; geänderte Einträge gelten ebenso bis zum Ende ihrer TTL."]),
    t(0, "Verbindung abgelehnt", "Der Server der Website hat die Verbindung abgelehnt",
      "Ihr Browser hat den Rechner der Website erreicht, aber dort hat nichts die Verbindung angenommen: Der Webserver läuft nicht, oder eine Firewall hat sie abgewiesen.",
      "Der Server der Website, sofern nicht eine Firewall oder ein Proxy auf Ihrer Seite die Verbindung blockiert.",
      &["Prüfen Sie, ob der Webserver läuft und auf den Ports 80 und 443 lauscht.",
        "Prüfen Sie die Firewall-Regeln vor dem Server."]),
    t(0, "Verbindung zurückgesetzt", "Die Verbindung zur Website wurde unterbrochen",
      "Die Verbindung kam zustande und wurde dann unterbrochen, bevor die Seite ankam. Vielleicht ist der Server der Website mitten in der Antwort abgestürzt, oder etwas auf dem Weg (eine Firewall, ein Proxy, ein VPN) hat sie getrennt.",
      "Das Netzwerk zwischen Ihnen und der Website oder der Server der Website.",
      &["Suchen Sie nach Abstürzen oder Neustarts des Webservers zu diesem Zeitpunkt und nach einer Firewall oder einem DDoS-Schutz, der Verbindungen zurücksetzt."]),
    t(0, "Zeitüberschreitung", "Bei der Verbindung zur Website kam es zu einer Zeitüberschreitung",
      "Ihr Browser hat auf die Website gewartet und nicht rechtzeitig eine Antwort bekommen. Der Server ist vielleicht ausgefallen oder überlastet, oder etwas auf dem Weg verwirft die Daten.",
      "Das Netzwerk auf dem Weg oder der Server der Website.",
      &["Prüfen Sie, ob der Server läuft und von außen erreichbar ist und ob die Firewall Verbindungen nicht stillschweigend verwirft."]),
    t(0, "Leere Antwort", "Der Server der Website hat die Verbindung ohne Antwort geschlossen",
      "Der Server der Website hat die Verbindung angenommen und geschlossen, ohne etwas zurückzuschicken: Vermutlich ist er bei der Bearbeitung der Anfrage abgestürzt oder neu gestartet.",
      "Der Server der Website.",
      &["Suchen Sie nach Abstürzen, Neustarts oder vom Kernel wegen Speichermangels beendeten Prozessen des Webservers oder der Anwendung zu diesem Zeitpunkt."]),
    t(0, "Keine Verbindung", "Ihr Gerät ist offline",
      "Ihr Browser meldet, dass er überhaupt keine Internetverbindung hat; gerade kann also keine Website laden.",
      "Ihre Verbindung, nicht die Website.",
      &[]),
    t(0, "Sichere Verbindung fehlgeschlagen", "Eine sichere Verbindung zur Website ließ sich nicht aufbauen",
      "Ihr Browser und die Website konnten sich nicht darauf einigen, wie die Verbindung abgesichert wird: ein Fehler bei TLS-Protokoll oder Cipher, kein Zertifikatsproblem. Meist stört etwas dazwischen: ein Virenschutz, der HTTPS prüft, ein Proxy, ein VPN oder ein filterndes Netzwerk. Ein veralteter Browser oder ein veraltetes System oder eine Website, die nur überholte Protokolle anbietet, führen zum selben Fehler.",
      "Von hier aus nicht feststellbar: Software oder ein Netzwerk auf Ihrer Seite, das sichere Verbindungen abfängt, ein veraltetes System oder die TLS-Einrichtung der Website.",
      &["Testen Sie die Website mit einem SSL-Checker: Protokolle (TLS 1.2 und 1.3), Cipher-Suites und Zertifikatskette; prüfen Sie, ob auf Port 443 TLS gesprochen wird und nicht reines HTTP."]),
    // The kinds below came with the full lists of browser errors (issue 11).
    t(0, "Website nicht erreichbar", "Das Netzwerk konnte den Server der Website nicht erreichen",
      "Ihr Browser kannte die Adresse der Website, fand aber keinen Weg dorthin: Keine Route führte hin, oder eine Firewall unterwegs hat die Verbindung untersagt. Vielleicht ist der Server der Website nicht mehr am Netz, oder ein Netzwerk zwischen Ihnen und ihm ist gestört.",
      "Das Netzwerk auf dem Weg oder ein Server der Website, der nicht am Netz ist.",
      &["Prüfen Sie, ob der Server läuft und ob die A- und AAAA-Einträge des Namens die Adressen enthalten, unter denen er wirklich antwortet: Ein IPv6-Eintrag für einen Server, der nicht mehr über IPv6 erreichbar ist, führt zu diesem Fehler.",
        "Prüfen Sie die Firewall und das Routing vor dem Server."]),
    t(0, "Verbindung gewechselt", "Ihre Verbindung hat sich beim Laden der Seite geändert",
      "Ihr Gerät hat mitten im Laden das Netzwerk gewechselt (vom WLAN zu mobilen Daten, ein VPN wurde ein- oder ausgeschaltet, das Gerät ist aus dem Ruhezustand aufgewacht), und der Browser hat die laufende Anfrage verworfen. Erneutes Laden über die neue Verbindung klappt meist.",
      "Kurzzeitig Ihre Verbindung, nicht die Website.",
      &[]),
    t(0, "Zertifikatsfehler", "Der Browser kann dem Zertifikat dieser Verbindung nicht vertrauen",
      "Ihr Browser hat angehalten, bevor er mit der Website Daten austauschte, weil dem vorgelegten Zertifikat für diesen Namen nicht vertraut werden kann: Es ist abgelaufen oder noch nicht gültig, auf einen anderen Namen ausgestellt, von einer Zertifizierungsstelle signiert, die der Browser nicht kennt, oder widerrufen. Oft ist es ein Fehler der Website, aber derselbe Fehler tritt auf, wenn die Uhr Ihres Geräts falsch geht, wenn sich eine WLAN-Anmeldeseite oder Sicherheitssoftware in die Verbindung einklinkt oder wenn jemand sie abfängt. Weisen Sie den Browser nie an, trotzdem fortzufahren, wenn Sie sich auf der Website anmelden oder dort bezahlen.",
      "Von hier aus nicht feststellbar: meist das Zertifikat der Website (abgelaufen, falscher Name, fehlendes Zwischenzertifikat); manchmal Ihre Uhr, Ihr Netzwerk oder Software, die verschlüsselten Verkehr untersucht. Warten ändert kein Zertifikat, daher versucht Gatewise es nicht erneut.",
      &["Prüfen Sie das Zertifikat mit einem SSL-Checker: seine Gültigkeitsdaten, die abgedeckten Namen und ob der Server die ganze Kette sendet (auch die Zwischenzertifikate).",
        "Prüfen Sie, ob die automatische Erneuerung gelaufen ist (certbot, die Ihres Hosters oder Ihres CDN) und ob der Webserver danach neu geladen wurde."]),
    t(0, "Eigenes Zertifikat nötig", "Zum Öffnen dieser Website ist Ihr eigenes Zertifikat nötig",
      "Diese Website lässt nur Besucher herein, die beim Aufbau der sicheren Verbindung ein eigenes Zertifikat vorweisen (von einer Smartcard, vom Arbeitgeber oder von einer Behörde), und es wurde keines gesendet, oder das gesendete wurde abgelehnt.",
      "Ihre Seite: das Zertifikat, das die Website von Ihnen verlangt. Gatewise versucht es hier nicht erneut.",
      &["Wenn Besucher kein Zertifikat brauchen sollen, prüfen Sie die Einstellung des Servers für Client-Zertifikate (nginx ssl_verify_client, Apache SSLVerifyClient).",
        "Prüfen Sie, ob die Zertifizierungsstellen, die Sie für Client-Zertifikate akzeptieren, dieselben sind, von denen die Zertifikate Ihrer Besucher stammen."]),
    t(0, "Fehlerhafte Antwort", "Die Antwort der Website verstößt gegen die Regeln von HTTP",
      "Ihr Browser hat eine Verbindung aufgebaut und eine Antwort bekommen, mit der er nichts anfangen konnte: fehlerhaft, abgeschnitten, falsch komprimiert, oder ein gescheiterter Stream über HTTP/2 oder HTTP/3 (QUIC). Meist liegt es am Server der Website, an ihrem CDN oder an einem Proxy dazwischen; hin und wieder an einem Sicherheitsprogramm oder Proxy auf Ihrer Seite, das den Verkehr umschreibt.",
      "Höchstwahrscheinlich der Server der Website oder der Dienst davor.",
      &["Suchen Sie in den Protokollen des Webservers und des Proxys nach Stream-Resets bei HTTP/2, abgeschnittenen Antworten und Upstreams, die die Verbindung zu früh geschlossen haben.",
        "Prüfen Sie, ob Content-Length und Content-Encoding zum tatsächlich gesendeten Body passen (ein doppelt komprimierter Body, eine von einem Proxy geänderte Länge).",
        "Treten die Fehler nur mit HTTP/2 oder HTTP/3 auf, vergleichen Sie mit abgeschaltetem Protokoll und prüfen Sie die Größenlimits für Header und die Timeouts des Proxys."]),
    t(0, "Proxy-Fehler", "Ihr Proxy funktioniert nicht: Der Browser kam nicht durch ihn hindurch",
      "Ihr Browser ist so eingestellt, dass er das Web über einen Proxy erreicht (von Ihnen, Ihrem Arbeitgeber oder Ihrer Schule oder über ein Proxy-Skript), und dieser Proxy war nicht erreichbar, verlangte eine Anmeldung, die scheiterte, oder wollte die Anfrage nicht weiterleiten. Die Website selbst wurde gar nicht erreicht.",
      "Der Proxy Ihres Netzwerks, nicht die Website.",
      &[]),
    t(0, "Weiterleitungsschleife", "Die Weiterleitungen der Website drehen sich im Kreis",
      "Die Website hat Ihren Browser so oft von einer Adresse zur nächsten weitergeleitet, oder zu einer Adresse, der der Browser nicht folgt, dass er aufgegeben hat. Meist widersprechen sich zwei Einstellungen der Website (HTTP und HTTPS, mit und ohne www); hin und wieder hält ein altes Cookie eine Anmeldeschleife am Laufen.",
      "Meist die Einrichtung der Website; hin und wieder ein altes Cookie bei Ihnen. Gatewise versucht es hier nicht erneut.",
      &["Verfolgen Sie die Weiterleitungen mit curl -sIL und finden Sie heraus, wo sich die Schleife schließt.",
        "Prüfen Sie, ob Anwendung, Webserver und CDN sich bei HTTPS und beim Hostnamen einig sind: Ein CDN im flexiblen TLS-Modus schickt HTTP an einen Server, der auf HTTPS weiterleitet, und das endlos."]),
    t(0, "Adresse abgelehnt", "Der Browser öffnet diese Adresse nicht",
      "Diese Adresse lädt der Browser grundsätzlich nicht: Sie ist fehlerhaft, hat ein Schema, das er nicht kennt, oder einen Port, der anderen Diensten vorbehalten ist (zum Beispiel E-Mail) und den Browser zu deren Schutz sperren.",
      "Die Adresse, nicht der Server der Website. Gatewise versucht es hier nicht erneut.",
      &["Führen Ihre eigenen Links hierher, betreiben Sie die Website auf den üblichen Ports (80 und 443) und korrigieren Sie die Links."]),
    t(0, "Netzwerkfehler", "Die Seite ließ sich nicht laden",
      "Ihr Browser hat einen Fehler seiner eigenen Netzwerkschicht gemeldet, der nur besagt, dass die Seite nicht angekommen ist. Solche Fehler sind oft schnell vorbei.",
      "Von hier aus nicht feststellbar.",
      &["Prüfen Sie, ob der Server läuft und von außerhalb Ihres eigenen Netzwerks antwortet."]),
];

/// A step the visitor can take, in words and, where needed, commands. The
/// words fit the failure (`situation`), the time the server asked for
/// (`retry_s`) and the visitor's system (no shortcuts on a phone).
pub fn step(id: StepId, os: Os, situation: Situation, retry_s: Option<u64>) -> StepText {
    use Situation as S;
    use StepId::*;
    let mobile = matches!(os, Os::Android | Os::Ios);
    #[rustfmt::skip]
    let (title, detail): (String, String) = match (id, situation) {
        (Wait, S::RateLimited) if retry_s.is_some() => {
            let d = duration(retry_s.unwrap_or_default());
            (format!("In {d} einmal neu laden"), format!("Die Website hat gesagt, wann Sie wiederkommen können: in {d}. Jedes Neuladen vorher zählt als weitere Anfrage und kann das Limit aufrechterhalten."))
        }
        (Wait, _) if retry_s.is_some() => {
            let d = duration(retry_s.unwrap_or_default());
            (format!("In {d} neu laden"), format!("Die Website hat gesagt, wann Sie wiederkommen können: in {d}. Früher klappt es wahrscheinlich nicht, und Gatewise versucht es nie vorher."))
        }
        (Wait, S::RateLimited) => ("Ein paar Minuten warten, dann einmal neu laden".into(), "Das Limit fällt von selbst weg. Jedes Neuladen vorher zählt als weitere Anfrage und kann es aufrechterhalten.".into()),
        (Wait, _) => ("Eine Minute warten, dann neu laden".into(), "Kurze Ausfälle sind oft in wenigen Minuten vorbei; einer wegen einer fehlerhaften Einstellung bleibt, bis jemand sie behebt. Gatewise versucht es für Sie erneut und lässt zwischen den Versuchen genug Zeit, um die Last nicht zu erhöhen.".into()),
        (DownForEveryone, _) => ("Prüfen, ob die Website für alle ausgefallen ist".into(), "Ein Dienst wie „Down for everyone or just me“, die Statusseite der Website oder ihr Social-Media-Konto zeigt, ob andere das Problem auch haben.".into()),
        (OtherSites, S::Dns) => ("Prüfen, ob andere Websites laden".into(), "Lädt keine, ist Ihre Verbindung oder ihr DNS gestört. Laden sie, ist der Name dieser Website entweder bei ihrer Domain kaputt oder hängt auf Ihrer Seite in einem Cache fest; die nächsten Schritte leeren diesen Cache.".into()),
        (OtherSites, _) => ("Prüfen, ob andere Websites laden".into(), "Wenn ja, ist Ihre eigene Verbindung in Ordnung, und das Problem liegt bei der Website oder auf dem Weg dorthin.".into()),
        (PrivateWindow, _) => ("Ein privates Fenster ausprobieren".into(), "Es läuft ohne Ihre Erweiterungen und Cookies und schließt sie so als Ursache aus.".into()),
        (HardReload, _) if mobile => ("Die Seite neu laden".into(), "Browser auf dem Handy kennen kein Neuladen am Cache vorbei; zeigt ein normales Neuladen denselben Fehler, erledigt das Löschen der Daten dieser Website (siehe unten) diese Aufgabe.".into()),
        (HardReload, _) => ("Ohne Cache neu laden".into(), "So wird die Seite frisch geholt statt aus dem Cache Ihres Browsers.".into()),
        (OtherNetwork, S::Edge) if mobile => ("Ein anderes Netzwerk oder Gerät ausprobieren".into(), "Wechseln Sie zwischen WLAN und mobilen Daten: Über ein anderes Netzwerk erreichen Sie die Website vielleicht über einen anderen Standort des Dienstes davor.".into()),
        (OtherNetwork, S::Edge) => ("Ein anderes Gerät oder Netzwerk ausprobieren".into(), "Zum Beispiel Ihr Handy mit mobilen Daten statt im selben WLAN: Über ein anderes Netzwerk erreichen Sie die Website vielleicht über einen anderen Standort des Dienstes davor.".into()),
        (OtherNetwork, _) if mobile => ("Ein anderes Netzwerk oder Gerät ausprobieren".into(), "Wechseln Sie zwischen WLAN und mobilen Daten, oder versuchen Sie es an einem Computer mit einer anderen Verbindung.".into()),
        (OtherNetwork, _) => ("Ein anderes Gerät oder Netzwerk ausprobieren".into(), "Zum Beispiel Ihr Handy mit mobilen Daten statt im selben WLAN.".into()),
        (ClearSiteData, _) => ("Cookies und Cache dieser Website löschen".into(), "Entfernen Sie in den Browsereinstellungen nur die gespeicherten Daten dieser Website und laden Sie dann neu. Dabei werden Sie auf der Website abgemeldet, und was sie ungespeichert aufbewahrt hat, geht verloren.".into()),
        (FlushDns, S::Dns) if mobile => ("DNS des Handys auffrischen".into(), "Ihr Handy hält vielleicht an einer gescheiterten Antwort fest; so fragt es erneut. Handys haben dafür keinen Befehl: Die Verbindung neu aufzubauen erledigt es.".into()),
        (FlushDns, S::Dns) => ("DNS-Cache leeren".into(), "Ihr Gerät hält vielleicht an einer gescheiterten Antwort fest; so fragt es erneut. Chrome hat einen eigenen DNS-Cache, den das nicht leert: Öffnen Sie chrome://net-internals/#dns und klicken Sie auf Clear host cache (Firefox: about:networking#dns, DNS-Cache leeren).".into()),
        (FlushDns, _) if mobile => ("DNS des Handys auffrischen".into(), "So schlägt Ihr Handy die Adresse der Website neu nach, falls sie sich geändert hat. Handys haben dafür keinen Befehl: Die Verbindung neu aufzubauen erledigt es.".into()),
        (FlushDns, _) => ("DNS-Cache leeren".into(), "So schlägt Ihr Gerät die Adresse der Website neu nach, falls sie sich geändert hat. Chrome hat einen eigenen DNS-Cache, den das nicht leert: Öffnen Sie chrome://net-internals/#dns und klicken Sie auf Clear host cache (Firefox: about:networking#dns, DNS-Cache leeren).".into()),
        (PublicDns, _) => ("Einen öffentlichen DNS-Resolver ausprobieren".into(), "Wenn das DNS Ihres Anbieters gestört ist, findet ein öffentlicher Resolver (in den Netzwerkeinstellungen festgelegt) die Website vielleicht trotzdem.".into()),
        (VpnProxy, S::Dns) => ("VPN oder Proxy kurz ausschalten".into(), "Ein VPN oder Proxy löst Namen für Sie auf, und sein DNS kann gestört sein, während Ihres funktioniert.".into()),
        (VpnProxy, S::Proxy) => ("Proxy-Einstellungen prüfen".into(), "Ihr Browser geht über einen Proxy, der in den Netzwerkeinstellungen des Systems oder des Browsers oder von Ihrem Arbeitgeber festgelegt wurde. Prüfen Sie, ob er überhaupt eingeschaltet sein soll; fragen Sie bei der Arbeit oder in der Schule Ihre IT, ob der Proxy ausgefallen ist.".into()),
        (VpnProxy, S::Tls) => ("VPN oder Proxy kurz ausschalten".into(), "Ein VPN, ein Proxy oder ein Firmen- oder Schulnetz, das verschlüsselten Verkehr untersucht, kann den Aufbau einer sicheren Verbindung stören.".into()),
        (VpnProxy, S::RateLimited | S::Busy) => ("VPN oder Proxy kurz ausschalten".into(), "Hinter einem VPN, einem Proxy oder einem Mobilfunkanbieter teilen sich viele Menschen eine Adresse; eine Website, die Anfragen pro Adresse begrenzt, rechnet deren Verkehr vielleicht Ihnen zu.".into()),
        (VpnProxy, _) => ("VPN oder Proxy kurz ausschalten".into(), "Ein VPN oder Proxy auf dem Weg kann selbst ausfallen oder von der Website blockiert werden.".into()),
        (Antivirus, _) => ("HTTPS-Prüfung des Virenschutzes kurz ausschalten".into(), "Sicherheitssoftware, die sichere Verbindungen untersucht (oft HTTPS-, SSL- oder Web-Scan genannt), ist eine häufige Ursache dieses Fehlers. Laden Sie mit ausgeschalteter Funktion neu und schalten Sie sie danach wieder ein.".into()),
        (UpdateSystem, _) => ("Browser und System aktualisieren".into(), "Websites verlangen heute aktuelle TLS-Versionen und Cipher; ein alter Browser oder ein altes Betriebssystem, oder eines ohne Updates, kann keine Verbindung zu ihnen aufbauen.".into()),
        (RestartRouter, _) => ("Modem und Router neu starten".into(), "Ziehen Sie für dreißig Sekunden den Stecker und warten Sie dann, bis die Verbindung wieder steht.".into()),
        (CheckConnection, _) => ("Verbindung prüfen".into(), "Stellen Sie sicher, dass WLAN, mobile Daten oder Kabel verbunden sind und andere Websites laden.".into()),
        (CheckAddress, S::BadAddress) => ("Adresse prüfen".into(), "Achten Sie auf einen Tippfehler, ein ungewöhnliches Schema oder eine Portnummer nach dem Namen (etwa :25). Hat Sie ein Link hierher geführt, ist der Link falsch.".into()),
        (CheckAddress, S::Dns) => ("Adresse prüfen".into(), "Prüfen Sie die Schreibweise des Namens der Website in der Adressleiste: Ein Tippfehler führt genau zu diesem Fehler.".into()),
        (CheckAddress, _) => ("Adresse prüfen".into(), "Die Website hat geantwortet, ihr Name stimmt also: Prüfen Sie den Rest der Adresse (den Teil nach der Domain) oder den Link, über den Sie hergekommen sind.".into()),
        (SignIn, S::ClientCertificate) => ("Ihr Zertifikat verwenden".into(), "Wenn Sie eines haben (auf einer Smartcard oder von Ihrem Arbeitgeber installiert), prüfen Sie, ob es eingesteckt oder installiert ist, laden Sie neu und wählen Sie es aus, wenn der Browser danach fragt. Ohne Zertifikat fragen Sie die Website oder Ihre IT, wie Sie Zugang bekommen.".into()),
        (SignIn, S::Certificate) => ("Zuerst im WLAN anmelden".into(), "In einem WLAN im Hotel, am Flughafen oder im Café klinkt sich die Anmeldeseite in sichere Verbindungen ein, bis Sie angemeldet sind: Öffnen Sie eine beliebige einfache http://-Seite oder die WLAN-Einstellungen, melden Sie sich an und laden Sie dann neu.".into()),
        (SignIn, _) => ("Anmeldeseite des Netzwerks öffnen".into(), "Öffnen Sie eine beliebige einfache http://-Seite oder die WLAN-Einstellungen Ihres Geräts, schließen Sie die Anmeldung ab und laden Sie dann neu.".into()),
        (CheckClock, _) => ("Datum und Uhrzeit des Geräts prüfen".into(), "Eine falsch gehende Uhr lässt gültige Zertifikate abgelaufen oder noch nicht gültig aussehen.".into()),
        (Report, S::Certificate) => ("Der Website Bescheid geben".into(), "Wenn andere Geräte und Netzwerke dieselbe Warnung bekommen, liegt der Fehler im Zertifikat der Website, und ihr Betreiber muss davon erfahren. Kopieren Sie den Bericht unten und schicken Sie ihn an den Support der Website.".into()),
        (Report, S::Redirects) => ("Der Website Bescheid geben".into(), "Wenn auch ein privates Fenster in der Schleife hängt, liegt der Fehler in der Einrichtung der Website. Kopieren Sie den Bericht unten und schicken Sie ihn an den Support der Website.".into()),
        (Report, S::Tls) => ("Der Website Bescheid geben".into(), "Wenn es auch auf anderen Geräten und in anderen Netzwerken scheitert, liegt der Fehler in der Verschlüsselung der Website, und ihr Betreiber muss davon erfahren. Kopieren Sie den Bericht unten und schicken Sie ihn an den Support der Website.".into()),
        (Report, S::Dns) => ("Der Website Bescheid geben".into(), "Wenn der Name auch in anderen Netzwerken und bei einem Ausfall-Checker scheitert, ist die Domain der Website kaputt. Auch ihre E-Mail-Adresse funktioniert dann vielleicht nicht: Erreichen Sie den Betreiber auf anderem Weg (ein Social-Media-Konto, ein Kollege) mit dem Bericht unten.".into()),
        (Report, _) if retry_s.is_some() => ("Der Website Bescheid geben".into(), format!("Wenn es deutlich nach der von der Website genannten Zeit (in {}) noch immer und auf mehr als einem Gerät scheitert, muss der Betreiber davon erfahren. Kopieren Sie den Bericht unten und schicken Sie ihn an den Support der Website.", duration(retry_s.unwrap_or_default()))),
        (Report, _) => ("Der Website Bescheid geben".into(), "Wenn es nach etwa 15 Minuten noch immer und auf mehr als einem Gerät scheitert, muss der Betreiber davon erfahren. Kopieren Sie den Bericht unten und schicken Sie ihn an den Support der Website.".into()),
    };
    let command: Option<&str> = match (id, os) {
        (HardReload, Os::Macos) => Some("Cmd+Shift+R (Chrome, Firefox) oder Option+Cmd+R (Safari)"),
        (HardReload, Os::Windows | Os::Linux) => Some("Strg+Umschalt+R (oder Strg+F5)"),
        (HardReload, Os::Chromeos) => Some("Strg+Umschalt+R"),
        (PrivateWindow, Os::Macos) => {
            Some("Cmd+Shift+N (Chrome, Safari) oder Cmd+Shift+P (Firefox)")
        }
        (PrivateWindow, Os::Windows | Os::Linux | Os::Chromeos) => {
            Some("Strg+Umschalt+N (Chrome) oder Strg+Umschalt+P (Firefox)")
        }
        (PrivateWindow, Os::Android) => Some("Chrome: Menü ⋮ → Neuer Inkognito-Tab"),
        (PrivateWindow, Os::Ios) => {
            Some("Safari: Tabs-Taste → Privat; Chrome: ⋯ → Neuer Inkognito-Tab")
        }
        (FlushDns, Os::Windows) => Some("ipconfig /flushdns"),
        (FlushDns, Os::Macos) => {
            Some("sudo dscacheutil -flushcache; sudo killall -HUP mDNSResponder")
        }
        (FlushDns, Os::Linux) => Some(
            "resolvectl flush-caches    # systemd-resolved; sonst nscd oder dnsmasq neu starten",
        ),
        (FlushDns, Os::Chromeos) => Some("chrome://net-internals/#dns → Clear host cache"),
        (FlushDns, Os::Android | Os::Ios) => {
            Some("Flugmodus einschalten, zehn Sekunden warten, wieder ausschalten")
        }
        _ => None,
    };
    StepText {
        id,
        title,
        detail,
        command,
    }
}

/// Owner items that depend on the vendor that wrote the page.
pub fn vendor_owner(vendor: VendorId) -> &'static [&'static str] {
    match vendor {
        VendorId::Nginx | VendorId::Openresty => &[
            "nginx: Lesen Sie /var/log/nginx/error.log; die Zeile zu dieser Anfrage nennt den Upstream und den genauen Fehler.",
            "nginx mit PHP-FPM: Prüfen Sie, ob der Pool läuft (systemctl status php*-fpm) und ob fastcgi_pass zum Listen-Socket oder Port des Pools passt.",
            "Meldet PHP-FPM „server reached pm.max_children“, erhöhen Sie pm.max_children nur, wenn der Arbeitsspeicher reicht (jeder Worker braucht seinen Anteil; sind es zu viele, beendet sie der OOM-Killer des Kernels), oder finden Sie heraus, was die Worker blockiert.",
        ],
        VendorId::Apache => &[
            "Apache: Lesen Sie /var/log/apache2/error.log (oder /var/log/httpd/error_log); mod_proxy protokolliert dort das Backend und den Grund.",
            "Prüfen Sie das Ziel von ProxyPass und das Keep-alive des Backends: Ein Backend, das ruhende Verbindungen früher schließt als Apache, verursacht sporadische 502-Fehler (versuchen Sie disablereuse=On oder eine kürzere ttl).",
        ],
        VendorId::Iis => &[
            "IIS: Prüfen Sie, ob der Anwendungspool gestartet ist; aktivieren Sie die Ablaufverfolgung für Anforderungsfehler (Failed Request Tracing) für den Status, um zu sehen, welches Modul gescheitert ist.",
            "Mit ARR als Proxy: Vergleichen Sie das Proxy-Timeout von ARR mit der Antwortzeit des Backends.",
        ],
        VendorId::MicrosoftHttpapi => &["Geantwortet hat HTTP.sys, nicht die Anwendung: Suchen Sie diese Anfrage im HTTPERR-Protokoll (%SystemRoot%\\System32\\LogFiles\\HTTPERR); die Spalte mit dem Grund sagt, warum: AppOffline oder Disabled (der Pool ist gestoppt, oft durch den Schutz vor schnellen Fehlern nach Abstürzen), QueueFull (die Warteschlange des Pools ist voll), ConnLimit (das Verbindungslimit) oder eine URL, die ein Dienst registriert hat, der nicht IIS ist."],
        VendorId::Haproxy => &["HAProxy: Prüfen Sie den Zustand der Backends (show servers state über die Runtime-API) und die Einstellung timeout server im Vergleich zur Antwortzeit des Backends."],
        VendorId::Varnish => &["Varnish: Prüfen Sie die Backend-Probe und first_byte_timeout; varnishlog -g request -q 'RespStatus >= 500' zeigt die gescheiterten Abrufe."],
        VendorId::Fastly => &["Fastly: Prüfen Sie in der Servicekonfiguration den Zustand des Backends und sein First-Byte-Timeout; die Angaben der Guru Mediation nennen den Cache-Knoten."],
        VendorId::Squid => &["Squid: Der Fehlercode auf der Seite (ERR_*) sagt, was gescheitert ist; prüfen Sie, ob Squid das Ziel erreichen und seinen Namen auflösen kann."],
        VendorId::Envoy => &["Envoy oder Istio: Prüfen Sie den Zustand des Upstream-Clusters, die Outlier Detection und die Timeouts der Routen; in einem Mesh zeigt istioctl proxy-config endpoint <pod> jeden Endpunkt als HEALTHY oder UNHEALTHY (istioctl proxy-status zeigt nur, ob die Konfiguration synchron ist)."],
        VendorId::Traefik => &["Traefik: Prüfen Sie im Dashboard, ob die Server des Dienstes laufen und ihre Health Checks bestehen."],
        VendorId::Caddy => &["Caddy: Prüfen Sie die Upstream-Adresse von reverse_proxy und das Protokoll von Caddy (journalctl -u caddy)."],
        VendorId::Lighttpd => &["lighttpd: Lesen Sie /var/log/lighttpd/error.log und prüfen Sie das in mod_proxy oder mod_fastcgi eingestellte Backend."],
        VendorId::Litespeed => &["LiteSpeed: Prüfen Sie die Limits und Timeouts der externen Anwendung (lsphp) und das stderr-Protokoll des Servers."],
        VendorId::Cloudflare => &["Cloudflare: Um den Ursprungsserver allein zu testen, rufen Sie ihn von einem anderen Rechner aus direkt auf (an Cloudflare vorbei); vergleichen Sie mit der Statusseite von Cloudflare, ob dort eine Störung gemeldet ist."],
        VendorId::Cloudfront => &["CloudFront: Prüfen Sie die Protokollrichtlinie und das Zertifikat des Ursprungs, das Origin-Response-Timeout und die Sicherheitsgruppen des Ursprungs; die Request-ID hilft dem AWS-Support."],
        VendorId::AwsElb => &["AWS-Load-Balancer: Prüfen Sie den Zustand der Zielgruppe; stellen Sie das Keep-alive-Timeout der Ziele länger ein als das Idle-Timeout des Load Balancers."],
        VendorId::GoogleCloudLb => &["Google-Cloud-Load-Balancer: Prüfen Sie die Health Checks und das Timeout des Backend-Dienstes und ob die Firewall die Health-Check-Bereiche von Google zulässt (130.211.0.0/22 und 35.191.0.0/16)."],
        VendorId::AzureAppGateway => &["Azure Application Gateway: Öffnen Sie Back-End-Integrität (Backend health); prüfen Sie die Netzwerksicherheitsgruppen und das Anforderungstimeout in den Back-End-Einstellungen."],
        VendorId::Akamai => &["Akamai: Schlagen Sie die Referenznummer im Error-Reference-Werkzeug des Akamai Control Center nach; es nennt den gescheiterten Schritt zwischen Edge und Ursprung."],
        VendorId::Heroku => &["Heroku: Führen Sie heroku logs --tail aus und achten Sie auf die H-Codes des Routers (H10 abgestürzt, H12 Timeout nach 30 s, H13 Verbindung geschlossen); heroku ps:restart startet die Dynos neu."],
        VendorId::Vercel => &["Vercel: Öffnen Sie die Protokolle der Funktion zu dieser Anfrage; prüfen Sie ihre maximale Laufzeit und ihren Arbeitsspeicher."],
        VendorId::Netlify => &["Netlify: Prüfen Sie die Protokolle der Funktionen und den Status des Deployments dieser Website."],
        VendorId::Nghttpx => &["nghttpx: Suchen Sie in seinem Fehlerprotokoll (errorlog-file) nach dem Backend, das es nicht erreichen konnte, und prüfen Sie die Backend-Adressen sowie backend-read-timeout im Vergleich zur Antwortzeit des Backends."],
        VendorId::H2o => &["H2O: Lesen Sie sein error-log; prüfen Sie das Ziel von proxy.reverse.url und proxy.timeout.io im Vergleich zur Antwortzeit des Backends."],
        VendorId::Tinyproxy => &["Tinyproxy: Sein Protokoll nennt den Host, zu dem es keine Verbindung aufbauen konnte, und ob sich der Name nicht auflösen ließ oder die Verbindung abgelehnt wurde; prüfen Sie die Einstellungen Upstream und Timeout."],
        VendorId::Privoxy => &["Privoxy: Die Seite sagt, was gescheitert ist (Verbindungsaufbau, Zeitüberschreitung, keine Daten); prüfen Sie, ob das Ziel läuft und erreichbar ist, und ob forward-Regeln die Anfrage über einen weiteren Proxy leiten."],
        VendorId::Trafficserver => &["Apache Traffic Server: Die Begründung in der Statuszeile der Antwort und die Protokolle von traffic_server nennen den Fehler; prüfen Sie den Ursprungsserver in der remap-Regel sowie die Timeouts für den Verbindungsaufbau und bei Inaktivität."],
        VendorId::Tomcat => &["Tomcat: Die Exception und ihre eigentliche Ursache (root cause) stehen in catalina.out oder im Protokoll des Hosts; der Stacktrace im Bericht nennt die Klasse, in der der Fehler auftrat. Schalten Sie showReport und showServerInfo im ErrorReportValve aus, damit Besucher den Bericht nicht sehen."],
        VendorId::Jetty => &["Jetty: Suchen Sie im Protokoll des Servers nach dem Servlet, das auf der Seite genannt ist; nutzt die Website das Proxy-Servlet von Jetty, prüfen Sie dessen Ziel und das Timeout des Proxys."],
        VendorId::Gunicorn => &["Gunicorn: Der Traceback der Exception steht im Fehlerprotokoll (--error-logfile oder das Journal des Dienstes); ein Worker, der wegen --timeout beendet wird, erscheint dort als WORKER TIMEOUT."],
        VendorId::Google | VendorId::Reddit | VendorId::Wikimedia | VendorId::Github => &["Das ist ein eigener Ausfall der Website, auf ihrer eigenen Fehlerseite: Die Ursache liegt in ihren Systemen, also sind ihr internes Monitoring, ihre Protokolle und ihr Störungsprozess die richtige Stelle."],
    }
}

/// Owner items that depend on what the site runs.
pub fn stack_owner(stack: &str) -> &'static [&'static str] {
    match stack {
        "wordpress" => &[
            "WordPress: Deaktivieren Sie die Plugins, um ein fehlerhaftes zu finden (wp-content/plugins umbenennen, dann eines nach dem anderen zurückholen), und wechseln Sie zu einem Standard-Theme.",
            "WordPress: Erhöhen Sie WP_MEMORY_LIMIT in wp-config.php, wenn das Protokoll Speichermangel zeigt. Um die .htaccess auszuschließen, sichern Sie sie zuerst und setzen Sie sie dann auf die Standardregeln von WordPress zurück (dabei gehen Ihre eigenen Weiterleitungen und Sicherheitsregeln verloren; holen Sie sie aus der Sicherung zurück).",
        ],
        "php" => &["PHP: Prüfen Sie max_execution_time und memory_limit sowie das Protokoll von PHP-FPM (das slowlog zeigt hängende Skripte)."],
        "aspnet" => &["ASP.NET: Prüfen Sie das Ereignisprotokoll der Anwendung; bei ASP.NET Core unter IIS schalten Sie stdoutLogEnabled in der web.config vorübergehend ein, um die Startfehler der App zu erfassen."],
        "express" => &["Node: Prüfen Sie, ob der Prozess unter seinem Prozessmanager (systemd, pm2) läuft, und wie viel Arbeitsspeicher er vor seinem Ende belegt hat."],
        _ => &[],
    }
}

/// Things every owner should check whatever failed.
pub const OWNER_ALWAYS: &[&str] = &[
    "Machen Sie die letzte Änderung (Deployment, Konfiguration, DNS, Zertifikat) rückgängig, wenn die Fehler direkt danach begonnen haben.",
    "Richten Sie ein Monitoring ein und eine freundliche Fehlerseite, die sagt, dass der Ausfall vorübergehend ist.",
];

/// The same, when no server answered at all (no error page can show).
pub const OWNER_ALWAYS_NO_RESPONSE: &[&str] = &[
    "Machen Sie die letzte Änderung (Deployment, Konfiguration, DNS, Zertifikat) rückgängig, wenn die Fehler direkt danach begonnen haben.",
    "Richten Sie ein Monitoring außerhalb Ihres eigenen Netzwerks ein, damit Sie ein solcher Ausfall erreicht, bevor Besucher ihn melden.",
];

/// "Seit 12 Minuten gestört" and the incident sentences.
pub fn incident_text(state: crate::incident::IncidentState, minutes: u64, failures: u32) -> String {
    use crate::incident::IncidentState::*;
    match state {
        Healthy => String::new(),
        Temporary => format!("Seit {} gestört ({} {}). Kurze Ausfälle wie dieser sind oft in wenigen Minuten vorbei.", minutes_text(minutes), failures, plural(failures, "Fehlversuch", "Fehlversuche")),
        Persistent => format!("Seit {} gestört ({} {}): Das ist kein kurzer Aussetzer mehr. Der Betreiber der Website muss handeln; eine Meldung hilft.", minutes_text(minutes), failures, plural(failures, "Fehlversuch", "Fehlversuche")),
        Recovered => format!("Die Website ist nach {} Ausfall wieder erreichbar.", minutes_text(minutes)),
    }
}

fn plural(n: u32, one: &'static str, many: &'static str) -> &'static str {
    if n == 1 {
        one
    } else {
        many
    }
}

/// Minutes in words, in the dative ("seit weniger als einer Minute").
fn minutes_text(m: u64) -> String {
    match m {
        0 => "weniger als einer Minute".into(),
        1 => "1 Minute".into(),
        m if m < 120 => format!("{m} Minuten"),
        m => duration(m.saturating_mul(60)),
    }
}

/// Words of the support report.
pub struct ReportWords;

impl ReportWords {
    /// Its heading.
    pub const HEADING: &'static str = "Fehlerbericht (erstellt von Gatewise)";
    /// Field names.
    pub const URL: &'static str = "Seite";
    /// When it started.
    pub const STARTED: &'static str = "Zuerst aufgetreten";
    /// The error.
    pub const ERROR: &'static str = "Fehler";
    /// The vendor.
    pub const SERVER: &'static str = "Seite erzeugt von";
    /// The vendor's own error code.
    pub const VENDOR_CODE: &'static str = "Fehlercode des Anbieters";
    /// The server's own retry time.
    pub const RETRY_AFTER: &'static str = "Neuer Versuch laut Server in";
    /// Where that time came from.
    pub fn retry_source(source: &str) -> &'static str {
        match source {
            "retry-after" => "Retry-After-Header",
            "refresh" => "Refresh der Seite",
            _ => "Text der Seite",
        }
    }
    /// The reference.
    pub const REFERENCE: &'static str = "Referenz";
    /// The failing hop.
    pub const HOP: &'static str = "Gestörte Station (Vermutung)";
    /// Attempts.
    pub const TRIED: &'static str = "Bereits versucht";
    /// Browser.
    pub const BROWSER: &'static str = "Browser";
    /// Automatic retries, counted.
    pub fn retries(n: u32) -> String {
        format!(
            "{n} automatische {}",
            plural(n, "Wiederholung", "Wiederholungen")
        )
    }
    /// The hop names.
    pub fn hop(f: crate::Fault) -> &'static str {
        match f {
            crate::Fault::Visitor => "die Seite des Besuchers",
            crate::Fault::Network => "das Netzwerk zwischen Besucher und Website",
            crate::Fault::Edge => "das CDN oder der Proxy vor der Website",
            crate::Fault::Origin => "der eigene Server der Website",
            crate::Fault::Unknown => "unbekannt",
        }
    }
}

/// A name for each page variant, for people ("die Fehlerseite von
/// Cloudflare im Markendesign"). Every variant a fingerprint names has one.
pub fn variant_label(id: VariantId) -> Option<&'static str> {
    Some(match id {
        VariantId::CloudflarePlain => "Schlichte Fehlerseite von Cloudflare (eigener Fehler)",
        VariantId::CloudflareLegacy => "Ältere Fehlerseite von Cloudflare im Markendesign",
        VariantId::CloudflareBranded => "Fehlerseite von Cloudflare im Markendesign, mit Diagramm",
        VariantId::CloudfrontDefault => "Seite „The request could not be satisfied“ von CloudFront",
        VariantId::FastlyGuruMediation => "Seite „Guru Mediation“ von Fastly",
        VariantId::VarnishGuruMeditation => "Seite „Guru Meditation“ von Varnish",
        VariantId::AkamaiEdgeError => "Edge-Fehlerseite von Akamai, mit Referenznummer",
        VariantId::GoogleRobot => "Seite „That's an error“ von Google",
        VariantId::GfeServerError => "Seite „Server Error“ des Google-Cloud-Load-Balancers",
        VariantId::AzureAppgwDefault => "Eingebaute Fehlerseite des Azure Application Gateway",
        VariantId::AwsElbDefault => "Eingebaute Fehlerseite des AWS-Load-Balancers",
        VariantId::HerokuApplicationError => "Seite „Application Error“ von Heroku",
        VariantId::HerokuMaintenance => "Wartungsseite von Heroku",
        VariantId::HerokuNoSuchApp => "Seite „no such app“ von Heroku",
        VariantId::VercelFunctionFailed => "Seite von Vercel zu einer gescheiterten Funktion",
        VariantId::VercelFunctionTimeout => {
            "Seite von Vercel zu einer Zeitüberschreitung einer Funktion"
        }
        VariantId::VercelNotFound => "Seite von Vercel zu einem nicht gefundenen Deployment",
        VariantId::GithubUnicorn => "Einhorn-Seite von GitHub",
        VariantId::NginxDefault => "Eingebaute Fehlerseite von nginx",
        VariantId::Nginx50xHtml => "Mitgelieferte 50x.html-Seite von nginx",
        VariantId::OpenrestyDefault => "Eingebaute Fehlerseite von OpenResty",
        VariantId::ApacheProxyError => "Seite „Proxy Error“ von Apache",
        VariantId::ApacheGatewayTimeout => "Gateway-Timeout-Seite von Apache",
        VariantId::ApacheServiceUnavailable => "Seite „Service Unavailable“ von Apache",
        VariantId::ApacheInternalError => "Seite „Internal Server Error“ von Apache",
        VariantId::IisDetailed => "Ausführliche Fehlerseite von IIS",
        VariantId::IisCustomError => "Fehlerseite von IIS",
        VariantId::HttpapiServiceUnavailable => "Seite „Service Unavailable“ von Windows HTTP.sys",
        VariantId::HaproxyDefault => "Eingebaute Fehlerseite von HAProxy",
        VariantId::SquidErrorPage => "Fehlerseite von Squid",
        VariantId::EnvoyLocalReply => "Antwort „upstream connect error“ von Envoy",
        VariantId::EnvoyNoHealthyUpstream => "Antwort „no healthy upstream“ von Envoy",
        VariantId::EnvoyUpstreamTimeout => "Upstream-Timeout-Antwort von Envoy",
        VariantId::LighttpdDefault => "Eingebaute Fehlerseite von lighttpd",
        VariantId::LitespeedDefault => "Eingebaute Fehlerseite von LiteSpeed",
        VariantId::RedditOw => "Seite „Ow!“ von Reddit",
        VariantId::WikimediaError => "Fehlerseite von Wikimedia",
        VariantId::TinyproxyDefault => "Fehlerseite von Tinyproxy",
        VariantId::PrivoxyErrorPage => "Fehlerseite von Privoxy",
        VariantId::TomcatErrorReport => "Fehlerbericht von Tomcat",
        VariantId::JettyErrorPage => "Fehlerseite von Jetty",
        VariantId::GunicornDefault => "Seite „Internal Server Error“ von Gunicorn",
        VariantId::Blank => "Leere Seite mit einem Serverfehler",
        VariantId::CustomPage => "Eigene Fehlerseite der Website",
        VariantId::NotAnError => {
            "Eine funktionierende Seite (oder eine, die nur von einem Fehler spricht)"
        }
        VariantId::Challenge => "Seite mit einer Bot-Prüfung (Challenge)",
        VariantId::ClientError => "Eine 4xx-Seite: keine Störung",
        VariantId::Binary => "Ein Inhalt, der keine Seite ist",
    })
}
