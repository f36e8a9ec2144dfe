// hello-tinygo: a wasip1 command built with TinyGo (`tinygo build -target=wasip1`), which
// wasmpack uses because wasmpack.json asks for it. TinyGo's module is typically 10-50x smaller
// than Go's; the same source also builds with Go >= 1.21 (--toolchain go).
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("Hello from TinyGo!")
	if greeting := os.Getenv("GREETING"); greeting != "" {
		fmt.Println(greeting)
	}
}
