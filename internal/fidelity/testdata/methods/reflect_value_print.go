// Values of the program's types printed through reflect.Value, as a
// struct dumper does: fmt prints the value a reflect.Value holds, calling
// its String method.
package main

import (
	"fmt"
	"reflect"
	"time"
)

type Money struct{ Cents int }

func (m Money) String() string { return fmt.Sprintf("$%d.%02d", m.Cents/100, m.Cents%100) }

type Temp struct{ Deg float64 }

func (t *Temp) String() string { return fmt.Sprintf("%.1f°", t.Deg) }

type Order struct {
	Item  string
	Price Money
	Wait  time.Duration
	Tags  []string
}

func main() {
	o := Order{"tea", Money{1234}, 2 * time.Second, []string{"hot"}}
	v := reflect.ValueOf(o)
	for i := 0; i < v.NumField(); i++ {
		fmt.Printf("%s = %v\n", v.Type().Field(i).Name, v.Field(i))
	}
	fmt.Println(reflect.ValueOf(Money{5}), reflect.ValueOf(&Temp{21.5}))
	fmt.Printf("%v|%s|%T\n", reflect.ValueOf(Money{250}), reflect.ValueOf(Money{1}), reflect.ValueOf(Money{1}))
	fmt.Println(reflect.ValueOf([]Money{{1}, {2}}))
	var zero reflect.Value
	fmt.Println(zero, reflect.ValueOf(o).FieldByName("Item"))
}
