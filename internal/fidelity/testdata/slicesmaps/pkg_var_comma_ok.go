package main

import (
	"fmt"
	"os"
)

// Settings looked up once, when the program starts.
var settings = map[string]string{
	"editor": "vim",
	"pager":  "less",
}

var editor, hasEditor = settings["editor"]
var shell, hasShell = settings["shell"]

var home, hasHome = os.LookupEnv("ASYNCREPL_NO_SUCH_VARIABLE")

var fallback any = "sh"
var shellName, isString = fallback.(string)

func main() {
	fmt.Printf("editor=%q (%v)\n", editor, hasEditor)
	fmt.Printf("shell=%q (%v)\n", shell, hasShell)
	if !hasShell && isString {
		shell = shellName
	}
	fmt.Println("using", shell, home == "", hasHome)
}
