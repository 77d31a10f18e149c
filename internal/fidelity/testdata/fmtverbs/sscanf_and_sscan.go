package main

import "fmt"

func main() {
	var name string
	var age int
	n, err := fmt.Sscanf("bob 42", "%s %d", &name, &age)
	fmt.Println(n, err, name, age)
	var a, b int
	fmt.Sscan("3 4", &a, &b)
	fmt.Println(a + b)
}
