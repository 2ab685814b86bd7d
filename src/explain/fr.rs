//! French (français). The same items as [`super::en`], worded for a French
//! reader: "vous" as browsers and system documentation speak French, French
//! typography (a no-break space before `:`, `;`, `?`, `!` and inside « »),
//! keys, commands, header names and product names left as they are.
//!
//! The fault sentence and the headline open with the hop they blame ("Le
//! serveur du site...", "Cloudflare...", "Votre...", "Le réseau..."), as in
//! English.

use super::{CodeText, Labels, Os, Situation, Special, StepId, StepText};
use crate::network::NetworkFailure;
use crate::vendors::{VariantId, VendorId};

/// Labels of the card's interface.
pub const LABELS: Labels = Labels {
    retry_now: "Réessayer maintenant",
    stop: "Arrêter les tentatives",
    more: "Plus",
    less: "Moins",
    copy_report: "Copier le rapport",
    copied: "Copié",
    visitor_title: "Ce que vous pouvez faire",
    owner_title: "Si vous gérez ce site",
    whose_fault: "D'où vient la panne ?",
    you: "Vous",
    edge: "CDN ou proxy",
    origin: "Serveur du site",
    network: "Réseau",
    next_retry: "Prochain essai dans",
    attempt_of: "essai {n} sur {m}",
    offline: "En pause : en attente de votre connexion. Gatewise reprendra dès qu'elle fonctionnera de nouveau.",
    retrying: "Vérification du site…",
    back: "Le site est de retour.",
    gave_up: "Tentatives arrêtées.",
    gave_up_tries: "Tentatives arrêtées ({retries}) : le site échoue toujours. Actualisez la page pour réessayer.",
    gave_up_asked: "Le site demande d'attendre plus longtemps que Gatewise ne le fait de lui-même : actualisez la page au moment indiqué.",
    not_resent: "Cette page est le résultat d'un formulaire. Gatewise ne renvoie jamais un formulaire de lui-même.",
    resend: "Renvoyer le formulaire",
    reference: "Référence",
    written_by: "Page produite par",
    served_through: "servie via",
    working: "Fonctionne",
    failing: "En panne",
    unknown: "Inconnu",
    your_connection: "Votre connexion",
    check_status: "Juste chez moi ou pour tout le monde ?",
    checking_status: "Interrogation des pages de statut publiques…",
    check_status_note: "Interroge la page de statut publique du site et celle de son fournisseur, en ne communiquant que le domaine du site. Rien n'est demandé avant votre clic.",
    status_link_only: "{name} ne publie aucun statut lisible par Gatewise : consultez sa page de statut.",
    status_site_unknown: "{name} n'a donné aucune réponse de statut (ce site n'a peut-être pas de page de statut publique), vérifié à {at}",
    status_unknown: "Le statut de {name} n'a donné aucune réponse lisible, vérifié à {at}",
    status_said: "{name} indique : {said}, vérifié à {at}",
    status_operational: "{name} indique : tous les systèmes fonctionnent, vérifié à {at}",
    status_degraded: "{name} indique : certains services sont perturbés, vérifié à {at}",
    status_outage: "{name} indique : panne majeure, vérifié à {at}",
    status_maintenance: "{name} indique : maintenance en cours, vérifié à {at}",
    status_sum_none: "Ce site n'a aucune page de statut publique à interroger.",
    status_sum_outage: "Pas seulement chez vous : {name} signale une panne.",
    status_sum_degraded: "Sans doute pas seulement chez vous : {name} signale des problèmes.",
    status_sum_maintenance: "{name} signale une maintenance en cours.",
    status_sum_operational: "Aucune panne n'est signalée publiquement : l'échec ne concerne peut-être que ce site, ou n'apparaît pas encore sur sa page de statut.",
    status_sum_unreadable: "Aucune page de statut n'a donné de réponse lisible.",
};

/// The headline, what happened and whose fault, when the visitor's own
/// connection is the likely fault (see [`super::ConnectionCause`]).
pub fn connection(cause: super::ConnectionCause) -> (String, String, String) {
    use super::ConnectionCause::*;
    match cause {
        Offline => (
            "Votre connexion est coupée, le site n'y est pour rien".into(),
            "Votre navigateur signale qu'il n'a aucune connexion réseau : aucun site ne peut donc se charger pour le moment. Gatewise attend le retour de la connexion, puis réessaie la page.".into(),
            "Votre connexion, pas le site.".into(),
        ),
        CaptivePortal => (
            "Votre réseau vous demande d'abord de vous connecter".into(),
            "Ce réseau (le Wi-Fi d'un hôtel, d'un aéroport, d'un café ou d'un bureau) retient toutes les connexions tant que vous ne vous êtes pas connecté sur sa propre page : les sites échouent donc, ou mènent à cette page. Connectez-vous, et Gatewise réessaiera la page.".into(),
            "La page de connexion de votre réseau, pas le site.".into(),
        ),
        ManySites { sites } => (
            "Votre connexion semble en panne, le site n'y est pour rien".into(),
            format!("{sites} {} au cours de la dernière minute. Cela désigne votre propre connexion (Wi-Fi, routeur, VPN, DNS) plutôt que ce site : Gatewise attend donc le retour de la connexion au lieu de solliciter à nouveau le site.", plural(sites, "site sans rapport n'a pas pu se charger", "sites sans rapport entre eux n'ont pas pu se charger")),
            "Votre connexion, très probablement : plusieurs sites échouent en même temps.".into(),
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
    title: "Erreur du serveur",
    headline: "Le serveur du site a rencontré un problème",
    what: "Le site a répondu par une erreur qui lui est propre. Quelque chose a échoué côté serveur pendant le traitement de votre requête ; rien de ce que vous avez envoyé n'en est la cause.",
    fault: "Le côté du site. Ces erreurs ne viennent presque jamais du visiteur.",
    owner: &[
        "Consultez les journaux d'erreurs du serveur web et de l'application au moment de la panne.",
        "Vérifiez l'état du serveur : processeur, mémoire, espace disque, pool de processus de travail.",
    ],
};

/// A bot check, never an outage.
pub const CHALLENGE: CodeText = CodeText {
    code: 0,
    title: "Vérification de sécurité",
    headline: "Le site vérifie que vous êtes bien une personne",
    what: "Il s'agit d'une vérification de sécurité menée par le service de protection du site, pas d'une panne. Elle passe généralement d'elle-même en quelques secondes, ou vous demande de cocher une case.",
    fault: "Personne : le site fonctionne. Gatewise ne relance jamais de lui-même une vérification de ce genre.",
    owner: &["Si de vrais visiteurs voient cette page sans arrêt, revoyez le niveau de sécurité et les règles de pare-feu de votre service de protection."],
};

/// A page that works, or a 4xx.
pub const NOT_AN_ERROR: CodeText = CodeText {
    code: 0,
    title: "Pas de panne",
    headline: "Cette page n'est pas une panne du serveur",
    what: "Le site a répondu. Si la page parle d'une erreur, elle la décrit, elle ne la subit pas.",
    fault: "Personne : le serveur fonctionne.",
    owner: &[],
};

/// A 4xx answer other than 429.
pub const CLIENT_ERROR: CodeText = CodeText {
    code: 0,
    title: "Requête refusée",
    headline: "Le site fonctionne, mais il a refusé cette page ou ne la trouve pas",
    what: "Une réponse 4xx signifie que le serveur fonctionne et qu'il a tranché sur cette requête précise : la page n'existe pas, exige une connexion, ou la requête a été refusée. Attendre n'y changera rien.",
    fault: "Pas de panne. Vérifiez l'adresse, ou les liens du site.",
    owner: &["Si la page devrait exister, vérifiez les déplacements et redirections récents, ainsi que vos règles d'accès."],
};

/// 429: a rate limit. Waiting is the fix.
pub const TOO_MANY_REQUESTS: CodeText = CodeText {
    code: 429,
    title: "429 Too Many Requests",
    headline: "Le site limite la fréquence de vos requêtes",
    what: "Le site fonctionne, mais il compte les requêtes qui viennent de vous (en général par votre adresse IP) et vous avez dépassé sa limite pour l'instant. La limite se lève d'elle-même au bout d'un moment ; chaque actualisation d'ici là compte comme une requête de plus.",
    fault: "Pas de panne : c'est la limite du site lui-même. D'autres personnes derrière la même adresse (un VPN, un bureau, un opérateur mobile) peuvent compter dans ce total.",
    owner: &[
        "Si de vrais visiteurs atteignent la limite, relevez-la, ou comptez selon un critère plus fin que l'adresse IP : un VPN ou un opérateur mobile place de nombreuses personnes derrière une seule adresse.",
        "Envoyez Retry-After avec chaque 429 pour que les navigateurs et les outils sachent quand revenir.",
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
    t(500, "500 Internal Server Error", "Le serveur du site a échoué sur cette requête",
      "Quelque chose a échoué sur le serveur du site pendant le traitement de votre requête. Le plus souvent, c'est l'application (un bug, une extension ou un thème défectueux, une limite de ressources), mais le serveur web envoie aussi un 500 de lui-même, par exemple pour une erreur de syntaxe dans .htaccess ou une boucle dans ses propres règles de réécriture.",
      "Le serveur du site ou son application. Vous n'avez rien fait de mal.",
      &["Ouvrez le journal d'erreurs de l'application au moment de la panne : la trace d'appels (stack trace) ou l'erreur fatale en donne la cause.",
        "Si l'application n'a rien journalisé, lisez le journal d'erreurs du serveur web : Apache y signale un .htaccess défectueux (« Invalid command ») et les boucles de réécriture (« Request exceeded the limit of 10 internal redirects »).",
        "Annulez le dernier déploiement, la dernière mise à jour d'extension ou le dernier changement de configuration, et voyez si l'erreur disparaît.",
        "Vérifiez les limites de mémoire (memory_limit de PHP, WP_MEMORY_LIMIT, limites du conteneur) et l'espace disque."]),
    t(501, "501 Not Implemented", "Le serveur du site ne prend pas en charge ce qui a été demandé",
      "Le serveur n'implémente pas la méthode ou la fonctionnalité utilisée par cette requête. C'est une question de configuration du site, et attendre n'y changera rien.",
      "La configuration du site.",
      &["Vérifiez quelles méthodes votre serveur et votre proxy autorisent pour cette URL ; un proxy peut rejeter les méthodes qu'il ne connaît pas."]),
    t(502, "502 Bad Gateway", "Le serveur du site a donné une mauvaise réponse à sa passerelle, ou aucune",
      "Une passerelle (un proxy, un répartiteur de charge ou un CDN placé devant le site) a transmis votre requête au serveur situé derrière elle, et a reçu une réponse défectueuse ou aucune réponse. Ce serveur a peut-être planté, redémarré, refusé la connexion ou épuisé ses processus de travail, ou bien la passerelle pointe au mauvais endroit.",
      "Le serveur du site derrière la passerelle, dans la plupart des cas. Un redémarrage ou un pic de charge passe en quelques minutes ; un mauvais réglage dure jusqu'à ce que quelqu'un le corrige.",
      &["Vérifiez que le serveur d'applications tourne (PHP-FPM, gunicorn, uWSGI, Node, le serveur Java) et redémarrez-le si ce n'est pas le cas.",
        "Lisez le journal d'erreurs du proxy pour connaître la cause exacte : « connect() failed (111: Connection refused) », « No such file or directory » pour un socket, « upstream prematurely closed connection ».",
        "Vérifiez que le proxy pointe au bon endroit : fastcgi_pass ou proxy_pass de nginx, ProxyPass d'Apache, par rapport à l'adresse ou au socket sur lequel l'application écoute.",
        "Vérifiez la mémoire et le pool de processus : un serveur à court de mémoire ou dont tous les processus sont occupés coupe des connexions."]),
    t(503, "503 Service Unavailable", "Le serveur du site n'accepte pas de requêtes pour le moment",
      "Le serveur fonctionne mais a refusé votre requête : il est peut-être en maintenance planifiée, surchargé, sans aucun backend en bonne santé vers lequel vous envoyer, ou il limite le nombre de requêtes autorisées par adresse. Il indique parfois quand revenir.",
      "Le serveur du site : occupé, en maintenance ou en train de limiter les requêtes. Une limite peut compter le trafic d'autres personnes comme le vôtre : nginx répond à sa limitation de débit par un 503 sauf indication contraire, si bien qu'une adresse partagée de VPN ou d'opérateur mobile peut la déclencher.",
      &["S'il s'agit d'une maintenance planifiée, envoyez un en-tête Retry-After et une page qui indique quand vous comptez être de retour.",
        "Vérifiez l'état des backends vu par le répartiteur de charge ou le proxy : un 503 signifie souvent qu'aucun n'est disponible pour traiter la requête.",
        "Les limites de nginx (limit_req, limit_conn) répondent 503 par défaut : définissez limit_req_status 429 et limit_conn_status 429 pour qu'une limite ne soit pas prise pour une panne.",
        "Vérifiez la capacité : taille du pool de processus, limites de connexions, processeur et mémoire ; ajoutez des serveurs si la charge est réelle."]),
    t(504, "504 Gateway Timeout", "Le serveur du site a mis trop de temps à répondre",
      "Une passerelle placée devant le site a attendu le serveur situé derrière elle, et a abandonné avant d'obtenir une réponse. Le serveur fonctionne probablement, mais lentement : une longue requête en base de données, un appel bloqué vers un autre service, ou trop de charge.",
      "Le serveur du site derrière la passerelle, trop lent en ce moment.",
      &["Repérez les requêtes lentes : le journal des requêtes lentes, les traces de l'application, les appels à des API externes sans délai d'expiration.",
        "Alignez les délais d'expiration tout au long de la chaîne (proxy_read_timeout ou fastcgi_read_timeout de nginx, request_terminate_timeout de PHP-FPM, max_execution_time) : la passerelle doit attendre un peu plus longtemps que l'application.",
        "Déplacez les traitements longs (exports, imports, rapports) dans une tâche de fond plutôt que dans la requête."]),
    t(505, "505 HTTP Version Not Supported", "Le serveur du site a refusé la version HTTP utilisée",
      "Le serveur ne prend pas en charge la version de HTTP utilisée par la requête. C'est une incohérence de configuration côté site, généralement entre un proxy et le serveur situé derrière lui.",
      "La configuration du site.",
      &["Vérifiez les versions de HTTP activées à chaque étape (HTTP/1.1, HTTP/2, HTTP/3) et celle que le proxy utilise pour parler au backend."]),
    t(506, "506 Variant Also Negotiates", "La négociation de contenu du site est mal configurée",
      "Le serveur est configuré pour choisir entre plusieurs versions de la page, et ses règles renvoient à elles-mêmes. C'est une erreur de configuration du site.",
      "La configuration du site.",
      &["Passez en revue la configuration de la négociation de contenu (pour Apache, MultiViews et les type maps) à la recherche d'une variante qui négocie à nouveau."]),
    t(507, "507 Insufficient Storage", "Le serveur du site n'a plus d'espace de stockage",
      "Le serveur n'a pas pu enregistrer ce dont il avait besoin pour terminer la requête : son disque ou son quota est plein.",
      "Le serveur du site.",
      &["Libérez de l'espace disque ou augmentez le quota ; vérifiez la rotation des journaux et les fichiers temporaires, qui remplissent les disques sans bruit."]),
    t(508, "508 Loop Detected", "Le serveur du site s'est arrêté sur une boucle ou une limite de ressources",
      "Dans la norme, 508 est la réponse de WebDAV quand une requête parcourrait sans fin une boucle de liaisons (RFC 5842). La plupart des 508 rencontrés sur le web sont autre chose : les hébergements mutualisés l'envoient avec une page « Resource Limit Is Reached » quand le compte du site a épuisé les processus ou le temps processeur qui lui sont alloués. (Une boucle de redirections n'est pas un 508 : les navigateurs la signalent comme un excès de redirections.)",
      "Les limites de l'hébergement du site, ou sa configuration WebDAV.",
      &["Sur un hébergement mutualisé, consultez l'utilisation des ressources du compte (processus d'entrée, processeur, mémoire) dans le panneau de contrôle : « Resource Limit Is Reached » signifie qu'une limite a été atteinte ; trouvez ce qui la consomme ou passez à une offre supérieure.",
        "Avec WebDAV, cherchez des liaisons ou des collections qui se contiennent elles-mêmes."]),
    t(509, "509 Bandwidth Limit Exceeded", "L'offre d'hébergement du site a épuisé sa bande passante",
      "Ce code non officiel est envoyé par certains panneaux de contrôle d'hébergement quand un site a consommé tout le trafic que son offre autorise pour le moment.",
      "L'offre d'hébergement du site.",
      &["Vérifiez la consommation et les limites de bande passante du compte d'hébergement ; passez à une offre supérieure ou placez un cache ou un CDN devant le site."]),
    t(510, "510 Not Extended", "Le serveur du site exige une extension que la requête n'a pas utilisée",
      "Le serveur exige une extension HTTP que la requête ne comportait pas. C'est rare, et cela relève de la configuration du site.",
      "La configuration du site.",
      &["Vérifiez quelle extension la politique du serveur exige, et si elle doit vraiment l'être pour cette URL."]),
    t(511, "511 Network Authentication Required", "Votre réseau vous demande de vous connecter",
      "Le réseau que vous utilisez (le Wi-Fi d'un hôtel, d'un aéroport, d'un café ou d'un bureau) retient votre connexion tant que vous ne vous êtes pas identifié sur sa propre page. Le site lui-même fonctionne probablement.",
      "La page de connexion de votre réseau, pas le site.",
      &["Un 511 vient d'un réseau situé entre le visiteur et vous, pas de votre site : rien à changer sur le site."]),
    t(520, "520 Web Server Returned an Unknown Error", "Le serveur du site a envoyé à Cloudflare une réponse inutilisable",
      "Cloudflare a joint le serveur du site lui-même, mais la réponse était vide, mal formée ou tronquée, ou la connexion a été réinitialisée.",
      "Le serveur du site derrière Cloudflare.",
      &["Cherchez des plantages dans les journaux d'erreurs de l'origine aux heures des 520.",
        "Cherchez des en-têtes de réponse trop volumineux (beaucoup de cookies) et une origine qui ferme les connexions trop tôt.",
        "Assurez-vous que l'origine ne bloque pas et ne limite pas les plages d'adresses IP de Cloudflare."]),
    t(521, "521 Web Server Is Down", "Le serveur du site a refusé la connexion de Cloudflare",
      "Cloudflare a tenté de se connecter au serveur du site lui-même, et le serveur a refusé : le serveur web est arrêté, ou un pare-feu bloque Cloudflare.",
      "Le serveur du site derrière Cloudflare.",
      &["Vérifiez que le serveur web tourne et écoute sur le port utilisé par Cloudflare (80 ou 443).",
        "Autorisez les plages d'adresses IP de Cloudflare dans le pare-feu, iptables, fail2ban et les réglages de sécurité de l'hébergeur."]),
    t(522, "522 Connection Timed Out", "Le serveur du site n'a pas répondu à temps à Cloudflare",
      "Cloudflare a tenté de joindre le serveur du site lui-même et le délai a expiré, de l'une de ces deux façons : le serveur n'a jamais accepté la connexion (aucun SYN+ACK en 19 secondes), ou il l'a acceptée mais n'a jamais accusé réception de la requête de Cloudflare (aucun ACK en 90 secondes). Le serveur est surchargé, hors ligne, ou il rejette les paquets de Cloudflare.",
      "Le serveur du site derrière Cloudflare.",
      &["Vérifiez que l'origine est en ligne et n'est pas surchargée.",
        "Autorisez les plages d'adresses IP de Cloudflare ; un pare-feu qui les rejette silencieusement produit exactement ce résultat.",
        "Vérifiez que l'enregistrement DNS dans Cloudflare pointe vers la bonne adresse d'origine."]),
    t(523, "523 Origin Is Unreachable", "Le serveur du site est injoignable depuis Cloudflare",
      "Cloudflare n'a trouvé aucune route vers le serveur du site lui-même. L'adresse indiquée dans ses réglages est peut-être fausse, ou le réseau situé devant le serveur est en panne.",
      "Le serveur du site ou son adresse chez Cloudflare.",
      &["Vérifiez les enregistrements A/AAAA dans les réglages DNS de Cloudflare : après un déménagement, ils pointent souvent encore vers l'ancienne adresse.",
        "Demandez à l'hébergeur s'il y a un problème de routage vers le serveur."]),
    t(524, "524 A Timeout Occurred", "Le serveur du site a mis trop de temps à répondre à Cloudflare",
      "Cloudflare s'est connecté au serveur du site lui-même, mais aucune réponse n'est arrivée avant la limite de temps de Cloudflare (100 secondes par défaut).",
      "Le serveur du site derrière Cloudflare, trop lent.",
      &["Trouvez la requête lente dans les journaux de l'origine ; les longs rapports et les imports ont leur place dans une tâche de fond.",
        "Vérifiez la charge de l'origine et les performances de la base de données aux heures des 524."]),
    t(525, "525 SSL Handshake Failed", "Le serveur du site a échoué à la négociation sécurisée avec Cloudflare",
      "Cloudflare a tenté de communiquer avec le serveur du site lui-même en HTTPS, et la négociation TLS a échoué.",
      "La configuration TLS du site.",
      &["Vérifiez que l'origine accepte HTTPS sur le port 443 avec SNI, et partage au moins une suite de chiffrement avec Cloudflare.",
        "Vérifiez le mode SSL/TLS : Full et Full (strict) exigent un certificat valide sur l'origine ; passer en Flexible ne fait que masquer le problème."]),
    t(526, "526 Invalid SSL Certificate", "Le serveur du site a un certificat que Cloudflare n'accepte pas",
      "Cloudflare est configuré pour vérifier le certificat du site lui-même (le mode Full (strict)), et ce certificat est expiré, autosigné ou émis pour un autre nom.",
      "Le certificat du site.",
      &["Renouvelez ou remplacez le certificat de l'origine ; un certificat Cloudflare Origin CA convient pour Full (strict).",
        "Vérifiez que le certificat couvre exactement le nom d'hôte et que la chaîne est complète."]),
    t(527, "527 Railgun Error", "La liaison Railgun du site avec Cloudflare a échoué",
      "La connexion entre Cloudflare et le listener Railgun du site a échoué. Railgun est un produit abandonné : cela indique une ancienne configuration.",
      "La configuration du site derrière Cloudflare.",
      &["Vérifiez le listener Railgun et ses journaux, ou retirez Railgun de la configuration."]),
    t(530, "530 Origin Error", "Le serveur du site a répondu par une erreur non officielle",
      "530 n'est pas un code HTTP standard. Cloudflare l'utilise, avec un numéro d'erreur qui lui est propre sur la page ; cette page ne ressemble pas à celle de Cloudflare, donc le code vient du serveur du site lui-même ou de son hébergeur, qui lui donnent leur propre sens (souvent un site gelé ou suspendu par l'hébergeur).",
      "Le serveur du site ou son hébergement.",
      &["Trouvez dans les journaux quelle étape a envoyé le 530 (le serveur web, un panneau d'hébergement, une application) ; ce n'est pas un code standard, son sens est donc propre à ce logiciel."]),
    t(598, "598 Network Read Timeout", "Le serveur du site a cessé de répondre à temps à un proxy",
      "Certains proxys envoient ce code non officiel quand le serveur situé derrière eux a cessé d'envoyer des données avant la fin de la réponse.",
      "Le serveur du site ou le réseau derrière le proxy.",
      &["Vérifiez les temps de réponse de l'origine et le délai de lecture du proxy."]),
    t(599, "599 Network Connect Timeout", "Le serveur du site n'a pas pu être joint à temps par un proxy",
      "Certains proxys envoient ce code non officiel quand ils n'ont pas pu ouvrir de connexion vers le serveur situé derrière eux avant leur limite de temps.",
      "Le serveur du site ou le réseau derrière le proxy.",
      &["Vérifiez que l'origine fonctionne et qu'elle est joignable depuis le proxy ; vérifiez les pare-feu entre les deux."]),
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
    special(&[VendorId::Cloudflare], None, None, Some("1101"), false, t(0, "", "Cloudflare n'a pas pu exécuter le Worker du site (erreur Cloudflare 1101)",
      "Le site exécute une partie de son code sur les serveurs de Cloudflare (un Worker), et ce code a levé une exception pendant le traitement de votre requête. Cloudflare a répondu par son erreur 1101 : la panne s'est produite en périphérie, chez Cloudflare, avant que quoi que ce soit n'atteigne le serveur du site lui-même.",
      "La périphérie de Cloudflare, dans le code du Worker que le site y fait tourner ; pas vous. Actualiser n'aide que si l'erreur dépend du moment.",
      &["Erreur Cloudflare 1101 : ouvrez les journaux du Worker (Workers Logs dans le tableau de bord, ou wrangler tail) et trouvez l'exception levée pour ce Ray ID.",
        "Interceptez les erreurs dans le gestionnaire fetch du Worker et renvoyez votre propre réponse, ou appelez ctx.passThroughOnException() pour qu'un Worker en échec se rabatte sur l'origine."])),
    special(&[VendorId::Cloudflare], None, None, Some("1102"), false, t(0, "", "Cloudflare a arrêté le Worker du site (erreur Cloudflare 1102)",
      "Le site exécute une partie de son code sur les serveurs de Cloudflare (un Worker), et ce code a dépassé sa limite de temps processeur ou de mémoire pendant le traitement de votre requête. Cloudflare l'a arrêté et a répondu par son erreur 1102, avant que quoi que ce soit n'atteigne le serveur du site lui-même.",
      "La périphérie de Cloudflare, dans le code du Worker que le site y fait tourner ; pas vous.",
      &["Erreur Cloudflare 1102 : le Worker a dépassé sa limite de temps processeur ou de mémoire ; trouvez la requête coûteuse dans les journaux du Worker et allégez-la, ou relevez la limite avec une offre payante."])),
    special(&[VendorId::Cloudflare], None, Some(530), None, true, t(530, "530 Origin Error", "Les réglages du site chez Cloudflare l'empêchent d'être servi",
      "Cloudflare a répondu 530 avec une erreur qui lui est propre (un numéro 1xxx sur la page), le plus souvent parce que les enregistrements DNS, l'adresse d'origine ou le tunnel du site chez Cloudflare sont erronés.",
      "La configuration du site chez Cloudflare.",
      &["Cherchez le code 1xxx affiché sur la page dans la documentation de Cloudflare ; 1016 signifie que Cloudflare n'a pas pu résoudre le nom de l'origine, 1033 que le Cloudflare Tunnel du site n'est pas connecté.",
        "Vérifiez les enregistrements DNS et les tunnels du site dans le tableau de bord Cloudflare."])),
    special(&[VendorId::Heroku], Some(VariantId::HerokuApplicationError), None, None, true, t(0, "", "L'application du site sur Heroku a échoué",
      "Le routeur de Heroku n'a pas obtenu de réponse de l'application du site. La cause la plus fréquente est un plantage de l'application (l'erreur H10 de Heroku) ; une requête qui a dépassé 30 secondes (H12) ou une application sans aucun dyno web en marche (H14) affichent la même page.",
      "L'application du site sur Heroku ; pas vous, et ni une surcharge ni une maintenance.",
      &["Heroku : lancez heroku ps pour voir si les dynos web ont planté ou sont absents, corrigez le plantage indiqué par le journal, puis lancez heroku ps:restart."])),
    special(&[VendorId::Heroku], Some(VariantId::HerokuMaintenance), None, None, false, t(0, "", "L'application du site sur Heroku est en mode maintenance",
      "Le propriétaire du site a activé le mode maintenance de Heroku : Heroku répond donc à chaque requête par cette page jusqu'à ce qu'il soit désactivé.",
      "Le propriétaire du site, volontairement ; pas vous.",
      &["Heroku : lancez heroku maintenance:off une fois le travail terminé."])),
    special(&[VendorId::AwsElb], None, Some(503), None, true, t(0, "", "Le répartiteur de charge du site n'avait aucun serveur vers lequel vous envoyer",
      "Le répartiteur de charge AWS du site fonctionne, mais son groupe cible n'a aucun serveur enregistré auquel transmettre votre requête (ou aucun dans une zone qu'il dessert). Quand les serveurs sont seulement en mauvaise santé, il leur envoie quand même du trafic ; cette réponse signifie qu'il n'y en a aucun.",
      "La configuration du site derrière son répartiteur de charge AWS : aucun serveur n'est enregistré pour recevoir les requêtes.",
      &["503 du répartiteur de charge AWS : le groupe cible n'a aucune cible enregistrée, ou aucune dans une zone de disponibilité activée. Enregistrez-les, ou vérifiez le groupe Auto Scaling ou le déploiement qui devrait le faire ; quand toutes les cibles sont en mauvaise santé, un ALB bascule en mode ouvert (fail open) et continue de leur envoyer du trafic, ce n'est donc pas un échec des contrôles de santé."])),
    // A proxy or CDN whose 503 page says its backend failed: no rate limit here.
    special(&[VendorId::Varnish, VendorId::Fastly, VendorId::Squid, VendorId::Envoy, VendorId::Haproxy, VendorId::Akamai, VendorId::Cloudfront, VendorId::GoogleCloudLb, VendorId::AzureAppGateway, VendorId::Traefik, VendorId::Nghttpx, VendorId::H2o, VendorId::Privoxy, VendorId::Trafficserver], None, Some(503), None, true, t(0, "", "Le serveur du site derrière son proxy n'a pas pu traiter la requête",
      "Le proxy ou le CDN placé devant le site a répondu à sa place : il n'avait derrière lui aucun serveur en état de recevoir votre requête. Aucun n'était en marche, tous échouaient à leurs contrôles de santé, ou la connexion vers eux a échoué.",
      "Le serveur du site derrière le proxy ou le CDN ; pas vous.",
      &["Vérifiez les serveurs vers lesquels le proxy envoie : tournent-ils, passent-ils ses contrôles de santé, le proxy peut-il les joindre (adresse, port, pare-feu) ?",
        "Vérifiez la capacité : taille du pool de processus, limites de connexions, processeur et mémoire ; ajoutez des serveurs si la charge est réelle."])),
    special(&[VendorId::MicrosoftHttpapi], None, Some(503), None, true, t(0, "", "Le serveur Windows du site a refusé la requête avant qu'une application ne la voie",
      "La couche HTTP de Windows elle-même (HTTP.sys) a répondu à la place de l'application du site : le pool d'applications est peut-être arrêté, sa file d'attente de requêtes pleine, une limite de connexions atteinte, ou l'adresse appartient à un service qui n'est pas du tout IIS.",
      "Le serveur Windows du site ; pas vous.",
      &[])),
];

/// The words for a failure of the CDN or proxy itself, named `edge`:
/// headline, what happened, whose fault.
pub fn edge_failure(edge: &str) -> (String, String, String) {
    (
        format!("{edge} a échoué de son propre côté"),
        format!("{edge}, le service placé devant le site, a lui-même échoué : il n'a pas pu terminer votre requête, si bien que le serveur du site situé derrière lui n'a probablement jamais été sollicité. Ces pannes sont souvent brèves, et limitées à l'un des points de présence de {edge}."),
        format!("{edge}, devant le site ; pas vous, et probablement pas le serveur du site lui-même."),
    )
}

/// Owner items when the CDN or proxy in front failed on its own side.
pub fn edge_owner(vendor: Option<VendorId>) -> &'static [&'static str] {
    match vendor {
        Some(VendorId::Cloudflare) => &["Cette erreur vient de Cloudflare, pas de votre origine : consultez cloudflarestatus.com pour voir s'il y a un incident, et envoyez au support de Cloudflare le Ray ID et l'heure si elle persiste."],
        _ => &["Le service placé devant le site a échoué de son propre côté : consultez sa page d'état, et envoyez à son support la référence et l'heure si la panne persiste."],
    }
}

/// A time the server asked for, in words. Rounded up, never down: "179
/// seconds" is "3 minutes", never "2".
pub fn duration(seconds: u64) -> String {
    // French: the singular for 0 and 1 ("0 seconde", "1 minute").
    let plural = |n: u64, one: &str, many: &str| {
        if n <= 1 {
            format!("{n} {one}")
        } else {
            format!("{n} {many}")
        }
    };
    match seconds {
        60 => "1 minute".into(),
        0..=119 => plural(seconds, "seconde", "secondes"),
        s if s < 2 * 3600 => plural(s.div_ceil(60), "minute", "minutes"),
        s if s < 2 * 86_400 => {
            let m = s.div_ceil(60);
            match m % 60 {
                0 => plural(m / 60, "heure", "heures"),
                r => format!(
                    "{} et {}",
                    plural(m / 60, "heure", "heures"),
                    plural(r, "minute", "minutes")
                ),
            }
        }
        s => plural(s.div_ceil(86_400), "jour", "jours"),
    }
}

/// The fault sentence of a 503 that says when to come back: a planned or
/// announced pause, not a rate limit.
pub const FAULT_503_TIMED: &str = "Le serveur du site, indisponible pour le moment ; pas vous.";

/// The sentence added to the fault when the server said when to come back.
pub fn retry_sentence(seconds: u64) -> String {
    format!(
        "Le site lui-même demande de réessayer dans {}.",
        duration(seconds)
    )
}

/// "Cloudflare error 1101", for the report.
pub fn vendor_code_text(vendor_name: &str, code: &str) -> String {
    format!("Erreur {vendor_name} {code}")
}

const NETWORK: [CodeText; 16] = [
    t(0, "Site introuvable", "La résolution du nom de ce site a échoué",
      "Votre navigateur a demandé au DNS (l'annuaire des noms d'Internet) l'adresse de ce site et n'en a obtenu aucune. Soit la réponse a été « ce nom n'existe pas » (NXDOMAIN : le nom est mal saisi, n'existe pas, ou son domaine a expiré ou perdu ses enregistrements), soit la résolution elle-même a échoué parce qu'un serveur DNS n'a pas répondu.",
      "La résolution du nom (DNS) : soit le résolveur DNS de votre connexion, soit le domaine du site. Les étapes ci-dessous permettent de savoir lequel.",
      &["Vérifiez que les enregistrements du domaine existent et pointent vers la bonne adresse, que le domaine n'a pas expiré, et que ses serveurs de noms répondent.",
        "Une réponse « ce nom n'existe pas » est elle aussi mise en cache (cache négatif, pendant la durée fixée par l'enregistrement SOA de la zone) : les résolveurs qui ont posé la question avant une correction continuent d'échouer jusqu'à son expiration ; de même, des enregistrements modifiés persistent jusqu'à la fin de leur TTL."]),
    t(0, "Connexion refusée", "Le serveur du site a refusé la connexion",
      "Votre navigateur a atteint la machine du site, mais rien n'y a accepté la connexion : le serveur web ne tourne pas, ou un pare-feu l'a rejetée.",
      "Le serveur du site, à moins qu'un pare-feu ou un proxy de votre côté ne la bloque.",
      &["Vérifiez que le serveur web tourne et écoute sur les ports 80 et 443.",
        "Vérifiez les règles du pare-feu placé devant le serveur."]),
    t(0, "Connexion réinitialisée", "La connexion au site a été coupée",
      "La connexion s'est ouverte puis a été coupée avant l'arrivée de la page. Le serveur du site a peut-être planté au milieu de sa réponse, ou quelque chose sur le trajet (un pare-feu, un proxy, un VPN) l'a coupée.",
      "Le réseau entre vous et le site, ou le serveur du site.",
      &["Cherchez des plantages ou des redémarrages du serveur web à ce moment-là, ainsi qu'un pare-feu ou une protection anti-DDoS qui réinitialise les connexions."]),
    t(0, "Délai dépassé", "Le délai de connexion au site a expiré",
      "Votre navigateur a attendu le site sans obtenir de réponse à temps. Le serveur est peut-être en panne ou surchargé, ou quelque chose sur le trajet rejette le trafic.",
      "Le réseau sur le trajet, ou le serveur du site.",
      &["Vérifiez que le serveur fonctionne et qu'il est joignable depuis l'extérieur, et que le pare-feu ne rejette pas silencieusement les connexions."]),
    t(0, "Réponse vide", "Le serveur du site a fermé la connexion sans répondre",
      "Le serveur du site a accepté la connexion puis l'a fermée sans rien renvoyer : il a probablement planté ou redémarré pendant le traitement de la requête.",
      "Le serveur du site.",
      &["Cherchez des plantages, des redémarrages ou des arrêts pour manque de mémoire du serveur web ou de l'application à ce moment-là."]),
    t(0, "Aucune connexion", "Votre appareil est hors ligne",
      "Votre navigateur signale qu'il n'a aucune connexion Internet : aucun site ne peut donc se charger pour le moment.",
      "Votre connexion, pas le site.",
      &[]),
    t(0, "Échec de la connexion sécurisée", "Impossible d'établir une connexion sécurisée avec le site",
      "Votre navigateur et le site n'ont pas réussi à s'entendre sur la façon de sécuriser la connexion : c'est une erreur de protocole ou de chiffrement TLS, pas un problème de certificat. Le plus souvent, un intermédiaire s'en mêle : un antivirus qui analyse le HTTPS, un proxy, un VPN ou un réseau filtré. Un navigateur ou un système ancien, ou un site qui ne propose que des protocoles obsolètes, produit la même erreur.",
      "Impossible à dire d'ici : un logiciel ou un réseau de votre côté qui intercepte les connexions sécurisées, un système obsolète, ou la configuration TLS du site.",
      &["Testez le site avec un outil de vérification SSL : protocoles (TLS 1.2 et 1.3), suites de chiffrement et chaîne de certificats ; vérifiez que le port 443 parle TLS, et non HTTP en clair."]),
    // The kinds below came with the full lists of browser errors (issue 11).
    t(0, "Site inaccessible", "Le réseau n'a pas pu atteindre le serveur du site",
      "Votre navigateur avait l'adresse du site, mais n'a trouvé aucun chemin jusqu'à lui : aucune route n'y menait, ou un pare-feu sur le trajet a interdit la connexion. Le serveur du site est peut-être coupé du réseau, ou un réseau entre vous et lui est en panne.",
      "Le réseau sur le trajet, ou le serveur du site coupé du réseau.",
      &["Vérifiez que le serveur fonctionne et que les enregistrements A et AAAA du nom contiennent les adresses sur lesquelles il répond réellement : un enregistrement IPv6 pour un serveur qui n'écoute plus en IPv6 provoque cette erreur.",
        "Vérifiez le pare-feu et le routage placés devant le serveur."]),
    t(0, "Connexion modifiée", "Votre connexion a changé pendant le chargement de la page",
      "Votre appareil a changé de réseau en plein chargement (passage du Wi-Fi aux données mobiles, VPN activé ou désactivé, sortie de veille), et le navigateur a abandonné la requête en cours. Actualiser la page avec la nouvelle connexion fonctionne généralement.",
      "Votre connexion, un court instant : pas le site.",
      &[]),
    t(0, "Erreur de certificat", "Le navigateur ne peut pas faire confiance au certificat de cette connexion",
      "Votre navigateur s'est arrêté avant de communiquer avec le site, car le certificat présenté n'est pas digne de confiance pour ce nom : expiré ou pas encore valide, établi pour un autre nom, signé par une autorité que le navigateur ne connaît pas, ou révoqué. C'est souvent une erreur du site, mais la même erreur apparaît quand l'horloge de votre appareil est déréglée, quand une page de connexion Wi-Fi ou un logiciel de sécurité s'interpose dans la connexion, ou quand quelqu'un l'intercepte. Ne demandez pas au navigateur de continuer malgré tout sur un site où vous vous connectez ou payez.",
      "Impossible à dire d'ici : le plus souvent le certificat du site (expiré, mauvais nom, certificat intermédiaire manquant) ; parfois votre horloge, votre réseau ou un logiciel qui inspecte le trafic sécurisé. Attendre ne change rien à un certificat : Gatewise ne réessaie donc pas.",
      &["Vérifiez le certificat avec un outil de vérification SSL : ses dates, les noms qu'il couvre, et que le serveur envoie toute la chaîne (certificats intermédiaires compris).",
        "Vérifiez que le renouvellement automatique a bien eu lieu (certbot, celui de votre hébergeur ou de votre CDN) et que le serveur web a été rechargé ensuite."]),
    t(0, "Certificat personnel requis", "Votre propre certificat est nécessaire pour ouvrir ce site",
      "Ce site n'accepte que les visiteurs qui présentent leur propre certificat (issu d'une carte à puce, de leur employeur ou d'une administration) lors de l'établissement de la connexion sécurisée, et aucun n'a été envoyé, ou celui qui l'a été a été refusé.",
      "Votre côté : le certificat que le site vous demande. Gatewise ne réessaie pas dans ce cas.",
      &["Si les visiteurs ne devraient pas avoir besoin de certificat, vérifiez le réglage des certificats clients du serveur (nginx ssl_verify_client, Apache SSLVerifyClient).",
        "Vérifiez que les autorités que vous acceptez pour les certificats clients sont bien celles dont proviennent les certificats de vos visiteurs."]),
    t(0, "Réponse invalide", "La réponse du site enfreint les règles de HTTP",
      "Votre navigateur s'est connecté et a reçu une réponse inutilisable : mal formée, tronquée, mal compressée, ou un flux HTTP/2 ou HTTP/3 (QUIC) qui a échoué. C'est généralement le serveur du site, son CDN ou un proxy intermédiaire ; de temps en temps, un logiciel de sécurité ou un proxy de votre côté qui réécrit le trafic.",
      "Le serveur du site ou le service placé devant lui, très probablement.",
      &["Cherchez dans les journaux du serveur web et du proxy des réinitialisations de flux HTTP/2, des réponses tronquées et des serveurs upstream qui ont fermé la connexion trop tôt.",
        "Vérifiez que Content-Length et Content-Encoding correspondent au corps réellement envoyé (un corps compressé deux fois, une longueur modifiée par un proxy).",
        "Si les erreurs ne surviennent qu'avec HTTP/2 ou HTTP/3, comparez en désactivant ces protocoles, et vérifiez les limites de taille des en-têtes et les délais d'attente du proxy."]),
    t(0, "Échec du proxy", "Votre proxy est en panne : le navigateur n'a pas pu passer par lui",
      "Votre navigateur est configuré pour accéder au web via un proxy (par vous, votre employeur ou votre établissement scolaire, ou par un script de proxy), et ce proxy était injoignable, a demandé une identification qui a échoué, ou a refusé de transmettre la requête. Le site lui-même n'a jamais été atteint.",
      "Le proxy de votre réseau, pas le site.",
      &[]),
    t(0, "Boucle de redirection", "Les redirections du site tournent en boucle",
      "Le site a redirigé votre navigateur d'une adresse à l'autre tant de fois, ou vers une adresse que le navigateur refuse de suivre, que celui-ci a abandonné. Le plus souvent, deux réglages du site se contredisent (HTTP et HTTPS, avec et sans www) ; de temps en temps, un ancien cookie entretient une boucle de connexion.",
      "La configuration du site, le plus souvent ; de temps en temps, un ancien cookie chez vous. Gatewise ne réessaie pas dans ce cas.",
      &["Suivez les redirections avec curl -sIL et repérez où la boucle se referme.",
        "Vérifiez que l'application, le serveur web et le CDN sont d'accord sur HTTPS et sur le nom d'hôte : un CDN en mode TLS flexible envoie du HTTP à un serveur qui redirige vers HTTPS, indéfiniment."]),
    t(0, "Adresse refusée", "Le navigateur refuse d'ouvrir cette adresse",
      "Le navigateur refuse de charger cette adresse : elle est mal formée, utilise un schéma qu'il ne connaît pas, ou un port réservé à d'autres services (la messagerie, par exemple) que les navigateurs bloquent pour les protéger.",
      "L'adresse, pas le serveur du site. Gatewise ne réessaie pas dans ce cas.",
      &["Si vos propres liens mènent ici, servez le site sur les ports habituels (80 et 443) et corrigez les liens."]),
    t(0, "Erreur réseau", "La page n'a pas pu être chargée",
      "Votre navigateur a signalé une défaillance de sa propre couche réseau, sans autre précision que le fait que la page n'est pas arrivée. Ces défaillances sont souvent passagères.",
      "Impossible à dire d'ici.",
      &["Vérifiez que le serveur fonctionne et répond depuis l'extérieur de votre propre réseau."]),
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
            (format!("Patientez {d}, puis actualisez une seule fois"), format!("Le site a indiqué quand revenir : dans {d}. Chaque actualisation d'ici là compte comme une requête de plus et peut maintenir la limite."))
        }
        (Wait, _) if retry_s.is_some() => {
            let d = duration(retry_s.unwrap_or_default());
            (format!("Patientez {d}, puis actualisez"), format!("Le site a indiqué quand revenir : dans {d}. Réessayer plus tôt a peu de chances de fonctionner, et Gatewise n'essaie jamais avant."))
        }
        (Wait, S::RateLimited) => ("Patientez quelques minutes, puis actualisez une seule fois".into(), "La limite se lève d'elle-même. Chaque actualisation d'ici là compte comme une requête de plus et peut la maintenir.".into()),
        (Wait, _) => ("Patientez une minute, puis actualisez".into(), "Les pannes courtes se résorbent souvent en quelques minutes ; celle qui vient d'un mauvais réglage dure jusqu'à ce que quelqu'un le corrige. Gatewise réessaie pour vous, en espaçant ses essais pour ne pas alourdir la charge.".into()),
        (DownForEveryone, _) => ("Vérifiez si le site est en panne pour tout le monde".into(), "Un service du type « en panne pour tout le monde ou juste pour moi ? », ou la page d'état ou le compte sur les réseaux sociaux du site, vous dira si d'autres personnes rencontrent aussi le problème.".into()),
        (OtherSites, S::Dns) => ("Vérifiez que d'autres sites se chargent".into(), "Si aucun ne se charge, c'est votre connexion ou son DNS qui est en panne. S'ils se chargent, le nom de ce site est soit cassé au niveau de son domaine, soit bloqué dans un cache de votre côté ; les étapes suivantes vident ce cache.".into()),
        (OtherSites, _) => ("Vérifiez que d'autres sites se chargent".into(), "S'ils se chargent, votre connexion va bien et le problème se situe au niveau du site ou sur le trajet jusqu'à lui.".into()),
        (PrivateWindow, _) => ("Essayez une fenêtre de navigation privée".into(), "Elle s'ouvre sans vos extensions ni vos cookies, ce qui permet de les écarter.".into()),
        (HardReload, _) if mobile => ("Actualisez la page".into(), "Les navigateurs mobiles n'ont pas d'actualisation qui ignore le cache ; si une actualisation simple affiche la même erreur, effacer les données de ce site (ci-dessous) fait ce travail.".into()),
        (HardReload, _) => ("Actualisez sans le cache".into(), "La page est alors téléchargée à nouveau au lieu d'être reprise du cache de votre navigateur.".into()),
        (OtherNetwork, S::Edge) if mobile => ("Essayez un autre réseau ou un autre appareil".into(), "Passez du Wi-Fi aux données mobiles, ou l'inverse : un autre réseau peut atteindre le site par un autre point de présence du service placé devant lui.".into()),
        (OtherNetwork, S::Edge) => ("Essayez un autre appareil ou un autre réseau".into(), "Par exemple votre téléphone en données mobiles, pas sur le même Wi-Fi : un autre réseau peut atteindre le site par un autre point de présence du service placé devant lui.".into()),
        (OtherNetwork, _) if mobile => ("Essayez un autre réseau ou un autre appareil".into(), "Passez du Wi-Fi aux données mobiles, ou l'inverse, ou essayez un ordinateur sur une autre connexion.".into()),
        (OtherNetwork, _) => ("Essayez un autre appareil ou un autre réseau".into(), "Par exemple votre téléphone en données mobiles, pas sur le même Wi-Fi.".into()),
        (ClearSiteData, _) => ("Effacez les cookies et le cache de ce site".into(), "Dans les paramètres du navigateur, supprimez les données enregistrées pour ce site uniquement, puis actualisez. Vous serez déconnecté du site, et ce que vous n'y aviez pas enregistré sera perdu.".into()),
        (FlushDns, S::Dns) if mobile => ("Rafraîchissez le DNS de votre téléphone".into(), "Votre téléphone garde peut-être en mémoire une réponse en échec ; cela l'oblige à redemander. Les téléphones n'ont pas de commande pour cela : redémarrer la connexion suffit.".into()),
        (FlushDns, S::Dns) => ("Videz votre cache DNS".into(), "Votre appareil garde peut-être en mémoire une réponse en échec ; cela l'oblige à redemander. Chrome a son propre cache DNS, que cette commande ne vide pas : ouvrez chrome://net-internals/#dns et cliquez sur Clear host cache (dans Firefox : about:networking#dns, bouton de vidage du cache DNS).".into()),
        (FlushDns, _) if mobile => ("Rafraîchissez le DNS de votre téléphone".into(), "Votre téléphone recherche alors à nouveau l'adresse du site, au cas où elle aurait changé. Les téléphones n'ont pas de commande pour cela : redémarrer la connexion suffit.".into()),
        (FlushDns, _) => ("Videz votre cache DNS".into(), "Votre appareil recherche alors à nouveau l'adresse du site, au cas où elle aurait changé. Chrome a son propre cache DNS, que cette commande ne vide pas : ouvrez chrome://net-internals/#dns et cliquez sur Clear host cache (dans Firefox : about:networking#dns, bouton de vidage du cache DNS).".into()),
        (PublicDns, _) => ("Essayez un résolveur DNS public".into(), "Si le DNS de votre fournisseur d'accès est en panne, un résolveur public (à choisir dans vos paramètres réseau) peut encore trouver le site.".into()),
        (VpnProxy, S::Dns) => ("Désactivez un instant votre VPN ou votre proxy".into(), "Un VPN ou un proxy résout les noms à votre place, et son DNS peut être en panne alors que le vôtre fonctionne.".into()),
        (VpnProxy, S::Proxy) => ("Vérifiez vos paramètres de proxy".into(), "Votre navigateur passe par un proxy défini dans les paramètres réseau du système ou du navigateur, ou par votre employeur. Vérifiez qu'il est censé être activé ; au travail ou dans votre établissement scolaire, demandez à votre service informatique si le proxy est en panne.".into()),
        (VpnProxy, S::Tls) => ("Désactivez un instant votre VPN ou votre proxy".into(), "Un VPN, un proxy, ou le réseau d'une entreprise ou d'un établissement scolaire qui inspecte le trafic sécurisé peut empêcher l'établissement d'une connexion sécurisée.".into()),
        (VpnProxy, S::RateLimited | S::Busy) => ("Désactivez un instant votre VPN ou votre proxy".into(), "Un VPN, un proxy ou un opérateur mobile place de nombreuses personnes derrière une seule adresse ; un site qui limite les requêtes par adresse compte peut-être leur trafic comme le vôtre.".into()),
        (VpnProxy, _) => ("Désactivez un instant votre VPN ou votre proxy".into(), "Un VPN ou un proxy sur le trajet peut tomber en panne de lui-même, ou être bloqué par le site.".into()),
        (Antivirus, _) => ("Désactivez un instant l'analyse HTTPS de votre antivirus".into(), "Les logiciels de sécurité qui inspectent les connexions sécurisées (une fonction souvent appelée analyse HTTPS, SSL ou web) sont une cause fréquente de cette erreur. Actualisez avec cette fonction désactivée, puis réactivez-la.".into()),
        (UpdateSystem, _) => ("Mettez à jour votre navigateur et votre système".into(), "Les sites exigent aujourd'hui des versions et des chiffrements TLS récents ; un navigateur ou un système d'exploitation ancien, ou qui ne reçoit plus de mises à jour, ne peut plus s'y connecter.".into()),
        (RestartRouter, _) => ("Redémarrez votre modem et votre routeur".into(), "Débranchez-les pendant trente secondes, puis attendez le retour de la connexion.".into()),
        (CheckConnection, _) => ("Vérifiez votre connexion".into(), "Assurez-vous que le Wi-Fi, les données mobiles ou le câble sont connectés et que d'autres sites se chargent.".into()),
        (CheckAddress, S::BadAddress) => ("Vérifiez l'adresse".into(), "Cherchez une faute de frappe, un schéma inhabituel ou un numéro de port après le nom (comme :25). Si un lien vous a amené ici, c'est le lien qui est faux.".into()),
        (CheckAddress, S::Dns) => ("Vérifiez l'adresse".into(), "Vérifiez l'orthographe du nom du site dans la barre d'adresse : une faute de frappe donne exactement cette erreur.".into()),
        (CheckAddress, _) => ("Vérifiez l'adresse".into(), "Le site a répondu, son nom est donc correct : vérifiez le reste de l'adresse (la partie après le domaine), ou le lien qui vous a amené ici.".into()),
        (SignIn, S::ClientCertificate) => ("Utilisez votre certificat".into(), "Si vous en avez un (sur une carte à puce, ou installé par votre employeur), vérifiez qu'il est branché ou installé, actualisez, puis choisissez-le quand le navigateur le demande. Sinon, demandez au site ou à votre service informatique comment y accéder.".into()),
        (SignIn, S::Certificate) => ("Connectez-vous d'abord au Wi-Fi".into(), "Sur le réseau d'un hôtel, d'un aéroport ou d'un café, la page de connexion s'interpose dans les connexions sécurisées tant que vous ne vous êtes pas connecté : ouvrez n'importe quelle page en http:// simple ou les paramètres Wi-Fi, connectez-vous, puis actualisez.".into()),
        (SignIn, _) => ("Ouvrez la page de connexion du réseau".into(), "Ouvrez n'importe quelle page en http:// simple, ou les paramètres Wi-Fi de votre appareil, et terminez la connexion, puis actualisez.".into()),
        (CheckClock, _) => ("Vérifiez la date et l'heure de votre appareil".into(), "Une horloge déréglée fait paraître expirés, ou pas encore valides, des certificats pourtant valides.".into()),
        (Report, S::Certificate) => ("Prévenez le site".into(), "Si d'autres appareils et réseaux reçoivent le même avertissement, c'est le certificat du site qui est en cause et son propriétaire doit le savoir. Copiez le rapport ci-dessous et envoyez-le à son assistance.".into()),
        (Report, S::Redirects) => ("Prévenez le site".into(), "Si une fenêtre de navigation privée tourne aussi en boucle, c'est la configuration du site qui est en cause. Copiez le rapport ci-dessous et envoyez-le à son assistance.".into()),
        (Report, S::Tls) => ("Prévenez le site".into(), "Si l'échec se produit aussi sur d'autres appareils et réseaux, c'est la configuration sécurisée du site qui est en cause et son propriétaire doit le savoir. Copiez le rapport ci-dessous et envoyez-le à son assistance.".into()),
        (Report, S::Dns) => ("Prévenez le site".into(), "Si le nom échoue aussi sur d'autres réseaux et sur un service de vérification de pannes, le domaine du site est cassé. Son adresse e-mail risque de ne pas fonctionner non plus : joignez son propriétaire par un autre moyen (un réseau social, un collègue) avec le rapport ci-dessous.".into()),
        (Report, _) if retry_s.is_some() => ("Prévenez le site".into(), format!("Si l'échec persiste bien après le délai indiqué par le site ({}), sur plus d'un appareil, son propriétaire doit le savoir. Copiez le rapport ci-dessous et envoyez-le à son assistance.", duration(retry_s.unwrap_or_default()))),
        (Report, _) => ("Prévenez le site".into(), "Si l'échec persiste au bout d'environ 15 minutes, sur plus d'un appareil, le propriétaire du site doit le savoir. Copiez le rapport ci-dessous et envoyez-le à son assistance.".into()),
    };
    let command: Option<&str> = match (id, os) {
        (HardReload, Os::Macos) => Some("Cmd+Shift+R (Chrome, Firefox) ou Option+Cmd+R (Safari)"),
        (HardReload, Os::Windows | Os::Linux) => Some("Ctrl+Shift+R (ou Ctrl+F5)"),
        (HardReload, Os::Chromeos) => Some("Ctrl+Shift+R"),
        (PrivateWindow, Os::Macos) => Some("Cmd+Shift+N (Chrome, Safari) ou Cmd+Shift+P (Firefox)"),
        (PrivateWindow, Os::Windows | Os::Linux | Os::Chromeos) => {
            Some("Ctrl+Shift+N (Chrome) ou Ctrl+Shift+P (Firefox)")
        }
        (PrivateWindow, Os::Android) => Some("Chrome : menu ⋮ → Nouvel onglet de navigation privée"),
        (PrivateWindow, Os::Ios) => {
            Some("Safari : bouton Onglets → Navigation privée ; Chrome : ⋯ → Nouvel onglet de navigation privée")
        }
        (FlushDns, Os::Windows) => Some("ipconfig /flushdns"),
        (FlushDns, Os::Macos) => {
            Some("sudo dscacheutil -flushcache; sudo killall -HUP mDNSResponder")
        }
        (FlushDns, Os::Linux) => {
            Some("resolvectl flush-caches    # systemd-resolved ; sinon, redémarrez nscd ou dnsmasq")
        }
        (FlushDns, Os::Chromeos) => Some("chrome://net-internals/#dns → Clear host cache"),
        (FlushDns, Os::Android | Os::Ios) => {
            Some("Activez le mode Avion, attendez dix secondes, puis désactivez-le")
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
            "nginx : lisez /var/log/nginx/error.log ; la ligne de cette requête nomme l'upstream et l'erreur exacte.",
            "nginx avec PHP-FPM : vérifiez que le pool tourne (systemctl status php*-fpm) et que fastcgi_pass correspond au socket ou au port sur lequel le pool écoute.",
            "Si PHP-FPM journalise « server reached pm.max_children », relevez pm.max_children seulement si la mémoire le permet (chaque processus prend sa part ; s'il y en a trop, l'OOM killer du noyau les tue), ou trouvez ce qui monopolise les processus.",
        ],
        VendorId::Apache => &[
            "Apache : lisez /var/log/apache2/error.log (ou /var/log/httpd/error_log) ; mod_proxy y journalise le backend et la raison.",
            "Vérifiez la cible de ProxyPass et le keep-alive du backend : un backend qui ferme les connexions inactives avant Apache provoque des 502 intermittents (essayez disablereuse=On ou un ttl plus court).",
        ],
        VendorId::Iis => &[
            "IIS : vérifiez que le pool d'applications est démarré ; activez le suivi des demandes ayant échoué (Failed Request Tracing) pour ce code afin de voir quel module a échoué.",
            "Avec ARR comme proxy, comparez le délai d'expiration du proxy d'ARR au temps de réponse du backend.",
        ],
        VendorId::MicrosoftHttpapi => &["C'est HTTP.sys qui a répondu, pas l'application : trouvez cette requête dans le journal HTTPERR (%SystemRoot%\\System32\\LogFiles\\HTTPERR) ; sa colonne de raison indique pourquoi : AppOffline ou Disabled (le pool est arrêté, souvent par la protection contre les défaillances rapides après des plantages), QueueFull (la file d'attente du pool est pleine), ConnLimit (la limite de connexions), ou une URL réservée par un service qui n'est pas IIS."],
        VendorId::Haproxy => &["HAProxy : vérifiez l'état des backends (show servers state sur l'API d'exécution) et le réglage timeout server par rapport au temps de réponse du backend."],
        VendorId::Varnish => &["Varnish : vérifiez la sonde du backend et first_byte_timeout ; varnishlog -g request -q 'RespStatus >= 500' montre les récupérations en échec."],
        VendorId::Fastly => &["Fastly : vérifiez l'état du backend et le délai du premier octet dans la configuration du service ; les détails de Guru Mediation identifient le nœud de cache."],
        VendorId::Squid => &["Squid : le code d'erreur sur la page (ERR_*) dit ce qui a échoué ; vérifiez que Squid peut joindre la destination et résoudre son nom."],
        VendorId::Envoy => &["Envoy ou Istio : vérifiez l'état du cluster upstream, la détection des valeurs aberrantes (outlier detection) et les délais des routes ; dans un maillage, istioctl proxy-config endpoint <pod> affiche chaque endpoint comme HEALTHY ou UNHEALTHY (istioctl proxy-status indique seulement si la configuration est synchronisée)."],
        VendorId::Traefik => &["Traefik : vérifiez dans le tableau de bord que les serveurs du service fonctionnent et passent leurs contrôles de santé."],
        VendorId::Caddy => &["Caddy : vérifiez l'adresse upstream de reverse_proxy et le journal de Caddy (journalctl -u caddy)."],
        VendorId::Lighttpd => &["lighttpd : lisez /var/log/lighttpd/error.log et vérifiez le backend configuré dans mod_proxy ou mod_fastcgi."],
        VendorId::Litespeed => &["LiteSpeed : vérifiez les limites et les délais de l'application externe (lsphp), ainsi que le journal stderr du serveur."],
        VendorId::Cloudflare => &["Cloudflare : pour tester l'origine seule, interrogez-la directement (sans passer par Cloudflare) depuis une autre machine ; comparez avec la page d'état de Cloudflare pour voir s'il y a un incident de leur côté."],
        VendorId::Cloudfront => &["CloudFront : vérifiez la politique de protocole et le certificat de l'origine, le délai de réponse de l'origine et les groupes de sécurité de l'origine ; l'ID de requête aide le support AWS."],
        VendorId::AwsElb => &["Répartiteur de charge AWS : vérifiez l'état du groupe cible ; donnez aux cibles un délai de keep-alive plus long que le délai d'inactivité du répartiteur."],
        VendorId::GoogleCloudLb => &["Répartiteur de charge Google Cloud : vérifiez les vérifications d'état et le délai du service de backend, et que le pare-feu autorise les plages des vérifications d'état de Google (130.211.0.0/22 et 35.191.0.0/16)."],
        VendorId::AzureAppGateway => &["Azure Application Gateway : ouvrez l'intégrité du back-end ; vérifiez les groupes de sécurité réseau et le délai d'expiration des requêtes dans les paramètres du back-end."],
        VendorId::Akamai => &["Akamai : recherchez le numéro de référence dans l'outil de références d'erreur d'Akamai Control Center ; il nomme l'étape en échec entre la périphérie et l'origine."],
        VendorId::Heroku => &["Heroku : lancez heroku logs --tail et cherchez les codes H du routeur (H10 plantage, H12 délai dépassé au bout de 30 s, H13 connexion fermée) ; heroku ps:restart redémarre les dynos."],
        VendorId::Vercel => &["Vercel : ouvrez les journaux de la fonction pour cette requête ; vérifiez sa durée maximale et sa mémoire."],
        VendorId::Netlify => &["Netlify : vérifiez les journaux des fonctions et l'état du déploiement de ce site."],
        VendorId::Nghttpx => &["nghttpx : cherchez dans son journal d'erreurs (errorlog-file) le backend qu'il n'a pas pu joindre ; vérifiez les adresses des backends et comparez backend-read-timeout au temps de réponse du backend."],
        VendorId::H2o => &["H2O : lisez son error-log ; vérifiez la cible de proxy.reverse.url et comparez proxy.timeout.io au temps de réponse du backend."],
        VendorId::Tinyproxy => &["Tinyproxy : son journal nomme l'hôte auquel il n'a pas pu se connecter et dit si le nom n'a pas été résolu ou si la connexion a été refusée ; vérifiez les réglages Upstream et Timeout."],
        VendorId::Privoxy => &["Privoxy : la page dit ce qui a échoué (connexion, délai dépassé, aucune donnée) ; vérifiez que la destination est en service et joignable, ainsi que les règles forward qui font passer la requête par un autre proxy."],
        VendorId::Trafficserver => &["Apache Traffic Server : le motif qui suit le code dans la réponse et les journaux de traffic_server nomment l'échec ; vérifiez l'origine de la règle de remap et les délais de connexion et d'inactivité."],
        VendorId::Tomcat => &["Tomcat : l'exception et sa cause première sont dans catalina.out ou dans le journal de l'hôte ; la pile d'appels du rapport nomme la classe en échec. Désactivez showReport et showServerInfo dans l'ErrorReportValve pour que les visiteurs ne voient pas ce rapport."],
        VendorId::Jetty => &["Jetty : cherchez dans le journal du serveur les lignes du servlet nommé sur la page ; si le site passe par le servlet de proxy de Jetty, vérifiez la cible et le délai d'attente du proxy."],
        VendorId::Gunicorn => &["Gunicorn : la trace (traceback) de l'exception est dans le journal d'erreurs (--error-logfile ou le journal du service) ; un worker arrêté par --timeout y apparaît comme WORKER TIMEOUT."],
        VendorId::Google | VendorId::Reddit | VendorId::Wikimedia | VendorId::Github => &["C'est une panne du site lui-même, sur sa propre page d'erreur : la cause est à l'intérieur de ses systèmes, c'est donc dans sa supervision interne, ses journaux et son processus de gestion des incidents qu'il faut chercher."],
    }
}

/// Owner items that depend on what the site runs.
pub fn stack_owner(stack: &str) -> &'static [&'static str] {
    match stack {
        "wordpress" => &[
            "WordPress : désactivez les extensions pour trouver celle qui pose problème (renommez wp-content/plugins, puis rétablissez-les une par une) et passez à un thème par défaut.",
            "WordPress : augmentez WP_MEMORY_LIMIT dans wp-config.php si le journal montre un épuisement de la mémoire. Pour écarter .htaccess, sauvegardez-le d'abord, puis remettez les règles par défaut de WordPress (cette remise à zéro supprime vos propres redirections et règles de sécurité ; rétablissez-les depuis la sauvegarde).",
        ],
        "php" => &["PHP : vérifiez max_execution_time et memory_limit, ainsi que le journal de PHP-FPM (le slowlog montre les scripts bloqués)."],
        "aspnet" => &["ASP.NET : consultez le journal des événements Application ; pour ASP.NET Core sous IIS, activez pendant un temps stdoutLogEnabled dans web.config pour capturer les erreurs de démarrage de l'application."],
        "express" => &["Node : vérifiez que le processus tourne sous son gestionnaire (systemd, pm2) et la mémoire qu'il utilisait avant de s'arrêter."],
        _ => &[],
    }
}

/// Things every owner should check whatever failed.
pub const OWNER_ALWAYS: &[&str] = &[
    "Annulez le dernier changement (déploiement, configuration, DNS, certificat) si les erreurs ont commencé juste après.",
    "Mettez en place une supervision et une page d'erreur accueillante qui indique que la panne est temporaire.",
];

/// The same, when no server answered at all (no error page can show).
pub const OWNER_ALWAYS_NO_RESPONSE: &[&str] = &[
    "Annulez le dernier changement (déploiement, configuration, DNS, certificat) si les erreurs ont commencé juste après.",
    "Mettez en place une supervision depuis l'extérieur de votre propre réseau, pour qu'une panne comme celle-ci vous parvienne avant que les visiteurs ne la signalent.",
];

/// "Failing for 12 minutes" and the incident sentences.
pub fn incident_text(state: crate::incident::IncidentState, minutes: u64, failures: u32) -> String {
    use crate::incident::IncidentState::*;
    match state {
        Healthy => String::new(),
        Temporary => format!("En panne depuis {} ({} {}). Les pannes courtes comme celle-ci passent souvent en quelques minutes.", minutes_text(minutes), failures, plural(failures, "essai en échec", "essais en échec")),
        Persistent => format!("En panne depuis {} ({} {}) : ce n'est plus un simple incident passager. Le propriétaire du site doit agir ; le lui signaler aide.", minutes_text(minutes), failures, plural(failures, "essai en échec", "essais en échec")),
        Recovered => format!("Le site a été en panne pendant {} et il est de retour.", minutes_text(minutes)),
    }
}

/// French: the singular for 0 and 1 ("0 essai", "1 essai", "2 essais").
fn plural(n: u32, one: &'static str, many: &'static str) -> &'static str {
    if n <= 1 {
        one
    } else {
        many
    }
}

fn minutes_text(m: u64) -> String {
    match m {
        0 => "moins d'une minute".into(),
        1 => "1 minute".into(),
        m if m < 120 => format!("{m} minutes"),
        m => duration(m.saturating_mul(60)),
    }
}

/// Words of the support report.
pub struct ReportWords;

impl ReportWords {
    /// Its heading.
    pub const HEADING: &'static str = "Rapport d'erreur (établi par Gatewise)";
    /// Field names.
    pub const URL: &'static str = "Page";
    /// When it started.
    pub const STARTED: &'static str = "Première détection";
    /// The error.
    pub const ERROR: &'static str = "Erreur";
    /// The vendor.
    pub const SERVER: &'static str = "Page produite par";
    /// The vendor's own error code.
    pub const VENDOR_CODE: &'static str = "Code d'erreur du fournisseur";
    /// The server's own retry time.
    pub const RETRY_AFTER: &'static str = "Le serveur demande de réessayer dans";
    /// Where that time came from.
    pub fn retry_source(source: &str) -> &'static str {
        match source {
            "retry-after" => "en-tête Retry-After",
            "refresh" => "l'actualisation automatique de la page",
            _ => "le texte de la page",
        }
    }
    /// The reference.
    pub const REFERENCE: &'static str = "Référence";
    /// The failing hop.
    pub const HOP: &'static str = "Étape en échec (estimation)";
    /// Attempts.
    pub const TRIED: &'static str = "Déjà essayé";
    /// Browser.
    pub const BROWSER: &'static str = "Navigateur";
    /// Automatic retries, counted.
    pub fn retries(n: u32) -> String {
        format!(
            "{n} {}",
            plural(
                n,
                "nouvel essai automatique",
                "nouveaux essais automatiques"
            )
        )
    }
    /// The hop names.
    pub fn hop(f: crate::Fault) -> &'static str {
        match f {
            crate::Fault::Visitor => "le côté du visiteur",
            crate::Fault::Network => "le réseau entre le visiteur et le site",
            crate::Fault::Edge => "le CDN ou le proxy placé devant le site",
            crate::Fault::Origin => "le serveur du site lui-même",
            crate::Fault::Unknown => "inconnu",
        }
    }
}

/// A name for each page variant, for people ("Cloudflare's branded error
/// page"). Every variant a fingerprint names has one (a test checks).
pub fn variant_label(id: VariantId) -> Option<&'static str> {
    Some(match id {
        VariantId::CloudflarePlain => "Page d'erreur sobre de Cloudflare (sa propre panne)",
        VariantId::CloudflareLegacy => "Ancienne page d'erreur aux couleurs de Cloudflare",
        VariantId::CloudflareBranded => "Page d'erreur aux couleurs de Cloudflare, avec son schéma",
        VariantId::CloudfrontDefault => "Page « The request could not be satisfied » de CloudFront",
        VariantId::FastlyGuruMediation => "Page « Guru Mediation » de Fastly",
        VariantId::VarnishGuruMeditation => "Page « Guru Meditation » de Varnish",
        VariantId::AkamaiEdgeError => {
            "Page d'erreur de périphérie d'Akamai, avec un numéro de référence"
        }
        VariantId::GoogleRobot => "Page « That's an error » de Google",
        VariantId::GfeServerError => "Page « Server Error » du répartiteur de charge Google Cloud",
        VariantId::AzureAppgwDefault => "Page d'erreur intégrée d'Azure Application Gateway",
        VariantId::AwsElbDefault => "Page d'erreur intégrée du répartiteur de charge AWS",
        VariantId::HerokuApplicationError => "Page « Application Error » de Heroku",
        VariantId::HerokuMaintenance => "Page de maintenance de Heroku",
        VariantId::HerokuNoSuchApp => "Page « no such app » de Heroku",
        VariantId::VercelFunctionFailed => "Page d'échec de fonction de Vercel",
        VariantId::VercelFunctionTimeout => "Page de délai dépassé d'une fonction Vercel",
        VariantId::VercelNotFound => "Page « déploiement introuvable » de Vercel",
        VariantId::GithubUnicorn => "Page à la licorne de GitHub",
        VariantId::NginxDefault => "Page d'erreur intégrée de nginx",
        VariantId::Nginx50xHtml => "Page 50x.html livrée avec nginx",
        VariantId::OpenrestyDefault => "Page d'erreur intégrée d'OpenResty",
        VariantId::ApacheProxyError => "Page « Proxy Error » d'Apache",
        VariantId::ApacheGatewayTimeout => "Page de délai de passerelle dépassé d'Apache",
        VariantId::ApacheServiceUnavailable => "Page « Service Unavailable » d'Apache",
        VariantId::ApacheInternalError => "Page « Internal Server Error » d'Apache",
        VariantId::IisDetailed => "Page d'erreur détaillée d'IIS",
        VariantId::IisCustomError => "Page d'erreur d'IIS",
        VariantId::HttpapiServiceUnavailable => {
            "Page « Service Unavailable » de HTTP.sys (Windows)"
        }
        VariantId::HaproxyDefault => "Page d'erreur intégrée de HAProxy",
        VariantId::SquidErrorPage => "Page d'erreur de Squid",
        VariantId::EnvoyLocalReply => "Réponse « upstream connect error » d'Envoy",
        VariantId::EnvoyNoHealthyUpstream => "Réponse « no healthy upstream » d'Envoy",
        VariantId::EnvoyUpstreamTimeout => "Réponse de délai upstream dépassé d'Envoy",
        VariantId::LighttpdDefault => "Page d'erreur intégrée de lighttpd",
        VariantId::LitespeedDefault => "Page d'erreur intégrée de LiteSpeed",
        VariantId::RedditOw => "Page « Ow! » de Reddit",
        VariantId::WikimediaError => "Page d'erreur de Wikimedia",
        VariantId::TinyproxyDefault => "Page d'erreur de Tinyproxy",
        VariantId::PrivoxyErrorPage => "Page d'erreur de Privoxy",
        VariantId::TomcatErrorReport => "Rapport d'erreur de Tomcat",
        VariantId::JettyErrorPage => "Page d'erreur de Jetty",
        VariantId::GunicornDefault => "Page « Internal Server Error » de Gunicorn",
        VariantId::Blank => "Une page blanche avec une erreur du serveur",
        VariantId::CustomPage => "La page d'erreur propre au site",
        VariantId::NotAnError => "Une page qui fonctionne (ou qui ne fait que parler d'une erreur)",
        VariantId::Challenge => "Une page de vérification anti-robot (challenge)",
        VariantId::ClientError => "Une page 4xx : pas une panne",
        VariantId::Binary => "Un contenu qui n'est pas une page",
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
    fn french_grammar() {
        assert_eq!(duration(0), "0 seconde");
        assert_eq!(duration(1), "1 seconde");
        assert_eq!(duration(179), "3 minutes");
        assert_eq!(duration(2 * 3600 + 60), "2 heures et 1 minute");
        assert_eq!(duration(3 * 86_400), "3 jours");
        assert_eq!(ReportWords::retries(1), "1 nouvel essai automatique");
        assert_eq!(ReportWords::retries(2), "2 nouveaux essais automatiques");
        assert_eq!(
            retry_sentence(120),
            "Le site lui-même demande de réessayer dans 2 minutes."
        );
        let t = incident_text(IncidentState::Temporary, 0, 1);
        assert!(
            t.starts_with("En panne depuis moins d'une minute (1 essai en échec)"),
            "{t}"
        );
        let t = incident_text(IncidentState::Persistent, 150, 9);
        assert!(
            t.starts_with("En panne depuis 2 heures et 30 minutes (9 essais en échec)"),
            "{t}"
        );
    }

    #[test]
    fn french_typography() {
        let src = include_str!("fr.rs");
        let words = &src[..src.find("#[cfg(test)]").unwrap_or(src.len())];
        for line in words.lines().filter(|l| !l.trim_start().starts_with("//")) {
            for bad in [" :", " ;", " ?", " !", "« ", " »"] {
                let in_string = line.split('"').skip(1).step_by(2).any(|s| s.contains(bad));
                assert!(!in_string, "plain space in «{bad}»: {line}");
            }
        }
    }
}
