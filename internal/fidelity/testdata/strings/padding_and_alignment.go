package main

import (
	"fmt"
	"os"
	"text/tabwriter"
)

func main() {
	rows := [][]string{{"name", "qty"}, {"apple", "3"}, {"kiwi", "12"}}
	for _, r := range rows {
		fmt.Printf("%-8s|%4s|\n", r[0], r[1])
	}
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ', 0)
	fmt.Fprintln(w, "a\tbb\tccc")
	fmt.Fprintln(w, "dddd\te\tf")
	w.Flush()
}
