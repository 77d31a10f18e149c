package main

import (
	"fmt"
	"time"
)

func main() {
	t, err := time.Parse("2006-01-02", "2024-02-28")
	fmt.Println(t, err)
	next := t.AddDate(0, 0, 2)
	fmt.Println(next.Format("Jan 2, 2006"), next.Sub(t))
	fmt.Println(next.After(t), t.Equal(t.Add(0)))
	_, err = time.Parse("2006-01-02", "2024-13-01")
	fmt.Println(err)
}
