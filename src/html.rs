//! HTML to text with a real parser (html5ever through `scraper`): block
//! elements become line breaks, scripts and styles vanish, entities are
//! decoded. The `<title>` comes first, on a line of its own, so that
//! metadata extraction sees it as the headline.

use scraper::node::Node;
use scraper::{ElementRef, Html};

/// Elements whose content is never text a reader sees.
const INVISIBLE: &[&str] = &[
    "script", "style", "noscript", "template", "head", "svg", "iframe", "object",
];

/// Elements that hold the page's links or a picture's caption, never
/// the article's text.
const ASIDES: &[&str] = &["nav", "figcaption"];

/// Words in an element's class or id that mark it as the page's, not the
/// article's, where its text alone would pass for body: a picture's
/// caption, a section label. (Related links, share rows and footers stay
/// for cleaning to judge: they mark where the body ends, and a footer may
/// hold the source and date.)
const FURNITURE_CLASSES: &[&str] = &["caption", "category"];

/// Whether `element` is marked as furniture by its class or id.
fn is_marked_aside(element: &scraper::node::Element) -> bool {
    ["class", "id"]
        .iter()
        .filter_map(|a| element.attr(a))
        .any(|value| {
            let value = value.to_ascii_lowercase();
            FURNITURE_CLASSES.iter().any(|w| value.contains(w))
        })
}

/// Elements that start and end a line.
const BLOCKS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "br",
    "dd",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "tbody",
    "thead",
    "tr",
    "ul",
];

/// The visible text of an HTML document or fragment, one line a block.
pub fn to_text(source: &str) -> String {
    let doc = Html::parse_document(source);
    let mut out = String::with_capacity(source.len() / 2);
    let title = doc
        .root_element()
        .descendants()
        .filter_map(ElementRef::wrap)
        .find(|e| e.value().name() == "title")
        .map(|e| e.text().collect::<String>());
    if let Some(t) = title {
        let t = t.trim();
        if !t.is_empty() {
            out.push_str(t);
            out.push('\n');
        }
    }
    walk(doc.root_element(), &mut out, false);
    tidy_lines(&out)
}

/// Table cells: a row is one line, its cells separated by tabs, so that a
/// disclosure table's label stays beside its value (`成文日期：\t2024-03-26`)
/// and a table of figures reads row by row.
const CELLS: &[&str] = &["td", "th"];

/// The most chars a cell of figures or labels holds. A longer cell is a
/// page laid out in a table (an old government site puts the whole
/// article in one), whose paragraphs keep their lines.
const DATA_CELL_CHARS: usize = 60;

/// Whether a table cell holds one datum, its paragraphs (a word
/// processor's export wraps every cell in `<p>`) parts of one line.
fn is_data_cell(cell: ElementRef<'_>) -> bool {
    let nested_table = cell
        .descendants()
        .filter_map(ElementRef::wrap)
        .any(|e| e.value().name() == "table");
    !nested_table && cell.text().map(|t| t.trim().chars().count()).sum::<usize>() <= DATA_CELL_CHARS
}

/// Writes the text of `element`'s children to `out`; `in_cell`: inside a
/// data cell, where blocks break no line.
fn walk(element: ElementRef<'_>, out: &mut String, in_cell: bool) {
    // The previous sibling that showed anything: a link right after a link,
    // with nothing between, is a menu entry, and gets the `|` a text page's
    // link bar has (网站地图 | 联系我们 | 网站纠错).
    let mut after_link = false;
    let mut cells = 0;
    for child in element.children() {
        match child.value() {
            Node::Text(t) => {
                // The layout whitespace between a row's cells is not a line break.
                if element.value().name() == "tr" && t.trim().is_empty() {
                    continue;
                }
                out.push_str(t);
                if !t.trim().is_empty() {
                    after_link = false;
                }
            }
            Node::Element(e) => {
                let name = e.name();
                if INVISIBLE.contains(&name) || ASIDES.contains(&name) || is_marked_aside(e) {
                    continue;
                }
                if name == "a" && after_link {
                    out.push_str(" | ");
                }
                after_link = name == "a";
                if CELLS.contains(&name) {
                    if cells > 0 {
                        out.push('\t');
                    }
                    cells += 1;
                }
                let Some(el) = ElementRef::wrap(child) else {
                    continue;
                };
                if let Some(entries) = menu_entries(el) {
                    out.push('\n');
                    out.push_str(&entries.join(" | "));
                    out.push('\n');
                    continue;
                }
                let in_cell = in_cell || CELLS.contains(&name) && is_data_cell(el);
                let block = BLOCKS.contains(&name) && !in_cell;
                if block {
                    out.push('\n');
                }
                walk(el, out, in_cell);
                if block {
                    out.push('\n');
                }
            }
            _ => {}
        }
    }
}

/// The entries of a footer's list that is a menu, each item one link and
/// nothing else (`<footer><ul><li><a>重要告示</a></li><li><a>私隐政策</a>…`):
/// one line with the `|` of a text page's link bar, for cleaning to judge
/// as one. (Menus elsewhere keep a line an entry: a side menu's entries
/// are judged one by one above the headline.)
fn menu_entries(list: ElementRef<'_>) -> Option<Vec<String>> {
    let in_footer = || {
        list.ancestors()
            .any(|a| a.value().as_element().is_some_and(|e| e.name() == "footer"))
    };
    if !matches!(list.value().name(), "ul" | "ol") || !in_footer() {
        return None;
    }
    let items: Vec<ElementRef<'_>> = list.children().filter_map(ElementRef::wrap).collect();
    let entries: Option<Vec<String>> = items
        .iter()
        .map(|item| {
            let mut children = item.children().filter(|c| match c.value() {
                Node::Text(t) => !t.trim().is_empty(),
                _ => true,
            });
            let link = children.next().and_then(ElementRef::wrap)?;
            let only_link = item.value().name() == "li"
                && link.value().name() == "a"
                && children.next().is_none();
            only_link.then(|| link.text().collect::<String>().trim().to_string())
        })
        .collect();
    entries.filter(|e| e.len() >= 2)
}

/// Collapses runs of blank lines and trailing space that the block breaks leave.
fn tidy_lines(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        let line = line.trim_end();
        if line.trim().is_empty() {
            continue;
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_become_lines_and_scripts_vanish() {
        let html = "<html><head><title>标题</title><style>p{color:red}</style></head>\
            <body><div>第一段&amp;文字</div><script>var x=1;</script><p>第二段<br>第三行</p></body></html>";
        assert_eq!(to_text(html), "标题\n第一段&文字\n第二段\n第三行\n");
    }

    #[test]
    fn table_rows_are_lines_and_adjacent_links_are_spaced() {
        let html = "<table><tr>\n<th>年度</th>\n<th>数量</th>\n</tr><tr><td>2023</td><td>12</td></tr></table>\
            <div><a href=a>网站地图</a><a href=b>联系我们</a></div><p>见<a href=c>附件</a>。</p>";
        assert_eq!(
            to_text(html),
            "年度\t数量\n2023\t12\n网站地图 | 联系我们\n见附件。\n"
        );
    }

    #[test]
    fn a_footers_list_of_links_is_a_link_bar() {
        let html =
            "<footer><ul><li><a href=a>重要告示</a></li><li><a href=b>私隐政策</a></li></ul>\
            <ul><li>第一项任务</li><li><a href=c>附件</a>一</li></ul></footer>\
            <ul><li><a href=d>政府预决算</a></li><li><a href=e>部门预决算</a></li></ul>";
        assert_eq!(
            to_text(html),
            "重要告示 | 私隐政策\n第一项任务\n附件一\n政府预决算\n部门预决算\n"
        );
    }

    #[test]
    fn captions_and_section_labels_marked_by_class_go() {
        let html = "<span class=\"category\">环境保护</span><p>正文第一段。</p>\
            <div class=\"news-photo\"><img src=a.jpg><p class=\"caption\">局长介绍计划内容</p></div>";
        assert_eq!(to_text(html), "正文第一段。\n");
    }

    #[test]
    fn paragraphs_inside_a_data_cell_stay_on_its_row() {
        // A word processor's export wraps each cell's text in <p>.
        let html =
            "<table><tr><td><p><span>学校类别</span></p></td><td><p>学校数(所)</p></td></tr>\
            <tr><td><p>小学</p></td><td><p>402</p></td></tr></table>";
        assert_eq!(to_text(html), "学校类别\t学校数(所)\n小学\t402\n");
        // A page laid out in a table keeps its paragraphs apart.
        let long =
            "全市共有学校一千二百所，其中小学四百零二所，初中一百五十八所，普通高中四十三所。";
        let html = format!("<table><tr><td><p>{long}</p><p>{long}</p></td></tr></table>");
        assert_eq!(to_text(&html), format!("{long}\n{long}\n"));
    }
}
