#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| acme_unpause::fuzzing::api_json(data));
