// The environment a program changes is its process's: os, syscall and
// os/exec see the same.
package main

import (
	"fmt"
	"os"
	"os/exec"
	"syscall"
)

func main() {
	os.Setenv("FIDELITY_GREETING", "hi")
	v, ok := syscall.Getenv("FIDELITY_GREETING")
	fmt.Println(v, ok)
	syscall.Setenv("FIDELITY_OTHER", "there")
	fmt.Println(os.Getenv("FIDELITY_OTHER"))
	fmt.Println(os.Setenv("", "x"))
	out, err := exec.Command("sh", "-c", "echo $FIDELITY_GREETING $FIDELITY_OTHER").Output()
	fmt.Printf("%q %v\n", out, err)
	cmd := &exec.Cmd{Path: "/bin/sh", Args: []string{"sh", "-c", "echo literal $FIDELITY_GREETING"}}
	out, err = cmd.Output()
	fmt.Printf("%q %v\n", out, err)
	os.Setenv("PATH", "/nonexistent")
	_, err = exec.LookPath("sh")
	fmt.Println(err)
}
