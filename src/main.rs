//! The `zhengce` command line (contract: SCHEMA.md): build, extract,
//! search, clean, table.

use std::collections::BTreeMap;
use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{bail, Context, Result};
use clap::{Parser, Subcommand, ValueEnum};
use indicatif::{ProgressBar, ProgressStyle};

use zhengce::ingest::{self, Rejection};
use zhengce::model::NoiseCounts;
use zhengce::pipeline::{self, Resources};
use zhengce::tables::{self, Format, TableName, TableWriter};
use zhengce::{clean, index};

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
        } => {
            set_jobs(jobs);
            build(corpus, index, out, bom)
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
                let mut line = serde_json::to_vec(&p.record).expect("records serialise");
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

fn build(corpus: PathBuf, index_dir: PathBuf, out: PathBuf, bom: bool) -> Result<ExitCode> {
    if !corpus.exists() {
        bail!("corpus {} does not exist", corpus.display());
    }
    let started = Instant::now();
    let (inputs, mut rejected) = ingest::discover(std::slice::from_ref(&corpus));
    rejected.iter().for_each(report);
    let res = Resources::get();
    index::remove_stale_generations(&index_dir);
    let mut builder = index::IndexBuilder::create(&index_dir, res)?;
    let mut tables = TableWriter::create(&out, bom)?;
    let bar = progress_bar(inputs.len() as u64);
    let mut documents = 0usize;
    let mut bytes = 0usize;
    let mut noise = NoiseCounts::default();
    let mut error = None;
    pipeline::run(&inputs, |result| {
        bar.inc(1);
        if error.is_some() {
            return;
        }
        match result {
            Ok(p) => {
                documents += 1;
                bytes += p.bytes;
                noise.add(&p.record.noise);
                if let Err(e) = tables
                    .add(&p.record)
                    .and_then(|_| builder.add(&p.record, p.tokens))
                {
                    error = Some(e);
                }
            }
            Err(r) => {
                bar.suspend(|| report(&r));
                rejected.push(r);
            }
        }
    });
    bar.finish_and_clear();
    if let Some(e) = error {
        return Err(e.context("the previous index and tables are unchanged"));
    }
    if documents == 0 {
        eprintln!(
            "zhengce: no document in {} could be read; the previous index is unchanged",
            corpus.display()
        );
        print_summary(
            documents, bytes, started, &noise, &rejected, &index_dir, &out,
        );
        return Ok(ExitCode::from(1));
    }
    builder.commit()?;
    tables.finish()?;
    print_summary(
        documents, bytes, started, &noise, &rejected, &index_dir, &out,
    );
    Ok(ExitCode::SUCCESS)
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
    documents: usize,
    bytes: usize,
    started: Instant,
    noise: &NoiseCounts,
    rejected: &[Rejection],
    index_dir: &std::path::Path,
    out: &std::path::Path,
) {
    let secs = started.elapsed().as_secs_f64().max(1e-9);
    let mb = bytes as f64 / 1e6;
    let mut s = String::new();
    s.push_str(&format!(
        "zhengce build: {documents} documents, {mb:.2} MB in {secs:.2} s ({:.2} MB/s)\n",
        mb / secs
    ));
    s.push_str(&format!(
        "  index: {}   tables: {}\n",
        index_dir.display(),
        out.display()
    ));
    s.push_str(&format!(
        "  noise removed: pinyin {}, injected {}, mojibake repaired {}, mojibake dropped {}, boilerplate lines {}\n",
        noise.pinyin, noise.injected, noise.mojibake_repaired, noise.mojibake_dropped, noise.boilerplate_lines
    ));
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

fn search(query: &str, index_dir: &std::path::Path, limit: usize, json: bool) -> Result<ExitCode> {
    let res = Resources::get();
    let idx = index::open(index_dir, res)?;
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
