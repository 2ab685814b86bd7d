//! Simplified Chinese (简体中文). The same items as [`super::en`], worded
//! with the terms of Chrome's, Firefox's and Cloudflare's Simplified Chinese
//! pages; commands, key names, header names and product names are left as
//! they are. Standard reason phrases ("502 Bad Gateway") stay in English, as
//! browsers and MDN's Chinese pages show them.
//!
//! The fault sentence and the headline open with the hop they blame
//! ("网站的服务器…", "Cloudflare…", "您的…", "网络…").

use super::{CodeText, Labels, Os, Situation, Special, StepId, StepText};
use crate::network::NetworkFailure;
use crate::vendors::{VariantId, VendorId};

/// Labels of the card's interface.
pub const LABELS: Labels = Labels {
    retry_now: "立即重试",
    stop: "停止重试",
    more: "展开",
    less: "收起",
    copy_report: "复制报告",
    copied: "已复制",
    visitor_title: "您可以做什么",
    owner_title: "如果您是本网站的管理员",
    whose_fault: "问题出在哪里？",
    you: "您",
    edge: "中间节点",
    origin: "网站的服务器",
    network: "网络",
    next_retry: "下次重试",
    attempt_of: "第 {n} 次，共 {m} 次",
    offline: "已暂停：正在等待您的网络连接恢复。连接恢复后，Gatewise 会继续重试。",
    retrying: "正在检查网站…",
    back: "网站已恢复。",
    gave_up: "已停止重试。",
    gave_up_tries: "已停止重试（{retries}）：网站仍然出错。要再试一次，请重新加载页面。",
    gave_up_asked: "网站要求的等待时间比 Gatewise 自动等待的更长：请在它给出的时间重新加载页面。",
    not_resent: "此页面是提交表单的结果。Gatewise 绝不会自行重新提交表单。",
    resend: "重新提交表单",
    reference: "参考编号",
    written_by: "错误页面来自",
    served_through: "经由",
    working: "正常",
    failing: "故障",
    unknown: "未知",
    your_connection: "您的网络连接",
    check_status: "只有我打不开吗？",
    checking_status: "正在查询公开的状态页…",
    check_status_note:
        "查询网站的公开状态页及其服务商的状态页，只会提供网站的域名。在您点击之前不会查询任何内容。",
    status_link_only: "{name} 没有发布 Gatewise 能读取的状态：请查看其状态页。",
    status_site_unknown: "{name} 没有给出状态答复（此网站可能没有公开的状态页），检查于 {at}",
    status_unknown: "{name} 的状态没有给出可读的答复，检查于 {at}",
    status_said: "{name} 显示：{said}，检查于 {at}",
    status_operational: "{name} 显示：所有系统运行正常，检查于 {at}",
    status_degraded: "{name} 显示：部分服务性能下降，检查于 {at}",
    status_outage: "{name} 显示：发生重大故障，检查于 {at}",
    status_maintenance: "{name} 显示：正在维护，检查于 {at}",
    status_sum_none: "此网站没有可供查询的公开状态页。",
    status_sum_outage: "不只是您：{name} 报告了故障。",
    status_sum_degraded: "可能不只是您：{name} 报告了问题。",
    status_sum_maintenance: "{name} 报告正在维护。",
    status_sum_operational:
        "没有公开报告的故障：此错误可能只出在这个网站，或者尚未出现在其状态页上。",
    status_sum_unreadable: "没有任何状态页给出可读的答复。",
};

/// The headline, what happened and whose fault, when the visitor's own
/// connection is the likely fault (see [`super::ConnectionCause`]).
pub fn connection(cause: super::ConnectionCause) -> (String, String, String) {
    use super::ConnectionCause::*;
    match cause {
        Offline => (
            "您的网络连接已断开，问题不在网站".into(),
            "您的浏览器报告完全没有网络连接，因此现在任何网站都无法加载。Gatewise 会等待连接恢复，然后重新加载此页面。".into(),
            "您的网络连接，而不是网站。".into(),
        ),
        CaptivePortal => (
            "您所在的网络要求先登录".into(),
            "此网络（酒店、机场、咖啡馆或办公室的 Wi-Fi）在您通过它自己的页面登录之前，会拦住所有连接，因此网站要么打不开，要么会跳转到那个页面。登录后，Gatewise 会重新加载此页面。".into(),
            "您所在网络的登录页面，而不是网站。".into(),
        ),
        ManySites { sites } => (
            "您的网络连接似乎出了问题，问题不在网站".into(),
            format!("在过去一分钟内，有 {sites} 个互不相关的网站加载失败。这说明问题出在您自己的网络连接（Wi-Fi、路由器、VPN、DNS）上，而不是这个网站，因此 Gatewise 会等待连接恢复，而不是再次请求网站。"),
            "您的网络连接的可能性最大：多个网站同时无法加载。".into(),
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
    title: "服务器错误",
    headline: "网站的服务器出现了问题",
    what: "网站返回了它自己的错误。服务器在处理您的请求时出了故障，并不是您发送的内容导致的。",
    fault: "网站一方。这类错误几乎从来不是访问者造成的。",
    owner: &[
        "查看故障发生时 Web 服务器和应用的错误日志。",
        "检查服务器的状况：CPU、内存、磁盘空间、工作进程池。",
    ],
};

/// A bot check, never an outage.
pub const CHALLENGE: CodeText = CodeText {
    code: 0,
    title: "安全检查",
    headline: "网站正在确认您是真人",
    what: "这是网站的防护服务进行的安全检查，并不是故障。通常几秒钟内会自动通过，或者要求您勾选一个复选框。",
    fault: "不是任何一方的问题：网站运行正常。Gatewise 绝不会自行重试此类检查。",
    owner: &["如果真实访问者经常看到此页面，请检查防护服务的安全级别和防火墙规则。"],
};

/// A page that works, or a 4xx.
pub const NOT_AN_ERROR: CodeText = CodeText {
    code: 0,
    title: "没有故障",
    headline: "此页面不是服务器故障",
    what: "网站已作出响应。如果页面上谈到了错误，那只是在描述错误，而不是出了错误。",
    fault: "不是任何一方的问题：服务器运行正常。",
    owner: &[],
};

/// A 4xx answer other than 429.
pub const CLIENT_ERROR: CodeText = CodeText {
    code: 0,
    title: "请求被拒绝",
    headline: "网站运行正常，但拒绝了此页面或找不到此页面",
    what: "4xx 响应表示服务器正常工作，并针对这个请求作出了决定：页面不存在、需要登录，或请求被拒绝。等待不会改变结果。",
    fault: "没有故障。请检查网址或网站上的链接。",
    owner: &["如果该页面应该存在，请检查最近的迁移和重定向，以及访问规则。"],
};

/// 429: a rate limit. Waiting is the fix.
pub const TOO_MANY_REQUESTS: CodeText = CodeText {
    code: 429,
    title: "429 Too Many Requests",
    headline: "网站正在限制您的请求频率",
    what: "网站运行正常，但它会统计来自您的请求（通常按 IP 地址），而您目前已超出上限。一段时间后限制会自动解除；在此之前，每次重新加载都会多算一次请求。",
    fault: "没有故障：这是网站自己的限制。与您共用同一地址的其他人（VPN、办公室、移动运营商）的请求也可能被算在内。",
    owner: &[
        "如果真实访问者触发了限制，请提高上限，或按比 IP 地址更细的维度计数：VPN 或移动运营商会让许多人共用一个地址。",
        "每个 429 响应都附带 Retry-After，让浏览器和工具知道何时再来。",
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
    t(500, "500 Internal Server Error", "网站的服务器处理此请求时出错",
      "网站的服务器在处理您的请求时出了故障。最常见的是应用程序的问题（程序缺陷、损坏的插件或主题、资源限制），但 Web 服务器自己也会返回 500，例如 .htaccess 中有语法错误，或其重写规则出现循环。",
      "网站的服务器或其应用程序。您没有做错任何事。",
      &["打开故障发生时应用程序的错误日志：堆栈跟踪或致命错误会指出原因。",
        "如果应用程序什么都没记录，请查看 Web 服务器的错误日志：Apache 会在其中报告损坏的 .htaccess（\"Invalid command\"）和重写循环（\"Request exceeded the limit of 10 internal redirects\"）。",
        "撤销最近一次部署、插件更新或配置更改，看错误是否消失。",
        "检查内存限制（PHP memory_limit、WP_MEMORY_LIMIT、容器限制）和磁盘空间。"]),
    t(501, "501 Not Implemented", "网站的服务器不支持所请求的功能",
      "服务器没有实现此请求所用的方法或功能。这取决于网站的配置，等待不会改变结果。",
      "网站的配置。",
      &["检查服务器和代理对此 URL 允许哪些方法；代理可能会拒绝它不认识的方法。"]),
    t(502, "502 Bad Gateway", "网站的服务器给网关返回了无效响应，或没有响应",
      "网站前面的网关（代理、负载均衡器或 CDN）把您的请求转发给后面的服务器，却收到了无效的响应，或根本没有响应。后面的服务器可能崩溃了、正在重启、拒绝了连接或工作进程已耗尽，也可能是网关指向了错误的地址。",
      "多数情况下是网关后面的网站服务器。重启或突发负载几分钟内就会过去；配置错误则会一直持续到有人修复为止。",
      &["检查应用服务器（PHP-FPM、gunicorn、uWSGI、Node、Java 服务器）是否在运行，没有运行就重启它。",
        "查看代理的错误日志以找到确切原因：\"connect() failed (111: Connection refused)\"、套接字的 \"No such file or directory\"、\"upstream prematurely closed connection\"。",
        "检查代理是否指向正确的地址：nginx 的 fastcgi_pass 或 proxy_pass、Apache 的 ProxyPass，是否与应用监听的地址或套接字一致。",
        "检查内存和工作进程池：内存耗尽或所有工作进程都在忙的服务器会断开连接。"]),
    t(503, "503 Service Unavailable", "网站的服务器暂时不接受请求",
      "服务器在运行，但拒绝了您的请求：可能正在进行计划内维护、负载过高、没有健康的后端可以转发，或者在限制每个地址的请求数。有时它会告诉您何时再来。",
      "网站的服务器：繁忙、维护中或在限制请求。限流可能把别人的流量也算在您头上：nginx 默认用 503 回应限流，因此共用的 VPN 或移动运营商地址也可能触发它。",
      &["如果是计划内维护，请发送 Retry-After 响应头，并提供一个说明预计何时恢复的页面。",
        "从负载均衡器或代理的角度检查后端状态：503 往往意味着没有可用的后端来处理请求。",
        "nginx 的限流（limit_req、limit_conn）默认返回 503：设置 limit_req_status 429 和 limit_conn_status 429，以免限流被误认为故障。",
        "检查容量：工作进程池大小、连接数上限、CPU 和内存；如果负载是真实的，就横向扩容。"]),
    t(504, "504 Gateway Timeout", "网站的服务器响应时间过长",
      "网站前面的网关一直在等后面的服务器响应，在响应到来之前就放弃了。服务器可能仍在运行，只是很慢：数据库查询耗时过长、对其他服务的调用卡住，或负载过高。",
      "网关后面的网站服务器，目前响应太慢。",
      &["找出慢请求：慢查询日志、应用的链路追踪、没有设置超时的外部 API 调用。",
        "让整条链路上的超时保持一致（nginx 的 proxy_read_timeout 或 fastcgi_read_timeout、PHP-FPM 的 request_terminate_timeout、max_execution_time）：网关的等待时间应比应用略长。",
        "把耗时的工作（导出、导入、报表）移到后台任务，而不是放在请求中执行。"]),
    t(505, "505 HTTP Version Not Supported", "网站的服务器拒绝了所用的 HTTP 版本",
      "服务器不支持请求所用的 HTTP 版本。这是网站一方的配置不匹配，通常发生在代理和它后面的服务器之间。",
      "网站的配置。",
      &["检查每一跳启用的 HTTP 版本（HTTP/1.1、HTTP/2、HTTP/3），以及代理与后端通信所用的版本。"]),
    t(506, "506 Variant Also Negotiates", "网站的内容协商配置有误",
      "服务器被设置为在页面的多个版本中进行选择，而它的规则又指回了自身。这是网站的配置错误。",
      "网站的配置。",
      &["检查内容协商的配置（Apache 中为 MultiViews 和类型映射），找出会再次协商的变体。"]),
    t(507, "507 Insufficient Storage", "网站的服务器存储空间不足",
      "服务器无法存储完成请求所需的数据：磁盘或配额已满。",
      "网站的服务器。",
      &["释放磁盘空间或提高配额；检查日志轮转和临时文件，它们会悄无声息地占满磁盘。"]),
    t(508, "508 Loop Detected", "网站的服务器因循环或资源限制而停止",
      "按标准，508 是 WebDAV 在请求会沿着绑定的循环无限走下去时给出的响应（RFC 5842）。但网上见到的 508 大多是另一回事：共享主机在网站账户用完所允许的进程数或 CPU 时，会连同“Resource Limit Is Reached”页面一起发送它。（重定向循环不是 508：浏览器会报告为重定向次数过多。）",
      "网站的主机资源限制，或其 WebDAV 配置。",
      &["在共享主机上，到控制面板查看账户的资源使用情况（Entry Processes、CPU、内存）：“Resource Limit Is Reached”表示触及了某项限制；找出占用资源的原因，或升级套餐。",
        "使用 WebDAV 时，查找包含自身的绑定或集合。"]),
    t(509, "509 Bandwidth Limit Exceeded", "网站的主机套餐流量已用完",
      "当网站用完套餐当前允许的全部流量时，一些主机控制面板会发送这个非官方代码。",
      "网站的主机套餐。",
      &["检查主机账户的带宽用量和限制；升级套餐，或在前面加上缓存或 CDN。"]),
    t(510, "510 Not Extended", "网站的服务器要求使用请求中没有的扩展",
      "服务器要求一个请求中未包含的 HTTP 扩展。这种情况很少见，取决于网站的设置。",
      "网站的配置。",
      &["检查服务器策略要求哪个扩展，以及此 URL 是否真的应该要求它。"]),
    t(511, "511 Network Authentication Required", "您所在的网络要求您登录",
      "您所连接的网络（酒店、机场、咖啡馆或办公室的 Wi-Fi）在您于它自己的页面上登录之前，会拦住您的连接。网站本身大概没有问题。",
      "您所在网络的登录页面，而不是网站。",
      &["511 来自访问者与您之间的网络，而不是您的网站：网站上无需做任何更改。"]),
    t(520, "520 Web Server Returned an Unknown Error", "网站的服务器返回了 Cloudflare 无法使用的响应",
      "Cloudflare 连上了网站的源服务器，但响应为空、格式错误或被截断，或者连接被重置。",
      "Cloudflare 后面的网站服务器。",
      &["查看源服务器在出现 520 时的错误日志，看是否有崩溃。",
        "检查响应头是否过大（Cookie 太多），以及源服务器是否过早关闭连接。",
        "确保源服务器没有屏蔽 Cloudflare 的 IP 地址段，也没有对其限流。"]),
    t(521, "521 Web Server Is Down", "网站的服务器拒绝了 Cloudflare 的连接",
      "Cloudflare 尝试连接网站的源服务器，但被拒绝：Web 服务器已停止，或防火墙屏蔽了 Cloudflare。",
      "Cloudflare 后面的网站服务器。",
      &["检查 Web 服务器是否在运行，并在 Cloudflare 使用的端口（80 或 443）上监听。",
        "在防火墙、iptables、fail2ban 和主机的安全设置中放行 Cloudflare 的 IP 地址段。"]),
    t(522, "522 Connection Timed Out", "网站的服务器没有及时回应 Cloudflare",
      "Cloudflare 尝试连接网站的源服务器时超时了，有两种情况：服务器始终没有接受连接（19 秒内没有 SYN+ACK），或者接受了连接却始终没有确认 Cloudflare 的请求（90 秒内没有 ACK）。服务器过载、离线，或正在丢弃 Cloudflare 的数据包。",
      "Cloudflare 后面的网站服务器。",
      &["检查源服务器是否在线且没有过载。",
        "放行 Cloudflare 的 IP 地址段；悄悄丢弃这些流量的防火墙恰好会造成这种错误。",
        "检查 Cloudflare 中的 DNS 记录是否指向正确的源服务器地址。"]),
    t(523, "523 Origin Is Unreachable", "网站的服务器对 Cloudflare 不可达",
      "Cloudflare 找不到通往网站源服务器的路由。设置中的地址可能有误，或者服务器前面的网络已中断。",
      "网站的服务器，或它在 Cloudflare 中的地址设置。",
      &["检查 Cloudflare DNS 设置中的 A/AAAA 记录：迁移之后它们常常仍指向旧地址。",
        "询问主机服务商通往服务器的路由是否有问题。"]),
    t(524, "524 A Timeout Occurred", "网站的服务器回应 Cloudflare 的时间过长",
      "Cloudflare 已连接到网站的源服务器，但在 Cloudflare 的时间限制（默认 100 秒）内没有收到响应。",
      "Cloudflare 后面的网站服务器，它太慢了。",
      &["在源服务器日志中找到慢请求；耗时的报表和导入应放到后台任务中。",
        "检查出现 524 时源服务器的负载和数据库性能。"]),
    t(525, "525 SSL Handshake Failed", "网站的服务器与 Cloudflare 的 SSL 握手失败",
      "Cloudflare 尝试通过 HTTPS 与网站的源服务器通信，但 TLS 握手失败。",
      "网站的 TLS 设置。",
      &["检查源服务器是否在 443 端口上接受带 SNI 的 HTTPS，并且与 Cloudflare 至少有一个共同的密码套件。",
        "检查 SSL/TLS 加密模式：“完全”和“完全（严格）”要求源服务器上有可用的证书；切换到“灵活”只会掩盖问题。"]),
    t(526, "526 Invalid SSL Certificate", "网站的服务器使用了 Cloudflare 不接受的证书",
      "Cloudflare 被设置为验证网站自己的证书（“完全（严格）”模式），而该证书已过期、是自签名的，或属于其他域名。",
      "网站的证书。",
      &["续订或更换源服务器证书；Cloudflare 源服务器 CA 证书可用于“完全（严格）”模式。",
        "检查证书是否覆盖确切的主机名，以及证书链是否完整。"]),
    t(527, "527 Railgun Error", "网站与 Cloudflare 之间的 Railgun 连接失败",
      "Cloudflare 与网站的 Railgun 监听程序之间的连接失败。Railgun 是已停用的产品，因此这说明还在使用旧的配置。",
      "Cloudflare 后面的网站配置。",
      &["检查 Railgun 监听程序及其日志，或从配置中移除 Railgun。"]),
    t(530, "530 Origin Error", "网站的服务器返回了非官方的错误",
      "530 不是标准的 HTTP 代码。Cloudflare 会使用它，并在页面上附带自己的错误编号；而此页面看起来不像 Cloudflare 的页面，所以这个代码来自网站自己的服务器或主机，其含义由它们自行定义（常见的是网站被主机冻结或暂停）。",
      "网站的服务器或其主机。",
      &["在日志中找出发送 530 的那一环（Web 服务器、主机面板、应用）；它不是标准代码，含义由该软件自行定义。"]),
    t(598, "598 Network Read Timeout", "网站的服务器未能及时向代理返回数据",
      "当后面的服务器在响应完成之前停止发送数据时，一些代理会发送这个非官方代码。",
      "网站的服务器，或代理后面的网络。",
      &["检查源服务器的响应时间和代理的读取超时。"]),
    t(599, "599 Network Connect Timeout", "网站的服务器未能及时接受代理的连接",
      "当代理在其时间限制内无法与后面的服务器建立连接时，一些代理会发送这个非官方代码。",
      "网站的服务器，或代理后面的网络。",
      &["检查源服务器是否在运行、代理能否访问它；检查两者之间的防火墙。"]),
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
    special(&[VendorId::Cloudflare], None, None, Some("1101"), false, t(0, "", "Cloudflare 无法运行网站的 Worker（Cloudflare 错误 1101）",
      "该网站把部分代码放在 Cloudflare 自己的服务器上运行（即 Worker），这段代码在处理您的请求时抛出了异常。Cloudflare 返回了错误 1101：故障发生在 Cloudflare 的边缘，请求还没有到达网站自己的服务器。",
      "Cloudflare 的边缘，确切地说是网站部署在那里的 Worker 代码，而不是您。只有当错误与时机有关时，重新加载才会有用。",
      &["Cloudflare 错误 1101：打开 Worker 的日志（控制台中的 Workers Logs，或 wrangler tail），找到此 Ray ID 对应的异常。",
        "在 Worker 的 fetch 处理程序中捕获错误并返回自己的响应，或调用 ctx.passThroughOnException()，让出错的 Worker 回退到源服务器。"])),
    special(&[VendorId::Cloudflare], None, None, Some("1102"), false, t(0, "", "Cloudflare 终止了网站的 Worker（Cloudflare 错误 1102）",
      "该网站把部分代码放在 Cloudflare 自己的服务器上运行（即 Worker），这段代码在处理您的请求时超出了 CPU 时间或内存限制。Cloudflare 终止了它并返回错误 1102，请求还没有到达网站自己的服务器。",
      "Cloudflare 的边缘，确切地说是网站部署在那里的 Worker 代码，而不是您。",
      &["Cloudflare 错误 1102：Worker 超出了 CPU 时间或内存限制；在 Worker 的日志中找到开销大的请求并加以优化，或在付费套餐中提高限制。"])),
    special(&[VendorId::Cloudflare], None, Some(530), None, true, t(530, "530 Origin Error", "网站在 Cloudflare 上的设置导致无法提供服务",
      "Cloudflare 返回了 530，并附带自己的错误（页面上的 1xxx 编号），最常见的原因是网站在 Cloudflare 上的 DNS 记录、源服务器地址或隧道设置有误。",
      "网站在 Cloudflare 上的配置。",
      &["在 Cloudflare 的文档中查找页面上显示的 1xxx 代码；1016 表示 Cloudflare 无法解析源服务器的域名，1033 表示网站的 Cloudflare Tunnel 未连接。",
        "在 Cloudflare 控制台中检查网站的 DNS 记录和隧道。"])),
    special(&[VendorId::Heroku], Some(VariantId::HerokuApplicationError), None, None, true, t(0, "", "网站在 Heroku 上的应用出错了",
      "Heroku 的路由器没能从网站的应用得到响应。最常见的原因是应用崩溃（Heroku 错误 H10）；请求运行超过 30 秒（H12），或应用没有任何 web dyno 在运行（H14），也会显示同样的页面。",
      "网站在 Heroku 上的应用；不是您，也不是过载或维护。",
      &["Heroku：运行 heroku ps 查看 web dyno 是否崩溃或缺失，修复日志中显示的崩溃，然后运行 heroku ps:restart。"])),
    special(&[VendorId::Heroku], Some(VariantId::HerokuMaintenance), None, None, false, t(0, "", "网站在 Heroku 上的应用处于维护模式",
      "网站管理员开启了 Heroku 的维护模式，因此在关闭之前，Heroku 会对每个请求都返回此页面。",
      "网站管理员有意为之；不是您。",
      &["Heroku：工作完成后运行 heroku maintenance:off。"])),
    special(&[VendorId::AwsElb], None, Some(503), None, true, t(0, "", "网站的负载均衡器没有可以转发的服务器",
      "网站的 AWS 负载均衡器运行正常，但其目标组中没有已注册的服务器来接收您的请求（或在它服务的某个可用区中没有）。如果服务器只是不健康，它仍然会向其发送流量；这个响应意味着根本没有服务器。",
      "网站在 AWS 负载均衡器后面的配置：没有注册任何服务器来处理请求。",
      &["AWS 负载均衡器 503：目标组中没有已注册的目标，或在已启用的可用区中没有。请注册目标，或检查本应负责注册的 Auto Scaling 组或部署；当所有目标都不健康时，ALB 会失效开放并继续向它们转发，所以这不是健康检查失败。"])),
    // A proxy or CDN whose 503 page says its backend failed: no rate limit here.
    special(&[VendorId::Varnish, VendorId::Fastly, VendorId::Squid, VendorId::Envoy, VendorId::Haproxy, VendorId::Akamai, VendorId::Cloudfront, VendorId::GoogleCloudLb, VendorId::AzureAppGateway, VendorId::Traefik, VendorId::Nghttpx, VendorId::H2o, VendorId::Privoxy, VendorId::Trafficserver], None, Some(503), None, true, t(0, "", "网站在代理后面的服务器无法接受请求",
      "网站前面的代理或 CDN 代为作出了响应：它后面没有可用的服务器来处理您的请求。要么一台都没有运行，要么全部未通过健康检查，要么与它们的连接失败了。",
      "代理或 CDN 后面的网站服务器；不是您。",
      &["检查代理转发到的服务器：它们是否在运行、是否通过健康检查、代理能否访问到它们（地址、端口、防火墙）？",
        "检查容量：工作进程池大小、连接数上限、CPU 和内存；如果负载是真实的，就横向扩容。"])),
    special(&[VendorId::MicrosoftHttpapi], None, Some(503), None, true, t(0, "", "网站的 Windows 服务器在任何应用看到请求之前就拒绝了它",
      "回应您的是 Windows 自己的 HTTP 层（HTTP.sys），而不是网站的应用：应用程序池可能已停止、请求队列已满、达到了连接数上限，或者该地址属于一个根本不是 IIS 的服务。",
      "网站的 Windows 服务器；不是您。",
      &[])),
];

/// The words for a failure of the CDN or proxy itself, named `edge`:
/// headline, what happened, whose fault.
pub fn edge_failure(edge: &str) -> (String, String, String) {
    (
        format!("{edge} 自身出现故障"),
        format!("{edge} 是位于网站前面的服务，它自己出了故障，无法完成您的请求，因此后面的网站服务器很可能根本没有收到请求。这类故障通常持续时间很短，并且只限于 {edge} 的某一个节点。"),
        format!("网站前面的 {edge}；不是您，很可能也不是网站自己的服务器。"),
    )
}

/// Owner items when the CDN or proxy in front failed on its own side.
pub fn edge_owner(vendor: Option<VendorId>) -> &'static [&'static str] {
    match vendor {
        Some(VendorId::Cloudflare) => &["此错误来自 Cloudflare 自身，而不是您的源服务器：请在 cloudflarestatus.com 查看是否有事件；如果持续出现，请把 Ray ID 和时间发给 Cloudflare 支持。"],
        _ => &["网站前面的服务自身出了故障：请查看它的状态页面；如果持续出现，请把参考编号和时间发给它的支持团队。"],
    }
}

/// A time the server asked for, in words. Rounded up, never down: "179
/// seconds" is "3 minutes", never "2". Chinese has no plural: "3 分钟".
pub fn duration(seconds: u64) -> String {
    match seconds {
        60 => "1 分钟".into(),
        0..=119 => format!("{seconds} 秒"),
        s if s < 2 * 3600 => format!("{} 分钟", s.div_ceil(60)),
        s if s < 2 * 86_400 => {
            let m = s.div_ceil(60);
            match m % 60 {
                0 => format!("{} 小时", m / 60),
                r => format!("{} 小时 {r} 分钟", m / 60),
            }
        }
        s => format!("{} 天", s.div_ceil(86_400)),
    }
}

/// The fault sentence of a 503 that says when to come back: a planned or
/// announced pause, not a rate limit.
pub const FAULT_503_TIMED: &str = "网站的服务器，目前暂时不可用；不是您。";

/// The sentence added to the fault when the server said when to come back.
pub fn retry_sentence(seconds: u64) -> String {
    format!("网站自己表示请在 {}后重试。", duration(seconds))
}

/// "Cloudflare error 1101", for the report.
pub fn vendor_code_text(vendor_name: &str, code: &str) -> String {
    format!("{vendor_name} 错误 {code}")
}

const NETWORK: [CodeText; 16] = [
    t(0, "找不到网站", "此网站的域名解析失败",
      "您的浏览器向 DNS（互联网的域名目录）查询此网站的地址，但没有得到结果。要么回答是“没有这个域名”（NXDOMAIN：域名输错了、不存在，或域名已过期、记录已丢失），要么查询本身失败了，因为 DNS 服务器没有响应。",
      "域名解析（DNS）：要么是您所用连接的 DNS 解析器，要么是网站的域名。下面的步骤可以分辨是哪一个。",
      &["检查域名的记录是否存在并指向正确的地址、域名是否已过期，以及其域名服务器是否有响应。",
        "“没有这个域名”的回答也会被缓存（否定缓存，时长由区域的 SOA 记录决定），因此在修复之前查询过的解析器会一直失败，直到缓存过期；更改过的记录同样会保留到 TTL 结束。"]),
    t(0, "连接被拒绝", "网站的服务器拒绝了连接",
      "您的浏览器到达了网站所在的机器，但那里没有任何程序接受连接：Web 服务器没有运行，或者防火墙拒绝了连接。",
      "网站的服务器，除非是您这一侧的防火墙或代理拦截了它。",
      &["检查 Web 服务器是否在运行，并在 80 和 443 端口上监听。",
        "检查服务器前面的防火墙规则。"]),
    t(0, "连接被重置", "与网站的连接被中断",
      "连接已经建立，但在页面到达之前被切断了。可能是网站的服务器在响应过程中崩溃，也可能是途中的某个环节（防火墙、代理、VPN）切断了它。",
      "您与网站之间的网络，或网站的服务器。",
      &["查看当时 Web 服务器是否崩溃或重启，以及是否有防火墙或 DDoS 防护在重置连接。"]),
    t(0, "连接超时", "与网站的连接超时",
      "您的浏览器一直在等网站响应，但没有及时得到回应。服务器可能已宕机或过载，或者途中有环节在丢弃流量。",
      "途中的网络，或网站的服务器。",
      &["检查服务器是否在运行、能否从外部访问，以及防火墙是否在悄悄丢弃连接。"]),
    t(0, "空响应", "网站的服务器没有回应就关闭了连接",
      "网站的服务器接受了连接，却什么都没发回就把它关闭了：很可能是它在处理请求时崩溃或重启了。",
      "网站的服务器。",
      &["查看当时 Web 服务器或应用是否崩溃、重启或因内存不足被终止。"]),
    t(0, "没有网络连接", "您的设备处于离线状态",
      "您的浏览器报告它完全没有连接到互联网，因此现在任何网站都无法加载。",
      "您的网络连接，而不是网站。",
      &[]),
    t(0, "安全连接失败", "无法与网站建立安全连接",
      "您的浏览器和网站无法就如何保护连接达成一致：这是 TLS 协议或加密算法错误，而不是证书问题。最常见的原因是中间有东西在干扰：扫描 HTTPS 的杀毒软件、代理、VPN 或带过滤的网络。旧的浏览器或系统，或只提供过时协议的网站，也会出现同样的错误。",
      "从这里无法判断：可能是您这一侧拦截安全连接的软件或网络、过时的系统，或网站的 TLS 设置。",
      &["用 SSL 检测工具测试网站：协议（TLS 1.2 和 1.3）、密码套件和证书链；并确认 443 端口使用的是 TLS，而不是普通 HTTP。"]),
    // The kinds below came with the full lists of browser errors (issue 11).
    t(0, "无法访问网站", "网络无法到达网站的服务器",
      "您的浏览器已经得到了网站的地址，却找不到通往它的路：要么没有任何路由通向那里，要么途中的防火墙禁止了这个连接。网站的服务器可能已经与网络断开，或者您与它之间的某段网络出了故障。",
      "途中的网络，或已与网络断开的网站服务器。",
      &["检查服务器是否在运行，以及域名的 A 和 AAAA 记录是否指向它实际响应的地址：服务器已不再监听 IPv6，却仍保留着 IPv6 记录，就会导致这个错误。",
        "检查服务器前面的防火墙和路由。"]),
    t(0, "网络已变化", "您的网络连接在页面加载期间发生了变化",
      "您的设备在加载过程中切换了网络（从 Wi-Fi 切换到移动数据、VPN 连接或断开、从睡眠中唤醒），浏览器因此放弃了正在进行的请求。在新的连接上重新加载通常就能打开。",
      "您的网络连接的短暂变化，而不是网站。",
      &[]),
    t(0, "证书错误", "浏览器无法信任此连接的证书",
      "您的浏览器在与网站通信之前就停了下来，因为网站出示的证书对这个域名来说不可信：已过期或尚未生效、是为其他域名签发的、由浏览器不认识的证书颁发机构签名，或已被吊销。这通常是网站的错误，但在您设备的时钟不准、Wi-Fi 登录页面或安全软件介入连接，或有人拦截连接时，也会出现同样的错误。在需要登录或付款的网站上，不要让浏览器强行继续访问。",
      "从这里无法判断：最常见的是网站的证书（已过期、域名不符、缺少中间证书）；有时是您的时钟、您的网络，或检查加密流量的软件。等待不会改变证书，因此 Gatewise 不会重试。",
      &["用 SSL 检测工具检查证书：有效期、涵盖的域名，以及服务器是否发送了完整的证书链（包括中间证书）。",
        "检查自动续期（certbot，或主机商、CDN 提供的续期）是否已运行，以及续期后 Web 服务器是否已重新加载。"]),
    t(0, "需要您自己的证书", "打开此网站需要您自己的证书",
      "此网站只允许在建立安全连接时出示自己证书（来自智能卡、雇主或政府机构）的访问者进入，而浏览器没有发送证书，或发送的证书被拒绝了。",
      "您这一侧：网站要求您提供的证书。Gatewise 不会重试此错误。",
      &["如果访问者本不需要证书，请检查服务器的客户端证书设置（nginx 的 ssl_verify_client、Apache 的 SSLVerifyClient）。",
        "检查您为客户端证书所接受的证书颁发机构，是否正是签发访问者证书的机构。"]),
    t(0, "响应无效", "网站的回应违反了 HTTP 规则",
      "您的浏览器已连接并收到了回应，但无法使用它：格式错误、被截断、压缩方式不对，或者 HTTP/2 或 HTTP/3（QUIC）数据流失败了。这通常是网站的服务器、其 CDN 或中间的代理造成的；偶尔也可能是您这一侧会改写流量的安全软件或代理。",
      "网站的服务器或其前面的服务，可能性最大。",
      &["查看 Web 服务器和代理的日志，找出 HTTP/2 数据流重置、被截断的响应，以及过早关闭连接的上游。",
        "检查 Content-Length 和 Content-Encoding 是否与实际发送的正文一致（正文被压缩了两次、长度被代理改动过）。",
        "如果错误只在使用 HTTP/2 或 HTTP/3 时出现，请与关闭它们后的情况对比，并检查代理的请求头大小限制和超时设置。"]),
    t(0, "代理出错", "您的代理出了故障：浏览器无法通过它访问",
      "您的浏览器被设置为通过代理访问网络（由您本人、您的雇主或学校设置，或由代理脚本设置），而这个代理无法连接、要求的登录失败了，或者不肯转发请求。网站本身根本没有被访问到。",
      "您所在网络的代理，而不是网站。",
      &[]),
    t(0, "重定向循环", "网站的重定向陷入了循环",
      "网站把您的浏览器从一个地址重定向到另一个地址的次数太多，或者重定向到了浏览器不会跟随的地址，浏览器因此放弃了。最常见的原因是网站的两项设置相互矛盾（HTTP 与 HTTPS、带与不带 www）；偶尔是一个旧 Cookie 让登录一直循环下去。",
      "网站的设置，最为常见；偶尔是您的旧 Cookie。Gatewise 不会重试此错误。",
      &["用 curl -sIL 跟踪重定向，找出循环在哪里闭合。",
        "检查应用、Web 服务器和 CDN 对 HTTPS 和主机名的设置是否一致：处于“灵活”TLS 模式的 CDN 会用 HTTP 请求一台会重定向到 HTTPS 的服务器，如此无限循环。"]),
    t(0, "地址被拒绝", "浏览器不会打开此地址",
      "这是浏览器拒绝加载的地址：格式错误、使用了浏览器不认识的协议，或使用了留给其他服务（例如邮件）的端口，浏览器为了保护这些服务而屏蔽了这些端口。",
      "地址本身，而不是网站的服务器。Gatewise 不会重试此错误。",
      &["如果是您自己的链接指向这里，请在常用端口（80 和 443）上提供网站，并修正链接。"]),
    t(0, "网络错误", "无法加载此页面",
      "您的浏览器报告其网络层出现了故障，但除了页面没有送达之外，没有更多信息。这类故障往往很短暂。",
      "从这里无法判断。",
      &["检查服务器是否在运行，并且能从您自己的网络之外访问。"]),
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
            (format!("等待 {d}，然后只重新加载一次"), format!("网站已说明何时再来：{d}后。在此之前的每次重新加载都会多算一次请求，并可能让限制继续生效。"))
        }
        (Wait, _) if retry_s.is_some() => {
            let d = duration(retry_s.unwrap_or_default());
            (format!("等待 {d}，然后重新加载"), format!("网站已说明何时再来：{d}后。提前尝试不太可能成功，Gatewise 在此之前也不会重试。"))
        }
        (Wait, S::RateLimited) => ("等几分钟，然后只重新加载一次".into(), "限制会自动解除。在此之前的每次重新加载都会多算一次请求，并可能让限制继续生效。".into()),
        (Wait, _) => ("等一分钟，然后重新加载".into(), "短暂的故障通常几分钟内就会消失；由配置错误引起的故障则会一直持续到有人修复。Gatewise 会替您重试，并拉开重试间隔，以免增加网站的负担。".into()),
        (DownForEveryone, _) => ("看看是否所有人都打不开".into(), "用“是所有人都打不开还是只有我”之类的检测网站，或查看网站的状态页面、社交媒体账号，就能知道别人是否也遇到同样的情况。".into()),
        (OtherSites, S::Dns) => ("看看其他网站能否打开".into(), "如果都打不开，说明您的网络连接或其 DNS 出了问题。如果能打开，说明这个网站的域名要么在域名一侧出了问题，要么卡在您这边的缓存里；后面的步骤会清除该缓存。".into()),
        (OtherSites, _) => ("看看其他网站能否打开".into(), "如果能打开，说明您自己的网络连接没问题，问题出在网站或通往网站的路上。".into()),
        (PrivateWindow, _) => ("试试无痕式窗口".into(), "无痕式窗口（Firefox 中称为隐私窗口）不带您的扩展程序和 Cookie，可以排除它们的影响。".into()),
        (HardReload, _) if mobile => ("重新加载页面".into(), "手机浏览器没有跳过缓存的重新加载；如果普通的重新加载仍显示同样的错误，清除此网站的数据（见下文）可以起到同样的作用。".into()),
        (HardReload, _) => ("不使用缓存重新加载".into(), "这会从网站重新获取页面，而不是使用浏览器缓存中的副本。".into()),
        (OtherNetwork, S::Edge) if mobile => ("换个网络或设备试试".into(), "在 Wi-Fi 和移动数据之间切换：换一个网络，可能会通过网站前面那项服务的另一个节点访问网站。".into()),
        (OtherNetwork, S::Edge) => ("换个设备或网络试试".into(), "例如用手机的移动数据，而不是同一个 Wi-Fi：换一个网络，可能会通过网站前面那项服务的另一个节点访问网站。".into()),
        (OtherNetwork, _) if mobile => ("换个网络或设备试试".into(), "在 Wi-Fi 和移动数据之间切换，或用连着其他网络的电脑试试。".into()),
        (OtherNetwork, _) => ("换个设备或网络试试".into(), "例如用手机的移动数据，而不是同一个 Wi-Fi。".into()),
        (ClearSiteData, _) => ("清除此网站的 Cookie 和缓存".into(), "在浏览器设置中只删除此网站存储的数据，然后重新加载。这会让您退出该网站的登录，网站保存的未提交内容也会丢失。".into()),
        (FlushDns, S::Dns) if mobile => ("刷新手机的 DNS".into(), "您的手机可能还记着一次失败的解析结果；这一步会让它重新查询。手机上没有相应的命令：重新连接网络即可。".into()),
        (FlushDns, S::Dns) => ("清除 DNS 缓存".into(), "您的设备可能还记着一次失败的解析结果；这一步会让它重新查询。Chrome 有自己的 DNS 缓存，这样做清除不了它：请打开 chrome://net-internals/#dns 并点击 Clear host cache（Firefox：about:networking#dns，点击“清除 DNS 缓存”）。".into()),
        (FlushDns, _) if mobile => ("刷新手机的 DNS".into(), "这会让手机重新查询网站的地址，以防地址已经变更。手机上没有相应的命令：重新连接网络即可。".into()),
        (FlushDns, _) => ("清除 DNS 缓存".into(), "这会让设备重新查询网站的地址，以防地址已经变更。Chrome 有自己的 DNS 缓存，这样做清除不了它：请打开 chrome://net-internals/#dns 并点击 Clear host cache（Firefox：about:networking#dns，点击“清除 DNS 缓存”）。".into()),
        (PublicDns, _) => ("试试公共 DNS".into(), "如果您的运营商的 DNS 出了故障，公共 DNS（在网络设置中配置）仍然可以找到网站。".into()),
        (VpnProxy, S::Dns) => ("暂时关闭 VPN 或代理".into(), "VPN 或代理会替您解析域名，它的 DNS 可能出故障，而您自己的 DNS 却是正常的。".into()),
        (VpnProxy, S::Proxy) => ("检查代理设置".into(), "您的浏览器通过代理上网，代理设置在系统或浏览器的网络设置中，或由您的雇主设置。请确认它本来就应该开启；在公司或学校，请询问 IT 部门代理是否出了故障。".into()),
        (VpnProxy, S::Tls) => ("暂时关闭 VPN 或代理".into(), "VPN、代理，或会检查加密流量的公司、学校网络，可能会破坏安全连接的建立。".into()),
        (VpnProxy, S::RateLimited | S::Busy) => ("暂时关闭 VPN 或代理".into(), "VPN、代理或移动运营商会让许多人共用一个地址；按地址限制请求的网站，可能把他们的流量也算在了您头上。".into()),
        (VpnProxy, _) => ("暂时关闭 VPN 或代理".into(), "路径上的 VPN 或代理自己可能出故障，也可能被网站屏蔽。".into()),
        (Antivirus, _) => ("暂时关闭杀毒软件的 HTTPS 扫描".into(), "检查安全连接的安全软件（功能名称常为 HTTPS 扫描、SSL 扫描或网页防护）是导致此错误的常见原因。关闭该功能后重新加载，之后再把它打开。".into()),
        (UpdateSystem, _) => ("更新浏览器和系统".into(), "如今的网站要求较新的 TLS 版本和加密算法；旧的浏览器或操作系统，或已不再获得更新的版本，都无法连接这些网站。".into()),
        (RestartRouter, _) => ("重启调制解调器（光猫）和路由器".into(), "拔掉电源 30 秒，然后等待网络连接恢复。".into()),
        (CheckConnection, _) => ("检查网络连接".into(), "确认 Wi-Fi、移动数据或网线已连接，并且其他网站能够打开。".into()),
        (CheckAddress, S::BadAddress) => ("检查网址".into(), "看看是否有拼写错误、不常见的协议，或域名后面的端口号（例如 :25）。如果您是点击链接来到这里的，说明链接有误。".into()),
        (CheckAddress, S::Dns) => ("检查网址".into(), "检查地址栏中网站名称的拼写：一个拼写错误就会导致这个错误。".into()),
        (CheckAddress, _) => ("检查网址".into(), "网站已作出响应，所以域名是对的：请检查网址的其余部分（域名之后的部分），或您点进来的链接。".into()),
        (SignIn, S::ClientCertificate) => ("使用您的证书".into(), "如果您有证书（在智能卡上，或由雇主安装），请确认智能卡已插入或证书已安装，然后重新加载，并在浏览器询问时选择它。如果没有证书，请向网站或您的 IT 部门询问如何访问。".into()),
        (SignIn, S::Certificate) => ("先登录 Wi-Fi".into(), "在酒店、机场或咖啡馆的网络中，登录页面会介入安全连接，直到您完成登录：打开任意一个普通的 http:// 页面或 Wi-Fi 设置，登录，然后重新加载。".into()),
        (SignIn, _) => ("打开网络的登录页面".into(), "打开任意一个普通的 http:// 页面，或设备的 Wi-Fi 设置，完成登录，然后重新加载。".into()),
        (CheckClock, _) => ("检查设备的日期和时间".into(), "时钟不准会让有效的证书看起来已过期或尚未生效。".into()),
        (Report, S::Certificate) => ("告知网站".into(), "如果其他设备和网络也出现同样的警告，说明网站的证书有问题，需要让网站管理员知道。复制下面的报告，发给网站的客服或支持。".into()),
        (Report, S::Redirects) => ("告知网站".into(), "如果在无痕式窗口中也出现循环，说明网站的设置有问题。复制下面的报告，发给网站的客服或支持。".into()),
        (Report, S::Tls) => ("告知网站".into(), "如果在其他设备和网络上也失败，说明网站的安全连接配置有问题，需要让网站管理员知道。复制下面的报告，发给网站的客服或支持。".into()),
        (Report, S::Dns) => ("告知网站".into(), "如果在其他网络和检测网站上也无法解析该域名，说明网站的域名出了问题。网站自己的邮箱可能也用不了：请通过其他途径（社交媒体账号、认识的人）把下面的报告转给网站管理员。".into()),
        (Report, _) if retry_s.is_some() => ("告知网站".into(), format!("如果过了网站给出的时间（{}后）很久，在多台设备上仍然失败，就需要让网站管理员知道。复制下面的报告，发给网站的客服或支持。", duration(retry_s.unwrap_or_default()))),
        (Report, _) => ("告知网站".into(), "如果大约 15 分钟后，在多台设备上仍然失败，就需要让网站管理员知道。复制下面的报告，发给网站的客服或支持。".into()),
    };
    let command: Option<&str> = match (id, os) {
        (HardReload, Os::Macos) => Some("Cmd+Shift+R（Chrome、Firefox）或 Option+Cmd+R（Safari）"),
        (HardReload, Os::Windows | Os::Linux) => Some("Ctrl+Shift+R（或 Ctrl+F5）"),
        (HardReload, Os::Chromeos) => Some("Ctrl+Shift+R"),
        (PrivateWindow, Os::Macos) => {
            Some("Cmd+Shift+N（Chrome、Safari）或 Cmd+Shift+P（Firefox）")
        }
        (PrivateWindow, Os::Windows | Os::Linux | Os::Chromeos) => {
            Some("Ctrl+Shift+N（Chrome）或 Ctrl+Shift+P（Firefox）")
        }
        (PrivateWindow, Os::Android) => Some("Chrome：菜单 ⋮ → 新建无痕式标签页"),
        (PrivateWindow, Os::Ios) => {
            Some("Safari：标签页按钮 → 无痕浏览；Chrome：⋯ → 新建无痕式标签页")
        }
        (FlushDns, Os::Windows) => Some("ipconfig /flushdns"),
        (FlushDns, Os::Macos) => {
            Some("sudo dscacheutil -flushcache; sudo killall -HUP mDNSResponder")
        }
        (FlushDns, Os::Linux) => {
            Some("resolvectl flush-caches    # 适用于 systemd-resolved；否则重启 nscd 或 dnsmasq")
        }
        (FlushDns, Os::Chromeos) => Some("chrome://net-internals/#dns → Clear host cache"),
        (FlushDns, Os::Android | Os::Ios) => Some("打开飞行模式，等 10 秒，再关闭"),
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
            "nginx：查看 /var/log/nginx/error.log；这个请求对应的那一行写明了上游和确切的错误。",
            "nginx 搭配 PHP-FPM：检查进程池是否在运行（systemctl status php*-fpm），以及 fastcgi_pass 是否与进程池 listen 的套接字或端口一致。",
            "如果 PHP-FPM 记录了 \"server reached pm.max_children\"，只有在内存允许时才提高 pm.max_children（每个工作进程都要占用内存；太多的话内核的 OOM killer 会终止它们），或者找出占住工作进程的原因。",
        ],
        VendorId::Apache => &[
            "Apache：查看 /var/log/apache2/error.log（或 /var/log/httpd/error_log）；mod_proxy 会在其中记录后端和原因。",
            "检查 ProxyPass 的目标和后端的 keep-alive：如果后端比 Apache 更早关闭空闲连接，就会间歇性地出现 502（可尝试 disablereuse=On 或更短的 ttl）。",
        ],
        VendorId::Iis => &[
            "IIS：检查应用程序池是否已启动；针对该状态码启用失败请求跟踪，查看是哪个模块失败了。",
            "如果用 ARR 作代理，请比较 ARR 的代理超时与后端的响应时间。",
        ],
        VendorId::MicrosoftHttpapi => &["响应来自 HTTP.sys，而不是应用：在 HTTPERR 日志（%SystemRoot%\\System32\\LogFiles\\HTTPERR）中找到这个请求，其 reason 列说明了原因：AppOffline 或 Disabled（进程池已停止，常因崩溃后触发快速故障防护）、QueueFull（进程池的队列已满）、ConnLimit（连接数上限），或该 URL 是由某个非 IIS 的服务注册的。"],
        VendorId::Haproxy => &["HAProxy：检查后端健康状况（在运行时 API 上执行 show servers state），并对照后端的响应时间检查 timeout server 设置。"],
        VendorId::Varnish => &["Varnish：检查后端探测和 first_byte_timeout；varnishlog -g request -q 'RespStatus >= 500' 可显示失败的获取。"],
        VendorId::Fastly => &["Fastly：在服务配置中检查后端的健康状况和首字节超时；Guru Mediation 的详细信息可以确定是哪个缓存节点。"],
        VendorId::Squid => &["Squid：页面上的错误代码（ERR_*）说明了什么失败了；检查 Squid 能否访问目标并解析其域名。"],
        VendorId::Envoy => &["Envoy 或 Istio：检查上游集群的健康状况、异常点检测和路由超时；在服务网格中，istioctl proxy-config endpoint <pod> 会显示每个端点是 HEALTHY 还是 UNHEALTHY（istioctl proxy-status 只显示配置是否已同步）。"],
        VendorId::Traefik => &["Traefik：在仪表板中检查服务的服务器是否在运行并通过健康检查。"],
        VendorId::Caddy => &["Caddy：检查 reverse_proxy 的上游地址和 Caddy 的日志（journalctl -u caddy）。"],
        VendorId::Lighttpd => &["lighttpd：查看 /var/log/lighttpd/error.log，并检查 mod_proxy 或 mod_fastcgi 中配置的后端。"],
        VendorId::Litespeed => &["LiteSpeed：检查外部应用（lsphp）的限制和超时，以及服务器的 stderr 日志。"],
        VendorId::Cloudflare => &["Cloudflare：要单独测试源服务器，请从另一台机器直接请求它（绕过 Cloudflare）；并对照 Cloudflare 的状态页面，看是否是它那边的事件。"],
        VendorId::Cloudfront => &["CloudFront：检查源的协议策略和证书、源响应超时，以及源的安全组；请求 ID 有助于 AWS 支持排查。"],
        VendorId::AwsElb => &["AWS 负载均衡器：检查目标组的健康状况；把目标的 keep-alive 超时设得比负载均衡器的空闲超时更长。"],
        VendorId::GoogleCloudLb => &["Google Cloud 负载均衡器：检查后端服务的健康检查和超时，以及防火墙是否放行 Google 的健康检查地址段（130.211.0.0/22 和 35.191.0.0/16）。"],
        VendorId::AzureAppGateway => &["Azure Application Gateway：打开“后端运行状况”；检查网络安全组和后端设置中的请求超时。"],
        VendorId::Akamai => &["Akamai：在 Akamai Control Center 的错误参考工具中查询参考编号；它会指出边缘与源之间失败的是哪一步。"],
        VendorId::Heroku => &["Heroku：运行 heroku logs --tail，查找路由器的 H 代码（H10 崩溃、H12 30 秒超时、H13 连接关闭）；heroku ps:restart 可重启 dyno。"],
        VendorId::Vercel => &["Vercel：打开该请求对应函数的日志；检查其最长运行时间和内存。"],
        VendorId::Netlify => &["Netlify：检查此网站的函数日志和部署状态。"],
        VendorId::Nghttpx => &["nghttpx：在其错误日志（errorlog-file）中查找无法连接的后端，检查后端地址，并对照后端的响应时间检查 backend-read-timeout。"],
        VendorId::H2o => &["H2O：查看其 error-log；检查 proxy.reverse.url 的目标地址，并对照后端的响应时间检查 proxy.timeout.io。"],
        VendorId::Tinyproxy => &["Tinyproxy：其日志会写明无法连接的主机，以及是域名无法解析还是连接被拒绝；检查 Upstream 和 Timeout 设置。"],
        VendorId::Privoxy => &["Privoxy：页面会说明失败原因（连接失败、超时、未收到数据）；检查目标是否在运行且可以访问，以及是否有 forward 规则把请求转给了另一个代理。"],
        VendorId::Trafficserver => &["Apache Traffic Server：响应状态行中的原因短语和 traffic_server 的日志会写明失败原因；检查 remap 规则中的源站，以及连接超时和无活动超时设置。"],
        VendorId::Tomcat => &["Tomcat：异常及其根本原因记录在 catalina.out 或该主机的日志中；报告中的堆栈跟踪会指出出错的类。请在 ErrorReportValve 中关闭 showReport 和 showServerInfo，以免访问者看到这份报告。"],
        VendorId::Jetty => &["Jetty：在服务器日志中查找页面上提到的 servlet；如果使用 Jetty 的代理 servlet，请检查目标地址和代理的超时设置。"],
        VendorId::Gunicorn => &["Gunicorn：异常的 traceback 在错误日志中（--error-logfile 或该服务的 journal）；因 --timeout 而被终止的 worker 会在其中显示为 WORKER TIMEOUT。"],
        VendorId::Google | VendorId::Reddit | VendorId::Wikimedia | VendorId::Github => &["这是网站自身的故障，显示在它自己的错误页面上：原因在其内部系统中，因此应查看它的内部监控、日志和事件处理流程。"],
    }
}

/// Owner items that depend on what the site runs.
pub fn stack_owner(stack: &str) -> &'static [&'static str] {
    match stack {
        "wordpress" => &[
            "WordPress：停用插件以找出有问题的那个（重命名 wp-content/plugins，再逐个恢复），并切换到默认主题。",
            "WordPress：如果日志显示内存耗尽，请在 wp-config.php 中提高 WP_MEMORY_LIMIT。要排除 .htaccess 的问题，请先备份，再把它重置为 WordPress 的默认规则（重置会丢失您自己的重定向和安全规则；之后从备份中恢复）。",
        ],
        "php" => &["PHP：检查 max_execution_time 和 memory_limit，以及 PHP-FPM 日志（slowlog 会显示卡住的脚本）。"],
        "aspnet" => &["ASP.NET：查看应用程序事件日志；对于运行在 IIS 下的 ASP.NET Core，可在 web.config 中暂时打开 stdoutLogEnabled，以捕获应用的启动错误。"],
        "express" => &["Node：检查进程是否在其进程管理器（systemd、pm2）下运行，以及它退出前的内存使用情况。"],
        _ => &[],
    }
}

/// Things every owner should check whatever failed.
pub const OWNER_ALWAYS: &[&str] = &[
    "如果错误是在最近一次更改（部署、配置、DNS、证书）之后立即出现的，请撤销该更改。",
    "设置监控，并提供一个友好的错误页面，说明故障是暂时的。",
];

/// The same, when no server answered at all (no error page can show).
pub const OWNER_ALWAYS_NO_RESPONSE: &[&str] = &[
    "如果错误是在最近一次更改（部署、配置、DNS、证书）之后立即出现的，请撤销该更改。",
    "从您自己网络之外设置监控，这样在访问者报告之前您就能得知此类故障。",
];

/// "Failing for 12 minutes" and the incident sentences.
pub fn incident_text(state: crate::incident::IncidentState, minutes: u64, failures: u32) -> String {
    use crate::incident::IncidentState::*;
    match state {
        Healthy => String::new(),
        Temporary => format!("到目前为止已失败 {} 次，持续时间：{}。这样的短暂故障通常几分钟内就会过去。", failures, minutes_text(minutes)),
        Persistent => format!("已失败 {} 次，持续时间：{}。这已不是短暂的波动，需要网站管理员处理；报告给他们会有帮助。", failures, minutes_text(minutes)),
        Recovered => format!("网站已恢复。中断时长：{}。", minutes_text(minutes)),
    }
}

/// Chinese nouns do not change with the number ("1 次", "3 次"): kept for
/// the same shape as the other languages, unused here.
#[allow(dead_code)]
fn plural(n: u32, one: &'static str, many: &'static str) -> &'static str {
    if n == 1 {
        one
    } else {
        many
    }
}

fn minutes_text(m: u64) -> String {
    match m {
        0 => "不到 1 分钟".into(),
        1 => "1 分钟".into(),
        m if m < 120 => format!("{m} 分钟"),
        m => duration(m.saturating_mul(60)),
    }
}

/// Words of the support report.
pub struct ReportWords;

impl ReportWords {
    /// Its heading.
    pub const HEADING: &'static str = "错误报告（由 Gatewise 生成）";
    /// Field names.
    pub const URL: &'static str = "页面";
    /// When it started.
    pub const STARTED: &'static str = "首次发现";
    /// The error.
    pub const ERROR: &'static str = "错误";
    /// The vendor.
    pub const SERVER: &'static str = "错误页面来自";
    /// The vendor's own error code.
    pub const VENDOR_CODE: &'static str = "厂商错误代码";
    /// The server's own retry time.
    pub const RETRY_AFTER: &'static str = "服务器要求的重试时间";
    /// Where that time came from.
    pub fn retry_source(source: &str) -> &'static str {
        match source {
            "retry-after" => "Retry-After 响应头",
            "refresh" => "页面的自动刷新",
            _ => "页面文字",
        }
    }
    /// The reference.
    pub const REFERENCE: &'static str = "参考编号";
    /// The failing hop.
    pub const HOP: &'static str = "出故障的环节（推测）";
    /// Attempts.
    pub const TRIED: &'static str = "已尝试";
    /// Browser.
    pub const BROWSER: &'static str = "浏览器";
    /// Automatic retries, counted.
    pub fn retries(n: u32) -> String {
        format!("自动重试 {n} 次")
    }
    /// The hop names.
    pub fn hop(f: crate::Fault) -> &'static str {
        match f {
            crate::Fault::Visitor => "访问者一侧",
            crate::Fault::Network => "访问者与网站之间的网络",
            crate::Fault::Edge => "网站前面的 CDN 或代理",
            crate::Fault::Origin => "网站自己的服务器",
            crate::Fault::Unknown => "未知",
        }
    }
}

/// A name for each page variant, for people ("Cloudflare's branded error
/// page"). Every variant a fingerprint names has one (a test checks).
pub fn variant_label(id: VariantId) -> Option<&'static str> {
    Some(match id {
        VariantId::CloudflarePlain => "Cloudflare 的简易错误页面（Cloudflare 自身的故障）",
        VariantId::CloudflareLegacy => "Cloudflare 的旧版品牌错误页面",
        VariantId::CloudflareBranded => "Cloudflare 的品牌错误页面，带示意图",
        VariantId::CloudfrontDefault => "CloudFront 的“The request could not be satisfied”页面",
        VariantId::FastlyGuruMediation => "Fastly 的“Guru Mediation”页面",
        VariantId::VarnishGuruMeditation => "Varnish 的“Guru Meditation”页面",
        VariantId::AkamaiEdgeError => "Akamai 的边缘错误页面，带参考编号",
        VariantId::GoogleRobot => "Google 的“That's an error”页面",
        VariantId::GfeServerError => "Google Cloud 负载均衡器的“Server Error”页面",
        VariantId::AzureAppgwDefault => "Azure Application Gateway 的内置错误页面",
        VariantId::AwsElbDefault => "AWS 负载均衡器的内置错误页面",
        VariantId::HerokuApplicationError => "Heroku 的“Application Error”页面",
        VariantId::HerokuMaintenance => "Heroku 的维护页面",
        VariantId::HerokuNoSuchApp => "Heroku 的“no such app”页面",
        VariantId::VercelFunctionFailed => "Vercel 的函数失败页面",
        VariantId::VercelFunctionTimeout => "Vercel 的函数超时页面",
        VariantId::VercelNotFound => "Vercel 的部署未找到页面",
        VariantId::GithubUnicorn => "GitHub 的独角兽页面",
        VariantId::NginxDefault => "nginx 的内置错误页面",
        VariantId::Nginx50xHtml => "nginx 自带的 50x.html 页面",
        VariantId::OpenrestyDefault => "OpenResty 的内置错误页面",
        VariantId::ApacheProxyError => "Apache 的“Proxy Error”页面",
        VariantId::ApacheGatewayTimeout => "Apache 的网关超时页面",
        VariantId::ApacheServiceUnavailable => "Apache 的“Service Unavailable”页面",
        VariantId::ApacheInternalError => "Apache 的“Internal Server Error”页面",
        VariantId::IisDetailed => "IIS 的详细错误页面",
        VariantId::IisCustomError => "IIS 的错误页面",
        VariantId::HttpapiServiceUnavailable => "Windows HTTP.sys 的“Service Unavailable”页面",
        VariantId::HaproxyDefault => "HAProxy 的内置错误页面",
        VariantId::SquidErrorPage => "Squid 的错误页面",
        VariantId::EnvoyLocalReply => "Envoy 的“upstream connect error”回复",
        VariantId::EnvoyNoHealthyUpstream => "Envoy 的“no healthy upstream”回复",
        VariantId::EnvoyUpstreamTimeout => "Envoy 的上游超时回复",
        VariantId::LighttpdDefault => "lighttpd 的内置错误页面",
        VariantId::LitespeedDefault => "LiteSpeed 的内置错误页面",
        VariantId::RedditOw => "Reddit 的“Ow!”页面",
        VariantId::WikimediaError => "Wikimedia 的错误页面",
        VariantId::TinyproxyDefault => "Tinyproxy 的错误页面",
        VariantId::PrivoxyErrorPage => "Privoxy 的错误页面",
        VariantId::TomcatErrorReport => "Tomcat 的错误报告",
        VariantId::JettyErrorPage => "Jetty 的错误页面",
        VariantId::GunicornDefault => "Gunicorn 的“Internal Server Error”页面",
        VariantId::Blank => "带服务器错误的空白页面",
        VariantId::CustomPage => "网站自己的错误页面",
        VariantId::NotAnError => "正常的页面（或只是谈到错误）",
        VariantId::Challenge => "人机验证（质询）页面",
        VariantId::ClientError => "4xx 页面：不是故障",
        VariantId::Binary => "不是网页的响应内容",
    })
}

#[cfg(test)]
mod tests {
    //! This language's own grammar. That it covers every text English has,
    //! translated, with the same numbers, placeholders and technical words,
    //! is checked for every language at once in `tests/words.rs`.
    use crate::incident::IncidentState;

    #[test]
    fn durations_read_as_chinese() {
        use super::duration;
        assert_eq!(duration(30), "30 秒");
        assert_eq!(duration(60), "1 分钟");
        assert_eq!(duration(179), "3 分钟");
        assert_eq!(duration(7200), "2 小时");
        assert_eq!(duration(7260), "2 小时 1 分钟");
        assert_eq!(duration(3 * 86_400), "3 天");
        assert_eq!(super::minutes_text(0), "不到 1 分钟");
        assert!(super::incident_text(IncidentState::Temporary, 12, 4)
            .contains("已失败 4 次，持续时间：12 分钟"));
        assert!(
            super::incident_text(IncidentState::Recovered, 0, 1).contains("中断时长：不到 1 分钟")
        );
        assert_eq!(super::retry_sentence(90), "网站自己表示请在 90 秒后重试。");
        assert_eq!(super::ReportWords::retries(3), "自动重试 3 次");
    }
}
