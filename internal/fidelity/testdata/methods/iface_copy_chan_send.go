package main

import "fmt"

type Job struct{ ID int }

func (j Job) Run() string { return fmt.Sprint("job ", j.ID) }

type Runner interface{ Run() string }

func main() {
	jobs := make(chan Runner, 3)
	anys := make(chan any, 3)
	j := Job{}
	for i := 1; i <= 3; i++ {
		j.ID = i
		jobs <- j
		anys <- j
	}
	close(jobs)
	close(anys)
	for r := range jobs {
		fmt.Println(r.Run())
	}
	for a := range anys {
		fmt.Println(a.(Job).ID)
	}
}
