// asyncio's gather(..., return_exceptions=True): the results and the
// errors come back in one []any, told apart by a type switch and
// errors.As.
package main

import (
	"errors"
	"fmt"

	"github.com/asyncrepl/asyncrepl/loop"
)

type FetchError struct{ URL string }

func (e *FetchError) Error() string { return "fetch " + e.URL }

func get(url string) *loop.Coroutine {
	return loop.Async(func() (any, error) {
		if url == "bad" {
			return nil, &FetchError{url}
		}
		return url, nil
	})
}

func main() {
	res, _ := loop.Run(loop.Async(func() (any, error) {
		return loop.Await(loop.GatherReturnExceptions(get("a"), get("bad"), get("c")))
	}))
	for _, r := range res.([]any) {
		switch v := r.(type) {
		case *FetchError:
			fmt.Println("fetch error for", v.URL)
		case error:
			fmt.Println("other error", v)
		default:
			fmt.Println("value", v)
		}
		var fe *FetchError
		if e, ok := r.(error); ok && errors.As(e, &fe) {
			fmt.Println("  errors.As:", fe.URL)
		}
	}
}
