//! A real SMTP server for the tests: aiosmtpd (tests/smtp/sink.py) on a
//! loopback port, saving what it accepts as JSON. `scripts/test` installs it;
//! a test that cannot start it fails with the reason.

use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::Duration;

use serde_json::Value;
use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::process::{Child, Command};

pub struct SmtpSink {
    child: Option<Child>,
    pub port: u16,
    dir: tempfile::TempDir,
}

fn python() -> String {
    std::env::var("ACME_UNPAUSE_TEST_PYTHON").unwrap_or_else(|_| "python3".into())
}

fn script() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/smtp/sink.py")
}

async fn spawn(dir: &Path, port: u16) -> (Child, u16) {
    let mut child = Command::new(python())
        .arg(script())
        .arg(dir)
        .arg(port.to_string())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .kill_on_drop(true)
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run {} (see scripts/test): {e}", python()));
    let stdout = child.stdout.take().unwrap();
    let mut line = String::new();
    tokio::time::timeout(
        Duration::from_secs(20),
        BufReader::new(stdout).read_line(&mut line),
    )
    .await
    .expect("the SMTP sink did not start within 20 s")
    .unwrap();
    let port = line.trim().parse().unwrap_or_else(|_| {
        panic!("the SMTP sink did not start (is aiosmtpd installed? run scripts/test): {line:?}")
    });
    (child, port)
}

impl SmtpSink {
    pub async fn start() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let (child, port) = spawn(dir.path(), 0).await;
        Self {
            child: Some(child),
            port,
            dir,
        }
    }

    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    /// Takes the server down: connections are refused until `restart`.
    pub async fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            child.kill().await.unwrap();
        }
    }

    /// Serves again on the same port, keeping what it received.
    pub async fn restart(&mut self) {
        self.stop().await;
        let (child, port) = spawn(self.dir.path(), self.port).await;
        assert_eq!(port, self.port);
        self.child = Some(child);
    }

    /// Turns one of sink.py's behaviours (refuse, reject, stall) on or off.
    pub fn set(&self, behaviour: &str, on: bool) {
        let path = self.dir.path().join(behaviour);
        if on {
            std::fs::write(path, "").unwrap();
        } else {
            let _ = std::fs::remove_file(path);
        }
    }

    /// Every message accepted so far, in the order received.
    pub fn messages(&self) -> Vec<Value> {
        let mut files: Vec<PathBuf> = std::fs::read_dir(self.dir.path().join("mail"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "json"))
            .collect();
        files.sort();
        files
            .iter()
            .map(|p| serde_json::from_str(&std::fs::read_to_string(p).unwrap()).unwrap())
            .collect()
    }

    /// Waits until at least `count` messages arrived (at most 20 s).
    pub async fn wait_for(&self, count: usize) -> Vec<Value> {
        for _ in 0..200 {
            let messages = self.messages();
            if messages.len() >= count {
                return messages;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("expected {count} messages, got {}", self.messages().len());
    }
}

/// A header of a received message.
pub fn header<'a>(message: &'a Value, name: &str) -> Option<&'a str> {
    message["headers"].as_array()?.iter().find_map(|pair| {
        (pair[0].as_str()?.eq_ignore_ascii_case(name)).then(|| pair[1].as_str())?
    })
}
