package main

import (
	"fmt"
	"os"
	"strings"
	"text/tabwriter"
	"time"
)

type Row interface {
	Cells() []string
}

type Sale struct {
	Region string
	Amount float64
	When   time.Time
}

func (s Sale) Cells() []string {
	return []string{s.Region, fmt.Sprintf("%.2f", s.Amount), s.When.Format("Jan 02")}
}

type Table[R Row] struct {
	Header []string
	Rows   []R
}

func (t *Table[R]) Add(r ...R) *Table[R] { t.Rows = append(t.Rows, r...); return t }

func (t *Table[R]) Render(w *tabwriter.Writer) {
	fmt.Fprintln(w, strings.Join(t.Header, "\t")+"\t")
	fmt.Fprintln(w, strings.Repeat("-\t", len(t.Header)))
	for _, r := range t.Rows {
		fmt.Fprintln(w, strings.Join(r.Cells(), "\t")+"\t")
	}
	w.Flush()
}

func Total[R Row](rows []R, f func(R) float64) (sum float64) {
	for _, r := range rows {
		sum += f(r)
	}
	return
}

func main() {
	day := time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)
	t := &Table[Sale]{Header: []string{"REGION", "AMOUNT", "DATE"}}
	t.Add(Sale{"north", 1200.5, day}, Sale{"south", 830, day.AddDate(0, 0, 3)}).
		Add(Sale{"east", 99.999, day.AddDate(0, 1, 0)})
	w := tabwriter.NewWriter(os.Stdout, 4, 0, 2, ' ', tabwriter.AlignRight)
	t.Render(w)
	fmt.Printf("total %.2f over %d rows\n", Total(t.Rows, func(s Sale) float64 { return s.Amount }), len(t.Rows))
}
