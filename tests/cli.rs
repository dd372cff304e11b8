//! End-to-end tests of the `zhengce` binary on the shipped corpus.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_zhengce"))
}

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus")
}

fn seed(prefix: &str) -> PathBuf {
    fs::read_dir(corpus())
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .find(|p| p.file_name().unwrap().to_string_lossy().starts_with(prefix))
        .unwrap_or_else(|| panic!("no seed {prefix}"))
}

fn run(cmd: &mut Command) -> Output {
    let out = cmd.output().expect("binary runs");
    assert!(
        !String::from_utf8_lossy(&out.stderr).contains("panicked"),
        "panic: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

fn build(corpus: &Path, dir: &Path) -> Output {
    run(bin()
        .arg("build")
        .arg(corpus)
        .arg("--index")
        .arg(dir.join("index"))
        .arg("--out")
        .arg(dir.join("out")))
}

fn search(dir: &Path, query: &str) -> Value {
    let out = run(bin()
        .args(["search", query, "--json", "--limit", "100", "--index"])
        .arg(dir.join("index")));
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("search --json prints JSON")
}

fn hit_paths(v: &Value) -> Vec<String> {
    let mut p: Vec<String> = v["hits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["path"].as_str().unwrap().to_string())
        .collect();
    p.sort();
    p
}

fn extract(paths: &[&Path]) -> Vec<Value> {
    let out = run(bin().arg("extract").args(paths));
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn search_finds_the_same_documents_in_either_script() {
    let dir = tempfile::tempdir().unwrap();
    let out = build(&corpus(), dir.path());
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let simp = search(dir.path(), "绿色工厂");
    let trad = search(dir.path(), "綠色工廠");
    assert_eq!(hit_paths(&simp), hit_paths(&trad));
    let paths = hit_paths(&simp);
    for prefix in ["000_", "001_", "002_"] {
        assert!(
            paths.iter().any(|p| p.contains(prefix)),
            "{prefix} not in {paths:?}"
        );
    }
    assert_eq!(simp["total"], trad["total"]);
    // The body's sub-words are indexed at their word's position, and
    // phrases match on positions.
    let part = hit_paths(&search(dir.path(), "工厂"));
    assert!(paths.iter().all(|p| part.contains(p)), "{part:?}");
    let phrase = hit_paths(&search(dir.path(), "\"绿色工厂 评价\""));
    assert!(!phrase.is_empty() && phrase.iter().all(|p| paths.contains(p)));
    assert!(hit_paths(&search(dir.path(), "\"评价 绿色工厂\"")).is_empty());
    let hit = &simp["hits"][0];
    for key in ["id", "path", "title", "date", "region", "score", "snippet"] {
        assert!(hit.get(key).is_some(), "hit lacks {key}");
    }
    assert!(hit["snippet"].as_str().unwrap().contains("<b>"));
    // The build also wrote the tables.
    for f in [
        "documents.jsonl",
        "targets.csv",
        "counts.csv",
        "citations.csv",
    ] {
        assert!(dir.path().join("out").join(f).is_file(), "{f} missing");
    }
}

#[test]
fn extract_gives_one_full_record_per_seed_in_order() {
    let records = extract(&[&corpus()]);
    assert_eq!(records.len(), 5);
    let fields = [
        "schema_version",
        "id",
        "path",
        "encoding",
        "script",
        "title",
        "date",
        "issuer",
        "region",
        "text",
        "noise",
        "targets",
        "counts",
        "citations",
        "standards",
    ];
    for r in &records {
        for f in fields {
            assert!(r.get(f).is_some(), "{} lacks {f}", r["path"]);
        }
        for k in [
            "pinyin",
            "injected",
            "mojibake_repaired",
            "mojibake_dropped",
            "boilerplate_lines",
        ] {
            assert!(r["noise"][k].is_u64(), "noise.{k}");
        }
        assert_eq!(r["id"].as_str().unwrap().len(), 16);
    }
    let scripts: Vec<&str> = records
        .iter()
        .map(|r| r["script"].as_str().unwrap())
        .collect();
    assert_eq!(
        scripts,
        [
            "traditional",
            "simplified",
            "traditional",
            "traditional",
            "traditional"
        ]
    );
    let paths: Vec<&str> = records
        .iter()
        .map(|r| r["path"].as_str().unwrap())
        .collect();
    let mut sorted = paths.clone();
    sorted.sort();
    assert_eq!(paths, sorted, "input order");
}

#[test]
fn gbk_and_big5_copies_extract_to_the_same_text() {
    let dir = tempfile::tempdir().unwrap();
    // GBK: seed 000 as it is.
    let original = fs::read_to_string(seed("000_")).unwrap();
    let (gbk, _, unmappable) = encoding_rs::GBK.encode(&original);
    assert!(!unmappable);
    let utf8_path = dir.path().join("a_utf8.txt");
    let gbk_path = dir.path().join("a_gbk.txt");
    fs::write(&utf8_path, &original).unwrap();
    fs::write(&gbk_path, &gbk).unwrap();
    // Big5 lacks pinyin tone letters: keep the chars of seed 002 Big5 has.
    let trad: String = fs::read_to_string(seed("002_"))
        .unwrap()
        .chars()
        .filter(|c| !encoding_rs::BIG5.encode(&c.to_string()).2)
        .collect();
    let (big5, _, _) = encoding_rs::BIG5.encode(&trad);
    let trad_path = dir.path().join("b_utf8.txt");
    let big5_path = dir.path().join("b_big5.txt");
    fs::write(&trad_path, &trad).unwrap();
    fs::write(&big5_path, &big5).unwrap();

    let r = extract(&[&utf8_path, &gbk_path, &trad_path, &big5_path]);
    assert_eq!(r[1]["encoding"], "GBK");
    assert_eq!(r[3]["encoding"], "Big5");
    assert_eq!(r[0]["text"], r[1]["text"]);
    assert_eq!(r[2]["text"], r[3]["text"]);
    assert!(r[2]["text"].as_str().unwrap().contains("绿色"));
}

#[test]
fn bad_input_is_reported_and_the_rest_is_indexed() {
    let dir = tempfile::tempdir().unwrap();
    let c = dir.path().join("corpus");
    fs::create_dir_all(c.join("sub")).unwrap();
    fs::copy(seed("001_"), c.join("good.txt")).unwrap();
    fs::write(
        c.join("binary.txt"),
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00",
    )
    .unwrap();
    let garbage: Vec<u8> = (0..600)
        .map(|i| [0x80u8, 0xFF, 0x81, 0xFE][i % 4])
        .collect();
    fs::write(c.join("undecodable.txt"), garbage).unwrap();
    fs::write(c.join("empty.txt"), b"").unwrap();
    std::os::unix::fs::symlink(c.join("missing-target.txt"), c.join("unreadable.txt")).unwrap();
    let big = fs::File::create(c.join("huge.txt")).unwrap();
    big.set_len(65 * 1024 * 1024).unwrap();
    std::os::unix::fs::symlink(&c, c.join("sub").join("loop")).unwrap();

    let out = build(&c, dir.path());
    let stderr = String::from_utf8_lossy(&out.stderr);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stderr}");
    for (file, reason) in [
        ("binary.txt", "binary"),
        ("undecodable.txt", "undecodable"),
        ("empty.txt", "empty"),
        ("unreadable.txt", "unreadable"),
        ("huge.txt", "too large"),
        ("loop", "symlink loop"),
    ] {
        let line = stderr
            .lines()
            .find(|l| l.contains(file))
            .unwrap_or_else(|| panic!("{file} not reported:\n{stderr}"));
        assert!(line.contains(reason), "{line}");
        assert!(stdout.contains(file), "{file} not in summary:\n{stdout}");
    }
    assert!(stdout.contains("1 documents"), "{stdout}");
    assert_eq!(hit_paths(&search(dir.path(), "绿色工厂")).len(), 1);

    // A build that can do nothing fails and leaves the index answering.
    let bad = dir.path().join("bad");
    fs::create_dir_all(&bad).unwrap();
    fs::write(bad.join("empty.txt"), b"").unwrap();
    let failed = build(&bad, dir.path());
    assert_eq!(failed.status.code(), Some(1));
    assert_eq!(hit_paths(&search(dir.path(), "绿色工厂")).len(), 1);
    let missing = build(&dir.path().join("nowhere"), dir.path());
    assert_eq!(missing.status.code(), Some(1));
    assert_eq!(hit_paths(&search(dir.path(), "绿色工厂")).len(), 1);
}

#[test]
fn bad_usage_exits_2() {
    let out = run(bin().arg("frobnicate"));
    assert_eq!(out.status.code(), Some(2));
    let out = run(bin().args(["table", "nonsense"]));
    assert_eq!(out.status.code(), Some(2));
}
