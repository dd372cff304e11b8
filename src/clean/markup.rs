//! Markup that survives inside text files: HTML tags, comments, style
//! blocks and entities (a table cell's end keeps cells apart), inline CSS
//! rules, markdown/Hexo front matter (its `title` and `date` are kept as
//! metadata), a markdown page's opening `# ` headline, markdown markers,
//! images and links (a link keeps its label), HackMD directives.

use std::borrow::Cow;
use std::sync::LazyLock;

use regex::Captures;

use crate::pattern::Pattern;

use super::furniture::{normalise_date, opens_numbered};

static COMMENT: LazyLock<Pattern> = lazy_regex!(r"(?s)<!--.*?-->");
static STYLE_BLOCK: LazyLock<Pattern> =
    lazy_regex!(r"(?is)<(style|script)[^>]*>.*?</(style|script)>");
/// The end of a table cell: its text stays apart from the next cell's
/// (`<td>48.6</td><td>29.2</td>` is two figures, not `48.629.2`).
static CELL_END: LazyLock<Pattern> = lazy_regex!(r"(?i)</t[dh]\s*>");
/// A line break inside a line of markup (`绍兴市教育局<br>2026年2月26日`):
/// the lines it parts are a signature's, or a list's, not one line.
static LINE_BREAK: LazyLock<Pattern> = lazy_regex!(r"(?i)<br\s*/?>");
/// A tag, Word's namespaced ones pasted from a document too (`<o:p></o:p>`).
static TAG: LazyLock<Pattern> =
    lazy_regex!(r"</?[a-zA-Z][a-zA-Z0-9]*(:[a-zA-Z][a-zA-Z0-9]*)?(\s[^<>]{0,300})?/?>");
static ENTITY: LazyLock<Pattern> =
    lazy_regex!(r"&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
/// The block markers of HackMD (`:::`, `[TOC]`) and of Hexo's tag plugins
/// on a line of their own (`{% note warning %}`, `{% endnote %}`).
static HACKMD: LazyLock<Pattern> =
    lazy_regex!(r"^\s*(:::|\[TOC\]|###### tags:|\{%[^%]*%\}\s*$|\{%\s*hackmd)");
/// A Hexo tag inside a line (`{% raw %}…{% endraw %}`): markup, not text.
static HEXO_INLINE: LazyLock<Pattern> = lazy_regex!(r"\{%[^%{}\n]{0,60}%\}");
/// A CSS rule on one line (`.article p { line-height: 1.8; }`) or the
/// opening of one that runs over several.
static CSS_RULE: LazyLock<Pattern> =
    lazy_regex!(r"^\s*[-\w.#:,>*+~\[\]=\x22' ]+\{([^{}]*:[^{}]*\})?\s*$");
/// Markdown's line markers: headings, bullets, quotes.
static MD_MARKER: LazyLock<Pattern> = lazy_regex!(r"^\s*(#{1,6}\s+|[-*+]\s+|>\s*)");
/// Markdown's inline images and links (`![](/picture/1.jpg)`,
/// `[附件.pdf](/files/附件1.pdf)`), their target an address without
/// spaces, in any script, maybe with a title (`![图](/a.jpg "图")`).
static MD_LINK: LazyLock<Pattern> =
    lazy_regex!(r#"(!?)\[([^\]\n]*)\]\([^\s)]+(?:\s+"[^"\n]*")?\)"#);
/// A markdown page's top-level heading (`# 标题`).
static MD_HEADLINE: LazyLock<Pattern> = lazy_regex!(r"^\s*#\s+\S");
/// A markdown heading of any level.
static MD_HEADING: LazyLock<Pattern> = lazy_regex!(r"^\s*#{1,6}\s+\S");
/// A line opening in bold (`**附件下载:**`, `**2023年工作回顾**`): a page
/// converted to markdown shows it even without a heading.
static MD_BOLD_LINE: LazyLock<Pattern> = lazy_regex!(r"(?m)^\s*\*\*[^*\n]+\*\*");
/// Bold anywhere, or a whole line in italics (`*——2025年8月26日在…会议上*`).
static MD_EMPHASIS: LazyLock<Pattern> =
    lazy_regex!(r"\*\*([^*]+)\*\*|__([^_]+)__|^\s*\*([^*\s][^*]*)\*\s*$");
static FRONT_FIELD: LazyLock<Pattern> = lazy_regex!(r"^(title|date)\s*:\s*(.+?)\s*$");

/// Text without markup, the lines that went, and front-matter metadata.
#[derive(Debug, Default)]
pub struct Unmarked {
    pub text: String,
    pub removed_lines: Vec<String>,
    pub title: Option<String>,
    pub date: Option<String>,
    /// Whether a top-level heading gave or repeated the title: the page's
    /// own headline, which no line left in the text can better.
    pub headed: bool,
}

/// The character an HTML entity stands for, if it is one pages use.
fn entity(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        return char::from_u32(code);
    }
    Some(match name {
        "nbsp" | "ensp" | "emsp" | "thinsp" => ' ',
        "lt" => '<',
        "gt" => '>',
        "amp" => '&',
        "quot" => '"',
        "apos" => '\'',
        "ldquo" => '“',
        "rdquo" => '”',
        "lsquo" => '‘',
        "rsquo" => '’',
        "mdash" => '—',
        "ndash" => '–',
        "hellip" => '…',
        "middot" => '·',
        "times" => '×',
        _ => return None,
    })
}

/// Whether `text` is a markdown document: it has a heading line, an
/// inline image or link, or a line opening in bold.
/// Whether a markdown `line` is a paragraph's, not a heading's, a list
/// item's, a quote's, a table row's or a tag's.
fn is_paragraph_line(line: &str) -> bool {
    !line.trim().is_empty()
        && !MD_MARKER.is_match(line)
        && !line.trim_start().starts_with(['|', '<', '{', '!'])
}

/// Whether a paragraph line stops before its sentence ends: a long line
/// of prose (its clauses set apart by commas, as no heading's are) with
/// no closing mark.
fn stops_mid_sentence(line: &str) -> bool {
    let line = line.trim_end();
    line.chars().count() >= 20
        && line.contains(['，', '、'])
        && !line.ends_with(|c: char| "。！？；：!?;:”」）)*".contains(c))
}

fn is_markdown(text: &str) -> bool {
    text.lines()
        .any(|l| l.starts_with('#') && MD_MARKER.is_match(l))
        || MD_LINK.is_match(text)
        || MD_BOLD_LINE.is_match(text)
}

/// `line` with its images dropped (a reader sees no text there) and its
/// links replaced by their labels (furniture judges the label: `返回`,
/// `附件下载: 方案.pdf`).
fn unlink(line: &str) -> Cow<'_, str> {
    MD_LINK.replace_all(line, |c: &Captures| {
        if &c[1] == "!" {
            String::new()
        } else {
            c[2].to_string()
        }
    })
}

/// A markdown table's row (`| 指标 | 2023年 | 2025年目标 |`) as its cells
/// between tabs, as an HTML table's row reads: the pipes are markup.
fn table_row(line: &str) -> Option<String> {
    let inner = line.trim().strip_prefix(['|', '｜'])?;
    let inner = inner.strip_suffix(['|', '｜']).unwrap_or(inner);
    let cells: Vec<&str> = inner.split(['|', '｜']).map(str::trim).collect();
    (cells.len() >= 2).then(|| cells.join("\t"))
}

/// Strips markup from a text file's content.
pub fn strip(text: &str) -> Unmarked {
    let mut out = Unmarked::default();
    let mut body = text;
    let mut front_matter = false;
    if let Some(rest) = text.strip_prefix("---\n") {
        if let Some(end) = rest.find("\n---") {
            front_matter = true;
            for line in rest[..end].lines() {
                if let Some(c) = FRONT_FIELD.captures(line) {
                    let value = c[2].trim_matches(|c| c == '"' || c == '\'').to_string();
                    if &c[1] == "title" {
                        out.title = Some(value);
                    } else {
                        out.date = normalise_date(&value);
                    }
                }
                out.removed_lines.push(line.to_string());
            }
            body = rest[end + 4..].trim_start_matches('-');
        }
    }
    let markdown = front_matter || is_markdown(body);
    // (Searched bytewise: every page is asked.)
    if !markdown
        && memchr::memchr3(b'<', b'{', b'&', body.as_bytes()).is_none()
        && !body.contains(":::")
    {
        out.text = if body
            .lines()
            .any(|l| l.trim_start().starts_with(['|', '｜']))
        {
            body.lines()
                .map(|l| table_row(l).unwrap_or_else(|| l.to_string()) + "\n")
                .collect()
        } else {
            body.to_string()
        };
        return out;
    }
    let body = COMMENT.replace_all(body, "");
    let body = STYLE_BLOCK.replace_all(&body, "");
    let mut kept = String::with_capacity(body.len());
    let mut in_css = false;
    // Whether a line of text has been kept: a heading before any is the headline.
    let mut opened = false;
    // Whether the last line kept is a paragraph's that stops mid-sentence,
    // and whether the line is inside a fenced block, whose lines are kept
    // as they are.
    let (mut open_paragraph, mut fenced) = (false, false);
    for line in body.lines() {
        let fence = markdown
            && ["```", "~~~"]
                .iter()
                .any(|f| line.trim_start().starts_with(f));
        fenced ^= fence;
        // A rule opened on one line runs on, declaration by declaration,
        // until its closing brace.
        let css = if in_css {
            line.contains([':', '}']) && !line.contains('。')
        } else {
            line.is_ascii() && CSS_RULE.is_match(line)
        };
        in_css = css && !line.contains('}');
        if css || HACKMD.is_match(line) {
            out.removed_lines.push(line.to_string());
            continue;
        }
        let cells = CELL_END.replace_all(line, " ");
        // (In a table's cell it parts nothing: | 新建公办幼儿园<br>（所） | 30 |.)
        let in_row = line.trim_start().starts_with(['|', '｜']) || CELL_END.is_match(line);
        let cells = LINE_BREAK.replace_all(&cells, if in_row { "" } else { "\n" });
        let mut stripped: Cow<str> = Cow::Owned(TAG.replace_all(&cells, "").into_owned());
        if stripped.contains('&') {
            stripped = Cow::Owned(
                ENTITY
                    .replace_all(&stripped, |c: &Captures| {
                        entity(&c[1]).map_or_else(|| c[0].to_string(), String::from)
                    })
                    .into_owned(),
            );
        }
        if markdown {
            let untagged = HEXO_INLINE.replace_all(&stripped, "");
            let unlinked = unlink(&untagged);
            let unmarked = MD_MARKER.replace(&unlinked, "");
            stripped = Cow::Owned(MD_EMPHASIS.replace_all(&unmarked, "$1$2$3").into_owned());
        }
        if stripped.trim().is_empty() && !line.trim().is_empty() {
            out.removed_lines.push(line.to_string());
            continue;
        }
        // A markdown page opening with a top-level heading opens with its
        // headline: the title (when the front matter gives none, which
        // the heading then repeats), not body text; so is a heading of
        // any level that repeats the front matter's title, even after a
        // notice (## 泰州市工业和信息化局关于…的公示); but not one the text
        // above cites (《…工作要点》已经市政府同意，现印发给你们 / ## …工作要点):
        // that heads the document the notice issues.
        let repeats_title = out.title.as_deref() == Some(stripped.trim());
        let cited_above = repeats_title && kept.contains(&format!("《{}》", stripped.trim()));
        let headline = MD_HEADLINE.is_match(line) || repeats_title && MD_HEADING.is_match(line);
        if markdown && (!opened || repeats_title && !cited_above) && headline {
            out.title.get_or_insert_with(|| stripped.trim().to_string());
            out.headed = true;
            out.removed_lines.push(line.to_string());
            continue;
        }
        if let Some(row) = table_row(&stripped) {
            stripped = Cow::Owned(row);
        }
        // Markdown runs a paragraph's lines together: one wrapped by hand
        // (…设有瓶装液化 / 石油气供应站点27个…) is one line again.
        let paragraph = markdown && !fence && !fenced && is_paragraph_line(line);
        if open_paragraph && paragraph && !opens_numbered(stripped.trim_start()) {
            kept.pop();
            stripped = Cow::Owned(stripped.trim_start().to_string());
        }
        open_paragraph = paragraph && stops_mid_sentence(&stripped);
        opened |= !stripped.trim().is_empty();
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
    fn a_line_break_in_markup_parts_its_lines() {
        let page = "---\ntitle: 要点\n---\n强化宣传引导。\n\n<p align=\"right\">绍兴市教育局<br>2026年2月26日</p>\n";
        let text = strip(page).text;
        assert!(text.contains("绍兴市教育局\n2026年2月26日"), "{text}");
        let table = "| 指标 | 2025年 |\n| --- | --- |\n| 新建公办幼儿园<br>（所） | 30 |\n";
        let text = strip(table).text;
        assert!(text.contains("新建公办幼儿园（所）\t30"), "{text}");
    }

    #[test]
    fn front_matter_tags_and_comments() {
        // A top-level heading repeating the front matter's title is the
        // headline even after a notice.
        let post = "---\ntitle: 某某政策解读\n---\n> 本文转载自某某网站。\n# 某某政策解读\n正文。";
        let u = strip(post);
        assert_eq!(u.title.as_deref(), Some("某某政策解读"));
        assert!(u.headed);
        let second = strip(&post.replace("# 某某", "## 某某"));
        assert!(!second.text.contains("某某政策解读"), "{}", second.text);
        assert!(!u.text.contains("某某政策解读"), "{}", u.text);
        // A notice issuing the document the heading titles keeps it.
        let notice = "---\ntitle: 某市工作要点\n---\n《某市工作要点》已经市政府同意，现印发给你们。\n\n## 某市工作要点\n一、总体要求";
        let u = strip(notice);
        assert!(u.text.contains("\n某市工作要点\n一、"), "{}", u.text);
        // Hexo's tag plugins on lines of their own go; text inside stays.
        let hexo = "正文。\n{% note warning %}\n以官方网站发布为准。\n{% endnote %}";
        assert_eq!(strip(hexo).text, "正文。\n以官方网站发布为准。\n");
        let inline = "---\ntitle: 公园\n---\n正文。\n{% raw %}坚持原创{% endraw %}";
        assert_eq!(strip(inline).text, "\n正文。\n坚持原创\n");
        let t = "---\ntitle: \"绿色工厂名单\"\ndate: 2023-05-01\n---\n<div class=\"a\">正文<b>第一段</b></div>\n<!-- 广告 -->\n::: info\n第二段";
        let u = strip(t);
        assert_eq!(u.title.as_deref(), Some("绿色工厂名单"));
        assert_eq!(u.date.as_deref(), Some("2023-05-01"));
        assert_eq!(u.text, "\n正文第一段\n\n第二段\n");
        // Word's namespaced tags go as any tag does.
        let word = "<p class=MsoNormal>覆盖率提高到91%。<o:p></o:p></p>";
        assert_eq!(strip(word).text, "覆盖率提高到91%。\n");
    }

    #[test]
    fn markdown_table_rows_become_tab_separated_cells() {
        let table =
            "主要指标如下:\n| 指标 | 2023年 | 2025年目标 |\n| 5G基站(万个) | 19.5 | 25 |\n见表。";
        let rows = "主要指标如下:\n指标\t2023年\t2025年目标\n5G基站(万个)\t19.5\t25\n见表。\n";
        assert_eq!(strip(table).text, rows);
        // In a markdown page too, and a bar of links stays as it is.
        let page = format!("# 标题\n{table}\n首页 | 新闻 | 政策");
        assert!(strip(&page).text.contains(rows), "{}", strip(&page).text);
        assert!(strip(&page).text.ends_with("首页 | 新闻 | 政策\n"));
    }

    #[test]
    fn a_paragraph_wrapped_by_hand_is_one_line_again() {
        let page = "## 一、工作基础\n\n截至2025年底，全市共有管道燃气企业3家，设有瓶装液化\n石油气供应站点27个、加气站5座，燃气安全形势总体平稳\n。但也要看到问题。\n\n## 二、工作目标\n到2026年底，报警装置安装率达到100%。\n";
        assert_eq!(
            strip(page).text,
            "一、工作基础\n\n截至2025年底，全市共有管道燃气企业3家，设有瓶装液化石油气供应站点27个、加气站5座，燃气安全形势总体平稳。但也要看到问题。\n\n二、工作目标\n到2026年底，报警装置安装率达到100%。\n"
        );
        // Headings, numbered items and a fenced table stay on their lines.
        let page = "# 标题\n主要目标如下，分两个阶段推进实施\n（一）第一阶段目标，到2025年全面完成\n```\n指标，单位，目标值为下列各项数据\n学前教育毛入园率  %  93\n```\n";
        assert_eq!(
            strip(page).text,
            "主要目标如下，分两个阶段推进实施\n（一）第一阶段目标，到2025年全面完成\n```\n指标，单位，目标值为下列各项数据\n学前教育毛入园率  %  93\n```\n"
        );
    }

    #[test]
    fn an_image_with_a_title_goes_whole() {
        let page =
            "# 标题\n口岸通关效率持续提升。\n![货运专用通道](/images/a.jpg \"货运专用通道\")\n";
        assert_eq!(strip(page).text, "口岸通关效率持续提升。\n");
    }

    #[test]
    fn css_rules_entities_and_markdown_markers() {
        let t = "---\ndate: 2023-02-20 09:15:00\n---\n## 一、目标\n- **全覆盖**:开展诊断&nbsp;&gt;&#8220;智改&#x201D;\n.article p {\n  font-family: 宋体;\n}\n.x a { color: #999; }\n末段";
        let u = strip(t);
        assert_eq!(u.date.as_deref(), Some("2023-02-20"));
        assert_eq!(u.text, "\n一、目标\n全覆盖:开展诊断 >“智改”\n末段\n");
    }

    #[test]
    fn a_line_in_italics_loses_its_marks() {
        let t = "# 关于公共文化服务工作情况的报告\n*——2025年8月26日在县人大常委会会议上*\n张*某和李*某参加了会议。\n";
        let out = strip(t);
        assert!(
            out.text
                .lines()
                .any(|l| l == "——2025年8月26日在县人大常委会会议上"),
            "{}",
            out.text
        );
        assert!(out.text.contains("张*某和李*某"), "{}", out.text);
    }

    #[test]
    fn inline_images_links_and_bold_lines_mark_a_page_as_markdown() {
        let t = "第一段正文。\n![](/picture/0/main.jpg)\n**2023年水利投资创历史新高**\n**附件下载:** [合政办〔2024〕15号.pdf](/group1/M00/wKg.pdf)\n";
        let u = strip(t);
        assert_eq!(
            u.text,
            "第一段正文。\n2023年水利投资创历史新高\n附件下载: 合政办〔2024〕15号.pdf\n"
        );
        assert_eq!(u.removed_lines, vec!["![](/picture/0/main.jpg)"]);
        // Asterisks that hide part of a name are no markup.
        let plain = "第一段正文。\n张**先生和李**女士参加了会议。\n";
        assert_eq!(strip(plain).text, plain);
    }

    #[test]
    fn an_opening_heading_is_the_headline_and_a_link_keeps_its_label() {
        let t = "---\ntitle: \"抽检情况的通告\"\n---\n\n# 抽检情况的通告\n\n![图](/p.jpg)\n现将情况通告如下。\n# 二、处置\n详见[附件1：不合格产品信息](/download/下载.jsp?classid=0)。\n";
        let u = strip(t);
        assert_eq!(u.title.as_deref(), Some("抽检情况的通告"));
        assert_eq!(
            u.text,
            "\n\n\n现将情况通告如下。\n二、处置\n详见附件1：不合格产品信息。\n"
        );
        let bare = strip("# 关于开展检查的通知\n各有关单位：现将有关事项通知如下。\n");
        assert_eq!(bare.title.as_deref(), Some("关于开展检查的通知"));
        assert_eq!(bare.text, "各有关单位：现将有关事项通知如下。\n");
    }

    #[test]
    fn table_cells_stay_apart() {
        let t = "<tr><td>1</td><td>范岗村</td><TD>48.6</TD><td>29.2</td></tr>\n";
        assert_eq!(
            strip(t).text.split_whitespace().collect::<Vec<_>>(),
            ["1", "范岗村", "48.6", "29.2"]
        );
    }
}
