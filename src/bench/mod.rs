//! Bench: the corpus-scale speed and memory benchmark (`zhengce bench`).
//!
//! One run generates (or reuses) a benchmark corpus of the asked size
//! ([`corpus`]), measures jieba-rs alone on the same text (the floor the
//! pipeline cannot beat), runs the real `build` as a child process for each
//! thread count (so CPU time and peak memory are the build's own, read
//! from its `--stats` file) and once more on one thread confined to one
//! core, then an unchanged rebuild and a rebuild with
//! 1% of the documents changed, and last the query latency against the
//! index ([`queries`]). It prints a table, or JSON with `--json`.

pub mod corpus;
pub mod queries;

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use anyhow::{bail, Context, Result};
use serde::{Deserialize, Serialize};

use crate::ingest;
use crate::pipeline::Resources;
use crate::stats::{self, BuildStats};
use corpus::Sources;
use queries::Latency;

/// What to measure.
pub struct Options {
    /// Bytes of corpus to generate.
    pub size: u64,
    pub seed: u64,
    /// The seed documents.
    pub corpus: PathBuf,
    /// Where the generated corpus, index and tables go.
    pub work: PathBuf,
    pub threads: Vec<usize>,
    pub queries: usize,
}

/// jieba-rs alone over the benchmark text, on one thread.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Floor {
    pub bytes: u64,
    pub cpu_seconds: f64,
}

/// The incremental rebuilds.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Rebuilds {
    /// Nothing changed since the full build.
    pub unchanged: BuildStats,
    /// How many documents were rewritten before `changed`.
    pub documents_changed: usize,
    pub changed: BuildStats,
}

/// Everything one run measured.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Report {
    pub corpus_dir: PathBuf,
    pub documents: usize,
    pub bytes: u64,
    pub seed: u64,
    pub floor: Floor,
    /// One full build per thread count, in the order asked, then (when
    /// one thread was asked) one thread confined to one core.
    pub builds: Vec<BuildStats>,
    pub rebuilds: Rebuilds,
    pub latency: Latency,
}

/// Parses `200MB`, `1GB`, `500kB` or a plain byte count (decimal units,
/// as the build summary counts MB).
pub fn parse_size(s: &str) -> Result<u64, String> {
    let t = s.trim();
    let split = t
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(t.len());
    let (number, unit) = t.split_at(split);
    let number: f64 = number
        .parse()
        .map_err(|_| format!("not a size: {s} (try 200MB or 1GB)"))?;
    let scale = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1.0,
        "kb" | "k" => 1e3,
        "mb" | "m" => 1e6,
        "gb" | "g" => 1e9,
        _ => return Err(format!("unknown unit in {s} (use kB, MB or GB)")),
    };
    Ok((number * scale) as u64)
}

/// Runs the whole benchmark.
pub fn run(opts: &Options) -> Result<Report> {
    if opts.threads.is_empty() {
        bail!("--threads needs at least one thread count");
    }
    let res = Resources::get();
    let sources = Sources::load(&opts.corpus, res)?;
    let corpus_dir = opts
        .work
        .join(format!("corpus-{}-seed{}", opts.size, opts.seed));
    eprintln!("bench: generating {} …", corpus_dir.display());
    let generated = corpus::generate(&sources, opts.seed, opts.size, &corpus_dir)?;

    eprintln!("bench: jieba alone on 1 thread …");
    let floor = jieba_floor(&generated.dir)?;

    let index_dir = opts.work.join("index");
    let out_dir = opts.work.join("out");
    let stats_file = opts.work.join("build-stats.json");
    let build = |threads: usize, full: bool, one_core: bool| -> Result<BuildStats> {
        let mut cmd = Command::new(std::env::current_exe()?);
        if one_core {
            confine_to_one_core(&mut cmd);
        }
        cmd.arg("build")
            .arg(&generated.dir)
            .arg("--index")
            .arg(&index_dir)
            .arg("--out")
            .arg(&out_dir)
            .arg("--jobs")
            .arg(threads.to_string())
            .arg("--stats")
            .arg(&stats_file);
        if full {
            cmd.arg("--full");
        }
        let busy_before = stats::machine_busy_seconds();
        let status = cmd
            .stdout(Stdio::null())
            .status()
            .context("running zhengce build")?;
        if !status.success() {
            bail!("zhengce build failed ({status})");
        }
        let mut figures: BuildStats = serde_json::from_slice(&fs::read(&stats_file)?)?;
        if let (Some(before), Some(after)) = (busy_before, stats::machine_busy_seconds()) {
            figures.other_cpu_seconds = (after - before - figures.cpu_seconds()).max(0.0);
        }
        Ok(figures)
    };
    let mut builds = Vec::new();
    for &threads in &opts.threads {
        eprintln!("bench: full build, {threads} thread(s) …");
        builds.push(build(threads, true, false)?);
    }
    if opts.threads.contains(&1) {
        eprintln!("bench: full build, 1 thread confined to one core …");
        builds.push(build(1, true, true)?);
    }
    let threads = *opts.threads.iter().max().expect("checked non-empty");
    eprintln!("bench: rebuild, nothing changed …");
    let unchanged = build(threads, false, false)?;
    let changed_docs = changed_documents(generated.documents);
    eprintln!("bench: rebuild, {} documents changed …", changed_docs.len());
    for &n in &changed_docs {
        corpus::write_document(&sources, opts.seed, n, 1, &generated.dir)?;
    }
    let changed = build(threads, false, false);
    // Put the originals back whatever happened, so the corpus matches its marker.
    for &n in &changed_docs {
        corpus::write_document(&sources, opts.seed, n, 0, &generated.dir)?;
    }
    let changed = changed?;

    eprintln!("bench: {} queries …", opts.queries);
    let query_list = queries::make(&sources, res, opts.queries, opts.seed);
    let latency = queries::measure(&index_dir, &query_list, res)?;
    Ok(Report {
        corpus_dir: generated.dir.clone(),
        documents: generated.documents,
        bytes: generated.bytes,
        seed: opts.seed,
        floor,
        builds,
        rebuilds: Rebuilds {
            unchanged,
            documents_changed: changed_docs.len(),
            changed,
        },
        latency,
    })
}

/// Reads one stage's CPU seconds from a build's figures.
type StageSeconds = fn(&BuildStats) -> f64;

/// Makes `cmd` run on the first CPU it may use, and only there. A build
/// with `--jobs 1` still runs tantivy's indexing thread and the sink
/// beside its one worker, on the second core: it is not a one-core
/// baseline for what a second core adds.
fn confine_to_one_core(cmd: &mut Command) {
    use std::os::unix::process::CommandExt;
    // SAFETY: between fork and exec the closure only calls the two
    // async-signal-safe syscalls and touches its own stack.
    unsafe {
        cmd.pre_exec(|| {
            let mut set: libc::cpu_set_t = std::mem::zeroed();
            let size = std::mem::size_of::<libc::cpu_set_t>();
            if libc::sched_getaffinity(0, size, &mut set) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            let first = (0..libc::CPU_SETSIZE as usize)
                .find(|&cpu| libc::CPU_ISSET(cpu, &set))
                .unwrap_or(0);
            libc::CPU_ZERO(&mut set);
            libc::CPU_SET(first, &mut set);
            if libc::sched_setaffinity(0, size, &set) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
}

/// 1% of the documents (at least one), spread evenly over the corpus.
fn changed_documents(documents: usize) -> Vec<usize> {
    let count = (documents / 100).max(1);
    let step = documents / count;
    (0..count).map(|k| k * step).collect()
}

/// Segments every generated document, decoded, as the pipeline does
/// (`Segmenter::precut`), timing only the segmentation.
fn jieba_floor(dir: &Path) -> Result<Floor> {
    let res = Resources::get();
    let (inputs, _) = ingest::discover(&[dir.to_path_buf()]);
    let mut floor = Floor::default();
    let mut nanos = 0u64;
    for input in &inputs {
        let Ok(doc) = ingest::load(input) else {
            continue;
        };
        let start = stats::thread_cpu_nanos();
        let precut = res.segmenter.precut(&doc.text);
        nanos += stats::thread_cpu_nanos() - start;
        std::hint::black_box(precut);
        floor.bytes += doc.bytes as u64;
    }
    floor.cpu_seconds = nanos as f64 / 1e9;
    Ok(floor)
}

fn mb(bytes: u64) -> f64 {
    bytes as f64 / 1e6
}

/// CPU seconds per MB of input.
fn per_mb(seconds: f64, bytes: u64) -> f64 {
    seconds / mb(bytes).max(1e-9)
}

/// MB per second.
fn rate(bytes: u64, seconds: f64) -> f64 {
    mb(bytes) / seconds.max(1e-9)
}

/// The report as a table, with the bars.
pub fn render(r: &Report) -> String {
    let mut s = String::new();
    let floor_cpu_mb = per_mb(r.floor.cpu_seconds, r.floor.bytes);
    let _ = writeln!(
        s,
        "corpus: {} documents, {:.1} MB (seed {}) in {}",
        r.documents,
        mb(r.bytes),
        r.seed,
        r.corpus_dir.display()
    );
    let _ = writeln!(
        s,
        "jieba alone, 1 thread: {:.2} MB/s, {:.3} CPU-s/MB\n",
        rate(r.floor.bytes, r.floor.cpu_seconds),
        floor_cpu_mb
    );
    let mut row = |name: &str, cell: &dyn Fn(&BuildStats) -> String| {
        let _ = write!(s, "| {name} |");
        for b in &r.builds {
            let _ = write!(s, " {} |", cell(b));
        }
        s.push('\n');
    };
    row("full build", &|b| {
        format!("{} thread(s), {} core(s)", b.threads, b.cores)
    });
    row("---", &|_| "---".into());
    row("wall s", &|b| format!("{:.1}", b.wall_seconds));
    row("MB/s end to end", &|b| {
        format!("{:.2}", rate(b.bytes, b.wall_seconds))
    });
    row("CPU-s/MB (× jieba)", &|b| {
        let c = per_mb(b.cpu_seconds(), b.bytes);
        format!("{c:.3} ({:.1}×)", c / floor_cpu_mb.max(1e-9))
    });
    row("other processes' CPU-s meanwhile", &|b| {
        format!("{:.1}", b.other_cpu_seconds)
    });
    row("peak RSS MB (anonymous)", &|b| {
        format!("{:.0} ({:.0})", mb(b.peak_rss_bytes), mb(b.peak_anon_bytes))
    });
    row("index MB", &|b| format!("{:.0}", mb(b.index_bytes)));
    row("stored records MB", &|b| {
        format!("{:.0}", mb(b.store_bytes))
    });
    let stages: [(&str, StageSeconds); 7] = [
        ("ingest", |b| b.stages.ingest),
        ("clean (without t2s)", |b| b.stages.clean),
        ("t2s", |b| b.stages.t2s),
        ("segment", |b| b.stages.segment),
        ("extract", |b| b.stages.extract),
        ("index (and the rest)", |b| b.stages.index),
        ("tables and store", |b| b.stages.tables),
    ];
    for (name, seconds) in stages {
        row(&format!("{name}: MB per CPU-s"), &|b| {
            format!("{:.1}", rate(b.bytes, seconds(b)))
        });
    }
    let rb = &r.rebuilds;
    let full = r
        .builds
        .iter()
        .find(|b| b.threads == rb.unchanged.threads)
        .unwrap_or(&rb.unchanged);
    let _ = writeln!(
        s,
        "\nrebuild, nothing changed ({} threads): {:.2} s, {:.1}× faster than the full build; processed {}, reused {}",
        rb.unchanged.threads,
        rb.unchanged.wall_seconds,
        full.wall_seconds / rb.unchanged.wall_seconds.max(1e-9),
        rb.unchanged.processed,
        rb.unchanged.reused
    );
    let _ = writeln!(
        s,
        "rebuild, {} documents changed: {:.2} s; processed {}, reused {}, removed {}",
        rb.documents_changed,
        rb.changed.wall_seconds,
        rb.changed.processed,
        rb.changed.reused,
        rb.changed.removed
    );
    let l = &r.latency;
    let _ = writeln!(
        s,
        "queries: {} warm (top 10 with snippets), {} with hits: p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms, mean {:.2} ms",
        l.queries, l.with_hits, l.p50_ms, l.p99_ms, l.max_ms, l.mean_ms
    );
    s.push_str("\nbars (issue 5):\n");
    for (bar, measured, met) in bars(r) {
        let verdict = match met {
            Some(true) => "met",
            Some(false) => "NOT MET",
            None => "not measured by this run",
        };
        let _ = writeln!(s, "  {bar}: {measured} — {verdict}");
    }
    s
}

/// How much faster the first two-thread build ran than the one-thread
/// build confined to one core, and than the first one-thread build free
/// to use every core.
fn two_thread_speedups(builds: &[BuildStats]) -> (Option<f64>, Option<f64>) {
    let two = builds.iter().find(|b| b.threads == 2);
    let speedup = |one: Option<&BuildStats>| {
        one.zip(two)
            .map(|(one, two)| one.wall_seconds / two.wall_seconds.max(1e-9))
    };
    let one_core = builds.iter().find(|b| b.threads == 1 && b.cores == 1);
    let one_thread = builds.iter().find(|b| b.threads == 1);
    (speedup(one_core), speedup(one_thread))
}

/// Each bar of the issue: what it asks, what this run measured, whether met.
fn bars(r: &Report) -> Vec<(&'static str, String, Option<bool>)> {
    let floor = per_mb(r.floor.cpu_seconds, r.floor.bytes);
    let by_threads = |n: usize| r.builds.iter().find(|b| b.threads == n);
    let mut out = Vec::new();
    let worst_ratio = r
        .builds
        .iter()
        .map(|b| per_mb(b.cpu_seconds(), b.bytes) / floor.max(1e-9))
        .fold(0.0, f64::max);
    out.push((
        "build CPU-s/MB <= 3x jieba alone",
        format!("{worst_ratio:.1}x"),
        Some(worst_ratio <= 3.0),
    ));
    let two = by_threads(2).map(|b| rate(b.bytes, b.wall_seconds));
    out.push((
        "build >= 20 MB/s with 2 threads on 200 MB",
        two.map_or("-".into(), |v| {
            format!("{v:.2} MB/s on {:.0} MB", mb(r.bytes))
        }),
        two.map(|v| v >= 20.0 && r.bytes >= 200_000_000),
    ));
    let (over_core, over_jobs) = two_thread_speedups(&r.builds);
    out.push((
        "2 threads >= 1.7x 1 thread",
        format!(
            "{} the build on one core ({} the --jobs 1 build, whose indexing thread has the second core)",
            over_core.map_or("-".into(), |v| format!("{v:.2}x")),
            over_jobs.map_or("-".into(), |v| format!("{v:.2}x"))
        ),
        over_core.map(|v| v >= 1.7),
    ));
    let rss = r.builds.iter().map(|b| b.peak_rss_bytes).max().unwrap_or(0);
    out.push((
        "peak RSS <= 500 MB",
        format!("{:.0} MB", mb(rss)),
        Some(rss <= 500_000_000),
    ));
    out.push((
        "peak RSS within 20% between 200 MB and 1 GB",
        "compare the runs at --size 200MB and --size 1GB".into(),
        None,
    ));
    let rb = &r.rebuilds;
    let full = by_threads(rb.unchanged.threads).map_or(0.0, |b| b.wall_seconds);
    let faster = full / rb.unchanged.wall_seconds.max(1e-9);
    out.push((
        "unchanged rebuild >= 20x faster than full build",
        format!("{faster:.1}x"),
        Some(faster >= 20.0),
    ));
    out.push((
        "changing 1% of documents re-processes only those",
        format!(
            "{} changed, {} processed",
            rb.documents_changed, rb.changed.processed
        ),
        Some(rb.changed.processed == rb.documents_changed),
    ));
    let l = &r.latency;
    out.push((
        "search p50 <= 2 ms, p99 <= 20 ms warm (1 GB index)",
        format!(
            "p50 {:.2} ms, p99 {:.2} ms on {:.0} MB",
            l.p50_ms,
            l.p99_ms,
            mb(r.bytes)
        ),
        Some(l.p50_ms <= 2.0 && l.p99_ms <= 20.0),
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_parse_in_decimal_units() {
        assert_eq!(parse_size("200MB"), Ok(200_000_000));
        assert_eq!(parse_size("1GB"), Ok(1_000_000_000));
        assert_eq!(parse_size("1.5 gb"), Ok(1_500_000_000));
        assert_eq!(parse_size("500kB"), Ok(500_000));
        assert_eq!(parse_size("4096"), Ok(4096));
        assert!(parse_size("lots").is_err());
        assert!(parse_size("3TB").is_err());
    }

    #[test]
    fn two_threads_are_compared_with_one_core_and_with_one_thread() {
        let build = |threads, cores, wall_seconds| BuildStats {
            threads,
            cores,
            wall_seconds,
            ..BuildStats::default()
        };
        let builds = [build(1, 2, 10.0), build(2, 2, 6.0), build(1, 1, 12.0)];
        let (over_core, over_jobs) = two_thread_speedups(&builds);
        assert_eq!(over_core, Some(2.0));
        assert!((over_jobs.unwrap() - 10.0 / 6.0).abs() < 1e-9);
        assert_eq!(two_thread_speedups(&builds[..2]).0, None);
    }

    #[test]
    fn a_confined_child_may_run_on_one_cpu_only() {
        let mut cmd = Command::new("cat");
        cmd.arg("/proc/self/status");
        confine_to_one_core(&mut cmd);
        let status = String::from_utf8(cmd.output().unwrap().stdout).unwrap();
        let allowed = status
            .lines()
            .find_map(|l| l.strip_prefix("Cpus_allowed_list:"))
            .unwrap()
            .trim();
        assert!(allowed.parse::<usize>().is_ok(), "{allowed}");
    }

    #[test]
    fn one_percent_of_documents_change() {
        assert_eq!(changed_documents(50), [0]);
        let changed = changed_documents(9946);
        assert_eq!(changed.len(), 99);
        assert!(changed.iter().all(|&n| n < 9946));
    }
}
