//! Stats: where a build's CPU time goes, stage by stage, and what the
//! process used in all (CPU seconds, peak memory), for `build --stats` and
//! the `bench` command.
//!
//! Stage times are thread CPU time (not wall time), summed over all
//! threads, so they stay meaningful when other work shares the machine.
//! Counters are process-wide atomics: the pipeline's worker threads add to
//! them without coordination.

use std::sync::atomic::{AtomicU64, Ordering};

use serde::{Deserialize, Serialize};

/// A timed part of the pipeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Reading files, hashing, decoding, HTML to text.
    Ingest,
    /// All of cleaning, t2s included (see [`StageSeconds::clean`]).
    Clean,
    /// OpenCC traditional-to-simplified conversion, inside cleaning.
    T2s,
    Segment,
    Extract,
    /// Writing the tables and the stored records of the generation.
    Tables,
}

const STAGES: usize = 6;

static STAGE_NANOS: [AtomicU64; STAGES] = [const { AtomicU64::new(0) }; STAGES];

/// Runs `f`, adding the calling thread's CPU time to `stage`.
pub fn timed<T>(stage: Stage, f: impl FnOnce() -> T) -> T {
    let start = thread_cpu_nanos();
    let out = f();
    STAGE_NANOS[stage as usize].fetch_add(thread_cpu_nanos() - start, Ordering::Relaxed);
    out
}

fn stage_seconds(stage: Stage) -> f64 {
    STAGE_NANOS[stage as usize].load(Ordering::Relaxed) as f64 / 1e9
}

/// CPU time the calling thread has used, in nanoseconds.
pub fn thread_cpu_nanos() -> u64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid, writable timespec; the clock id is a constant.
    let rc = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    if rc != 0 {
        return 0;
    }
    ts.tv_sec as u64 * 1_000_000_000 + ts.tv_nsec as u64
}

/// What the whole process has used so far.
#[derive(Debug, Clone, Copy, Default)]
pub struct ProcessUsage {
    pub user_seconds: f64,
    pub system_seconds: f64,
    pub peak_rss_bytes: u64,
}

/// getrusage(RUSAGE_SELF): CPU seconds of all threads and peak resident memory.
pub fn process_usage() -> ProcessUsage {
    // SAFETY: getrusage fills the zeroed struct it is given.
    let mut ru: libc::rusage = unsafe { std::mem::zeroed() };
    if unsafe { libc::getrusage(libc::RUSAGE_SELF, &mut ru) } != 0 {
        return ProcessUsage::default();
    }
    let secs = |tv: libc::timeval| tv.tv_sec as f64 + tv.tv_usec as f64 / 1e6;
    ProcessUsage {
        user_seconds: secs(ru.ru_utime),
        system_seconds: secs(ru.ru_stime),
        // Linux reports kilobytes.
        peak_rss_bytes: ru.ru_maxrss as u64 * 1024,
    }
}

/// Samples the process's anonymous resident memory (`RssAnon` in
/// /proc/self/status: the heap, not mapped files) every 50 ms on a thread
/// of its own, and keeps the highest value seen. Peak RSS counts the pages
/// of memory-mapped index files the kernel may drop at will; this does not.
pub struct AnonPeak {
    peak_kb: std::sync::Arc<AtomicU64>,
}

impl AnonPeak {
    pub fn start() -> AnonPeak {
        let peak_kb = std::sync::Arc::new(AtomicU64::new(0));
        let shared = peak_kb.clone();
        std::thread::spawn(move || loop {
            if let Some(kb) = rss_anon_kb() {
                shared.fetch_max(kb, Ordering::Relaxed);
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        });
        AnonPeak { peak_kb }
    }

    pub fn peak_bytes(&self) -> u64 {
        let now = rss_anon_kb().unwrap_or(0);
        self.peak_kb.load(Ordering::Relaxed).max(now) * 1024
    }
}

fn rss_anon_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("RssAnon:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// CPU seconds per stage, summed over threads.
#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize)]
pub struct StageSeconds {
    pub ingest: f64,
    /// Cleaning without its t2s part.
    pub clean: f64,
    pub t2s: f64,
    pub segment: f64,
    pub extract: f64,
    /// What is left of the process's CPU time: tantivy's indexing thread,
    /// commit and merges (tantivy indexes on threads of its own, which the
    /// stage timers cannot see), plus start-up and the main loop.
    pub index: f64,
    pub tables: f64,
}

/// What `build --stats FILE` writes.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct BuildStats {
    pub threads: usize,
    /// CPUs the build was allowed to run on (its affinity mask): `bench`
    /// also runs a one-thread build confined to one, since a one-thread
    /// build otherwise runs tantivy's indexing thread on a second core.
    #[serde(default)]
    pub cores: usize,
    pub wall_seconds: f64,
    /// Input bytes of every document in the build, reused ones included.
    pub bytes: u64,
    /// Input bytes of the documents this build ran the pipeline on.
    pub processed_bytes: u64,
    pub documents: usize,
    pub processed: usize,
    pub reused: usize,
    pub removed: usize,
    pub rejected: usize,
    pub user_cpu_seconds: f64,
    pub system_cpu_seconds: f64,
    pub peak_rss_bytes: u64,
    /// Peak anonymous memory, sampled (see [`AnonPeak`]).
    #[serde(default)]
    pub peak_anon_bytes: u64,
    /// Bytes on disk of the new generation's tantivy index.
    pub index_bytes: u64,
    /// Bytes on disk of the records stored with it, for the next build.
    #[serde(default)]
    pub store_bytes: u64,
    pub stages: StageSeconds,
    /// CPU seconds other processes used on the machine during the build
    /// (filled in by `bench`): a busy machine shows here, not as a mystery.
    #[serde(default)]
    pub other_cpu_seconds: f64,
}

impl BuildStats {
    /// Fills in the CPU, memory and stage figures measured so far.
    pub fn measure_process(&mut self) {
        let usage = process_usage();
        self.user_cpu_seconds = usage.user_seconds;
        self.system_cpu_seconds = usage.system_seconds;
        self.peak_rss_bytes = usage.peak_rss_bytes;
        let t2s = stage_seconds(Stage::T2s);
        let mut s = StageSeconds {
            ingest: stage_seconds(Stage::Ingest),
            clean: (stage_seconds(Stage::Clean) - t2s).max(0.0),
            t2s,
            segment: stage_seconds(Stage::Segment),
            extract: stage_seconds(Stage::Extract),
            index: 0.0,
            tables: stage_seconds(Stage::Tables),
        };
        let measured = s.ingest + s.clean + s.t2s + s.segment + s.extract + s.tables;
        s.index = (self.cpu_seconds() - measured).max(0.0);
        self.stages = s;
    }

    pub fn cpu_seconds(&self) -> f64 {
        self.user_cpu_seconds + self.system_cpu_seconds
    }
}

/// CPU seconds the whole machine has been busy since boot, all cores
/// (the first line of /proc/stat); `None` where there is no /proc.
pub fn machine_busy_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/stat").ok()?;
    let fields: Vec<f64> = stat
        .lines()
        .next()?
        .split_whitespace()
        .skip(1)
        .filter_map(|f| f.parse().ok())
        .collect();
    // user nice system idle iowait irq softirq steal: all but idle and iowait.
    let busy: f64 = fields
        .iter()
        .take(8)
        .enumerate()
        .filter(|(i, _)| *i != 3 && *i != 4)
        .map(|(_, v)| v)
        .sum();
    // SAFETY: sysconf only reads a constant.
    let ticks = unsafe { libc::sysconf(libc::_SC_CLK_TCK) };
    (ticks > 0).then(|| busy / ticks as f64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timed_adds_cpu_time_to_its_stage() {
        let before = stage_seconds(Stage::Extract);
        let n = timed(Stage::Extract, || {
            (0..2_000_000u64).map(|i| i ^ (i >> 3)).sum::<u64>()
        });
        assert!(n > 0);
        assert!(stage_seconds(Stage::Extract) >= before);
        assert!(process_usage().peak_rss_bytes > 0);
    }
}
