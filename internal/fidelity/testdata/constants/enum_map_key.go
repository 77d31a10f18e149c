package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota + 1
	Monday
	Tuesday
)

var names = map[Weekday]string{
	Sunday:  "Sun",
	Monday:  "Mon",
	Tuesday: "Tue",
}

func main() {
	days := map[Weekday]bool{Monday: true}
	fmt.Println(days[Monday], days[2], days[Sunday])
	fmt.Println(names[Tuesday], names[3], len(names))
	counts := map[Weekday]int{}
	counts[Monday]++
	counts[2]++
	fmt.Println(counts[Monday])
}
