//! Extract: targets, counts, citations and standards from cleaned text.
//!
//! The stages, one module each: [`number`] reads quantities, [`clause`]
//! splits sentences and clauses, [`period`] decides which clauses commit
//! to a year, [`phrase`] reads the nouns around a figure with the verbs of
//! [`verbs`], and [`targets`], [`counts`], [`citations`] and [`standards`]
//! build the records; [`lexicon`] indexes their word lists and first-char
//! tests for lookups at every place of a text. All spans are char offsets
//! into the input text.

mod citations;
mod clause;
mod counts;
mod document;
mod lexicon;
pub mod number;
mod period;
mod phrase;
mod standards;
mod table;
mod targets;
mod verbs;

use crate::model::{Citation, Count, Standard, Target};
use document::Document;
pub(crate) use phrase::ends_in_area_noun;

/// What extraction finds in one document.
#[derive(Debug, Clone, Default)]
pub struct Extraction {
    pub targets: Vec<Target>,
    pub counts: Vec<Count>,
    pub citations: Vec<Citation>,
    pub standards: Vec<Standard>,
}

/// Extracts the structured facts of one cleaned text.
pub fn extract(text: &str) -> Extraction {
    extract_dated(text, None)
}

/// The year of a record's date (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`).
pub fn year_of(date: Option<&str>) -> Option<i32> {
    date?.get(..4)?.parse().ok()
}

/// [`extract`] for a text written in `year` (its publication date's): the
/// year that 今年 in it names, and before which its deadlines have passed.
pub fn extract_dated(text: &str, year: Option<i32>) -> Extraction {
    let doc = Document::new(text);
    let mut markers = period::markers(&doc.masked);
    if let Some(year) = year {
        period::set_present(&doc.masked, year, &mut markers);
    }
    let reported = period::reporting(&doc, &markers, year);
    let scopes = period::scopes(&doc, &markers, year, &reported);
    let codes = standards::find(&doc.chars);
    let citations = citations::extract(&doc.chars, &doc.masked, &codes);
    Extraction {
        targets: with_tables(
            targets::extract(&doc, &markers, &scopes),
            table::extract(text, year),
        ),
        // After the sentences' counts, whose `parent` indices they keep.
        counts: {
            let mut counts = counts::extract(text, &doc, &scopes, &reported);
            counts.extend(table::counts(text));
            counts
        },
        standards: standards::list(&codes, &citations),
        citations,
    }
}

/// Adds the rows of indicator tables to the targets read from sentences,
/// dropping any sentence reading of a table row, in text order.
fn with_tables(mut targets: Vec<Target>, rows: Vec<Target>) -> Vec<Target> {
    if rows.is_empty() {
        return targets;
    }
    targets.retain(|t| !rows.iter().any(|r| r.sentence == t.sentence.trim()));
    targets.extend(rows);
    targets.sort_by_key(|t| t.span[0]);
    targets
}
