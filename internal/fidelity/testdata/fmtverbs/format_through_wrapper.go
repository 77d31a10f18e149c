// Values whose pointer type formats itself, printed through a logging
// wrapper that spreads its arguments (logf(format, args...)).
package main

import (
	"fmt"
	"strings"
)

type Money struct{ Cents int }

func (m *Money) Format(f fmt.State, verb rune) {
	if m == nil {
		fmt.Fprintf(f, "<nil money %c>", verb)
		return
	}
	w, wok := f.Width()
	p, pok := f.Precision()
	fmt.Fprintf(f, "$%d.%02d[%c w=%d,%v p=%d,%v plus=%v minus=%v sharp=%v]", m.Cents/100, m.Cents%100, verb, w, wok, p, pok, f.Flag('+'), f.Flag('-'), f.Flag('#'))
}

type Temp float64

func (t *Temp) Format(f fmt.State, verb rune) { fmt.Fprintf(f, "T(%c)", verb) }

type Wrap[T any] struct{ V T }

func (w *Wrap[T]) Format(f fmt.State, verb rune) { fmt.Fprintf(f, "W<%v>%c", w.V, verb) }

func logf(format string, args ...any) string { return fmt.Sprintf(format, args...) }

func main() {
	m := &Money{1234}
	fmt.Printf("%d %f %t %v %s\n", m, m, m, m, m)
	fmt.Printf("%8.3d|%-+#v|%x\n", m, m, m)
	var nm *Money
	fmt.Printf("%d %v %s %t\n", nm, nm, nm, nm)
	fmt.Println(m, nm)
	fmt.Println(logf("%d %f", m, nm))
	fmt.Println([]*Money{m, nm})
	fmt.Printf("%v\n", map[string]*Money{"a": m})
	fmt.Printf("%v\n", struct{ P *Money }{m})
	t := Temp(3)
	fmt.Printf("%v %f %d\n", &t, &t, t)
	var nt *Temp
	fmt.Printf("%v %f\n", nt, nt)
	w := &Wrap[int]{5}
	fmt.Printf("%v %d\n", w, w)
	var nw *Wrap[string]
	_ = nw
	fmt.Printf("%s\n", &Wrap[*Money]{m})
	var sb strings.Builder
	fmt.Fprintf(&sb, "%v", m)
	fmt.Println(sb.String())
	var a any = m
	fmt.Printf("%d\n", a)
	fmt.Print(m, "\n")
	fmt.Println(fmt.Sprint(nm))
	fmt.Printf("%T %T\n", m, nm)
}
