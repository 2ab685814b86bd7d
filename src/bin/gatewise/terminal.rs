//! Text from pages and servers reaches the terminal only as text.
//!
//! A page's title, a `Server` header, a `Location` or a reference can hold
//! control characters: an escape sequence would let a hostile site recolour,
//! retitle or rewrite the terminal, a carriage return or a new line would
//! let it forge lines of our output, and bidirectional overrides can make
//! text read differently from the bytes. In text mode every such character
//! is shown as a visible escape (`\x1b`, `\u{202e}`); JSON output is left
//! to JSON's own escaping.

use std::borrow::Cow;
use std::fmt::Write;

/// Whether `c` must not reach a terminal raw.
fn unsafe_char(c: char) -> bool {
    c.is_control() // C0 (ESC, BEL, CR, LF, backspace...), DEL and C1 (CSI U+009B...)
        || matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{061c}')
}

fn escape(c: char, out: &mut String) {
    let n = c as u32;
    if n < 0x80 {
        let _ = write!(out, "\\x{n:02x}");
    } else {
        let _ = write!(out, "\\u{{{n:x}}}");
    }
}

/// One line of text from outside: every control character escaped, new
/// lines and tabs included.
pub fn line(s: &str) -> Cow<'_, str> {
    if !s.chars().any(unsafe_char) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if unsafe_char(c) {
            escape(c, &mut out);
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// A block of our own output: its new lines stay, every other control
/// character is escaped. The last guard before text is printed.
pub fn block(s: &str) -> Cow<'_, str> {
    if !s.chars().any(|c| c != '\n' && unsafe_char(c)) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if c != '\n' && unsafe_char(c) {
            escape(c, &mut out);
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Hostile strings a page or server can send, and what the terminal gets.
    #[test]
    fn control_characters_become_visible() {
        let cases = [
            ("plain nginx/1.22.1", "plain nginx/1.22.1"),
            ("\u{1b}[2J\u{1b}[31mred", "\\x1b[2J\\x1b[31mred"),
            ("\u{1b}]0;owned\u{7}", "\\x1b]0;owned\\x07"),
            ("\u{9b}31m C1 CSI", "\\u{9b}31m C1 CSI"),
            ("ok\rfake", "ok\\x0dfake"),
            ("two\nlines", "two\\x0alines"),
            ("tab\there", "tab\\x09here"),
            ("back\u{8}space\u{7f}", "back\\x08space\\x7f"),
            ("\u{202e}txt.exe", "\\u{202e}txt.exe"),
            ("Ünïcödé — ok", "Ünïcödé — ok"),
        ];
        for (input, want) in cases {
            assert_eq!(line(input), want, "{input:?}");
        }
    }

    #[test]
    fn a_block_keeps_its_own_lines() {
        assert_eq!(block("a\nb\u{1b}[0m\n"), "a\nb\\x1b[0m\n");
        assert!(matches!(block("a\nb"), Cow::Borrowed(_)));
    }
}
