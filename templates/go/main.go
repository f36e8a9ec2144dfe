package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("Hello from {{name}}!")
	if greeting := os.Getenv("GREETING"); greeting != "" {
		fmt.Println(greeting)
	}
}
