//! The binary itself: `serve` with the flags scripts rely on, `admin create-user`, `migrate`,
//! and `import` of vocabularies and organisations.

use std::io::Write;
use std::process::{Command, Stdio};

fn klaster() -> Command {
    Command::new(env!("CARGO_BIN_EXE_klaster"))
}

fn temp_dir(name: &str) -> std::path::PathBuf {
    let d = std::env::temp_dir().join(format!("klaster-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn shared_data() -> Option<std::path::PathBuf> {
    let dir = std::env::var("KLASTER_SHARED_DATA")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|_| {
            std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/data"))
        });
    if dir.is_dir() {
        Some(dir)
    } else {
        eprintln!("skipped: shared data absent at {}", dir.display());
        None
    }
}

/// `klaster admin create-user --email E --password-stdin [extra] --data-dir DIR`, the password
/// written to its standard input.
fn create_user(
    dir: &std::path::Path,
    email: &str,
    extra: &[&str],
    password: &[u8],
) -> std::process::Output {
    let mut child = klaster()
        .args(["admin", "create-user", "--email", email, "--password-stdin"])
        .args(extra)
        .arg("--data-dir")
        .arg(dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(password).unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn create_user_reads_the_password_from_stdin() {
    let dir = temp_dir("user");
    let out = create_user(
        &dir,
        "Root@Example.PL",
        &["--platform-admin"],
        b"a long enough password\n",
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("root@example.pl") && stdout.contains("platform administrator"));
    assert!(
        !String::from_utf8_lossy(&out.stderr).contains("a long enough password"),
        "no secret in logs"
    );
    // A second time: the address is taken.
    let out = create_user(&dir, "root@example.pl", &[], b"a long enough password\n");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("already registered"));
    // Too short a password is refused before anything is stored.
    assert!(!create_user(&dir, "x@example.pl", &[], b"short\n")
        .status
        .success());
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn serve_answers_healthz_with_the_documented_flags() {
    let dir = temp_dir("serve");
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mut child = klaster()
        .args([
            "serve",
            "--bind",
            &format!("127.0.0.1:{port}"),
            "--data-dir",
        ])
        .arg(&dir)
        .arg("--demo")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let started = std::time::Instant::now();
    let mut ok = false;
    while started.elapsed() < std::time::Duration::from_secs(60) {
        if let Ok(mut s) = std::net::TcpStream::connect(("127.0.0.1", port)) {
            use std::io::Read;
            s.write_all(b"GET /api/v1/organisations?q=Ekoenergetyczny HTTP/1.0\r\nHost: x\r\n\r\n")
                .unwrap();
            let mut body = String::new();
            s.read_to_string(&mut body).unwrap();
            ok = body.starts_with("HTTP/1.0 200")
                && body.contains("Lubelski Klaster Ekoenergetyczny");
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    child.kill().unwrap();
    child.wait().unwrap();
    assert!(ok, "the demo server answered the search");
    assert!(
        dir.join("klaster.sqlite").exists(),
        "SQLite file created in --data-dir"
    );
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn import_organisations_reports_bad_rows_and_imports_nothing() {
    let dir = temp_dir("import");
    let bad = dir.join("bad.csv");
    std::fs::write(
        &bad,
        "name,type,country\nDobra Firma,company,PL\nZła Firma,company,XX\n",
    )
    .unwrap();
    let out = klaster()
        .args(["import", "organisations"])
        .arg(&bad)
        .arg("--data-dir")
        .arg(&dir)
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("line 3, country"), "{err}");
    let good = dir.join("good.csv");
    std::fs::write(
        &good,
        "name,type,country,description_pl\nDobra Firma,company,PL,Robimy okna.\n",
    )
    .unwrap();
    let out = klaster()
        .args(["import", "organisations"])
        .arg(&good)
        .arg("--data-dir")
        .arg(&dir)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("imported 1 organisations"));
    let out = klaster()
        .args(["migrate", "--data-dir"])
        .arg(&dir)
        .output()
        .unwrap();
    assert!(out.status.success());
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn import_official_vocabularies() {
    let Some(data) = shared_data() else { return };
    let dir = temp_dir("vocab");
    let out = klaster()
        .args(["import", "nuts"])
        .arg(data.join("nuts2021/nuts2021_codes_names.csv"))
        .arg("--data-dir")
        .arg(&dir)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("imported 2121 NUTS regions"));
    for (file, lang) in [
        ("nace-rev2/nace2_en.csv", "en"),
        ("nace-rev2/ramon_NACE_REV2_pl.csv", "pl"),
        ("nace-rev2/nace2_bg.csv", "bg"),
    ] {
        let out = klaster()
            .args(["import", "nace"])
            .arg(data.join(file))
            .args(["--lang", lang, "--data-dir"])
            .arg(&dir)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{file}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(
            String::from_utf8_lossy(&out.stdout).contains("imported 996 NACE codes"),
            "{file}"
        );
    }
    // A malformed file is refused with its line.
    let bad = dir.join("bad_nuts.csv");
    std::fs::write(&bad, "code_2021,country,nuts_level_1,nuts_level_2,nuts_level_3,nuts_level,country_order,region_order\nPL,Polska,,,,0,1,1\nPL8,,Makroregion,,,2,1,2\n").unwrap();
    let out = klaster()
        .args(["import", "nuts"])
        .arg(&bad)
        .arg("--data-dir")
        .arg(&dir)
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("line 3"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    std::fs::remove_dir_all(dir).unwrap();
}
