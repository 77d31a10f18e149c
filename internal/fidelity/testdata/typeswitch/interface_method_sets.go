package main

import "fmt"

type Shape interface {
	Area() float64
}

type Square struct{ Side float64 }

func (s Square) Area() float64 { return s.Side * s.Side }

type Counter struct{ hits int }

func (c *Counter) Area() float64 { c.hits++; return float64(c.hits) }

func describe(v any) string {
	if s, ok := v.(Shape); ok {
		return fmt.Sprintf("shape with area %.1f", s.Area())
	}
	return "not a shape"
}

func main() {
	// A *Square has Square's methods; a Counter value lacks *Counter's.
	fmt.Println(describe(Square{2}))
	fmt.Println(describe(&Square{3}))
	fmt.Println(describe(&Counter{}))
	fmt.Println(describe(Counter{}))
	fmt.Println(describe(42))
	shapes := []any{Square{1}, &Counter{hits: 9}, "circle"}
	for _, v := range shapes {
		switch s := v.(type) {
		case Shape:
			fmt.Println("case Shape:", s.Area())
		default:
			fmt.Println("default:", s)
		}
	}
	var s Shape = Square{4}
	sq := s.(Square)
	fmt.Println(sq.Side)
}
