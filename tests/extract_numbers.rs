//! Property tests of the quantity grammar and of extraction's robustness:
//! every integer and decimal reads back exactly, in Arabic and in Chinese
//! numerals, and no input makes `extract` panic.

use proptest::prelude::*;
use zhengce::extract::extract;
use zhengce::extract::number::{scan, Numeral, Quantity};

/// The single quantity of `text`.
fn only_quantity(text: &str) -> Quantity {
    let chars: Vec<char> = text.chars().collect();
    let found = scan(&chars);
    assert_eq!(found.len(), 1, "{text}: {found:?}");
    found.into_iter().next().unwrap()
}

const DIGITS: [char; 10] = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/// Writes 0 <= n < 10^16 in Chinese numerals the way documents do:
/// 一千零五, 十万零一十, 三亿零五万. `short_ten` writes 十二 rather
/// than 一十二 when the number starts with a ten.
fn chinese(n: u64, short_ten: bool) -> String {
    if n == 0 {
        return "零".to_string();
    }
    let groups = [
        (n / 100_000_000, "亿"),
        (n / 10_000 % 10_000, "万"),
        (n % 10_000, ""),
    ];
    let mut out = String::new();
    let mut gap = false;
    for (group, name) in groups {
        if group == 0 {
            gap |= !out.is_empty();
            continue;
        }
        if !out.is_empty() && (gap || group < 1000) {
            out.push('零');
        }
        out.push_str(&section(group));
        out.push_str(name);
        gap = false;
    }
    if short_ten && out.starts_with("一十") {
        out.remove(0);
    }
    out
}

/// A group below ten thousand: 一千零五, 三百二十.
fn section(group: u64) -> String {
    let mut out = String::new();
    let mut zero_pending = false;
    for (power, unit) in [(1000, "千"), (100, "百"), (10, "十"), (1, "")] {
        let digit = (group / power % 10) as usize;
        if digit == 0 {
            zero_pending = !out.is_empty();
            continue;
        }
        if zero_pending {
            out.push('零');
            zero_pending = false;
        }
        out.push(DIGITS[digit]);
        out.push_str(unit);
    }
    out
}

/// Writes n with thousands separators: 1,234,567.
fn with_separators(n: u64) -> String {
    let plain = n.to_string();
    let mut out = String::new();
    for (i, c) in plain.chars().enumerate() {
        if i > 0 && (plain.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn fullwidth(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '0'..='9' => char::from_u32(c as u32 - '0' as u32 + '０' as u32).unwrap(),
            '.' => '．',
            _ => c,
        })
        .collect()
}

/// The decimal `mantissa × 10^(power − scale)` written out in full by
/// moving the point in the digit string, independently of the grammar.
fn written_out(mantissa: u64, scale: u32, power: u32) -> String {
    let mut digits = mantissa.to_string();
    digits.push_str(&"0".repeat(power as usize));
    let point = scale as usize;
    if point == 0 {
        return digits;
    }
    if digits.len() <= point {
        digits = "0".repeat(point - digits.len() + 1) + &digits;
    }
    let split = digits.len() - point;
    format!("{}.{}", &digits[..split], &digits[split..])
}

/// A decimal with `scale` fraction digits: 16.4, 0.05.
fn decimal(mantissa: u64, scale: u32) -> String {
    written_out(mantissa, scale, 0)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn integers_round_trip_in_arabic(n in 0u64..1_000_000_000_000, separators: bool, wide: bool) {
        let mut text = if separators { with_separators(n) } else { n.to_string() };
        if wide {
            text = fullwidth(&text);
        }
        let q = only_quantity(&format!("建成{text}家企业"));
        prop_assert_eq!(q.value, n as f64);
        prop_assert_eq!(q.unit, "家");
        prop_assert_eq!(q.numeral, Numeral::Arabic);
    }

    #[test]
    fn integers_round_trip_in_chinese(n in 0u64..1_000_000_000_000, short_ten: bool) {
        let text = chinese(n, short_ten);
        let q = only_quantity(&format!("{text}家"));
        prop_assert_eq!(q.value, n as f64, "{}", text);
    }

    #[test]
    fn decimals_with_multipliers_are_exact(
        mantissa in 0u64..10_000_000_000,
        scale in 0u32..5,
        multiplier in prop::sample::select(vec![("", 0u32), ("万", 4), ("亿", 8), ("万亿", 12)]),
        wide: bool,
    ) {
        let (word, power) = multiplier;
        let mut number = decimal(mantissa, scale);
        if wide {
            number = fullwidth(&number);
        }
        let q = only_quantity(&format!("达到{number}{word}元"));
        let expected: f64 = written_out(mantissa, scale, power).parse().unwrap();
        prop_assert_eq!(q.value, expected, "{}{}", number, word);
        prop_assert_eq!(q.unit, "元");
    }

    #[test]
    fn extract_never_panics(text in ".*") {
        let _ = extract(&text);
    }

    #[test]
    fn extract_never_panics_on_the_genre_alphabet(
        parts in prop::collection::vec(prop::sample::select(ALPHABET.to_vec()), 0..300)
    ) {
        let text: String = parts.concat();
        let found = extract(&text);
        let length = text.chars().count();
        for span in found.targets.iter().map(|t| t.span).chain(found.counts.iter().map(|c| c.span)) {
            prop_assert!(span[0] <= span[1] && span[1] <= length);
        }
        for citation in &found.citations {
            prop_assert_eq!(citation.mentions, citation.spans.len());
        }
    }
}

/// Pieces of the genre that interact: numerals, units, bounds, years,
/// brackets, quotes and separators.
const ALPHABET: &[&str] = &[
    "0",
    "1",
    "2",
    "5",
    "9",
    "２",
    ".",
    ",",
    "，",
    "、",
    "；",
    "。",
    "\n",
    " ",
    "一",
    "两",
    "十",
    "百",
    "千",
    "万",
    "亿",
    "零",
    "〇",
    "第",
    "家",
    "个",
    "项",
    "%",
    "％",
    "元",
    "吨",
    "千瓦",
    "立方米",
    "个百分点",
    "百分之",
    "以上",
    "以下",
    "左右",
    "不低于",
    "至",
    "-",
    "余",
    "到",
    "年",
    "前",
    "2025年",
    "“十四五”",
    "末",
    "期间",
    "较",
    "与",
    "相比",
    "其中",
    "分别",
    "下降",
    "达到",
    "建成",
    "截至",
    "目前",
    "累计",
    "获批",
    "绿色工厂",
    "国家级",
    "省级以上",
    "全市",
    "钢铁行业",
    "《",
    "》",
    "〈",
    "〉",
    "(",
    ")",
    "（",
    "）",
    "〔",
    "〕",
    "【",
    "】",
    "[",
    "]",
    "号",
    "以下简称",
    "“",
    "”",
    "方案",
    "指南",
    "办法",
    "GB/T",
    "GB",
    "ISO",
    "36132",
    "(试行)",
    "(2016-2020年)",
    "冀政办字",
];

#[test]
fn chinese_formatter_writes_documents_style() {
    assert_eq!(chinese(1005, false), "一千零五");
    assert_eq!(chinese(100_010, true), "十万零一十");
    assert_eq!(chinese(300_050_000, false), "三亿零五万");
    assert_eq!(chinese(35_000, false), "三万五千");
}

/// Found by the genre-alphabet property: a figure the number reader takes
/// across a comma the clause splitter cuts at (0,0２0家) overran its clause.
#[test]
fn a_figure_read_across_its_clauses_end_is_no_panic() {
    let found = extract("0,0２0家截至");
    for count in &found.counts {
        assert!(count.span[0] <= count.span[1] && count.span[1] <= 8);
    }
}
