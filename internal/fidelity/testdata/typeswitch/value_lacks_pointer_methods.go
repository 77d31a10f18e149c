package main

import (
	"container/heap"
	"fmt"
	"io"
)

type Nums []int

func (h Nums) Len() int           { return len(h) }
func (h Nums) Less(i, j int) bool { return h[i] < h[j] }
func (h Nums) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *Nums) Push(x any)        { *h = append(*h, x.(int)) }
func (h *Nums) Pop() any          { return nil }

type Buf struct{ b []byte }

func (b *Buf) Write(p []byte) (int, error) { b.b = append(b.b, p...); return len(p), nil }

type Cnt int32

func (c *Cnt) Write(p []byte) (int, error) { *c += Cnt(len(p)); return len(p), nil }

type incer interface{ Inc() }
type K struct{ n int }

func (k *K) Inc() { k.n++ }

func main() {
	var v any = Nums{1}
	_, ok := v.(heap.Interface)
	fmt.Println("Nums heap:", ok)
	var b any = Buf{}
	_, ok = b.(io.Writer)
	fmt.Println("Buf writer:", ok)
	var c any = Cnt(0)
	_, ok = c.(io.Writer)
	fmt.Println("Cnt writer:", ok)
	var k any = K{}
	_, ok = k.(incer)
	fmt.Println("K incer:", ok)
	_, ok = any(&K{}).(incer)
	fmt.Println("*K incer:", ok)
}
