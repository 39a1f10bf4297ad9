//! `status`: what is paused for an account, and its history.

use clap::Args;
use serde_json::json;
use time::format_description::well_known::Rfc3339;

use crate::domain::AccountId;
use crate::settings::Settings;
use crate::store::Schema;

/// Show what is paused for an account, its latest pause and unpause events,
/// and its notification emails with their delivery state.
#[derive(Debug, Args)]
pub struct Opts {
    /// Account ID (decimal, positive).
    #[arg(long)]
    pub account: AccountId,
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
    /// How many paused names and events to list.
    #[arg(long, default_value_t = 20)]
    pub limit: u32,
}

pub async fn run(settings: Settings, opts: Opts) -> anyhow::Result<()> {
    let store = super::open_store(&settings, Schema::Check).await?;
    let summary = store.paused_summary(opts.account, opts.limit).await?;
    let events = store.audit_events(opts.account, opts.limit).await?;
    let notifications = store.notifications(opts.account, opts.limit).await?;
    let time = |t: time::OffsetDateTime| t.format(&Rfc3339).unwrap_or_default();
    if opts.json {
        let doc = json!({
            "account": opts.account.get(),
            "account_paused_at": summary.account_paused_at.map(time),
            "paused_count": summary.count,
            // Counting stops at this many: "paused_count" is then a floor.
            "paused_count_capped": summary.count_capped,
            "oldest_paused_at": summary.oldest.map(time),
            "names": summary.first.iter().map(|p| json!({
                "type": p.identifier.kind().as_str(),
                "value": p.identifier.value(),
                "paused_at": time(p.paused_at),
            })).collect::<Vec<_>>(),
            "events": events.iter().map(|e| json!({
                "at": time(e.at),
                "action": e.action,
                "scope": e.scope,
                "count": e.count,
                "actor": e.actor,
                "client_ip": e.client_ip,
                "user_agent": e.user_agent,
                "reason": e.reason,
            })).collect::<Vec<_>>(),
            "notifications": notifications.iter().map(|n| json!({
                "id": n.id,
                "contact": n.contact,
                "state": n.state,
                "attempts": n.attempts,
                "created_at": time(n.created_at),
                "due_at": time(n.due_at),
                "finished_at": n.finished_at.map(time),
                "last_error": n.last_error,
            })).collect::<Vec<_>>(),
        });
        println!("{}", serde_json::to_string_pretty(&doc)?);
        return Ok(());
    }
    println!("account {}", opts.account);
    match summary.account_paused_at {
        Some(at) => println!("  whole account paused since {}", time(at)),
        None => println!("  whole account not paused"),
    }
    if summary.count_capped {
        println!("  more than {} names paused", summary.count);
    } else {
        println!("  {} names paused", summary.count);
    }
    if let Some(oldest) = summary.oldest {
        println!("  oldest pause {}", time(oldest));
    }
    for p in &summary.first {
        println!(
            "    {:<4} {}  since {}",
            p.identifier.kind(),
            p.identifier,
            time(p.paused_at)
        );
    }
    if summary.count_capped {
        println!("    … and many more");
    } else if summary.count > summary.first.len() as u64 {
        println!(
            "    … and {} more",
            summary.count - summary.first.len() as u64
        );
    }
    if !events.is_empty() {
        println!("  recent events:");
        for e in &events {
            println!(
                "    {} {} {} ({}) by {}{}{}",
                time(e.at),
                e.action,
                e.count,
                e.scope,
                e.actor,
                e.client_ip
                    .as_deref()
                    .map(|ip| format!(" from {ip}"))
                    .unwrap_or_default(),
                e.reason
                    .as_deref()
                    .map(|why| format!(": {why}"))
                    .unwrap_or_default()
            );
        }
    }
    if !notifications.is_empty() {
        println!("  notifications:");
        for n in &notifications {
            let when = match (n.state.as_str(), n.finished_at) {
                ("pending", _) => format!("due {}", time(n.due_at)),
                (_, Some(at)) => time(at),
                (_, None) => String::new(),
            };
            println!(
                "    #{} to {}: {} {} after {} attempt(s){}",
                n.id,
                n.contact,
                n.state,
                when,
                n.attempts,
                n.last_error
                    .as_deref()
                    .map(|e| format!("; last error: {e}"))
                    .unwrap_or_default()
            );
        }
    }
    Ok(())
}
