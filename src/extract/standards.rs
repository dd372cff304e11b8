//! Technical standards cited by code (GB/T 36132, GB 18918, ISO 14001, CNS 62619, UL 9540A, and
//! the codes of every sector, engineering and metrology family, local and
//! group standards: NY/T, SL, JGJ/T, JJF, DB33/T, DB37/, T/CECS…),
//! normalised as “PREFIX NUMBER” whatever the spacing, width or year suffix.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use crate::model::{Citation, Standard};
use crate::pattern::Pattern;

/// The national codes, the industry codes (行业标准代号) of the
/// standardisation administration's list, fire protection's XF and the
/// language norms' GF (国家语言文字规范). DB, the earthquake sector's
/// code, is left to local standards, which carry a region number; HS,
/// customs', is left out, as HS 8位 is the tariff nomenclature.
const SECTOR_CODES: &[&str] = &[
    "GB", "AQ", "BB", "CB", "CH", "CJ", "CY", "DA", "DL", "DZ", "EJ", "FZ", "GA", "GH", "GM", "GY",
    "HB", "HG", "HJ", "HY", "JB", "JC", "JG", "JR", "JT", "JY", "LB", "LD", "LS", "LY", "MH", "MT",
    "MZ", "NB", "NY", "QB", "QC", "QJ", "QX", "RB", "SB", "SC", "SF", "SH", "SJ", "SL", "SN", "SY",
    "TB", "TD", "TY", "WB", "WH", "WJ", "WM", "WS", "WW", "XB", "YB", "YC", "YD", "YJ", "YS", "YY",
    "YZ", "ZY", "XF", "GF",
];

/// Codes of engineering construction standards (GBJ, CJJ, JGJ, JTG, JTS…),
/// of metrology (JJF technical specifications, JJG verification
/// regulations), of special equipment (TSG), of the engineering
/// standardisation association (CECS), the national occupational health
/// standards (GBZ) and the drug administration's (NMPA/T 0002).
const ENGINEERING_CODES: &[&str] = &[
    "GBJ", "CJJ", "JGJ", "JTG", "JTJ", "JTS", "JJF", "JJG", "TSG", "CECS", "GBZ", "NMPA",
];

/// A standard code: a prefix, the number (with its parts, 20234.1; maybe
/// behind its series letter, TSG T5002) and an optional year. A national, sector or engineering code may be
/// recommended (/T) or guidance (/Z); a local code carries its region
/// (DB33/T, DB41/); a group code its body (T/CECS).
static CODE: LazyLock<Pattern> = LazyLock::new(|| {
    let mut families: Vec<&str> = SECTOR_CODES
        .iter()
        .chain(ENGINEERING_CODES)
        .copied()
        .collect();
    // Longest first, so that GBJ is not read as GB.
    families.sort_by_key(|f| std::cmp::Reverse(f.len()));
    Pattern::new(&format!(
        r"((?:{})(?:/[TZ])?|ISO/IEC|ISO|IEC|CNS|UL|DB\d{{2,6}}/[TZ]|DB\d{{2,6}}/?|T/[A-Z]{{2,12}})\s?([A-Z]?\d{{1,6}}(?:\.\d{{1,3}})*[A-Z]?)(?:\s?[-—–:]\s?(?:19|20)\d{{2}})?",
        families.join("|")
    ))
    .unwrap()
});

/// A standard code found in a text, with its span in chars.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundCode {
    pub code: String,
    pub start: usize,
    pub end: usize,
}

/// Every standard code of `chars`, in order.
pub fn find(chars: &[char]) -> Vec<FoundCode> {
    // Every code opens with a capital letter: a text without one, as many
    // are, is spared folding.
    if !chars.iter().any(|&c| fold(c).is_ascii_uppercase()) {
        return Vec::new();
    }
    // Folding fullwidth letters to ASCII keeps one char per char, so char
    // offsets of the folded text are those of the original. Room for three
    // bytes a char, as most are Chinese, saves growing the string.
    let mut folded = String::with_capacity(chars.len() * 3);
    folded.extend(chars.iter().map(|&c| fold(c)));
    let mut out = Vec::new();
    let mut cursor = (0usize, 0usize); // (byte, char) of the last conversion
    for caps in CODE.captures_iter(&folded) {
        let whole = caps.get(0).expect("group 0 always matches");
        let start = char_offset(&folded, &mut cursor, whole.start());
        if start > 0 && (chars[start - 1].is_ascii_alphabetic() || fold(chars[start - 1]) == '/') {
            continue;
        }
        let end = char_offset(&folded, &mut cursor, whole.end());
        // A unit over a table's figures (馆藏电子档案 TB 1286.5 24.7) reads
        // as a code with no year, the next cell's figure after it.
        // (Not a year whose dash was lost: GB 6566 2010.)
        let dated = whole.as_str().contains(['-', '—', '–', ':']);
        let next = chars.get(end + 1..).unwrap_or_default();
        let year = matches!(next, ['1', '9', ..] | ['2', '0', ..]);
        let next_cell = chars.get(end).is_some_and(|c| c.is_whitespace())
            && next.first().is_some_and(char::is_ascii_digit)
            && !year;
        if !dated && next_cell {
            continue;
        }
        out.push(FoundCode {
            code: normalise(&caps[1], &caps[2]),
            start,
            end,
        });
    }
    out
}

/// The code when `text` is a standard code and nothing else.
pub fn parse_code(text: &str) -> Option<String> {
    let folded: String = text.trim().chars().map(fold).collect();
    let caps = CODE.captures(&folded)?;
    let whole = caps.get(0)?;
    (whole.start() == 0 && whole.end() == folded.len()).then(|| normalise(&caps[1], &caps[2]))
}

/// The standards of a document, one per code in order of appearance, with
/// the title of the first citation that carries the code when there is one.
pub fn list(found: &[FoundCode], citations: &[Citation]) -> Vec<Standard> {
    let mut titles: HashMap<&str, &str> = HashMap::new();
    for c in citations {
        if let Some(code) = c.standard.as_deref() {
            titles.entry(code).or_insert(&c.title);
        }
    }
    let mut seen: HashSet<&str> = HashSet::new();
    found
        .iter()
        .map(|f| f.code.as_str())
        .chain(citations.iter().filter_map(|c| c.standard.as_deref()))
        .filter(|code| seen.insert(code))
        .map(|code| Standard {
            code: code.to_string(),
            title: titles.get(code).map(|t| t.to_string()),
        })
        .collect()
}

/// The code as “PREFIX NUMBER”. A mandatory local standard has no /T to
/// set its number apart: its region and number join at the slash, which
/// is also written with a space after it or left out (DB37/ 5026, DB37
/// 5026: DB37/5026).
fn normalise(prefix: &str, number: &str) -> String {
    if prefix.starts_with("DB") && !prefix.ends_with(['T', 'Z']) {
        format!("{}/{number}", prefix.trim_end_matches('/'))
    } else {
        format!("{prefix} {number}")
    }
}

fn fold(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{3000}' => ' ',
        _ => c,
    }
}

/// Converts a byte offset of `text` to a char offset, moving a cursor
/// forward so that converting increasing offsets stays linear.
fn char_offset(text: &str, cursor: &mut (usize, usize), byte: usize) -> usize {
    let (from_byte, from_char) = *cursor;
    let chars = if byte >= from_byte {
        from_char + text[from_byte..byte].chars().count()
    } else {
        text[..byte].chars().count()
    };
    *cursor = (byte, chars);
    chars
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(s: &str) -> Vec<String> {
        let chars: Vec<char> = s.chars().collect();
        find(&chars).into_iter().map(|f| f.code).collect()
    }

    #[test]
    fn normalises_codes() {
        assert_eq!(codes("通过GB/T 19001要求"), vec!["GB/T 19001"]);
        assert_eq!(
            codes("执行《工作场所有害因素职业接触限值》(GBZ 2.1-2019)"),
            vec!["GBZ 2.1"]
        );
        assert_eq!(codes("《绿色工厂评价通则》(GB/T36132)"), vec!["GB/T 36132"]);
        assert_eq!(codes("ＧＢ／Ｔ　36132-2018"), vec!["GB/T 36132"]);
        assert_eq!(
            codes("ISO 14001:2015认证和GB 18918"),
            vec!["ISO 14001", "GB 18918"]
        );
        // Taiwan's national standards, and an American one with its
        // edition's letter.
        assert_eq!(
            codes("储能系统须符合CNS 62619及UL 9540A安全标准"),
            vec!["CNS 62619", "UL 9540A"]
        );
        assert!(codes("EGB 12").is_empty());
        assert_eq!(
            codes("执行SL 687和NY/T 1119-2019，参照DB33/T 2345-2021、DB3301/T 65"),
            vec!["SL 687", "NY/T 1119", "DB33/T 2345", "DB3301/T 65"]
        );
        // A mandatory local standard is written with a bare slash.
        assert_eq!(codes("《标准》（DB41/ 2178—2021）"), vec!["DB41/2178"]);
        assert_eq!(
            codes("DB37/5026-2022、DB37 5026和DB37/T 5026"),
            vec!["DB37/5026", "DB37/5026", "DB37/T 5026"]
        );
    }

    #[test]
    fn every_family_of_codes() {
        assert_eq!(
            codes(
                "JGJ/T 129-2012、JJF 1069—2012、JJG 1148、CJJ 37、GBJ 50、TSG 21、TSG T5002—2017"
            ),
            vec![
                "JGJ/T 129",
                "JJF 1069",
                "JJG 1148",
                "CJJ 37",
                "GBJ 50",
                "TSG 21",
                "TSG T5002"
            ]
        );
        assert_eq!(
            codes("NB/T 10394、DL/T 1234、YY/T 0287、JB/T 5000、QX/T 476、GB/Z 41"),
            vec![
                "NB/T 10394",
                "DL/T 1234",
                "YY/T 0287",
                "JB/T 5000",
                "QX/T 476",
                "GB/Z 41"
            ]
        );
        assert_eq!(
            codes("CECS 128:2001和T/CECS 739"),
            vec!["CECS 128", "T/CECS 739"]
        );
        assert_eq!(
            codes("《药品追溯码编码要求》(NMPA/T 0002—2019)"),
            vec!["NMPA/T 0002"]
        );
        // A water-transport engineering code.
        assert_eq!(
            codes("《码头船舶岸电设施建设技术规范》（JTS 155）"),
            vec!["JTS 155"]
        );
        // Letters that name no family, or a tariff heading, are no code.
        assert!(codes("PM 25、HS 8541、XY 12").is_empty());
    }

    #[test]
    fn a_unit_over_a_tables_figures_is_no_code() {
        assert_eq!(codes("馆藏电子档案 TB 1286.5 24.7"), Vec::<String>::new());
        assert_eq!(codes("执行 TB 10001 标准"), vec!["TB 10001"]);
        assert_eq!(codes("GB 6566—2010 12"), vec!["GB 6566"]);
        assert_eq!(codes("执行 GB 6566 2010 标准"), vec!["GB 6566"]);
    }

    #[test]
    fn parses_whole_codes_only() {
        assert_eq!(parse_code("GB/T36132").as_deref(), Some("GB/T 36132"));
        assert_eq!(parse_code("GB/T36132 附录"), None);
    }
}
