package main

import (
	"errors"
	"fmt"
	"strings"
)

// Date has a Format method of its own, as time.Time does: it is not
// fmt's Format, so fmt prints a Date by its String method.
type Date struct{ Y, M, D int }

func (d Date) String() string { return d.Format("Y-M-D") }

func (d Date) Format(layout string) string {
	r := strings.NewReplacer("Y", fmt.Sprint(d.Y), "M", fmt.Sprintf("%02d", d.M), "D", fmt.Sprintf("%02d", d.D))
	return r.Replace(layout)
}

// Expired is an error that formats its date its own way.
type Expired struct{ On Date }

func (e *Expired) Error() string               { return "expired on " + e.On.String() }
func (e *Expired) Format(layout string) string { return "expired " + e.On.Format(layout) }

func check(d Date) error {
	if d.Y < 2026 {
		return &Expired{d}
	}
	return nil
}

func main() {
	d := Date{2026, 12, 4}
	var s fmt.Stringer = d
	fmt.Println(s, d)
	fmt.Printf("%v %s %q\n", s, s, s)
	fmt.Println([]fmt.Stringer{d, Date{2025, 1, 2}})
	err := check(Date{2025, 3, 1})
	fmt.Println(err)
	fmt.Printf("%v|%s|%#v\n", err, err, err)
	var exp *Expired
	if errors.As(err, &exp) {
		fmt.Println(exp.Format("D/M/Y"))
	}
	fmt.Println(fmt.Errorf("renew: %w", err))
}
