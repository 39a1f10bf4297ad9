//! The ACME server's capability: check an order, pause, record validation
//! outcomes. The internal API, the CLI and the gateway are thin adapters
//! over it.

pub mod problem;
