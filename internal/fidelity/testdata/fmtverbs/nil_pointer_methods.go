// Printing nil pointers of types whose String or Error method reads the
// receiver.
package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func (n *Node) String() string { return fmt.Sprintf("Node(%d)", n.Val) }

type SafeNode struct{ Val int }

func (n *SafeNode) String() string {
	if n == nil {
		return "empty"
	}
	return fmt.Sprint(n.Val)
}

type QueryError struct{ Query string }

func (e *QueryError) Error() string { return "bad query: " + e.Query }

func main() {
	list := &Node{Val: 1}
	fmt.Println(list, list.Next)
	fmt.Printf("[%v] [%s] [%q]\n", list.Next, list.Next, list.Next)
	s := fmt.Sprint(list.Next)
	fmt.Println(s == "<nil>")
	fmt.Printf("%d %p\n", list.Next, list.Next)

	var safe *SafeNode
	fmt.Println(safe, &SafeNode{3})

	var qe *QueryError
	fmt.Println(qe)
	fmt.Printf("%v|%s\n", qe, qe)
	fmt.Println(&QueryError{"x"})
}
