package main

import (
	"fmt"
	"runtime"
)

func heapMB() uint64 {
	runtime.GC()
	var st runtime.MemStats
	runtime.ReadMemStats(&st)
	return st.HeapAlloc >> 20
}

func main() {
	before := heapMB()
	buf := make([]byte, 64<<20)
	buf[0] = 1
	during := heapMB()
	fmt.Println("held:", len(buf)>>20, "MB, first byte", buf[0])
	buf = nil
	after := heapMB()
	fmt.Println("grew while held:", during-before >= 60)
	fmt.Println("freed after drop:", after-before < 8)
}
