package main

import (
	"fmt"
	"os"
	"text/tabwriter"
)

type row struct {
	name  string
	qty   int
	price float64
}

func main() {
	rows := []row{{"widget", 3, 2.5}, {"gadget-extra-long", 12, 10}, {"nut", 100, 0.05}}
	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "name\tqty\tprice\t")
	for _, r := range rows {
		fmt.Fprintf(w, "%s\t%d\t%.2f\t\n", r.name, r.qty, r.price)
	}
	w.Flush()
	w2 := tabwriter.NewWriter(os.Stdout, 8, 4, 1, '.', 0)
	fmt.Fprintln(w2, "a\tbb\tccc")
	fmt.Fprintln(w2, "dddd\te\tf")
	w2.Flush()
}
