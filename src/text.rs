//! Fast tests over UTF-8 text that every line of every page is put to,
//! by several stages: searched with `memchr` over the bytes rather than
//! char by char.

/// Whether `text` has a whitespace char: an ASCII space, the ideographic
/// space (U+3000), and otherwise only where a char's UTF-8 starts with one
/// of the three lead bytes of the rest is a char decoded.
pub fn has_whitespace(text: &str) -> bool {
    let bytes = text.as_bytes();
    memchr::memchr3(b' ', b'\t', b'\n', bytes).is_some()
        || memchr::memchr3(0x0B, 0x0C, b'\r', bytes).is_some()
        || memchr::memmem::find(bytes, "\u{3000}".as_bytes()).is_some()
        || memchr::memchr3_iter(0xC2, 0xE1, 0xE2, bytes)
            .any(|at| text[at..].chars().next().is_some_and(char::is_whitespace))
}

/// How many of `text`'s chars are `|`, `｜` or `#`: what sets apart the
/// items of a bar of links.
pub fn bars_and_hashes(text: &str) -> usize {
    let bytes = text.as_bytes();
    memchr::memchr2_iter(b'|', b'#', bytes).count()
        + memchr::memmem::find_iter(bytes, "｜".as_bytes()).count()
}

/// Whether `text` has a char that may set apart a row's items: white
/// space, `/`, `|` or `｜`.
pub fn has_item_separator(text: &str) -> bool {
    let bytes = text.as_bytes();
    memchr::memchr2(b'/', b'|', bytes).is_some()
        || memchr::memmem::find(bytes, "｜".as_bytes()).is_some()
        || has_whitespace(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whitespace_is_found_whatever_its_width() {
        for spaced in [
            "指标 单位",
            "指标\u{3000}单位",
            "指标\u{a0}单位",
            "a\u{2003}b",
            "x\u{85}y",
            "a\u{1680}b",
            "a\u{205f}b",
        ] {
            assert!(has_whitespace(spaced), "{spaced:?}");
        }
        for solid in ["", "推进绿色制造、《指南》。", "abc", "「一区两园」"] {
            assert!(!has_whitespace(solid), "{solid:?}");
        }
    }

    #[test]
    fn separators_are_counted_in_either_width() {
        assert_eq!(bars_and_hashes("联系我们 | 网站地图｜隐私 #标签"), 3);
        assert_eq!(bars_and_hashes("推进绿色制造。"), 0);
        assert!(has_item_separator("举报/反馈"));
        assert!(has_item_separator("赞赏｜评论"));
        assert!(has_item_separator("收藏\u{3000}点赞"));
        assert!(!has_item_separator("推进绿色制造、《指南》。"));
    }
}
