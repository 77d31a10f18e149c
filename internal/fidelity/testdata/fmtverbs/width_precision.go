package main

import "fmt"

func main() {
	fmt.Printf("[%5d][%-5d][%05d]\n", 42, 42, 42)
	fmt.Printf("[%8.3f][%-8.2f][%.0f]\n", 3.14159, 2.5, 2.5)
	fmt.Printf("[%10s][%-10s][%.2s]\n", "go", "go", "golang")
	fmt.Printf("[%x][%X][%o][%b][%#x]\n", 255, 255, 8, 5, 255)
	fmt.Printf("[%e][%g][%G]\n", 123456.789, 0.000012, 1e21)
}
