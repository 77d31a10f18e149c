package main

import "fmt"

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

type E struct{ Code int }

func (e E) Error() string { return fmt.Sprintf("E%d", e.Code) }

func show(v any) { fmt.Println(v) }

func main() {
	show(&[]Temp{1})
	show(&[2]Temp{2, 3})
	show(&map[string]E{"x": {7}})
	show(&struct{ T Temp }{4})
	var none *[]Temp
	show(none)
	fmt.Printf("%v %+v\n", any(&[]Temp{5}), any(&struct{ T Temp }{6}))
}

// Output:
// &[1.0°]
// &[2.0° 3.0°]
// &map[x:E7]
// &{4.0°}
// <nil>
// &[5.0°] &{T:6.0°}
