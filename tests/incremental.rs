//! Incremental builds, end to end: a rebuild reuses the stored results of
//! unchanged documents, re-processes changed ones, drops removed ones from
//! the index and the tables, and `--full` reuses nothing.

use std::fs;
use std::path::Path;
use std::process::Command;

use serde_json::Value;

const DOCS: &[(&str, &str)] = &[
    (
        "a.txt",
        "唐山市推进钢铁行业绿色工厂建设\n今年唐山市钢铁企业新增国家级绿色工厂十家,带动全市工业绿色发展。",
    ),
    (
        "b.txt",
        "威海市光伏产业发展情况\n威海市光伏装机容量持续增长,光伏发电成为新能源的重要组成部分。",
    ),
    (
        "c.txt",
        "重庆市氢能示范应用\n重庆市加快氢能汽车推广应用,建设加氢站网络,推动氢能产业链发展。",
    ),
];

/// The counts a build's summary reports: (processed, reused, removed).
fn build(corpus: &Path, dir: &Path, full: bool) -> (usize, usize, usize) {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_zhengce"));
    cmd.arg("build")
        .arg(corpus)
        .arg("--index")
        .arg(dir.join("index"))
        .arg("--out")
        .arg(dir.join("out"));
    if full {
        cmd.arg("--full");
    }
    let out = cmd.output().expect("binary runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let line = stdout
        .lines()
        .find(|l| l.trim_start().starts_with("processed "))
        .unwrap_or_else(|| panic!("no processed/reused line in {stdout}"));
    let numbers: Vec<usize> = line
        .split(|c: char| !c.is_ascii_digit())
        .filter_map(|n| n.parse().ok())
        .collect();
    (numbers[0], numbers[1], numbers[2])
}

/// File names of the documents a query finds.
fn found(dir: &Path, query: &str) -> Vec<String> {
    let out = Command::new(env!("CARGO_BIN_EXE_zhengce"))
        .args(["search", query, "--json", "--index"])
        .arg(dir.join("index"))
        .output()
        .expect("binary runs");
    assert!(out.status.success());
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut names: Vec<String> = v["hits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| {
            let path = h["path"].as_str().unwrap();
            Path::new(path)
                .file_name()
                .unwrap()
                .to_string_lossy()
                .to_string()
        })
        .collect();
    names.sort();
    names
}

fn documents_in_tables(dir: &Path) -> Vec<String> {
    fs::read_to_string(dir.join("out/documents.jsonl"))
        .unwrap()
        .lines()
        .map(|l| {
            let v: Value = serde_json::from_str(l).unwrap();
            v["path"]
                .as_str()
                .unwrap()
                .rsplit('/')
                .next()
                .unwrap()
                .to_string()
        })
        .collect()
}

/// A temporary folder with `DOCS` in its `corpus/`.
fn corpus_of_docs() -> (tempfile::TempDir, std::path::PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let corpus = tmp.path().join("corpus");
    fs::create_dir(&corpus).unwrap();
    for (name, text) in DOCS {
        fs::write(corpus.join(name), text).unwrap();
    }
    (tmp, corpus)
}

#[test]
fn rebuilds_reuse_unchanged_documents_and_follow_changes() {
    let (tmp, corpus) = corpus_of_docs();
    let dir = tmp.path();

    assert_eq!(build(&corpus, dir, false), (3, 0, 0), "first build");
    assert_eq!(found(dir, "光伏"), ["b.txt"]);

    assert_eq!(build(&corpus, dir, false), (0, 3, 0), "nothing changed");
    assert_eq!(found(dir, "光伏"), ["b.txt"]);
    assert_eq!(found(dir, "鋼鐵"), ["a.txt"], "traditional query");
    assert_eq!(documents_in_tables(dir), ["a.txt", "b.txt", "c.txt"]);

    fs::write(corpus.join("a.txt"), DOCS[0].1.replace("钢铁", "水泥")).unwrap();
    assert_eq!(build(&corpus, dir, false), (1, 2, 0), "one changed");
    assert_eq!(found(dir, "水泥"), ["a.txt"]);
    assert!(found(dir, "钢铁").is_empty(), "the old text is gone");
    assert_eq!(found(dir, "氢能"), ["c.txt"]);

    fs::remove_file(corpus.join("c.txt")).unwrap();
    assert_eq!(build(&corpus, dir, false), (0, 2, 1), "one removed");
    assert!(found(dir, "氢能").is_empty());
    assert_eq!(documents_in_tables(dir), ["a.txt", "b.txt"]);

    assert_eq!(build(&corpus, dir, true), (2, 0, 0), "--full");
    assert_eq!(found(dir, "水泥"), ["a.txt"]);
    assert_eq!(found(dir, "光伏"), ["b.txt"]);
}

#[test]
fn an_unchanged_corpus_keeps_the_last_build_as_it_is() {
    let (tmp, corpus) = corpus_of_docs();
    let dir = tmp.path();
    let live = || fs::read_to_string(dir.join("index/CURRENT")).unwrap();
    assert_eq!(build(&corpus, dir, false), (3, 0, 0), "first build");
    let first = live();

    assert_eq!(build(&corpus, dir, false), (0, 3, 0), "nothing changed");
    assert_eq!(live(), first, "no new generation");
    assert_eq!(found(dir, "光伏"), ["b.txt"]);

    // Tables written with another build are written again.
    fs::write(dir.join("out/.generation"), "gen-of-another-build").unwrap();
    assert_eq!(
        build(&corpus, dir, false),
        (0, 3, 0),
        "tables of another build"
    );
    assert_ne!(live(), first, "a new generation");
    let first = live();

    // Tables that went missing are written again from the stored records.
    fs::remove_file(dir.join("out/targets.csv")).unwrap();
    assert_eq!(build(&corpus, dir, false), (0, 3, 0), "tables missing");
    assert!(dir.join("out/targets.csv").is_file());
    assert_ne!(live(), first, "a new generation");
    assert_eq!(documents_in_tables(dir), ["a.txt", "b.txt", "c.txt"]);
}
