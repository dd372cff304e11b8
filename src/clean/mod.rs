//! Clean: turn a decoded page into the body a careful reader keeps, in
//! simplified script, and pull out its metadata.
//!
//! The stages run in the order their mechanisms need: mojibake is repaired
//! on the original characters (it needs their GBK bytes); markup and
//! furniture go next, judged as whole lines; pinyin before t2s (readings
//! are checked against the original character too); injected characters
//! after t2s (the language model is simplified).

mod furniture;
mod injected;
mod markup;
mod metadata;
mod mojibake;
mod pinyin;
mod reflow;

use std::borrow::Cow;

use crate::lm::is_han;
use crate::model::{NoiseCounts, Script};
use crate::pipeline::Resources;
use crate::script::fold_fullwidth;

/// The outcome of cleaning one document.
#[derive(Debug, Clone)]
pub struct Cleaned {
    /// The body in simplified script.
    pub text: String,
    /// The body in the document's own script (for `clean --script original`).
    pub original: String,
    pub script: Script,
    pub title: Option<String>,
    pub date: Option<String>,
    pub issuer: Option<String>,
    pub region: Option<String>,
    pub noise: NoiseCounts,
    /// What was removed and why, one line each (for `clean --explain`).
    pub explain: Vec<String>,
}

/// Invisible characters pages use as padding or watermarks.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200B}'..='\u{200F}' | '\u{FEFF}' | '\u{2060}' | '\u{00AD}'
    )
}

/// `raw` without invisible chars, with plain spaces and `\n` line ends;
/// most pages need none of it, and are borrowed as they are.
fn normalise_chars(raw: &str) -> Cow<'_, str> {
    if !raw.contains(|c| is_invisible(c) || c == '\u{A0}' || c == '\r') {
        return Cow::Borrowed(raw);
    }
    let text: String = raw
        .chars()
        .filter(|c| !is_invisible(*c))
        .map(|c| if c == '\u{A0}' { ' ' } else { c })
        .collect();
    Cow::Owned(text.replace("\r\n", "\n").replace('\r', "\n"))
}

/// `original` (the body in its own script) without the injected pairs
/// found at the char offsets `pairs` of its simplified twin; `cleaned` is
/// the twin with them gone. t2s maps char for char almost everywhere; a
/// line it did not keeps its cleaned simplified form.
fn without_pairs(original: &str, cleaned: &str, pairs: &[usize]) -> String {
    if pairs.is_empty() {
        return original.to_string();
    }
    let mut cleaned_lines = cleaned.split('\n');
    let mut next = pairs.iter().copied().peekable();
    let mut offset = 0;
    let mut out = Vec::new();
    for line in original.split('\n') {
        let len = line.chars().count();
        let mut local = Vec::new();
        while let Some(start) = next.next_if(|&p| p < offset + len) {
            local.push(start - offset);
        }
        let cleaned_line = cleaned_lines.next().unwrap_or_default();
        out.push(if len == cleaned_line.chars().count() + 2 * local.len() {
            injected::delete(line, &local)
        } else {
            cleaned_line.to_string()
        });
        offset += len + 1;
    }
    out.join("\n")
}

/// A headline that is one policy's title in 《》 and nothing else (a Hong
/// Kong brief's 《2026年基层医疗健康条例草案》) is that title: the marks only
/// set it off in running text.
fn without_title_marks(title: String) -> String {
    match crate::extract::bare_title(&title) {
        Some(inner) => inner.to_string(),
        None => title,
    }
}

/// A name read from the page's furniture, which the pair model never
/// sees, mended by the body it names: without the one pair of chars whose
/// removal leaves a name the body gives (来源：韶物角关市应急管理局, signed
/// 韶关市应急管理局). As read when the body gives it whole or no such form.
fn mended_by_body(name: String, body: &str) -> String {
    /// Fewer chars than this name nothing the body could confirm.
    const MIN_NAME_CHARS: usize = 4;
    if body.contains(name.as_str()) {
        return name;
    }
    let chars: Vec<char> = name.chars().collect();
    // (Inside the name: dropping its first or last two chars leaves a
    // part of another one, 清远市应急管理局 → 市应急管理局.)
    (1..chars.len().saturating_sub(2))
        .map(|i| chars[..i].iter().chain(&chars[i + 2..]).collect::<String>())
        .find(|mended| mended.chars().count() >= MIN_NAME_CHARS && body.contains(mended.as_str()))
        .unwrap_or(name)
}

/// Whether two titles share most of their Han chars, each way: two
/// wordings of one headline, not a name from it (省长 孙志远 and 孙志远在
/// 全省安全生产工作会议上的讲话).
fn shares_most_chars(a: &str, b: &str) -> bool {
    let most_in = |from: &str, of: &str| {
        let han: Vec<char> = from.chars().filter(|&c| is_han(c)).collect();
        2 * han.iter().filter(|&&c| of.contains(c)).count() >= han.len()
    };
    most_in(a, b) && most_in(b, a)
}

/// Cleans one document's decoded text.
pub fn clean(raw: &str, res: &Resources) -> Cleaned {
    let mut noise = NoiseCounts::default();
    let mut explain = Vec::new();
    let text = normalise_chars(raw);

    let repaired = mojibake::repair(&text, &res.lm, &res.converter, &res.prose);
    noise.mojibake_repaired = repaired.repaired;
    noise.mojibake_dropped = repaired.dropped;
    if repaired.repaired + repaired.dropped > 0 {
        explain.push(format!(
            "mojibake: {} runs repaired, {} dropped",
            repaired.repaired, repaired.dropped
        ));
    }

    let unmarked = markup::strip(&repaired.text);
    for line in &unmarked.removed_lines {
        explain.push(format!("markup: {line}"));
    }
    // Pinyin goes before furniture, whose vocabulary it would hide.
    let stripped = pinyin::strip(&unmarked.text, &|c| res.converter.simplify_char(c));
    noise.pinyin = stripped.annotations;
    if stripped.annotations > 0 {
        explain.push(format!(
            "pinyin: {} annotations removed",
            stripped.annotations
        ));
    }
    // Lines are judged as paragraphs: a page copied out of a PDF is
    // joined back into them first.
    let reflowed = reflow::reflow(&stripped.text);
    for line in &reflowed.removed_lines {
        explain.push(format!("page layout: {line}"));
    }
    let lines: Vec<&str> = reflowed
        .text
        .lines()
        .map(|l| l.trim().trim_end_matches(['|', ' ']).trim())
        .filter(|l| !l.is_empty())
        .collect();
    // Lines are converted one by one (t2s phrases never cross a line) so
    // that furniture is judged in simplified script, with one vocabulary.
    let simplified_lines: Vec<String> = crate::stats::timed(crate::stats::Stage::T2s, || {
        res.converter
            .lines_to_simplified(&lines)
            .iter()
            .map(|l| fold_fullwidth(l))
            .collect()
    });
    let judged: Vec<&str> = simplified_lines.iter().map(String::as_str).collect();
    let sorted = furniture::sort(&judged);
    noise.boilerplate_lines =
        sorted.removed.len() + unmarked.removed_lines.len() + reflowed.removed_lines.len();
    for &(why, i) in &sorted.removed {
        explain.push(format!("{}: {}", why.as_str(), lines[i]));
    }
    let join = |of: &[&str]| -> String {
        let kept: Vec<&str> = sorted
            .kept
            .iter()
            .map(|&i| furniture::without_decoration(of[i]))
            .collect();
        kept.join("\n")
    };
    let original = join(&lines);
    let simplified = join(&judged);
    let script = res.converter.detect(&original);
    // The closing issuer line is a name, not prose: keep it out of the model's way.
    let (body, closing) = metadata::split_issuer(&simplified);
    // A markdown heading is the page's headline; without one, a headline
    // found among the lines comes before the front matter's title when it
    // tells the same (the post's own wording of it), not when it is some
    // other line (a source link, the speaker's name over a speech).
    // (Its annotations go as the body's do: 供(gōng)热保障.)
    let marked_title = unmarked.title.as_ref().map(|t| {
        let stripped = pinyin::strip(t, &|c| res.converter.simplify_char(c));
        noise.pinyin += stripped.annotations;
        fold_fullwidth(&res.converter.to_simplified(&stripped.text))
    });
    let title = if unmarked.headed {
        marked_title
    } else {
        // (A marked title with no Han, a post's slug, tells nothing.) Nor
        // does a headline the marked title holds whole (政府工作报告 under
        // 2026年安远县政府工作报告（全文）): the marked one names the page.
        match (sorted.title, marked_title) {
            (Some(found), Some(marked))
                if marked.chars().any(is_han)
                    && (!shares_most_chars(&found, &marked)
                        || marked.len() > found.len()
                            && marked.contains(found.as_str())
                            && !marked.contains(['_', '|', '｜', '【', '】'])) =>
            {
                Some(marked)
            }
            (found, marked) => found.or(marked),
        }
    };
    let detector = injected::Detector {
        words: &res.lm,
        prose: &res.prose,
        codes: &res.codes,
    };
    // The injector went through the headline too (…行动据儿方案).
    let (title, mut text, pairs) = detector.remove_under_headline(title.as_deref(), body);
    let title = title.map(without_title_marks);
    text.push_str(closing);
    noise.injected = pairs.len() + stripped.injected_pairs;
    if noise.injected > 0 {
        explain.push(format!(
            "injected: {} character pairs removed",
            noise.injected
        ));
    }
    // A post's front matter dates the post; a date in its body (the
    // signature of the notice it reposts) dates the document.
    let date = unmarked.date.or(sorted.date);
    let issuer = metadata::issuer(&text).or(sorted.issuer.map(|name| {
        if noise.injected > 0 {
            mended_by_body(name, &text)
        } else {
            name
        }
    }));
    // Who published the page says where it is from when the document does not.
    let publishers: Vec<&str> = [issuer.as_deref(), sorted.masthead.as_deref()]
        .into_iter()
        .flatten()
        .collect();
    // Only Taiwan dates its pages in the ROC calendar: a page that names
    // no place (its 全国 is Taiwan's) is about Taiwan.
    let region = metadata::region(title.as_deref(), &text, &publishers, &res.lm)
        .or_else(|| sorted.roc_dated.then(|| metadata::TAIWAN.to_string()));
    Cleaned {
        original: if script == Script::Simplified {
            text.clone()
        } else {
            without_pairs(&original, &text, &pairs)
        },
        text,
        script,
        title,
        date,
        issuer,
        region,
        noise,
        explain,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_in_the_furniture_is_mended_by_the_body_it_names() {
        let body = "特此通知。\n韶关市应急管理局\n2026年5月20日";
        assert_eq!(
            mended_by_body("韶物角关市应急管理局".to_string(), body),
            "韶关市应急管理局"
        );
        assert_eq!(
            mended_by_body("清远市应急管理局".to_string(), body),
            "清远市应急管理局"
        );
    }

    #[test]
    fn the_original_script_loses_the_pairs_found_in_the_simplified_text() {
        // 上林 and 南時 were injected; the second line is one t2s
        // shortened, so it keeps its cleaned simplified form.
        let original = "召開新聞上林發布會\n熱烈歡南時迎\n";
        let simplified = "召开新闻上林发布会\n热烈欢南时迎\n";
        assert_eq!(
            without_pairs(original, "召开新闻发布会\n热烈欢迎\n", &[4, 13]),
            "召開新聞發布會\n熱烈歡迎\n"
        );
        assert_eq!(simplified.chars().nth(13), Some('南'));
        let shortened = "召開新聞上林發布會\n熱烈歡南時迎啊\n";
        assert_eq!(
            without_pairs(shortened, "召开新闻发布会\n热烈欢迎\n", &[4, 13]),
            "召開新聞發布會\n热烈欢迎\n"
        );
    }

    #[test]
    fn a_headline_that_is_one_bracketed_title_loses_its_marks() {
        assert_eq!(
            without_title_marks("《2026年基层医疗健康条例草案》".to_string()),
            "2026年基层医疗健康条例草案"
        );
        let read = "《合肥市充电基础设施三年行动计划》政策解读";
        assert_eq!(without_title_marks(read.to_string()), read);
        let two = "《甲办法》与《乙办法》";
        assert_eq!(without_title_marks(two.to_string()), two);
    }

    #[test]
    fn a_markdown_headlines_pinyin_goes_as_the_bodys_does() {
        let post = "# 兰州市供(gōng)热保障新闻发(fā)布会(huì)\n\n10月15日上午，兰州市召开供(gōng)热保障新闻发(fā)布会(huì)，介绍今冬明春供热保障工作有关情况。\n";
        let cleaned = clean(post, Resources::get());
        assert_eq!(cleaned.title.as_deref(), Some("兰州市供热保障新闻发布会"));
        assert_eq!(cleaned.noise.pinyin, 6);
    }

    #[test]
    fn a_posts_front_matter_title_stands_against_a_line_that_tells_another() {
        let res = Resources::get();
        let post = "---\ntitle: 在全省安全生产工作会议上的讲话\ndate: 2026-02-26\n---\n\n**省长 孙志远**\n\n同志们：\n这次全省安全生产工作会议的主要任务是，总结2025年全省安全生产工作，部署2026年重点任务。\n";
        assert_eq!(
            clean(post, res).title.as_deref(),
            Some("在全省安全生产工作会议上的讲话")
        );
        // A headline the front matter's title holds whole is a short form of it.
        let post = "---\ntitle: 2026年安远县政府工作报告（全文）\n---\n> 本文转载自安远县人民政府网。\n\n# 政府工作报告\n各位代表：\n现在，我代表县人民政府，向大会报告工作，请予审议。\n";
        assert_eq!(
            clean(post, res).title.as_deref(),
            Some("2026年安远县政府工作报告（全文）")
        );
        assert!(shares_most_chars(
            "关于印发某市方案的通知",
            "某市人民政府关于印发某市方案的通知"
        ));
        assert!(!shares_most_chars(
            "省长 孙志远",
            "孙志远在全省安全生产工作会议上的讲话"
        ));
    }

    #[test]
    fn a_traditional_page_is_cleaned_in_its_own_script_too() {
        let res = Resources::get();
        let page = include_str!("../../corpus/000_0cbbbefbaccd5650.txt");
        let cleaned = clean(page, res);
        assert_eq!(cleaned.script, Script::Traditional);
        assert!(cleaned.noise.injected > 50);
        let simplified: Vec<char> = cleaned.text.chars().collect();
        let original: Vec<char> = cleaned.original.chars().collect();
        assert_eq!(original.len(), simplified.len());
        let same_simplified = original
            .iter()
            .zip(&simplified)
            .filter(|(o, s)| res.converter.simplify_char(**o).unwrap_or(**o) == **s)
            .count();
        assert!(same_simplified * 100 >= simplified.len() * 99);
    }
}
