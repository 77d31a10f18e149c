// The byte index of for i, r := range s steps as Go decodes s: one byte
// for a byte that is not UTF-8 (yaegi stepped by the width of U+FFFD,
// three bytes, so the indices ran ahead).
package main

import "fmt"

func main() {
	for i, r := range "a\xffb€\uFFFD!" {
		fmt.Print(i, ":", r, " ")
	}
	fmt.Println()
	var fs []func() string
	for i, r := range "h\xe4é" {
		fs = append(fs, func() string { return fmt.Sprint(i, string(r)) })
		i += 100 // per iteration, as the loop's own variables
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}

// Output:
// 0:97 1:65533 2:98 3:8364 6:65533 9:33
// 100h 101� 102é
