//! Spanish (español). The same items as [`super::en`], worded for a Spanish
//! reader: "tú" as Chrome and Google speak Spanish, keys, commands, header
//! names and product names left as they are.
//!
//! The fault sentence and the headline open with the hop they blame ("El
//! servidor del sitio...", "Cloudflare...", "Tu...", "La red..."), as in
//! English.

use super::{CodeText, Labels, Os, Situation, Special, StepId, StepText};
use crate::network::NetworkFailure;
use crate::vendors::{VariantId, VendorId};

/// Labels of the card's interface.
pub const LABELS: Labels = Labels {
    retry_now: "Reintentar ahora",
    stop: "Dejar de reintentar",
    more: "Más",
    less: "Menos",
    copy_report: "Copiar informe",
    copied: "Copiado",
    visitor_title: "Qué puedes hacer",
    owner_title: "Si administras este sitio",
    whose_fault: "¿De quién es el fallo?",
    you: "Tú",
    edge: "CDN o proxy",
    origin: "Servidor del sitio",
    network: "Red",
    next_retry: "Próximo intento en",
    attempt_of: "intento {n} de {m}",
    offline: "En pausa: esperando a tu conexión. Gatewise continuará cuando vuelva a funcionar.",
    retrying: "Comprobando el sitio…",
    back: "El sitio vuelve a funcionar.",
    gave_up: "Reintentos detenidos.",
    gave_up_tries: "Reintentos detenidos ({retries}): el sitio sigue fallando. Vuelve a cargar la página para intentarlo otra vez.",
    gave_up_asked: "El sitio pide esperar más de lo que Gatewise espera por su cuenta: vuelve a cargar la página a la hora que indica.",
    not_resent: "Esta página es el resultado de un formulario. Gatewise nunca vuelve a enviar un formulario por su cuenta.",
    resend: "Volver a enviar el formulario",
    reference: "Referencia",
    written_by: "Página generada por",
    served_through: "servida a través de",
    working: "Funciona",
    failing: "Falla",
    unknown: "Desconocido",
    your_connection: "Tu conexión",
    check_status: "¿Falla solo para mí o para todos?",
    checking_status: "Consultando las páginas de estado públicas…",
    check_status_note: "Consulta la página de estado pública del sitio y la de su proveedor, indicando solo el dominio del sitio. No se consulta nada hasta que haces clic.",
    status_link_only: "{name} no publica un estado que Gatewise pueda leer: consulta su página de estado.",
    status_site_unknown: "{name} no dio ninguna respuesta de estado (puede que este sitio no tenga página de estado pública), comprobado a las {at}",
    status_unknown: "El estado de {name} no dio una respuesta legible, comprobado a las {at}",
    status_said: "{name} dice: {said}, comprobado a las {at}",
    status_operational: "{name} dice: todos los sistemas funcionan, comprobado a las {at}",
    status_degraded: "{name} dice: algunos servicios funcionan con problemas, comprobado a las {at}",
    status_outage: "{name} dice: interrupción importante, comprobado a las {at}",
    status_maintenance: "{name} dice: mantenimiento en curso, comprobado a las {at}",
    status_sum_none: "Este sitio no tiene ninguna página de estado pública que consultar.",
    status_sum_outage: "No te pasa solo a ti: {name} informa de una interrupción.",
    status_sum_degraded: "Probablemente no te pasa solo a ti: {name} informa de problemas.",
    status_sum_maintenance: "{name} informa de un mantenimiento en curso.",
    status_sum_operational: "No hay ninguna interrupción anunciada públicamente: puede que el fallo sea solo de este sitio o que aún no figure en su página de estado.",
    status_sum_unreadable: "Ninguna página de estado dio una respuesta legible.",
};

/// The headline, what happened and whose fault, when the visitor's own
/// connection is the likely fault (see [`super::ConnectionCause`]).
pub fn connection(cause: super::ConnectionCause) -> (String, String, String) {
    use super::ConnectionCause::*;
    match cause {
        Offline => (
            "Tu conexión se ha caído, no el sitio".into(),
            "Tu navegador indica que no hay ninguna conexión de red, así que ahora mismo no puede cargarse ningún sitio. Gatewise espera a que vuelva la conexión y después vuelve a intentar cargar la página.".into(),
            "Tu conexión, no el sitio.".into(),
        ),
        CaptivePortal => (
            "Tu red quiere que inicies sesión primero".into(),
            "Esta red (el wifi de un hotel, un aeropuerto, una cafetería o una oficina) retiene todas las conexiones hasta que inicias sesión en su propia página, así que los sitios fallan o llevan a esa página. Inicia sesión y Gatewise volverá a intentar cargar la página.".into(),
            "La página de inicio de sesión de tu red, no el sitio.".into(),
        ),
        ManySites { sites } => (
            "Tu conexión parece estar fallando, no el sitio".into(),
            format!("{sites} {} en el último minuto. Eso apunta a tu propia conexión (wifi, router, VPN, DNS) más que a este sitio, así que Gatewise espera a que vuelva la conexión en lugar de volver a pedírselo al sitio.", plural(sites, "sitio sin relación con este no ha podido cargarse", "sitios sin relación entre sí no han podido cargarse")),
            "Tu conexión, lo más probable: varios sitios fallan a la vez.".into(),
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
    title: "Error del servidor",
    headline: "El servidor del sitio ha tenido un problema",
    what: "El sitio ha respondido con un error propio. Algo ha fallado en el servidor mientras atendía tu solicitud; no lo ha causado nada de lo que has enviado.",
    fault: "El lado del sitio. Estos errores casi nunca son culpa del visitante.",
    owner: &[
        "Revisa los registros de errores del servidor web y de la aplicación a la hora del fallo.",
        "Comprueba el estado del servidor: CPU, memoria, espacio en disco y grupo de procesos de trabajo.",
    ],
};

/// A bot check, never an outage.
pub const CHALLENGE: CodeText = CodeText {
    code: 0,
    title: "Comprobación de seguridad",
    headline: "El sitio está comprobando que eres una persona",
    what: "Es una comprobación de seguridad del servicio de protección del sitio, no una caída. Suele superarse sola en unos segundos, o te pide que marques una casilla.",
    fault: "De nadie: el sitio funciona. Gatewise nunca reintenta por su cuenta una comprobación como esta.",
    owner: &["Si los visitantes reales siguen viendo esta página, revisa el nivel de seguridad y las reglas del firewall de tu servicio de protección."],
};

/// A page that works, or a 4xx.
pub const NOT_AN_ERROR: CodeText = CodeText {
    code: 0,
    title: "Sin caída",
    headline: "Esta página no es un fallo del servidor",
    what: "El sitio ha respondido. Si la página habla de un error, lo está describiendo, no sufriéndolo.",
    fault: "De nadie: el servidor funciona.",
    owner: &[],
};

/// A 4xx answer other than 429.
pub const CLIENT_ERROR: CodeText = CodeText {
    code: 0,
    title: "Solicitud rechazada",
    headline: "El sitio funciona, pero ha rechazado esta página o no la encuentra",
    what: "Una respuesta 4xx significa que el servidor funciona y ha decidido sobre esta solicitud concreta: la página no existe, requiere iniciar sesión o la solicitud se ha rechazado. Esperar no lo cambiará.",
    fault: "No hay caída. Comprueba la dirección o los enlaces del sitio.",
    owner: &["Si la página debería existir, revisa los traslados y redirecciones recientes, y tus reglas de acceso."],
};

/// 429: a rate limit. Waiting is the fix.
pub const TOO_MANY_REQUESTS: CodeText = CodeText {
    code: 429,
    title: "429 Too Many Requests",
    headline: "El sitio está limitando la frecuencia de tus solicitudes",
    what: "El sitio funciona, pero cuenta las solicitudes que llegan de ti (normalmente por tu dirección IP) y de momento has superado su límite. El límite se levanta solo al cabo de un rato; cada recarga antes de eso cuenta como una solicitud más.",
    fault: "No hay caída: es el límite del propio sitio. Otras personas detrás de la misma dirección (una VPN, una oficina, un operador móvil) también cuentan para él.",
    owner: &[
        "Si los visitantes reales llegan al límite, súbelo, o cuenta por algo más fino que la dirección IP: una VPN o un operador móvil ponen a muchas personas detrás de una sola dirección.",
        "Envía Retry-After con cada 429 para que los navegadores y las herramientas sepan cuándo volver.",
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
pub const CODES: &[CodeText] = &[
    t(500, "500 Internal Server Error", "El servidor del sitio ha fallado con esta solicitud",
      "Algo ha fallado en el servidor del sitio mientras atendía tu solicitud. Casi siempre es la aplicación (un bug, un plugin o tema roto, un límite de recursos), pero el propio servidor web también envía un 500, por ejemplo por un error de sintaxis en .htaccess o un bucle en sus reglas de reescritura.",
      "El servidor del sitio o su aplicación. No has hecho nada mal.",
      &["Abre el registro de errores de la aplicación a la hora del fallo: el stack trace o el error fatal indica la causa.",
        "Si la aplicación no ha registrado nada, lee el registro de errores del servidor web: Apache anota ahí un .htaccess roto («Invalid command») y los bucles de reescritura («Request exceeded the limit of 10 internal redirects»).",
        "Deshaz el último despliegue, la última actualización de plugin o el último cambio de configuración y comprueba si el error desaparece.",
        "Comprueba los límites de memoria (memory_limit de PHP, WP_MEMORY_LIMIT, límites del contenedor) y el espacio en disco."]),
    t(501, "501 Not Implemented", "El servidor del sitio no admite lo que se le ha pedido",
      "El servidor no implementa el método o la función que ha usado esta solicitud. Es una cuestión de configuración del sitio, y esperar no lo cambiará.",
      "La configuración del sitio.",
      &["Comprueba qué métodos permiten tu servidor y tu proxy para esta URL; un proxy puede rechazar métodos que no conoce."]),
    t(502, "502 Bad Gateway", "El servidor del sitio ha dado a su puerta de enlace una respuesta errónea, o ninguna",
      "Una puerta de enlace (un proxy, un balanceador de carga o una CDN delante del sitio) ha reenviado tu solicitud al servidor que tiene detrás y ha recibido una respuesta rota o ninguna. Puede que ese servidor se haya bloqueado, se haya reiniciado, haya rechazado la conexión o se haya quedado sin procesos de trabajo, o que la puerta de enlace apunte a un destino equivocado.",
      "En la mayoría de los casos, el servidor del sitio que hay detrás de la puerta de enlace. Un reinicio o un pico de carga pasan en minutos; un ajuste mal hecho dura hasta que alguien lo corrige.",
      &["Comprueba que el servidor de aplicaciones está en marcha (PHP-FPM, gunicorn, uWSGI, Node, el servidor Java) y reinícialo si no lo está.",
        "Lee el registro de errores del proxy para ver la causa exacta: «connect() failed (111: Connection refused)», «No such file or directory» para un socket, «upstream prematurely closed connection».",
        "Comprueba que el proxy apunta al lugar correcto: fastcgi_pass o proxy_pass de nginx, ProxyPass de Apache, frente a la dirección o el socket en el que escucha la aplicación.",
        "Comprueba la memoria y el grupo de procesos de trabajo: un servidor sin memoria o con todos sus procesos ocupados corta conexiones."]),
    t(503, "503 Service Unavailable", "El servidor del sitio no está aceptando solicitudes ahora mismo",
      "El servidor está en marcha pero ha rechazado tu solicitud: puede estar en mantenimiento programado, sobrecargado, sin ningún backend sano al que enviarte, o limitando cuántas solicitudes puede hacer cada dirección. A veces indica cuándo volver.",
      "El servidor del sitio: ocupado, en mantenimiento o limitando solicitudes. Un límite puede contar el tráfico de otras personas como tuyo: nginx responde a su límite de frecuencia con un 503 salvo que se le indique otra cosa, así que una dirección compartida de VPN u operador móvil puede activarlo.",
      &["Si es un mantenimiento programado, envía una cabecera Retry-After y una página que diga cuándo esperas volver.",
        "Comprueba cómo ve los backends el balanceador de carga o el proxy: un 503 suele significar que ninguno está disponible para atender la solicitud.",
        "Los límites de nginx (limit_req, limit_conn) responden 503 por defecto: configura limit_req_status 429 y limit_conn_status 429 para que un límite no se confunda con una caída.",
        "Comprueba la capacidad: tamaño del grupo de procesos, límites de conexiones, CPU y memoria; amplía si la carga es real."]),
    t(504, "504 Gateway Timeout", "El servidor del sitio ha tardado demasiado en responder",
      "Una puerta de enlace delante del sitio ha esperado al servidor que tiene detrás y se ha rendido antes de recibir respuesta. Lo más probable es que el servidor funcione pero vaya lento: una consulta larga a la base de datos, una llamada colgada a otro servicio o demasiada carga.",
      "El servidor del sitio que hay detrás de la puerta de enlace, que ahora mismo va demasiado lento.",
      &["Localiza las solicitudes lentas: el registro de consultas lentas, las trazas de la aplicación, las llamadas a API externas sin tiempo de espera.",
        "Alinea los tiempos de espera a lo largo de la cadena (proxy_read_timeout o fastcgi_read_timeout de nginx, request_terminate_timeout de PHP-FPM, max_execution_time): la puerta de enlace debe esperar un poco más que la aplicación.",
        "Pasa los trabajos largos (exportaciones, importaciones, informes) a una tarea en segundo plano en lugar de hacerlos dentro de la solicitud."]),
    t(505, "505 HTTP Version Not Supported", "El servidor del sitio ha rechazado la versión de HTTP usada",
      "El servidor no admite la versión de HTTP que ha usado la solicitud. Es un desajuste de configuración en el lado del sitio, normalmente entre un proxy y el servidor que tiene detrás.",
      "La configuración del sitio.",
      &["Comprueba las versiones de HTTP activadas en cada salto (HTTP/1.1, HTTP/2, HTTP/3) y cuál usa el proxy para hablar con el backend."]),
    t(506, "506 Variant Also Negotiates", "La negociación de contenido del sitio está mal configurada",
      "El servidor está configurado para elegir entre varias versiones de la página, y sus reglas apuntan a sí mismas. Es un error de configuración del sitio.",
      "La configuración del sitio.",
      &["Revisa la configuración de negociación de contenido (en Apache, MultiViews y los mapas de tipos) en busca de una variante que vuelve a negociar."]),
    t(507, "507 Insufficient Storage", "El servidor del sitio se ha quedado sin espacio",
      "El servidor no ha podido guardar lo que necesitaba para completar la solicitud: su disco o su cuota están llenos.",
      "El servidor del sitio.",
      &["Libera espacio en disco o aumenta la cuota; revisa la rotación de registros y los archivos temporales, que llenan los discos sin avisar."]),
    t(508, "508 Loop Detected", "El servidor del sitio se ha detenido ante un bucle o un límite de recursos",
      "Según el estándar, 508 es la respuesta de WebDAV cuando una solicitud recorrería un bucle de enlaces para siempre (RFC 5842). La mayoría de los 508 que se ven en la web son otra cosa: los alojamientos compartidos lo envían con una página «Resource Limit Is Reached» cuando la cuenta del sitio ha agotado los procesos o la CPU que tiene permitidos. (Un bucle de redirecciones no es un 508: los navegadores lo muestran como demasiadas redirecciones).",
      "Los límites del alojamiento del sitio, o su configuración de WebDAV.",
      &["En un alojamiento compartido, revisa el uso de recursos de la cuenta (procesos de entrada, CPU, memoria) en el panel de control: «Resource Limit Is Reached» significa que se ha alcanzado un límite; busca qué lo consume o amplía el plan.",
        "Con WebDAV, busca enlaces o colecciones que se contengan a sí mismos."]),
    t(509, "509 Bandwidth Limit Exceeded", "El plan de alojamiento del sitio se ha quedado sin ancho de banda",
      "Algunos paneles de control de alojamiento envían este código no oficial cuando un sitio ha consumido todo el tráfico que su plan permite por ahora.",
      "El plan de alojamiento del sitio.",
      &["Revisa el consumo y los límites de ancho de banda de la cuenta de alojamiento; mejora el plan o pon una caché o una CDN delante."]),
    t(510, "510 Not Extended", "El servidor del sitio exige una extensión que la solicitud no ha usado",
      "El servidor exige una extensión de HTTP que la solicitud no incluía. Es poco habitual, y depende de la configuración del sitio.",
      "La configuración del sitio.",
      &["Comprueba qué extensión exige la política del servidor y si debería exigirse para esta URL."]),
    t(511, "511 Network Authentication Required", "Tu red quiere que inicies sesión",
      "La red a la que estás conectado (el wifi de un hotel, un aeropuerto, una cafetería o una oficina) retiene tu conexión hasta que inicies sesión en su propia página. Lo más probable es que el sitio esté bien.",
      "La página de inicio de sesión de tu red, no el sitio.",
      &["Un 511 viene de una red situada entre el visitante y tú, no de tu sitio: no hay nada que cambiar en el sitio."]),
    t(520, "520 Web Server Returned an Unknown Error", "El servidor del sitio ha enviado a Cloudflare una respuesta que no puede usar",
      "Cloudflare ha llegado al servidor propio del sitio, pero la respuesta estaba vacía, mal formada o cortada, o la conexión se ha restablecido.",
      "El servidor del sitio que hay detrás de Cloudflare.",
      &["Busca bloqueos en los registros de errores del origen a las horas de los 520.",
        "Busca cabeceras de respuesta demasiado grandes (muchas cookies) y si el origen cierra las conexiones antes de tiempo.",
        "Asegúrate de que el origen no bloquea ni limita los rangos de IP de Cloudflare."]),
    t(521, "521 Web Server Is Down", "El servidor del sitio ha rechazado la conexión de Cloudflare",
      "Cloudflare ha intentado conectarse al servidor propio del sitio y el servidor lo ha rechazado: el servidor web está detenido o un firewall bloquea a Cloudflare.",
      "El servidor del sitio que hay detrás de Cloudflare.",
      &["Comprueba que el servidor web está en marcha y escucha en el puerto que usa Cloudflare (80 o 443).",
        "Permite los rangos de IP de Cloudflare en el firewall, iptables, fail2ban y los ajustes de seguridad del alojamiento."]),
    t(522, "522 Connection Timed Out", "El servidor del sitio no ha respondido a Cloudflare a tiempo",
      "Cloudflare ha intentado llegar al servidor propio del sitio y se ha agotado el tiempo de espera, de una de estas dos formas: el servidor nunca aceptó la conexión (ningún SYN+ACK en 19 segundos), o la aceptó pero nunca confirmó la solicitud de Cloudflare (ningún ACK en 90 segundos). El servidor está sobrecargado, desconectado o descartando los paquetes de Cloudflare.",
      "El servidor del sitio que hay detrás de Cloudflare.",
      &["Comprueba que el origen está en línea y no sobrecargado.",
        "Permite los rangos de IP de Cloudflare; un firewall que los descarta en silencio produce exactamente esto.",
        "Comprueba que el registro DNS en Cloudflare apunta a la dirección correcta del origen."]),
    t(523, "523 Origin Is Unreachable", "No se puede llegar al servidor del sitio desde Cloudflare",
      "Cloudflare no ha encontrado una ruta hasta el servidor propio del sitio. Puede que la dirección de su configuración sea incorrecta o que la red que hay delante del servidor no funcione.",
      "El servidor del sitio o su dirección en Cloudflare.",
      &["Revisa los registros A/AAAA en la configuración de DNS de Cloudflare: tras una migración suelen seguir apuntando a la dirección antigua.",
        "Pregunta al proveedor de alojamiento si hay un problema de enrutamiento hacia el servidor."]),
    t(524, "524 A Timeout Occurred", "El servidor del sitio ha tardado demasiado en responder a Cloudflare",
      "Cloudflare se ha conectado al servidor propio del sitio, pero no ha llegado ninguna respuesta antes del límite de tiempo de Cloudflare (100 segundos por defecto).",
      "El servidor del sitio que hay detrás de Cloudflare, que va demasiado lento.",
      &["Localiza la solicitud lenta en los registros del origen; los informes e importaciones largos deben ir en una tarea en segundo plano.",
        "Revisa la carga del origen y el rendimiento de la base de datos a las horas de los 524."]),
    t(525, "525 SSL Handshake Failed", "El servidor del sitio ha fallado en el protocolo de enlace seguro con Cloudflare",
      "Cloudflare ha intentado comunicarse con el servidor propio del sitio por HTTPS y el protocolo de enlace TLS ha fallado.",
      "La configuración TLS del sitio.",
      &["Comprueba que el origen acepta HTTPS en el puerto 443 con SNI y que comparte al menos un conjunto de cifrado con Cloudflare.",
        "Revisa el modo SSL/TLS: Full y Full (strict) necesitan un certificado válido en el origen; cambiar a Flexible solo oculta el problema."]),
    t(526, "526 Invalid SSL Certificate", "El servidor del sitio tiene un certificado que Cloudflare no acepta",
      "Cloudflare está configurado para verificar el certificado propio del sitio (el modo Full (strict)), y el certificado está caducado, es autofirmado o corresponde a otro nombre.",
      "El certificado del sitio.",
      &["Renueva o sustituye el certificado del origen; un certificado de Cloudflare Origin CA sirve para Full (strict).",
        "Comprueba que el certificado cubre el nombre de host exacto y que la cadena está completa."]),
    t(527, "527 Railgun Error", "Ha fallado el enlace Railgun del sitio con Cloudflare",
      "Ha fallado la conexión entre Cloudflare y el agente Railgun del sitio. Railgun es un producto retirado, así que esto apunta a una configuración antigua.",
      "La configuración del sitio detrás de Cloudflare.",
      &["Revisa el agente Railgun y sus registros, o quita Railgun de la configuración."]),
    t(530, "530 Origin Error", "El servidor del sitio ha respondido con un error no oficial",
      "530 no es un código HTTP estándar. Cloudflare lo usa, con un número de error propio en la página; esta página no parece de Cloudflare, así que el código viene del servidor propio del sitio o de su alojamiento, que le dan su propio significado (a menudo, un sitio congelado o suspendido por el alojamiento).",
      "El servidor del sitio o su alojamiento.",
      &["Averigua en los registros qué salto ha enviado el 530 (el servidor web, un panel de alojamiento, una aplicación); no es un código estándar, así que su significado es el que le da ese software."]),
    t(598, "598 Network Read Timeout", "El servidor del sitio ha dejado de responder a tiempo a un proxy",
      "Algunos proxies envían este código no oficial cuando el servidor que tienen detrás ha dejado de enviar datos antes de completar la respuesta.",
      "El servidor del sitio o la red que hay detrás del proxy.",
      &["Revisa los tiempos de respuesta del origen y el tiempo de espera de lectura del proxy."]),
    t(599, "599 Network Connect Timeout", "Un proxy no ha podido llegar a tiempo al servidor del sitio",
      "Algunos proxies envían este código no oficial cuando no han podido abrir una conexión con el servidor que tienen detrás antes de su límite de tiempo.",
      "El servidor del sitio o la red que hay detrás del proxy.",
      &["Comprueba que el origen funciona y que el proxy puede llegar a él; revisa los firewalls que hay entre ambos."]),
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
    special(&[VendorId::Cloudflare], None, None, Some("1101"), false, t(0, "", "Cloudflare no ha podido ejecutar el Worker del sitio (error 1101 de Cloudflare)",
      "El sitio ejecuta parte de su código en los servidores de Cloudflare (un Worker), y ese código ha lanzado una excepción mientras atendía tu solicitud. Cloudflare ha respondido con su error 1101: el fallo se ha producido en la red de Cloudflare, antes de que nada llegara al servidor propio del sitio.",
      "La red de Cloudflare, en el código del Worker que el sitio tiene allí; no tú. Volver a cargar solo ayuda si el error depende del momento.",
      &["Error 1101 de Cloudflare: abre los registros del Worker (Workers Logs en el panel, o wrangler tail) y busca la excepción lanzada para este Ray ID.",
        "Captura los errores en el controlador fetch del Worker y responde con una respuesta propia, o llama a ctx.passThroughOnException() para que un Worker que falla recurra al origen."])),
    special(&[VendorId::Cloudflare], None, None, Some("1102"), false, t(0, "", "Cloudflare ha detenido el Worker del sitio (error 1102 de Cloudflare)",
      "El sitio ejecuta parte de su código en los servidores de Cloudflare (un Worker), y ese código ha superado su límite de tiempo de CPU o de memoria mientras atendía tu solicitud. Cloudflare lo ha detenido y ha respondido con su error 1102, antes de que nada llegara al servidor propio del sitio.",
      "La red de Cloudflare, en el código del Worker que el sitio tiene allí; no tú.",
      &["Error 1102 de Cloudflare: el Worker ha superado su límite de tiempo de CPU o de memoria; busca la solicitud costosa en los registros del Worker y hazla más ligera, o sube el límite con un plan de pago."])),
    special(&[VendorId::Cloudflare], None, Some(530), None, true, t(530, "530 Origin Error", "La configuración del sitio en Cloudflare impide servirlo",
      "Cloudflare ha respondido 530 junto con un error propio (un número 1xxx en la página), casi siempre porque los registros DNS, la dirección del origen o el túnel del sitio en Cloudflare son incorrectos.",
      "La configuración del sitio en Cloudflare.",
      &["Busca en la documentación de Cloudflare el código 1xxx que muestra la página; 1016 significa que Cloudflare no ha podido resolver el nombre del origen, 1033 que el Cloudflare Tunnel del sitio no está conectado.",
        "Revisa los registros DNS y los túneles del sitio en el panel de Cloudflare."])),
    special(&[VendorId::Heroku], Some(VariantId::HerokuApplicationError), None, None, true, t(0, "", "La aplicación del sitio en Heroku ha fallado",
      "El router de Heroku no ha obtenido respuesta de la aplicación del sitio. El motivo más habitual es que la aplicación se ha bloqueado (el error H10 de Heroku); una solicitud que ha pasado de 30 segundos (H12) o una aplicación sin ningún dyno web en marcha (H14) muestran la misma página.",
      "La aplicación del sitio en Heroku; no tú, y no es sobrecarga ni mantenimiento.",
      &["Heroku: ejecuta heroku ps para ver si los dynos web se han bloqueado o no existen, corrige el fallo que muestra el registro y después ejecuta heroku ps:restart."])),
    special(&[VendorId::Heroku], Some(VariantId::HerokuMaintenance), None, None, false, t(0, "", "La aplicación del sitio en Heroku está en modo de mantenimiento",
      "El propietario del sitio ha activado el modo de mantenimiento de Heroku, así que Heroku responde a cada solicitud con esta página hasta que se desactive.",
      "El propietario del sitio, a propósito; no tú.",
      &["Heroku: ejecuta heroku maintenance:off cuando termine el trabajo."])),
    special(&[VendorId::AwsElb], None, Some(503), None, true, t(0, "", "El balanceador de carga del sitio no tenía ningún servidor al que enviarte",
      "El balanceador de carga de AWS del sitio funciona, pero su grupo de destino no tiene servidores registrados a los que pasar tu solicitud (o ninguno en una zona que atiende). Cuando los servidores solo están en mal estado, les sigue enviando tráfico; esta respuesta significa que no hay ninguno.",
      "La configuración del sitio detrás de su balanceador de carga de AWS: no hay ningún servidor registrado para atender solicitudes.",
      &["503 del balanceador de carga de AWS: el grupo de destino no tiene destinos registrados, o ninguno en una zona de disponibilidad activada. Regístralos, o revisa el grupo de Auto Scaling o el despliegue que debería hacerlo; cuando todos los destinos están en mal estado, un ALB falla en abierto (fail open) y sigue enrutando hacia ellos, así que esto no es un fallo de las comprobaciones de estado."])),
    // A proxy or CDN whose 503 page says its backend failed: no rate limit here.
    special(&[VendorId::Varnish, VendorId::Fastly, VendorId::Squid, VendorId::Envoy, VendorId::Haproxy, VendorId::Akamai, VendorId::Cloudfront, VendorId::GoogleCloudLb, VendorId::AzureAppGateway, VendorId::Traefik, VendorId::Nghttpx, VendorId::H2o, VendorId::Privoxy, VendorId::Trafficserver], None, Some(503), None, true, t(0, "", "El servidor del sitio detrás de su proxy no ha podido atender la solicitud",
      "El proxy o la CDN que hay delante del sitio ha respondido en su lugar: no tenía detrás ningún servidor que funcionara al que pasar tu solicitud. Ninguno estaba en marcha, todos fallaban sus comprobaciones de estado o la conexión con ellos ha fallado.",
      "El servidor del sitio que hay detrás del proxy o la CDN; no tú.",
      &["Revisa los servidores a los que envía el proxy: ¿están en marcha, superan sus comprobaciones de estado, puede el proxy llegar a ellos (dirección, puerto, firewall)?",
        "Comprueba la capacidad: tamaño del grupo de procesos, límites de conexiones, CPU y memoria; amplía si la carga es real."])),
    special(&[VendorId::MicrosoftHttpapi], None, Some(503), None, true, t(0, "", "El servidor Windows del sitio ha rechazado la solicitud antes de que la viera ninguna aplicación",
      "La capa HTTP del propio Windows (HTTP.sys) ha respondido en lugar de la aplicación del sitio: puede que el grupo de aplicaciones esté detenido, que su cola de solicitudes esté llena, que se haya alcanzado un límite de conexiones o que la dirección pertenezca a un servicio que no es IIS.",
      "El servidor Windows del sitio; no tú.",
      &[])),
];

/// The words for a failure of the CDN or proxy itself, named `edge`:
/// headline, what happened, whose fault.
pub fn edge_failure(edge: &str) -> (String, String, String) {
    (
        format!("{edge} ha fallado por su propia cuenta"),
        format!("{edge}, el servicio que hay delante del sitio, ha fallado él mismo: no ha podido completar tu solicitud, así que probablemente ni siquiera ha llegado a consultar al servidor propio del sitio. Estos fallos suelen ser breves y limitarse a una de las ubicaciones de {edge}."),
        format!("{edge}, delante del sitio; no tú, y probablemente tampoco el servidor propio del sitio."),
    )
}

/// Owner items when the CDN or proxy in front failed on its own side.
pub fn edge_owner(vendor: Option<VendorId>) -> &'static [&'static str] {
    match vendor {
        Some(VendorId::Cloudflare) => &["Este error es de Cloudflare, no de tu origen: consulta cloudflarestatus.com por si hay una incidencia, y si persiste envía al soporte de Cloudflare el Ray ID y la hora."],
        _ => &["El servicio que hay delante del sitio ha fallado por su cuenta: consulta su página de estado, y si persiste envía a su soporte la referencia y la hora."],
    }
}

/// A time the server asked for, in words. Rounded up, never down: "179
/// seconds" is "3 minutes", never "2".
pub fn duration(seconds: u64) -> String {
    let plural = |n: u64, one: &str, many: &str| {
        if n == 1 {
            format!("1 {one}")
        } else {
            format!("{n} {many}")
        }
    };
    match seconds {
        60 => "1 minuto".into(),
        0..=119 => plural(seconds, "segundo", "segundos"),
        s if s < 2 * 3600 => plural(s.div_ceil(60), "minuto", "minutos"),
        s if s < 2 * 86_400 => {
            let m = s.div_ceil(60);
            match m % 60 {
                0 => plural(m / 60, "hora", "horas"),
                r => format!(
                    "{} y {}",
                    plural(m / 60, "hora", "horas"),
                    plural(r, "minuto", "minutos")
                ),
            }
        }
        s => plural(s.div_ceil(86_400), "día", "días"),
    }
}

/// The fault sentence of a 503 that says when to come back: a planned or
/// announced pause, not a rate limit.
pub const FAULT_503_TIMED: &str =
    "El servidor del sitio, que de momento no está disponible; no tú.";

/// The sentence added to the fault when the server said when to come back.
pub fn retry_sentence(seconds: u64) -> String {
    format!(
        "El propio sitio pide volver a intentarlo dentro de {}.",
        duration(seconds)
    )
}

/// "Cloudflare error 1101", for the report.
pub fn vendor_code_text(vendor_name: &str, code: &str) -> String {
    format!("Error {code} de {vendor_name}")
}

const NETWORK: [CodeText; 16] = [
    t(0, "No se encuentra el sitio", "Ha fallado la búsqueda del nombre de este sitio",
      "Tu navegador ha pedido al DNS (el directorio de nombres de Internet) la dirección de este sitio y no ha obtenido ninguna. O la respuesta ha sido «ese nombre no existe» (NXDOMAIN: el nombre está mal escrito, no existe, o su dominio ha caducado o ha perdido sus registros), o la propia búsqueda ha fallado porque un servidor DNS no ha respondido.",
      "La búsqueda del nombre (DNS): o el servidor DNS de tu conexión, o el dominio del sitio. Los pasos siguientes te dicen cuál.",
      &["Comprueba que los registros del dominio existen y apuntan a la dirección correcta, que el dominio no ha caducado y que sus servidores de nombres responden.",
        "Una respuesta «ese nombre no existe» también se guarda en caché (caché negativa, durante el tiempo que fija el registro SOA de la zona), así que los servidores DNS que preguntaron antes de una corrección siguen fallando hasta que expira; los registros modificados también duran hasta que acaba su TTL."]),
    t(0, "Conexión rechazada", "El servidor del sitio ha rechazado la conexión",
      "Tu navegador ha llegado a la máquina del sitio, pero nada allí ha aceptado la conexión: el servidor web no está en marcha o un firewall la ha rechazado.",
      "El servidor del sitio, salvo que un firewall o un proxy de tu lado la bloquee.",
      &["Comprueba que el servidor web está en marcha y escucha en los puertos 80 y 443.",
        "Revisa las reglas del firewall que hay delante del servidor."]),
    t(0, "Conexión restablecida", "Se ha cortado la conexión con el sitio",
      "La conexión se ha abierto y después se ha cortado antes de que llegara la página. Puede que el servidor del sitio se haya bloqueado a mitad de la respuesta, o que algo en el camino (un firewall, un proxy, una VPN) la haya cortado.",
      "La red entre tú y el sitio, o el servidor del sitio.",
      &["Busca bloqueos o reinicios del servidor web a esa hora, y un firewall o una protección DDoS que restablezca conexiones."]),
    t(0, "Tiempo de espera agotado", "Se ha agotado el tiempo de espera de la conexión con el sitio",
      "Tu navegador ha esperado al sitio y no ha recibido respuesta a tiempo. Puede que el servidor no funcione o esté sobrecargado, o que algo en el camino esté descartando el tráfico.",
      "La red del camino, o el servidor del sitio.",
      &["Comprueba que el servidor funciona y es accesible desde fuera, y que el firewall no descarta conexiones en silencio."]),
    t(0, "Respuesta vacía", "El servidor del sitio ha cerrado la conexión sin responder",
      "El servidor del sitio ha aceptado la conexión y la ha cerrado sin enviar nada: probablemente se ha bloqueado o se ha reiniciado mientras atendía la solicitud.",
      "El servidor del sitio.",
      &["Busca bloqueos, reinicios o procesos terminados por falta de memoria del servidor web o de la aplicación a esa hora."]),
    t(0, "Sin conexión", "Tu dispositivo no tiene conexión",
      "Tu navegador indica que no tiene ninguna conexión a Internet, así que ahora mismo no puede cargarse ningún sitio.",
      "Tu conexión, no el sitio.",
      &[]),
    t(0, "Error de conexión segura", "No se ha podido establecer una conexión segura con el sitio",
      "Tu navegador y el sitio no se han puesto de acuerdo sobre cómo proteger la conexión: es un error de protocolo o de cifrado TLS, no un problema de certificado. Lo más habitual es que algo intermedio interfiera: un antivirus que analiza HTTPS, un proxy, una VPN o una red con filtros. Un navegador o un sistema antiguos, o un sitio que solo ofrece protocolos obsoletos, dan el mismo error.",
      "No se puede saber desde aquí: un software o una red de tu lado que intercepta las conexiones seguras, un sistema desactualizado o la configuración TLS del sitio.",
      &["Prueba el sitio con un comprobador SSL: protocolos (TLS 1.2 y 1.3), conjuntos de cifrado y cadena de certificados; comprueba que el puerto 443 habla TLS y no HTTP sin cifrar."]),
    // The kinds below came with the full lists of browser errors (issue 11).
    t(0, "Sitio inaccesible", "La red no ha podido llegar al servidor del sitio",
      "Tu navegador tenía la dirección del sitio, pero no ha encontrado cómo llegar a él: ninguna ruta llevaba hasta allí, o un firewall del camino ha prohibido la conexión. Puede que el servidor del sitio esté desconectado de la red, o que falle alguna red entre tú y él.",
      "La red del camino, o el servidor del sitio, desconectado de la red.",
      &["Comprueba que el servidor está en marcha y que los registros A y AAAA del nombre contienen las direcciones en las que de verdad responde: un registro IPv6 de un servidor que ya no escucha en IPv6 produce este error.",
        "Revisa el firewall y el enrutamiento que hay delante del servidor."]),
    t(0, "Conexión cambiada", "Tu conexión ha cambiado mientras se cargaba la página",
      "Tu dispositivo ha cambiado de red en mitad de la carga (del wifi a los datos móviles, una VPN que se activa o se desactiva, la salida del modo de suspensión) y el navegador ha descartado la solicitud en curso. Volver a cargar con la nueva conexión suele funcionar.",
      "Tu conexión, durante un momento: no el sitio.",
      &[]),
    t(0, "Error de certificado", "El navegador no puede confiar en el certificado de esta conexión",
      "Tu navegador se ha detenido antes de comunicarse con el sitio porque el certificado presentado no es de confianza para este nombre: ha caducado o todavía no es válido, se emitió para otro nombre, lo ha firmado una autoridad que el navegador no conoce o ha sido revocado. A menudo es un error del sitio, pero el mismo error aparece cuando el reloj de tu dispositivo está mal, cuando una página de inicio de sesión de wifi o un software de seguridad se interpone en la conexión, o cuando alguien la intercepta. No le digas al navegador que continúe de todos modos en un sitio donde inicias sesión o pagas.",
      "No se puede saber desde aquí: lo más habitual es el certificado del sitio (caducado, con otro nombre, sin el certificado intermedio); a veces tu reloj, tu red o un software que inspecciona el tráfico seguro. Esperar no cambia un certificado, así que Gatewise no reintenta.",
      &["Revisa el certificado con un comprobador SSL: sus fechas, los nombres que cubre y que el servidor envía la cadena completa (también los certificados intermedios).",
        "Comprueba que la renovación automática se ha ejecutado (certbot, la de tu proveedor de alojamiento o la de tu CDN) y que el servidor web se ha recargado después."]),
    t(0, "Se necesita tu propio certificado", "Para abrir este sitio hace falta tu propio certificado",
      "Este sitio solo deja entrar a los visitantes que presentan un certificado propio (de una tarjeta inteligente, de su empresa o de la administración) al establecer la conexión segura, y no se ha enviado ninguno, o el que se ha enviado ha sido rechazado.",
      "Tu lado: el certificado que el sitio te pide. Gatewise no reintenta en este caso.",
      &["Si los visitantes no deberían necesitar un certificado, revisa la configuración de certificados de cliente del servidor (nginx ssl_verify_client, Apache SSLVerifyClient).",
        "Comprueba que las autoridades que aceptas para los certificados de cliente son las que emiten los certificados de tus visitantes."]),
    t(0, "Respuesta defectuosa", "La respuesta del sitio no cumple las reglas de HTTP",
      "Tu navegador se ha conectado y ha recibido una respuesta que no ha podido usar: mal formada, cortada, mal comprimida, o un flujo HTTP/2 o HTTP/3 (QUIC) que ha fallado. Normalmente es cosa del servidor del sitio, de su CDN o de un proxy intermedio; de vez en cuando, de un programa de seguridad o un proxy de tu lado que reescribe el tráfico.",
      "El servidor del sitio o el servicio que tiene delante, lo más probable.",
      &["Busca en los registros del servidor web y del proxy flujos HTTP/2 restablecidos, respuestas cortadas y servidores upstream que cerraron la conexión antes de tiempo.",
        "Comprueba que Content-Length y Content-Encoding corresponden al cuerpo enviado realmente (un cuerpo comprimido dos veces, una longitud cambiada por un proxy).",
        "Si los errores solo aparecen con HTTP/2 o HTTP/3, compara con esos protocolos desactivados y revisa los límites de tamaño de las cabeceras y los tiempos de espera del proxy."]),
    t(0, "Fallo del proxy", "Tu proxy ha fallado: el navegador no ha podido pasar por él",
      "Tu navegador está configurado para acceder a la web a través de un proxy (por ti, tu empresa o tu centro educativo, o mediante un script de proxy), y ese proxy no estaba accesible, pidió un inicio de sesión que falló o no quiso transmitir la solicitud. En ningún momento se llegó al sitio.",
      "El proxy de tu red, no el sitio.",
      &[]),
    t(0, "Bucle de redirecciones", "Las redirecciones del sitio dan vueltas en un bucle",
      "El sitio ha redirigido tu navegador de una dirección a otra tantas veces, o a una dirección que el navegador no sigue, que este ha desistido. Lo más habitual es que dos ajustes del sitio no coincidan (HTTP y HTTPS, con y sin www); de vez en cuando, una cookie antigua mantiene un bucle de inicio de sesión.",
      "La configuración del sitio, casi siempre; de vez en cuando, una cookie antigua tuya. Gatewise no reintenta en este caso.",
      &["Sigue las redirecciones con curl -sIL y busca dónde se cierra el bucle.",
        "Comprueba que la aplicación, el servidor web y la CDN coinciden en HTTPS y en el nombre de host: una CDN en modo TLS flexible envía HTTP a un servidor que redirige a HTTPS, sin fin."]),
    t(0, "Dirección rechazada", "El navegador no abre esta dirección",
      "Es una dirección que el navegador se niega a cargar: está mal formada, tiene un esquema que no conoce o usa un puerto reservado para otros servicios (el correo, por ejemplo) que los navegadores bloquean para protegerlos.",
      "La dirección, no el servidor del sitio. Gatewise no reintenta en este caso.",
      &["Si tus propios enlaces llevan aquí, sirve el sitio en los puertos habituales (80 y 443) y corrige los enlaces."]),
    t(0, "Error de red", "No se ha podido cargar la página",
      "Tu navegador ha informado de un fallo de su propia capa de red que no dice más que la página no ha llegado. Estos fallos suelen ser breves.",
      "No se puede saber desde aquí.",
      &["Comprueba que el servidor funciona y responde desde fuera de tu propia red."]),
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
            (format!("Espera {d} y vuelve a cargar una sola vez"), format!("El sitio ha dicho cuándo volver: dentro de {d}. Cada recarga antes de ese momento cuenta como una solicitud más y puede mantener el límite."))
        }
        (Wait, _) if retry_s.is_some() => {
            let d = duration(retry_s.unwrap_or_default());
            (format!("Espera {d} y vuelve a cargar"), format!("El sitio ha dicho cuándo volver: dentro de {d}. Es poco probable que funcione antes, y Gatewise nunca lo intenta antes de ese momento."))
        }
        (Wait, S::RateLimited) => ("Espera unos minutos y vuelve a cargar una sola vez".into(), "El límite se levanta solo. Cada recarga antes de ese momento cuenta como una solicitud más y puede mantenerlo.".into()),
        (Wait, _) => ("Espera un minuto y vuelve a cargar".into(), "Los fallos breves suelen resolverse en pocos minutos; uno causado por un ajuste mal hecho dura hasta que alguien lo corrige. Gatewise reintenta por ti, espaciando los intentos para no aumentar la carga.".into()),
        (DownForEveryone, _) => ("Comprueba si falla para todo el mundo".into(), "Un servicio del tipo «¿está caído para todos o solo para mí?», o la página de estado o la cuenta en redes sociales del sitio, te dirán si a otras personas también les pasa.".into()),
        (OtherSites, S::Dns) => ("Comprueba si cargan otros sitios".into(), "Si no carga ninguno, falla tu conexión o su DNS. Si cargan, el nombre de este sitio está roto en su dominio o se ha quedado atascado en una caché de tu lado; los pasos siguientes vacían esa caché.".into()),
        (OtherSites, _) => ("Comprueba si cargan otros sitios".into(), "Si cargan, tu conexión está bien y el problema está en el sitio o en el camino hasta él.".into()),
        (PrivateWindow, _) => ("Prueba con una ventana privada".into(), "Se abre sin tus extensiones ni tus cookies, lo que las descarta como causa.".into()),
        (HardReload, _) if mobile => ("Vuelve a cargar la página".into(), "Los navegadores del móvil no tienen una recarga que ignore la caché; si una recarga normal muestra el mismo error, borrar los datos de este sitio (más abajo) cumple esa función.".into()),
        (HardReload, _) => ("Vuelve a cargar sin la caché".into(), "Así la página se descarga de nuevo en lugar de salir de la caché del navegador.".into()),
        (OtherNetwork, S::Edge) if mobile => ("Prueba con otra red u otro dispositivo".into(), "Cambia entre wifi y datos móviles: otra red puede llegar al sitio a través de otra ubicación del servicio que tiene delante.".into()),
        (OtherNetwork, S::Edge) => ("Prueba con otro dispositivo u otra red".into(), "Por ejemplo, tu móvil con datos móviles, no con el mismo wifi: otra red puede llegar al sitio a través de otra ubicación del servicio que tiene delante.".into()),
        (OtherNetwork, _) if mobile => ("Prueba con otra red u otro dispositivo".into(), "Cambia entre wifi y datos móviles, o prueba desde un ordenador con otra conexión.".into()),
        (OtherNetwork, _) => ("Prueba con otro dispositivo u otra red".into(), "Por ejemplo, tu móvil con datos móviles, no con el mismo wifi.".into()),
        (ClearSiteData, _) => ("Borra las cookies y la caché de este sitio".into(), "En la configuración del navegador, elimina los datos guardados solo de este sitio y vuelve a cargar. Se cerrará tu sesión en el sitio y se perderá lo que no hubieras guardado.".into()),
        (FlushDns, S::Dns) if mobile => ("Renueva el DNS del móvil".into(), "Puede que tu móvil conserve una respuesta fallida; así vuelve a preguntar. Los móviles no tienen un comando para esto: basta con reiniciar la conexión.".into()),
        (FlushDns, S::Dns) => ("Vacía la caché DNS".into(), "Puede que tu dispositivo conserve una respuesta fallida; así vuelve a preguntar. Chrome tiene su propia caché DNS, que esto no vacía: abre chrome://net-internals/#dns y pulsa Clear host cache (en Firefox: about:networking#dns y el botón para vaciar la caché DNS).".into()),
        (FlushDns, _) if mobile => ("Renueva el DNS del móvil".into(), "Así tu móvil vuelve a buscar la dirección del sitio, por si ha cambiado. Los móviles no tienen un comando para esto: basta con reiniciar la conexión.".into()),
        (FlushDns, _) => ("Vacía la caché DNS".into(), "Así tu dispositivo vuelve a buscar la dirección del sitio, por si ha cambiado. Chrome tiene su propia caché DNS, que esto no vacía: abre chrome://net-internals/#dns y pulsa Clear host cache (en Firefox: about:networking#dns y el botón para vaciar la caché DNS).".into()),
        (PublicDns, _) => ("Prueba con un servidor DNS público".into(), "Si falla el DNS de tu proveedor, un servidor DNS público (configurado en los ajustes de red) puede seguir encontrando el sitio.".into()),
        (VpnProxy, S::Dns) => ("Desactiva un momento la VPN o el proxy".into(), "Una VPN o un proxy buscan los nombres por ti, y su DNS puede fallar aunque el tuyo funcione.".into()),
        (VpnProxy, S::Proxy) => ("Revisa la configuración del proxy".into(), "Tu navegador pasa por un proxy configurado en los ajustes de red del sistema o del navegador, o por tu empresa. Comprueba que debe estar activado; en el trabajo o en tu centro educativo, pregunta al departamento de informática si el proxy está caído.".into()),
        (VpnProxy, S::Tls) => ("Desactiva un momento la VPN o el proxy".into(), "Una VPN, un proxy, o la red de una empresa o de un centro educativo que inspecciona el tráfico seguro pueden estropear el establecimiento de una conexión segura.".into()),
        (VpnProxy, S::RateLimited | S::Busy) => ("Desactiva un momento la VPN o el proxy".into(), "Una VPN, un proxy o un operador móvil ponen a muchas personas detrás de una sola dirección; un sitio que limita las solicitudes por dirección puede estar contando su tráfico como tuyo.".into()),
        (VpnProxy, _) => ("Desactiva un momento la VPN o el proxy".into(), "Una VPN o un proxy en el camino pueden fallar por su cuenta, o estar bloqueados por el sitio.".into()),
        (Antivirus, _) => ("Desactiva un momento el análisis HTTPS del antivirus".into(), "El software de seguridad que inspecciona las conexiones seguras (a menudo llamado análisis HTTPS, SSL o web) es una causa frecuente de este error. Vuelve a cargar con esa función desactivada y después actívala de nuevo.".into()),
        (UpdateSystem, _) => ("Actualiza el navegador y el sistema".into(), "Los sitios exigen hoy versiones y cifrados TLS recientes; un navegador o un sistema operativo antiguos, o que ya no reciben actualizaciones, no pueden conectarse a ellos.".into()),
        (RestartRouter, _) => ("Reinicia el módem y el router".into(), "Desenchúfalos durante treinta segundos y espera a que vuelva la conexión.".into()),
        (CheckConnection, _) => ("Comprueba tu conexión".into(), "Asegúrate de que el wifi, los datos móviles o el cable están conectados y de que cargan otros sitios.".into()),
        (CheckAddress, S::BadAddress) => ("Comprueba la dirección".into(), "Busca una errata, un esquema poco habitual o un número de puerto después del nombre (como :25). Si has llegado por un enlace, el enlace está mal.".into()),
        (CheckAddress, S::Dns) => ("Comprueba la dirección".into(), "Revisa cómo está escrito el nombre del sitio en la barra de direcciones: una errata produce exactamente este error.".into()),
        (CheckAddress, _) => ("Comprueba la dirección".into(), "El sitio ha respondido, así que su nombre es correcto: revisa el resto de la dirección (lo que va después del dominio) o el enlace que te ha traído aquí.".into()),
        (SignIn, S::ClientCertificate) => ("Usa tu certificado".into(), "Si tienes uno (en una tarjeta inteligente o instalado por tu empresa), comprueba que está conectado o instalado, vuelve a cargar y elígelo cuando el navegador te lo pida. Si no lo tienes, pregunta al sitio o a tu departamento de informática cómo acceder.".into()),
        (SignIn, S::Certificate) => ("Inicia sesión primero en el wifi".into(), "En la red de un hotel, un aeropuerto o una cafetería, la página de inicio de sesión se interpone en las conexiones seguras hasta que inicias sesión: abre cualquier página http:// sencilla o los ajustes de wifi, inicia sesión y vuelve a cargar.".into()),
        (SignIn, _) => ("Abre la página de inicio de sesión de la red".into(), "Abre cualquier página http:// sencilla, o los ajustes de wifi del dispositivo, completa el inicio de sesión y vuelve a cargar.".into()),
        (CheckClock, _) => ("Comprueba la fecha y la hora del dispositivo".into(), "Un reloj mal puesto hace que certificados válidos parezcan caducados o todavía no válidos.".into()),
        (Report, S::Certificate) => ("Avisa al sitio".into(), "Si otros dispositivos y redes reciben la misma advertencia, el fallo está en el certificado del sitio y su propietario tiene que saberlo. Copia el informe de abajo y envíalo a su servicio de asistencia.".into()),
        (Report, S::Redirects) => ("Avisa al sitio".into(), "Si una ventana privada también entra en el bucle, el fallo está en la configuración del sitio. Copia el informe de abajo y envíalo a su servicio de asistencia.".into()),
        (Report, S::Tls) => ("Avisa al sitio".into(), "Si también falla en otros dispositivos y redes, el fallo está en la configuración segura del sitio y su propietario tiene que saberlo. Copia el informe de abajo y envíalo a su servicio de asistencia.".into()),
        (Report, S::Dns) => ("Avisa al sitio".into(), "Si el nombre también falla en otras redes y en un servicio de comprobación de caídas, el dominio del sitio está roto. Puede que su correo tampoco funcione: contacta con el propietario por otra vía (una red social, un conocido) con el informe de abajo.".into()),
        (Report, _) if retry_s.is_some() => ("Avisa al sitio".into(), format!("Si sigue fallando bastante después del tiempo que indicó el sitio ({}), en más de un dispositivo, su propietario tiene que saberlo. Copia el informe de abajo y envíalo a su servicio de asistencia.", duration(retry_s.unwrap_or_default()))),
        (Report, _) => ("Avisa al sitio".into(), "Si sigue fallando después de unos 15 minutos, en más de un dispositivo, su propietario tiene que saberlo. Copia el informe de abajo y envíalo a su servicio de asistencia.".into()),
    };
    let command: Option<&str> = match (id, os) {
        (HardReload, Os::Macos) => Some("Cmd+Shift+R (Chrome, Firefox) u Option+Cmd+R (Safari)"),
        (HardReload, Os::Windows | Os::Linux) => Some("Ctrl+Shift+R (o Ctrl+F5)"),
        (HardReload, Os::Chromeos) => Some("Ctrl+Shift+R"),
        (PrivateWindow, Os::Macos) => Some("Cmd+Shift+N (Chrome, Safari) o Cmd+Shift+P (Firefox)"),
        (PrivateWindow, Os::Windows | Os::Linux | Os::Chromeos) => {
            Some("Ctrl+Shift+N (Chrome) o Ctrl+Shift+P (Firefox)")
        }
        (PrivateWindow, Os::Android) => Some("Chrome: menú ⋮ → Nueva pestaña de incógnito"),
        (PrivateWindow, Os::Ios) => {
            Some("Safari: botón Pestañas → Privada; Chrome: ⋯ → Nueva pestaña de incógnito")
        }
        (FlushDns, Os::Windows) => Some("ipconfig /flushdns"),
        (FlushDns, Os::Macos) => {
            Some("sudo dscacheutil -flushcache; sudo killall -HUP mDNSResponder")
        }
        (FlushDns, Os::Linux) => {
            Some("resolvectl flush-caches    # systemd-resolved; si no, reinicia nscd o dnsmasq")
        }
        (FlushDns, Os::Chromeos) => Some("chrome://net-internals/#dns → Clear host cache"),
        (FlushDns, Os::Android | Os::Ios) => {
            Some("Activa el modo avión, espera diez segundos y desactívalo")
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
            "nginx: lee /var/log/nginx/error.log; la línea de esta solicitud indica el upstream y el error exacto.",
            "nginx con PHP-FPM: comprueba que el pool está en marcha (systemctl status php*-fpm) y que fastcgi_pass coincide con el socket o el puerto en el que escucha el pool.",
            "Si PHP-FPM registra «server reached pm.max_children», sube pm.max_children solo si la memoria lo permite (cada proceso ocupa su parte; con demasiados, el OOM killer del kernel los termina), o averigua qué mantiene ocupados los procesos.",
        ],
        VendorId::Apache => &[
            "Apache: lee /var/log/apache2/error.log (o /var/log/httpd/error_log); mod_proxy registra el backend y el motivo.",
            "Revisa el destino de ProxyPass y el keep-alive del backend: un backend que cierra las conexiones inactivas antes que Apache provoca 502 intermitentes (prueba disablereuse=On o un ttl más corto).",
        ],
        VendorId::Iis => &[
            "IIS: comprueba que el grupo de aplicaciones está iniciado; activa el seguimiento de solicitudes con error (Failed Request Tracing) para este código y verás qué módulo ha fallado.",
            "Con ARR como proxy, compara el tiempo de espera del proxy de ARR con el tiempo de respuesta del backend.",
        ],
        VendorId::MicrosoftHttpapi => &["Ha respondido HTTP.sys, no la aplicación: busca esta solicitud en el registro HTTPERR (%SystemRoot%\\System32\\LogFiles\\HTTPERR); su columna de motivo dice por qué: AppOffline o Disabled (el grupo de aplicaciones está detenido, a menudo por la protección contra errores rápidos tras varios bloqueos), QueueFull (la cola del grupo está llena), ConnLimit (el límite de conexiones) o una URL registrada por un servicio que no es IIS."],
        VendorId::Haproxy => &["HAProxy: comprueba el estado de los backends (show servers state en la API de ejecución) y el ajuste timeout server frente al tiempo de respuesta del backend."],
        VendorId::Varnish => &["Varnish: revisa la sonda del backend y first_byte_timeout; varnishlog -g request -q 'RespStatus >= 500' muestra las peticiones al backend que fallan."],
        VendorId::Fastly => &["Fastly: revisa el estado del backend y el tiempo de espera del primer byte en la configuración del servicio; los detalles de Guru Mediation identifican el nodo de caché."],
        VendorId::Squid => &["Squid: el código de error de la página (ERR_*) dice qué ha fallado; comprueba que Squid puede llegar al destino y resolver su nombre."],
        VendorId::Envoy => &["Envoy o Istio: revisa el estado del clúster upstream, la detección de valores atípicos (outlier detection) y los tiempos de espera de las rutas; en una malla, istioctl proxy-config endpoint <pod> muestra cada endpoint como HEALTHY o UNHEALTHY (istioctl proxy-status solo indica si la configuración está sincronizada)."],
        VendorId::Traefik => &["Traefik: comprueba en el panel que los servidores del servicio están en marcha y superan sus comprobaciones de estado."],
        VendorId::Caddy => &["Caddy: revisa la dirección upstream de reverse_proxy y el registro de Caddy (journalctl -u caddy)."],
        VendorId::Lighttpd => &["lighttpd: lee /var/log/lighttpd/error.log y revisa el backend configurado en mod_proxy o mod_fastcgi."],
        VendorId::Litespeed => &["LiteSpeed: revisa los límites y tiempos de espera de la aplicación externa (lsphp) y el registro stderr del servidor."],
        VendorId::Cloudflare => &["Cloudflare: para probar solo el origen, pídelo directamente (sin pasar por Cloudflare) desde otra máquina; compara con la página de estado de Cloudflare por si hay una incidencia suya."],
        VendorId::Cloudfront => &["CloudFront: revisa la política de protocolo y el certificado del origen, el tiempo de espera de respuesta del origen y los grupos de seguridad del origen; el ID de solicitud ayuda al soporte de AWS."],
        VendorId::AwsElb => &["Balanceador de carga de AWS: revisa el estado del grupo de destino; configura en los destinos un tiempo de keep-alive más largo que el tiempo de inactividad del balanceador."],
        VendorId::GoogleCloudLb => &["Balanceador de carga de Google Cloud: revisa las comprobaciones de estado y el tiempo de espera del servicio de backend, y que el firewall permita los rangos de las comprobaciones de estado de Google (130.211.0.0/22 y 35.191.0.0/16)."],
        VendorId::AzureAppGateway => &["Azure Application Gateway: abre Estado de mantenimiento del back-end; revisa los grupos de seguridad de red y el tiempo de espera de solicitud de la configuración del back-end."],
        VendorId::Akamai => &["Akamai: busca el número de referencia en la herramienta de referencias de error de Akamai Control Center; indica el paso que falla entre la red de Akamai y el origen."],
        VendorId::Heroku => &["Heroku: ejecuta heroku logs --tail y busca los códigos H del router (H10 bloqueo, H12 tiempo agotado a los 30 s, H13 conexión cerrada); heroku ps:restart reinicia los dynos."],
        VendorId::Vercel => &["Vercel: abre los registros de la función para esta solicitud; revisa su duración máxima y su memoria."],
        VendorId::Netlify => &["Netlify: revisa los registros de las funciones y el estado del despliegue de este sitio."],
        VendorId::Nghttpx => &["nghttpx: busca en su registro de errores (errorlog-file) el backend al que no pudo llegar; revisa las direcciones de los backends y compara backend-read-timeout con el tiempo de respuesta del backend."],
        VendorId::H2o => &["H2O: lee su error-log; revisa el destino de proxy.reverse.url y compara proxy.timeout.io con el tiempo de respuesta del backend."],
        VendorId::Tinyproxy => &["Tinyproxy: su registro indica el host al que no pudo conectarse y si fue porque el nombre no se resolvió o porque rechazaron la conexión; revisa los ajustes Upstream y Timeout."],
        VendorId::Privoxy => &["Privoxy: la página dice qué ha fallado (la conexión, el tiempo de espera, la falta de datos); comprueba que el destino está en marcha y es accesible, y revisa las reglas forward que envían la petición a través de otro proxy."],
        VendorId::Trafficserver => &["Apache Traffic Server: el motivo que acompaña al código en la respuesta y los registros de traffic_server indican el fallo; revisa el origen de la regla de remap y los tiempos de espera de conexión y de inactividad."],
        VendorId::Tomcat => &["Tomcat: la excepción y su causa raíz están en catalina.out o en el registro del host; la traza de pila del informe indica la clase que falló. Desactiva showReport y showServerInfo en el ErrorReportValve para que los visitantes no vean el informe."],
        VendorId::Jetty => &["Jetty: busca en el registro del servidor las entradas del servlet que nombra la página; si el sitio usa el servlet de proxy de Jetty, revisa el destino y el tiempo de espera del proxy."],
        VendorId::Gunicorn => &["Gunicorn: el traceback de la excepción está en el registro de errores (--error-logfile o el journal del servicio); un worker terminado por --timeout aparece allí como WORKER TIMEOUT."],
        VendorId::Google | VendorId::Reddit | VendorId::Wikimedia | VendorId::Github => &["Es una caída del propio sitio, con su propia página de error: la causa está dentro de sus sistemas, así que hay que mirar su monitorización interna, sus registros y su proceso de gestión de incidencias."],
    }
}

/// Owner items that depend on what the site runs.
pub fn stack_owner(stack: &str) -> &'static [&'static str] {
    match stack {
        "wordpress" => &[
            "WordPress: desactiva los plugins para encontrar el que falla (cambia el nombre de wp-content/plugins y después restáuralos uno a uno) y cambia a un tema predeterminado.",
            "WordPress: sube WP_MEMORY_LIMIT en wp-config.php si el registro muestra que se agota la memoria. Para descartar .htaccess, haz antes una copia y después restablece las reglas predeterminadas de WordPress (el restablecimiento borra tus redirecciones y reglas de seguridad propias; recupéralas de la copia).",
        ],
        "php" => &["PHP: revisa max_execution_time y memory_limit, y el registro de PHP-FPM (slowlog muestra los scripts atascados)."],
        "aspnet" => &["ASP.NET: revisa el registro de eventos de aplicación; con ASP.NET Core en IIS, activa durante un tiempo stdoutLogEnabled en web.config para capturar los errores de arranque de la aplicación."],
        "express" => &["Node: comprueba que el proceso está en marcha bajo su gestor (systemd, pm2) y cuánta memoria usaba antes de terminar."],
        _ => &[],
    }
}

/// Things every owner should check whatever failed.
pub const OWNER_ALWAYS: &[&str] = &[
    "Deshaz el último cambio (despliegue, configuración, DNS, certificado) si los errores empezaron justo después.",
    "Configura una monitorización y una página de error amable que diga que la caída es temporal.",
];

/// The same, when no server answered at all (no error page can show).
pub const OWNER_ALWAYS_NO_RESPONSE: &[&str] = &[
    "Deshaz el último cambio (despliegue, configuración, DNS, certificado) si los errores empezaron justo después.",
    "Configura una monitorización desde fuera de tu propia red, para que un fallo como este te llegue antes de que lo comuniquen los visitantes.",
];

/// "Failing for 12 minutes" and the incident sentences.
pub fn incident_text(state: crate::incident::IncidentState, minutes: u64, failures: u32) -> String {
    use crate::incident::IncidentState::*;
    match state {
        Healthy => String::new(),
        Temporary => format!("Falla desde hace {} ({} {}). Los fallos breves como este suelen pasar en pocos minutos.", minutes_text(minutes), failures, plural(failures, "intento fallido", "intentos fallidos")),
        Persistent => format!("Falla desde hace {} ({} {}): ya no es un fallo pasajero. El propietario del sitio tiene que actuar; avisarle ayuda.", minutes_text(minutes), failures, plural(failures, "intento fallido", "intentos fallidos")),
        Recovered => format!("El sitio ha estado caído durante {} y ya vuelve a funcionar.", minutes_text(minutes)),
    }
}

/// Spanish: singular for one only ("0 intentos", "1 intento", "2 intentos").
fn plural(n: u32, one: &'static str, many: &'static str) -> &'static str {
    if n == 1 {
        one
    } else {
        many
    }
}

fn minutes_text(m: u64) -> String {
    match m {
        0 => "menos de un minuto".into(),
        1 => "1 minuto".into(),
        m if m < 120 => format!("{m} minutos"),
        m => duration(m.saturating_mul(60)),
    }
}

/// Words of the support report.
pub struct ReportWords;

impl ReportWords {
    /// Its heading.
    pub const HEADING: &'static str = "Informe de error (generado por Gatewise)";
    /// Field names.
    pub const URL: &'static str = "Página";
    /// When it started.
    pub const STARTED: &'static str = "Visto por primera vez";
    /// The error.
    pub const ERROR: &'static str = "Error";
    /// The vendor.
    pub const SERVER: &'static str = "Página generada por";
    /// The vendor's own error code.
    pub const VENDOR_CODE: &'static str = "Código de error del proveedor";
    /// The server's own retry time.
    pub const RETRY_AFTER: &'static str = "El servidor pide reintentar dentro de";
    /// Where that time came from.
    pub fn retry_source(source: &str) -> &'static str {
        match source {
            "retry-after" => "cabecera Retry-After",
            "refresh" => "la actualización automática de la página",
            _ => "el texto de la página",
        }
    }
    /// The reference.
    pub const REFERENCE: &'static str = "Referencia";
    /// The failing hop.
    pub const HOP: &'static str = "Salto que falla (estimación)";
    /// Attempts.
    pub const TRIED: &'static str = "Ya probado";
    /// Browser.
    pub const BROWSER: &'static str = "Navegador";
    /// Automatic retries, counted.
    pub fn retries(n: u32) -> String {
        format!(
            "{n} {}",
            plural(n, "reintento automático", "reintentos automáticos")
        )
    }
    /// The hop names.
    pub fn hop(f: crate::Fault) -> &'static str {
        match f {
            crate::Fault::Visitor => "el lado del visitante",
            crate::Fault::Network => "la red entre el visitante y el sitio",
            crate::Fault::Edge => "la CDN o el proxy que hay delante del sitio",
            crate::Fault::Origin => "el servidor propio del sitio",
            crate::Fault::Unknown => "desconocido",
        }
    }
}

/// A name for each page variant, for people ("Cloudflare's branded error
/// page"). Every variant a fingerprint names has one (a test checks).
pub fn variant_label(id: VariantId) -> Option<&'static str> {
    Some(match id {
        VariantId::CloudflarePlain => {
            "Página de error sencilla de Cloudflare (fallo del propio Cloudflare)"
        }
        VariantId::CloudflareLegacy => "Página de error antigua con la marca de Cloudflare",
        VariantId::CloudflareBranded => "Página de error con la marca de Cloudflare y su diagrama",
        VariantId::CloudfrontDefault => "Página «The request could not be satisfied» de CloudFront",
        VariantId::FastlyGuruMediation => "Página «Guru Mediation» de Fastly",
        VariantId::VarnishGuruMeditation => "Página «Guru Meditation» de Varnish",
        VariantId::AkamaiEdgeError => {
            "Página de error de la red de Akamai, con un número de referencia"
        }
        VariantId::GoogleRobot => "Página «That's an error» de Google",
        VariantId::GfeServerError => {
            "Página «Server Error» del balanceador de carga de Google Cloud"
        }
        VariantId::AzureAppgwDefault => "Página de error integrada de Azure Application Gateway",
        VariantId::AwsElbDefault => "Página de error integrada del balanceador de carga de AWS",
        VariantId::HerokuApplicationError => "Página «Application Error» de Heroku",
        VariantId::HerokuMaintenance => "Página de mantenimiento de Heroku",
        VariantId::HerokuNoSuchApp => "Página «no such app» de Heroku",
        VariantId::VercelFunctionFailed => "Página de fallo de función de Vercel",
        VariantId::VercelFunctionTimeout => "Página de tiempo agotado de función de Vercel",
        VariantId::VercelNotFound => "Página de despliegue no encontrado de Vercel",
        VariantId::GithubUnicorn => "Página del unicornio de GitHub",
        VariantId::NginxDefault => "Página de error integrada de nginx",
        VariantId::Nginx50xHtml => "Página 50x.html de serie de nginx",
        VariantId::OpenrestyDefault => "Página de error integrada de OpenResty",
        VariantId::ApacheProxyError => "Página «Proxy Error» de Apache",
        VariantId::ApacheGatewayTimeout => {
            "Página de tiempo de espera de la puerta de enlace de Apache"
        }
        VariantId::ApacheServiceUnavailable => "Página «Service Unavailable» de Apache",
        VariantId::ApacheInternalError => "Página «Internal Server Error» de Apache",
        VariantId::IisDetailed => "Página de error detallada de IIS",
        VariantId::IisCustomError => "Página de error de IIS",
        VariantId::HttpapiServiceUnavailable => {
            "Página «Service Unavailable» de HTTP.sys de Windows"
        }
        VariantId::HaproxyDefault => "Página de error integrada de HAProxy",
        VariantId::SquidErrorPage => "Página de error de Squid",
        VariantId::EnvoyLocalReply => "Respuesta «upstream connect error» de Envoy",
        VariantId::EnvoyNoHealthyUpstream => "Respuesta «no healthy upstream» de Envoy",
        VariantId::EnvoyUpstreamTimeout => "Respuesta de tiempo de espera del upstream de Envoy",
        VariantId::LighttpdDefault => "Página de error integrada de lighttpd",
        VariantId::LitespeedDefault => "Página de error integrada de LiteSpeed",
        VariantId::RedditOw => "Página «Ow!» de Reddit",
        VariantId::WikimediaError => "Página de error de Wikimedia",
        VariantId::TinyproxyDefault => "Página de error de Tinyproxy",
        VariantId::PrivoxyErrorPage => "Página de error de Privoxy",
        VariantId::TomcatErrorReport => "Informe de error de Tomcat",
        VariantId::JettyErrorPage => "Página de error de Jetty",
        VariantId::GunicornDefault => "Página «Internal Server Error» de Gunicorn",
        VariantId::Blank => "Una página en blanco con un error del servidor",
        VariantId::CustomPage => "La página de error propia del sitio",
        VariantId::NotAnError => "Una página que funciona (o que solo habla de un error)",
        VariantId::Challenge => "Una página de verificación contra bots (desafío)",
        VariantId::ClientError => "Una página 4xx: no es una caída",
        VariantId::Binary => "Un contenido que no es una página",
    })
}

#[cfg(test)]
mod tests {
    //! This language's own grammar. That it covers every text English has,
    //! translated, with the same numbers, placeholders and technical words,
    //! is checked for every language at once in `tests/words.rs`.
    use super::*;
    use crate::incident::IncidentState;

    #[test]
    fn spanish_grammar() {
        assert_eq!(duration(0), "0 segundos");
        assert_eq!(duration(1), "1 segundo");
        assert_eq!(duration(179), "3 minutos");
        assert_eq!(duration(2 * 3600 + 60), "2 horas y 1 minuto");
        assert_eq!(duration(3 * 86_400), "3 días");
        assert_eq!(ReportWords::retries(0), "0 reintentos automáticos");
        assert_eq!(ReportWords::retries(1), "1 reintento automático");
        assert_eq!(
            retry_sentence(120),
            "El propio sitio pide volver a intentarlo dentro de 2 minutos."
        );
        let t = incident_text(IncidentState::Temporary, 0, 1);
        assert!(
            t.starts_with("Falla desde hace menos de un minuto (1 intento fallido)"),
            "{t}"
        );
        let t = incident_text(IncidentState::Persistent, 150, 9);
        assert!(
            t.starts_with("Falla desde hace 2 horas y 30 minutos (9 intentos fallidos)"),
            "{t}"
        );
    }
}
