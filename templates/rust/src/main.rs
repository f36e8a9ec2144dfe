fn main() {
    println!("Hello from {{name}}!");
    if let Ok(greeting) = std::env::var("GREETING") {
        println!("{greeting}");
    }
}
