package main

import "fmt"

type job struct {
	id    int
	tries int
}

func main() {
	jobs := make(chan job, 3)
	results := make(chan int, 3)
	for i := 1; i <= 3; i++ {
		jobs <- job{id: i}
	}
	close(jobs)
	for range 3 {
		j := <-jobs
		j.tries++
		results <- j.id * 10
	}
	total := <-results
	for range 2 {
		n := <-results
		n += 1
		total += n
	}
	done := make(chan string, 1)
	done <- "ok"
	status := <-done
	status = status + "!"
	fmt.Println(status)
	fmt.Println("total", total)
}
