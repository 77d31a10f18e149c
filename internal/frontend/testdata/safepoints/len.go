package main

func main() {
	len := 3
	for {
		_ = len
	}
}
