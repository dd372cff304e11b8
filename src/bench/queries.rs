//! The query-latency benchmark: a deterministic mix of one-word, phrase,
//! boolean and traditional-script queries, built from words of the seed
//! paragraphs, run warm through [`index::search`] as `zhengce search` runs
//! them (top 10 with snippets).

use std::path::Path;
use std::time::Instant;

use anyhow::Result;
use serde::{Deserialize, Serialize};

use super::corpus::{Rng, Sources};
use crate::index;
use crate::pipeline::Resources;

/// Words of 2 to 4 Han characters, the kind people search for.
fn is_query_word(word: &str) -> bool {
    let n = word.chars().count();
    (2..=4).contains(&n) && word.chars().all(|c| ('\u{4E00}'..='\u{9FFF}').contains(&c))
}

/// Words and adjacent word pairs in one script.
#[derive(Default)]
struct Vocabulary {
    words: Vec<String>,
    pairs: Vec<String>,
}

impl Vocabulary {
    fn push(&mut self, word: String, follows_previous: bool) {
        if follows_previous {
            if let Some(previous) = self.words.last() {
                self.pairs.push(format!("{previous}{word}"));
            }
        }
        self.words.push(word);
    }
}

/// The simplified words of the seed paragraphs and, where a traditional
/// paragraph converts character for character, the same words in
/// traditional script.
fn vocabularies(sources: &Sources, res: &Resources) -> (Vocabulary, Vocabulary) {
    let mut simplified = Vocabulary::default();
    let mut traditional = Vocabulary::default();
    let mut collect = |text: &str, original: Option<&str>| {
        let original_chars: Option<Vec<char>> = original.map(|t| t.chars().collect());
        let mut last_end = usize::MAX;
        for token in res.segmenter.tokens(text) {
            let word = &text[token.offset_from..token.offset_to];
            if !is_query_word(word) {
                last_end = usize::MAX;
                continue;
            }
            let follows = token.offset_from == last_end;
            last_end = token.offset_to;
            simplified.push(word.to_string(), follows);
            if let Some(chars) = &original_chars {
                let start = text[..token.offset_from].chars().count();
                let variant: String = chars[start..start + word.chars().count()].iter().collect();
                traditional.push(variant, follows);
            }
        }
    };
    for paragraph in &sources.simplified {
        collect(paragraph, None);
    }
    for paragraph in &sources.traditional {
        let converted = res.converter.to_simplified(paragraph);
        // Only a character-for-character conversion lines the two up.
        if converted.chars().count() == paragraph.chars().count() {
            collect(&converted, Some(paragraph));
        }
    }
    // A traditional query is one with a character that t2s changes.
    let is_traditional = |w: &String| res.converter.to_simplified(w) != *w;
    traditional.words.retain(is_traditional);
    traditional.pairs.retain(is_traditional);
    (simplified, traditional)
}

/// `count` queries: 35% one word, 20% phrases, 25% boolean, 20% traditional.
pub fn make(sources: &Sources, res: &Resources, count: usize, seed: u64) -> Vec<String> {
    let (simp, trad) = vocabularies(sources, res);
    let mut rng = Rng::new(&[seed, 0x51_5545_5259]);
    let mut queries = Vec::with_capacity(count);
    while queries.len() < count {
        let word = |rng: &mut Rng, v: &Vocabulary| rng.pick(&v.words).clone();
        let query = match rng.below(100) {
            0..=34 => word(&mut rng, &simp),
            35..=54 if !simp.pairs.is_empty() => format!("\"{}\"", rng.pick(&simp.pairs)),
            55..=74 => {
                let (a, b, c) = (
                    word(&mut rng, &simp),
                    word(&mut rng, &simp),
                    word(&mut rng, &simp),
                );
                match rng.below(4) {
                    0 => format!("{a} AND {b}"),
                    1 => format!("{a} OR {b}"),
                    2 => format!("{a} AND NOT {b}"),
                    _ => format!("({a} OR {b}) AND {c}"),
                }
            }
            _ if !trad.words.is_empty() => match rng.below(3) {
                0 if !trad.pairs.is_empty() => format!("\"{}\"", rng.pick(&trad.pairs)),
                1 => format!("{} {}", word(&mut rng, &trad), word(&mut rng, &trad)),
                _ => word(&mut rng, &trad),
            },
            _ => continue,
        };
        queries.push(query);
    }
    queries
}

/// Query latency figures, in milliseconds.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Latency {
    pub queries: usize,
    /// Queries that found at least one document.
    pub with_hits: usize,
    pub p50_ms: f64,
    pub p99_ms: f64,
    pub max_ms: f64,
    pub mean_ms: f64,
}

/// Runs every query once to warm the caches, then again timed.
pub fn measure(index_dir: &Path, queries: &[String], res: &Resources) -> Result<Latency> {
    let idx = index::open(index_dir)?;
    let mut with_hits = 0;
    for q in queries {
        if index::search(&idx, q, 10, res)?.total > 0 {
            with_hits += 1;
        }
    }
    let mut millis = Vec::with_capacity(queries.len());
    for q in queries {
        let start = Instant::now();
        index::search(&idx, q, 10, res)?;
        millis.push(start.elapsed().as_secs_f64() * 1e3);
    }
    millis.sort_by(f64::total_cmp);
    let at = |p: f64| millis[((millis.len() - 1) as f64 * p).round() as usize];
    Ok(Latency {
        queries: queries.len(),
        with_hits,
        p50_ms: at(0.50),
        p99_ms: at(0.99),
        max_ms: at(1.0),
        mean_ms: millis.iter().sum::<f64>() / millis.len().max(1) as f64,
    })
}
