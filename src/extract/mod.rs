//! Extract: targets, counts, citations and standards from cleaned text.

use crate::model::{Citation, Count, Standard, Target};

/// What extraction finds in one document.
#[derive(Debug, Clone, Default)]
pub struct Extraction {
    pub targets: Vec<Target>,
    pub counts: Vec<Count>,
    pub citations: Vec<Citation>,
    pub standards: Vec<Standard>,
}

/// Extracts the structured facts of one cleaned text.
pub fn extract(_text: &str) -> Extraction {
    Extraction::default()
}
