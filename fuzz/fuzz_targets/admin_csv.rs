#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| acme_unpause::fuzzing::admin_csv(data));
