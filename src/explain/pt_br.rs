//! Brazilian Portuguese (português do Brasil). The same items as
//! [`super::en`], worded for a Brazilian reader: "você" as browsers and
//! system documentation speak it in Brazil, keys, commands, header names and
//! product names left as they are.
//!
//! The fault sentence and the headline open with the hop they blame ("O
//! servidor do site...", "A Cloudflare...", "Sua...", "A rede..."), as in
//! English.

use super::{CodeText, Labels, Os, Situation, Special, StepId, StepText};
use crate::network::NetworkFailure;
use crate::vendors::{VariantId, VendorId};

/// Labels of the card's interface.
pub const LABELS: Labels = Labels {
    retry_now: "Tentar agora",
    stop: "Parar as tentativas",
    more: "Mais",
    less: "Menos",
    copy_report: "Copiar relatório",
    copied: "Copiado",
    visitor_title: "O que você pode fazer",
    owner_title: "Se você administra este site",
    whose_fault: "De quem é a falha?",
    you: "Você",
    edge: "CDN ou proxy",
    origin: "Servidor do site",
    network: "Rede",
    next_retry: "Próxima tentativa em",
    attempt_of: "tentativa {n} de {m}",
    offline: "Em pausa: aguardando a sua conexão. O Gatewise continua quando ela voltar a funcionar.",
    retrying: "Verificando o site…",
    back: "O site voltou.",
    gave_up: "As tentativas foram interrompidas.",
    gave_up_tries: "As tentativas foram interrompidas ({retries}): o site continua falhando. Recarregue a página para tentar de novo.",
    gave_up_asked: "O site pede uma espera maior do que o Gatewise faz por conta própria: recarregue a página no horário indicado.",
    not_resent: "Esta página veio de um formulário. O Gatewise nunca reenvia um formulário por conta própria.",
    resend: "Enviar o formulário de novo",
    reference: "Referência",
    written_by: "Página gerada por",
    served_through: "entregue por meio de",
    working: "Funcionando",
    failing: "Com falha",
    unknown: "Desconhecido",
    your_connection: "Sua conexão",
    check_status: "Fora do ar para todos ou só para mim?",
    checking_status: "Consultando as páginas de status públicas…",
    check_status_note: "Consulta a página de status pública do site e a do provedor dele, informando só o domínio do site. Nada é consultado antes do seu clique.",
    status_link_only: "{name} não publica um status que o Gatewise consiga ler: veja a página de status.",
    status_site_unknown: "{name} não deu resposta de status (talvez este site não tenha página de status pública), verificado às {at}",
    status_unknown: "O status de {name} não deu uma resposta legível, verificado às {at}",
    status_said: "{name} informa: {said}, verificado às {at}",
    status_operational: "{name} informa: todos os sistemas funcionando, verificado às {at}",
    status_degraded: "{name} informa: alguns serviços com problemas, verificado às {at}",
    status_outage: "{name} informa: interrupção grave, verificado às {at}",
    status_maintenance: "{name} informa: manutenção em andamento, verificado às {at}",
    status_sum_none: "Não há página de status pública para consultar sobre este site.",
    status_sum_outage: "Não é só com você: {name} informa uma interrupção.",
    status_sum_degraded: "Provavelmente não é só com você: {name} informa problemas.",
    status_sum_maintenance: "{name} informa manutenção em andamento.",
    status_sum_operational: "Nenhuma interrupção informada publicamente: a falha pode ser só deste site ou ainda não constar na página de status dele.",
    status_sum_unreadable: "Nenhuma página de status deu uma resposta legível.",
};

/// The headline, what happened and whose fault, when the visitor's own
/// connection is the likely fault (see [`super::ConnectionCause`]).
pub fn connection(cause: super::ConnectionCause) -> (String, String, String) {
    use super::ConnectionCause::*;
    match cause {
        Offline => (
            "Sua conexão caiu; o problema não é o site".into(),
            "O seu navegador informa que não há nenhuma conexão de rede, então nenhum site pode carregar agora. O Gatewise espera a conexão voltar e depois tenta carregar a página de novo.".into(),
            "Sua conexão, não o site.".into(),
        ),
        CaptivePortal => (
            "Sua rede pede que você faça login primeiro".into(),
            "Esta rede (o Wi-Fi de um hotel, aeroporto, café ou escritório) segura todas as conexões até você fazer login na página dela, então os sites falham ou levam a essa página. Faça login e o Gatewise tenta carregar a página de novo.".into(),
            "A página de login da sua rede, não o site.".into(),
        ),
        ManySites { sites } => (
            "Sua conexão parece estar falhando; o problema não é o site".into(),
            format!("{sites} {} no último minuto. Isso aponta para a sua própria conexão (Wi-Fi, roteador, VPN, DNS), e não para este site, então o Gatewise espera a conexão voltar em vez de consultar o site de novo.", plural(sites, "site sem relação com os outros não conseguiu carregar", "sites sem relação entre si não conseguiram carregar")),
            "Sua conexão, muito provavelmente: vários sites falham ao mesmo tempo.".into(),
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
    title: "Erro no servidor",
    headline: "O servidor do site encontrou um problema",
    what: "O site respondeu com um erro próprio. Algo falhou no lado do servidor enquanto ele processava a sua solicitação; nada do que você enviou causou isso.",
    fault: "O lado do site. Esses erros quase nunca são culpa do visitante.",
    owner: &[
        "Leia os logs de erro do servidor web e da aplicação no horário da falha.",
        "Verifique a saúde do servidor: CPU, memória, espaço em disco, pool de workers.",
    ],
};

/// A bot check, never an outage.
pub const CHALLENGE: CodeText = CodeText {
    code: 0,
    title: "Verificação de segurança",
    headline: "O site está verificando se você é uma pessoa",
    what: "Esta é uma verificação de segurança feita pelo serviço de proteção do site, não uma queda. Normalmente ela passa sozinha em alguns segundos, ou pede que você marque uma caixa.",
    fault: "De ninguém: o site está funcionando. O Gatewise nunca repete por conta própria uma verificação como esta.",
    owner: &["Se visitantes reais continuam vendo esta página, revise o nível de segurança e as regras de firewall do seu serviço de proteção."],
};

/// A page that works, or a 4xx.
pub const NOT_AN_ERROR: CodeText = CodeText {
    code: 0,
    title: "Sem queda",
    headline: "Esta página não é uma falha do servidor",
    what: "O site respondeu. Se a página fala de um erro, ela o está descrevendo, não sofrendo com ele.",
    fault: "De ninguém: o servidor está funcionando.",
    owner: &[],
};

/// A 4xx answer other than 429.
pub const CLIENT_ERROR: CodeText = CodeText {
    code: 0,
    title: "Solicitação recusada",
    headline: "O site está no ar, mas recusou esta página ou não a encontrou",
    what: "Uma resposta 4xx significa que o servidor funciona e tomou uma decisão sobre esta solicitação específica: a página não existe, exige login, ou a solicitação foi recusada. Esperar não vai mudar isso.",
    fault: "Não há queda. Verifique o endereço ou os links do site.",
    owner: &["Se a página deveria existir, verifique mudanças e redirecionamentos recentes e as suas regras de acesso."],
};

/// 429: a rate limit. Waiting is the fix.
pub const TOO_MANY_REQUESTS: CodeText = CodeText {
    code: 429,
    title: "429 Too Many Requests",
    headline: "O site está limitando a frequência das suas solicitações",
    what: "O site funciona, mas conta as solicitações que vêm de você (normalmente pelo seu endereço IP) e, por enquanto, você passou do limite. O limite é liberado sozinho depois de um tempo; cada recarregamento antes disso conta como mais uma solicitação.",
    fault: "Não há queda: é o limite do próprio site. Outras pessoas atrás do mesmo endereço (uma VPN, um escritório, uma operadora de celular) também podem contar para ele.",
    owner: &[
        "Se visitantes reais atingem o limite, aumente-o, ou conte por algo mais preciso que o endereço IP: uma VPN ou uma operadora de celular coloca muitas pessoas atrás de um único endereço.",
        "Envie Retry-After com cada 429 para que navegadores e ferramentas saibam quando voltar.",
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
    t(500, "500 Internal Server Error", "O servidor do site falhou ao processar esta solicitação",
      "Algo falhou no servidor do site enquanto ele processava a sua solicitação. Na maioria das vezes é a aplicação (um bug, um plugin ou tema com defeito, um limite de recursos), mas o próprio servidor web também envia 500, por exemplo por um erro de sintaxe no .htaccess ou um loop nas suas próprias regras de reescrita.",
      "O servidor do site ou a aplicação dele. Você não fez nada de errado.",
      &["Abra o log de erros da aplicação no horário da falha: o stack trace ou o erro fatal mostra a causa.",
        "Se a aplicação não registrou nada, leia o log de erros do servidor web: o Apache registra ali um .htaccess com defeito (“Invalid command”) e loops de reescrita (“Request exceeded the limit of 10 internal redirects”).",
        "Desfaça o deploy, a atualização de plugin ou a mudança de configuração mais recente e veja se o erro desaparece.",
        "Verifique os limites de memória (memory_limit do PHP, WP_MEMORY_LIMIT, limites do contêiner) e o espaço em disco."]),
    t(501, "501 Not Implemented", "O servidor do site não oferece suporte ao que foi pedido",
      "O servidor não implementa o método ou o recurso usado por esta solicitação. É uma questão de configuração do site, e esperar não vai mudar isso.",
      "A configuração do site.",
      &["Verifique quais métodos o seu servidor e o seu proxy permitem para esta URL; um proxy pode rejeitar métodos que não conhece."]),
    t(502, "502 Bad Gateway", "O servidor do site deu ao gateway uma resposta inválida, ou nenhuma",
      "Um gateway (um proxy, um balanceador de carga ou uma CDN na frente do site) encaminhou a sua solicitação ao servidor que fica atrás dele e recebeu uma resposta corrompida ou nenhuma resposta. O servidor de trás pode ter travado, reiniciado, recusado a conexão ou ficado sem workers, ou o gateway pode estar apontando para o lugar errado.",
      "Na maioria dos casos, o servidor do site atrás do gateway. Um reinício ou um pico de carga passa em minutos; uma configuração errada dura até alguém corrigi-la.",
      &["Verifique se o servidor de aplicação está em execução (PHP-FPM, gunicorn, uWSGI, Node, o servidor Java) e reinicie-o se não estiver.",
        "Leia o log de erros do proxy para ver a causa exata: “connect() failed (111: Connection refused)”, “No such file or directory” para um socket, “upstream prematurely closed connection”.",
        "Verifique se o proxy aponta para o lugar certo: fastcgi_pass ou proxy_pass do nginx, ProxyPass do Apache, em relação ao endereço ou socket em que a aplicação escuta.",
        "Verifique a memória e o pool de workers: um servidor sem memória ou com todos os workers ocupados derruba conexões."]),
    t(503, "503 Service Unavailable", "O servidor do site não está aceitando solicitações agora",
      "O servidor está no ar, mas recusou a sua solicitação: pode estar em manutenção programada, sobrecarregado, sem nenhum backend saudável para onde encaminhar você, ou limitando quantas solicitações cada endereço pode fazer. Às vezes ele informa quando voltar.",
      "O servidor do site: ocupado, em manutenção ou limitando solicitações. Um limite pode contar o tráfego de outras pessoas como seu: o nginx responde ao seu limite de taxa com 503, a menos que seja configurado de outra forma, então um endereço compartilhado de VPN ou de operadora de celular pode dispará-lo.",
      &["Se for uma manutenção programada, envie um cabeçalho Retry-After e uma página que diga quando você espera voltar.",
        "Verifique como o balanceador de carga ou o proxy enxerga os backends: um 503 muitas vezes significa que nenhum está disponível para atender a solicitação.",
        "Os limites do nginx (limit_req, limit_conn) respondem 503 por padrão: defina limit_req_status 429 e limit_conn_status 429 para que um limite não seja confundido com uma queda.",
        "Verifique a capacidade: tamanho do pool de workers, limites de conexão, CPU e memória; escale horizontalmente se a carga for real."]),
    t(504, "504 Gateway Timeout", "O servidor do site demorou demais para responder",
      "Um gateway na frente do site esperou pelo servidor que fica atrás dele e desistiu antes de chegar uma resposta. O servidor provavelmente está no ar, mas lento: uma consulta demorada ao banco de dados, uma chamada travada a outro serviço ou carga demais.",
      "O servidor do site atrás do gateway, que está lento demais agora.",
      &["Encontre as solicitações lentas: o log de consultas lentas, os traces da aplicação, chamadas a APIs externas sem tempo limite.",
        "Alinhe os tempos limite ao longo da cadeia (proxy_read_timeout ou fastcgi_read_timeout do nginx, request_terminate_timeout do PHP-FPM, max_execution_time): o gateway deve esperar um pouco mais do que a aplicação.",
        "Mova trabalhos longos (exportações, importações, relatórios) para um job em segundo plano em vez de fazê-los na solicitação."]),
    t(505, "505 HTTP Version Not Supported", "O servidor do site recusou a versão do HTTP usada",
      "O servidor não oferece suporte à versão do HTTP usada pela solicitação. É uma incompatibilidade de configuração do lado do site, normalmente entre um proxy e o servidor atrás dele.",
      "A configuração do site.",
      &["Verifique as versões de HTTP ativadas em cada salto (HTTP/1.1, HTTP/2, HTTP/3) e qual delas o proxy usa para falar com o backend."]),
    t(506, "506 Variant Also Negotiates", "A negociação de conteúdo do site está mal configurada",
      "O servidor está configurado para escolher entre versões da página, e as regras dele apontam para si mesmas. É um erro de configuração do site.",
      "A configuração do site.",
      &["Revise a configuração da negociação de conteúdo (no Apache, MultiViews e type maps) em busca de uma variante que negocia de novo."]),
    t(507, "507 Insufficient Storage", "O servidor do site ficou sem espaço de armazenamento",
      "O servidor não conseguiu gravar o que precisava para concluir a solicitação: o disco ou a cota dele está cheio.",
      "O servidor do site.",
      &["Libere espaço em disco ou aumente a cota; verifique a rotação de logs e os arquivos temporários, que enchem discos sem alarde."]),
    t(508, "508 Loop Detected", "O servidor do site parou diante de um loop ou de um limite de recursos",
      "No padrão, 508 é a resposta do WebDAV quando uma solicitação percorreria um loop de vínculos para sempre (RFC 5842). A maioria dos 508 vistos na web é outra coisa: hospedagens compartilhadas o enviam com uma página “Resource Limit Is Reached” quando a conta do site esgotou os processos ou a CPU permitidos. (Um loop de redirecionamento não é um 508: os navegadores o informam como redirecionamentos em excesso.)",
      "Os limites da hospedagem do site, ou a configuração do WebDAV dele.",
      &["Em hospedagem compartilhada, verifique o uso de recursos da conta (processos de entrada, CPU, memória) no painel de controle: “Resource Limit Is Reached” significa que um limite foi atingido; descubra o que o consome ou faça upgrade do plano.",
        "Com WebDAV, procure vínculos ou coleções que contenham a si mesmos."]),
    t(509, "509 Bandwidth Limit Exceeded", "O plano de hospedagem do site esgotou a largura de banda",
      "Este código não oficial é enviado por alguns painéis de controle de hospedagem quando um site usou todo o tráfego que o plano permite por enquanto.",
      "O plano de hospedagem do site.",
      &["Verifique o uso e os limites de largura de banda da conta de hospedagem; faça upgrade do plano ou coloque um cache ou uma CDN na frente."]),
    t(510, "510 Not Extended", "O servidor do site exige uma extensão que a solicitação não usou",
      "O servidor exige uma extensão do HTTP que a solicitação não incluiu. É raro, e depende da configuração do site.",
      "A configuração do site.",
      &["Verifique qual extensão a política do servidor exige e se ela deveria ser exigida para esta URL."]),
    t(511, "511 Network Authentication Required", "Sua rede quer que você faça login",
      "A rede em que você está (o Wi-Fi de um hotel, aeroporto, café ou escritório) está segurando a sua conexão até você fazer login na página dela. O site em si provavelmente está bem.",
      "A página de login da sua rede, não o site.",
      &["Um 511 vem de uma rede entre o visitante e você, não do seu site: não há nada a mudar no site."]),
    t(520, "520 Web Server Returned an Unknown Error", "O servidor do site enviou à Cloudflare uma resposta que ela não consegue usar",
      "A Cloudflare chegou ao servidor do próprio site, mas a resposta veio vazia, malformada ou cortada, ou a conexão foi redefinida.",
      "O servidor do site atrás da Cloudflare.",
      &["Procure travamentos nos logs de erro da origem nos horários dos 520.",
        "Procure cabeçalhos de resposta grandes demais (muitos cookies) e uma origem que fecha as conexões antes da hora.",
        "Confirme que a origem não bloqueia nem limita as faixas de IP da Cloudflare."]),
    t(521, "521 Web Server Is Down", "O servidor do site recusou a conexão da Cloudflare",
      "A Cloudflare tentou se conectar ao servidor do próprio site, e o servidor recusou: o servidor web está parado, ou um firewall está bloqueando a Cloudflare.",
      "O servidor do site atrás da Cloudflare.",
      &["Verifique se o servidor web está em execução e escutando na porta usada pela Cloudflare (80 ou 443).",
        "Libere as faixas de IP da Cloudflare no firewall, no iptables, no fail2ban e nas configurações de segurança da hospedagem."]),
    t(522, "522 Connection Timed Out", "O servidor do site não respondeu à Cloudflare a tempo",
      "A Cloudflare tentou alcançar o servidor do próprio site e o tempo se esgotou, de uma destas duas formas: o servidor nunca aceitou a conexão (nenhum SYN+ACK em 19 segundos), ou aceitou mas nunca confirmou a solicitação da Cloudflare (nenhum ACK em 90 segundos). O servidor está sobrecarregado, off-line ou descartando os pacotes da Cloudflare.",
      "O servidor do site atrás da Cloudflare.",
      &["Verifique se a origem está on-line e não está sobrecarregada.",
        "Libere as faixas de IP da Cloudflare; um firewall que as descarta silenciosamente produz exatamente isto.",
        "Verifique se o registro DNS na Cloudflare aponta para o endereço certo da origem."]),
    t(523, "523 Origin Is Unreachable", "O servidor do site não pode ser alcançado a partir da Cloudflare",
      "A Cloudflare não encontrou uma rota até o servidor do próprio site. O endereço nas configurações dela pode estar errado, ou a rede na frente do servidor está fora do ar.",
      "O servidor do site ou o endereço dele na Cloudflare.",
      &["Verifique os registros A/AAAA nas configurações de DNS da Cloudflare: depois de uma migração, eles muitas vezes ainda apontam para o endereço antigo.",
        "Pergunte ao provedor de hospedagem se há um problema de roteamento até o servidor."]),
    t(524, "524 A Timeout Occurred", "O servidor do site demorou demais para responder à Cloudflare",
      "A Cloudflare se conectou ao servidor do próprio site, mas nenhuma resposta chegou antes do tempo limite da Cloudflare (100 segundos por padrão).",
      "O servidor do site atrás da Cloudflare, que está lento demais.",
      &["Encontre a solicitação lenta nos logs da origem; relatórios e importações longos devem ir para um job em segundo plano.",
        "Verifique a carga da origem e o desempenho do banco de dados nos horários dos 524."]),
    t(525, "525 SSL Handshake Failed", "O servidor do site falhou no handshake seguro com a Cloudflare",
      "A Cloudflare tentou falar com o servidor do próprio site por HTTPS, e o handshake TLS falhou.",
      "A configuração de TLS do site.",
      &["Verifique se a origem aceita HTTPS na porta 443 com SNI e compartilha pelo menos um conjunto de criptografia com a Cloudflare.",
        "Verifique o modo SSL/TLS: Full e Full (strict) precisam de um certificado válido na origem; mudar para Flexible só esconde o problema."]),
    t(526, "526 Invalid SSL Certificate", "O servidor do site tem um certificado que a Cloudflare não aceita",
      "A Cloudflare está configurada para verificar o certificado do próprio site (o modo Full (strict)), e o certificado está expirado, é autoassinado ou foi emitido para outro nome.",
      "O certificado do site.",
      &["Renove ou substitua o certificado da origem; um certificado Cloudflare Origin CA funciona com Full (strict).",
        "Verifique se o certificado cobre exatamente o nome do host e se a cadeia está completa."]),
    t(527, "527 Railgun Error", "A ligação Railgun do site com a Cloudflare falhou",
      "A conexão entre a Cloudflare e o listener Railgun do site falhou. O Railgun é um produto descontinuado, então isso indica uma configuração antiga.",
      "A configuração do site atrás da Cloudflare.",
      &["Verifique o listener Railgun e os logs dele, ou remova o Railgun da configuração."]),
    t(530, "530 Origin Error", "O servidor do site respondeu com um erro não oficial",
      "530 não é um código HTTP padrão. A Cloudflare o usa, com um número de erro próprio na página; esta página não se parece com a da Cloudflare, então o código vem do servidor do próprio site ou da hospedagem, que lhe dão um significado próprio (muitas vezes, um site congelado ou suspenso pela hospedagem).",
      "O servidor do site ou a hospedagem dele.",
      &["Descubra nos logs qual salto enviou o 530 (o servidor web, um painel de hospedagem, uma aplicação); não é um código padrão, então o significado é o que esse software lhe dá."]),
    t(598, "598 Network Read Timeout", "O servidor do site parou de responder a tempo a um proxy",
      "Alguns proxies enviam este código não oficial quando o servidor atrás deles parou de enviar dados antes de a resposta estar completa.",
      "O servidor do site ou a rede atrás do proxy.",
      &["Verifique os tempos de resposta da origem e o tempo limite de leitura do proxy."]),
    t(599, "599 Network Connect Timeout", "O servidor do site não pôde ser alcançado a tempo por um proxy",
      "Alguns proxies enviam este código não oficial quando não conseguiram abrir uma conexão com o servidor atrás deles antes do tempo limite.",
      "O servidor do site ou a rede atrás do proxy.",
      &["Verifique se a origem está no ar e é alcançável a partir do proxy; verifique os firewalls entre os dois."]),
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
    special(&[VendorId::Cloudflare], None, None, Some("1101"), false, t(0, "", "A Cloudflare não conseguiu executar o Worker do site (erro 1101 da Cloudflare)",
      "O site executa parte do código nos servidores da própria Cloudflare (um Worker), e esse código lançou uma exceção ao processar a sua solicitação. A Cloudflare respondeu com o erro 1101 dela: a falha aconteceu na borda da Cloudflare, antes que qualquer coisa chegasse ao servidor do próprio site.",
      "A borda da Cloudflare, no código do Worker que o site mantém lá; não você. Recarregar só ajuda se o erro depender do momento.",
      &["Erro 1101 da Cloudflare: abra os logs do Worker (Workers Logs no painel, ou wrangler tail) e encontre a exceção lançada para este Ray ID.",
        "Capture os erros no handler fetch do Worker e responda com uma resposta própria, ou chame ctx.passThroughOnException() para que um Worker com falha recorra à origem."])),
    special(&[VendorId::Cloudflare], None, None, Some("1102"), false, t(0, "", "A Cloudflare interrompeu o Worker do site (erro 1102 da Cloudflare)",
      "O site executa parte do código nos servidores da própria Cloudflare (um Worker), e esse código ultrapassou o limite de tempo de CPU ou de memória ao processar a sua solicitação. A Cloudflare o interrompeu e respondeu com o erro 1102 dela, antes que qualquer coisa chegasse ao servidor do próprio site.",
      "A borda da Cloudflare, no código do Worker que o site mantém lá; não você.",
      &["Erro 1102 da Cloudflare: o Worker ultrapassou o limite de tempo de CPU ou de memória; encontre a solicitação custosa nos logs do Worker e deixe-a mais leve, ou aumente o limite com um plano pago."])),
    special(&[VendorId::Cloudflare], None, Some(530), None, true, t(530, "530 Origin Error", "As configurações do site na Cloudflare impedem que ele seja entregue",
      "A Cloudflare respondeu 530 junto com um erro próprio (um número 1xxx na página), na maioria das vezes porque os registros DNS, o endereço de origem ou o túnel do site na Cloudflare estão errados.",
      "A configuração do site na Cloudflare.",
      &["Procure na documentação da Cloudflare o código 1xxx mostrado na página; 1016 significa que a Cloudflare não conseguiu resolver o nome da origem, 1033 que o Cloudflare Tunnel do site não está conectado.",
        "Verifique os registros DNS e os túneis do site no painel da Cloudflare."])),
    special(&[VendorId::Heroku], Some(VariantId::HerokuApplicationError), None, None, true, t(0, "", "O app do site no Heroku falhou",
      "O roteador do Heroku não conseguiu obter resposta do app do site. O motivo mais comum é que o app travou (o erro H10 do Heroku); uma solicitação que passou de 30 segundos (H12) ou um app sem nenhum dyno web em execução (H14) mostram a mesma página.",
      "O app do site no Heroku; não você, e não é sobrecarga nem manutenção.",
      &["Heroku: execute heroku ps para ver se os dynos web travaram ou não existem, corrija a falha que o log mostra e depois execute heroku ps:restart."])),
    special(&[VendorId::Heroku], Some(VariantId::HerokuMaintenance), None, None, false, t(0, "", "O app do site no Heroku está em modo de manutenção",
      "O dono do site ativou o modo de manutenção do Heroku, então o Heroku responde a todas as solicitações com esta página até que ele seja desativado.",
      "O dono do site, de propósito; não você.",
      &["Heroku: execute heroku maintenance:off quando o trabalho terminar."])),
    special(&[VendorId::AwsElb], None, Some(503), None, true, t(0, "", "O balanceador de carga do site não tinha nenhum servidor para onde encaminhar você",
      "O balanceador de carga da AWS do site está funcionando, mas o grupo de destino dele não tem servidores registrados para receber a sua solicitação (ou nenhum em uma zona que ele atende). Quando os servidores estão apenas não íntegros, ele ainda lhes envia tráfego; esta resposta significa que não há nenhum.",
      "A configuração do site atrás do balanceador de carga da AWS: nenhum servidor está registrado para receber solicitações.",
      &["503 do balanceador de carga da AWS: o grupo de destino não tem destinos registrados, ou nenhum em uma zona de disponibilidade ativada. Registre-os, ou verifique o grupo do Auto Scaling ou o deploy que deveria fazer isso; quando todos os destinos estão não íntegros, um ALB falha aberto (fail open) e continua roteando para eles, então isto não é uma falha das verificações de integridade."])),
    // A proxy or CDN whose 503 page says its backend failed: no rate limit here.
    special(&[VendorId::Varnish, VendorId::Fastly, VendorId::Squid, VendorId::Envoy, VendorId::Haproxy, VendorId::Akamai, VendorId::Cloudfront, VendorId::GoogleCloudLb, VendorId::AzureAppGateway, VendorId::Traefik, VendorId::Nghttpx, VendorId::H2o, VendorId::Privoxy, VendorId::Trafficserver], None, Some(503), None, true, t(0, "", "O servidor do site atrás do proxy não conseguiu atender a solicitação",
      "O proxy ou a CDN na frente do site respondeu no lugar dele: não havia atrás nenhum servidor funcionando para receber a sua solicitação. Nenhum estava no ar, todos falharam nas verificações de integridade, ou a conexão com eles falhou.",
      "O servidor do site atrás do proxy ou da CDN; não você.",
      &["Verifique os servidores para os quais o proxy encaminha: eles estão em execução, passam nas verificações de integridade, o proxy consegue alcançá-los (endereço, porta, firewall)?",
        "Verifique a capacidade: tamanho do pool de workers, limites de conexão, CPU e memória; escale horizontalmente se a carga for real."])),
    special(&[VendorId::MicrosoftHttpapi], None, Some(503), None, true, t(0, "", "O servidor Windows do site recusou a solicitação antes que qualquer aplicação a visse",
      "A própria camada HTTP do Windows (HTTP.sys) respondeu no lugar da aplicação do site: o pool de aplicativos pode estar parado, a fila de solicitações dele cheia, um limite de conexões atingido, ou o endereço pode pertencer a um serviço que nem é o IIS.",
      "O servidor Windows do site; não você.",
      &[])),
];

/// The words for a failure of the CDN or proxy itself, named `edge`:
/// headline, what happened, whose fault.
pub fn edge_failure(edge: &str) -> (String, String, String) {
    (
        format!("{edge} falhou do próprio lado"),
        format!("{edge}, o serviço na frente do site, falhou por conta própria: não conseguiu concluir a sua solicitação, então o servidor do próprio site, atrás dele, provavelmente nem foi consultado. Falhas assim costumam ser curtas e limitadas a um dos pontos de presença de {edge}."),
        format!("{edge}, na frente do site; não você, e provavelmente não o servidor do próprio site."),
    )
}

/// Owner items when the CDN or proxy in front failed on its own side.
pub fn edge_owner(vendor: Option<VendorId>) -> &'static [&'static str] {
    match vendor {
        Some(VendorId::Cloudflare) => &["Este erro é da própria Cloudflare, não da sua origem: consulte cloudflarestatus.com para ver se há um incidente e, se persistir, envie ao suporte da Cloudflare o Ray ID e o horário."],
        _ => &["O serviço na frente do site falhou do próprio lado: consulte a página de status dele e, se persistir, envie ao suporte dele a referência e o horário."],
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
                    "{} e {}",
                    plural(m / 60, "hora", "horas"),
                    plural(r, "minuto", "minutos")
                ),
            }
        }
        s => plural(s.div_ceil(86_400), "dia", "dias"),
    }
}

/// The fault sentence of a 503 that says when to come back: a planned or
/// announced pause, not a rate limit.
pub const FAULT_503_TIMED: &str = "O servidor do site, que está indisponível no momento; não você.";

/// The sentence added to the fault when the server said when to come back.
pub fn retry_sentence(seconds: u64) -> String {
    format!(
        "O próprio site pede para tentar de novo em {}.",
        duration(seconds)
    )
}

/// "Cloudflare error 1101", for the report.
pub fn vendor_code_text(vendor_name: &str, code: &str) -> String {
    format!("Erro {code} ({vendor_name})")
}

const NETWORK: [CodeText; 16] = [
    t(0, "Site não encontrado", "A consulta do nome deste site falhou",
      "O seu navegador pediu ao DNS (o catálogo de nomes da internet) o endereço deste site e não recebeu nenhum. Ou a resposta foi “esse nome não existe” (NXDOMAIN: o nome foi digitado errado, não existe, ou o domínio expirou ou perdeu os registros), ou a própria consulta falhou porque um servidor DNS não respondeu.",
      "A consulta do nome (DNS): ou o resolvedor DNS da sua conexão, ou o domínio do site. Os passos abaixo mostram qual.",
      &["Verifique se os registros do domínio existem e apontam para o endereço certo, se o domínio não expirou e se os servidores de nomes dele respondem.",
        "Uma resposta “esse nome não existe” também fica em cache (cache negativo, pelo tempo definido no registro SOA da zona), então os resolvedores que consultaram antes de uma correção continuam falhando até esse tempo acabar; registros alterados também valem até o fim do TTL."]),
    t(0, "Conexão recusada", "O servidor do site recusou a conexão",
      "O seu navegador chegou à máquina do site, mas nada lá aceitou a conexão: o servidor web não está em execução, ou um firewall a rejeitou.",
      "O servidor do site, a não ser que um firewall ou proxy do seu lado a esteja bloqueando.",
      &["Verifique se o servidor web está em execução e escutando nas portas 80 e 443.",
        "Verifique as regras do firewall na frente do servidor."]),
    t(0, "Conexão redefinida", "A conexão com o site foi cortada",
      "A conexão foi aberta e depois cortada antes de a página chegar. O servidor do site pode ter travado no meio da resposta, ou algo no caminho (um firewall, um proxy, uma VPN) a cortou.",
      "A rede entre você e o site, ou o servidor do site.",
      &["Procure travamentos ou reinícios do servidor web nesse horário, e um firewall ou proteção contra DDoS que esteja redefinindo conexões."]),
    t(0, "Tempo esgotado", "O tempo limite da conexão com o site se esgotou",
      "O seu navegador esperou pelo site e não recebeu resposta a tempo. O servidor pode estar fora do ar ou sobrecarregado, ou algo no caminho está descartando o tráfego.",
      "A rede no caminho, ou o servidor do site.",
      &["Verifique se o servidor está no ar e é alcançável de fora, e se o firewall não descarta conexões silenciosamente."]),
    t(0, "Resposta vazia", "O servidor do site fechou a conexão sem responder",
      "O servidor do site aceitou a conexão e a fechou sem enviar nada de volta: provavelmente travou ou reiniciou enquanto processava a solicitação.",
      "O servidor do site.",
      &["Procure travamentos, reinícios ou processos encerrados por falta de memória no servidor web ou na aplicação nesse horário."]),
    t(0, "Sem conexão", "Seu dispositivo está off-line",
      "O seu navegador informa que não tem nenhuma conexão com a internet, então nenhum site pode carregar agora.",
      "Sua conexão, não o site.",
      &[]),
    t(0, "Falha na conexão segura", "Não foi possível estabelecer uma conexão segura com o site",
      "O seu navegador e o site não chegaram a um acordo sobre como proteger a conexão: é um erro de protocolo ou de criptografia TLS, não um problema de certificado. Na maioria das vezes, algo no meio interfere: um antivírus que verifica HTTPS, um proxy, uma VPN ou uma rede com filtro. Um navegador ou sistema antigo, ou um site que só oferece protocolos obsoletos, dá o mesmo erro.",
      "Não dá para saber daqui: um software ou uma rede do seu lado que intercepta conexões seguras, um sistema desatualizado ou a configuração de TLS do site.",
      &["Teste o site com um verificador de SSL: protocolos (TLS 1.2 e 1.3), conjuntos de criptografia e cadeia de certificados; verifique se a porta 443 fala TLS, e não HTTP sem criptografia."]),
    // The kinds below came with the full lists of browser errors (issue 11).
    t(0, "Site inacessível", "A rede não conseguiu chegar ao servidor do site",
      "O seu navegador tinha o endereço do site, mas não encontrou caminho até ele: nenhuma rota levava até lá, ou um firewall no caminho proibiu a conexão. O servidor do site pode estar fora da rede, ou alguma rede entre você e ele está falhando.",
      "A rede no caminho, ou o servidor do site fora da rede.",
      &["Verifique se o servidor está no ar e se os registros A e AAAA do nome têm os endereços em que ele realmente responde: um registro IPv6 de um servidor que não escuta mais em IPv6 dá este erro.",
        "Verifique o firewall e o roteamento na frente do servidor."]),
    t(0, "A conexão mudou", "Sua conexão mudou enquanto a página carregava",
      "O seu dispositivo trocou de rede no meio do carregamento (do Wi-Fi para os dados móveis, uma VPN ligando ou desligando, a volta do modo de suspensão), e o navegador descartou a solicitação em andamento. Recarregar na nova conexão costuma funcionar.",
      "Sua conexão, por um instante: não o site.",
      &[]),
    t(0, "Erro de certificado", "O navegador não pode confiar no certificado desta conexão",
      "O seu navegador parou antes de falar com o site porque o certificado apresentado não é confiável para este nome: expirado ou ainda não válido, emitido para outro nome, assinado por uma autoridade que o navegador não conhece, ou revogado. Muitas vezes o erro é do site, mas o mesmo erro aparece quando o relógio do seu dispositivo está errado, quando uma página de login de Wi-Fi ou um software de segurança se intromete na conexão, ou quando alguém a intercepta. Não mande o navegador continuar mesmo assim em um site onde você faz login ou paga.",
      "Não dá para saber daqui: na maioria das vezes, o certificado do site (expirado, nome errado, certificado intermediário faltando); às vezes, o seu relógio, a sua rede ou um software que inspeciona o tráfego seguro. Esperar não muda um certificado, então o Gatewise não tenta de novo.",
      &["Confira o certificado com um verificador de SSL: as datas, os nomes que ele cobre e se o servidor envia a cadeia inteira (inclusive os certificados intermediários).",
        "Verifique se a renovação automática rodou (certbot, a da sua hospedagem ou a da sua CDN) e se o servidor web foi recarregado depois."]),
    t(0, "Certificado próprio necessário", "Seu próprio certificado é necessário para abrir este site",
      "Este site só deixa entrar visitantes que apresentam um certificado próprio (de um smart card, do empregador ou do governo) durante o estabelecimento da conexão segura, e nenhum foi enviado, ou o que foi enviado foi recusado.",
      "O seu lado: o certificado que o site pede a você. O Gatewise não tenta de novo neste caso.",
      &["Se os visitantes não deveriam precisar de certificado, verifique a configuração de certificado de cliente do servidor (nginx ssl_verify_client, Apache SSLVerifyClient).",
        "Verifique se as autoridades que você aceita para certificados de cliente são as que emitem os certificados dos seus visitantes."]),
    t(0, "Resposta inválida", "A resposta do site violou as regras do HTTP",
      "O seu navegador se conectou e recebeu uma resposta que não conseguiu usar: malformada, cortada, comprimida de forma errada, ou um stream HTTP/2 ou HTTP/3 (QUIC) que falhou. Normalmente é o servidor do site, a CDN dele ou um proxy no meio; de vez em quando, um programa de segurança ou proxy do seu lado que reescreve o tráfego.",
      "O servidor do site ou o serviço na frente dele, muito provavelmente.",
      &["Procure nos logs do servidor web e do proxy resets de stream do HTTP/2, respostas cortadas e upstreams que fecharam a conexão antes da hora.",
        "Verifique se Content-Length e Content-Encoding batem com o corpo realmente enviado (um corpo comprimido duas vezes, um tamanho alterado por um proxy).",
        "Se os erros só aparecem com HTTP/2 ou HTTP/3, compare com esses protocolos desativados e verifique os limites de tamanho de cabeçalho e os timeouts do proxy."]),
    t(0, "Falha no proxy", "Seu proxy falhou: o navegador não conseguiu passar por ele",
      "O seu navegador está configurado para acessar a web por um proxy (por você, pelo seu empregador ou escola, ou por um script de proxy), e esse proxy não pôde ser alcançado, pediu um login que falhou ou se recusou a encaminhar a solicitação. O site em si nunca foi alcançado.",
      "O proxy da sua rede, não o site.",
      &[]),
    t(0, "Loop de redirecionamento", "Os redirecionamentos do site andam em círculo",
      "O site redirecionou o seu navegador de um endereço para outro tantas vezes, ou para um endereço que o navegador não segue, que ele desistiu. Na maioria das vezes, duas configurações do site não batem (HTTP e HTTPS, com e sem www); de vez em quando, um cookie antigo mantém um loop de login.",
      "A configuração do site, na maioria das vezes; de vez em quando, um cookie antigo seu. O Gatewise não tenta de novo neste caso.",
      &["Siga os redirecionamentos com curl -sIL e descubra onde o loop se fecha.",
        "Verifique se a aplicação, o servidor web e a CDN concordam sobre HTTPS e sobre o nome do host: uma CDN no modo TLS flexível envia HTTP a um servidor que redireciona para HTTPS, sem parar."]),
    t(0, "Endereço recusado", "O navegador não abre este endereço",
      "Este é um endereço que o navegador se recusa a carregar: malformado, com um esquema que ele não conhece, ou com uma porta reservada a outros serviços (e-mail, por exemplo) que os navegadores bloqueiam para protegê-los.",
      "O endereço, não o servidor do site. O Gatewise não tenta de novo neste caso.",
      &["Se os seus próprios links levam até aqui, sirva o site nas portas usuais (80 e 443) e corrija os links."]),
    t(0, "Erro de rede", "Não foi possível carregar a página",
      "O seu navegador informou uma falha da própria camada de rede que não diz nada além de que a página não chegou. Falhas assim costumam ser breves.",
      "Não dá para saber daqui.",
      &["Verifique se o servidor está no ar e responde de fora da sua própria rede."]),
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
            (format!("Espere {d} e recarregue uma única vez"), format!("O site disse quando voltar: em {d}. Cada recarregamento antes disso conta como mais uma solicitação e pode manter o limite."))
        }
        (Wait, _) if retry_s.is_some() => {
            let d = duration(retry_s.unwrap_or_default());
            (format!("Espere {d} e recarregue"), format!("O site disse quando voltar: em {d}. Tentar antes dificilmente vai funcionar, e o Gatewise nunca tenta antes disso."))
        }
        (Wait, S::RateLimited) => ("Espere alguns minutos e recarregue uma única vez".into(), "O limite é liberado sozinho. Cada recarregamento antes disso conta como mais uma solicitação e pode mantê-lo.".into()),
        (Wait, _) => ("Espere um minuto e recarregue".into(), "Falhas curtas costumam se resolver em poucos minutos; uma causada por uma configuração errada dura até alguém corrigi-la. O Gatewise tenta de novo por você, espaçando as tentativas para não aumentar a carga.".into()),
        (DownForEveryone, _) => ("Veja se o site está fora do ar para todo mundo".into(), "Um verificador do tipo “fora do ar para todos ou só para mim?”, ou a página de status ou a rede social do site, mostra se outras pessoas também estão vendo o problema.".into()),
        (OtherSites, S::Dns) => ("Veja se outros sites carregam".into(), "Se nenhum carregar, a sua conexão ou o DNS dela está falhando. Se carregarem, o nome deste site ou está quebrado no domínio, ou ficou preso em um cache do seu lado; os próximos passos limpam esse cache.".into()),
        (OtherSites, _) => ("Veja se outros sites carregam".into(), "Se carregarem, a sua conexão está bem e o problema está no site ou no caminho até ele.".into()),
        (PrivateWindow, _) => ("Tente uma janela anônima".into(), "Ela abre sem as suas extensões e cookies, o que os descarta como causa.".into()),
        (HardReload, _) if mobile => ("Recarregue a página".into(), "Os navegadores de celular não têm um recarregamento que ignora o cache; se um recarregamento normal mostrar o mesmo erro, limpar os dados deste site (abaixo) faz esse papel.".into()),
        (HardReload, _) => ("Recarregue sem o cache".into(), "Assim a página é baixada de novo, em vez de vir do cache do navegador.".into()),
        (OtherNetwork, S::Edge) if mobile => ("Tente outra rede ou outro dispositivo".into(), "Alterne entre o Wi-Fi e os dados móveis: outra rede pode chegar ao site por outro ponto de presença do serviço na frente dele.".into()),
        (OtherNetwork, S::Edge) => ("Tente outro dispositivo ou outra rede".into(), "Por exemplo, o seu celular nos dados móveis, não no mesmo Wi-Fi: outra rede pode chegar ao site por outro ponto de presença do serviço na frente dele.".into()),
        (OtherNetwork, _) if mobile => ("Tente outra rede ou outro dispositivo".into(), "Alterne entre o Wi-Fi e os dados móveis, ou tente um computador em outra conexão.".into()),
        (OtherNetwork, _) => ("Tente outro dispositivo ou outra rede".into(), "Por exemplo, o seu celular nos dados móveis, não no mesmo Wi-Fi.".into()),
        (ClearSiteData, _) => ("Limpe os cookies e o cache deste site".into(), "Nas configurações do navegador, remova os dados armazenados só deste site e recarregue. Isso desconecta você do site, e o que você não tinha salvado nele se perde.".into()),
        (FlushDns, S::Dns) if mobile => ("Atualize o DNS do celular".into(), "O seu celular pode estar guardando uma resposta com falha; isto o faz perguntar de novo. Celulares não têm um comando para isso: reiniciar a conexão resolve.".into()),
        (FlushDns, S::Dns) => ("Limpe o cache DNS".into(), "O seu dispositivo pode estar guardando uma resposta com falha; isto o faz perguntar de novo. O Chrome tem um cache DNS próprio que isto não limpa: abra chrome://net-internals/#dns e clique em Clear host cache (no Firefox: about:networking#dns, botão de limpar o cache DNS).".into()),
        (FlushDns, _) if mobile => ("Atualize o DNS do celular".into(), "Isto faz o seu celular consultar de novo o endereço do site, caso ele tenha mudado. Celulares não têm um comando para isso: reiniciar a conexão resolve.".into()),
        (FlushDns, _) => ("Limpe o cache DNS".into(), "Isto faz o seu dispositivo consultar de novo o endereço do site, caso ele tenha mudado. O Chrome tem um cache DNS próprio que isto não limpa: abra chrome://net-internals/#dns e clique em Clear host cache (no Firefox: about:networking#dns, botão de limpar o cache DNS).".into()),
        (PublicDns, _) => ("Tente um DNS público".into(), "Se o DNS do seu provedor estiver falhando, um resolvedor público (configurado nas configurações de rede) ainda pode encontrar o site.".into()),
        (VpnProxy, S::Dns) => ("Desative a VPN ou o proxy por um momento".into(), "Uma VPN ou um proxy consulta os nomes por você, e o DNS dele pode falhar enquanto o seu funciona.".into()),
        (VpnProxy, S::Proxy) => ("Verifique as configurações de proxy".into(), "O seu navegador passa por um proxy definido nas configurações de rede do sistema ou do navegador, ou pelo seu empregador. Confira se ele deveria mesmo estar ligado; no trabalho ou na escola, pergunte à equipe de TI se o proxy está fora do ar.".into()),
        (VpnProxy, S::Tls) => ("Desative a VPN ou o proxy por um momento".into(), "Uma VPN, um proxy, ou a rede de uma empresa ou escola que inspeciona o tráfego seguro pode quebrar o estabelecimento de uma conexão segura.".into()),
        (VpnProxy, S::RateLimited | S::Busy) => ("Desative a VPN ou o proxy por um momento".into(), "Uma VPN, um proxy ou uma operadora de celular coloca muitas pessoas atrás de um único endereço; um site que limita as solicitações por endereço pode estar contando o tráfego delas como seu.".into()),
        (VpnProxy, _) => ("Desative a VPN ou o proxy por um momento".into(), "Uma VPN ou um proxy no caminho pode falhar por conta própria, ou ser bloqueado pelo site.".into()),
        (Antivirus, _) => ("Desative por um momento a verificação de HTTPS do antivírus".into(), "Softwares de segurança que inspecionam conexões seguras (recurso muitas vezes chamado de verificação de HTTPS, SSL ou web) são uma causa frequente deste erro. Recarregue com esse recurso desativado e depois ative-o de novo.".into()),
        (UpdateSystem, _) => ("Atualize o navegador e o sistema".into(), "Os sites hoje exigem versões e criptografias TLS recentes; um navegador ou sistema operacional antigo, ou que não recebe mais atualizações, não consegue se conectar a eles.".into()),
        (RestartRouter, _) => ("Reinicie o modem e o roteador".into(), "Desligue-os da tomada por trinta segundos e espere a conexão voltar.".into()),
        (CheckConnection, _) => ("Verifique a sua conexão".into(), "Confirme que o Wi-Fi, os dados móveis ou o cabo estão conectados e que outros sites carregam.".into()),
        (CheckAddress, S::BadAddress) => ("Verifique o endereço".into(), "Procure um erro de digitação, um esquema incomum ou um número de porta depois do nome (como :25). Se um link trouxe você até aqui, o link está errado.".into()),
        (CheckAddress, S::Dns) => ("Verifique o endereço".into(), "Confira a grafia do nome do site na barra de endereço: um erro de digitação dá exatamente este erro.".into()),
        (CheckAddress, _) => ("Verifique o endereço".into(), "O site respondeu, então o nome dele está certo: confira o resto do endereço (a parte depois do domínio) ou o link que trouxe você até aqui.".into()),
        (SignIn, S::ClientCertificate) => ("Use o seu certificado".into(), "Se você tiver um (em um smart card, ou instalado pelo seu empregador), verifique se ele está conectado ou instalado, recarregue e escolha-o quando o navegador pedir. Se não tiver, pergunte ao site ou à equipe de TI como obter acesso.".into()),
        (SignIn, S::Certificate) => ("Faça login no Wi-Fi primeiro".into(), "Em redes de hotel, aeroporto ou café, a página de login se intromete nas conexões seguras até você fazer login: abra qualquer página simples em http:// ou as configurações de Wi-Fi, faça login e recarregue.".into()),
        (SignIn, _) => ("Abra a página de login da rede".into(), "Abra qualquer página simples em http://, ou as configurações de Wi-Fi do dispositivo, conclua o login e recarregue.".into()),
        (CheckClock, _) => ("Verifique a data e a hora do dispositivo".into(), "Um relógio errado faz certificados válidos parecerem expirados ou ainda não válidos.".into()),
        (Report, S::Certificate) => ("Avise o site".into(), "Se outros dispositivos e redes recebem o mesmo aviso, o certificado do site está com problema e o dono precisa saber. Copie o relatório abaixo e envie ao suporte do site.".into()),
        (Report, S::Redirects) => ("Avise o site".into(), "Se uma janela anônima também entra em loop, a configuração do site está com problema. Copie o relatório abaixo e envie ao suporte do site.".into()),
        (Report, S::Tls) => ("Avise o site".into(), "Se também falhar em outros dispositivos e redes, a configuração de segurança do site está com problema e o dono precisa saber. Copie o relatório abaixo e envie ao suporte do site.".into()),
        (Report, S::Dns) => ("Avise o site".into(), "Se o nome também falhar em outras redes e em um verificador de sites fora do ar, o domínio do site está quebrado. O e-mail do site pode não funcionar também: fale com o dono por outro meio (uma rede social, um colega) e envie o relatório abaixo.".into()),
        (Report, _) if retry_s.is_some() => ("Avise o site".into(), format!("Se ainda falhar bem depois do prazo que o site informou ({}), em mais de um dispositivo, o dono do site precisa saber. Copie o relatório abaixo e envie ao suporte do site.", duration(retry_s.unwrap_or_default()))),
        (Report, _) => ("Avise o site".into(), "Se ainda falhar depois de uns 15 minutos, em mais de um dispositivo, o dono do site precisa saber. Copie o relatório abaixo e envie ao suporte do site.".into()),
    };
    let command: Option<&str> = match (id, os) {
        (HardReload, Os::Macos) => Some("Cmd+Shift+R (Chrome, Firefox) ou Option+Cmd+R (Safari)"),
        (HardReload, Os::Windows | Os::Linux) => Some("Ctrl+Shift+R (ou Ctrl+F5)"),
        (HardReload, Os::Chromeos) => Some("Ctrl+Shift+R"),
        (PrivateWindow, Os::Macos) => Some("Cmd+Shift+N (Chrome, Safari) ou Cmd+Shift+P (Firefox)"),
        (PrivateWindow, Os::Windows | Os::Linux | Os::Chromeos) => {
            Some("Ctrl+Shift+N (Chrome) ou Ctrl+Shift+P (Firefox)")
        }
        (PrivateWindow, Os::Android) => Some("Chrome: menu ⋮ → Nova guia anônima"),
        (PrivateWindow, Os::Ios) => {
            Some("Safari: botão Abas → Privado; Chrome: ⋯ → Nova guia anônima")
        }
        (FlushDns, Os::Windows) => Some("ipconfig /flushdns"),
        (FlushDns, Os::Macos) => {
            Some("sudo dscacheutil -flushcache; sudo killall -HUP mDNSResponder")
        }
        (FlushDns, Os::Linux) => {
            Some("resolvectl flush-caches    # systemd-resolved; ou reinicie o nscd ou o dnsmasq")
        }
        (FlushDns, Os::Chromeos) => Some("chrome://net-internals/#dns → Clear host cache"),
        (FlushDns, Os::Android | Os::Ios) => {
            Some("Ative o modo avião, espere dez segundos e desative-o")
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
            "nginx: leia /var/log/nginx/error.log; a linha desta solicitação informa o upstream e o erro exato.",
            "nginx com PHP-FPM: verifique se o pool está em execução (systemctl status php*-fpm) e se o fastcgi_pass corresponde ao socket ou à porta em que o pool escuta.",
            "Se o PHP-FPM registrar “server reached pm.max_children”, aumente pm.max_children só se a memória permitir (cada worker ocupa a sua parte; com workers demais, o OOM killer do kernel os encerra), ou descubra o que está prendendo os workers.",
        ],
        VendorId::Apache => &[
            "Apache: leia /var/log/apache2/error.log (ou /var/log/httpd/error_log); o mod_proxy registra o backend e o motivo.",
            "Verifique o destino do ProxyPass e o keep-alive do backend: um backend que fecha conexões ociosas antes do Apache causa 502 intermitentes (tente disablereuse=On ou um ttl menor).",
        ],
        VendorId::Iis => &[
            "IIS: verifique se o pool de aplicativos está iniciado; ative o rastreamento de solicitações com falha (Failed Request Tracing) para este código e veja qual módulo falhou.",
            "Com o ARR como proxy, compare o tempo limite de proxy do ARR com o tempo de resposta do backend.",
        ],
        VendorId::MicrosoftHttpapi => &["Quem respondeu foi o HTTP.sys, não a aplicação: encontre esta solicitação no log HTTPERR (%SystemRoot%\\System32\\LogFiles\\HTTPERR); a coluna de motivo diz por quê: AppOffline ou Disabled (o pool está parado, muitas vezes pela proteção contra falhas rápidas depois de travamentos), QueueFull (a fila do pool está cheia), ConnLimit (o limite de conexões), ou uma URL registrada por um serviço que não é o IIS."],
        VendorId::Haproxy => &["HAProxy: verifique a saúde dos backends (show servers state na API de runtime) e a configuração timeout server em relação ao tempo de resposta do backend."],
        VendorId::Varnish => &["Varnish: verifique a probe do backend e o first_byte_timeout; varnishlog -g request -q 'RespStatus >= 500' mostra as buscas que falham."],
        VendorId::Fastly => &["Fastly: verifique a saúde do backend e o tempo limite do primeiro byte na configuração do serviço; os detalhes do Guru Mediation identificam o nó de cache."],
        VendorId::Squid => &["Squid: o código de erro na página (ERR_*) diz o que falhou; verifique se o Squid consegue alcançar o destino e resolver o nome dele."],
        VendorId::Envoy => &["Envoy ou Istio: verifique a saúde do cluster upstream, a detecção de outliers e os tempos limite das rotas; em uma malha, istioctl proxy-config endpoint <pod> mostra cada endpoint como HEALTHY ou UNHEALTHY (istioctl proxy-status só mostra se a configuração está sincronizada)."],
        VendorId::Traefik => &["Traefik: verifique no painel se os servidores do serviço estão no ar e passam nas verificações de integridade."],
        VendorId::Caddy => &["Caddy: verifique o endereço upstream do reverse_proxy e o log do Caddy (journalctl -u caddy)."],
        VendorId::Lighttpd => &["lighttpd: leia /var/log/lighttpd/error.log e verifique o backend configurado no mod_proxy ou no mod_fastcgi."],
        VendorId::Litespeed => &["LiteSpeed: verifique os limites e tempos limite da aplicação externa (lsphp) e o log stderr do servidor."],
        VendorId::Cloudflare => &["Cloudflare: para testar só a origem, acesse-a diretamente (sem passar pela Cloudflare) a partir de outra máquina; compare com a página de status da Cloudflare para ver se há um incidente do lado dela."],
        VendorId::Cloudfront => &["CloudFront: verifique a política de protocolo e o certificado da origem, o tempo limite de resposta da origem e os grupos de segurança da origem; o ID da solicitação ajuda o suporte da AWS."],
        VendorId::AwsElb => &["Balanceador de carga da AWS: verifique a integridade do grupo de destino; configure o keep-alive dos destinos com um tempo maior que o tempo limite de inatividade do balanceador."],
        VendorId::GoogleCloudLb => &["Balanceador de carga do Google Cloud: verifique as verificações de integridade e o tempo limite do serviço de back-end, e se o firewall permite as faixas das verificações de integridade do Google (130.211.0.0/22 e 35.191.0.0/16)."],
        VendorId::AzureAppGateway => &["Azure Application Gateway: abra a integridade de back-end; verifique os grupos de segurança de rede e o tempo limite de solicitação nas configurações de back-end."],
        VendorId::Akamai => &["Akamai: consulte o número de referência na ferramenta de referências de erro do Akamai Control Center; ela informa a etapa que falhou entre a borda e a origem."],
        VendorId::Heroku => &["Heroku: execute heroku logs --tail e procure os códigos H do roteador (H10 travamento, H12 tempo esgotado após 30 s, H13 conexão fechada); heroku ps:restart reinicia os dynos."],
        VendorId::Vercel => &["Vercel: abra os logs da função para esta solicitação; verifique a duração máxima e a memória dela."],
        VendorId::Netlify => &["Netlify: verifique os logs das funções e o status do deploy deste site."],
        VendorId::Nghttpx => &["nghttpx: procure no log de erros dele (errorlog-file) o backend que ele não conseguiu alcançar; verifique os endereços dos backends e o backend-read-timeout em relação ao tempo de resposta do backend."],
        VendorId::H2o => &["H2O: leia o error-log dele; verifique o destino de proxy.reverse.url e o proxy.timeout.io em relação ao tempo de resposta do backend."],
        VendorId::Tinyproxy => &["Tinyproxy: o log dele informa o host ao qual ele não conseguiu se conectar e se o nome não foi resolvido ou a conexão foi recusada; verifique as configurações Upstream e Timeout."],
        VendorId::Privoxy => &["Privoxy: a página diz o que falhou (conexão, tempo esgotado, nenhum dado); verifique se o destino está no ar e acessível, e se há regras forward que mandam a requisição por outro proxy."],
        VendorId::Trafficserver => &["Apache Traffic Server: o motivo que acompanha o código na resposta e os logs do traffic_server indicam a falha; verifique a origem da regra de remap e os timeouts de conexão e de inatividade."],
        VendorId::Tomcat => &["Tomcat: a exceção e a causa raiz estão no catalina.out ou no log do host; o stack trace do relatório mostra a classe que falhou. Desative showReport e showServerInfo no ErrorReportValve para que os visitantes não vejam o relatório."],
        VendorId::Jetty => &["Jetty: procure no log do servidor as entradas do servlet indicado na página; se o site usa o servlet de proxy do Jetty, verifique o destino e o timeout do proxy."],
        VendorId::Gunicorn => &["Gunicorn: o traceback da exceção fica no log de erros (--error-logfile ou o journal do serviço); um worker que morre por --timeout aparece lá como WORKER TIMEOUT."],
        VendorId::Google | VendorId::Reddit | VendorId::Wikimedia | VendorId::Github => &["É uma queda do próprio site, na página de erro dele: a causa está dentro dos sistemas dele, então é no monitoramento interno, nos logs e no processo de incidentes dele que se deve procurar."],
    }
}

/// Owner items that depend on what the site runs.
pub fn stack_owner(stack: &str) -> &'static [&'static str] {
    match stack {
        "wordpress" => &[
            "WordPress: desative os plugins para encontrar o defeituoso (renomeie wp-content/plugins e depois restaure-os um por um) e mude para um tema padrão.",
            "WordPress: aumente WP_MEMORY_LIMIT no wp-config.php se o log mostrar falta de memória. Para descartar o .htaccess, faça um backup antes e depois restaure as regras padrão do WordPress (isso apaga os seus próprios redirecionamentos e regras de segurança; recupere-os do backup).",
        ],
        "php" => &["PHP: verifique max_execution_time e memory_limit, e o log do PHP-FPM (o slowlog mostra scripts travados)."],
        "aspnet" => &["ASP.NET: verifique o log de eventos de aplicativo; no ASP.NET Core sob o IIS, ative por um tempo o stdoutLogEnabled no web.config para capturar os erros de inicialização do app."],
        "express" => &["Node: verifique se o processo está em execução sob o gerenciador dele (systemd, pm2) e quanta memória usava antes de cair."],
        _ => &[],
    }
}

/// Things every owner should check whatever failed.
pub const OWNER_ALWAYS: &[&str] = &[
    "Desfaça a mudança mais recente (deploy, configuração, DNS, certificado) se os erros começaram logo depois dela.",
    "Configure um monitoramento e uma página de erro amigável que diga que a queda é temporária.",
];

/// The same, when no server answered at all (no error page can show).
pub const OWNER_ALWAYS_NO_RESPONSE: &[&str] = &[
    "Desfaça a mudança mais recente (deploy, configuração, DNS, certificado) se os erros começaram logo depois dela.",
    "Configure um monitoramento a partir de fora da sua própria rede, para que uma falha como esta chegue até você antes que os visitantes a relatem.",
];

/// "Failing for 12 minutes" and the incident sentences.
pub fn incident_text(state: crate::incident::IncidentState, minutes: u64, failures: u32) -> String {
    use crate::incident::IncidentState::*;
    match state {
        Healthy => String::new(),
        Temporary => format!("Fora do ar há {} ({} {}). Falhas curtas como esta costumam passar em poucos minutos.", minutes_text(minutes), failures, plural(failures, "tentativa sem sucesso", "tentativas sem sucesso")),
        Persistent => format!("Fora do ar há {} ({} {}): já não é uma instabilidade passageira. O dono do site precisa agir; avisá-lo ajuda.", minutes_text(minutes), failures, plural(failures, "tentativa sem sucesso", "tentativas sem sucesso")),
        Recovered => format!("O site ficou fora do ar por {} e voltou.", minutes_text(minutes)),
    }
}

/// Brazilian Portuguese: the singular for one only ("0 tentativas",
/// "1 tentativa", "2 tentativas").
fn plural(n: u32, one: &'static str, many: &'static str) -> &'static str {
    if n == 1 {
        one
    } else {
        many
    }
}

fn minutes_text(m: u64) -> String {
    match m {
        0 => "menos de um minuto".into(),
        1 => "1 minuto".into(),
        m if m < 120 => format!("{m} minutos"),
        m => duration(m.saturating_mul(60)),
    }
}

/// Words of the support report.
pub struct ReportWords;

impl ReportWords {
    /// Its heading.
    pub const HEADING: &'static str = "Relatório de erro (gerado pelo Gatewise)";
    /// Field names.
    pub const URL: &'static str = "Página";
    /// When it started.
    pub const STARTED: &'static str = "Visto pela primeira vez";
    /// The error.
    pub const ERROR: &'static str = "Erro";
    /// The vendor.
    pub const SERVER: &'static str = "Página gerada por";
    /// The vendor's own error code.
    pub const VENDOR_CODE: &'static str = "Código de erro do fornecedor";
    /// The server's own retry time.
    pub const RETRY_AFTER: &'static str = "O servidor pede para tentar de novo em";
    /// Where that time came from.
    pub fn retry_source(source: &str) -> &'static str {
        match source {
            "retry-after" => "cabeçalho Retry-After",
            "refresh" => "a atualização automática da página",
            _ => "o texto da página",
        }
    }
    /// The reference.
    pub const REFERENCE: &'static str = "Referência";
    /// The failing hop.
    pub const HOP: &'static str = "Salto com falha (estimativa)";
    /// Attempts.
    pub const TRIED: &'static str = "Já tentado";
    /// Browser.
    pub const BROWSER: &'static str = "Navegador";
    /// Automatic retries, counted.
    pub fn retries(n: u32) -> String {
        format!(
            "{n} {}",
            plural(
                n,
                "nova tentativa automática",
                "novas tentativas automáticas"
            )
        )
    }
    /// The hop names.
    pub fn hop(f: crate::Fault) -> &'static str {
        match f {
            crate::Fault::Visitor => "o lado do visitante",
            crate::Fault::Network => "a rede entre o visitante e o site",
            crate::Fault::Edge => "a CDN ou o proxy na frente do site",
            crate::Fault::Origin => "o servidor do próprio site",
            crate::Fault::Unknown => "desconhecido",
        }
    }
}

/// A name for each page variant, for people ("Cloudflare's branded error
/// page"). Every variant a fingerprint names has one (a test checks).
pub fn variant_label(id: VariantId) -> Option<&'static str> {
    Some(match id {
        VariantId::CloudflarePlain => {
            "Página de erro simples da Cloudflare (falha da própria Cloudflare)"
        }
        VariantId::CloudflareLegacy => "Página de erro antiga com a marca da Cloudflare",
        VariantId::CloudflareBranded => {
            "Página de erro com a marca da Cloudflare e o diagrama dela"
        }
        VariantId::CloudfrontDefault => "Página “The request could not be satisfied” do CloudFront",
        VariantId::FastlyGuruMediation => "Página “Guru Mediation” da Fastly",
        VariantId::VarnishGuruMeditation => "Página “Guru Meditation” do Varnish",
        VariantId::AkamaiEdgeError => {
            "Página de erro de borda da Akamai, com um número de referência"
        }
        VariantId::GoogleRobot => "Página “That's an error” do Google",
        VariantId::GfeServerError => {
            "Página “Server Error” do balanceador de carga do Google Cloud"
        }
        VariantId::AzureAppgwDefault => "Página de erro padrão do Azure Application Gateway",
        VariantId::AwsElbDefault => "Página de erro padrão do balanceador de carga da AWS",
        VariantId::HerokuApplicationError => "Página “Application Error” do Heroku",
        VariantId::HerokuMaintenance => "Página de manutenção do Heroku",
        VariantId::HerokuNoSuchApp => "Página “no such app” do Heroku",
        VariantId::VercelFunctionFailed => "Página de falha de função da Vercel",
        VariantId::VercelFunctionTimeout => "Página de tempo esgotado de função da Vercel",
        VariantId::VercelNotFound => "Página de deploy não encontrado da Vercel",
        VariantId::GithubUnicorn => "Página do unicórnio do GitHub",
        VariantId::NginxDefault => "Página de erro padrão do nginx",
        VariantId::Nginx50xHtml => "Página 50x.html que acompanha o nginx",
        VariantId::OpenrestyDefault => "Página de erro padrão do OpenResty",
        VariantId::ApacheProxyError => "Página “Proxy Error” do Apache",
        VariantId::ApacheGatewayTimeout => "Página de tempo limite do gateway do Apache",
        VariantId::ApacheServiceUnavailable => "Página “Service Unavailable” do Apache",
        VariantId::ApacheInternalError => "Página “Internal Server Error” do Apache",
        VariantId::IisDetailed => "Página de erro detalhada do IIS",
        VariantId::IisCustomError => "Página de erro do IIS",
        VariantId::HttpapiServiceUnavailable => {
            "Página “Service Unavailable” do HTTP.sys do Windows"
        }
        VariantId::HaproxyDefault => "Página de erro padrão do HAProxy",
        VariantId::SquidErrorPage => "Página de erro do Squid",
        VariantId::EnvoyLocalReply => "Resposta “upstream connect error” do Envoy",
        VariantId::EnvoyNoHealthyUpstream => "Resposta “no healthy upstream” do Envoy",
        VariantId::EnvoyUpstreamTimeout => "Resposta de tempo limite do upstream do Envoy",
        VariantId::LighttpdDefault => "Página de erro padrão do lighttpd",
        VariantId::LitespeedDefault => "Página de erro padrão do LiteSpeed",
        VariantId::RedditOw => "Página “Ow!” do Reddit",
        VariantId::WikimediaError => "Página de erro da Wikimedia",
        VariantId::TinyproxyDefault => "Página de erro do Tinyproxy",
        VariantId::PrivoxyErrorPage => "Página de erro do Privoxy",
        VariantId::TomcatErrorReport => "Relatório de erro do Tomcat",
        VariantId::JettyErrorPage => "Página de erro do Jetty",
        VariantId::GunicornDefault => "Página “Internal Server Error” do Gunicorn",
        VariantId::Blank => "Uma página em branco com um erro do servidor",
        VariantId::CustomPage => "A página de erro do próprio site",
        VariantId::NotAnError => "Uma página que funciona (ou que só fala de um erro)",
        VariantId::Challenge => "Uma página de verificação contra robôs (desafio)",
        VariantId::ClientError => "Uma página 4xx: não é uma queda",
        VariantId::Binary => "Um conteúdo que não é uma página",
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
    fn brazilian_portuguese_grammar() {
        assert_eq!(duration(0), "0 segundos");
        assert_eq!(duration(1), "1 segundo");
        assert_eq!(duration(179), "3 minutos");
        assert_eq!(duration(2 * 3600 + 60), "2 horas e 1 minuto");
        assert_eq!(duration(3 * 86_400), "3 dias");
        assert_eq!(ReportWords::retries(0), "0 novas tentativas automáticas");
        assert_eq!(ReportWords::retries(1), "1 nova tentativa automática");
        assert_eq!(
            retry_sentence(120),
            "O próprio site pede para tentar de novo em 2 minutos."
        );
        let t = incident_text(IncidentState::Temporary, 0, 1);
        assert!(
            t.starts_with("Fora do ar há menos de um minuto (1 tentativa sem sucesso)"),
            "{t}"
        );
        let t = incident_text(IncidentState::Persistent, 150, 9);
        assert!(
            t.starts_with("Fora do ar há 2 horas e 30 minutos (9 tentativas sem sucesso)"),
            "{t}"
        );
    }
}
