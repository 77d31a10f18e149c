// A comma-ok read of a map held in a struct's field, in the header of an
// if inside loops, as an entity system's update does.
package main

import "fmt"

type Pos struct{ X, Y float64 }

type Vel struct{ DX, DY float64 }

type World struct {
	pos map[int]*Pos
	vel map[int]Vel
}

func (w *World) step(dt float64) {
	for e, v := range w.vel {
		if p, ok := w.pos[e]; ok {
			p.X += v.DX * dt
			p.Y += v.DY * dt
		}
	}
}

func main() {
	w := &World{pos: map[int]*Pos{1: {0, 0}}, vel: map[int]Vel{1: {1, 2}, 2: {5, 5}}}
	for range 3 {
		w.step(0.5)
	}
	for e := range 3 {
		if p, ok := w.pos[e]; ok {
			fmt.Println(e, *p)
		} else {
			fmt.Println(e, "none", p == nil)
		}
	}
}
