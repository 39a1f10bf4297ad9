//! A deadline for reading a request body, counted from the moment its
//! headers arrived: the whole body within a total time, and, after a short
//! grace, at a minimum rate (Apache's mod_reqtimeout idea: each
//! `min_rate` bytes received buy one more second).
//!
//! tower-http's body timeout restarts at every frame, so a body sent one
//! byte every few seconds was never cut off, and a few hundred such bodies
//! held a descriptor each for as long as their senders liked.

use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use axum::body::Bytes;
use hyper::body::{Body, Frame, SizeHint};
use tokio::time::{Instant, Sleep};

/// How long a body may take, and how slowly it may arrive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BodyDeadline {
    /// The whole body, from the end of the headers.
    pub total: Duration,
    /// Bytes per second the body must keep up after `grace`; 0: no rate.
    pub min_rate: u32,
    pub grace: Duration,
}

impl BodyDeadline {
    /// The moment by which the body must be complete, or have sent more
    /// than `received` bytes.
    pub fn due(&self, started: Instant, received: u64) -> Instant {
        let total = started + self.total;
        if self.min_rate == 0 {
            return total;
        }
        // Saturating: an absurd byte count must not overflow the instant.
        let earned = Duration::from_secs(received / u64::from(self.min_rate))
            + Duration::from_millis(
                (received % u64::from(self.min_rate)) * 1000 / u64::from(self.min_rate),
            );
        started
            .checked_add(self.grace.saturating_add(earned))
            .map_or(total, |by_rate| by_rate.min(total))
    }
}

/// The error a body past its deadline ends with. Extractors turn any body
/// error into a 400, which is what such a client gets.
#[derive(Debug, thiserror::Error)]
#[error("the request body arrived too slowly")]
pub struct BodyTooSlow;

/// `inner`, ended with [`BodyTooSlow`] once past its deadline.
#[derive(Debug)]
pub struct DeadlineBody<B> {
    inner: B,
    sleep: Pin<Box<Sleep>>,
    deadline: BodyDeadline,
    started: Instant,
    received: u64,
    expired: bool,
}

impl<B> DeadlineBody<B> {
    /// Starts the clock now: call it when the request's headers are in.
    pub fn new(inner: B, deadline: BodyDeadline) -> Self {
        let started = Instant::now();
        Self {
            inner,
            sleep: Box::pin(tokio::time::sleep_until(deadline.due(started, 0))),
            deadline,
            started,
            received: 0,
            expired: false,
        }
    }
}

impl<B> Body for DeadlineBody<B>
where
    B: Body<Data = Bytes> + Unpin,
    B::Error: Into<axum::BoxError>,
{
    type Data = Bytes;
    type Error = axum::BoxError;

    fn poll_frame(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, Self::Error>>> {
        let this = self.get_mut();
        if this.expired {
            return Poll::Ready(None);
        }
        // The timer first: a body that keeps sending a byte now and then is
        // always ready, and would otherwise never see its deadline pass.
        if this.sleep.as_mut().poll(cx).is_ready() {
            this.expired = true;
            return Poll::Ready(Some(Err(BodyTooSlow.into())));
        }
        match Pin::new(&mut this.inner).poll_frame(cx) {
            Poll::Ready(Some(Ok(frame))) => {
                if let Some(data) = frame.data_ref() {
                    this.received = this.received.saturating_add(data.len() as u64);
                    let due = this.deadline.due(this.started, this.received);
                    this.sleep.as_mut().reset(due);
                }
                Poll::Ready(Some(Ok(frame)))
            }
            Poll::Ready(Some(Err(err))) => Poll::Ready(Some(Err(err.into()))),
            Poll::Ready(None) => Poll::Ready(None),
            Poll::Pending => Poll::Pending,
        }
    }

    fn is_end_stream(&self) -> bool {
        self.expired || self.inner.is_end_stream()
    }

    fn size_hint(&self) -> SizeHint {
        self.inner.size_hint()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LIMIT: BodyDeadline = BodyDeadline {
        total: Duration::from_secs(20),
        min_rate: 500,
        grace: Duration::from_secs(5),
    };

    #[test]
    fn each_min_rate_bytes_buy_a_second_up_to_the_total() {
        let start = Instant::now();
        assert_eq!(LIMIT.due(start, 0), start + Duration::from_secs(5));
        assert_eq!(LIMIT.due(start, 250), start + Duration::from_millis(5500));
        assert_eq!(LIMIT.due(start, 5_000), start + Duration::from_secs(15));
        assert_eq!(LIMIT.due(start, 1_000_000), start + Duration::from_secs(20));
        assert_eq!(LIMIT.due(start, u64::MAX), start + Duration::from_secs(20));
    }

    #[test]
    fn without_a_rate_only_the_total_counts() {
        let start = Instant::now();
        let limit = BodyDeadline {
            min_rate: 0,
            ..LIMIT
        };
        assert_eq!(limit.due(start, 0), start + Duration::from_secs(20));
    }
}
