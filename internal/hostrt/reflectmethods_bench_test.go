package hostrt

import (
	"reflect"
	"testing"
)

// BenchmarkRegistry measures the registry's answer to NumMethod of a
// registered type (a pointer to it, whose set holds both methods), alone
// and from every processor at once (parallel), where its lock is shared.
func BenchmarkRegistry(b *testing.B) {
	type T struct{ _ int }
	var r methodRegistry
	r.register("main.T", "A", false, func(T) any { return func() int { return 1 } })
	r.register("main.T", "B", true, func(*T) any { return func() int { return 2 } })
	numMethod := r.reflectExports()["TypeNumMethod"].Interface().(func(string, reflect.Type) int)
	t := reflect.TypeOf(&T{})
	b.Run("alone", func(b *testing.B) {
		for b.Loop() {
			if numMethod("p.go:1:1", t) != 2 {
				b.Fatal("NumMethod is not 2")
			}
		}
	})
	b.Run("parallel", func(b *testing.B) {
		b.RunParallel(func(pb *testing.PB) {
			for pb.Next() {
				if numMethod("p.go:1:1", t) != 2 {
					b.Error("NumMethod is not 2")
				}
			}
		})
	})
}
