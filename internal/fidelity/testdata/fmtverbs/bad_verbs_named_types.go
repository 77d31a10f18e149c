// A verb that does not fit the value, for values of named basic types:
// fmt names the type in its complaint.
package main

import "fmt"

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Meters float64
type Label string
type Count int

func main() {
	fmt.Printf("%d\n", Celsius(21.5))
	fmt.Printf("%d %s\n", Meters(3), Count(4))
	fmt.Printf("%t %d\n", Label("x"), Label("y"))
	fmt.Printf("%v %s %.2f\n", Celsius(1), Celsius(2), Meters(3))
}
