//! Metadata from the body: the issuer named in a closing parenthesis, and
//! the region the document is about.

use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;

use crate::lm::LanguageModel;

/// How the names of issuing bodies end (局, 委员会, 人民政府…); a press
/// agency or newspaper (社, 报) is a source, not an issuer.
const ORG_SUFFIX: &str = "局|厅|委|部|办|办公室|政府|中心|委员会|院|署|会|总队|调查队";

/// `(唐山市工信局)` closing the text: an organisation name in parentheses.
static ISSUER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"[(（](\p{{Han}}{{2,20}}(?:{ORG_SUFFIX}))[)）]\s*$"
    ))
    .expect("valid regex")
});

/// A whole name of an issuing body, as a signature or a 来源 field gives it.
static ORGANISATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"^\p{{Han}}{{2,30}}(?:{ORG_SUFFIX})$")).expect("valid regex")
});

/// Whether `name` is the name of an issuing body (not a newspaper or a site).
pub fn is_organisation(name: &str) -> bool {
    ORGANISATION.is_match(name)
}

/// A place name with its administrative suffix.
static PLACE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(\p{Han}{2,4}?)(市|省|自治区)").expect("valid regex"));

/// Splits `text` before a closing `(issuer)`, if it has one.
pub fn split_issuer(text: &str) -> (&str, &str) {
    let tail_start = text.char_indices().rev().nth(40).map_or(0, |(i, _)| i);
    match ISSUER.find(&text[tail_start..]) {
        Some(m) => text.split_at(tail_start + m.start()),
        None => (text, ""),
    }
}

/// The issuer a press release names at its end, if any.
pub fn issuer(text: &str) -> Option<String> {
    let tail_start = text.char_indices().rev().nth(40).map_or(0, |(i, _)| i);
    ISSUER
        .captures(&text[tail_start..])
        .map(|c| c[1].to_string())
}

/// The city or province the document is about: the place (a word jieba
/// tags as a place name, with 市/省/自治区) named in the title, else the
/// one named most often, if it is named at least twice, else the place the
/// issuer's name begins with: a department's notice speaks of its own
/// province or city as 全省/我市 and may never spell the name out.
pub fn region(
    title: Option<&str>,
    text: &str,
    issuer: Option<&str>,
    lm: &LanguageModel,
) -> Option<String> {
    let places = |s: &str| -> Vec<String> {
        PLACE
            .captures_iter(s)
            .filter_map(|c| {
                let name = &c[1];
                // The shortest suffix of the match that is a known place.
                (0..name.len())
                    .filter(|&i| name.is_char_boundary(i))
                    .map(|i| &name[i..])
                    .map(|n| (n, format!("{n}{}", &c[2])))
                    .find(|(n, full)| {
                        n.chars().count() >= 2 && (lm.is_place(n) || lm.is_place(full))
                    })
                    .map(|(_, full)| full)
            })
            .collect()
    };
    if let Some(t) = title {
        if let Some(p) = places(t).into_iter().next() {
            return Some(p);
        }
    }
    let named = places(text);
    // A headline may name the place bare (湖州:…); the body spells it out
    // with its suffix (湖州市召开…).
    if let Some(t) = title {
        let in_title = named
            .iter()
            .filter_map(|p| {
                let stem = p.trim_end_matches(['市', '省']).trim_end_matches("自治区");
                (stem.chars().count() >= 2).then(|| t.find(stem).map(|at| (at, p)))?
            })
            .min_by_key(|(at, _)| *at);
        if let Some((_, p)) = in_title {
            return Some(p.clone());
        }
    }
    let mut counts: HashMap<String, usize> = HashMap::new();
    for p in named {
        *counts.entry(p).or_default() += 1;
    }
    counts
        .into_iter()
        .filter(|(_, n)| *n >= 2)
        .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))
        .map(|(p, _)| p)
        .or_else(|| {
            let issuer = issuer?;
            places(issuer)
                .into_iter()
                .next()
                .filter(|p| issuer.starts_with(p.as_str()))
        })
}
