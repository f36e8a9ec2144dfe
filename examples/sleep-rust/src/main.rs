use std::{env, thread, time::Duration};

fn main() {
    println!("Hello, World!");
    let seconds: u64 = env::var("SLEEP_TIME")
        .ok()
        .and_then(|value| value.trim().parse().ok())
        .unwrap_or(60);
    println!("Sleeping for {seconds} seconds");
    thread::sleep(Duration::from_secs(seconds));
    println!("Goodbye, World! #WASM-RUST");
}
