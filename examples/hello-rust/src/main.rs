fn main() {
    println!("Hello from Rust!");
    if let Ok(greeting) = std::env::var("GREETING") {
        println!("GREETING={greeting}");
    }
}
