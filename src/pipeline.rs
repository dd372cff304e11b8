//! The pipeline for one document, and the parallel runner for many.
//!
//! ingest → clean (mojibake, markup, furniture, pinyin, t2s, injected
//! characters, metadata) → segment → extract. Dictionaries and models load
//! once per process ([`Resources::get`]) and are shared by every thread.
//! Documents go through rayon's workers one at a time, and results come back in
//! input order, so output is deterministic and memory stays flat. For an
//! incremental build, [`run_reusing`] skips the documents whose bytes the
//! caller already has results for. Every stage adds its CPU time to
//! [`crate::stats`].

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, OnceLock};

use crate::clean::{self, Cleaned};
use crate::context::CharTrigrams;
use crate::extract;
use crate::ingest::{self, Input, RawDoc, Rejection};
use crate::issuer_codes::IssuerCodes;
use crate::lm::LanguageModel;
use crate::model::{Record, SCHEMA_VERSION};
use crate::script::Converter;
use crate::segment::Segmenter;
use crate::stats::{self, Stage};

/// Everything loaded once per process and shared by all threads.
pub struct Resources {
    pub converter: Converter,
    pub segmenter: Segmenter,
    pub lm: LanguageModel,
    /// Which char follows which in clean prose.
    pub prose: CharTrigrams,
    pub codes: IssuerCodes,
}

static RESOURCES: OnceLock<Resources> = OnceLock::new();

impl Resources {
    /// The process-wide resources, loaded on first use.
    pub fn get() -> &'static Resources {
        RESOURCES.get_or_init(|| {
            // Each takes a fraction of a second to build; they build side by
            // side.
            let ((converter, (segmenter, codes)), (lm, prose)) = rayon::join(
                || {
                    rayon::join(Converter::new, || {
                        rayon::join(
                            || Segmenter::new().expect("the jieba dictionary is built in"),
                            IssuerCodes::domain,
                        )
                    })
                },
                || rayon::join(crate::segment::language_model, CharTrigrams::domain),
            );
            Resources {
                converter,
                segmenter,
                lm,
                prose,
                codes,
            }
        })
    }
}

/// One processed document: its record and its text cut for the index.
pub struct Processed {
    pub record: Record,
    /// The record as one line of JSON, serialized here rather than by the
    /// sink, which runs alone while the workers run in parallel.
    pub json: Vec<u8>,
    /// [`crate::segment::Segmenter::precut`] of the text.
    pub precut: String,
    pub bytes: usize,
}

/// Cleans, segments and extracts one decoded document.
pub fn process(raw: RawDoc, res: &Resources) -> Processed {
    let Cleaned {
        text,
        script,
        title,
        date,
        issuer,
        region,
        noise,
        ..
    } = stats::timed(Stage::Clean, || clean::clean(&raw.text, res));
    let precut = stats::timed(Stage::Segment, || res.segmenter.precut(&text));
    let year = extract::written_in(date.as_deref(), title.as_deref());
    let found = stats::timed(Stage::Extract, || {
        extract::extract_page(&text, title.as_deref(), year)
    });
    let record = Record {
        schema_version: SCHEMA_VERSION,
        id: raw.id,
        path: raw.path,
        encoding: raw.encoding.to_string(),
        script,
        title,
        date,
        issuer,
        region,
        text,
        noise,
        targets: found.targets,
        counts: found.counts,
        citations: found.citations,
        standards: found.standards,
    };
    let json = stats::timed(Stage::Tables, || {
        serde_json::to_vec(&record).expect("records serialise")
    });
    Processed {
        record,
        json,
        precut,
        bytes: raw.bytes,
    }
}

/// [`process`], with a panic turned into a rejection of this one document.
fn process_guarded(raw: RawDoc, res: &Resources) -> Result<Processed, Rejection> {
    let path = raw.path.clone();
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| process(raw, res))).map_err(|e| {
        let msg = e
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| e.downcast_ref::<String>().cloned())
            .unwrap_or_default();
        Rejection {
            path,
            reason: ingest::Reason::Internal(msg),
        }
    })
}

/// How many documents may be in flight: taken by a worker and not yet
/// handed to the sink.
const WINDOW: usize = 128;

/// What became of one input. Most inputs are processed, so boxing the
/// large variant would allocate once more per document to spare the rare
/// small ones some bytes.
#[allow(clippy::large_enum_variant)]
pub enum Outcome {
    /// Run through the pipeline.
    Processed(Processed),
    /// Read, and found to be the bytes the caller already has results for.
    Unchanged(Unchanged),
    Rejected(Rejection),
}

/// An input whose bytes the caller said it already has results for.
pub struct Unchanged {
    pub path: String,
    pub id: String,
    pub bytes: usize,
}

/// Runs the pipeline over `inputs` in parallel and hands each result to
/// `sink` in input order. Rejected files are handed over in order too.
pub fn run<F>(inputs: &[Input], mut sink: F)
where
    F: FnMut(Result<Processed, Rejection>),
{
    run_reusing(
        inputs,
        |_, _| false,
        |outcome| match outcome {
            Outcome::Processed(p) => sink(Ok(p)),
            Outcome::Rejected(r) => sink(Err(r)),
            Outcome::Unchanged(_) => unreachable!("nothing is reused"),
        },
    );
}

/// Like [`run`], but an input for which `reuse(path, id)` is true (`id`
/// being the [`ingest::content_id`] of its bytes) is only read and hashed,
/// and comes back as [`Outcome::Unchanged`].
pub fn run_reusing<R, F>(inputs: &[Input], reuse: R, mut sink: F)
where
    R: Fn(&str, &str) -> bool + Sync,
    F: FnMut(Outcome),
{
    let one = |input: &Input| {
        let read = stats::timed(Stage::Ingest, || ingest::read(input));
        let raw = match read {
            Ok(raw) if reuse(&raw.path, &raw.id) => {
                return Outcome::Unchanged(Unchanged {
                    bytes: raw.bytes.len(),
                    path: raw.path,
                    id: raw.id,
                })
            }
            Ok(raw) => raw,
            Err(r) => return Outcome::Rejected(r),
        };
        // Loaded on first use: a rebuild that reuses everything never needs them.
        let res = Resources::get();
        match stats::timed(Stage::Ingest, || raw.decode()).and_then(|doc| process_guarded(doc, res))
        {
            Ok(p) => Outcome::Processed(p),
            Err(r) => Outcome::Rejected(r),
        }
    };
    // Workers take inputs in order, one at a time, and the sink puts their
    // results back in order. Batches with a barrier at each end left one
    // core idle while the other finished a batch's longest document. A
    // worker takes a ticket before each input and the sink returns it once
    // that input's result is handed on, so at most `WINDOW` results wait
    // out of order, however long one document takes. If the sink panics,
    // its end of both channels goes and the workers stop.
    let next = AtomicUsize::new(0);
    let (give_ticket, take_ticket) = std::sync::mpsc::sync_channel::<()>(WINDOW);
    for _ in 0..WINDOW {
        give_ticket.send(()).expect("the receiver is here");
    }
    let take_ticket = Mutex::new(take_ticket);
    let (done, finished) = std::sync::mpsc::channel::<(usize, Outcome)>();
    std::thread::scope(|scope| {
        let (one, next, take_ticket) = (&one, &next, &take_ticket);
        scope.spawn(move || {
            rayon::scope(|workers| {
                for _ in 0..rayon::current_num_threads() {
                    let done = done.clone();
                    workers.spawn(move |_| loop {
                        let ticket = take_ticket.lock().map(|t| t.recv());
                        if !matches!(ticket, Ok(Ok(()))) {
                            return;
                        }
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(input) = inputs.get(i) else {
                            return;
                        };
                        if done.send((i, one(input))).is_err() {
                            return;
                        }
                    });
                }
            });
        });
        let mut waiting = BTreeMap::new();
        let mut expected = 0;
        for (i, outcome) in finished {
            waiting.insert(i, outcome);
            while let Some(outcome) = waiting.remove(&expected) {
                sink(outcome);
                expected += 1;
                // The workers may all have stopped, with no one to take it.
                let _ = give_ticket.try_send(());
            }
        }
    });
}
