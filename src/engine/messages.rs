//! The messages the card, the popup and the options page send the
//! background, defined once and checked on receipt.
//!
//! A message is accepted only from this extension; its type must be one of
//! [`Message`]'s (no other field, every field of its type and bounds). A
//! content script's message applies to its own tab's top frame only; a tab
//! named in the message is honoured only from the extension's own pages.

use super::{TabId, UserAction};
use serde::Deserialize;

/// A message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Message {
    /// The card in a page asks for its content.
    CardGet,
    /// The card's wait is over (a nudge that wakes a stopped worker).
    CardDue,
    /// A button of the card, in a page or in the popup; the tab is named
    /// by extension pages only.
    CardAction(UserAction, Option<TabId>),
    /// The popup asks for a tab's card.
    PopupGet(TabId),
    /// "Down for everyone?" clicked, in a page's card or in the popup (the
    /// tab is named by extension pages only).
    CardStatus(Option<TabId>),
    /// Forget one site's history (popup, options).
    ForgetSite(String),
    /// Forget every site's history (options).
    ForgetAll,
}

/// A message as sent: `{type, ...}` with only that type's fields. Read as
/// one flat object (less code in the browser than a tagged enum), then
/// checked field by field in [`Message::try_from`].
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct MessageWire {
    /// The type (`card:get`, `card:action`, ...).
    #[serde(rename = "type")]
    pub kind: String,
    /// A card's button.
    pub action: Option<UserAction>,
    /// A tab.
    #[serde(rename = "tabId")]
    pub tab_id: Option<TabId>,
    /// An origin.
    pub origin: Option<String>,
}

impl MessageWire {
    /// Every field a message may have.
    pub const FIELDS: &'static [&'static str] = &["type", "action", "tabId", "origin"];
}

impl TryFrom<MessageWire> for Message {
    type Error = MessageError;

    fn try_from(w: MessageWire) -> Result<Message, MessageError> {
        let bad = |e: &str| MessageError::Malformed(format!("`{}`: {e}", w.kind));
        // Each type takes its own fields and no other.
        let only = |action: bool, tab: bool, origin: bool| {
            if (w.action.is_some() && !action)
                || (w.tab_id.is_some() && !tab)
                || (w.origin.is_some() && !origin)
            {
                Err(bad("a field of another message"))
            } else {
                Ok(())
            }
        };
        Ok(match w.kind.as_str() {
            "card:get" => only(false, false, false).map(|_| Message::CardGet)?,
            "card:due" => only(false, false, false).map(|_| Message::CardDue)?,
            "card:action" => {
                only(true, true, false)?;
                Message::CardAction(w.action.ok_or_else(|| bad("no action"))?, w.tab_id)
            }
            "popup:get" => {
                only(false, true, false)?;
                Message::PopupGet(w.tab_id.ok_or_else(|| bad("no tabId"))?)
            }
            "card:status" => {
                only(false, true, false)?;
                Message::CardStatus(w.tab_id)
            }
            "history:forget-site" => {
                only(false, false, true)?;
                Message::ForgetSite(w.origin.clone().ok_or_else(|| bad("no origin"))?)
            }
            "history:forget-all" => only(false, false, false).map(|_| Message::ForgetAll)?,
            _ => return Err(MessageError::Malformed("unknown message type".into())),
        })
    }
}

/// Who sent a message, as the browser says (`runtime.MessageSender`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct Sender {
    /// Whether `sender.id` is this extension's id.
    pub ours: bool,
    /// The sender's tab, for a content script.
    pub tab: Option<TabId>,
    /// The sender's frame, for a content script.
    pub frame: Option<i32>,
    /// Whether the sender is one of this extension's own pages (its URL is
    /// under the extension's origin).
    pub extension_page: bool,
}

/// What a checked message asks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Request {
    /// The card of this tab.
    Card(TabId),
    /// Wake up: a wait is over.
    Due,
    /// A button, for this tab.
    Action(TabId, UserAction),
    /// The popup's view of this tab.
    Popup(TabId),
    /// The public status pages' answers about this tab's failure.
    Status(TabId),
    /// Forget this origin's history.
    ForgetSite(String),
    /// Forget all history.
    ForgetAll,
}

/// Why a message is refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MessageError {
    /// Not from this extension.
    Foreign,
    /// Not a message this background knows, or a field of the wrong type.
    Malformed(String),
    /// From a content script, about another tab or from a subframe.
    WrongTab,
}

impl std::fmt::Display for MessageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            MessageError::Foreign => f.write_str("message refused: not from this extension"),
            MessageError::Malformed(e) => write!(f, "message refused: {e}"),
            MessageError::WrongTab => {
                f.write_str("message refused: a page may only speak for its own tab's top frame")
            }
        }
    }
}

/// The longest origin a message may name.
const MAX_ORIGIN: usize = 2048;

/// Checks a message against its sender and says what it asks.
pub fn check(message: Message, sender: &Sender) -> Result<Request, MessageError> {
    if !sender.ours {
        return Err(MessageError::Foreign);
    }
    // A content script speaks for its own tab, from its top frame only.
    let own_tab = || match (sender.tab, sender.frame) {
        (Some(tab), Some(0)) if tab >= 0 => Ok(tab),
        _ => Err(MessageError::WrongTab),
    };
    // A tab named in the message counts only from the extension's pages.
    let named_tab = |tab: Option<TabId>| match tab {
        Some(t) if sender.extension_page && t >= 0 => Ok(t),
        Some(_) => Err(MessageError::WrongTab),
        None => own_tab(),
    };
    let extension_page = || {
        if sender.extension_page {
            Ok(())
        } else {
            Err(MessageError::WrongTab)
        }
    };
    Ok(match message {
        Message::CardGet => Request::Card(own_tab()?),
        Message::CardDue => {
            own_tab()?;
            Request::Due
        }
        Message::CardAction(action, tab_id) => Request::Action(named_tab(tab_id)?, action),
        Message::PopupGet(tab_id) => Request::Popup(named_tab(Some(tab_id))?),
        Message::CardStatus(tab_id) => Request::Status(named_tab(tab_id)?),
        Message::ForgetSite(origin) => {
            extension_page()?;
            if origin.len() > MAX_ORIGIN || super::origin_of(&origin) != origin {
                return Err(MessageError::Malformed("not an origin".into()));
            }
            Request::ForgetSite(origin)
        }
        Message::ForgetAll => {
            extension_page()?;
            Request::ForgetAll
        }
    })
}
