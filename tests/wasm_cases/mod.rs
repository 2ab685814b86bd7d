//! The wasm exports, called as JavaScript calls them. Shared by the Node
//! run (`wasm_node.rs`) and the headless Chromium run (`wasm_browser.rs`).

use gatewise::wasm;
use js_sys::{Array, Object, Reflect, Uint8Array};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::wasm_bindgen_test;

const CF522: &[u8] = include_bytes!("../../../shared/corpus/public/cloudflare_522_1.html");
const GOOGLE: &[u8] = include_bytes!("../../../shared/corpus/public/google_502_1.html");

fn obj(pairs: &[(&str, JsValue)]) -> JsValue {
    let o = Object::new();
    for (k, v) in pairs {
        Reflect::set(&o, &JsValue::from_str(k), v).unwrap();
    }
    o.into()
}

fn get(v: &JsValue, key: &str) -> JsValue {
    Reflect::get(v, &JsValue::from_str(key)).unwrap()
}

fn header(name: &str, value: &str) -> JsValue {
    obj(&[("name", name.into()), ("value", value.into())])
}

#[wasm_bindgen_test]
fn diagnose_bytes_with_webrequest_headers() {
    let headers = Array::of2(
        &header("Server", "cloudflare"),
        &header("CF-RAY", "9df84e5407525930-EWR"),
    );
    let input = obj(&[
        ("status", 522.into()),
        ("url", "https://x.example/".into()),
        ("headers", headers.into()),
        ("body", Uint8Array::from(CF522).into()),
    ]);
    let d = wasm::diagnose(input).map_err(JsValue::from).unwrap();
    assert_eq!(get(&d, "is_error"), JsValue::TRUE);
    assert_eq!(get(&d, "vendor").as_string().as_deref(), Some("cloudflare"));
    assert_eq!(get(&d, "fault").as_string().as_deref(), Some("origin"));
    assert_eq!(
        get(&d, "reference").as_string().as_deref(),
        Some("9df84e5407525930")
    );
    assert!(
        get(&d, "retry_after_s").is_null(),
        "None crosses as null, not undefined"
    );
}

#[wasm_bindgen_test]
fn diagnose_a_string_body_without_status() {
    let body = String::from_utf8_lossy(GOOGLE).to_string();
    let d = wasm::diagnose(obj(&[("body", body.into())]))
        .map_err(JsValue::from)
        .unwrap();
    assert_eq!(get(&d, "status").as_f64(), Some(502.0));
    assert_eq!(get(&d, "vendor").as_string().as_deref(), Some("google"));
    assert_eq!(get(&get(&d, "retry_hint"), "seconds").as_f64(), Some(30.0));
}

#[wasm_bindgen_test]
fn explain_and_plan_round_trip() {
    let d = wasm::diagnose(obj(&[
        ("status", 502.into()),
        ("url", "https://x.example/".into()),
    ]))
    .map_err(JsValue::from)
    .unwrap();
    let card = wasm::explain(
        d.clone(),
        obj(&[("os", "macos".into()), ("attempts", 2.into())]),
    )
    .map_err(JsValue::from)
    .unwrap();
    assert_eq!(
        get(&card, "title").as_string().as_deref(),
        Some("502 Bad Gateway")
    );
    assert!(get(&card, "report")
        .as_string()
        .unwrap()
        .contains("2 automatic retries"));
    let planner = wasm::new_planner(JsValue::NULL)
        .map_err(JsValue::from)
        .unwrap();
    let step = wasm::plan_next(planner, d.clone(), 1_000.0, 42.0)
        .map_err(JsValue::from)
        .unwrap();
    let decision = get(&step, "decision");
    assert_eq!(
        get(&decision, "action").as_string().as_deref(),
        Some("retry")
    );
    let stopped = wasm::plan_stop(get(&step, "planner"))
        .map_err(JsValue::from)
        .unwrap();
    let step = wasm::plan_next(stopped, d, 2_000.0, 43.0)
        .map_err(JsValue::from)
        .unwrap();
    assert_eq!(
        get(&get(&step, "decision"), "reason")
            .as_string()
            .as_deref(),
        Some("stopped-by-user")
    );
}

#[wasm_bindgen_test]
fn network_failures_and_aborts() {
    let d = wasm::diagnose_network_js("net::ERR_CONNECTION_REFUSED", "GET", "http://127.0.0.1:9/")
        .map_err(JsValue::from)
        .unwrap();
    assert_eq!(
        get(&d, "variant").as_string().as_deref(),
        Some("connection-refused")
    );
    assert!(wasm::diagnose_network_js("net::ERR_ABORTED", "GET", "x")
        .map_err(JsValue::from)
        .unwrap()
        .is_null());
}

#[wasm_bindgen_test]
fn the_shell_ignores_only_blocked_and_aborted_errors() {
    let i = wasm::interest().map_err(JsValue::from).unwrap();
    let ignored: Vec<String> = Array::from(&get(&i, "ignored_errors"))
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    for e in [
        "net::ERR_ABORTED",
        "net::ERR_BLOCKED_BY_CLIENT",
        "NS_BINDING_ABORTED",
    ] {
        assert!(ignored.iter().any(|i| i == e), "{e}");
    }
    for e in [
        "net::ERR_CONNECTION_REFUSED",
        "net::ERR_CERT_DATE_INVALID",
        "NS_ERROR_UNKNOWN_HOST",
    ] {
        assert!(!ignored.iter().any(|i| i == e), "{e}");
    }
    let cert = wasm::diagnose_network_js(
        "net::ERR_CERT_AUTHORITY_INVALID",
        "GET",
        "https://a.example/",
    )
    .map_err(JsValue::from)
    .unwrap();
    assert_eq!(
        get(&cert, "variant").as_string().as_deref(),
        Some("certificate")
    );
    assert_eq!(get(&cert, "retryable").as_bool(), Some(false));
}

#[wasm_bindgen_test]
fn bad_input_is_an_error_not_a_panic() {
    let err = wasm::diagnose(JsValue::from(5))
        .map_err(JsValue::from)
        .unwrap_err();
    let msg = Reflect::get(&err, &"message".into())
        .unwrap()
        .as_string()
        .unwrap();
    assert!(msg.contains("expected an object"), "{msg}");
    assert!(wasm::diagnose(obj(&[("body", 7.into())])).is_err());
    assert!(wasm::explain(obj(&[("foo", 1.into())]), JsValue::NULL).is_err());
    assert!(wasm::plan_next(JsValue::NULL, JsValue::NULL, f64::NAN, 0.0).is_err());
}

/// The browser's UI language goes in as it is; the card comes back in the
/// language the core has for it, and says which.
#[wasm_bindgen_test]
fn a_card_in_the_browsers_language() {
    let d = wasm::diagnose(obj(&[
        ("status", 502.into()),
        ("url", "https://x.example/".into()),
    ]))
    .map_err(JsValue::from)
    .unwrap();
    let card = wasm::explain(
        d.clone(),
        obj(&[("lang", "de-AT".into()), ("attempts", 2.into())]),
    )
    .map_err(JsValue::from)
    .unwrap();
    assert_eq!(
        get(&get(&card, "labels"), "retry_now")
            .as_string()
            .as_deref(),
        Some("Jetzt neu versuchen")
    );
    assert!(get(&card, "report")
        .as_string()
        .unwrap()
        .contains("2 automatische Wiederholungen"));
    let card = wasm::explain(d, obj(&[("lang", "nl-BE".into())]))
        .map_err(JsValue::from)
        .unwrap();
    assert_eq!(
        get(&get(&card, "labels"), "retry_now")
            .as_string()
            .as_deref(),
        Some("Retry now")
    );
    let de = wasm::language_of("de-CH").map_err(JsValue::from).unwrap();
    assert_eq!(get(&de, "tag").as_string().as_deref(), Some("de"));
    assert_eq!(get(&de, "name").as_string().as_deref(), Some("Deutsch"));
    let all = Array::from(&wasm::languages().map_err(JsValue::from).unwrap());
    assert_eq!(get(&all.get(0), "tag").as_string().as_deref(), Some("en"));
    assert!(all
        .iter()
        .any(|l| get(&l, "locale").as_string().as_deref() == Some("de")));
    let catalog = wasm::catalog(Some("de".into()))
        .map_err(JsValue::from)
        .unwrap();
    assert_eq!(get(&catalog, "lang").as_string().as_deref(), Some("de"));
}

#[wasm_bindgen_test]
fn the_catalog_covers_every_code() {
    let c = wasm::catalog(None).map_err(JsValue::from).unwrap();
    let codes = Array::from(&get(&c, "codes"));
    assert!(codes.length() >= 30);
}

/// The ids JavaScript compares against: the strings a diagnosis carries.
#[wasm_bindgen_test]
fn the_ids_are_the_diagnosis_strings() {
    let ids = wasm::ids().map_err(JsValue::from).unwrap();
    assert_eq!(
        get(&ids, "unknownVendor").as_string().as_deref(),
        Some("unknown")
    );
    assert_eq!(get(&ids, "noVendor").as_string().as_deref(), Some("none"));
    let vendors: Vec<String> = Array::from(&get(&ids, "vendors"))
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    assert!(
        vendors.iter().any(|v| v == "cloudflare") && vendors.iter().any(|v| v == "tomcat"),
        "{vendors:?}"
    );
    let variants: Vec<String> = Array::from(&get(&ids, "variants"))
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    assert!(
        variants.iter().any(|v| v == "blank") && variants.iter().any(|v| v == "nginx-default"),
        "{variants:?}"
    );
    let faults: Vec<String> = Array::from(&get(&ids, "faults"))
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    assert_eq!(faults, ["visitor", "network", "edge", "origin", "unknown"]);
}

/// The engine as the extension's background drives it: events in, commands
/// out, its state saved to a JS object and read back by a new worker.
#[wasm_bindgen_test]
fn the_engine_survives_a_round_trip_through_javascript() {
    let commands_of = |v: JsValue| -> Vec<String> {
        Array::from(&v)
            .iter()
            .map(|c| get(&c, "type").as_string().unwrap())
            .collect()
    };
    let mut engine = wasm::WasmEngine::new(JsValue::NULL, 7.0);
    let request = obj(&[
        ("type", "request".into()),
        ("tab", 12.into()),
        ("request", "r1".into()),
        ("url", "https://shop.example/".into()),
        ("method", "GET".into()),
    ]);
    engine
        .handle(request, 1000.0)
        .map_err(JsValue::from)
        .unwrap();
    let response = obj(&[
        ("type", "response".into()),
        ("tab", 12.into()),
        ("request", "r1".into()),
        ("url", "https://shop.example/".into()),
        ("status", 502.into()),
    ]);
    let out = commands_of(
        engine
            .handle(response, 1010.0)
            .map_err(JsValue::from)
            .unwrap(),
    );
    assert!(
        out.is_empty() || !out.contains(&"set-badge".to_string()),
        "waits for the page: {out:?}"
    );
    let complete = obj(&[
        ("type", "tab-complete".into()),
        ("tab", 12.into()),
        ("url", "https://shop.example/".into()),
    ]);
    let out = commands_of(
        engine
            .handle(complete, 1020.0)
            .map_err(JsValue::from)
            .unwrap(),
    );
    assert!(out.contains(&"read-page".to_string()), "{out:?}");
    let page = obj(&[
        ("type", "page-text".into()),
        ("tab", 12.into()),
        ("load", 1.into()),
        ("url", "https://shop.example/".into()),
        ("html", std::str::from_utf8(GOOGLE).unwrap().into()),
    ]);
    let out = commands_of(engine.handle(page, 1030.0).map_err(JsValue::from).unwrap());
    assert!(
        out.contains(&"set-badge".to_string()) && out.contains(&"wake-at".to_string()),
        "{out:?}"
    );

    // A new worker: the saved state (a plain JS object, string keys only) reads back.
    let saved = engine.save().map_err(JsValue::from).unwrap();
    let again = wasm::WasmEngine::new(saved, 8.0);
    let view = again.view(12).map_err(JsValue::from).unwrap();
    assert_eq!(get(&get(&view, "diagnosis"), "status"), JsValue::from(502));
    assert_eq!(
        get(&get(&view, "retry"), "state").as_string().as_deref(),
        Some("waiting")
    );
    assert!(again
        .view_for(12, "https://elsewhere.example/")
        .map_err(JsValue::from)
        .unwrap()
        .is_null());

    // Malformed events and messages are errors, never panics.
    let mut again = again;
    assert!(again
        .handle(obj(&[("type", "explode".into())]), 1.0)
        .is_err());
    assert!(again.handle(JsValue::from(3), 1.0).is_err());
    let sender = obj(&[
        ("ours", true.into()),
        ("tab", 12.into()),
        ("frame", 0.into()),
    ]);
    assert!(again
        .message(
            obj(&[("type", "card:get".into()), ("sneaky", 1.into())]),
            sender.clone()
        )
        .is_err());
    assert!(again
        .message(obj(&[("type", "card:get".into())]), sender)
        .is_ok());
}

#[wasm_bindgen_test]
fn down_for_everyone_through_javascript() {
    let vendors = Array::of2(&"nginx".into(), &"cloudflare".into());
    let sources = wasm::status_sources(
        "https://shop.example.co.uk/x",
        vendors.into(),
        JsValue::NULL,
    )
    .map_err(JsValue::from)
    .unwrap();
    let sources = Array::from(&sources);
    assert_eq!(sources.length(), 2);
    assert_eq!(
        get(&sources.get(0), "url").as_string().as_deref(),
        Some("https://status.example.co.uk/api/v2/status.json")
    );
    let body = br#"{"status":{"indicator":"major","description":"Partial System Outage"}}"#;
    let verdict = wasm::status_judge("statuspage".into(), 200, body)
        .map_err(JsValue::from)
        .unwrap();
    assert_eq!(
        get(&verdict, "state").as_string().as_deref(),
        Some("outage")
    );
    assert!(
        wasm::status_fresh(verdict.clone(), 1_000_000.0, 1_000_001.0)
            .map_err(JsValue::from)
            .unwrap()
    );
    let check = obj(&[
        ("source", sources.get(1)),
        ("verdict", verdict),
        ("checked_ms", 1_795_435_390_000.0.into()),
    ]);
    let report = wasm::status_report(Array::of1(&check).into(), 0, None)
        .map_err(JsValue::from)
        .unwrap();
    assert_eq!(
        get(&report, "summary").as_string().as_deref(),
        Some("Not just you: Cloudflare reports an outage.")
    );
    // Garbage is an error or "unknown", never a panic.
    assert!(wasm::status_judge("nonsense".into(), 200, body).is_err());
    assert_eq!(
        get(
            &wasm::status_judge("statuspage".into(), 200, b"\xff{[")
                .map_err(JsValue::from)
                .unwrap(),
            "state"
        )
        .as_string()
        .as_deref(),
        Some("unknown")
    );
    assert!(wasm::status_sources("https://a.example/", JsValue::from(5), JsValue::NULL).is_err());
    assert!(wasm::status_report(JsValue::from("x"), 0, None).is_err());
}

#[wasm_bindgen_test]
fn managed_policies_through_javascript() {
    let user = obj(&[("auto_retry", JsValue::TRUE), ("audience", "owner".into())]);
    let sites = obj(&[("intranet.example", "always".into())]);
    let managed = obj(&[
        ("auto_retry", JsValue::FALSE),
        ("max_attempts", 7.into()),
        ("sites", sites),
        ("codes", Array::of2(&502.into(), &"x".into()).into()),
    ]);
    let e = wasm::effective_options(user, managed)
        .map_err(JsValue::from)
        .unwrap();
    let options = get(&e, "options");
    assert_eq!(get(&options, "auto_retry"), JsValue::FALSE);
    assert_eq!(
        get(&get(&options, "policy"), "max_attempts").as_f64(),
        Some(7.0)
    );
    let locked: Vec<String> = Array::from(&get(&e, "locked"))
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    assert_eq!(
        locked,
        ["auto_retry", "max_attempts", "sites:intranet.example"]
    );
    let ignored: Vec<String> = Array::from(&get(&e, "ignored"))
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    assert_eq!(ignored, ["codes"]);
    // No policy, or garbage for either: the person's options, or the defaults.
    for (u, m) in [
        (JsValue::NULL, JsValue::UNDEFINED),
        (JsValue::from("x"), JsValue::from(3)),
        (Array::new().into(), Array::new().into()),
    ] {
        let e = wasm::effective_options(u, m)
            .map_err(JsValue::from)
            .unwrap();
        assert_eq!(get(&get(&e, "options"), "auto_retry"), JsValue::TRUE);
    }
}
