package main

import "fmt"

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Status int

func (s Status) String() string { return [...]string{"idle", "busy"}[s] }

func main() {
	temp := Celsius(21.5)
	st := Status(1)
	// Pointers handed around as any, as a logger or a cache would.
	fields := map[string]any{"temp": &temp, "status": &st}
	fmt.Println(fields["temp"], fields["status"])
	fmt.Println([]any{&temp, &st})
	st = 0
	fmt.Printf("%v %s\n", fields["status"], fields["status"])
}
