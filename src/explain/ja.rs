//! Japanese (日本語). The same items as [`super::en`], worded for Japanese
//! readers: です/ます for the visitor, the terms of Chrome's, Firefox's and
//! Cloudflare's Japanese pages, and commands, key names, header names and
//! product names left as they are. Standard reason phrases ("502 Bad
//! Gateway") stay in English, as browsers and MDN's Japanese pages show them.
//!
//! The fault sentence and the headline open with the hop they blame
//! ("サイトのサーバー…", "Cloudflare…", "お使いの…", "ネットワーク…").

use super::{CodeText, Labels, Os, Situation, StepId, StepText, Special};
use crate::network::NetworkFailure;
use crate::vendors::{VariantId, VendorId};

/// Labels of the card's interface.
pub const LABELS: Labels = Labels {
    retry_now: "今すぐ再試行",
    stop: "再試行を停止",
    more: "詳細",
    less: "閉じる",
    copy_report: "レポートをコピー",
    copied: "コピーしました",
    visitor_title: "あなたにできること",
    owner_title: "このサイトの管理者の方へ",
    whose_fault: "どこに問題があるか",
    you: "あなた",
    edge: "中継サーバー",
    origin: "サイトのサーバー",
    network: "ネットワーク",
    next_retry: "次の再試行まで",
    attempt_of: "{m} 回中 {n} 回目",
    offline: "一時停止中: お使いの接続が戻るのを待っています。接続が回復すると Gatewise は再試行を再開します。",
    retrying: "サイトを確認しています…",
    back: "サイトが復旧しました。",
    gave_up: "再試行を停止しました。",
    not_resent: "このページはフォームの送信結果です。Gatewise がフォームを自動で再送信することはありません。",
    resend: "フォームを再送信",
    reference: "参照番号",
    written_by: "エラーページの送信元:",
    served_through: "中継:",
    working: "正常",
    failing: "障害",
    unknown: "不明",
    your_connection: "お使いの接続",
    check_status: "つながらないのは自分だけ？",
    checking_status: "公開ステータスページに問い合わせています…",
    check_status_note: "サイトの公開ステータスページと、そのプロバイダーのステータスページに問い合わせます。伝えるのはサイトのドメインだけです。クリックするまで何も問い合わせません。",
    status_link_only: "{name} は Gatewise が読み取れる形でステータスを公開していません。ステータスページをご確認ください。",
    status_site_unknown: "{name} からステータスの応答はありませんでした（このサイトには公開ステータスページがないのかもしれません）。{at} に確認",
    status_unknown: "{name} のステータスから読み取れる応答はありませんでした。{at} に確認",
    status_said: "{name} の情報: {said}（{at} に確認）",
    status_operational: "{name} の情報: すべてのシステムが正常に稼働しています（{at} に確認）",
    status_degraded: "{name} の情報: 一部のサービスで性能が低下しています（{at} に確認）",
    status_outage: "{name} の情報: 大規模な障害が発生しています（{at} に確認）",
    status_maintenance: "{name} の情報: メンテナンス中です（{at} に確認）",
    status_sum_none: "このサイトには問い合わせできる公開ステータスページがありません。",
    status_sum_outage: "あなただけではありません。{name} が障害を報告しています。",
    status_sum_degraded: "おそらくあなただけではありません。{name} が問題を報告しています。",
    status_sum_maintenance: "{name} がメンテナンス中と報告しています。",
    status_sum_operational: "公表されている障害はありません。このエラーはこのサイトだけの問題か、まだステータスページに掲載されていないのかもしれません。",
    status_sum_unreadable: "読み取れる応答を返したステータスページはありませんでした。",
};

/// The headline, what happened and whose fault, when the visitor's own
/// connection is the likely fault (see [`super::ConnectionCause`]).
pub fn connection(cause: super::ConnectionCause) -> (String, String, String) {
    use super::ConnectionCause::*;
    match cause {
        Offline => (
            "お使いの接続が切れています（サイトの問題ではありません）".into(),
            "ブラウザーはネットワークにまったく接続されていないと報告しているため、今はどのサイトも読み込めません。Gatewise は接続が戻るのを待ってから、ページをもう一度読み込みます。".into(),
            "お使いの接続で、サイトの問題ではありません。".into(),
        ),
        CaptivePortal => (
            "お使いのネットワークで、先にログインが必要です".into(),
            "このネットワーク（ホテル、空港、カフェ、職場の Wi-Fi）は、専用のページでログインするまですべての通信を止めています。そのため、サイトが表示されないか、そのページに移動してしまいます。ログインすると、Gatewise がページをもう一度読み込みます。".into(),
            "お使いのネットワークのログインページで、サイトの問題ではありません。".into(),
        ),
        ManySites { sites } => (
            "お使いの接続に問題があるようです（サイトの問題ではありません）".into(),
            format!("互いに関係のない {sites} 件のサイトが、この 1 分ほどの間に読み込めませんでした。問題はこのサイトではなく、お使いの接続（Wi-Fi、ルーター、VPN、DNS）にあると考えられます。そのため Gatewise はサイトに問い合わせ直すのではなく、接続が戻るのを待ちます。"),
            "お使いの接続の可能性が高いです。複数のサイトが同時に失敗しています。".into(),
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
    title: "サーバー エラー",
    headline: "サイトのサーバーで問題が発生しました",
    what: "サイトは独自のエラーを返しました。リクエストの処理中にサーバー側で何かが失敗しています。あなたが送信した内容が原因ではありません。",
    fault: "サイト側の問題です。この種のエラーが閲覧者のせいで起きることはほとんどありません。",
    owner: &[
        "障害が起きた時刻の Web サーバーとアプリケーションのエラーログを確認してください。",
        "サーバーの状態（CPU、メモリ、ディスク容量、ワーカープール）を確認してください。",
    ],
};

/// A bot check, never an outage.
pub const CHALLENGE: CodeText = CodeText {
    code: 0,
    title: "セキュリティ チェック",
    headline: "サイトが、アクセスしているのが人間かどうかを確認しています",
    what: "これはサイトの保護サービスによるセキュリティ チェックで、障害ではありません。通常は数秒で自動的に通過するか、チェックボックスをオンにするよう求められます。",
    fault: "誰の問題でもありません。サイトは動作しています。Gatewise がこの種のチェックを自動で再試行することはありません。",
    owner: &["実際の訪問者がこのページを何度も目にする場合は、保護サービスのセキュリティ レベルとファイアウォール ルールを見直してください。"],
};

/// A page that works, or a 4xx.
pub const NOT_AN_ERROR: CodeText = CodeText {
    code: 0,
    title: "障害なし",
    headline: "このページはサーバー障害ではありません",
    what: "サイトは応答しています。ページにエラーの話が書かれていても、それはエラーについての説明であって、エラーが起きているわけではありません。",
    fault: "誰の問題でもありません。サーバーは動作しています。",
    owner: &[],
};

/// A 4xx answer other than 429.
pub const CLIENT_ERROR: CodeText = CodeText {
    code: 0,
    title: "リクエストが拒否されました",
    headline: "サイトは動作していますが、このページを拒否したか、見つけられませんでした",
    what: "4xx の応答は、サーバーは動作しており、このリクエストについて判断を下したことを意味します。ページが存在しない、ログインが必要、またはリクエストが拒否された、のいずれかです。待っても変わりません。",
    fault: "障害ではありません。アドレスか、サイト内のリンクを確認してください。",
    owner: &["ページが存在するはずなら、最近の移動やリダイレクト、アクセス ルールを確認してください。"],
};

/// 429: a rate limit. Waiting is the fix.
pub const TOO_MANY_REQUESTS: CodeText = CodeText {
    code: 429,
    title: "429 Too Many Requests",
    headline: "サイトがリクエストの頻度を制限しています",
    what: "サイトは動作していますが、あなたからのリクエストを（通常は IP アドレスごとに）数えており、現在その上限を超えています。制限はしばらくすると自動で解除されます。それまでの再読み込みは、すべてリクエスト 1 回として数えられます。",
    fault: "障害ではなく、サイト独自の制限です。同じアドレスを使う他の人（VPN、職場、モバイル回線）のリクエストも合算されることがあります。",
    owner: &[
        "実際の訪問者が制限にかかる場合は、上限を引き上げるか、IP アドレスより細かい単位で数えてください。VPN やモバイル回線では多くの人が 1 つのアドレスを共有しています。",
        "ブラウザやツールが再試行の時期を判断できるよう、429 には必ず Retry-After を付けて返してください。",
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
    t(500, "500 Internal Server Error", "サイトのサーバーがこのリクエストの処理に失敗しました",
      "サイトのサーバーで、リクエストの処理中に何かが失敗しました。多くの場合はアプリケーション側（バグ、壊れたプラグインやテーマ、リソースの上限）ですが、.htaccess の構文エラーや書き換えルールのループなど、Web サーバー自身が 500 を返すこともあります。",
      "サイトのサーバーかそのアプリケーションです。あなたに落ち度はありません。",
      &["障害が起きた時刻のアプリケーションのエラーログを開いてください。スタックトレースや致命的エラーに原因が書かれています。",
        "アプリケーションが何も記録していなければ、Web サーバーのエラーログを確認してください。Apache は壊れた .htaccess（\"Invalid command\"）や書き換えのループ（\"Request exceeded the limit of 10 internal redirects\"）をそこに記録します。",
        "直近のデプロイ、プラグインの更新、設定変更を元に戻し、エラーが消えるか確かめてください。",
        "メモリの上限（PHP の memory_limit、WP_MEMORY_LIMIT、コンテナの制限）とディスク容量を確認してください。"]),
    t(501, "501 Not Implemented", "サイトのサーバーは要求された機能に対応していません",
      "このリクエストが使ったメソッドや機能を、サーバーが実装していません。サイトの設定の問題なので、待っても変わりません。",
      "サイトの設定です。",
      &["この URL でサーバーとプロキシが許可しているメソッドを確認してください。プロキシは知らないメソッドを拒否することがあります。"]),
    t(502, "502 Bad Gateway", "サイトのサーバーがゲートウェイに不正な応答を返したか、応答しませんでした",
      "サイトの手前にあるゲートウェイ（プロキシ、ロードバランサ、CDN）が、背後のサーバーにリクエストを転送しましたが、壊れた応答が返ってきたか、応答がありませんでした。背後のサーバーがクラッシュした、再起動中だった、接続を拒否した、ワーカーが足りなくなった、あるいはゲートウェイの転送先の設定が誤っている可能性があります。",
      "多くの場合、ゲートウェイの背後にあるサイトのサーバーです。再起動や一時的な負荷の集中なら数分で収まりますが、設定の誤りは誰かが直すまで続きます。",
      &["アプリケーション サーバー（PHP-FPM、gunicorn、uWSGI、Node、Java のサーバー）が動いているか確認し、止まっていれば再起動してください。",
        "正確な原因はプロキシのエラーログで確認してください: \"connect() failed (111: Connection refused)\"、ソケットの \"No such file or directory\"、\"upstream prematurely closed connection\" など。",
        "プロキシの転送先（nginx の fastcgi_pass や proxy_pass、Apache の ProxyPass）が、アプリケーションが待ち受けているアドレスやソケットと一致しているか確認してください。",
        "メモリとワーカープールを確認してください。メモリ不足のサーバーや、ワーカーがすべて埋まったサーバーは接続を切ります。"]),
    t(503, "503 Service Unavailable", "サイトのサーバーは現在リクエストを受け付けていません",
      "サーバーは動いていますが、あなたのリクエストを断りました。計画メンテナンス中、過負荷、転送できる正常なバックエンドがない、またはアドレスごとのリクエスト数を制限している、のいずれかと考えられます。再開の時期が示されることもあります。",
      "サイトのサーバーです（混雑、メンテナンス中、またはリクエスト制限）。制限では他の人の通信まであなたの分として数えられることがあります。nginx は特に設定しなければレート制限に 503 で応答するため、VPN やモバイル回線の共有アドレスで制限にかかることがあります。",
      &["計画メンテナンスなら、Retry-After ヘッダーと、復旧予定時刻を示すページを返してください。",
        "ロードバランサやプロキシから見たバックエンドの状態を確認してください。503 は、リクエストを受けられるバックエンドが 1 台もないことを意味する場合がよくあります。",
        "nginx のレート制限（limit_req、limit_conn）は既定で 503 を返します。limit_req_status 429 と limit_conn_status 429 を設定し、制限が障害と誤解されないようにしてください。",
        "処理能力（ワーカープールのサイズ、接続数の上限、CPU、メモリ）を確認し、負荷が本物ならスケールアウトしてください。"]),
    t(504, "504 Gateway Timeout", "サイトのサーバーの応答に時間がかかりすぎました",
      "サイトの手前にあるゲートウェイが背後のサーバーの応答を待ちましたが、応答が来る前に打ち切りました。サーバーはおそらく動いていますが遅くなっています。時間のかかるデータベース クエリ、別のサービスへの呼び出しの停滞、負荷のかけすぎなどが考えられます。",
      "ゲートウェイの背後にあるサイトのサーバーで、現在応答が遅すぎます。",
      &["遅いリクエストを突き止めてください: スロークエリログ、アプリケーションのトレース、タイムアウトのない外部 API の呼び出しなど。",
        "経路上のタイムアウト（nginx の proxy_read_timeout や fastcgi_read_timeout、PHP-FPM の request_terminate_timeout、max_execution_time）をそろえてください。ゲートウェイはアプリケーションより少し長く待つべきです。",
        "時間のかかる処理（エクスポート、インポート、レポート）はリクエスト内ではなくバックグラウンド ジョブに移してください。"]),
    t(505, "505 HTTP Version Not Supported", "サイトのサーバーが、リクエストの HTTP バージョンを拒否しました",
      "リクエストが使った HTTP のバージョンにサーバーが対応していません。サイト側の設定の不一致で、多くはプロキシとその背後のサーバーの間で起きています。",
      "サイトの設定です。",
      &["各区間で有効な HTTP のバージョン（HTTP/1.1、HTTP/2、HTTP/3）と、プロキシがバックエンドとの通信に使うバージョンを確認してください。"]),
    t(506, "506 Variant Also Negotiates", "サイトのコンテンツ ネゴシエーションの設定が誤っています",
      "サーバーはページの複数の版から 1 つを選ぶよう設定されていますが、その選択ルールが自分自身を指しています。サイトの設定エラーです。",
      "サイトの設定です。",
      &["コンテンツ ネゴシエーションの設定（Apache なら MultiViews とタイプマップ）に、さらにネゴシエーションを行う版がないか見直してください。"]),
    t(507, "507 Insufficient Storage", "サイトのサーバーの記憶領域が不足しています",
      "リクエストを完了するのに必要なデータを、サーバーが保存できませんでした。ディスクかクォータがいっぱいです。",
      "サイトのサーバーです。",
      &["ディスクの空きを作るかクォータを引き上げてください。気づかないうちにディスクを埋めるログのローテーションや一時ファイルも確認してください。"]),
    t(508, "508 Loop Detected", "サイトのサーバーがループかリソースの上限で処理を止めました",
      "規格上の 508 は、リクエストがバインディングのループを永久にたどってしまうときの WebDAV の応答です（RFC 5842）。しかし Web で見かける 508 の多くは別物で、共有ホスティングがサイトのアカウントに許されたプロセス数や CPU を使い切ったときに「Resource Limit Is Reached」ページとともに返すものです（リダイレクトのループは 508 ではなく、ブラウザーは「リダイレクトが多すぎます」と表示します）。",
      "サイトのホスティングの制限、または WebDAV の設定です。",
      &["共有ホスティングでは、コントロール パネルでアカウントのリソース使用量（Entry Processes、CPU、メモリ）を確認してください。「Resource Limit Is Reached」は上限に達したという意味です。何が使っているかを調べるか、プランを上げてください。",
        "WebDAV では、自分自身を含むバインディングやコレクションがないか探してください。"]),
    t(509, "509 Bandwidth Limit Exceeded", "サイトのホスティング プランの転送量が上限に達しました",
      "この非公式のコードは、サイトがプランで許された転送量を使い切ったときに、一部のホスティングのコントロール パネルが返すものです。",
      "サイトのホスティング プランです。",
      &["ホスティング アカウントの転送量と上限を確認し、プランを上げるか、キャッシュや CDN を手前に置いてください。"]),
    t(510, "510 Not Extended", "サイトのサーバーが、リクエストに含まれていない拡張を要求しています",
      "サーバーは、リクエストに含まれていない HTTP 拡張を必須としています。まれなケースで、サイトの設定の問題です。",
      "サイトの設定です。",
      &["サーバーのポリシーがどの拡張を必須にしているか、またこの URL で本当に必須にすべきかを確認してください。"]),
    t(511, "511 Network Authentication Required", "お使いのネットワークでログインが必要です",
      "接続しているネットワーク（ホテル、空港、カフェ、職場の Wi-Fi）が、専用のページでログインするまで通信を止めています。サイト自体はおそらく正常です。",
      "お使いのネットワークのログインページで、サイトの問題ではありません。",
      &["511 はサイトではなく、訪問者とサイトの間にあるネットワークが返すものです。サイト側で変更することはありません。"]),
    t(520, "520 Web Server Returned an Unknown Error", "サイトのサーバーが Cloudflare に使えない応答を返しました",
      "Cloudflare はサイトのオリジンサーバーに到達しましたが、応答が空だった、形式が壊れていた、途中で切れた、または接続がリセットされました。",
      "Cloudflare の背後にあるサイトのサーバーです。",
      &["520 が出た時刻に、オリジンのエラーログにクラッシュが記録されていないか確認してください。",
        "大きすぎるレスポンス ヘッダー（多数の Cookie）や、オリジンが早々に接続を閉じていないかを調べてください。",
        "オリジンが Cloudflare の IP アドレス範囲をブロックしたりレート制限したりしていないか確認してください。"]),
    t(521, "521 Web Server Is Down", "サイトのサーバーが Cloudflare からの接続を拒否しました",
      "Cloudflare はサイトのオリジンサーバーに接続しようとしましたが、拒否されました。Web サーバーが停止しているか、ファイアウォールが Cloudflare をブロックしています。",
      "Cloudflare の背後にあるサイトのサーバーです。",
      &["Web サーバーが動作し、Cloudflare が使うポート（80 または 443）で待ち受けているか確認してください。",
        "ファイアウォール、iptables、fail2ban、ホスティングのセキュリティ設定で Cloudflare の IP アドレス範囲を許可してください。"]),
    t(522, "522 Connection Timed Out", "サイトのサーバーが時間内に Cloudflare に応答しませんでした",
      "Cloudflare はサイトのオリジンサーバーへの接続を試みましたが、タイムアウトしました。サーバーが接続を受け付けなかった（19 秒以内に SYN+ACK がない）か、受け付けたものの Cloudflare のリクエストに確認応答しなかった（90 秒以内に ACK がない）かのどちらかです。サーバーが過負荷かオフラインか、Cloudflare のパケットを破棄しています。",
      "Cloudflare の背後にあるサイトのサーバーです。",
      &["オリジンがオンラインで、過負荷になっていないか確認してください。",
        "Cloudflare の IP アドレス範囲を許可してください。それらを黙って破棄するファイアウォールは、まさにこのエラーを生みます。",
        "Cloudflare の DNS レコードが正しいオリジンのアドレスを指しているか確認してください。"]),
    t(523, "523 Origin Is Unreachable", "サイトのサーバーに Cloudflare から到達できません",
      "Cloudflare はサイトのオリジンサーバーへの経路を見つけられませんでした。設定されたアドレスが誤っているか、サーバーの手前のネットワークが停止しています。",
      "サイトのサーバーか、Cloudflare に設定されたそのアドレスです。",
      &["Cloudflare の DNS 設定で A/AAAA レコードを確認してください。移転後も古いアドレスを指したままのことがよくあります。",
        "サーバーへのルーティングに問題がないか、ホスティング事業者に問い合わせてください。"]),
    t(524, "524 A Timeout Occurred", "サイトのサーバーの Cloudflare への応答に時間がかかりすぎました",
      "Cloudflare はサイトのオリジンサーバーに接続しましたが、Cloudflare の制限時間（既定で 100 秒）内に応答がありませんでした。",
      "Cloudflare の背後にある、応答の遅すぎるサイトのサーバーです。",
      &["オリジンのログで遅いリクエストを探してください。時間のかかるレポートやインポートはバックグラウンド ジョブで行うべきです。",
        "524 が出た時刻のオリジンの負荷とデータベースの性能を確認してください。"]),
    t(525, "525 SSL Handshake Failed", "サイトのサーバーと Cloudflare の間で SSL ハンドシェイクに失敗しました",
      "Cloudflare はサイトのオリジンサーバーと HTTPS で通信しようとしましたが、TLS ハンドシェイクに失敗しました。",
      "サイトの TLS の設定です。",
      &["オリジンがポート 443 で SNI 付きの HTTPS を受け付け、Cloudflare と共通の暗号スイートを少なくとも 1 つ持っているか確認してください。",
        "SSL/TLS の暗号化モードを確認してください。「フル」と「フル（厳密）」ではオリジンに有効な証明書が必要です。「フレキシブル」に切り替えても問題が隠れるだけです。"]),
    t(526, "526 Invalid SSL Certificate", "サイトのサーバーの証明書を Cloudflare が受け入れません",
      "Cloudflare はサイトの証明書を検証するよう設定されています（「フル（厳密）」モード）が、その証明書は期限切れ、自己署名、または別の名前用のものです。",
      "サイトの証明書です。",
      &["オリジン証明書を更新するか差し替えてください。Cloudflare オリジン CA 証明書は「フル（厳密）」で使えます。",
        "証明書が正確なホスト名をカバーしているか、チェーンが完全かを確認してください。"]),
    t(527, "527 Railgun Error", "サイトと Cloudflare を結ぶ Railgun の接続に失敗しました",
      "Cloudflare とサイトの Railgun リスナーの間の接続に失敗しました。Railgun は提供終了した製品なので、古い構成が残っていることを示しています。",
      "Cloudflare の背後にあるサイトの構成です。",
      &["Railgun リスナーとそのログを確認するか、構成から Railgun を外してください。"]),
    t(530, "530 Origin Error", "サイトのサーバーが非公式のエラーを返しました",
      "530 は標準の HTTP コードではありません。Cloudflare はページに独自のエラー番号を添えてこれを使いますが、このページは Cloudflare のものには見えないため、コードはサイト自身のサーバーかホスティングから来ており、その意味はそれぞれ独自です（ホスティングによるサイトの凍結や停止であることが多いです）。",
      "サイトのサーバーかホスティングです。",
      &["ログから 530 を送った区間（Web サーバー、ホスティングのパネル、アプリケーション）を突き止めてください。標準のコードではないため、意味はそのソフトウェア独自のものです。"]),
    t(598, "598 Network Read Timeout", "サイトのサーバーからプロキシへの応答が途中で止まりました",
      "一部のプロキシは、背後のサーバーが応答の途中でデータ送信を止めたときに、この非公式のコードを返します。",
      "サイトのサーバーか、プロキシの背後のネットワークです。",
      &["オリジンの応答時間と、プロキシの読み取りタイムアウトを確認してください。"]),
    t(599, "599 Network Connect Timeout", "サイトのサーバーに、プロキシが時間内に接続できませんでした",
      "一部のプロキシは、制限時間内に背後のサーバーへの接続を開けなかったときに、この非公式のコードを返します。",
      "サイトのサーバーか、プロキシの背後のネットワークです。",
      &["オリジンが稼働していてプロキシから到達できるか、間にあるファイアウォールも含めて確認してください。"]),
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
    special(&[VendorId::Cloudflare], None, None, Some("1101"), false, t(0, "", "Cloudflare がサイトの Worker を実行できませんでした（Cloudflare エラー 1101）",
      "このサイトはコードの一部を Cloudflare のサーバー上（Worker）で動かしており、そのコードがリクエストの処理中に例外を投げました。Cloudflare はエラー 1101 を返しました。障害は Cloudflare のエッジで起きており、サイトのオリジンサーバーには何も届いていません。",
      "Cloudflare のエッジ上で動くサイトの Worker のコードで、あなたではありません。再読み込みが役立つのは、エラーがタイミングに左右される場合だけです。",
      &["Cloudflare エラー 1101: Worker のログ（ダッシュボードの Workers Logs、または wrangler tail）を開き、この Ray ID で投げられた例外を探してください。",
        "Worker の fetch ハンドラでエラーを捕捉して独自のレスポンスを返すか、ctx.passThroughOnException() を呼んで、失敗した Worker がオリジンにフォールバックするようにしてください。"])),
    special(&[VendorId::Cloudflare], None, None, Some("1102"), false, t(0, "", "Cloudflare がサイトの Worker を停止しました（Cloudflare エラー 1102）",
      "このサイトはコードの一部を Cloudflare のサーバー上（Worker）で動かしており、そのコードがリクエストの処理中に CPU 時間かメモリの上限を超えました。Cloudflare はそれを停止してエラー 1102 を返しました。サイトのオリジンサーバーには何も届いていません。",
      "Cloudflare のエッジ上で動くサイトの Worker のコードで、あなたではありません。",
      &["Cloudflare エラー 1102: Worker が CPU 時間かメモリの上限を超えました。Worker のログで負荷の高いリクエストを探して軽くするか、有料プランで上限を引き上げてください。"])),
    special(&[VendorId::Cloudflare], None, Some(530), None, true, t(530, "530 Origin Error", "サイトの Cloudflare 上の設定が原因で配信できませんでした",
      "Cloudflare は独自のエラー（ページに表示される 1xxx 番台の番号）とともに 530 を返しました。多くの場合、Cloudflare に登録されたサイトの DNS レコード、オリジンのアドレス、トンネルが誤っています。",
      "Cloudflare 上のサイトの設定です。",
      &["ページに表示された 1xxx のコードを Cloudflare のドキュメントで調べてください。1016 は Cloudflare がオリジンの名前を解決できなかったこと、1033 はサイトの Cloudflare Tunnel が接続されていないことを意味します。",
        "Cloudflare のダッシュボードでサイトの DNS レコードとトンネルを確認してください。"])),
    special(&[VendorId::Heroku], Some(VariantId::HerokuApplicationError), None, None, true, t(0, "", "Heroku 上のサイトのアプリが失敗しました",
      "Heroku のルーターがサイトのアプリから応答を得られませんでした。最も多い原因はアプリのクラッシュ（Heroku のエラー H10）です。30 秒を超えたリクエスト（H12）や、web dyno が 1 つも動いていないアプリ（H14）でも同じページが表示されます。",
      "Heroku 上のサイトのアプリです。あなたではなく、過負荷やメンテナンスでもありません。",
      &["Heroku: heroku ps で web dyno がクラッシュしていないか、存在するかを確認し、ログに出ているクラッシュを直してから heroku ps:restart を実行してください。"])),
    special(&[VendorId::Heroku], Some(VariantId::HerokuMaintenance), None, None, false, t(0, "", "Heroku 上のサイトのアプリはメンテナンス モードです",
      "サイトの管理者が Heroku のメンテナンス モードをオンにしたため、オフにされるまで Heroku はすべてのリクエストにこのページを返します。",
      "サイトの管理者が意図して行っているもので、あなたではありません。",
      &["Heroku: 作業が終わったら heroku maintenance:off を実行してください。"])),
    special(&[VendorId::AwsElb], None, Some(503), None, true, t(0, "", "サイトのロードバランサに転送先のサーバーがありませんでした",
      "サイトの AWS ロードバランサは動作していますが、ターゲット グループにリクエストを渡せる登録済みのサーバーがありません（または担当するゾーンに 1 台もありません）。サーバーが異常と判定されているだけなら、ロードバランサはそれでも通信を送ります。この応答は、サーバーが 1 台もないことを意味します。",
      "AWS ロードバランサの背後にあるサイトの構成です。リクエストを受けるサーバーが登録されていません。",
      &["AWS ロードバランサの 503: ターゲット グループに登録済みのターゲットがないか、有効なアベイラビリティーゾーンに 1 つもありません。ターゲットを登録するか、登録を担う Auto Scaling グループやデプロイを確認してください。すべてのターゲットが異常なとき ALB はフェイルオープンしてそれらに転送し続けるので、これはヘルスチェックの失敗ではありません。"])),
    // A proxy or CDN whose 503 page says its backend failed: no rate limit here.
    special(&[VendorId::Varnish, VendorId::Fastly, VendorId::Squid, VendorId::Envoy, VendorId::Haproxy, VendorId::Akamai, VendorId::Cloudfront, VendorId::GoogleCloudLb, VendorId::AzureAppGateway, VendorId::Traefik, VendorId::Nghttpx, VendorId::H2o, VendorId::Privoxy, VendorId::Trafficserver], None, Some(503), None, true, t(0, "", "プロキシの背後にあるサイトのサーバーがリクエストを受けられませんでした",
      "サイトの手前にあるプロキシや CDN が代わりに応答しました。リクエストを渡せる正常なサーバーが背後にありませんでした。1 台も動いていないか、すべてがヘルスチェックに失敗したか、サーバーへの接続に失敗しています。",
      "プロキシや CDN の背後にあるサイトのサーバーで、あなたではありません。",
      &["プロキシの転送先のサーバーを確認してください。動いているか、ヘルスチェックに合格しているか、プロキシから到達できるか（アドレス、ポート、ファイアウォール）。",
        "処理能力（ワーカープールのサイズ、接続数の上限、CPU、メモリ）を確認し、負荷が本物ならスケールアウトしてください。"])),
    special(&[VendorId::MicrosoftHttpapi], None, Some(503), None, true, t(0, "", "サイトの Windows サーバーが、アプリケーションに届く前にリクエストを断りました",
      "サイトのアプリケーションではなく、Windows 自身の HTTP 層（HTTP.sys）が応答しました。アプリケーション プールが停止している、要求キューがいっぱい、接続数の上限に達した、またはそのアドレスが IIS 以外のサービスのものである可能性があります。",
      "サイトの Windows サーバーで、あなたではありません。",
      &[])),
];

/// The words for a failure of the CDN or proxy itself, named `edge`:
/// headline, what happened, whose fault.
pub fn edge_failure(edge: &str) -> (String, String, String) {
    (
        format!("{edge} 自身で障害が発生しました"),
        format!("サイトの手前にあるサービスである {edge} 自体で障害が起き、リクエストを完了できませんでした。そのため、背後にあるサイトのサーバーにはおそらく何も届いていません。この種の障害は短時間で、{edge} の一部の拠点に限られることがよくあります。"),
        format!("サイトの手前にある {edge} です。あなたではなく、おそらくサイトのサーバーでもありません。"),
    )
}

/// Owner items when the CDN or proxy in front failed on its own side.
pub fn edge_owner(vendor: Option<VendorId>) -> &'static [&'static str] {
    match vendor {
        Some(VendorId::Cloudflare) => &["このエラーはオリジンではなく Cloudflare 自身のものです。cloudflarestatus.com で障害情報を確認し、続くようなら Ray ID と時刻を添えて Cloudflare サポートに連絡してください。"],
        _ => &["サイトの手前にあるサービスが自身の側で失敗しました。そのサービスのステータス ページを確認し、続くようなら参照番号と時刻を添えてサポートに連絡してください。"],
    }
}

/// A time the server asked for, in words. Rounded up, never down: "179
/// seconds" is "3 minutes", never "2". Japanese has no plural: "3分".
pub fn duration(seconds: u64) -> String {
    match seconds {
        60 => "1分".into(),
        0..=119 => format!("{seconds}秒"),
        s if s < 2 * 3600 => format!("{}分", s.div_ceil(60)),
        s if s < 2 * 86_400 => {
            let m = s.div_ceil(60);
            match m % 60 {
                0 => format!("{}時間", m / 60),
                r => format!("{}時間{r}分", m / 60),
            }
        }
        s => format!("{}日", s.div_ceil(86_400)),
    }
}

/// The fault sentence of a 503 that says when to come back: a planned or
/// announced pause, not a rate limit.
pub const FAULT_503_TIMED: &str = "サイトのサーバーで、現在一時的に利用できません。あなたではありません。";

/// The sentence added to the fault when the server said when to come back.
pub fn retry_sentence(seconds: u64) -> String {
    format!("サイト自身が、{}後に再試行するよう伝えています。", duration(seconds))
}

/// "Cloudflare error 1101", for the report.
pub fn vendor_code_text(vendor_name: &str, code: &str) -> String {
    format!("{vendor_name} エラー {code}")
}

const NETWORK: [CodeText; 16] = [
    t(0, "サイトが見つかりません", "このサイトの名前解決に失敗しました",
      "ブラウザーが DNS（インターネット上の名前の住所録）にこのサイトのアドレスを問い合わせましたが、得られませんでした。「該当する名前なし」という応答（NXDOMAIN: 名前の入力ミス、存在しない名前、またはドメインの期限切れやレコードの消失）か、DNS サーバーが応答せず問い合わせ自体が失敗したかのどちらかです。",
      "名前解決（DNS）です。お使いの接続の DNS リゾルバか、サイトのドメインのどちらかで、以下の手順でどちらかがわかります。",
      &["ドメインのレコードが存在して正しいアドレスを指しているか、ドメインが期限切れでないか、ネームサーバーが応答するかを確認してください。",
        "「該当する名前なし」という応答もキャッシュされます（ネガティブ キャッシュ。期間はゾーンの SOA レコードが決めます）。そのため修正前に問い合わせたリゾルバは期限が切れるまで失敗し続けます。変更したレコードも同様に、TTL が切れるまで古いまま残ります。"]),
    t(0, "接続が拒否されました", "サイトのサーバーが接続を拒否しました",
      "ブラウザーはサイトのマシンまで到達しましたが、接続を受け付けるものがありませんでした。Web サーバーが動いていないか、ファイアウォールが拒否しています。",
      "サイトのサーバーです。ただし、お使いの側のファイアウォールやプロキシがブロックしている場合は別です。",
      &["Web サーバーが動作し、ポート 80 と 443 で待ち受けているか確認してください。",
        "サーバーの手前にあるファイアウォールのルールを確認してください。"]),
    t(0, "接続がリセットされました", "サイトとの接続が切断されました",
      "接続は確立されましたが、ページが届く前に切断されました。サイトのサーバーが応答の途中でクラッシュしたか、途中にあるもの（ファイアウォール、プロキシ、VPN）が切断した可能性があります。",
      "あなたとサイトの間のネットワークか、サイトのサーバーです。",
      &["その時刻に Web サーバーのクラッシュや再起動がなかったか、ファイアウォールや DDoS 対策が接続をリセットしていないかを確認してください。"]),
    t(0, "タイムアウト", "サイトへの接続がタイムアウトしました",
      "ブラウザーはサイトの応答を待ちましたが、時間内に応答がありませんでした。サーバーが停止しているか過負荷か、途中で通信が破棄されています。",
      "途中のネットワークか、サイトのサーバーです。",
      &["サーバーが稼働していて外部から到達できるか、ファイアウォールが接続を黙って破棄していないかを確認してください。"]),
    t(0, "空の応答", "サイトのサーバーが何も返さずに接続を閉じました",
      "サイトのサーバーは接続を受け付けましたが、何も送らずに閉じました。リクエストの処理中にクラッシュしたか再起動したと考えられます。",
      "サイトのサーバーです。",
      &["その時刻に Web サーバーやアプリケーションのクラッシュ、再起動、メモリ不足による強制終了がなかったか確認してください。"]),
    t(0, "インターネット接続なし", "お使いのデバイスはオフラインです",
      "ブラウザーはインターネットにまったく接続されていないと報告しています。そのため、今はどのサイトも読み込めません。",
      "お使いの接続で、サイトの問題ではありません。",
      &[]),
    t(0, "安全な接続ができませんでした", "サイトとの安全な接続を確立できませんでした",
      "ブラウザーとサイトが、接続の保護方法について合意できませんでした。証明書の問題ではなく、TLS のプロトコルか暗号のエラーです。多くの場合、間にあるものが干渉しています: HTTPS をスキャンするウイルス対策ソフト、プロキシ、VPN、フィルタリングされたネットワークなどです。古いブラウザーやシステム、古いプロトコルしか提供しないサイトでも同じエラーになります。",
      "ここからは判断できません。安全な接続に割り込むお使いの側のソフトウェアやネットワーク、古いシステム、またはサイトの TLS の設定のいずれかです。",
      &["SSL チェッカーでサイトをテストしてください: プロトコル（TLS 1.2 と 1.3）、暗号スイート、証明書チェーン。ポート 443 が平文の HTTP ではなく TLS で応答するかも確認してください。"]),
    // The kinds below came with the full lists of browser errors (issue 11).
    t(0, "サイトに到達できません", "ネットワークがサイトのサーバーに到達できませんでした",
      "ブラウザーはサイトのアドレスを得ましたが、そこへ至る道が見つかりませんでした。経路が存在しなかったか、途中のファイアウォールが接続を禁止しています。サイトのサーバーがネットワークから切り離されているか、あなたとサイトの間のネットワークで障害が起きている可能性があります。",
      "途中のネットワークか、ネットワークから切り離されたサイトのサーバーです。",
      &["サーバーが稼働しているか、また名前の A レコードと AAAA レコードが、サーバーが実際に応答するアドレスを指しているかを確認してください。IPv6 で待ち受けなくなったサーバーに IPv6 のレコードが残っていると、このエラーになります。",
        "サーバーの手前にあるファイアウォールとルーティングを確認してください。"]),
    t(0, "ネットワークが変更されました", "お使いの接続が、ページの読み込み中に切り替わりました",
      "読み込みの途中でデバイスが別のネットワークに切り替わり（Wi-Fi からモバイル データへの切り替え、VPN の接続や切断、スリープからの復帰など）、ブラウザーが処理中のリクエストを破棄しました。新しい接続でもう一度読み込めば、たいていは表示されます。",
      "お使いの接続の一時的な変化で、サイトの問題ではありません。",
      &[]),
    t(0, "証明書エラー", "ブラウザーがこの接続の証明書を信頼できません",
      "ブラウザーは、サイトとやり取りを始める前に接続を止めました。サイトが提示した証明書を、この名前について信頼できないためです。期限切れかまだ有効期間前、別の名前用に発行されたもの、ブラウザーが知らない認証局の署名、または失効済みのいずれかです。多くはサイト側の誤りですが、デバイスの時計がずれているとき、Wi-Fi のログインページやセキュリティ ソフトが接続に割り込んでいるとき、誰かが通信を傍受しているときにも同じエラーになります。ログインや支払いをするサイトでは、警告を無視して先に進まないでください。",
      "ここからは判断できません。多くはサイトの証明書（期限切れ、名前の不一致、中間証明書の欠落）ですが、お使いの時計やネットワーク、暗号化された通信を検査するソフトウェアが原因のこともあります。待っても証明書は変わらないため、Gatewise は再試行しません。",
      &["SSL チェッカーで証明書を確認してください: 有効期間、対象となる名前、サーバーがチェーン全体（中間証明書も含む）を送っているか。",
        "自動更新（certbot、ホスティングや CDN によるもの）が実行されたか、その後 Web サーバーが再読み込みされたかを確認してください。"]),
    t(0, "ご自身の証明書が必要です", "このサイトを開くには、あなた自身の証明書が必要です",
      "このサイトは、安全な接続を確立する際に自分の証明書（スマートカード、勤務先、行政機関などが発行したもの）を提示した訪問者だけを受け入れています。証明書が送られなかったか、送られた証明書が拒否されました。",
      "あなたの側で、サイトが求めている証明書の問題です。Gatewise はこのエラーを再試行しません。",
      &["訪問者に証明書を求める必要がないなら、サーバーのクライアント証明書の設定（nginx の ssl_verify_client、Apache の SSLVerifyClient）を確認してください。",
        "クライアント証明書として受け入れる認証局が、訪問者の証明書の発行元と一致しているかを確認してください。"]),
    t(0, "不正な応答", "サイトの応答が HTTP の規則に違反していました",
      "ブラウザーは接続して応答を受け取りましたが、その応答を使えませんでした。形式が壊れている、途中で切れている、圧縮が正しくない、あるいは HTTP/2 や HTTP/3（QUIC）のストリームが失敗した、のいずれかです。通常はサイトのサーバー、その CDN、または間にあるプロキシが原因ですが、まれにお使いの側で通信を書き換えるセキュリティ ソフトやプロキシが原因のこともあります。",
      "サイトのサーバーか、その手前にあるサービスの可能性が高いです。",
      &["Web サーバーとプロキシのログで、HTTP/2 ストリームのリセット、途中で切れた応答、早々に接続を閉じたアップストリームを探してください。",
        "Content-Length と Content-Encoding が、実際に送られた本文と一致しているかを確認してください（二重に圧縮された本文、プロキシが書き換えた長さなど）。",
        "エラーが HTTP/2 や HTTP/3 でだけ起きるなら、それらを無効にした場合と比べ、プロキシのヘッダー サイズの上限とタイムアウトを確認してください。"]),
    t(0, "プロキシ エラー", "お使いのプロキシで障害が発生し、ブラウザーが経由できませんでした",
      "ブラウザーはプロキシを経由して Web にアクセスするよう設定されています（あなた自身、勤務先や学校、またはプロキシ スクリプトによる設定）。そのプロキシに到達できなかった、ログインを求められて失敗した、またはリクエストを中継してもらえなかった、のいずれかです。サイト自体には一度も到達していません。",
      "お使いのネットワークのプロキシで、サイトの問題ではありません。",
      &[]),
    t(0, "リダイレクトのループ", "サイトのリダイレクトがループしています",
      "サイトがブラウザーをあるアドレスから別のアドレスへ何度もリダイレクトしたか、ブラウザーが従わないアドレスへリダイレクトしたため、ブラウザーは読み込みをあきらめました。多くの場合、サイトの二つの設定が食い違っています（HTTP と HTTPS、www の有無）。まれに古い Cookie がログインのループを続けさせていることもあります。",
      "サイトの設定であることが多く、まれにお使いのブラウザーに残った古い Cookie です。Gatewise はこのエラーを再試行しません。",
      &["curl -sIL でリダイレクトをたどり、どこでループが閉じるかを突き止めてください。",
        "アプリケーション、Web サーバー、CDN の間で、HTTPS とホスト名の扱いが一致しているかを確認してください。フレキシブル TLS モードの CDN は、HTTPS へリダイレクトするサーバーに HTTP で送るため、リダイレクトが永久に続きます。"]),
    t(0, "アドレスが拒否されました", "ブラウザーはこのアドレスを開きません",
      "このアドレスは、ブラウザーが読み込みを拒否するものです。形式が壊れている、ブラウザーが知らないスキームを使っている、または他のサービス（メールなど）用のポートを指定している、のいずれかです。そうしたポートは、そのサービスを守るためにブラウザーがブロックします。",
      "アドレスの問題で、サイトのサーバーではありません。Gatewise はこのエラーを再試行しません。",
      &["自分のサイトのリンクがここにつながっているなら、通常のポート（80 と 443）でサイトを公開し、リンクを修正してください。"]),
    t(0, "ネットワーク エラー", "ページを読み込めませんでした",
      "ブラウザーが自身のネットワーク層の障害を報告しましたが、ページが届かなかったということ以上はわかりません。この種の障害は短時間で収まることがよくあります。",
      "ここからは判断できません。",
      &["サーバーが稼働していて、自分のネットワークの外からも応答するかを確認してください。"]),
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
            (format!("{d}待ってから 1 回だけ再読み込み"), format!("サイトが再開の時期を示しています: {d}後です。それまでの再読み込みはすべてリクエスト 1 回として数えられ、制限が続く原因になります。"))
        }
        (Wait, _) if retry_s.is_some() => {
            let d = duration(retry_s.unwrap_or_default());
            (format!("{d}待ってから再読み込み"), format!("サイトが再開の時期を示しています: {d}後です。それより早く試してもうまくいく見込みは低く、Gatewise もそれまでは再試行しません。"))
        }
        (Wait, S::RateLimited) => ("数分待ってから 1 回だけ再読み込み".into(), "制限は自動で解除されます。それまでの再読み込みはすべてリクエスト 1 回として数えられ、制限が続く原因になります。".into()),
        (Wait, _) => ("1 分ほど待ってから再読み込み".into(), "短い障害は数分で解消することがよくあります。設定の誤りによる障害は、誰かが直すまで続きます。Gatewise が代わりに再試行し、負荷を増やさないよう間隔を空けて試します。".into()),
        (DownForEveryone, _) => ("ほかの人もアクセスできないか確認".into(), "「自分だけかどうか」を調べるチェッカーや、サイトのステータス ページ、SNS アカウントで、ほかの人にも同じ状態か確認できます。".into()),
        (OtherSites, S::Dns) => ("ほかのサイトが表示されるか確認".into(), "どのサイトも表示されなければ、お使いの接続かその DNS に問題があります。表示されるなら、このサイトの名前がドメイン側で壊れているか、あなたの側のキャッシュに残っています。次の手順でそのキャッシュを消去します。".into()),
        (OtherSites, _) => ("ほかのサイトが表示されるか確認".into(), "表示されるなら、あなたの接続は正常で、問題はサイトかサイトまでの経路にあります。".into()),
        (PrivateWindow, _) => ("シークレット ウィンドウで試す".into(), "シークレット ウィンドウ（Firefox と Safari ではプライベート ウィンドウ）は拡張機能と Cookie なしで開くので、それらが原因かどうかを切り分けられます。".into()),
        (HardReload, _) if mobile => ("ページを再読み込み".into(), "スマートフォンのブラウザーには、キャッシュを使わない再読み込みがありません。通常の再読み込みでも同じエラーなら、このサイトのデータの削除（下記）が同じ役目を果たします。".into()),
        (HardReload, _) => ("キャッシュを使わずに再読み込み".into(), "ブラウザーのキャッシュではなく、サイトからページを取得し直します。".into()),
        (OtherNetwork, S::Edge) if mobile => ("別のネットワークかデバイスで試す".into(), "Wi-Fi とモバイル データを切り替えてください。別のネットワークからなら、サイトの手前にあるサービスの別の拠点を経由してつながることがあります。".into()),
        (OtherNetwork, S::Edge) => ("別のデバイスかネットワークで試す".into(), "たとえば、同じ Wi-Fi ではなくモバイル データ通信のスマートフォンで試してください。別のネットワークからなら、サイトの手前にあるサービスの別の拠点を経由してつながることがあります。".into()),
        (OtherNetwork, _) if mobile => ("別のネットワークかデバイスで試す".into(), "Wi-Fi とモバイル データを切り替えるか、別の回線につながったパソコンで試してください。".into()),
        (OtherNetwork, _) => ("別のデバイスかネットワークで試す".into(), "たとえば、同じ Wi-Fi ではなくモバイル データ通信のスマートフォンで試してください。".into()),
        (ClearSiteData, _) => ("このサイトの Cookie とキャッシュを削除".into(), "ブラウザーの設定で、このサイトに保存されたデータだけを削除してから再読み込みしてください。サイトからはログアウトされ、サイトに保存されていなかった内容は失われます。".into()),
        (FlushDns, S::Dns) if mobile => ("スマートフォンの DNS を更新".into(), "スマートフォンが失敗した応答を覚えたままになっている可能性があり、これで問い合わせ直させます。スマートフォンにはそのためのコマンドがないので、接続をいったん切ってつなぎ直します。".into()),
        (FlushDns, S::Dns) => ("DNS キャッシュをクリア".into(), "デバイスが失敗した応答を覚えたままになっている可能性があり、これで問い合わせ直させます。Chrome は独自の DNS キャッシュを持っていて、これでは消えません。chrome://net-internals/#dns を開いて Clear host cache を押してください（Firefox では about:networking#dns の「DNS キャッシュを消去」）。".into()),
        (FlushDns, _) if mobile => ("スマートフォンの DNS を更新".into(), "サイトのアドレスが変わった場合に備えて、スマートフォンにアドレスを調べ直させます。スマートフォンにはそのためのコマンドがないので、接続をいったん切ってつなぎ直します。".into()),
        (FlushDns, _) => ("DNS キャッシュをクリア".into(), "サイトのアドレスが変わった場合に備えて、デバイスにアドレスを調べ直させます。Chrome は独自の DNS キャッシュを持っていて、これでは消えません。chrome://net-internals/#dns を開いて Clear host cache を押してください（Firefox では about:networking#dns の「DNS キャッシュを消去」）。".into()),
        (PublicDns, _) => ("パブリック DNS を試す".into(), "プロバイダの DNS に障害がある場合でも、パブリック DNS（ネットワーク設定で指定します）ならサイトを見つけられることがあります。".into()),
        (VpnProxy, S::Dns) => ("VPN やプロキシを一時的にオフにする".into(), "VPN やプロキシは代わりに名前解決を行うため、あなた自身の DNS が正常でも、その DNS が失敗することがあります。".into()),
        (VpnProxy, S::Proxy) => ("プロキシの設定を確認".into(), "ブラウザーは、システムやブラウザーのネットワーク設定、または勤務先が設定したプロキシを経由しています。そのプロキシが本当に有効であるべきかを確認してください。職場や学校では、プロキシが停止していないか IT 担当者に問い合わせてください。".into()),
        (VpnProxy, S::Tls) => ("VPN やプロキシを一時的にオフにする".into(), "VPN、プロキシ、または暗号化された通信を検査する会社や学校のネットワークは、安全な接続の確立を妨げることがあります。".into()),
        (VpnProxy, S::RateLimited | S::Busy) => ("VPN やプロキシを一時的にオフにする".into(), "VPN、プロキシ、モバイル回線では多くの人が 1 つのアドレスを共有しています。アドレスごとにリクエストを制限するサイトは、その人たちの通信まであなたの分として数えている可能性があります。".into()),
        (VpnProxy, _) => ("VPN やプロキシを一時的にオフにする".into(), "経路上の VPN やプロキシは、それ自体が失敗したり、サイトにブロックされたりすることがあります。".into()),
        (Antivirus, _) => ("ウイルス対策ソフトの HTTPS スキャンを一時的にオフにする".into(), "安全な接続を検査するセキュリティ ソフト（HTTPS スキャン、SSL スキャン、Web 保護などと呼ばれます）は、このエラーのよくある原因です。その機能をオフにして再読み込みし、終わったらオンに戻してください。".into()),
        (UpdateSystem, _) => ("ブラウザーとシステムを更新".into(), "現在のサイトは新しい TLS のバージョンと暗号を必要とします。古いブラウザーや OS、更新が提供されなくなったものは、そうしたサイトに接続できません。".into()),
        (RestartRouter, _) => ("モデムとルーターを再起動".into(), "電源を 30 秒ほど抜き、接続が戻るのを待ってください。".into()),
        (CheckConnection, _) => ("接続を確認".into(), "Wi-Fi、モバイル データ、またはケーブルがつながっていて、ほかのサイトが表示されるか確認してください。".into()),
        (CheckAddress, S::BadAddress) => ("アドレスを確認".into(), "入力ミス、見慣れないスキーム、名前の後ろのポート番号（:25 など）がないか確認してください。リンクからここに来たなら、そのリンクが誤っています。".into()),
        (CheckAddress, S::Dns) => ("アドレスを確認".into(), "アドレスバーのサイト名のつづりを確認してください。入力ミスがあるとまさにこのエラーになります。".into()),
        (CheckAddress, _) => ("アドレスを確認".into(), "サイトは応答しているので、名前は正しいです。アドレスの残りの部分（ドメインより後ろ）か、ここに来たリンクを確認してください。".into()),
        (SignIn, S::ClientCertificate) => ("証明書を使う".into(), "証明書をお持ちなら（スマートカード上のもの、または勤務先がインストールしたもの）、カードが差し込まれているか、証明書がインストールされているかを確認して再読み込みし、ブラウザーに尋ねられたらその証明書を選んでください。お持ちでなければ、サイトか IT 担当者にアクセス方法を問い合わせてください。".into()),
        (SignIn, S::Certificate) => ("先に Wi-Fi にログイン".into(), "ホテル、空港、カフェのネットワークでは、ログインを済ませるまでログインページが安全な接続に割り込みます。暗号化されていない http:// のページか Wi-Fi 設定を開いてログインし、再読み込みしてください。".into()),
        (SignIn, _) => ("ネットワークのログインページを開く".into(), "暗号化されていない http:// のページか、デバイスの Wi-Fi 設定を開いてログインを済ませ、再読み込みしてください。".into()),
        (CheckClock, _) => ("デバイスの日付と時刻を確認".into(), "時計がずれていると、有効な証明書が期限切れやまだ有効でないように見えます。".into()),
        (Report, S::Certificate) => ("サイトに知らせる".into(), "ほかのデバイスやネットワークでも同じ警告が出るなら、サイトの証明書に問題があり、管理者が知る必要があります。下のレポートをコピーして、サイトのサポートに送ってください。".into()),
        (Report, S::Redirects) => ("サイトに知らせる".into(), "シークレット ウィンドウでもループするなら、サイトの設定に問題があります。下のレポートをコピーして、サイトのサポートに送ってください。".into()),
        (Report, S::Tls) => ("サイトに知らせる".into(), "ほかのデバイスやネットワークでも失敗するなら、サイトの安全な接続の設定に問題があり、管理者が知る必要があります。下のレポートをコピーして、サイトのサポートに送ってください。".into()),
        (Report, S::Dns) => ("サイトに知らせる".into(), "ほかのネットワークやダウン チェッカーでも名前が解決できないなら、サイトのドメインが壊れています。サイト自身のメール アドレスも使えない可能性があるので、別の方法（SNS アカウント、知り合いなど）で下のレポートを管理者に届けてください。".into()),
        (Report, _) if retry_s.is_some() => ("サイトに知らせる".into(), format!("サイトが示した時期（{}後）を十分過ぎても、複数のデバイスで失敗が続くなら、管理者が知る必要があります。下のレポートをコピーして、サイトのサポートに送ってください。", duration(retry_s.unwrap_or_default()))),
        (Report, _) => ("サイトに知らせる".into(), "15 分ほど経っても、複数のデバイスで失敗が続くなら、管理者が知る必要があります。下のレポートをコピーして、サイトのサポートに送ってください。".into()),
    };
    let command: Option<&str> = match (id, os) {
        (HardReload, Os::Macos) => Some("Cmd+Shift+R（Chrome、Firefox）または Option+Cmd+R（Safari）"),
        (HardReload, Os::Windows | Os::Linux) => Some("Ctrl+Shift+R（または Ctrl+F5）"),
        (HardReload, Os::Chromeos) => Some("Ctrl+Shift+R"),
        (PrivateWindow, Os::Macos) => Some("Cmd+Shift+N（Chrome、Safari）または Cmd+Shift+P（Firefox）"),
        (PrivateWindow, Os::Windows | Os::Linux | Os::Chromeos) => {
            Some("Ctrl+Shift+N（Chrome）または Ctrl+Shift+P（Firefox）")
        }
        (PrivateWindow, Os::Android) => Some("Chrome: メニュー ⋮ → 新しいシークレット タブ"),
        (PrivateWindow, Os::Ios) => {
            Some("Safari: タブボタン → プライベート、Chrome: ⋯ → 新しいシークレット タブ")
        }
        (FlushDns, Os::Windows) => Some("ipconfig /flushdns"),
        (FlushDns, Os::Macos) => {
            Some("sudo dscacheutil -flushcache; sudo killall -HUP mDNSResponder")
        }
        (FlushDns, Os::Linux) => {
            Some("resolvectl flush-caches    # systemd-resolved の場合。それ以外は nscd か dnsmasq を再起動")
        }
        (FlushDns, Os::Chromeos) => Some("chrome://net-internals/#dns → Clear host cache"),
        (FlushDns, Os::Android | Os::Ios) => {
            Some("機内モードをオンにして 10 秒待ち、オフに戻す")
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
            "nginx: /var/log/nginx/error.log を確認してください。このリクエストの行に、アップストリームと正確なエラーが書かれています。",
            "nginx と PHP-FPM: プールが動いているか（systemctl status php*-fpm）、fastcgi_pass がプールの listen のソケットやポートと一致しているかを確認してください。",
            "PHP-FPM が \"server reached pm.max_children\" を記録しているなら、pm.max_children を引き上げるのはメモリに余裕がある場合だけにしてください（ワーカーはそれぞれメモリを使い、多すぎるとカーネルの OOM killer に強制終了されます）。あるいはワーカーを占有しているものを突き止めてください。",
        ],
        VendorId::Apache => &[
            "Apache: /var/log/apache2/error.log（または /var/log/httpd/error_log）を確認してください。mod_proxy がバックエンドと理由を記録しています。",
            "ProxyPass の転送先とバックエンドのキープアライブを確認してください。Apache より先にバックエンドがアイドル接続を閉じると、断続的な 502 が起きます（disablereuse=On か短い ttl を試してください）。",
        ],
        VendorId::Iis => &[
            "IIS: アプリケーション プールが開始されているか確認し、このステータスについて失敗した要求のトレースを有効にして、どのモジュールが失敗したかを調べてください。",
            "ARR をプロキシとして使っているなら、ARR のプロキシ タイムアウトとバックエンドの応答時間を比べてください。",
        ],
        VendorId::MicrosoftHttpapi => &["アプリケーションではなく HTTP.sys が応答しています。HTTPERR ログ（%SystemRoot%\\System32\\LogFiles\\HTTPERR）でこのリクエストを探してください。reason 列に理由があります: AppOffline や Disabled（プールが停止、多くはクラッシュ後の高速失敗保護による）、QueueFull（プールのキューが満杯）、ConnLimit（接続数の上限）、または IIS 以外のサービスが登録した URL です。"],
        VendorId::Haproxy => &["HAProxy: バックエンドの状態（ランタイム API の show servers state）と、timeout server の設定をバックエンドの応答時間と比べて確認してください。"],
        VendorId::Varnish => &["Varnish: バックエンドのプローブと first_byte_timeout を確認してください。varnishlog -g request -q 'RespStatus >= 500' で失敗した取得を確認できます。"],
        VendorId::Fastly => &["Fastly: サービス設定でバックエンドの状態と first byte タイムアウトを確認してください。Guru Mediation の詳細からキャッシュ ノードを特定できます。"],
        VendorId::Squid => &["Squid: ページ上のエラー コード（ERR_*）が失敗の内容を示しています。Squid が接続先に到達でき、その名前を解決できるか確認してください。"],
        VendorId::Envoy => &["Envoy または Istio: アップストリーム クラスターの状態、外れ値検出、ルートのタイムアウトを確認してください。メッシュでは istioctl proxy-config endpoint <pod> で各エンドポイントが HEALTHY か UNHEALTHY かを確認できます（istioctl proxy-status は設定が同期しているかどうかしか示しません）。"],
        VendorId::Traefik => &["Traefik: ダッシュボードで、サービスのサーバーが稼働していてヘルスチェックに合格しているか確認してください。"],
        VendorId::Caddy => &["Caddy: reverse_proxy のアップストリームのアドレスと、Caddy のログ（journalctl -u caddy）を確認してください。"],
        VendorId::Lighttpd => &["lighttpd: /var/log/lighttpd/error.log を確認し、mod_proxy か mod_fastcgi に設定されたバックエンドを確認してください。"],
        VendorId::Litespeed => &["LiteSpeed: 外部アプリケーション（lsphp）の上限とタイムアウト、サーバーの stderr ログを確認してください。"],
        VendorId::Cloudflare => &["Cloudflare: オリジンだけを試すには、別のマシンから Cloudflare を経由せずに直接リクエストしてください。Cloudflare のステータス ページで Cloudflare 側の障害が出ていないかも比べてください。"],
        VendorId::Cloudfront => &["CloudFront: オリジンのプロトコル ポリシーと証明書、オリジンの応答タイムアウト、オリジンのセキュリティ グループを確認してください。リクエスト ID は AWS サポートに問い合わせる際に役立ちます。"],
        VendorId::AwsElb => &["AWS ロードバランサ: ターゲット グループのヘルスを確認してください。ターゲットのキープアライブ タイムアウトはロードバランサのアイドル タイムアウトより長く設定してください。"],
        VendorId::GoogleCloudLb => &["Google Cloud ロードバランサ: バックエンド サービスのヘルスチェックとタイムアウト、ファイアウォールが Google のヘルスチェック範囲（130.211.0.0/22 と 35.191.0.0/16）を許可しているかを確認してください。"],
        VendorId::AzureAppGateway => &["Azure Application Gateway: バックエンドの正常性を開き、ネットワーク セキュリティ グループとバックエンド設定の要求タイムアウトを確認してください。"],
        VendorId::Akamai => &["Akamai: Akamai Control Center のエラー参照ツールで参照番号を調べてください。エッジとオリジンの間のどの段階で失敗したかがわかります。"],
        VendorId::Heroku => &["Heroku: heroku logs --tail を実行し、ルーターの H コード（H10 クラッシュ、H12 30 秒のタイムアウト、H13 接続の切断）を探してください。heroku ps:restart で dyno を再起動できます。"],
        VendorId::Vercel => &["Vercel: このリクエストの関数のログを開き、最大実行時間とメモリを確認してください。"],
        VendorId::Netlify => &["Netlify: このサイトの関数のログとデプロイの状態を確認してください。"],
        VendorId::Nghttpx => &["nghttpx: エラーログ（errorlog-file）で到達できなかったバックエンドを確認し、バックエンドのアドレスと、backend-read-timeout をバックエンドの応答時間と比べて確認してください。"],
        VendorId::H2o => &["H2O: error-log を確認してください。proxy.reverse.url の転送先と、proxy.timeout.io をバックエンドの応答時間と比べて確認してください。"],
        VendorId::Tinyproxy => &["Tinyproxy: 接続できなかったホストと、名前を解決できなかったのか接続を拒否されたのかがログに記録されています。Upstream と Timeout の設定を確認してください。"],
        VendorId::Privoxy => &["Privoxy: 何が失敗したか（接続の失敗、タイムアウト、データなし）はページに表示されています。接続先が稼働していて到達できるか、またリクエストを別のプロキシ経由で送る forward ルールがないか確認してください。"],
        VendorId::Trafficserver => &["Apache Traffic Server: 応答のステータス行の理由フレーズと traffic_server のログに失敗の内容が示されます。remap ルールのオリジンと、接続タイムアウトおよび無通信タイムアウトを確認してください。"],
        VendorId::Tomcat => &["Tomcat: 例外とその根本原因は catalina.out またはホストのログにあり、レポートのスタック トレースに失敗したクラスが示されます。訪問者にレポートが見えないよう、ErrorReportValve の showReport と showServerInfo をオフにしてください。"],
        VendorId::Jetty => &["Jetty: ページに表示されたサーブレットについて、サーバーのログを確認してください。Jetty のプロキシ サーブレットを使っている場合は、転送先とプロキシのタイムアウトを確認してください。"],
        VendorId::Gunicorn => &["Gunicorn: 例外のトレースバックはエラーログ（--error-logfile またはサービスのジャーナル）にあります。--timeout で強制終了されたワーカーは、そこに WORKER TIMEOUT と記録されます。"],
        VendorId::Google | VendorId::Reddit | VendorId::Wikimedia | VendorId::Github => &["これはサイト自身の障害で、サイト自身のエラーページに表示されています。原因はそのシステムの内部にあるため、確認すべきは社内の監視、ログ、インシデント対応です。"],
    }
}

/// Owner items that depend on what the site runs.
pub fn stack_owner(stack: &str) -> &'static [&'static str] {
    match stack {
        "wordpress" => &[
            "WordPress: プラグインを無効にして問題のあるものを探し（wp-content/plugins の名前を変え、1 つずつ戻します）、デフォルトのテーマに切り替えてください。",
            "WordPress: ログにメモリ不足が出ているなら wp-config.php の WP_MEMORY_LIMIT を引き上げてください。.htaccess を疑う場合は、まずバックアップを取ってから WordPress の既定のルールに戻してください（独自のリダイレクトやセキュリティのルールは消えるので、バックアップから戻してください）。",
        ],
        "php" => &["PHP: max_execution_time と memory_limit、PHP-FPM のログ（slowlog に止まったスクリプトが出ます）を確認してください。"],
        "aspnet" => &["ASP.NET: アプリケーションのイベント ログを確認してください。IIS 上の ASP.NET Core なら、web.config の stdoutLogEnabled を一時的にオンにして、アプリの起動エラーを記録してください。"],
        "express" => &["Node: プロセスがプロセス マネージャー（systemd、pm2）の下で動いているか、停止する前のメモリ使用量を確認してください。"],
        _ => &[],
    }
}

/// Things every owner should check whatever failed.
pub const OWNER_ALWAYS: &[&str] = &[
    "直前の変更（デプロイ、設定、DNS、証明書）の直後からエラーが始まったなら、その変更を元に戻してください。",
    "監視を設定し、障害が一時的であることを伝えるわかりやすいエラーページを用意してください。",
];

/// The same, when no server answered at all (no error page can show).
pub const OWNER_ALWAYS_NO_RESPONSE: &[&str] = &[
    "直前の変更（デプロイ、設定、DNS、証明書）の直後からエラーが始まったなら、その変更を元に戻してください。",
    "自分のネットワークの外からの監視を設定し、このような障害を訪問者からの報告より先に把握できるようにしてください。",
];

/// "Failing for 12 minutes" and the incident sentences.
pub fn incident_text(state: crate::incident::IncidentState, minutes: u64, failures: u32) -> String {
    use crate::incident::IncidentState::*;
    match state {
        Healthy => String::new(),
        Temporary => format!("失敗が始まってから{}です（失敗 {} 回）。このような短い障害は数分で収まることがよくあります。", minutes_text(minutes), failures),
        Persistent => format!("失敗が始まってから{}が経ちました（失敗 {} 回）。もう一時的な不調ではありません。サイトの管理者の対応が必要なので、報告すると役立ちます。", minutes_text(minutes), failures),
        Recovered => format!("サイトは{}ダウンしていましたが、復旧しました。", minutes_text(minutes)),
    }
}

/// Japanese nouns do not change with the number ("1 回", "3 回"): kept
/// for the same shape as the other languages, unused here.
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
        0 => "1分足らず".into(),
        1 => "1分".into(),
        m if m < 120 => format!("{m}分"),
        m => duration(m.saturating_mul(60)),
    }
}

/// Words of the support report.
pub struct ReportWords;

impl ReportWords {
    /// Its heading.
    pub const HEADING: &'static str = "エラー レポート（Gatewise が作成）";
    /// Field names.
    pub const URL: &'static str = "ページ";
    /// When it started.
    pub const STARTED: &'static str = "最初の検出";
    /// The error.
    pub const ERROR: &'static str = "エラー";
    /// The vendor.
    pub const SERVER: &'static str = "エラーページの送信元";
    /// The vendor's own error code.
    pub const VENDOR_CODE: &'static str = "提供元のエラー コード";
    /// The server's own retry time.
    pub const RETRY_AFTER: &'static str = "サーバーが指定した再試行までの時間";
    /// Where that time came from.
    pub fn retry_source(source: &str) -> &'static str {
        match source {
            "retry-after" => "Retry-After ヘッダー",
            "refresh" => "ページの自動更新",
            _ => "ページの本文",
        }
    }
    /// The reference.
    pub const REFERENCE: &'static str = "参照番号";
    /// The failing hop.
    pub const HOP: &'static str = "障害の起きた区間（推定）";
    /// Attempts.
    pub const TRIED: &'static str = "試したこと";
    /// Browser.
    pub const BROWSER: &'static str = "ブラウザー";
    /// Automatic retries, counted.
    pub fn retries(n: u32) -> String {
        format!("自動再試行 {n} 回")
    }
    /// The hop names.
    pub fn hop(f: crate::Fault) -> &'static str {
        match f {
            crate::Fault::Visitor => "閲覧者の側",
            crate::Fault::Network => "閲覧者とサイトの間のネットワーク",
            crate::Fault::Edge => "サイトの手前にある CDN またはプロキシ",
            crate::Fault::Origin => "サイト自身のサーバー",
            crate::Fault::Unknown => "不明",
        }
    }
}

/// A name for each page variant, for people ("Cloudflare's branded error
/// page"). Every variant a fingerprint names has one (a test checks).
pub fn variant_label(id: VariantId) -> Option<&'static str> {
    Some(match id {
        VariantId::CloudflarePlain => "Cloudflare のシンプルなエラーページ（Cloudflare 自身の障害）",
        VariantId::CloudflareLegacy => "Cloudflare の旧デザインのエラーページ",
        VariantId::CloudflareBranded => "Cloudflare の図解付きエラーページ",
        VariantId::CloudfrontDefault => "CloudFront の「The request could not be satisfied」ページ",
        VariantId::FastlyGuruMediation => "Fastly の「Guru Mediation」ページ",
        VariantId::VarnishGuruMeditation => "Varnish の「Guru Meditation」ページ",
        VariantId::AkamaiEdgeError => "Akamai のエッジのエラーページ（参照番号付き）",
        VariantId::GoogleRobot => "Google の「That's an error」ページ",
        VariantId::GfeServerError => "Google Cloud ロードバランサの「Server Error」ページ",
        VariantId::AzureAppgwDefault => "Azure Application Gateway の組み込みエラーページ",
        VariantId::AwsElbDefault => "AWS ロードバランサの組み込みエラーページ",
        VariantId::HerokuApplicationError => "Heroku の「Application Error」ページ",
        VariantId::HerokuMaintenance => "Heroku のメンテナンス ページ",
        VariantId::HerokuNoSuchApp => "Heroku の「no such app」ページ",
        VariantId::VercelFunctionFailed => "Vercel の関数エラーのページ",
        VariantId::VercelFunctionTimeout => "Vercel の関数タイムアウトのページ",
        VariantId::VercelNotFound => "Vercel のデプロイが見つからないというページ",
        VariantId::GithubUnicorn => "GitHub のユニコーンのページ",
        VariantId::NginxDefault => "nginx の組み込みエラーページ",
        VariantId::Nginx50xHtml => "nginx 標準の 50x.html ページ",
        VariantId::OpenrestyDefault => "OpenResty の組み込みエラーページ",
        VariantId::ApacheProxyError => "Apache の「Proxy Error」ページ",
        VariantId::ApacheGatewayTimeout => "Apache のゲートウェイ タイムアウトのページ",
        VariantId::ApacheServiceUnavailable => "Apache の「Service Unavailable」ページ",
        VariantId::ApacheInternalError => "Apache の「Internal Server Error」ページ",
        VariantId::IisDetailed => "IIS の詳細エラーページ",
        VariantId::IisCustomError => "IIS のエラーページ",
        VariantId::HttpapiServiceUnavailable => "Windows HTTP.sys の「Service Unavailable」ページ",
        VariantId::HaproxyDefault => "HAProxy の組み込みエラーページ",
        VariantId::SquidErrorPage => "Squid のエラーページ",
        VariantId::EnvoyLocalReply => "Envoy の「upstream connect error」応答",
        VariantId::EnvoyNoHealthyUpstream => "Envoy の「no healthy upstream」応答",
        VariantId::EnvoyUpstreamTimeout => "Envoy のアップストリーム タイムアウトの応答",
        VariantId::LighttpdDefault => "lighttpd の組み込みエラーページ",
        VariantId::LitespeedDefault => "LiteSpeed の組み込みエラーページ",
        VariantId::RedditOw => "Reddit の「Ow!」ページ",
        VariantId::WikimediaError => "Wikimedia のエラーページ",
        VariantId::TinyproxyDefault => "Tinyproxy のエラーページ",
        VariantId::PrivoxyErrorPage => "Privoxy のエラーページ",
        VariantId::TomcatErrorReport => "Tomcat のエラーレポート",
        VariantId::JettyErrorPage => "Jetty のエラーページ",
        VariantId::GunicornDefault => "Gunicorn の「Internal Server Error」ページ",
        VariantId::Blank => "サーバー エラーを返す空白のページ",
        VariantId::CustomPage => "サイト独自のエラーページ",
        VariantId::NotAnError => "正常なページ（エラーについて書いてあるだけのページ）",
        VariantId::Challenge => "ボット チェック（チャレンジ）のページ",
        VariantId::ClientError => "4xx のページ: 障害ではありません",
        VariantId::Binary => "ページではない本文",
    })
}

#[cfg(test)]
mod tests {
    //! This language's own grammar. That it covers every text English has,
    //! translated, with the same numbers, placeholders and technical words,
    //! is checked for every language at once in `tests/words.rs`.
    use crate::incident::IncidentState;

    #[test]
    fn durations_read_as_japanese() {
        use super::duration;
        assert_eq!(duration(30), "30秒");
        assert_eq!(duration(60), "1分");
        assert_eq!(duration(179), "3分");
        assert_eq!(duration(7200), "2時間");
        assert_eq!(duration(7260), "2時間1分");
        assert_eq!(duration(3 * 86_400), "3日");
        assert_eq!(super::minutes_text(0), "1分足らず");
        assert!(super::incident_text(IncidentState::Temporary, 12, 4).contains("12分"));
        assert_eq!(super::ReportWords::retries(3), "自動再試行 3 回");
    }
}
