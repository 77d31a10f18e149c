// A table printed with its row format in a variable: the row format is
// built once and used for every line, with values of the program's types.
package main

import (
	"fmt"
	"strings"
)

type Status int

const (
	Active Status = iota
	Paused
	Stopped
)

func (s Status) String() string {
	return [...]string{"active", "paused", "stopped"}[s]
}

type Celsius float64

type Job struct {
	Name   string
	Status Status
	Temp   Celsius
	Tries  int
}

func main() {
	jobs := []Job{
		{"build", Active, 41.5, 1},
		{"deploy", Paused, 37.25, 3},
		{"cleanup", Stopped, 20, 0},
	}
	width := 0
	for _, j := range jobs {
		width = max(width, len(j.Name))
	}
	row := fmt.Sprintf("%%-%ds %%-8s %%6.1f %%3d\n", width)
	header := strings.Replace(row, "%6.1f", "%6s", 1)
	header = strings.Replace(header, "%3d", "%3s", 1)
	fmt.Printf(header, "name", "status", "temp", "n")
	for _, j := range jobs {
		fmt.Printf(row, j.Name, j.Status, j.Temp, j.Tries)
	}
	// The same format with a verb that does not fit: fmt says so, naming
	// the type.
	bad := "%d %s\n"
	fmt.Printf(bad, j0(jobs).Temp, j0(jobs).Status)
	fmt.Printf(bad, j0(jobs).Status, j0(jobs).Tries)
	line := fmt.Sprintf(bad, Celsius(1.5), Status(2))
	fmt.Print(line)
}

func j0(jobs []Job) Job { return jobs[0] }
