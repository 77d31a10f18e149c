package main

import "fmt"

type Temp struct{ C float64 }

func (t Temp) String() string { return fmt.Sprintf("%.1f°", t.C) }

type Reading struct {
	Where string
	T     fmt.Stringer
}

func main() {
	m := map[string]fmt.Stringer{}
	var rs []Reading
	var lits [][]any
	t := Temp{}
	for i, city := range []string{"oslo", "rome"} {
		t.C = float64(10 * (i + 1))
		m[city] = t
		rs = append(rs, Reading{city, t})
		lits = append(lits, []any{t})
	}
	fmt.Println(m["oslo"].String(), m["rome"].String())
	fmt.Println(rs[0].T.String(), rs[1].T.String())
	fmt.Println(lits[0][0].(Temp).C, lits[1][0].(Temp).C)
}
