//! Which char follows which in the issuer codes of document numbers (the
//! `冀政办字` of `冀政办字〔2023〕31号`), counted from the codes in the
//! shipped prose's lines that hold a bracket, which the build script
//! picks out.
//!
//! A code is a closed vocabulary of abbreviations: a place's first char,
//! then organs and kinds of paper (政, 办, 发, 府, 厅, 字, 发改, 环资…). An
//! injector's pair of common chars inside one (`桂政[外全]办发`) is nothing
//! a code is made of, so the code reads far better without it; the word
//! model cannot tell, since a code is no word. The model is a character
//! bigram chain from a start to an end mark, interpolated with each
//! char's own frequency in codes (Witten-Bell): a new place's first char
//! costs little more than a known one, since what follows it is the usual
//! `政办发`.

use rustc_hash::FxHashMap;

use crate::extract::number::opens_year;
use crate::lm::is_han;
use crate::prose_counts::may_hold_code;

/// The longest code counted or judged: longer runs of Han chars before a
/// year in brackets are a sentence running into its number
/// (`各地区要按照国办发〔…〕`), not a code.
pub const MAX_CODE_CHARS: usize = 8;
/// Stands before a code's first char.
const START: char = '\u{2}';
/// Follows a code's last char.
const END: char = '\u{3}';
/// How many different chars a code may hold, for the share each char
/// never seen in one gets.
const CODE_VOCABULARY: f64 = 5000.0;
/// A pair whose deletion makes its code this much more probable (natural
/// log) was never part of it. Of 341 codes in the gold of blind sets 151
/// on, which the model has not read, none that is not a word reaches 20,
/// and of 36 pairs injected into codes of the blind pages, 27 do.
const INJECTED_GAIN: f64 = 20.0;

/// Bigram counts of issuer codes.
#[cfg_attr(test, derive(PartialEq, Debug))]
pub struct IssuerCodes {
    pairs: FxHashMap<(char, char), u32>,
    /// For each char as a context: how often something follows it, and
    /// how many different chars do.
    contexts: FxHashMap<char, (u32, u32)>,
    chars: FxHashMap<char, u32>,
    total: f64,
}

impl IssuerCodes {
    /// Counts the codes of the shipped prose.
    pub fn domain() -> Self {
        Self::count(include_str!(concat!(
            env!("OUT_DIR"),
            "/bracketed_prose.txt"
        )))
    }

    /// Counts the codes written in `text`: the Han chars right before a
    /// year in brackets (`〔2023〕`, `[2023]`), after a char that is not
    /// Han.
    fn count(text: &str) -> Self {
        let mut model = IssuerCodes {
            pairs: FxHashMap::default(),
            contexts: FxHashMap::default(),
            chars: FxHashMap::default(),
            total: 0.0,
        };
        // Only the few lines with a bracket are read char by char.
        for line in text.lines().filter(|l| may_hold_code(l)) {
            let chars: Vec<char> = line.chars().collect();
            for (i, _) in chars
                .iter()
                .enumerate()
                .filter(|(_, &c)| c == '〔' || c == '[')
            {
                if !opens_year(&chars[i + 1..]) {
                    continue;
                }
                // A run longer than a code is no code, wherever it starts.
                let run = chars[..i].iter().rev().take(MAX_CODE_CHARS + 1);
                let len = run.take_while(|&&c| is_han(c)).count();
                let start = i - len;
                let after_digit = start > 0 && chars[start - 1].is_ascii_digit();
                if (1..=MAX_CODE_CHARS).contains(&len) && !after_digit {
                    model.add(&chars[start..i]);
                }
            }
        }
        model
    }

    fn add(&mut self, code: &[char]) {
        let marked = || [START].into_iter().chain(code.iter().copied()).chain([END]);
        for (a, b) in marked().zip(marked().skip(1)) {
            let seen = self.pairs.entry((a, b)).or_default();
            let context = self.contexts.entry(a).or_default();
            context.0 += 1;
            context.1 += u32::from(*seen == 0);
            *seen += 1;
            *self.chars.entry(b).or_default() += 1;
            self.total += 1.0;
        }
    }

    /// The log-probability of `code` as a whole, from its start to its end.
    fn logp(&self, code: impl Iterator<Item = char> + Clone) -> f64 {
        let marked = [START].into_iter().chain(code).chain([END]);
        marked
            .clone()
            .zip(marked.skip(1))
            .map(|(a, b)| self.bigram(a, b).ln())
            .sum()
    }

    fn bigram(&self, a: char, b: char) -> f64 {
        let own = (f64::from(self.chars.get(&b).copied().unwrap_or(0)) + 0.5)
            / (self.total + 0.5 * CODE_VOCABULARY);
        match self.contexts.get(&a) {
            Some(&(n, kinds)) => {
                let seen = f64::from(self.pairs.get(&(a, b)).copied().unwrap_or(0));
                (seen + f64::from(kinds) * own) / f64::from(n + kinds)
            }
            None => own,
        }
    }

    /// The offsets in `code` of the pairs injected into it, in text order:
    /// the pair that reads least as part of it, then the same again in
    /// what is left (开衣国办[狗刀]发), while two chars would stay.
    /// `may_be_noise` says which pairs an injector could have drawn.
    pub fn injected_pairs(
        &self,
        code: &[char],
        may_be_noise: impl Fn(char, char) -> bool,
    ) -> Vec<usize> {
        if code.len() > MAX_CODE_CHARS {
            return Vec::new();
        }
        // The offsets in `code` of the chars still there.
        let mut left: Vec<usize> = (0..code.len()).collect();
        let mut pairs = Vec::new();
        while left.len() >= 4 {
            let read = |skip: Option<usize>| {
                let kept = left
                    .iter()
                    .enumerate()
                    .filter(move |&(k, _)| skip.is_none_or(|i| k != i && k != i + 1));
                self.logp(kept.map(|(_, &j)| code[j]))
            };
            let whole = read(None);
            let best = (0..left.len() - 1)
                .filter(|&k| left[k + 1] == left[k] + 1)
                .filter(|&k| may_be_noise(code[left[k]], code[left[k] + 1]))
                .map(|k| (read(Some(k)) - whole, k))
                .filter(|&(gain, _)| gain >= INJECTED_GAIN)
                .max_by(|a, b| a.0.total_cmp(&b.0));
            let Some((_, k)) = best else { break };
            pairs.push(left[k]);
            left.drain(k..k + 2);
        }
        pairs.sort_unstable();
        pairs
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_read_from_before_a_year_in_brackets() {
        let codes = IssuerCodes::count(
            "印发《方案》(冀政办字[2023]31号)。\n各地区要按照国办发〔2022〕3号执行",
        );
        // 冀政办字 and 国办发 are counted; the sentence running into its
        // number is not a code.
        assert_eq!(codes.pairs.get(&('政', '办')), Some(&1));
        assert_eq!(codes.pairs.get(&(START, '国')), None);
        assert_eq!(codes.pairs.get(&('办', '发')), None);
        assert_eq!(codes.pairs.get(&(START, '冀')), Some(&1));
        assert_eq!(codes.pairs.get(&('字', END)), Some(&1));
    }

    #[test]
    fn the_build_kept_every_code_of_the_domain_text() {
        let codes = IssuerCodes::domain();
        assert!(codes.total > 1000.0, "{} code chars", codes.total);
        assert_eq!(codes, IssuerCodes::count(crate::context::DOMAIN_TEXT));
    }

    #[test]
    fn a_pair_of_common_chars_in_a_code_is_found_and_the_code_is_left() {
        let codes = IssuerCodes::domain();
        let any = |_: char, _: char| true;
        let find = |code: &str| {
            let chars: Vec<char> = code.chars().collect();
            let pairs = codes.injected_pairs(&chars, any);
            let pair = |&i: &usize| chars[i..i + 2].iter().collect::<String>();
            pairs.iter().map(pair).collect::<Vec<_>>().join(" ")
        };
        assert_eq!(find("桂政外全办发"), "外全");
        assert_eq!(find("工信部企落感业"), "落感");
        assert_eq!(find("鲁政办发报东"), "报东");
        assert_eq!(find("开衣国办狗刀发"), "开衣 狗刀");
        // Codes as they are written, with places the model may not know.
        for code in [
            "冀政办字",
            "赣府厅发",
            "发改环资",
            "沭政规发",
            "工信部联企业",
            "皖经信企业",
        ] {
            assert_eq!(find(code), "", "{code}");
        }
    }
}
