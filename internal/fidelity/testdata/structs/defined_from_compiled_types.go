package main

import (
	"encoding/json"
	"fmt"
	"log/slog"
	"time"
)

type Mon time.Month
type Lvl slog.Level
type Stamp time.Time

type Cfg struct {
	Wait Mon
	L    Lvl
}

func main() {
	fmt.Println(Mon(3), Lvl(4))
	fmt.Println([]Mon{1, 2})
	fmt.Printf("%v %+v\n", Cfg{5, 8}, Cfg{6, -4})
	b, _ := json.Marshal(Cfg{1, 4})
	fmt.Println(string(b))
	b, _ = json.Marshal(Stamp(time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)))
	fmt.Println(string(b))
	fmt.Println(Stamp{} == Stamp(time.Time{}))
}
