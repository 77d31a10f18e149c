// Values of the program's types with a String or Error method, handed to
// log/slog: the interpreter passed them without their methods, and slog
// logged their fields (at={X:1 Y:2} where Go logs at=pt!) or their
// number (level=1 where Go logs level=L1); inside a struct, fmt's %+v
// printed them wrongly too ({ID:1 Level:2 Xnote:n}).
package main

import (
	"fmt"
	"log/slog"
	"strings"
)

type Pt struct{ X, Y int }

func (p Pt) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type Level int

func (l Level) String() string { return "L" + fmt.Sprint(int(l)) }

type NotFound struct{ Key string }

func (e *NotFound) Error() string { return e.Key + " not found" }

type Order struct {
	ID    int
	Level Level
	note  string
}

func noTime(_ []string, a slog.Attr) slog.Attr {
	if a.Key == "time" {
		return slog.Attr{}
	}
	return a
}

func main() {
	var b strings.Builder
	opts := &slog.HandlerOptions{ReplaceAttr: noTime}
	for _, h := range []slog.Handler{slog.NewTextHandler(&b, opts), slog.NewJSONHandler(&b, opts)} {
		lg := slog.New(h)
		var missing *NotFound
		lg.Error("lookup", "err", &NotFound{"k"}, "at", Pt{1, 2}, "level", Level(1), "order", Order{1, 2, "n"})
		lg.With("p", &Pt{3, 4}).Warn("again", slog.Any("level", Level(2)), slog.Group("g", "nil", missing))
	}
	fmt.Print(b.String())
}

// Output:
// level=ERROR msg=lookup err="k not found" at=(1,2) level=L1 order="{ID:1 Level:L2 note:n}"
// level=WARN msg=again p=(3,4) level=L2 g.nil=<nil>
// {"level":"ERROR","msg":"lookup","err":"k not found","at":{"X":1,"Y":2},"level":1,"order":{"ID":1,"Level":2}}
// {"level":"WARN","msg":"again","p":{"X":3,"Y":4},"level":2,"g":{"nil":"<nil>"}}
