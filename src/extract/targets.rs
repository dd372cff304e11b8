//! Targets: the figures a document commits to reach by a year.
//!
//! Every quantity in a clause under a deadline scope (see [`super::period`])
//! is a target. Its noun is read from the clause: after the figure for
//! counted things (建成10家绿色园区), before it otherwise (能耗下降16%), and
//! a 分别 list pairs its metrics with its figures in order
//! (能耗、水耗…分别下降16%、20%).

use super::clause::{Clause, Sentence};
use super::document::Document;
use super::number::Quantity;
use super::period::{Marker, Scope};
use super::phrase;
use crate::model::{Target, TargetKind};

/// How far back from a figure its noun and verb are looked for, in chars;
/// bounds the work on clauses that never end.
const WINDOW: usize = 40;

/// Extracts the targets of every scoped clause, in text order.
pub fn extract(doc: &Document, markers: &[Marker], scopes: &[Vec<Option<Scope>>]) -> Vec<Target> {
    let mut out = Vec::new();
    for (sentence, clause_scopes) in doc.sentences.iter().zip(scopes) {
        for (clause, scope) in sentence.clauses.iter().zip(clause_scopes) {
            if let Some(scope) = scope {
                let reader = ClauseReader {
                    doc,
                    markers,
                    sentence,
                    clause,
                    scope,
                };
                reader.read(&mut out);
            }
        }
    }
    out
}

/// What a target says about its figure, before the figure itself is added.
struct Reading {
    kind: TargetKind,
    metric: Option<String>,
    subject: Option<String>,
    span: [usize; 2],
}

struct ClauseReader<'a> {
    doc: &'a Document,
    markers: &'a [Marker],
    sentence: &'a Sentence,
    clause: &'a Clause,
    scope: &'a Scope,
}

impl ClauseReader<'_> {
    fn read(&self, out: &mut Vec<Target>) {
        let quantities: Vec<&Quantity> = self
            .doc
            .quantities_in(self.clause.start, self.clause.end)
            .iter()
            .filter(|q| !q.is_indefinite())
            .collect();
        let respectively = self
            .find("分别")
            .filter(|&at| quantities.iter().any(|q| q.start > at));
        let (before, listed): (Vec<&Quantity>, Vec<&Quantity>) = match respectively {
            Some(at) => quantities.iter().partition(|q| q.start < at),
            None => (quantities, Vec::new()),
        };
        for (q, reading) in self.read_one_by_one(&before) {
            out.push(self.target(q, reading));
        }
        if let Some(at) = respectively {
            for (q, reading) in self.read_respectively(at, &listed) {
                out.push(self.target(q, reading));
            }
        }
    }

    /// Each figure with its own noun: before it (绿色工厂300家, 能耗下降18%)
    /// or, for counted things, after it (100家绿色工厂).
    fn read_one_by_one<'q>(&self, quantities: &[&'q Quantity]) -> Vec<(&'q Quantity, Reading)> {
        let mut out = Vec::new();
        let mut previous_end = self.clause.start;
        for (i, q) in quantities.iter().enumerate() {
            previous_end = previous_end.max(self.window_start(q.start));
            let next_start = quantities.get(i + 1).map_or(self.clause.end, |n| n.start);
            let after_end = self.list_item_end(q.end, next_start);
            let after = self.words(q.end, after_end);
            let noun_after = if q.counts_things() || after.starts_with('的') {
                phrase::noun_after(&after)
            } else {
                String::new()
            };
            let kind = phrase::governing_kind(&self.words(self.window_start(q.start), q.start));
            let reading = if !noun_after.is_empty() {
                Reading {
                    kind,
                    metric: None,
                    subject: Some(noun_after),
                    span: [q.start, after_end],
                }
            } else {
                let noun = phrase::trim_phrase(&self.words(previous_end, q.start));
                let (subject, metric) = if q.counts_things() {
                    // “全省新增绿色工厂100家”: the region stays, the verb goes.
                    let (region, rest) = phrase::split_subject(&noun);
                    let noun = region.unwrap_or_default() + &phrase::trim_phrase(&rest);
                    (phrase::non_empty(noun), None)
                } else {
                    let (subject, metric) = phrase::split_subject(&noun);
                    (subject, phrase::non_empty(metric))
                };
                Reading {
                    kind,
                    metric,
                    subject,
                    span: [self.skip_marks(previous_end, q.start), q.end],
                }
            };
            previous_end = q.end;
            let noun = reading.subject.as_deref().or(reading.metric.as_deref());
            if noun.is_some_and(|noun| !phrase::is_rhetoric(q, noun)) {
                out.push((*q, reading));
            }
        }
        out
    }

    /// “能耗、水耗较“十三五”末分别下降16%、20%”: the metrics before 分别
    /// pair with the figures after it; when the numbers differ, every
    /// figure gets the whole head.
    fn read_respectively<'q>(
        &self,
        at: usize,
        listed: &[&'q Quantity],
    ) -> Vec<(&'q Quantity, Reading)> {
        let Some(first) = listed.first() else {
            return Vec::new();
        };
        let head = phrase::trim_phrase(&self.words(self.window_start(at), at));
        let kind = phrase::governing_kind(&self.words(at, first.start));
        let (subject, metrics) = {
            let (subject, rest) = phrase::split_subject(&head);
            let items: Vec<String> = rest
                .split(['、', '和', '及'])
                .map(phrase::trim_phrase)
                .filter(|s| !s.is_empty())
                .collect();
            if items.len() == listed.len() {
                (subject, items)
            } else {
                (subject, vec![rest; listed.len()])
            }
        };
        listed
            .iter()
            .zip(metrics)
            .map(|(q, metric)| {
                let reading = Reading {
                    kind,
                    metric: phrase::non_empty(metric),
                    subject: subject.clone(),
                    span: [self.window_start(at), q.end],
                };
                (*q, reading)
            })
            .collect()
    }

    fn target(&self, q: &Quantity, reading: Reading) -> Target {
        Target {
            year: self.scope.year,
            value: q.value,
            value_max: q.value_max,
            unit: q.unit.to_string(),
            value_text: self.doc.text(q.start, q.end),
            bound: q.bound,
            kind: reading.kind,
            metric: reading.metric,
            subject: reading.subject,
            baseline: self.scope.baseline.clone(),
            sentence: self.doc.context(self.sentence, reading.span),
            span: reading.span,
        }
    }

    /// Where the noun after a figure ends: at the next list separator, the
    /// next figure or the end of the clause.
    fn list_item_end(&self, from: usize, limit: usize) -> usize {
        self.doc.masked[from..limit]
            .iter()
            .position(|&c| c == '、')
            .map_or(limit, |p| from + p)
    }

    /// The first occurrence of `word` in the clause, as a char offset.
    fn find(&self, word: &str) -> Option<usize> {
        let chars = &self.doc.masked;
        (self.clause.start..self.clause.end).find(|&i| super::number::starts_with(chars, i, word))
    }

    fn window_start(&self, end: usize) -> usize {
        end.saturating_sub(WINDOW).max(self.clause.start)
    }

    fn skip_marks(&self, mut from: usize, to: usize) -> usize {
        while from < to && matches!(self.doc.chars[from], '、' | ' ' | '和' | '及') {
            from += 1;
        }
        from
    }

    /// The original text of `[start, end)` without the year markers in it,
    /// so that 到2025年 or 较“十三五”末 never become part of a metric.
    fn words(&self, start: usize, end: usize) -> String {
        let mut out = String::new();
        let mut at = start;
        // Markers are sorted and disjoint, so their ends are sorted too.
        let first = self.markers.partition_point(|m| m.end <= start);
        for m in self.markers[first..].iter().take_while(|m| m.start < end) {
            out.push_str(&self.doc.text(at, m.start.max(at)));
            at = m.end.min(end);
        }
        out.push_str(&self.doc.text(at, end));
        out
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::extract;
    use crate::model::{Bound, TargetKind};

    #[test]
    fn distributes_respectively_lists() {
        let text =
            "到2025年，重庆市规模以上工业企业单位增加值能耗、水耗较“十三五”末分别下降16%、20%。";
        let targets = extract(text).targets;
        assert_eq!(targets.len(), 2);
        assert_eq!(targets[0].metric.as_deref(), Some("单位增加值能耗"));
        assert_eq!(
            targets[0].subject.as_deref(),
            Some("重庆市规模以上工业企业")
        );
        assert_eq!(targets[1].metric.as_deref(), Some("水耗"));
        assert_eq!(targets[1].value, 20.0);
        assert_eq!(targets[1].baseline.as_deref(), Some("“十三五”末"));
        assert_eq!(targets[1].kind, TargetKind::Decrease);
    }

    #[test]
    fn nouns_before_and_after_figures() {
        let text = "规划到2020年，建成10家绿色园区、100家绿色工厂，开发1000种绿色产品，大宗工业固废综合利用率保持在70%以上。";
        let targets = extract(text).targets;
        let found: Vec<(f64, &str, &str)> = targets
            .iter()
            .map(|t| {
                let noun = t.subject.as_deref().or(t.metric.as_deref()).unwrap_or("");
                (t.value, t.unit.as_str(), noun)
            })
            .collect();
        assert_eq!(
            found,
            vec![
                (10.0, "家", "绿色园区"),
                (100.0, "家", "绿色工厂"),
                (1000.0, "种", "绿色产品"),
                (70.0, "%", "大宗工业固废综合利用率")
            ]
        );
        assert_eq!(targets[3].bound, Bound::AtLeast);
        assert_eq!(targets[3].kind, TargetKind::Maintain);
    }

    #[test]
    fn small_chinese_numerals_are_targets_only_for_entities() {
        let text = "到2025年，建成两个国家级园区，实现“三个努力建成”，落实四个全面，完成六项主要任务，开展三批试点。";
        let found: Vec<(f64, Option<String>)> = extract(text)
            .targets
            .into_iter()
            .map(|t| (t.value, t.subject))
            .collect();
        assert_eq!(found, vec![(2.0, Some("国家级园区".to_string()))]);
    }

    #[test]
    fn past_results_are_not_targets() {
        assert!(
            extract("2022年，全市规模以上工业单位增加值能耗同比下降7.3%。")
                .targets
                .is_empty()
        );
        assert!(extract("评价结果达到60分以上的，可以申报。")
            .targets
            .is_empty());
    }
}
