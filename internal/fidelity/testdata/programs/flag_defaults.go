package main

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	n := flag.Int("n", 3, "how many times")
	greeting := flag.String("greeting", "hello", "what to say")
	flag.Parse()
	for i := 0; i < *n; i++ {
		fmt.Println(*greeting, i)
	}
	fmt.Println(flag.NArg(), flag.Args(), flag.NFlag(), len(os.Args))
	flag.VisitAll(func(f *flag.Flag) { fmt.Println(f.Name, f.DefValue) })
}
