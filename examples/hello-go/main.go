// hello-go: the smallest useful wasip1 command. Build it with `wasmpack build`
// (TinyGo when installed, else Go >= 1.21 with GOOS=wasip1 GOARCH=wasm).
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("Hello from Go!")
	if greeting := os.Getenv("GREETING"); greeting != "" {
		fmt.Println(greeting)
	}
}
