use serde_json::{json, Value};

fn main() {
    // Arguments are JSON documents; each is parsed and summarised, so a bad one shows serde_json's error.
    let args: Vec<String> = std::env::args().skip(1).collect();
    let inputs = if args.is_empty() { vec![r#"{"greeting":"Hello from serde_json!"}"#.to_string()] } else { args };
    for text in inputs {
        match serde_json::from_str::<Value>(&text) {
            Ok(value) => {
                let keys = value.as_object().map(|o| o.len()).unwrap_or(0);
                println!("{}", json!({ "parsed": value, "keys": keys }));
            }
            Err(err) => {
                eprintln!("not JSON: {err}");
                std::process::exit(1);
            }
        }
    }
}
