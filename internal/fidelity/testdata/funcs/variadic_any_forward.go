package main

import "fmt"

func logf(format string, args ...any) {
	fmt.Printf("[log] "+format+"\n", args...)
}

func wrap(args ...any) { logf("%v|%v", args...) }

func main() {
	logf("%d items, %s", 3, "ok")
	wrap("x", 2)
	logf("none")
}
