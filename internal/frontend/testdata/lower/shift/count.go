// A shift of a constant by a variable, used as the count of another
// shift: an int in Go.
package main

import "fmt"

func main() {
	x, n := 1, 2
	var u uint = 1
	fmt.Println(x<<(1<<n), 1<<(1<<(1<<u)), x<<(2<<u>>1))
}

// Output:
// 16 16 4
