// Arguments of defer and go statements that read compiled packages'
// variables are taken at the statement (the save-and-restore idiom), and
// reads of them as values see what the program assigned.
package main

import (
	"flag"
	"fmt"
	"os"
	"runtime"
)

func show(label string, a []string, n int) { fmt.Println(label, a, n) }

func parseWith(args []string) (restored bool) {
	defer func(old []string) { os.Args = old }(os.Args)
	defer func(old *flag.FlagSet) { flag.CommandLine = old }(flag.CommandLine)
	os.Args = append([]string{"prog"}, args...)
	flag.CommandLine = flag.NewFlagSet("prog", flag.ContinueOnError)
	v := flag.CommandLine.Bool("v", false, "verbose")
	flag.CommandLine.Parse(os.Args[1:])
	fmt.Println("verbose", *v, len(os.Args))
	return
}

func main() {
	saved, cmd := os.Args, flag.CommandLine
	parseWith([]string{"-v"})
	fmt.Println("args restored:", len(os.Args) == len(saved), "flagset restored:", flag.CommandLine == cmd)

	os.Args = []string{"first"}
	old := runtime.MemProfileRate
	runtime.MemProfileRate = 100
	defer func() { runtime.MemProfileRate = old }()
	defer show("deferred", os.Args, runtime.MemProfileRate)
	defer fmt.Println("println", os.Args, runtime.MemProfileRate == 100)
	done := make(chan bool)
	go func(a []string) { fmt.Println("goroutine", a); done <- true }(os.Args)
	<-done
	os.Args = []string{"second"}
	runtime.MemProfileRate = 200
	fmt.Println("now", os.Args, runtime.MemProfileRate+1)
}
