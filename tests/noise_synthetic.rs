//! Synthetic noise benchmark: inject each kind of noise at known places
//! into clean text (the gold clean texts in tests/fixtures/clean), clean
//! it, and measure per kind how much of the noise went (removal recall)
//! and how much real text went with it. Fixed seed, so figures repeat.
//!
//! Run `cargo test --release --test noise_synthetic -- --nocapture` to see
//! the figures (recorded in BENCHMARKS.md). The assertions are floors at
//! the measured quality, so a regression fails the suite.

mod common;
use common::lcs;

use pinyin::ToPinyinMulti;
use zhengce::bench::corpus::{shift_one_byte, Mark};
use zhengce::clean::clean;
use zhengce::pipeline::Resources;

/// xorshift64*: a fixed-seed generator, enough for placing noise.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// The texts of the files in `tests/fixtures/{dir}` whose names `keep`
/// accepts, in name order.
fn read_texts(dir: &str, keep: impl Fn(&str) -> bool) -> Vec<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(dir);
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| keep(&p.file_name().unwrap().to_string_lossy()))
        .collect();
    files.sort();
    files
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect()
}

/// The seeds' gold clean texts.
fn texts() -> Vec<String> {
    read_texts("clean", |_| true)
}

fn is_han(c: char) -> bool {
    ('\u{4E00}'..='\u{9FFF}').contains(&c)
}

/// Common characters, the kind content farms inject.
const COMMON: &str = "的一是不了人我在有他这中大来上个国到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可她里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公同三已老从动两长知民样现分将外但身些与高意进把法此实回二理美点月明其种声全工己话儿者向情部正名定女问力机给等几很业最间新什打便位因重被走电四第门相次东政海口使教西再平真听世气信北少关并内加化由却代军产入先山五太水万市眼体别处总才场师书比住员九笑性通目华报立马命张活难神数件安表原车白应路期叫死常提感金何更反合放做系计或司利受光王果亲界及今京务制解各任至清物台象记边共风战干接它许八特觉望直服毛林题建南度统色字请交爱让认算论百吃义科怎元社术结六功指思非流每青管夫连远资队跟带花快条院变联言权往展该领传近留红治决周保达办运武半候七必城父强步完革深区即求品士转量空甚众技轻程告江语英基派满式李息写呢识极令黄德收脸钱党倒未持取设始版双";

/// The gold clean texts of the test pages that no model of the cleaning
/// stage was counted from: blind set 331 and every later one (the earlier
/// sets are prose the models count; see `data/prose/README.md`). A hundred
/// times the seeds' text, from many more kinds of documents.
fn unseen_page_texts() -> Vec<String> {
    read_texts("pages", |name| {
        name.ends_with(".clean.txt")
            && name
                .strip_prefix('b')
                .and_then(|rest| rest.split('_').next())
                .and_then(|set| set.parse::<u32>().ok())
                .is_some_and(|set| set >= FIRST_UNSEEN_SET)
    })
}

/// The first blind set whose pages no model of the cleaning stage counts.
const FIRST_UNSEEN_SET: u32 = 331;

/// Every line of the prose the models count (`data/prose/`).
fn model_prose_lines() -> std::collections::HashSet<String> {
    fn walk(dir: &std::path::Path, lines: &mut std::collections::HashSet<String>) {
        for entry in std::fs::read_dir(dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, lines);
            } else if path.extension().is_some_and(|e| e == "txt") {
                let text = std::fs::read_to_string(&path).unwrap();
                lines.extend(text.lines().map(|l| l.trim().to_string()));
            }
        }
    }
    let mut lines = std::collections::HashSet::new();
    walk(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/prose"),
        &mut lines,
    );
    lines
}

#[test]
fn the_models_have_read_none_of_the_unseen_pages() {
    // Pages share a boilerplate line now and then (a bulletin's note on
    // rounding); a page whose long lines the prose mostly holds was
    // copied in.
    let prose = model_prose_lines();
    for text in unseen_page_texts() {
        let long: Vec<&str> = text
            .lines()
            .map(str::trim)
            .filter(|l| l.chars().filter(|&c| is_han(c)).count() >= 30)
            .collect();
        let read = long.iter().filter(|l| prose.contains(**l)).count();
        assert!(read * 2 <= long.len(), "{}", long.join("\n"));
    }
}

fn measure(kind: &str, inject: impl FnMut(&str, &mut Rng) -> (String, usize)) -> (f64, f64) {
    measure_on(kind, &texts(), inject)
}

fn measure_on(
    kind: &str,
    texts: &[String],
    mut inject: impl FnMut(&str, &mut Rng) -> (String, usize),
) -> (f64, f64) {
    let res = Resources::get();
    let mut rng = Rng(0x5EED_2026);
    let (mut noise, mut left, mut real, mut lost) = (0usize, 0usize, 0usize, 0usize);
    for text in texts {
        let baseline: Vec<char> = clean(text, res).text.chars().collect();
        let (noisy, added) = inject(text, &mut rng);
        let cleaned: Vec<char> = clean(&noisy, res).text.chars().collect();
        let kept = lcs(&baseline, &cleaned);
        if let Ok(d) = std::env::var("DUMP") {
            let i = noise;
            let b: String = baseline.iter().collect();
            let c: String = cleaned.iter().collect();
            std::fs::write(format!("{d}/{kind}_{i}_base.txt"), b).unwrap();
            std::fs::write(format!("{d}/{kind}_{i}_clean.txt"), c).unwrap();
            std::fs::write(format!("{d}/{kind}_{i}_noisy.txt"), &noisy).unwrap();
        }
        noise += added;
        left += cleaned.len() - kept;
        real += baseline.len();
        lost += baseline.len() - kept;
    }
    let recall = 1.0 - left as f64 / noise.max(1) as f64;
    let wrongly = lost as f64 / real as f64;
    println!("{kind:<10} noise chars {noise:>6}  removal recall {recall:.4}  real chars deleted {lost} ({:.3}%)", wrongly * 100.0);
    (recall, wrongly)
}

#[test]
fn pinyin_annotations() {
    let (recall, wrongly) = measure("pinyin", |text, rng| {
        let mut out = String::new();
        let mut added = 0;
        for c in text.chars() {
            out.push(c);
            if is_han(c) && rng.below(4) == 0 {
                if let Some(p) = c.to_pinyin_multi().and_then(|m| m.into_iter().next()) {
                    let a = format!("({})", p.with_tone());
                    added += a.chars().count();
                    out.push_str(&a);
                }
            }
        }
        (out, added)
    });
    assert!(recall >= 0.99, "pinyin recall {recall}");
    assert!(wrongly <= 0.001, "pinyin deleted real text {wrongly}");
}

/// Pairs of common chars, one after a Han char every 20 to 40 chars.
fn inject_pairs(text: &str, rng: &mut Rng) -> (String, usize) {
    let common: Vec<char> = COMMON.chars().collect();
    let mut out = String::new();
    let mut added = 0;
    let mut gap = 20 + rng.below(21);
    for c in text.chars() {
        out.push(c);
        gap -= 1;
        if gap == 0 {
            gap = 20 + rng.below(21);
            if is_han(c) {
                out.push(common[rng.below(common.len())]);
                out.push(common[rng.below(common.len())]);
                added += 2;
            }
        }
    }
    (out, added)
}

#[test]
fn injected_pairs() {
    let (recall, wrongly) = measure("injected", inject_pairs);
    // The bars (measured 0.972 / 0.092% once the trigrams had read
    // blind sets 231 to 330; see BENCHMARKS.md). Four more pairs missed, or
    // two more real chars deleted, would fail them: the seeds are small.
    assert!(recall >= 0.97, "injected recall {recall}");
    assert!(wrongly <= 0.001, "injected deleted real text {wrongly}");
}

/// The same injection into the unseen pages' texts: the seeds are five
/// documents of one province's industrial policy, too few to tell one
/// model of the pairs from another.
#[test]
fn injected_pairs_on_unseen_pages() {
    let (recall, wrongly) = measure_on(
        "injected (unseen pages)",
        &unseen_page_texts(),
        inject_pairs,
    );
    // While sets 231 to 431 were unseen they measured 0.978 / 0.101% at the
    // end (see BENCHMARKS.md), each batch deleting a little more real
    // text. Sets 331 to 431, once the trigrams had read 231 to 330:
    // 0.982 / 0.097%, within the bars, which are the floors.
    assert!(recall >= 0.97, "injected recall {recall}");
    assert!(wrongly <= 0.001, "injected deleted real text {wrongly}");
}

/// Injects lost-byte runs marked as `marked` into the clean texts.
fn measure_mojibake(kind: &str, marked: Mark) -> (f64, f64) {
    measure(kind, |text, rng| {
        let chars: Vec<char> = text.chars().collect();
        let mut out = String::new();
        let mut added = 0;
        let mut i = 0;
        while i < chars.len() {
            if is_han(chars[i]) && rng.below(60) == 0 {
                if let Some((garbage, replaced)) = shift_one_byte(&chars[i..], marked) {
                    added += garbage.chars().count();
                    out.push_str(&garbage);
                    i += replaced;
                    continue;
                }
            }
            out.push(chars[i]);
            i += 1;
        }
        (out, added)
    })
}

#[test]
fn mojibake_runs() {
    let (recall, wrongly) = measure_mojibake("mojibake", Mark::AtStart);
    // The bars.
    assert!(recall >= 0.97, "mojibake recall {recall}");
    assert!(wrongly <= 0.001, "mojibake deleted real text {wrongly}");
}

#[test]
fn mojibake_runs_marked_at_their_end() {
    let (recall, wrongly) = measure_mojibake("mojibake, marked at the end", Mark::AtEnd);
    // Floors at the measured figures (0.744, 0.795%; 0.739, 0.81% before
    // the page's own punctuation habits chose among marks): where the
    // damage begins is read from the text alone, and a run of one char
    // and its mark is not tried.
    assert!(recall >= 0.743, "mojibake recall {recall}");
    assert!(wrongly <= 0.0080, "mojibake deleted real text {wrongly}");
}

#[test]
fn furniture_lines() {
    let (recall, wrongly) = measure("furniture", |text, _| {
        let head = "当前位置:首页 > 政策解读 > 正文\n时间:2024-03-08 来源:本站 浏览次数:1024\n";
        let tail = "\n分享到:\n版权所有:某某信息网 未经许可不得转载\n联系电话:0311-12345678 微信:policy2024\n相关文章\n另一篇文章的标题\n";
        let noisy = format!("{head}{text}{tail}");
        let added = head
            .chars()
            .chain(tail.chars())
            .filter(|c| !c.is_whitespace())
            .count();
        (noisy, added)
    });
    assert!(recall >= 0.99, "furniture recall {recall}");
    assert!(wrongly <= 0.001, "furniture deleted real text {wrongly}");
}

/// Text copied out of a PDF: every paragraph broken every 30–40 chars,
/// and a page number and the running header after every 30 lines. The
/// breaks, numbers and headers are the noise; joined back, the text is
/// the clean text's.
#[test]
fn pdf_page_layout() {
    let (recall, wrongly) = measure("pdf layout", |text, rng| {
        let width = 30 + rng.below(11);
        let mut lines: Vec<String> = vec!["某某市人民政府文件".into()];
        let mut added = lines[0].chars().count();
        let mut set = 0;
        for paragraph in text.lines().filter(|l| !l.trim().is_empty()) {
            let chars: Vec<char> = paragraph.chars().collect();
            for piece in chars.chunks(width) {
                lines.push(piece.iter().collect());
                set += 1;
                if set % 30 == 0 {
                    let number = format!("— {} —", set / 30);
                    added += number.chars().filter(|c| !c.is_whitespace()).count();
                    added += lines[0].chars().count();
                    lines.push(number);
                    lines.push(lines[0].clone());
                }
            }
            added += chars.len().div_ceil(width) - 1;
        }
        (lines.join("\n"), added)
    });
    assert!(recall >= 0.97, "pdf layout recall {recall}");
    assert!(wrongly <= 0.001, "pdf layout deleted real text {wrongly}");
}
