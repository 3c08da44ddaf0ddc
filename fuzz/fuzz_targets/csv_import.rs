//! Licence-list CSV files: any bytes are a report (rows taken or refused with a reason) or
//! a refused header, never a panic.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut file =
        b"name,licence_number,licensing_country,licence_status,address,destinations\n".to_vec();
    file.extend_from_slice(data);
    let _ = fairrecruit::import::dry_run(&file[..]);
    let _ = fairrecruit::import::dry_run(data);
});
