//! # Gatewise core
//!
//! Gatewise turns the moment a site answers "502 Bad Gateway" (or 503, 504,
//! a Cloudflare 52x, Google's "That's an error", a blank page) into something
//! a person can act on. This crate is the pure-Rust core shared by the
//! command-line tool, the browser extension and the web page:
//!
//! * [`diagnose`] reads a response (status, headers, a bounded prefix of the
//!   body) and says whether it is a server-side failure, which status it
//!   settles on, which vendor wrote the page, which hop failed, the vendor's
//!   support reference and any retry hints, with the evidence for each call.
//! * [`explain`] turns a diagnosis into a card: headline, what happened, whose
//!   fault it is, the visitor's steps cheapest first, the owner's checklist and
//!   a copyable support report.
//! * [`plan`] is a deterministic retry state machine: exponential backoff with
//!   full jitter, Retry-After honoured but bounded, budgets, never a POST.
//! * [`incident`] judges one origin's failure history: temporary or persistent.
//!
//! Nothing here touches a browser API: time and randomness come in as
//! arguments, so every rule is tested natively. The wasm-bindgen boundary is
//! one module, compiled for `wasm32` only.
//!
//! ```
//! use gatewise::{diagnose, Response, Fault};
//!
//! let page = b"<html><head><title>502 Bad Gateway</title></head><body>\
//!   <center><h1>502 Bad Gateway</h1></center><hr><center>nginx/1.22.1</center></body></html>";
//! let d = diagnose(&Response::new(page).status(502));
//! assert!(d.is_error);
//! assert_eq!(d.vendor, "nginx");
//! assert_eq!(d.fault, Fault::Origin);
//! ```
#![deny(missing_docs)]
#![forbid(unsafe_code)]

pub mod catalog;
pub mod codes;
pub mod diagnose;
pub mod engine;
pub mod explain;
pub mod headers;
pub mod incident;
pub mod managed;
pub mod network;
pub mod plan;
pub mod status;
pub mod text;
pub mod vendors;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use diagnose::{
    diagnose, Diagnosis, Fault, Kind, Reference, Response, RetryHint, StatusSource,
};
pub use explain::{
    explain, words, Audience, Card, ConnectionCause, ExplainContext, Lang, Os, Words,
};
pub use headers::{HeaderError, Headers};
pub use incident::{judge, Incident, IncidentState, Observation};
pub use network::{BrowserError, ErrorClass, ErrorRule, NetworkFailure};
pub use plan::{Decision, Planner, RetryPolicy, SplitMix64, StopReason};
