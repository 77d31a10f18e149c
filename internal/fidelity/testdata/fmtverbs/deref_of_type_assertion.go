package main

import "fmt"

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

type Pt struct{ X, Y int }

type Sensor struct {
	Name string
	T    Temp
}

func main() {
	var a any = &Pt{1, 2}
	fmt.Println(*a.(*Pt))
	fmt.Println(*(a.(*Pt)), a.(*Pt).Y)

	copyOf := *a.(*Pt)
	copyOf.X = 10
	fmt.Println(copyOf, *a.(*Pt))

	registry := map[string]any{
		"kitchen": &Sensor{"kitchen", 21.5},
		"origin":  &Pt{},
	}
	fmt.Println(*registry["kitchen"].(*Sensor))
	fmt.Printf("%v %+v %v\n", *registry["origin"].(*Pt), *registry["kitchen"].(*Sensor), registry["kitchen"].(*Sensor).T)

	var err error = fmt.Errorf("boom")
	var v any = &err
	fmt.Println(*v.(*error))

	var missing any = (*Pt)(nil)
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(*missing.(*Pt))
}
