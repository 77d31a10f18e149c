// A test helper captures what a function prints by swapping os.Stdout for
// a pipe and restoring it after; the helpers nest. The program also swaps
// os.Args and http.DefaultClient for a while, reading them back.
package main

import (
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"
	"time"
)

func capture(f func()) string {
	saved := os.Stdout
	r, w, err := os.Pipe()
	if err != nil {
		panic(err)
	}
	os.Stdout = w
	f()
	os.Stdout = saved
	w.Close()
	out, _ := io.ReadAll(r)
	return string(out)
}

func withArgs(args []string, f func()) {
	saved := os.Args
	os.Args = append([]string{"prog"}, args...)
	defer func() { os.Args = saved }()
	f()
}

func main() {
	inner := ""
	outer := capture(func() {
		fmt.Println("outer starts")
		inner = capture(func() { fmt.Println("inner") })
		fmt.Println("outer ends")
	})
	fmt.Printf("outer %q\ninner %q\n", outer, inner)

	withArgs([]string{"-v", "file.txt"}, func() {
		args := os.Args[1:]
		all := os.Args
		fmt.Println(len(all), strings.Join(args, " "))
	})
	fmt.Println(len(os.Args) == 1)

	c := &http.Client{Timeout: 2 * time.Second}
	old := http.DefaultClient
	http.DefaultClient = c
	cur := http.DefaultClient
	fmt.Println(cur.Timeout, cur == c, old != c)
	http.DefaultClient = old
}
