#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| acme_unpause::fuzzing::accept_language(data));
