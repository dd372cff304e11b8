//! The `zhengce` command line (contract: SCHEMA.md): build, extract,
//! search, clean, table, and bench (BENCHMARKS.md).

use std::collections::BTreeMap;
use std::fs;
use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{bail, Context, Result};
use clap::{Parser, Subcommand, ValueEnum};
use indicatif::{ProgressBar, ProgressStyle};

use rayon::prelude::*;
use zhengce::ingest::{self, Rejection};
use zhengce::model::NoiseCounts;
use zhengce::pipeline::{self, Outcome, Resources};
use zhengce::stats::{self, BuildStats, Stage};
use zhengce::store::Store;
use zhengce::tables::{self, Format, TableName, TableWriter};
use zhengce::{bench, clean, index};

#[derive(Parser)]
#[command(
    name = "zhengce",
    version,
    about = "Clean, extract and index Chinese policy press releases"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run the whole pipeline over a corpus: index, tables and a summary.
    Build {
        /// The corpus folder.
        #[arg(default_value = "corpus")]
        corpus: PathBuf,
        /// Where the search index goes.
        #[arg(long, default_value = "index")]
        index: PathBuf,
        /// Where documents.jsonl and the CSV tables go.
        #[arg(long, default_value = "out")]
        out: PathBuf,
        /// Worker threads (default: all cores).
        #[arg(long)]
        jobs: Option<usize>,
        /// Start CSV files with a UTF-8 BOM, for Excel.
        #[arg(long)]
        bom: bool,
        /// Run every document through the pipeline, reusing nothing from the last build.
        #[arg(long)]
        full: bool,
        /// Write timing and memory figures as JSON to this file (for `bench`).
        #[arg(long, hide = true)]
        stats: Option<PathBuf>,
    },
    /// Print one JSON record per document (JSON Lines), in input order.
    Extract {
        /// Files, folders (walked recursively) or - for standard input.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Worker threads (default: all cores).
        #[arg(long)]
        jobs: Option<usize>,
    },
    /// Full-text search; either script finds both.
    Search {
        query: String,
        #[arg(long, default_value = "index")]
        index: PathBuf,
        #[arg(long, default_value_t = 10)]
        limit: usize,
        /// Print the results as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Print the cleaned text of one document.
    Clean {
        path: PathBuf,
        /// The script to print the text in.
        #[arg(long, value_enum, default_value_t = ScriptChoice::Simplified)]
        script: ScriptChoice,
        /// Show what was removed and why, line by line.
        #[arg(long)]
        explain: bool,
    },
    /// Measure build speed, memory, incremental rebuilds and query latency
    /// on a generated corpus (see BENCHMARKS.md).
    Bench {
        /// Corpus size to generate: 200MB, 1GB, …
        #[arg(long, default_value = "200MB", value_parser = bench::parse_size)]
        size: u64,
        /// The seed documents the generated corpus is made from.
        #[arg(long, default_value = "corpus")]
        corpus: PathBuf,
        /// Where the generated corpus, index and tables go (kept between runs).
        #[arg(long, default_value = "target/bench")]
        work: PathBuf,
        /// Thread counts for the full builds, comma-separated.
        #[arg(long, default_value = "1,2", value_delimiter = ',')]
        threads: Vec<usize>,
        /// How many queries the latency benchmark runs.
        #[arg(long, default_value_t = 1000)]
        queries: usize,
        /// Seed of the corpus and query generators.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Print the figures as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Print a table of the last build.
    Table {
        #[arg(value_enum)]
        table: TableName,
        #[arg(long, default_value = "out")]
        out: PathBuf,
        #[arg(long, value_enum, default_value_t = Format::Csv)]
        format: Format,
        /// Start CSV output with a UTF-8 BOM, for Excel.
        #[arg(long)]
        bom: bool,
    },
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ScriptChoice {
    Simplified,
    Original,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("zhengce: {e:#}");
            ExitCode::from(1)
        }
    }
}

fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::Build {
            corpus,
            index,
            out,
            jobs,
            bom,
            full,
            stats,
        } => {
            set_jobs(jobs);
            build(&BuildArgs {
                corpus,
                index_dir: index,
                out,
                bom,
                full,
                stats,
            })
        }
        Command::Extract { paths, jobs } => {
            set_jobs(jobs);
            extract(&paths)
        }
        Command::Search {
            query,
            index,
            limit,
            json,
        } => search(&query, &index, limit, json),
        Command::Clean {
            path,
            script,
            explain,
        } => clean_one(path, script, explain),
        Command::Bench {
            size,
            corpus,
            work,
            threads,
            queries,
            seed,
            json,
        } => {
            let report = bench::run(&bench::Options {
                size,
                seed,
                corpus,
                work,
                threads,
                queries,
            })?;
            let mut s = if json {
                serde_json::to_string_pretty(&report)?
            } else {
                bench::render(&report)
            };
            s.push('\n');
            write_stdout(s.as_bytes())?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Table {
            table,
            out,
            format,
            bom,
        } => {
            let s = tables::print(&out, table, format, bom)?;
            write_stdout(s.as_bytes())?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn set_jobs(jobs: Option<usize>) {
    if let Some(n) = jobs {
        // Fails only if a pool exists already, which cannot happen this early.
        let _ = rayon::ThreadPoolBuilder::new()
            .num_threads(n.max(1))
            .build_global();
    }
}

/// Writes to stdout; a closed pipe (`| head`) ends the program quietly.
fn write_stdout(bytes: &[u8]) -> Result<()> {
    let mut out = io::stdout().lock();
    match out.write_all(bytes).and_then(|_| out.flush()) {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => std::process::exit(0),
        r => r.context("writing to stdout"),
    }
}

fn report(rejection: &Rejection) {
    eprintln!("zhengce: skipped {rejection}");
}

fn extract(paths: &[PathBuf]) -> Result<ExitCode> {
    let (inputs, mut rejected) = ingest::discover(paths);
    rejected.iter().for_each(report);
    let mut ok = 0usize;
    let mut failure = None;
    pipeline::run(&inputs, |result| {
        if failure.is_some() {
            return;
        }
        match result {
            Ok(p) => {
                let mut line = p.json;
                line.push(b'\n');
                if let Err(e) = write_stdout(&line) {
                    failure = Some(e);
                }
                ok += 1;
            }
            Err(r) => {
                report(&r);
                rejected.push(r);
            }
        }
    });
    if let Some(e) = failure {
        return Err(e);
    }
    Ok(if ok == 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

struct BuildArgs {
    corpus: PathBuf,
    index_dir: PathBuf,
    out: PathBuf,
    bom: bool,
    full: bool,
    stats: Option<PathBuf>,
}

/// What a build did, for its summary.
#[derive(Default)]
struct BuildTally {
    /// Nothing changed since the last build, which was kept as it was.
    kept: bool,
    documents: usize,
    bytes: usize,
    processed: usize,
    processed_bytes: usize,
    reused: usize,
    removed: usize,
    noise: NoiseCounts,
}

fn build(args: &BuildArgs) -> Result<ExitCode> {
    let BuildArgs {
        corpus,
        index_dir,
        out,
        ..
    } = args;
    if !corpus.exists() {
        bail!("corpus {} does not exist", corpus.display());
    }
    let started = Instant::now();
    let anon_peak = args.stats.as_ref().map(|_| stats::AnonPeak::start());
    let (inputs, mut rejected) = ingest::discover(std::slice::from_ref(corpus));
    rejected.iter().for_each(report);
    index::remove_stale_generations(index_dir);
    let base = if args.full {
        None
    } else {
        live_store(index_dir)
    };
    if let Some((generation, store)) = &base {
        let stamp = fs::read_to_string(out.join(TABLES_STAMP)).unwrap_or_default();
        let tables_match = stamp == generation_name(generation);
        let unchanged = tables_match
            .then(|| unchanged_corpus(&inputs, &rejected, store, out, args.bom))
            .flatten();
        if let Some(tally) = unchanged {
            print_summary(&tally, started, &rejected, index_dir, out);
            if let Some(path) = &args.stats {
                let (store_bytes, index_bytes) = index::folder_bytes(generation);
                let sizes = (index_bytes, store_bytes);
                write_stats(path, &tally, rejected.len(), sizes, started, anon_peak)?;
            }
            return Ok(ExitCode::SUCCESS);
        }
    }
    let mut builder = index::IndexBuilder::create(
        index_dir,
        base.as_ref().map(|(dir, store)| (dir.as_path(), store)),
    )?;
    let previous = base.as_ref().map(|(_, store)| store);
    let mut tables = TableWriter::create(out, args.bom)?;
    let bar = progress_bar(inputs.len() as u64);
    let mut tally = BuildTally::default();
    let mut error = None;
    pipeline::run_reusing(
        &inputs,
        |path, id| previous.is_some_and(|store| store.has(path, id)),
        |outcome| {
            bar.inc(1);
            if error.is_some() {
                return;
            }
            let added = match outcome {
                Outcome::Processed(p) => {
                    tally.processed += 1;
                    tally.processed_bytes += p.bytes;
                    tally.bytes += p.bytes;
                    tally.noise.add(&p.record.noise);
                    stats::timed(Stage::Tables, || tables.add(&p.record, &p.json))
                        .and_then(|_| builder.add(&p.record, p.precut, &p.json))
                }
                Outcome::Unchanged(u) => {
                    tally.reused += 1;
                    tally.bytes += u.bytes;
                    let store = previous.expect("only a stored document is unchanged");
                    store.read(&u.path).and_then(|stored| {
                        tally.noise.add(&stored.record.noise);
                        stats::timed(Stage::Tables, || tables.add(&stored.record, &stored.json))
                            .and_then(|_| builder.keep(&u.path, &u.id, &stored.json))
                    })
                }
                Outcome::Rejected(r) => {
                    bar.suspend(|| report(&r));
                    rejected.push(r);
                    return;
                }
            };
            tally.documents += 1;
            if let Err(e) = added {
                error = Some(e);
            }
        },
    );
    bar.finish_and_clear();
    if let Some(e) = error {
        return Err(e.context("the previous index and tables are unchanged"));
    }
    if tally.documents == 0 {
        eprintln!(
            "zhengce: no document in {} could be read; the previous index is unchanged",
            corpus.display()
        );
        print_summary(&tally, started, &rejected, index_dir, out);
        return Ok(ExitCode::from(1));
    }
    let committed = builder.commit()?;
    tally.removed = committed.removed;
    stats::timed(Stage::Tables, || tables.finish())?;
    if let Some(generation) = index::live_generation(index_dir) {
        // Which build the tables belong to, so an unchanged corpus can keep them.
        fs::write(out.join(TABLES_STAMP), generation_name(&generation))
            .with_context(|| format!("writing {}", out.join(TABLES_STAMP).display()))?;
    }
    print_summary(&tally, started, &rejected, index_dir, out);
    if let Some(path) = &args.stats {
        let sizes = (committed.index_bytes, committed.store_bytes);
        write_stats(path, &tally, rejected.len(), sizes, started, anon_peak)?;
    }
    Ok(ExitCode::SUCCESS)
}

/// Writes `build --stats`: the tally, the index and store sizes, and what
/// the process used.
fn write_stats(
    path: &Path,
    tally: &BuildTally,
    rejected: usize,
    (index_bytes, store_bytes): (u64, u64),
    started: Instant,
    anon_peak: Option<stats::AnonPeak>,
) -> Result<()> {
    let mut figures = BuildStats {
        threads: rayon::current_num_threads(),
        cores: std::thread::available_parallelism().map_or(0, |n| n.get()),
        wall_seconds: started.elapsed().as_secs_f64(),
        bytes: tally.bytes as u64,
        processed_bytes: tally.processed_bytes as u64,
        documents: tally.documents,
        processed: tally.processed,
        reused: tally.reused,
        removed: tally.removed,
        rejected,
        index_bytes,
        store_bytes,
        peak_anon_bytes: anon_peak.map_or(0, |p| p.peak_bytes()),
        ..BuildStats::default()
    };
    figures.measure_process();
    fs::write(path, serde_json::to_vec_pretty(&figures)?)
        .with_context(|| format!("writing {}", path.display()))
}

/// The file in `out/` naming the index generation its tables were written
/// with.
const TABLES_STAMP: &str = ".generation";

fn generation_name(generation: &Path) -> String {
    generation
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// The tally of a build with nothing to do, if that is what this one is:
/// every file of the corpus is stored in the live generation with the same
/// bytes (and the same pipeline, or the store would not have opened), none
/// was removed or failed, and `out/` holds the tables written with that
/// generation (its stamp says so), with the same BOM choice. Then the live index and tables stay as they are: reading and
/// hashing the corpus is all the build does.
fn unchanged_corpus(
    inputs: &[ingest::Input],
    rejected: &[Rejection],
    store: &Store,
    out: &Path,
    bom: bool,
) -> Option<BuildTally> {
    let tables = [
        "documents.jsonl",
        "targets.csv",
        "counts.csv",
        "citations.csv",
    ];
    let mut head = [0u8; 3];
    let has_bom = fs::File::open(out.join("targets.csv"))
        .and_then(|mut f| io::Read::read_exact(&mut f, &mut head))
        .is_ok_and(|_| head == [0xEF, 0xBB, 0xBF]);
    let untouched = rejected.is_empty()
        && store.paths().count() == inputs.len()
        && tables.iter().all(|t| out.join(t).is_file())
        && has_bom == bom;
    if !untouched {
        return None;
    }
    let bytes = stats::timed(Stage::Ingest, || {
        inputs
            .par_iter()
            .map(|input| match ingest::read(input) {
                Ok(raw) if store.has(&raw.path, &raw.id) => Some(raw.bytes.len()),
                _ => None,
            })
            .sum::<Option<usize>>()
    })?;
    Some(BuildTally {
        kept: true,
        documents: inputs.len(),
        bytes,
        reused: inputs.len(),
        ..BuildTally::default()
    })
}

/// The live generation's folder and stored results, when they can be
/// reused. A store that cannot be read only costs a full build.
fn live_store(index_dir: &Path) -> Option<(PathBuf, Store)> {
    let dir = index::live_generation(index_dir)?;
    match Store::open(&dir) {
        Ok(store) => store.map(|s| (dir, s)),
        Err(e) => {
            eprintln!("zhengce: cannot reuse the last build ({e:#}); building everything");
            None
        }
    }
}

fn progress_bar(len: u64) -> ProgressBar {
    if !io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(len);
    bar.set_style(
        ProgressStyle::with_template("{bar:40} {pos}/{len} documents  {elapsed} (eta {eta})")
            .expect("valid template"),
    );
    bar
}

fn print_summary(
    tally: &BuildTally,
    started: Instant,
    rejected: &[Rejection],
    index_dir: &Path,
    out: &Path,
) {
    let secs = started.elapsed().as_secs_f64().max(1e-9);
    let mb = tally.bytes as f64 / 1e6;
    let noise = &tally.noise;
    let mut s = String::new();
    s.push_str(&format!(
        "zhengce build: {} documents, {mb:.2} MB in {secs:.2} s ({:.2} MB/s)\n",
        tally.documents,
        mb / secs
    ));
    s.push_str(&format!(
        "  processed {}, reused from the last build {}, removed {}\n",
        tally.processed, tally.reused, tally.removed
    ));
    s.push_str(&format!(
        "  index: {}   tables: {}\n",
        index_dir.display(),
        out.display()
    ));
    if tally.kept {
        s.push_str(
            "  nothing changed since the last build: its index and tables are kept as they are\n",
        );
    } else {
        s.push_str(&format!(
            "  noise removed: pinyin {}, injected {}, mojibake repaired {}, mojibake dropped {}, boilerplate lines {}\n",
            noise.pinyin, noise.injected, noise.mojibake_repaired, noise.mojibake_dropped, noise.boilerplate_lines
        ));
    }
    if rejected.is_empty() {
        s.push_str("  failed: none\n");
    } else {
        let mut by_kind: BTreeMap<&str, Vec<&Rejection>> = BTreeMap::new();
        for r in rejected {
            by_kind.entry(r.reason.kind()).or_default().push(r);
        }
        s.push_str(&format!("  failed: {}\n", rejected.len()));
        for (kind, list) in by_kind {
            s.push_str(&format!("    {kind}: {}\n", list.len()));
            for r in list.iter().take(5) {
                s.push_str(&format!("      {r}\n"));
            }
            if list.len() > 5 {
                s.push_str(&format!("      … and {} more\n", list.len() - 5));
            }
        }
    }
    let _ = write_stdout(s.as_bytes());
}

fn search(query: &str, index_dir: &Path, limit: usize, json: bool) -> Result<ExitCode> {
    let res = Resources::get();
    let idx = index::open(index_dir)?;
    let results = index::search(&idx, query, limit, res)?;
    let mut s = String::new();
    if json {
        s = serde_json::to_string(&results)?;
        s.push('\n');
    } else {
        s.push_str(&format!(
            "{} documents match {}\n",
            results.total, results.query
        ));
        for (i, h) in results.hits.iter().enumerate() {
            s.push_str(&format!(
                "{:>3}. {}  [{}]  {}{}\n     {}\n",
                i + 1,
                h.title.as_deref().unwrap_or("(untitled)"),
                h.path,
                h.date.as_deref().unwrap_or(""),
                h.region
                    .as_deref()
                    .map(|r| format!(" {r}"))
                    .unwrap_or_default(),
                h.snippet.replace('\n', " ")
            ));
        }
    }
    write_stdout(s.as_bytes())?;
    Ok(ExitCode::SUCCESS)
}

fn clean_one(path: PathBuf, script: ScriptChoice, explain: bool) -> Result<ExitCode> {
    let input = if path.as_os_str() == "-" {
        ingest::Input::Stdin
    } else {
        ingest::Input::File(path)
    };
    let raw = match ingest::load(&input) {
        Ok(raw) => raw,
        Err(r) => {
            report(&r);
            return Ok(ExitCode::from(1));
        }
    };
    let res = Resources::get();
    let cleaned = clean::clean(&raw.text, res);
    let mut s = String::new();
    if explain {
        for line in &cleaned.explain {
            s.push_str(line);
            s.push('\n');
        }
        s.push_str("---\n");
    }
    match script {
        ScriptChoice::Simplified => s.push_str(&cleaned.text),
        ScriptChoice::Original => s.push_str(&cleaned.original),
    }
    s.push('\n');
    write_stdout(s.as_bytes())?;
    Ok(ExitCode::SUCCESS)
}
