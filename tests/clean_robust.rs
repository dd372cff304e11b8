//! Cleaning never panics, whatever the page: arbitrary text, and text made
//! of the pieces noise is made of (mojibake markers and shifted chars,
//! pinyin annotations and their remnants, brackets, furniture words, digits
//! and letters next to Han), where byte offsets and char boundaries are
//! easiest to get wrong.

use proptest::prelude::*;
use zhengce::clean::clean;
use zhengce::pipeline::Resources;

const PIECES: &[&str] = &[
    "?",
    "\u{FFFD}",
    "??",
    "?,F",
    "(xiàn)",
    "shí)",
    "(",
    ")",
    "《",
    "》",
    "〔",
    "〕",
    "“",
    "”",
    "。",
    ",",
    "、",
    "\n",
    "\r\n",
    " ",
    "\u{200B}",
    "\u{A0}",
    "2023",
    "5",
    "G",
    "B/T",
    "ㄒ",
    "唬",
    "╆",
    "藢",
    "耙",
    "粛",
    "忞",
    "笆",
    "濉",
    "绿色",
    "工厂",
    "機器",
    "產業",
    "得就",
    "首页 > ",
    "当前位置:",
    "来源:",
    "相关文章",
    "版权所有",
    "---\n",
    "<p>",
    "</p>",
    "<!--",
    "-->",
    "|",
    "_",
    "到2025年",
    "下降16%",
    "冀政办字〔2023〕31号",
    "(以下简称《指南》)",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn clean_never_panics(text in ".*") {
        let _ = clean(&text, Resources::get());
    }

    #[test]
    fn clean_never_panics_on_noise_pieces(
        parts in prop::collection::vec(prop::sample::select(PIECES.to_vec()), 0..200)
    ) {
        let text: String = parts.concat();
        let cleaned = clean(&text, Resources::get());
        // Cleaning removes and repairs; it never makes a page much longer.
        prop_assert!(cleaned.text.chars().count() <= text.chars().count() + 8);
    }
}
