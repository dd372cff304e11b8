//! Markup that survives inside text files: HTML tags, comments and style
//! blocks, markdown/Hexo front matter (its `title` and `date` are kept as
//! metadata) and HackMD directives.

use std::sync::LazyLock;

use regex::Regex;

static COMMENT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?s)<!--.*?-->").expect("valid regex"));
static STYLE_BLOCK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?is)<(style|script)[^>]*>.*?</(style|script)>").expect("valid regex")
});
static TAG: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"</?[a-zA-Z][a-zA-Z0-9]*(\s[^<>]{0,300})?/?>").expect("valid regex")
});
static HACKMD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(:::|\{%\s*hackmd|\[TOC\]|###### tags:)").expect("valid regex")
});
static FRONT_FIELD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(title|date)\s*:\s*(.+?)\s*$").expect("valid regex"));

/// Text without markup, the lines that went, and front-matter metadata.
#[derive(Debug, Default)]
pub struct Unmarked {
    pub text: String,
    pub removed_lines: Vec<String>,
    pub title: Option<String>,
    pub date: Option<String>,
}

/// Strips markup from a text file's content.
pub fn strip(text: &str) -> Unmarked {
    let mut out = Unmarked::default();
    let mut body = text;
    if let Some(rest) = text.strip_prefix("---\n") {
        if let Some(end) = rest.find("\n---") {
            for line in rest[..end].lines() {
                if let Some(c) = FRONT_FIELD.captures(line) {
                    let value = c[2].trim_matches(|c| c == '"' || c == '\'').to_string();
                    if &c[1] == "title" {
                        out.title = Some(value);
                    } else {
                        out.date = Some(value);
                    }
                }
                out.removed_lines.push(line.to_string());
            }
            body = rest[end + 4..].trim_start_matches('-');
        }
    }
    if !body.contains('<') && !body.contains(":::") && !body.contains("{%") {
        out.text = body.to_string();
        return out;
    }
    let body = COMMENT.replace_all(body, "");
    let body = STYLE_BLOCK.replace_all(&body, "");
    let mut kept = String::with_capacity(body.len());
    for line in body.lines() {
        if HACKMD.is_match(line) {
            out.removed_lines.push(line.to_string());
            continue;
        }
        let stripped = TAG.replace_all(line, "");
        if stripped.trim().is_empty() && !line.trim().is_empty() {
            out.removed_lines.push(line.to_string());
            continue;
        }
        kept.push_str(&stripped);
        kept.push('\n');
    }
    out.text = kept;
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_tags_and_comments() {
        let t = "---\ntitle: \"绿色工厂名单\"\ndate: 2023-05-01\n---\n<div class=\"a\">正文<b>第一段</b></div>\n<!-- 广告 -->\n::: info\n第二段";
        let u = strip(t);
        assert_eq!(u.title.as_deref(), Some("绿色工厂名单"));
        assert_eq!(u.date.as_deref(), Some("2023-05-01"));
        assert_eq!(u.text, "\n正文第一段\n\n第二段\n");
    }
}
