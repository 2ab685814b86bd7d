//! From body bytes to the few views of a page that fingerprints look at.
//!
//! The body is never assumed to be UTF-8, never read past [`SCAN_LIMIT`]
//! bytes, and never parsed as a DOM: one linear pass pulls out the title,
//! the first headings and the visible text (scripts, styles and comments
//! dropped, entities decoded, white space folded). Everything is bounded, so
//! a 50 MB body or a hostile page costs the same as its first 256 KiB.

/// Bytes of the body that are looked at; the rest is ignored.
pub const SCAN_LIMIT: usize = 256 * 1024;
/// Characters of visible text that are kept.
pub const VISIBLE_LIMIT: usize = 32 * 1024;
/// What one character of Japanese or Chinese counts for in
/// [`Page::visible_len`].
pub const DENSE_WEIGHT: usize = 3;

/// Whether `c` belongs to a script written without spaces between words
/// (kana, CJK ideographs, their punctuation).
pub fn is_dense(c: char) -> bool {
    matches!(c, '\u{3000}'..='\u{30ff}' | '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{ff00}'..='\u{ffef}')
}

/// Characters kept of a title or a heading.
const FIELD_LIMIT: usize = 512;

/// The views of a page used by the fingerprints.
#[derive(Clone, Debug, Default)]
pub struct Page {
    /// The markup, ASCII-lowercased (attributes, footers, class names).
    pub markup: String,
    /// The `<title>`, lowercased, white space folded.
    pub title: String,
    /// The first `<h1>` and `<h2>` texts, lowercased, joined by " | ".
    pub headings: String,
    /// Visible text with its case kept (for references such as request ids).
    pub visible: String,
    /// `visible` ASCII-lowercased: same byte offsets as `visible`.
    pub visible_lower: String,
    /// Visible characters seen in all, even past [`VISIBLE_LIMIT`]. A
    /// character of a script written without spaces (Japanese, Chinese)
    /// counts as [`DENSE_WEIGHT`]: it says about as much as a word elsewhere,
    /// so a Japanese article is as long as an English one here.
    pub visible_len: usize,
    /// Whether the body was cut at [`SCAN_LIMIT`].
    pub truncated: bool,
    /// Whether the body looks like binary data (or compressed bytes).
    pub binary: bool,
}

impl Page {
    /// Reads a body. Never fails: unreadable bytes become U+FFFD.
    pub fn read(body: &[u8]) -> Page {
        let truncated = body.len() > SCAN_LIMIT;
        let body = &body[..body.len().min(SCAN_LIMIT)];
        if looks_binary(body) {
            return Page {
                truncated,
                binary: true,
                ..Page::default()
            };
        }
        // Valid UTF-8 (nearly every page) is checked by the fast validator;
        // only other bytes take the slower lossy path.
        let text = match std::str::from_utf8(body) {
            Ok(s) => std::borrow::Cow::Borrowed(s),
            Err(_) => String::from_utf8_lossy(body),
        };
        let markup = ascii_lowercase(&text);
        // The visible text is at most about as long as the text: one
        // allocation instead of a dozen as it grows.
        let visible = String::with_capacity(text.len().min(VISIBLE_LIMIT + 8));
        let mut page = Page {
            truncated,
            visible,
            ..Page::default()
        };
        scan(&text, &markup, &mut page);
        page.visible_lower = ascii_lowercase(&page.visible);
        page.markup = markup;
        page
    }

    /// Whether the page shows (next to) nothing: a "blank white page".
    pub fn is_blank(&self) -> bool {
        !self.binary && self.visible_len < 3 && self.title.is_empty()
    }

    /// Whether the visible text is short, as error pages are (an article or
    /// a forum thread is long), in any language (see [`Page::visible_len`]).
    pub fn is_short(&self) -> bool {
        self.visible_len <= 4000
    }

    /// Whether `needle` (lowercase) is in the title, the headings or the
    /// visible text.
    pub fn says(&self, needle: &str) -> bool {
        self.title.contains(needle)
            || self.headings.contains(needle)
            || self.visible_lower.contains(needle)
    }
}

/// `s` with its ASCII letters lowercased, eight bytes at a time: wasm32 has
/// no SIMD, and a byte at a time there cost a tenth of a diagnosis on a
/// 7 KB page. Natively it is about as fast as the vectorized byte loop.
fn ascii_lowercase(s: &str) -> String {
    let mut bytes = s.as_bytes().to_vec();
    let mut chunks = bytes.chunks_exact_mut(8);
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        chunk.copy_from_slice(&lowercase8(u64::from_le_bytes(word)).to_le_bytes());
    }
    chunks.into_remainder().make_ascii_lowercase();
    // Only ASCII letters changed, so the bytes are still UTF-8.
    String::from_utf8(bytes).unwrap_or_else(|_| s.to_ascii_lowercase())
}

/// Lowercases the ASCII letters among eight bytes. Per byte: bit 7 of
/// `(b & 0x7f) + 0x3f` is set when b >= 'A', of `(b & 0x7f) + 0x25` when
/// b > 'Z' (no sum carries into the next byte); a byte with bit 7 set is
/// not ASCII. 0x80 >> 2 is 0x20, the bit that makes a letter lowercase.
fn lowercase8(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let low = x & (0x7f * ONES);
    let from_a = low + (0x80 - u64::from(b'A')) * ONES;
    let past_z = low + (0x7f - u64::from(b'Z')) * ONES;
    let upper = from_a & !past_z & !x & (0x80 * ONES);
    x | (upper >> 2)
}

/// Where the first `needle` is in `hay`, eight bytes at a time (a tag's
/// attributes are most of a page's markup).
fn find_byte(hay: &[u8], needle: u8) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let mut chunks = hay.chunks_exact(8);
    let mut at = 0;
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        // A byte of `x` is zero where the needle is; the lowest flagged
        // byte is always a true one (a false flag needs a zero below it).
        let x = u64::from_le_bytes(word) ^ (u64::from(needle) * ONES);
        let zero = x.wrapping_sub(ONES) & !x & (0x80 * ONES);
        if zero != 0 {
            return Some(at + (zero.trailing_zeros() / 8) as usize);
        }
        at += 8;
    }
    chunks
        .remainder()
        .iter()
        .position(|&b| b == needle)
        .map(|i| at + i)
}

/// NUL bytes, many control characters or a gzip/zip/PNG/PDF signature in the
/// first kilobyte mean this is not a page to read.
fn looks_binary(body: &[u8]) -> bool {
    let head = &body[..body.len().min(1024)];
    const MAGIC: [&[u8]; 5] = [
        b"\x1f\x8b",
        b"PK\x03\x04",
        b"\x89PNG",
        b"%PDF",
        b"\x28\xb5\x2f\xfd",
    ];
    if MAGIC.iter().any(|m| head.starts_with(m)) {
        return true;
    }
    // Control characters other than tab, line feed, form feed and carriage
    // return (NUL among them), counted as a sum so that it vectorizes.
    let odd: usize = head
        .iter()
        .map(|&b| usize::from(b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c)))
        .sum();
    head.contains(&0) || odd * 10 > head.len().max(1)
}

/// Elements whose content is never shown.
fn is_hidden(name: &str) -> bool {
    matches!(name, "script" | "style" | "template" | "noscript" | "svg")
}

/// Elements that separate words when they open or close.
fn is_block(name: &str) -> bool {
    matches!(
        name,
        "p" | "br"
            | "div"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "li"
            | "tr"
            | "td"
            | "th"
            | "hr"
            | "center"
            | "body"
            | "title"
            | "section"
            | "header"
            | "footer"
            | "pre"
            | "blockquote"
    )
}

#[derive(Clone, Copy, PartialEq)]
enum Capture {
    None,
    Title,
    H1,
    H2,
}

struct Out<'p> {
    page: &'p mut Page,
    capture: Capture,
    field: String,
    h1_done: bool,
    h2_done: bool,
    pending_space: bool,
}

impl Out<'_> {
    fn push_char(&mut self, c: char) {
        let c = match c {
            '\u{2019}' | '\u{2018}' => '\'',
            '\u{201c}' | '\u{201d}' => '"',
            '\u{2013}' | '\u{2014}' => '-',
            '\u{a0}' => ' ',
            c => c,
        };
        if c.is_whitespace() {
            self.pending_space = true;
            if self.capture != Capture::None && !self.field.ends_with(' ') && !self.field.is_empty()
            {
                self.field.push(' ');
            }
            return;
        }
        if self.capture != Capture::None {
            if self.field.len() < FIELD_LIMIT {
                if c.is_ascii() {
                    self.field.push(c.to_ascii_lowercase());
                } else {
                    self.field.extend(c.to_lowercase());
                }
            }
            if self.capture == Capture::Title {
                return; // the title is not part of the visible body text
            }
        }
        let page = &mut *self.page;
        page.visible_len += if is_dense(c) { DENSE_WEIGHT } else { 1 };
        if page.visible.len() < VISIBLE_LIMIT {
            if self.pending_space && !page.visible.is_empty() {
                page.visible.push(' ');
            }
            page.visible.push(c);
        }
        self.pending_space = false;
    }

    /// Pushes printable ASCII without white space: what [`Out::push_char`]
    /// does for each of its characters, in one go.
    fn push_ascii_run(&mut self, run: &str) {
        if self.capture != Capture::None {
            let room = FIELD_LIMIT.saturating_sub(self.field.len());
            let kept = &run[..run.len().min(room)];
            let start = self.field.len();
            self.field.push_str(kept);
            if let Some(added) = self.field.get_mut(start..) {
                added.make_ascii_lowercase();
            }
            if self.capture == Capture::Title {
                return; // the title is not part of the visible body text
            }
        }
        let page = &mut *self.page;
        page.visible_len += run.len();
        if self.capture == Capture::None {
            // Outside a heading the run is cut as a whole at the limit.
            let room = VISIBLE_LIMIT.saturating_sub(page.visible.len());
            if room > 0 {
                if self.pending_space && !page.visible.is_empty() {
                    page.visible.push(' ');
                }
                page.visible.push_str(&run[..run.len().min(room)]);
            }
        } else if page.visible.len() < VISIBLE_LIMIT {
            // In a heading, as character by character: the first one goes
            // in (after its space), the others while there is room.
            if self.pending_space && !page.visible.is_empty() {
                page.visible.push(' ');
            }
            page.visible.push_str(&run[..1]);
            let room = VISIBLE_LIMIT.saturating_sub(page.visible.len());
            page.visible.push_str(&run[1..run.len().min(room + 1)]);
        }
        self.pending_space = false;
    }

    fn end_capture(&mut self) {
        let text = self.field.trim().to_string();
        match self.capture {
            Capture::Title if self.page.title.is_empty() => self.page.title = text,
            Capture::H1 | Capture::H2 if !text.is_empty() => {
                if !self.page.headings.is_empty() {
                    self.page.headings.push_str(" | ");
                }
                self.page.headings.push_str(&text);
                if self.capture == Capture::H1 {
                    self.h1_done = true;
                } else {
                    self.h2_done = true;
                }
            }
            _ => {}
        }
        self.field.clear();
        self.capture = Capture::None;
    }
}

/// ASCII white space (`u8::is_ascii_whitespace`).
const SPACE: u8 = 1;
/// Printable ASCII other than `<` and `&` (`u8::is_ascii_graphic`).
const PLAIN: u8 = 2;
/// What each byte is to [`scan`]'s runs: one table look-up a byte.
const CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = if c.is_ascii_whitespace() {
            SPACE
        } else if c.is_ascii_graphic() && c != b'<' && c != b'&' {
            PLAIN
        } else {
            0
        };
        b += 1;
    }
    t
};

/// One pass over the text; `lower` is `text` ASCII-lowercased (same offsets).
fn scan(text: &str, lower: &str, page: &mut Page) {
    let bytes = lower.as_bytes();
    let mut out = Out {
        page,
        capture: Capture::None,
        field: String::new(),
        h1_done: false,
        h2_done: false,
        pending_space: false,
    };
    let mut i = 0;
    while i < text.len() {
        let b = bytes[i];
        if b == b'<' {
            let rest = &lower[i..];
            if rest.starts_with("<!--") {
                i += rest.find("-->").map_or(rest.len(), |e| e + 3);
                continue;
            }
            let name_start = i + 1 + usize::from(rest[1..].starts_with('/'));
            let name_len = lower[name_start..]
                .bytes()
                .take_while(|c| c.is_ascii_alphanumeric())
                .count();
            if name_len == 0 && !rest.starts_with("<!") {
                out.push_char('<'); // a bare '<' in text
                i += 1;
                continue;
            }
            let name = &lower[name_start..name_start + name_len];
            let closing = rest.starts_with("</");
            // The tag ends at the first '>' after its name (none is before).
            let after_name = name_start + name_len;
            let tag_end =
                find_byte(&bytes[after_name..], b'>').map_or(text.len(), |e| after_name + e + 1);
            if !closing && is_hidden(name) {
                let close = format!("</{name}");
                i = lower[tag_end.min(text.len())..]
                    .find(&close)
                    .map_or(text.len(), |e| tag_end + e);
                i = lower[i..].find('>').map_or(text.len(), |e| i + e + 1);
                continue;
            }
            let capture = match name {
                "title" => Capture::Title,
                "h1" if !out.h1_done => Capture::H1,
                "h2" if !out.h2_done => Capture::H2,
                _ => Capture::None,
            };
            if closing && capture != Capture::None && out.capture == capture {
                out.end_capture();
            } else if !closing && capture != Capture::None && out.capture == Capture::None {
                out.capture = capture;
            }
            if is_block(name) {
                out.pending_space = true;
            }
            i = tag_end;
        } else if b == b'&' {
            let (c, used) = entity(&text[i..]);
            out.push_char(c);
            i += used;
        } else if CLASS[usize::from(b)] == SPACE {
            // A run of white space is one pending space (one space in a field).
            i += bytes[i..]
                .iter()
                .take_while(|&&c| CLASS[usize::from(c)] == SPACE)
                .count();
            out.push_char(' ');
        } else if CLASS[usize::from(b)] == PLAIN {
            // Fast path: a run of plain ASCII text goes over in one copy.
            let run = bytes[i..]
                .iter()
                .take_while(|&&c| CLASS[usize::from(c)] == PLAIN)
                .count();
            out.push_ascii_run(&text[i..i + run]);
            i += run;
        } else {
            let c = text[i..].chars().next().unwrap_or(' ');
            out.push_char(c);
            i += c.len_utf8();
        }
    }
    if out.capture != Capture::None {
        out.end_capture();
    }
}

/// Decodes the entity at the start of `s` (which starts with '&'); returns
/// the character and the bytes used. Unknown entities stay as a literal '&'.
fn entity(s: &str) -> (char, usize) {
    let end = match s.as_bytes().iter().take(12).position(|&b| b == b';') {
        Some(e) => e,
        None => return ('&', 1),
    };
    let name = &s[1..end];
    let c = if let Some(num) = name.strip_prefix('#') {
        let n = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok(),
            None => num.parse::<u32>().ok(),
        };
        n.and_then(char::from_u32)
    } else {
        match name {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" | "rsquo" | "lsquo" => Some('\''),
            "nbsp" => Some(' '),
            "ndash" | "mdash" => Some('-'),
            "bull" | "middot" => Some('•'),
            "hellip" => Some('…'),
            "copy" => Some('©'),
            _ => None,
        }
    };
    match c {
        Some(c) => (c, end + 1),
        None => ('&', 1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn views_of_a_page() {
        let p = Page::read(
            b"<html><head><title>502 Bad&nbsp;Gateway</title><style>h1{x}</style></head>\
              <body><!-- c --><h1>Bad gateway</h1><p>Ray&#32;ID: <b>8a53</b></p><script>var a='<h1>';</script>\
              <h2>That&rsquo;s an error</h2></body></html>",
        );
        assert_eq!(p.title, "502 bad gateway");
        assert_eq!(p.headings, "bad gateway | that's an error");
        assert_eq!(p.visible, "Bad gateway Ray ID: 8a53 That's an error");
        assert!(!p.is_blank());
    }

    #[test]
    fn blank_binary_and_huge() {
        assert!(Page::read(b"").is_blank());
        assert!(Page::read(b"<html><body>\n\n</body></html>").is_blank());
        assert!(Page::read(b"\x1f\x8b\x08\x00rest").binary);
        assert!(Page::read(&[0u8; 64]).binary);
        let big = vec![b'a'; 50 * 1024 * 1024];
        let p = Page::read(&big);
        assert!(p.truncated && p.visible.len() <= VISIBLE_LIMIT + 4);
    }

    #[test]
    fn unterminated_markup_is_safe() {
        for s in [
            "<",
            "<title>x",
            "<script>",
            "<!--",
            "&#xFFFFFFFF;",
            "&#;",
            "<h1><h1>a",
            "</",
            "&",
        ] {
            let _ = Page::read(s.as_bytes());
        }
        assert_eq!(Page::read(b"<title>x").title, "x");
    }

    #[test]
    fn lowercase_eight_at_a_time() {
        let every_byte: Vec<u8> = (0..=255u8).collect();
        let text = String::from_utf8_lossy(&every_byte).into_owned() + "ÀZaz@[`{ ÉCOLE Straße";
        for cut in 0..text.len() {
            if let Some(s) = text.get(cut..) {
                assert_eq!(ascii_lowercase(s), s.to_ascii_lowercase());
            }
        }
        for b in 0..=255u8 {
            let word = u64::from_le_bytes([b, b'A', b, b'Z', b, 0x80 | b, b'@', b'[']);
            let want = u64::from_le_bytes([
                b.to_ascii_lowercase(),
                b'a',
                b.to_ascii_lowercase(),
                b'z',
                b.to_ascii_lowercase(),
                0x80 | b,
                b'@',
                b'[',
            ]);
            assert_eq!(lowercase8(word), want, "byte {b:#x}");
        }
    }

    #[test]
    fn find_byte_finds_the_first() {
        let hay: Vec<u8> = (0..300u32).map(|i| (i * 37 % 251) as u8).collect();
        for needle in [b'>', 0, 0x80, 0xff, 0x3d, 0x3f, 1] {
            for start in 0..40 {
                for end in start..hay.len().min(start + 90) {
                    let h = &hay[start..end];
                    assert_eq!(
                        find_byte(h, needle),
                        h.iter().position(|&b| b == needle),
                        "{needle:#x} in {start}..{end}"
                    );
                }
            }
        }
        // A needle right after a byte one above or below it.
        for (a, b) in [(b'=', b'>'), (b'?', b'>'), (0x01, 0x00), (0x00, 0x01)] {
            let mut h = vec![b'x'; 16];
            h[5] = a;
            h[6] = b;
            assert_eq!(find_byte(&h, b), h.iter().position(|&c| c == b));
        }
    }

    #[test]
    fn invalid_utf8_is_replaced() {
        let p = Page::read(b"<title>caf\xe9</title>");
        assert_eq!(p.title, "caf\u{fffd}");
    }
}
