package main

import (
	"fmt"
	"os"
	"text/tabwriter"
	"time"
)

type Status int

const (
	Pending Status = iota + 1
	Running
	Done
)

var names = map[Status]string{Pending: "pending", Running: "running", Done: "done"}

func (s Status) String() string { return names[s] }

type Job struct {
	ID      int
	Name    string
	State   Status
	Elapsed time.Duration
}

func main() {
	jobs := []Job{
		{1, "build", Done, 1500 * time.Millisecond},
		{2, "test-integration", Running, 2*time.Minute + 3*time.Second},
		{3, "deploy", Pending, 0},
	}
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', 0)
	fmt.Fprintln(w, "ID\tNAME\tSTATE\tELAPSED\t")
	for _, j := range jobs {
		fmt.Fprintf(w, "%d\t%s\t%v\t%v\t\n", j.ID, j.Name, j.State, j.Elapsed)
	}
	w.Flush()

	w = tabwriter.NewWriter(os.Stdout, 5, 0, 1, '.', tabwriter.AlignRight|tabwriter.Debug)
	for _, j := range jobs {
		fmt.Fprintf(w, "%s\t%d\t%s\t\n", j.Name, j.ID, j.State)
	}
	w.Flush()
}
